"""Menus, sidebar lists and the site map, read from the page tree.

Each function spends a fixed number of queries whatever the number of
entries: the pages in one query, the targets of all link pages in another.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from .models import LinkPage


@dataclass
class MenuItem:
    title: str
    url: str
    page: Page
    external: bool = False
    children: list["MenuItem"] = field(default_factory=list)


def active_locale() -> Locale:
    return Locale.get_active()


def home_for_request(request) -> Page | None:
    """The home page in the reader's language (the site root's translation)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    locale = active_locale()
    if root.locale_id == locale.id:
        return root
    return root.get_translations().filter(locale=locale).live().first() or root


def _menu_items(pages, request=None) -> list[MenuItem]:
    pages = list(pages)
    link_page_type = ContentType.objects.get_for_model(LinkPage).id  # cached after the first call
    link_ids = [page.pk for page in pages if page.content_type_id == link_page_type]
    links = {}
    if link_ids:
        links = {link.pk: link for link in LinkPage.objects.filter(pk__in=link_ids).select_related("link_page")}
    items = []
    for page in pages:
        if page.pk in links:
            link = links[page.pk]
            items.append(MenuItem(page.title, link.target_url(request), page, external=bool(link.link_url)))
        else:
            items.append(MenuItem(page.title, page.get_url(request=request) or "", page))
    return items


def live_public(queryset):
    return queryset.live().public()


def child_menu_items(parent: Page, request=None) -> list[MenuItem]:
    return _menu_items(live_public(parent.get_children()).order_by("path"), request)


def main_menu_items(request) -> list[MenuItem]:
    home = home_for_request(request)
    if home is None:
        return []
    return _menu_items(live_public(home.get_children()).filter(show_in_menus=True).order_by("path"), request)


def sidebar_sections(request) -> list[MenuItem]:
    """Sections marked "show in sidebar", each with its live children."""
    from sections.models import SectionPage

    home = home_for_request(request)
    if home is None:
        return []
    sections = list(
        live_public(SectionPage.objects.descendant_of(home))
        .filter(show_in_sidebar=True, locale_id=home.locale_id)
        .order_by("path")
    )
    if not sections:
        return []
    section_items = {item.page.pk: item for item in _menu_items(sections, request)}
    children_query = Page.objects.none()
    for section in sections:
        children_query |= Page.objects.child_of(section)
    children = live_public(children_query).order_by("path")
    by_path = {section.path: section_items[section.pk] for section in sections}
    for child in _menu_items(children, request):
        parent_path = child.page.path[: -Page.steplen]
        if parent_path in by_path:
            by_path[parent_path].children.append(child)
    return list(section_items.values())


def sitemap_tree(home: Page, request=None) -> list[MenuItem]:
    """Every live public page under the home page, nested, for the HTML site map."""
    descendants = live_public(home.get_descendants()).order_by("path")
    by_path: dict[str, MenuItem] = {}
    roots: list[MenuItem] = []
    for item in _menu_items(descendants, request):
        by_path[item.page.path] = item
        parent = by_path.get(item.page.path[: -Page.steplen])
        (parent.children if parent else roots).append(item)
    return roots
