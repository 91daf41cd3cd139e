from urllib.parse import urlencode

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from wagtail.models import Locale, Page

from core.pagination import paginate

MAX_QUERY_LENGTH = 200


@never_cache
def search(request):
    """Search the pages of the reader's language. Never cached: the page shows what one reader typed."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(query)
    return render(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": paginate(request, results, 10),
            "extra_query": urlencode({"q": query}),
        },
    )
