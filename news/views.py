from dataclasses import dataclass

from django.shortcuts import render

from core.queries import active_locale, live_public

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
    categories = live_public(NewsIndexPage.objects.filter(locale=active_locale())).order_by("path")
    feeds = []
    for category in categories:
        url = category.feed_url(request=request)
        feeds.append(FeedLink(category.title, url, request.build_absolute_uri(url)))
    return render(request, "news/rss_index.html", {"feeds": feeds})
