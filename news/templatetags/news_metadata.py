"""What every page says about itself in its <head>: for search engines, social networks and feed readers.

Canonical address, description, Open Graph and Twitter card, Dublin Core (the
elements Vietnamese portals must publish), JSON-LD ``NewsArticle`` for
articles, and links to the news feeds. Each tag spends a fixed number of
queries.
"""

import json
from urllib.parse import urljoin

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.timezone import localtime
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from core.queries import reader_language
from navigation.i18n import page_translations
from navigation.templatetags.navigation_tags import agency_for
from news.models import NewsIndexPage, NewsPage
from news.renditions import ARTICLE as SHARE_IMAGE_SPEC

register = template.Library()

OPEN_GRAPH_LOCALES = {"vi": "vi_VN", "en": "en_US"}
DESCRIPTION_LENGTH = 200
# Inside <script>, "</script>" or "<!--" in a title would end or break the element.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def description_of(page) -> str:
    """The editor's search description, else the article's lead or the page's introduction."""
    if page.search_description:
        return page.search_description
    text = getattr(page, "lead", "") or strip_tags(str(getattr(page, "intro", "") or ""))
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)


def share_image(page, base_url: str) -> tuple[str, object]:
    """The featured image in the size the article shows, made on publishing: its absolute address and rendition."""
    image = getattr(page, "featured_image", None)
    if image is None:
        return "", None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    except SourceImageIOError:
        return "", None
    return urljoin(base_url, rendition.url), rendition


def json_ld_script(data: dict) -> str:
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


def news_feed_links(page, request) -> list[dict]:
    """Feeds to announce: the page's own news category if it is in one, then all the news of its language."""
    if page is not None:
        categories = NewsIndexPage.objects.filter(locale_id=page.locale_id)
    else:
        categories = NewsIndexPage.objects.filter(locale__language_code=reader_language())
    categories = categories.live().public()
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
def feed_links(context):
    """For views that are not pages (search, the feed list): the feed of all the news."""
    return {"feeds": news_feed_links(None, context["request"])}


@register.inclusion_tag("includes/page_metadata.html", takes_context=True)
def page_metadata(context):
    request = context["request"]
    page = context["page"]
    if not isinstance(page, Page):
        return {}
    canonical = page.get_full_url(request=request)
    language = page.locale.language_code
    title = page.seo_title or page.title
    description = description_of(page)
    agency = agency_for(request)
    publisher = agency.name if agency else settings.WAGTAIL_SITE_NAME
    site_name = agency.portal_name if agency else settings.WAGTAIL_SITE_NAME
    image_url, rendition = share_image(page, canonical)
    is_article = isinstance(page, NewsPage)
    published = page.date if is_article else None
    modified = page.last_published_at or published
    creator = (page.author if is_article else "") or publisher
    other_languages = [code for code in page_translations(page) if code != language]

    json_ld = ""
    if is_article:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": page.title,
            "description": description,
            "inLanguage": language,
            "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
            "url": canonical,
            "author": {"@type": "Person", "name": page.author}
            if page.author
            else {"@type": "Organization", "name": publisher},
            "publisher": {
                "@type": "Organization",
                "name": publisher,
                "logo": {"@type": "ImageObject", "url": urljoin(canonical, static("img/emblem.svg"))},
            },
        }
        if published:
            data["datePublished"] = localtime(published).isoformat()
        if modified:
            data["dateModified"] = localtime(modified).isoformat()
        if image_url:
            data["image"] = [image_url]
        json_ld = json_ld_script(data)

    return {
        "canonical": canonical,
        "title": title,
        "description": description,
        "language": language,
        "og_type": "article" if is_article else "website",
        "og_locale": OPEN_GRAPH_LOCALES.get(language, language),
        "og_locale_alternates": [OPEN_GRAPH_LOCALES.get(code, code) for code in other_languages],
        "site_name": site_name,
        "publisher": publisher,
        "creator": creator if is_article else "",
        "published": published,
        "modified": modified if is_article else None,
        "image_url": image_url,
        "image": rendition,
        "image_alt": (page.featured_image_caption or page.featured_image.title) if rendition else "",
        "json_ld": json_ld,
        "feeds": news_feed_links(page, request),
    }
