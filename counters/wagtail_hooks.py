from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import ArticleRatingsReportView


@hooks.register("register_admin_urls")
def register_ratings_report_urls():
    return [
        path("reports/article-ratings/", ArticleRatingsReportView.as_view(), name="counters_ratings_report"),
        path(
            "reports/article-ratings/results/",
            ArticleRatingsReportView.as_view(results_only=True),
            name="counters_ratings_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_ratings_report_menu_item():
    return MenuItem(
        _("Article ratings"),
        reverse("counters_ratings_report"),
        name="article-ratings",
        icon_name=ArticleRatingsReportView.header_icon,
        order=750,
    )
