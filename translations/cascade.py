"""Unpublish, move or delete the English translations together with their Vietnamese page.

Wagtail's ``construct_translated_pages_to_cascade_actions`` hook cannot be used: it receives no
request, so the editor could not decline; wagtail-localize registers no such hook, and
``wagtail.contrib.simple_translation``'s is not installed here. The confirmation pages list the
translations with a box, ticked by default ("cascade_translations"); the ``after_*`` hooks below
act on it. Like Wagtail's own cascade, the translations follow the editor's action on their
source without separate permission checks: the English never outlives its Vietnamese source.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.move_page import MovePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Locale, Page

CASCADE_FIELD = "cascade_translations"


def translations_to_cascade(page: Page, *, live_only=False):
    """The translations of a Vietnamese page that should follow it (none for other pages)."""
    if page.locale_id != Locale.get_default().pk:
        return Page.objects.none()
    translations = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .exclude(pk=page.pk)
        .exclude(locale_id=page.locale_id)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    return translations.live() if live_only else translations


def wants_cascade(request) -> bool:
    return request.method == "POST" and bool(request.POST.get(CASCADE_FIELD))


def unpublish_translations(request, page):
    if not wants_cascade(request):
        return
    include_descendants = bool(request.POST.get("include_descendants"))
    for translation in translations_to_cascade(page, live_only=True):
        UnpublishPageAction(translation.specific, user=request.user, include_descendants=include_descendants).execute(
            skip_permission_checks=True
        )


def delete_translations(request, page):
    if not wants_cascade(request):
        return
    # The Vietnamese page is gone from the database; its translation key still finds the others.
    for translation in Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True).exclude(
        locale_id=page.locale_id
    ):
        DeletePageAction(translation.specific, user=request.user).execute(skip_permission_checks=True)


def move_translations(request, page):
    if not wants_cascade(request):
        return
    page = Page.objects.get(pk=page.pk)
    destination = page.get_parent()
    for translation in translations_to_cascade(page):
        target_parent = destination.get_translation_or_none(translation.locale)
        if target_parent is None:
            messages.warning(
                request,
                _("'%(title)s' stays where it is: '%(destination)s' has no %(language)s version.")
                % {
                    "title": translation.get_admin_display_title(),
                    "destination": destination.get_admin_display_title(),
                    "language": translation.locale.get_display_name(),
                },
            )
            continue
        if translation.get_parent().pk == target_parent.pk:
            continue
        try:
            MovePageAction(translation.specific, target_parent, pos="last-child", user=request.user).execute(
                skip_permission_checks=True
            )
        except ValidationError as error:
            messages.warning(request, " ".join(error.messages))
