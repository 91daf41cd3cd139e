from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from . import cascade
from .review import SubmitForReviewMenuItem, SubmitForReviewView
from .status import STATES, state_counts, status_rows
from .views import TranslationStatusView, can_see_status


@hooks.register("register_admin_urls")
def register_status_url():
    return [
        path("translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "translations/submit-for-review/<int:page_id>/",
            SubmitForReviewView.as_view(),
            name="translation_submit_for_review",
        ),
    ]


@hooks.register("register_page_header_buttons")
def submit_for_review_header_button(page, user, view_name, next_url=None):
    yield SubmitForReviewMenuItem(page=page, next_url=next_url)


@hooks.register("register_page_listing_more_buttons")
def submit_for_review_listing_button(page, user, next_url=None):
    yield SubmitForReviewMenuItem(page=page, next_url=next_url)


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_status(request.user)


@hooks.register("register_reports_menu_item")
def register_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="wagtail-localize-language", order=8900
    )


class TranslationStatusPanel(Component):
    """Dashboard counts for translators: how much English is missing, unfinished, stale."""

    name = "translation_status"
    template_name = "translations/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        rows = status_rows()
        counts = state_counts(rows)
        return {
            "summary": [(state, label, counts[state]) for state, label in STATES],
            "flagged_count": sum(row.flagged for row in rows),
            "status_url": reverse("translation_status"),
        }


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if can_see_status(request.user):
        panels.append(TranslationStatusPanel())


hooks.register("after_unpublish_page", cascade.unpublish_translations)
hooks.register("after_delete_page", cascade.delete_translations)
hooks.register("after_move_page", cascade.move_translations)
