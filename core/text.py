"""Vietnamese text helpers shared by slugs and search."""

import unicodedata

from django.utils.text import slugify

# "đ" has no Unicode decomposition, so NFD alone would keep it (or drop it in slugify).
_NON_DECOMPOSING = str.maketrans({"đ": "d", "Đ": "D"})


def fold_vietnamese(text: str) -> str:
    """Remove Vietnamese diacritics: "Đảng viên" -> "Dang vien"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_NON_DECOMPOSING))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def ascii_slug(text: str, max_length: int = 200) -> str:
    """An ASCII URL slug: "Đảng bộ huyện Châu Thành" -> "dang-bo-huyen-chau-thanh"."""
    return slugify(fold_vietnamese(text))[:max_length].strip("-")
