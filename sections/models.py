from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from core.blocks import BODY_IMAGE_SIZES, RICH_TEXT_FEATURES, BodyStreamBlock
from core.models import BasePage
from core.renditions import register_image_sizes
from search.fields import BODY_BOOST, LEAD_BOOST, FoldedSearchField, page_search_fields

CONTENT_PARENTS = ["home.HomePage", "sections.SectionPage", "sections.StandardPage", "about.UnitPage"]


class StandardPage(BasePage):
    """A plain content page: "Giới thiệu", leadership, organisation, contact."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A short summary shown in bold above the body.")
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = page_search_fields(
        FoldedSearchField("intro", boost=LEAD_BOOST), FoldedSearchField("body", boost=BODY_BOOST)
    )

    parent_page_types = CONTENT_PARENTS
    subpage_types = ["sections.StandardPage", "sections.SectionPage", "navigation.LinkPage", "about.UnitPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_summary_text(self):
        return self.intro


class SectionPage(BasePage):
    """A section of the portal that lists its children automatically.

    "Hệ thống văn bản", "Thông tin quy hoạch", "Thông tin cần biết": the tree
    is the menu, so editors manage every sidebar list by adding, ordering and
    unpublishing child pages (or link pages) here. The list itself is built by the
    navigation app (``{% section_entries %}``), which resolves link pages to their targets.
    """

    intro = RichTextField(
        _("introduction"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("What this section holds.")
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    show_in_sidebar = models.BooleanField(
        _("show in sidebar"),
        default=False,
        help_text=_("List this section and its children in the sidebar of every page."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    promote_panels = [*BasePage.promote_panels, FieldPanel("show_in_sidebar")]
    search_fields = page_search_fields(
        FoldedSearchField("intro", boost=LEAD_BOOST), FoldedSearchField("body", boost=BODY_BOOST)
    )

    parent_page_types = CONTENT_PARENTS
    subpage_types = [
        "sections.StandardPage",
        "sections.SectionPage",
        "navigation.LinkPage",
        "news.NewsIndexPage",
        "library.LegalDocumentIndexPage",
        "library.GazetteIndexPage",
        "about.UnitPage",
        "publications.PublicationIndexPage",
        "investment.InvestmentIndexPage",
        "participation.QuestionIndexPage",
        "participation.ConsultationIndexPage",
    ]

    class Meta:
        verbose_name = _("section page")

    def get_summary_text(self):
        return self.intro


# Images in the body get their sizes when the page is published (core/renditions.py).
register_image_sizes(StandardPage, "body", BODY_IMAGE_SIZES)
register_image_sizes(SectionPage, "body", BODY_IMAGE_SIZES)
