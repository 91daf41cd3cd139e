"""Vietnamese text helpers shared by slugs and search.

Readers type on phones without tone marks ("dang vien" for "đảng viên"), paste
text from Word in decomposed Unicode (NFD), and sometimes type the marks. Search
therefore compares *folded* words (no diacritics, lower case) and keeps an ASCII
*accent token* per accented word ("đảng" -> "ddarng") so that a match with the
right diacritics can rank above a folded-only one on every search backend, none
of which can tell "đảng" from "đang" once they fold.
"""

import re
import unicodedata

from django.utils.text import slugify

# "đ" has no Unicode decomposition, so NFD alone would keep it (or drop it in slugify).
_NON_DECOMPOSING = str.maketrans({"đ": "d", "Đ": "D"})

# Control characters (NUL included) never belong in a query or in indexed text;
# PostgreSQL refuses NUL bytes outright.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"\w+")

# Combining marks used by Vietnamese, spelled like the Telex keyboard does, so an
# accent token is ASCII and never collides with a real folded word.
_MARK_LETTERS = {
    "\u0300": "f",  # huyền
    "\u0301": "s",  # sắc
    "\u0309": "r",  # hỏi
    "\u0303": "x",  # ngã
    "\u0323": "j",  # nặng
    "\u0302": "w",  # circumflex: â ê ô
    "\u0306": "w",  # breve: ă
    "\u031b": "w",  # horn: ơ ư
}


def normalize_text(text: str) -> str:
    """NFC text without control characters: what Word pastes (NFD) equals what phones type."""
    return unicodedata.normalize("NFC", _CONTROL.sub(" ", text))


def fold_vietnamese(text: str) -> str:
    """Remove Vietnamese diacritics: "Đảng viên" -> "Dang vien"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_NON_DECOMPOSING))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def search_words(text: str) -> list[str]:
    """The words of a text as search compares them: folded and lower case.

    Punctuation separates words, so "15/2024/QĐ-UBND" gives ["15", "2024", "qd", "ubnd"].
    """
    return _WORD.findall(fold_vietnamese(normalize_text(text)).casefold())


def accent_token(word: str) -> str | None:
    """An ASCII token for an accented word, None for a word without diacritics.

    "đảng" -> "ddarng", "đang" -> "ddang", "Châu" -> "chawu": two words share a
    token only when they carry the same letters and the same marks.
    """
    word = normalize_text(word).casefold()
    if fold_vietnamese(word) == word:
        return None
    letters = []
    for char in unicodedata.normalize("NFD", word):
        if char == "đ":
            letters.append("dd")
        elif unicodedata.combining(char):
            letters.append(_MARK_LETTERS.get(char, "q"))
        else:
            letters.append(char)
    token = "".join(letters)
    return token if token.isascii() else None


def accent_tokens(text: str) -> list[str]:
    """The accent tokens of every accented word of a text."""
    tokens = (accent_token(word) for word in _WORD.findall(normalize_text(text)))
    return [token for token in tokens if token]


def ascii_slug(text: str, max_length: int = 200) -> str:
    """An ASCII URL slug: "Đảng bộ huyện Châu Thành" -> "dang-bo-huyen-chau-thanh"."""
    return slugify(fold_vietnamese(text))[:max_length].strip("-")
