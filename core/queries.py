"""Pages and snippets in the reader's language, for a whole batch in one query.

Wagtail's ``page.localized`` answers for one page with a query or two; a menu or a sidebar
of thirty entries would ask thirty times. ``localized_pages`` gives the same answer for a
batch in one query. The reader's language is the active one (the URL's prefix); it is
matched by language code in the same query, so no Locale is looked up, let alone
remembered by the process.

The other everyday questions have no helper on purpose: pages a reader may see are
``.live().public()``, Wagtail's own filters; where a link leads is ``core.links.link_url``.
``public_for_request`` is ``.public()`` for code that builds several lists for one request
(menus, sidebar, feeds): Wagtail reads every view restriction each time ``.public()`` is
called, so the read is done once per request and its condition shared.
"""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import QuerySet
from django.utils import translation
from wagtail.models import DraftStateMixin, Page


def reader_language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def public_for_request(queryset: QuerySet, request) -> QuerySet:
    """``queryset.public()``, with the private sections read once per request instead of once per list.

    The same condition as Wagtail's ``PageQuerySet.public()`` (its own ``private_q``), kept on
    the request object, which lives as long as one response: a restriction added by an editor
    applies from the next request on. Without a request it is plain ``.public()``.
    """
    if request is None:
        return queryset.public()
    if not hasattr(request, "_portal_private_q"):
        request._portal_private_q = Page.objects.all().private_q()
    return queryset.exclude(request._portal_private_q)


def localized_pages(pages: Iterable[Page | None]) -> dict[int, Page]:
    """Each page's live translation in the reader's language, else the page itself, by page id.

    The batch form of Wagtail's ``page.localized`` (which also falls back to the page itself);
    ``None`` entries (an empty page chooser) are skipped.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            locale__language_code=reader_language(), translation_key__in={page.translation_key for page in pages}
        )
    }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}


def in_reader_language(queryset: QuerySet) -> list:
    """Published rows of a translatable snippet in the reader's language, or the default language's if untranslated.

    A snippet with drafts shows only its live rows, in their published version: a draft, or a
    translation a translator has not published yet, stays in the admin.
    """
    language = reader_language()
    if issubclass(queryset.model, DraftStateMixin):
        queryset = queryset.filter(live=True)
    rows = list(queryset.filter(locale__language_code__in={language, settings.LANGUAGE_CODE}).select_related("locale"))
    translated = [row for row in rows if row.locale.language_code == language]
    return translated or [row for row in rows if row.locale.language_code == settings.LANGUAGE_CODE]
