"""Menus, sidebar lists and the site map, read from the page tree.

Each function spends a fixed number of queries whatever the number of
entries: the pages in one query, the targets of all link pages in another.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, Site

from core.links import link_url
from core.queries import localized_pages, public_for_request
from sections.models import SectionPage

from .models import LinkPage


@dataclass
class MenuItem:
    title: str
    url: str
    page: Page
    external: bool = False
    children: list["MenuItem"] = field(default_factory=list)


def home_for_request(request) -> Page | None:
    """The home page in the reader's language (the site root's translation), once per request."""
    if not hasattr(request, "_portal_home"):
        site = Site.find_for_request(request)
        request._portal_home = localized_pages([site.root_page])[site.root_page_id] if site else None
    return request._portal_home


def menu_items(pages, request=None) -> list[MenuItem]:
    """Menu entries for pages; link pages take their target's address."""
    pages = list(pages)
    link_page_type = ContentType.objects.get_for_model(LinkPage).id  # cached after the first call
    link_ids = [page.pk for page in pages if page.content_type_id == link_page_type]
    links = {}
    targets = {}
    if link_ids:
        links = {link.pk: link for link in LinkPage.objects.filter(pk__in=link_ids).select_related("link_page")}
        targets = localized_pages(link.link_page for link in links.values())
    items = []
    for page in pages:
        link = links.get(page.pk)
        if link is None:
            items.append(MenuItem(page.title, page.get_url(request=request) or "", page))
        else:
            url = link_url(link.link_page, link.link_url, request, targets)
            items.append(MenuItem(page.title, url, page, external=link.link_page is None))
    return items


def child_menu_items(parent: Page, request=None) -> list[MenuItem]:
    return menu_items(public_for_request(parent.get_children().live(), request).order_by("path"), request)


def main_menu_items(request) -> list[MenuItem]:
    home = home_for_request(request)
    if home is None:
        return []
    pages = public_for_request(home.get_children().live(), request)
    return menu_items(pages.filter(show_in_menus=True).order_by("path"), request)


def sidebar_sections(request) -> list[MenuItem]:
    """Sections marked "show in sidebar", each with its live children."""
    home = home_for_request(request)
    if home is None:
        return []
    # One live-and-public queryset for both lists, and for the other lists of the request.
    visible = public_for_request(Page.objects.live(), request)
    sections = visible.type(SectionPage).descendant_of(home).filter(sectionpage__show_in_sidebar=True)
    sections = list(sections.order_by("path"))
    if not sections:
        return []
    section_items = menu_items(sections, request)
    by_path = {item.page.path: item for item in section_items}
    children = Q()
    for section in sections:
        children |= visible.child_of_q(section)
    for child in menu_items(visible.filter(children).order_by("path"), request):
        by_path[child.page.path[: -Page.steplen]].children.append(child)
    return section_items


def sitemap_tree(home: Page, request=None) -> list[MenuItem]:
    """Every live public page under the home page, nested, for the HTML site map."""
    by_path: dict[str, MenuItem] = {}
    roots: list[MenuItem] = []
    for item in menu_items(home.get_descendants().live().public().order_by("path"), request):
        by_path[item.page.path] = item
        parent = by_path.get(item.page.path[: -Page.steplen])
        (parent.children if parent else roots).append(item)
    return roots
