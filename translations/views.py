"""The translators' status view: what has no English, what is half done, what went stale."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .status import STATES, state_counts, status_rows

TRANSLATOR_PERMISSION = "wagtail_localize.submit_translation"


def can_see_status(user) -> bool:
    return user.has_perm(TRANSLATOR_PERMISSION)


class StatusFilterForm(forms.Form):
    section = forms.TypedChoiceField(label=_("Section"), required=False, coerce=int, empty_value=None)
    type = forms.ChoiceField(label=_("Type"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False, choices=[("", _("All states")), *STATES])
    required = forms.BooleanField(label=_("Only items required in English"), required=False)

    def __init__(self, rows, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sections = {row.section_id: row.section_title for row in rows if row.section_id}
        self.fields["section"].choices = [("", _("All sections")), *sections.items()]
        types = {row.type_key: row.type_label for row in rows}
        self.fields["type"].choices = [("", _("All types")), *sorted(types.items(), key=lambda item: item[1])]

    def filter(self, rows):
        if not self.is_valid():
            return rows
        data = self.cleaned_data
        if data["section"]:
            rows = [row for row in rows if row.section_id == data["section"]]
        if data["type"]:
            rows = [row for row in rows if row.type_key == data["type"]]
        if data["state"]:
            rows = [row for row in rows if row.state == data["state"]]
        if data["required"]:
            rows = [row for row in rows if row.required]
        return rows


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translations/status.html"
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = status_rows()
        form = StatusFilterForm(rows, self.request.GET or None)
        shown = form.filter(rows)
        counts = state_counts(rows)
        context.update(
            {
                "form": form,
                "rows": shown,
                "total": len(rows),
                "summary": [(state, label, counts[state]) for state, label in STATES],
                "flagged_count": sum(row.flagged for row in rows),
            }
        )
        return context
