"""Projects the province invites investors into ("Dự án mời gọi đầu tư"), as records.

Each project is a page with the facts an investor compares (field, location, area,
capital, incentives, status, contact); the section lists them with filters.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import BODY_IMAGE_SIZES, RICH_TEXT_FEATURES, BodyStreamBlock
from core.models import BasePage
from core.pagination import paginate
from core.renditions import register_image_sizes
from search.fields import FoldedSearchField, page_search_fields
from sections.models import SectionPage

from .filters import FIELD_PARAMETER, LOCATION_PARAMETER, STATUS_PARAMETER, ProjectFilter


class InvestmentField(models.TextChoices):
    AGRICULTURE = "agriculture", _("Agriculture and aquaculture")
    INDUSTRY = "industry", _("Industry and processing")
    INFRASTRUCTURE = "infrastructure", _("Infrastructure and industrial parks")
    URBAN = "urban", _("Urban development and housing")
    TRADE = "trade", _("Trade and services")
    TOURISM = "tourism", _("Tourism")
    ENVIRONMENT = "environment", _("Environment and energy")
    SOCIAL = "social", _("Education, health and culture")


class ProjectStatus(models.TextChoices):
    OPEN = "open", _("Open to investors")
    SELECTING = "selecting", _("Selecting an investor")
    AWARDED = "awarded", _("Investor selected")


class InvestmentIndexPage(SectionPage):
    """The list of investment projects, filtered by field, status and location.

    A ``SectionPage`` (multi-table inheritance), so it keeps its place in the sidebar.
    """

    empty_message = RichTextField(
        _("message while empty"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown while no project is listed: say what will appear here and where to find it meanwhile."),
    )
    per_page = 20
    # The whole-page cache keys this listing on these query parameters only.
    cache_query_parameters = (FIELD_PARAMETER, STATUS_PARAMETER, LOCATION_PARAMETER, "page")

    content_panels = [*SectionPage.content_panels, FieldPanel("empty_message")]

    parent_page_types = ["home.HomePage", "sections.SectionPage"]
    subpage_types = ["investment.InvestmentProjectPage"]

    class Meta:
        verbose_name = _("investment project list")

    def projects(self):
        return (
            InvestmentProjectPage.objects.child_of(self)
            .live()
            .public()
            .filter(locale_id=self.locale_id)
            .defer_streamfields()
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = self.projects()
        project_filter = ProjectFilter(request.GET, queryset=projects)
        context["filter"] = project_filter
        context["filtered"] = any(request.GET.get(name) for name in ProjectFilter.base_filters)
        context["projects"] = paginate(request, project_filter.qs, self.per_page)
        context["extra_query"] = project_filter.query_string()
        return context


class InvestmentProjectPage(BasePage):
    """One project open to investment, with what an investor needs to decide to ask more."""

    objective = models.TextField(_("objective"), help_text=_("What the project is for, in two or three sentences."))
    field = models.CharField(_("field"), max_length=30, choices=InvestmentField.choices)
    status = models.CharField(_("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.OPEN)
    location = models.CharField(
        _("location"),
        max_length=255,
        help_text=_("The district or town, as readers filter by it, e.g. “Huyện Châu Thành”."),
    )
    address = models.CharField(
        _("site"), max_length=255, blank=True, help_text=_("The commune, industrial park or road, if known.")
    )
    area_hectares = models.DecimalField(
        _("area (ha)"), max_digits=10, decimal_places=2, null=True, blank=True, help_text=_("In hectares.")
    )
    scale = models.TextField(_("scale"), blank=True, help_text=_("Capacity or size, e.g. 50,000 tonnes a year."))
    capital_billion_vnd = models.DecimalField(
        _("total capital (billion VND)"),
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("The estimated total investment, in billions of đồng."),
    )
    incentives = RichTextField(
        _("incentives"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Tax, land and other incentives.")
    )
    contact = models.TextField(_("contact"), help_text=_("Who answers investors: unit, address, phone, email."))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("more details"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("objective"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("field"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("location"), FieldPanel("address")]),
                FieldRowPanel([FieldPanel("area_hectares"), FieldPanel("capital_billion_vnd")]),
                FieldPanel("scale"),
            ],
            heading=_("Project facts"),
        ),
        FieldPanel("incentives"),
        FieldPanel("contact"),
        FieldPanel("body"),
    ]
    search_fields = [
        *page_search_fields(),
        FoldedSearchField("objective"),
        FoldedSearchField("location"),
        index.FilterField("field"),
        index.FilterField("status"),
    ]

    parent_page_types = ["investment.InvestmentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("investment project")

    def get_summary_text(self):
        return self.objective


register_image_sizes(InvestmentIndexPage, "body", BODY_IMAGE_SIZES)
register_image_sizes(InvestmentProjectPage, "body", BODY_IMAGE_SIZES)
