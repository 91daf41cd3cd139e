"""The filters of the investment project list: field, status and location.

Parameter names are short Vietnamese words, as the portal's other listings use. An
unknown value is left out of the filtering (django-filter drops invalid fields from
``cleaned_data``) and reported in the page, never an error.
"""

from urllib.parse import urlencode

import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

FIELD_PARAMETER = "linh_vuc"
STATUS_PARAMETER = "trang_thai"
LOCATION_PARAMETER = "dia_diem"


class ProjectFilter(django_filters.FilterSet):
    linh_vuc = django_filters.ChoiceFilter(
        field_name="field", label=pgettext_lazy("subject area", "Field"), empty_label=_("All fields")
    )
    trang_thai = django_filters.ChoiceFilter(field_name="status", label=_("Status"), empty_label=_("All statuses"))
    dia_diem = django_filters.ChoiceFilter(field_name="location", label=_("Location"), empty_label=_("All locations"))

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        model = queryset.model
        self.filters[FIELD_PARAMETER].extra["choices"] = model._meta.get_field("field").choices
        self.filters[STATUS_PARAMETER].extra["choices"] = model._meta.get_field("status").choices
        # Locations are whatever the listed projects name, in the page's own language.
        locations = queryset.order_by("location").values_list("location", flat=True).distinct()
        self.filters[LOCATION_PARAMETER].extra["choices"] = [(location, location) for location in locations]

    def ignored_values(self) -> list[str]:
        """The values given that match no choice, for the notice above the list."""
        return [str(self.data.get(name))[:100] for name in self.form.errors if name in self.filters]

    def query_string(self) -> str:
        """The valid filters, to keep them in the pagination links."""
        self.errors  # noqa: B018 - validates the form
        cleaned = getattr(self.form, "cleaned_data", {})
        return urlencode({name: value for name, value in cleaned.items() if value})
