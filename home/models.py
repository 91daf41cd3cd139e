from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.models import BasePage
from core.queries import public_for_request
from news.models import NewsIndexPage, NewsPage


class HomePage(BasePage):
    """The portal's front page, one per language; the root of each language's tree.

    It composes featured articles, the latest news and a block per main news
    category; the sidebar and the rest of the chrome come from base.html.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Optional welcome text shown above the latest news."),
    )
    latest_count = models.PositiveSmallIntegerField(
        _("number of latest articles"),
        default=8,
        help_text=_("How many of the newest articles the front page lists."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("latest_count")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "sections.StandardPage",
        "sections.SectionPage",
        "navigation.LinkPage",
        "news.NewsIndexPage",
        "navigation.SitemapPage",
        "participation.QuestionIndexPage",
        "participation.ConsultationIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_summary_text(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One live-and-public queryset for every list (the private sections are read once per
        # request, core.queries.public_for_request), and all their thumbnails in one query at the end.
        articles = public_for_request(NewsPage.objects.live().filter(locale_id=self.locale_id), request)
        articles = articles.for_listing(renditions=False)
        context["featured_articles"] = list(articles.filter(featured=True)[:5])
        context["latest_articles"] = list(articles[: self.latest_count])
        context["category_blocks"] = NewsIndexPage.category_blocks(self, articles, request=request)
        shown = [*context["featured_articles"], *context["latest_articles"]]
        shown += [article for _category, block in context["category_blocks"] for article in block]
        prefetch_related_objects(shown, "featured_image__renditions")
        return context
