from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.models import BasePage
from core.routing import FastRoutingMixin
from news.models import NewsIndexPage, NewsPage


class HomePage(FastRoutingMixin, BasePage):
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

    # Listings are methods so that templates evaluate them inside their cached
    # fragments: a warm front page runs none of these queries.
    def news_articles(self):
        return NewsPage.objects.live().public().filter(locale_id=self.locale_id).for_listing()

    def featured_articles(self):
        return self.news_articles().filter(featured=True)[:5]

    def latest_articles(self):
        return self.news_articles()[: self.latest_count]

    def category_blocks(self):
        return NewsIndexPage.category_blocks(self)
