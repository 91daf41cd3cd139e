"""The page chrome: header, menus, sidebar, breadcrumbs, language switch.

Each tag spends a fixed number of queries, whatever the number of entries. The
whole page is cached by the page cache (core/page_cache.py), so there are no
fragment caches: a fragment cache keyed by hand is how a search text or another
Site's menu once ended up on every reader's page.
"""

from django import template
from django.db.models import prefetch_related_objects
from django.utils.translation import get_language
from wagtail.models import Page

from core.links import link_url
from core.queries import in_reader_language, localized_pages
from navigation import menus
from navigation.i18n import page_language_links, view_language_links
from navigation.models import Agency, Banner, NavigationSettings, PartnerLink, Slide

register = template.Library()


def agency_for(request):
    """The agency in the reader's language, read once per request (header, footer and metadata show it)."""
    if not hasattr(request, "_portal_agency"):
        rows = in_reader_language(Agency.objects.select_related("logo"))
        request._portal_agency = rows[0] if rows else None
    return request._portal_agency


@register.simple_tag(takes_context=True)
def agency(context):
    return agency_for(context["request"])


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    return {"items": menus.main_menu_items(context["request"])}


@register.inclusion_tag("includes/header_links.html", takes_context=True)
def header_links(context):
    request = context["request"]
    navigation = NavigationSettings.for_request(request)
    pages = Page.objects.in_bulk([navigation.questions_page_id, navigation.sitemap_page_id])
    chosen = {
        "questions_url": pages.get(navigation.questions_page_id),
        "sitemap_url": pages.get(navigation.sitemap_page_id),
    }
    localized = localized_pages(chosen.values())
    links = {name: link_url(page, "", request, localized) for name, page in chosen.items()}
    return {**links, "facebook_url": navigation.facebook_url, "request": request}


@register.inclusion_tag("includes/sidebar.html", takes_context=True)
def sidebar(context):
    request = context["request"]
    banners = in_reader_language(Banner.objects.select_related("image", "link_page"))
    slides = in_reader_language(Slide.objects.select_related("image"))
    # The renditions of every image of the sidebar in one query.
    prefetch_related_objects([item.image for item in [*banners, *slides] if item.image], "renditions")
    targets = localized_pages(banner.link_page for banner in banners)
    for banner in banners:
        banner.target_url = link_url(banner.link_page, banner.link_url, request, targets)
    return {
        "request": request,
        "sections": menus.sidebar_sections(request),
        "top_banners": [banner for banner in banners if banner.placement == Banner.TOP],
        "bottom_banners": [banner for banner in banners if banner.placement == Banner.BOTTOM],
        "slides": slides,
        "partner_links": in_reader_language(PartnerLink.objects.all()),
    }


@register.simple_tag
def section_entries(section):
    """The entries a section page lists: its live children, link pages leading to their targets."""
    return menus.child_menu_items(section)


@register.simple_tag(takes_context=True)
def sitemap_tree(context, sitemap_page):
    """The whole tree of the site map page's language, nested."""
    return menus.sitemap_tree(sitemap_page.get_parent().specific, context["request"])


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        links = page_language_links(page, request)
    else:
        links = view_language_links(request, get_language())
    return {"links": links}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = page.get_ancestors().filter(depth__gt=1) if isinstance(page, Page) else []
    return {"ancestors": ancestors, "page": page, "request": context["request"]}
