from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Agency, Banner, PartnerLink, Slide


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "home"
    list_display = ["name", "portal_name"]


class BannerViewSet(SnippetViewSet):
    model = Banner
    icon = "image"
    list_display = ["title", "placement"]
    list_filter = ["placement"]
    sort_order_field = "sort_order"


class PartnerLinkViewSet(SnippetViewSet):
    model = PartnerLink
    icon = "link-external"
    list_display = ["title", "url"]
    sort_order_field = "sort_order"


class SlideViewSet(SnippetViewSet):
    model = Slide
    icon = "image"
    list_display = ["alt_text", "caption"]
    sort_order_field = "sort_order"


class SiteChromeGroup(SnippetViewSetGroup):
    """Everything around the pages: header and footer identity, banners, links, slideshow."""

    menu_label = _("Site chrome")
    menu_icon = "cogs"
    menu_order = 300
    items = (AgencyViewSet, BannerViewSet, PartnerLinkViewSet, SlideViewSet)


register_snippet(SiteChromeGroup)
