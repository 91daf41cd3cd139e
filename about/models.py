"""The organisation's units: their functions and duties, address and contact officials.

"Giới thiệu" introduces the agency; its structure is a tree of unit pages, one per
department or office, each saying what the unit does and whom to call. Leaders and
contact lists are blocks of the shared body, so they translate with the page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from core.blocks import BODY_IMAGE_SIZES, RICH_TEXT_FEATURES, BodyStreamBlock
from core.models import BasePage
from core.renditions import register_image_sizes
from search.fields import FoldedSearchField, page_search_fields


class UnitPage(BasePage):
    """One unit of the organisation (or the agency itself): what it does and how to reach it."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One sentence on the unit's role."))
    functions = RichTextField(
        _("functions"), features=RICH_TEXT_FEATURES, help_text=_("The unit's functions, as its founding decision says.")
    )
    duties = RichTextField(
        _("duties and powers"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("The unit's duties and powers.")
    )
    head = models.CharField(
        _("head of unit"),
        max_length=255,
        blank=True,
        help_text=_("Name and position of the head, e.g. “Nguyễn Văn A, Giám đốc”."),
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Contact officials, leaders, documents and anything else about the unit."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("functions"),
        FieldPanel("duties"),
        MultiFieldPanel(
            [FieldPanel("head"), FieldPanel("address"), FieldRowPanel([FieldPanel("phone"), FieldPanel("email")])],
            heading=_("Contact"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *page_search_fields(),
        FoldedSearchField("intro"),
        FoldedSearchField("functions"),
        FoldedSearchField("duties"),
        FoldedSearchField("body"),
    ]

    parent_page_types = ["sections.StandardPage", "sections.SectionPage", "about.UnitPage"]
    subpage_types = ["about.UnitPage"]

    class Meta:
        verbose_name = _("organisation unit")

    def get_summary_text(self):
        return self.intro


register_image_sizes(UnitPage, "body", BODY_IMAGE_SIZES)
