from django import template

from library.vocabulary import Validity

register = template.Library()


@register.filter
def validity_label(value: str) -> str:
    """The reader's words for a validity value ("con-hieu-luc" -> "In force", translated)."""
    try:
        return Validity(value).label
    except ValueError:
        return ""
