"""What every page says about itself in its <head>: for search engines, social networks and archives.

Canonical address, description, Open Graph and Twitter card, Dublin Core (the
elements Vietnamese portals must publish), JSON-LD where the page type gives
it, and ``hreflang`` alternates. The values come from the page's own methods
(``core/metadata.py``, overridden per page type); these tags only add what the
page cannot know (the agency, the portal's name and emblem, absolute addresses)
and render them. The tags are meant to run inside a ``{% wagtailcache %}``
fragment keyed by page, language and content generation (templates/includes/meta.html);
on a miss each spends a fixed number of queries.
"""

import json
from urllib.parse import urljoin

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from core.metadata import MetadataContext
from core.renditions import SHARE_IMAGE
from navigation.i18n import page_translations
from navigation.templatetags.navigation_tags import agency_for

register = template.Library()

OPEN_GRAPH_LOCALES = {"vi": "vi_VN", "en": "en_US"}
# Inside <script>, "</script>" or "<!--" in a title would end or break the element.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def share_rendition(page):
    """The page's share image in the size made ahead for it (``SHARE_IMAGE``), or None."""
    image = page.get_share_image()
    if image is None:
        return None
    try:
        return image.get_rendition(SHARE_IMAGE)
    except SourceImageIOError:
        return None


def json_ld_script(data: dict) -> str:
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.inclusion_tag("includes/page_metadata.html", takes_context=True)
def page_metadata(context):
    request = context["request"]
    page = context["page"]
    if not isinstance(page, Page):
        return {}
    canonical = page.get_full_url(request=request)
    language = page.locale.language_code
    agency = agency_for(request)
    rendition = share_rendition(page)
    meta = MetadataContext(
        request=request,
        canonical=canonical,
        publisher=agency.name if agency else settings.WAGTAIL_SITE_NAME,
        site_name=agency.portal_name if agency else settings.WAGTAIL_SITE_NAME,
        logo_url=urljoin(canonical, static("img/emblem.svg")),
        image_url=urljoin(canonical, rendition.url) if rendition else "",
    )
    other_languages = [code for code in page_translations(page, request) if code != language]
    json_ld = page.get_json_ld(meta)
    return {
        "canonical": canonical,
        "title": page.get_meta_title(),
        "description": page.get_meta_description(),
        "og_type": page.open_graph_type,
        "og_locale": OPEN_GRAPH_LOCALES.get(language, language),
        "og_locale_alternates": [OPEN_GRAPH_LOCALES.get(code, code) for code in other_languages],
        "site_name": meta.site_name,
        "published": page.get_published_at(),
        "modified": page.get_modified_at(),
        "image_url": meta.image_url,
        "image": rendition,
        "image_alt": page.get_share_image_alt() if rendition else "",
        "dublin_core": page.get_dublin_core(meta),
        "json_ld": json_ld_script(json_ld) if json_ld else "",
    }


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """``<link rel="alternate" hreflang>`` for each live translation of the page, and x-default."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return {"alternates": []}
    translations = page_translations(page, request)
    if len(translations) < 2:
        return {"alternates": []}
    alternates = [(code, translation.get_full_url(request=request)) for code, translation in translations.items()]
    default = translations.get(settings.LANGUAGE_CODE)
    return {"alternates": alternates, "x_default": default.get_full_url(request=request) if default else None}
