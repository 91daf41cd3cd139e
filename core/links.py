"""Where a link leads: the one answer for link pages, banners, menu entries and link blocks.

Every link of the portal is "a page of this portal, or an outside address". A chosen page is
shown in the reader's language when it has a live translation (Wagtail's ``page.localized``),
so an English reader following "Dịch vụ công trực tuyến" lands on the English page.
"""

from wagtail.models import Page

from .queries import localized_pages


def link_url(page: Page | None, url: str, request=None, localized: dict[int, Page] | None = None) -> str:
    """The address of a link to ``page`` (in the reader's language) or else to ``url``.

    ``localized`` is ``localized_pages(...)`` of a whole list of links, made once by the
    caller; without it the one page is looked up here.
    """
    if page is None:
        return url or ""
    if localized is None:
        localized = localized_pages([page])
    return localized.get(page.pk, page).get_url(request=request) or ""
