"""Dated publications listed by section: notices, reports, plans, disclosures.

Planning information, statistical reports, budget disclosure, public procurement,
recruitment notices, environmental monitoring results and market prices are all the
same thing to a reader: a list of dated items, each issued by a unit, with its files.
One listing page and one item page hold them all; a notice may carry a validity
period, and once it has ended the item moves from the current list to the archive.
That move is computed from the dates at request time (see ``next_change_at`` for
what a whole-page cache must know about it, and docs/sections.md).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
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

ARCHIVE_PARAMETER = "luu-tru"


class PublicationIndexPage(SectionPage):
    """A section listing dated publications, newest first, current ones apart from the archive.

    It is a ``SectionPage`` (multi-table inheritance) so that it keeps the section's
    introduction and its place in the sidebar.
    """

    empty_message = RichTextField(
        _("message while empty"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Shown while the list has no items: say what will be published here and where to find it meanwhile."
        ),
    )
    per_page = 20
    # The whole-page cache keys a listing on these query parameters only.
    cache_query_parameters = ("page", ARCHIVE_PARAMETER)

    content_panels = [*SectionPage.content_panels, FieldPanel("empty_message")]

    parent_page_types = ["home.HomePage", "sections.SectionPage", "sections.StandardPage"]
    subpage_types = ["publications.PublicationPage"]

    class Meta:
        verbose_name = _("publication list")

    def items(self):
        return (
            PublicationPage.objects.child_of(self)
            .live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related("file")
            .defer_streamfields()
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        items = self.items()
        current = items.filter(PublicationPage.current_on(today))
        archived = items.exclude(PublicationPage.current_on(today))
        show_archive = request.GET.get(ARCHIVE_PARAMETER) == "1"
        context["show_archive"] = show_archive
        context["archive_parameter"] = ARCHIVE_PARAMETER
        context["archive_count"] = archived.count()
        context["today"] = today
        context["items"] = paginate(request, archived if show_archive else current, self.per_page)
        context["extra_query"] = f"{ARCHIVE_PARAMETER}=1" if show_archive else ""
        return context

    def next_change_at(self, now: datetime.datetime | None = None) -> datetime.datetime | None:
        """When this listing next changes by itself: the midnight a current notice expires.

        A whole-page cache should not keep the rendered list past this moment (or should
        use a max-age of at most a day); publishing already makes the page stale.
        """
        now = now or timezone.now()
        today = timezone.localdate(now)
        upcoming = (
            self.items().filter(valid_until__gte=today).order_by("valid_until").values_list("valid_until", flat=True)
        ).first()
        if upcoming is None:
            return None
        return timezone.make_aware(datetime.datetime.combine(upcoming + datetime.timedelta(days=1), datetime.time.min))


class PublicationPage(BasePage):
    """One dated item: a notice, a report, a plan, a price bulletin, with its main file."""

    date = models.DateField(_("date"), help_text=_("The date of issue or of the figures."))
    number = models.CharField(
        _("number"), max_length=100, blank=True, help_text=_("The reference number, e.g. 125/TB-UBND, if any.")
    )
    issuing_unit = models.CharField(
        _("issuing unit"), max_length=255, help_text=_("The agency or unit that issued it.")
    )
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences shown in the list."))
    valid_from = models.DateField(
        _("valid from"), null=True, blank=True, help_text=_("For notices: the first day the notice applies.")
    )
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("For notices: the last day. The day after, the item moves to the archive by itself."),
    )
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("main file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The document readers download; more files can go in the body."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("number")]),
                FieldPanel("issuing_unit"),
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
            ],
            heading=_("Issue"),
        ),
        FieldPanel("summary"),
        FieldPanel("file"),
        FieldPanel("body"),
    ]
    search_fields = [
        *page_search_fields(),
        FoldedSearchField("summary"),
        FoldedSearchField("number"),
        FoldedSearchField("issuing_unit"),
        FoldedSearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publication")

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The last day cannot come before the first day.")})

    @staticmethod
    def current_on(day: datetime.date) -> Q:
        """Items still current on ``day``: no end of validity, or an end not yet passed."""
        return Q(valid_until__isnull=True) | Q(valid_until__gte=day)

    def is_archived(self, day: datetime.date | None = None) -> bool:
        return self.valid_until is not None and self.valid_until < (day or timezone.localdate())

    def get_summary_text(self):
        return self.summary


register_image_sizes(PublicationIndexPage, "body", BODY_IMAGE_SIZES)
register_image_sizes(PublicationPage, "body", BODY_IMAGE_SIZES)
