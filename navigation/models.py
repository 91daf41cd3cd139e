from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)

from core.cache import invalidate_on_change
from core.links import link_url
from core.models import BasePage
from core.renditions import register_image_sizes


class LinkPage(BasePage):
    """A tree entry that points elsewhere: another page or an outside service.

    "Dịch vụ công trực tuyến" or "Thông tin thời tiết" sit in the tree like any
    page, so editors order and publish every menu and sidebar list in one
    place. Visiting it redirects to the target.
    """

    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A page of this portal to link to."),
    )
    link_url = models.URLField(_("external address"), blank=True, help_text=_("Or the address of another website."))

    content_panels = [*BasePage.content_panels, PageChooserPanel("link_page"), FieldPanel("link_url")]

    parent_page_types = ["home.HomePage", "sections.SectionPage", "sections.StandardPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("link page")

    def clean(self):
        super().clean()
        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError({"link_url": _("Choose either a page or an external address, not both.")})
        if self.link_page_id and self.link_page_id == self.pk:
            raise ValidationError({"link_page": _("A link page cannot point at itself.")})

    def serve(self, request, *args, **kwargs):
        return redirect(link_url(self.link_page, self.link_url, request) or "/")


class SitemapPage(BasePage):
    """The HTML site map ("Sơ đồ cổng"): the whole tree of the current language.

    Its template asks ``navigation.menus`` for the tree (``{% sitemap_tree %}``): the
    menus are built from the models, so the models do not import them.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("site map page")


@register_setting(icon="link")
class NavigationSettings(BaseSiteSetting):
    """Pages and addresses the header links to. Pages are shown in the reader's language."""

    questions_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("questions and answers page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The header's 'Hỏi đáp' link."),
    )
    sitemap_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("site map page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The header's 'Sơ đồ cổng' link."),
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True, help_text=_("The header's Facebook link."))

    panels = [PageChooserPanel("questions_page"), PageChooserPanel("sitemap_page"), FieldPanel("facebook_url")]

    class Meta:
        verbose_name = _("navigation")


class PublishableChromeMixin(DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, models.Model):
    """Drafts, revisions, locking and preview for the snippets around every page.

    The chrome carries the agency's legal identity and the links readers follow
    out of the portal: an editor prepares a change as a draft, previews it and
    publishes it (or the approval workflow does), like a page. Public pages show
    only live rows, in their published version.
    """

    preview_template = ""

    class Meta:
        abstract = True

    def get_preview_template(self, request, mode_name):
        return self.preview_template

    @property
    def revisions(self):
        # Wagtail's recommended GenericRelation (``_revisions`` on each model), so that
        # deleting a snippet deletes its revisions too.
        return self._revisions


class Agency(PublishableChromeMixin, TranslatableMixin, models.Model):
    """The agency running the portal: named in the header, fully described in the footer.

    Vietnamese law (Nghị định 42/2022/NĐ-CP) requires a portal to publish who
    runs it, who is responsible for it and under which licence.
    """

    name = models.CharField(_("agency name"), max_length=255, help_text=_("e.g. 'Ủy ban nhân dân tỉnh Tiền Giang'."))
    portal_name = models.CharField(
        _("portal name"), max_length=255, help_text=_("e.g. 'Cổng thông tin điện tử tỉnh Tiền Giang'.")
    )
    logo = models.ForeignKey(
        "core.PortalImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The emblem shown in the header."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="agency")
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("telephone"), max_length=100, blank=True)
    email = models.EmailField(_("email"), blank=True)
    responsible_person = models.CharField(
        _("person responsible"), max_length=255, blank=True, help_text=_("'Chịu trách nhiệm chính', name and title.")
    )
    licence = models.CharField(
        _("licence"), max_length=255, blank=True, help_text=_("The licence line: number, date and issuing body.")
    )
    copyright_notice = models.CharField(
        _("reuse notice"), max_length=255, blank=True, help_text=_("What readers may reuse and how to cite the portal.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("portal_name"),
        FieldPanel("logo"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("responsible_person"),
        FieldPanel("licence"),
        FieldPanel("copyright_notice"),
    ]

    preview_template = "navigation/previews/agency.html"

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("agency")
        verbose_name_plural = _("agency")

    def __str__(self):
        return self.name


class Banner(PublishableChromeMixin, TranslatableMixin, Orderable):
    """An image banner in the sidebar ("Văn bản điện tử", "Đối thoại doanh nghiệp")."""

    TOP = "top"
    BOTTOM = "bottom"
    PLACEMENTS = [(TOP, _("Top of the sidebar")), (BOTTOM, _("Below the sidebar sections"))]

    title = models.CharField(_("title"), max_length=255, help_text=_("Also the image's alt text."))
    image = models.ForeignKey(
        "core.PortalImage", verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    link_url = models.URLField(_("external address"), blank=True)
    placement = models.CharField(_("placement"), max_length=10, choices=PLACEMENTS, default=TOP)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="banner")

    panels = [
        FieldPanel("title"),
        FieldPanel("image"),
        PageChooserPanel("link_page"),
        FieldPanel("link_url"),
        FieldPanel("placement"),
    ]

    preview_template = "navigation/previews/banner.html"

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("banner")
        ordering = ["sort_order"]

    def __str__(self):
        return self.title

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        self.target_url = self.link_page.localized.url if self.link_page_id else self.link_url
        context["banner"] = self
        return context

    def clean(self):
        if self.link_page_id and self.link_url:
            raise ValidationError({"link_url": _("Choose either a page or an external address, not both.")})


class PartnerLink(PublishableChromeMixin, TranslatableMixin, Orderable):
    """An entry of the sidebar's "Liên kết" list: other government websites."""

    title = models.CharField(_("title"), max_length=255)
    url = models.URLField(_("address"))
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="partner_link")

    panels = [FieldPanel("title"), FieldPanel("url")]

    preview_template = "navigation/previews/partner_link.html"

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner link")
        ordering = ["sort_order"]

    def __str__(self):
        return self.title


class Slide(PublishableChromeMixin, TranslatableMixin, Orderable):
    """An image of the sidebar slideshow. It only advances when the reader asks."""

    image = models.ForeignKey("core.PortalImage", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(
        _("alt text"), max_length=255, help_text=_("What the image shows, for readers who cannot see it.")
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)
    link_url = models.URLField(_("link"), blank=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="slide")

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption"), FieldPanel("link_url")]

    preview_template = "navigation/previews/slide.html"

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("slide")
        ordering = ["sort_order"]

    def __str__(self):
        return self.caption or self.alt_text

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["slides"] = [self]
        return context


invalidate_on_change(NavigationSettings, Agency, Banner, PartnerLink, Slide)

# Made when a snippet is saved (core/renditions.py), in the sizes its template shows.
register_image_sizes(Slide, "image", ["fill-300x200"])  # includes/slideshow.html
register_image_sizes(Banner, "image", ["width-300"])  # includes/banner.html
register_image_sizes(Agency, "logo", ["height-80"])  # includes/header.html
