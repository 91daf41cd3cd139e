from django.shortcuts import render
from wagtail.models import Locale

from .models import NewsIndexPage


def rss_index(request):
    """The header's "RSS" link: every news feed of the reader's language."""
    categories = NewsIndexPage.objects.live().public().filter(locale=Locale.get_active()).order_by("path")
    return render(request, "news/rss_index.html", {"categories": categories})
