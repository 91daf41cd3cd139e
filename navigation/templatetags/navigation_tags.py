"""The page chrome: header, menus, sidebar, breadcrumbs, language switch.

Each tag is meant to run inside a ``{% wagtailcache %}`` fragment keyed by
language and content generation; on a miss each spends a fixed number of
queries, whatever the number of entries.
"""

from django import template
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from navigation import menus
from navigation.i18n import page_language_links, page_translations, view_language_links
from navigation.models import Agency, Banner, NavigationSettings, PartnerLink, Slide

register = template.Library()


def _for_active_locale(model):
    """Rows of a translatable snippet in the reader's language, or in Vietnamese if untranslated."""
    locale = Locale.get_active()
    rows = model.objects.filter(locale=locale)
    if not rows.exists():
        rows = model.objects.filter(locale=Locale.get_default())
    return rows


@register.simple_tag
def agency():
    return _for_active_locale(Agency).select_related("logo").first()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    return {"items": menus.main_menu_items(request), "current_path": getattr(current, "path", "")}


@register.inclusion_tag("includes/header_links.html", takes_context=True)
def header_links(context):
    request = context["request"]
    nav = NavigationSettings.for_request(request)
    links = {"facebook_url": nav.facebook_url}
    for name in ("questions_page", "sitemap_page"):
        page = getattr(nav, name)
        links[name] = page.localized if page else None
    links["request"] = request
    return links


@register.inclusion_tag("includes/sidebar.html", takes_context=True)
def sidebar(context):
    request = context["request"]
    banners = list(_for_active_locale(Banner).select_related("image", "link_page"))
    return {
        "request": request,
        "sections": menus.sidebar_sections(request),
        "top_banners": [banner for banner in banners if banner.placement == Banner.TOP],
        "bottom_banners": [banner for banner in banners if banner.placement == Banner.BOTTOM],
        "slides": _for_active_locale(Slide).select_related("image"),
        "partner_links": _for_active_locale(PartnerLink),
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        links = page_language_links(page, request)
    else:
        links = view_language_links(request, get_language())
    return {"links": links}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return {"alternates": []}
    translations = page_translations(page)
    alternates = [(code, translation.get_full_url(request=request)) for code, translation in translations.items()]
    default = translations.get(Locale.get_default().language_code)
    return {
        "alternates": alternates if len(alternates) > 1 else [],
        "x_default": default.get_full_url(request=request) if default else None,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = page.get_ancestors().filter(depth__gt=1) if isinstance(page, Page) else []
    return {"ancestors": ancestors, "page": page, "request": context["request"]}
