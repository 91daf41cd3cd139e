"""Translators send an English page for review instead of publishing it.

wagtail-localize's translation editor only offers "Publish" (to users who may publish) and
has no "submit for review" action; the English page revision only receives the translated
strings when they are saved to it. Translators may edit but not publish English pages, so
this view saves the translated strings as a new draft revision and starts the page's
workflow (the "English review" workflow on the English home page) on it. Approvers then
approve (publish) or request changes in Wagtail's ordinary workflow screens.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from .views import TRANSLATOR_PERMISSION


def synced_translation(page: Page) -> Translation | None:
    """The enabled wagtail-localize translation whose target is this page, if any."""
    if page.locale_id == Locale.get_default().pk:
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source")
        .first()
    )


def can_submit_for_review(user, page: Page) -> bool:
    """A translator's right: translate, and edit this (English) page."""
    return user.has_perm(TRANSLATOR_PERMISSION) and page.permissions_for_user(user).can_edit()


def _review_blocked(page: Page) -> str:
    """Why the page cannot go to review now ("" when it can)."""
    if page.get_workflow() is None:
        return _("No review workflow applies to this page; ask an administrator.")
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_IN_PROGRESS:
        return _("This page is already waiting for review.")
    return ""


def _next_url(request, page: Page) -> str:
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return reverse("wagtailadmin_explore", args=[page.get_parent().pk])


class SubmitForReviewView(WagtailAdminTemplateMixin, TemplateView):
    """GET: confirm (with how many strings remain untranslated). POST: save the draft, start review."""

    template_name = "translations/submit_for_review.html"
    page_title = gettext_lazy("Submit for English review")
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return []

    def get_subtitle(self):
        return self.page.get_admin_display_title()

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not can_submit_for_review(request.user, self.page):
            raise PermissionDenied
        self.translation = synced_translation(self.page)
        if self.translation is None:
            messages.error(request, _("This page is not a translation kept in sync with its source."))
            return redirect(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        self.next_url = _next_url(request, self.page)
        blocked = _review_blocked(self.page)
        if blocked:
            messages.error(request, blocked)
            return redirect(self.next_url)
        total, done = self.translation.get_progress()
        self.total, self.done, self.remaining = total, done, total - done
        return super().dispatch(request, page_id)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(page=self.page, total=self.total, done=self.done, remaining=self.remaining, next=self.next_url)
        return context

    def post(self, request, page_id):
        with transaction.atomic():
            self.translation.save_target(user=request.user, publish=False)
            page = Page.objects.get(pk=self.page.pk).specific  # the new draft revision is now the latest
            workflow_state = page.current_workflow_state
            if workflow_state is not None and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
                workflow_state.resume(request.user)
            else:
                page.get_workflow().start(page, request.user)

        title = page.get_admin_display_title()
        if self.remaining:
            messages.warning(
                request,
                ngettext(
                    "'%(title)s' was sent for English review. %(count)d string is still untranslated "
                    "and shows the Vietnamese text.",
                    "'%(title)s' was sent for English review. %(count)d strings are still untranslated "
                    "and show the Vietnamese text.",
                    self.remaining,
                )
                % {"title": title, "count": self.remaining},
            )
        else:
            messages.success(request, _("'%(title)s' was sent for English review.") % {"title": title})
        return redirect(self.next_url)


class SubmitForReviewMenuItem(PageMenuItem):
    """In a page's header and listing "More" menus: only where the action can be taken."""

    label = gettext_lazy("Submit for English review")
    icon_name = "tasks"
    url_name = "translation_submit_for_review"
    priority = 25

    def is_shown(self, user):
        page = self.page
        # The cheap, cached permission check first: the listing asks this for every row.
        if not user.has_perm(TRANSLATOR_PERMISSION) or page.locale_id == Locale.get_default().pk:
            return False
        if not page.permissions_for_user(user).can_edit():
            return False
        return synced_translation(page) is not None and not _review_blocked(page)
