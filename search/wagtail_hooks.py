from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ZeroResultQuery


class ZeroResultQueryViewSet(ModelViewSet):
    """Reports → "Searches without results": what readers looked for in vain, most frequent first.

    Next to Wagtail's "Search terms" report (the most frequent queries) and
    "Promoted search results" (Settings), where editors answer such a query.
    """

    model = ZeroResultQuery
    menu_label = _("Searches without results")
    menu_hook = "register_reports_menu_item"
    icon = "search"
    list_display = ["query_string", "hits", "last_searched"]
    list_filter = ["last_searched"]
    search_fields = ["query_string"]
    form_fields = ["query_string"]


@hooks.register("register_admin_viewset")
def register_zero_result_queries():
    return ZeroResultQueryViewSet("zero_result_queries")
