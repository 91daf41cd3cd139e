"""Links to the news feeds in the <head>, so that feed readers find them on every page."""

from django import template
from wagtail.models import Page

from core.queries import active_locale, live_public
from news.models import NewsIndexPage

register = template.Library()


def news_feed_links(page, request) -> list[dict]:
    """Feeds to announce: the page's own news category if it is in one, then all the news of its language."""
    locale = page.locale_id if page is not None else active_locale().pk
    categories = live_public(NewsIndexPage.objects.filter(locale_id=locale))
    feeds = []
    if page is not None:
        nearest = categories.ancestor_of(page, inclusive=True).order_by("-depth").first()
        if nearest is not None:
            feeds.append(nearest)
    top = categories.order_by("depth", "path").first()
    if top is not None and top not in feeds:
        feeds.append(top)
    return [{"title": category.title, "url": category.feed_url(request=request)} for category in feeds]


@register.inclusion_tag("includes/feed_links.html", takes_context=True)
def feed_links(context, page=None):
    """The feeds of a page's category and of all the news; without a page (search, the feed list), the latter."""
    if page is not None and not isinstance(page, Page):
        return {"feeds": []}
    return {"feeds": news_feed_links(page, context["request"])}
