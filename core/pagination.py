from django.core.paginator import Paginator

from .page_cache import dont_cache


def paginate(request, queryset, per_page: int):
    """A page of results that never fails on a bad ?page= value.

    "abc" gives the first page, "-1" or "99999" the last: a reader following
    an old or mistyped link still gets a list, not an error. Such a list is not
    kept by the page cache, which would otherwise hold a copy per mistyped value.
    """
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    if "page" in request.GET and request.GET["page"] != str(page.number):
        dont_cache(request)
    return page
