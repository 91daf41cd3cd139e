"""Index fields that make Vietnamese text findable without its diacritics.

Every search backend (SQLite FTS5, PostgreSQL, OpenSearch/Elasticsearch) indexes
the text of a ``FoldedSearchField`` three times over: as written (editors'
admin search keeps working with diacritics), folded ("dang vien"), and as accent
tokens ("ddarng viewn"), so that the portal's search can ask for the folded words
and reward the exact diacritics. The boosts put the title above the lead and the
lead above the body.
"""

from wagtail.models import Page
from wagtail.search import index

from core.text import accent_tokens, normalize_text, search_words

TITLE_BOOST = 5
LEAD_BOOST = 2
BODY_BOOST = 1


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_as_text(item) for item in value)
    return str(value)


def search_document(text: str) -> str:
    """What the index holds for a text: the text, its folded words and its accent tokens."""
    text = normalize_text(text)
    return "\n".join([text, " ".join(search_words(text)), " ".join(accent_tokens(text))])


class FoldedSearchField(index.SearchField):
    """A SearchField indexed as ``search_document`` of its value."""

    def get_value(self, obj):
        return search_document(_as_text(super().get_value(obj)))


def page_search_fields(*fields):
    """Wagtail's page search fields, the folded title, and the given fields.

    Wagtail's own title field stays (its system check asks for every core field);
    both go to the title part of the index.
    """
    return [*Page.search_fields, FoldedSearchField("title", boost=TITLE_BOOST), *fields]
