from dataclasses import dataclass

from django.shortcuts import render

from core.page_cache import set_public
from core.queries import reader_language

from .models import NewsIndexPage


@dataclass
class FeedLink:
    title: str
    url: str
    absolute_url: str


def rss_index(request):
    """The header's "RSS" link: every news feed of the reader's language.

    Readers subscribe by pasting an address into a feed reader, so each feed's
    full address is shown as well as linked.
    """
    categories = NewsIndexPage.objects.filter(locale__language_code=reader_language()).live().public().order_by("path")
    feeds = []
    for category in categories:
        url = category.feed_url(request=request)
        feeds.append(FeedLink(category.title, url, request.build_absolute_uri(url)))
    response = render(request, "news/rss_index.html", {"feeds": feeds})
    set_public(response)
    return response
