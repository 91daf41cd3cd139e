"""The editors' report of article ratings and views, with CSV and XLSX downloads.

It lists the ``PageCounter`` rows (an article appears once it has been viewed or rated), sorted
by average rating, best first, with articles nobody has rated at the end. Average, number of
ratings and views are sortable columns. The numbers are the ones every reader already sees, so
every user of the admin may open the report.
"""

import django_filters
from django.conf import settings
from django.db.models import F, FloatField
from django.db.models.functions import Cast, NullIf
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from .models import PageCounter


def language_choices():
    return list(settings.LANGUAGES)


class ArticleRatingsFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        field_name="page__locale__language_code",
        choices=language_choices,
        empty_label=_("All"),
    )

    class Meta:
        model = PageCounter
        fields = ["language"]


class ArticleRatingsReportView(ReportView):
    page_title = _("Article ratings")
    header_icon = "pick"
    index_url_name = "counters_ratings_report"
    index_results_url_name = "counters_ratings_report_results"
    filterset_class = ArticleRatingsFilterSet
    default_ordering = "-average"
    columns = [
        TitleColumn(
            "title",
            label=_("Article"),
            accessor="page.title",
            url_name="wagtailadmin_pages:edit",
            id_accessor="page_id",
            sort_key="page__title",
        ),
        Column("language", label=_("Language"), accessor="language", sort_key="page__locale__language_code"),
        Column("average", label=_("Average rating"), accessor="average_display", sort_key="average"),
        NumberColumn("rating_count", label=_("Ratings"), sort_key="rating_count"),
        NumberColumn("views", label=_("Views"), sort_key="views"),
    ]
    list_export = ["page.title", "language", "average_rating", "rating_count", "views", "page.full_url"]
    export_headings = {
        "page.title": _("Article"),
        "language": _("Language"),
        "average_rating": _("Average rating"),
        "rating_count": _("Ratings"),
        "views": _("Views"),
        "page.full_url": _("Address"),
    }

    def get_filename(self):
        return f"article-ratings-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = PageCounter.objects.select_related("page", "page__locale").annotate(
            average=Cast("rating_sum", FloatField()) / NullIf(F("rating_count"), 0)
        )
        return super().get_queryset()

    def order_queryset(self, queryset):
        ordering = self.ordering
        if not ordering:
            return queryset
        descending = ordering.startswith("-")
        field = F(ordering.removeprefix("-"))
        # Unrated articles have no average: they go last both ways, on SQLite and PostgreSQL alike.
        first = field.desc(nulls_last=True) if descending else field.asc(nulls_last=True)
        return queryset.order_by(first, "-views", "page_id")

    def decorate_paginated_queryset(self, object_list):
        names = dict(settings.LANGUAGES)
        for counter in object_list:
            counter.language = names.get(counter.page.locale.language_code, counter.page.locale.language_code)
            average = counter.average_rating
            counter.average_display = _("Not rated") if average is None else f"{floatformat(average, 1)}/5"
        return object_list
