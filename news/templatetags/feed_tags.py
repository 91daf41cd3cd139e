"""Links to the news feeds in the <head>, so that feed readers find them on every page."""

from django import template
from wagtail.models import Page, Site

from core.queries import localized_pages, public_for_request
from news.models import NewsIndexPage

register = template.Library()


def home_path(page, request) -> str | None:
    """Tree path of the reader's home page: the page's own (depth 2), or the Site root in the reader's language."""
    if page is not None:
        return page.path[: 2 * Page.steplen]
    site = Site.find_for_request(request)
    if site is None:
        return None
    return localized_pages([site.root_page])[site.root_page_id].path


def news_feed_links(page, request) -> list[dict]:
    """Feeds to announce: the page's own news category if it is in one, then all the news of its home page."""
    path = home_path(page, request)
    if path is None:
        return []
    # Every category of the home page in one query (a few dozen at most, whatever the number
    # of articles): the nearest one above the page and the top one are picked from the list.
    categories = public_for_request(NewsIndexPage.objects.filter(path__startswith=path).live(), request)
    categories = list(categories.order_by("depth", "path"))
    feeds = []
    if page is not None:
        above = [category for category in categories if page.path.startswith(category.path)]
        if above:
            feeds.append(max(above, key=lambda category: category.depth))
    top = categories[0] if categories else None
    if top is not None and top not in feeds:
        feeds.append(top)
    links = [(category.title, category.feed_url(request=request)) for category in feeds]
    return [{"title": title, "url": url} for title, url in links if url]


@register.inclusion_tag("includes/feed_links.html", takes_context=True)
def feed_links(context, page=None):
    """The feeds of a page's category and of all the news; without a page (search, the feed list), the latter."""
    if page is not None and not isinstance(page, Page):
        return {"feeds": []}
    return {"feeds": news_feed_links(page, context["request"])}
