"""The library's fixed vocabulary (validity, kinds of relation) and how document numbers compare.

Shared by the models and the listing's filters, which the models build.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import fold_vietnamese


class Validity(models.TextChoices):
    """Whether a document is in force. The values appear in filter URLs (``?hieu-luc=…``)."""

    IN_FORCE = "con-hieu-luc", _("In force")
    PARTLY_EXPIRED = "het-hieu-luc-mot-phan", _("Partly expired")
    EXPIRED = "het-hieu-luc", _("Expired")
    NOT_YET_IN_FORCE = "chua-co-hieu-luc", _("Not yet in force")


class RelationKind(models.TextChoices):
    """How one document acts on another; each kind reads differently from the other side."""

    AMENDS = "amends", _("Amends")
    REPLACES = "replaces", _("Replaces")
    REPEALS_PART = "repeals_part", _("Repeals part of")
    GUIDES = "guides", _("Guides the implementation of")


REVERSE_LABELS = {
    RelationKind.AMENDS: _("Amended by"),
    RelationKind.REPLACES: _("Replaced by"),
    RelationKind.REPEALS_PART: _("Partly repealed by"),
    RelationKind.GUIDES: _("Implementation guided by"),
}


# En and em dashes, as word processors type them, read as the hyphen of document numbers.
DASHES = str.maketrans({"\u2013": "-", "\u2014": "-"})


def normalise_number(text: str) -> str:
    """The comparable form of a document number: "15/2024/QĐ-UBND" -> "15/2024/qd-ubnd".

    Readers type numbers without diacritics, in any case, with stray spaces or typographic dashes.
    """
    text = fold_vietnamese(text).lower().translate(DASHES)
    return "".join(text.split())


def folded_words(text: str) -> str:
    """Lower-case text without diacritics, for accent-insensitive keyword matching in any database."""
    return " ".join(fold_vietnamese(text).lower().split())
