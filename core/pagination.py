from django.core.paginator import Paginator


def paginate(request, queryset, per_page: int):
    """A page of results that never fails on a bad ?page= value.

    "abc" gives the first page, "-1" or "99999" the last: a reader following
    an old or mistyped link still gets a list, not an error.
    """
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))
