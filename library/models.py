"""The legal documents library ("Văn bản"): documents with their metadata, and the gazette.

Decree 42/2022/NĐ-CP (Art. 4) requires a government portal to publish its legal
and administrative documents with full metadata, a download and a search tool.
Each document is a page under a library listing; its type, issuing agency,
field and signer are managed, translatable lists (snippets), so that the
listing can filter on them and the English site names them in English.
Relations between documents (amends, replaces, …) are stored once, on the
document that makes them, and read from both sides.
"""

from django.db import models
from django.db.models import Case, CharField, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.cache import invalidate_on_change
from core.models import BasePage
from core.pagination import paginate
from core.text import ascii_slug
from search.fields import FoldedSearchField, page_search_fields

from .feeds import serve_library_feed
from .listing import LibraryQuery, TermFilter
from .vocabulary import REVERSE_LABELS, RelationKind, Validity, folded_words, normalise_number

LIBRARY_PARENTS = ["sections.SectionPage"]


def in_locale(model, pages, locale) -> dict:
    """Each page's live translation in ``locale`` (or the page itself), as ``model`` instances, in one query.

    Relations and gazette entries are copied to translations unchanged, so they point at the
    Vietnamese originals; readers of the English page are shown the English versions that exist.
    """
    keys = {page.translation_key for page in pages if page.locale_id != locale.pk}
    translations = {}
    if keys:
        translations = {
            page.translation_key: page for page in model.objects.live().filter(locale=locale, translation_key__in=keys)
        }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}


# Managed lists ------------------------------------------------------------------------


class LibraryTerm(TranslatableMixin, models.Model):
    """A value of one of the library's managed lists; its slug is what filter URLs carry."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        blank=True,
        help_text=_("Used in the address of a filtered list; made from the name when left empty."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        # A filter address names one entry: slugs are unique within a language.
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.free_slug(ascii_slug(self.name, max_length=90) or "muc")
        super().save(*args, **kwargs)

    def free_slug(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3``… when another entry of this list and language has it."""
        taken = set(
            type(self)
            .objects.filter(locale_id=self.locale_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        return slug


class DocumentType(LibraryTerm):
    """A kind of document: Quyết định, Chỉ thị, Công văn, Kế hoạch, Nghị quyết, Thông báo…"""

    class Meta(LibraryTerm.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


class IssuingAgency(LibraryTerm):
    """The body that issued a document: UBND tỉnh, HĐND tỉnh, a department…"""

    class Meta(LibraryTerm.Meta):
        verbose_name = _("issuing agency")
        verbose_name_plural = _("issuing agencies")


class SubjectArea(LibraryTerm):
    """The field (lĩnh vực) a document governs: land, education, health, finance…"""

    class Meta(LibraryTerm.Meta):
        verbose_name = _("field")
        verbose_name_plural = _("fields")


class Signer(LibraryTerm):
    """The official who signed documents, with the position held."""

    position = models.CharField(
        _("position"), max_length=255, blank=True, help_text=_("e.g. 'Chủ tịch Ủy ban nhân dân tỉnh'.")
    )

    panels = [*LibraryTerm.panels, FieldPanel("position")]

    class Meta(LibraryTerm.Meta):
        verbose_name = _("signer")
        verbose_name_plural = _("signers")


class LegalDocumentQuerySet(PageQuerySet):
    def with_validity(self, today=None):
        """Annotate ``computed_validity``, computed in the database so that the listing can filter and count by it.

        In order: the editor's override; an expiry date reached; replaced by a document already in
        force (expired); an effective date still ahead (not yet in force); partly repealed by a
        document in force (partly expired); otherwise in force.
        """
        if "computed_validity" in self.query.annotations:
            return self
        today = today or timezone.localdate()

        def acted_on_by(kind):
            return Exists(
                DocumentRelation.objects.filter(
                    target__translation_key=OuterRef("translation_key"), kind=kind, source__live=True
                ).filter(Q(source__effective_date__isnull=True) | Q(source__effective_date__lte=today))
            )

        return self.annotate(
            computed_validity=Case(
                When(~Q(validity_override=""), then=F("validity_override")),
                When(expiry_date__lte=today, then=Value(Validity.EXPIRED)),
                When(acted_on_by(RelationKind.REPLACES), then=Value(Validity.EXPIRED)),
                When(effective_date__gt=today, then=Value(Validity.NOT_YET_IN_FORCE)),
                When(acted_on_by(RelationKind.REPEALS_PART), then=Value(Validity.PARTLY_EXPIRED)),
                default=Value(Validity.IN_FORCE),
                output_field=CharField(),
            )
        )

    def newest_first(self):
        return self.order_by(F("issue_date").desc(nulls_last=True), "-pk")

    def for_listing(self):
        """What a row of the listing shows: metadata names and attached files, in a fixed number of queries."""
        return (
            self.with_validity()
            .select_related("document_type", "issuing_agency", "subject_area", "signer")
            .prefetch_related(
                models.Prefetch("files", queryset=LegalDocumentFile.objects.select_related("document")),
            )
        )


LegalDocumentManager = PageManager.from_queryset(LegalDocumentQuerySet)


# Pages --------------------------------------------------------------------------------


class LegalDocumentIndexPage(RoutablePageMixin, BasePage):
    """A library listing ("Văn bản chỉ đạo điều hành"): its documents, filtered, with a feed per filter.

    Filters come from the query string (``library/listing.py``); every combination has a
    shareable address and an RSS feed at ``rss/`` with the same query.
    """

    intro = RichTextField(
        _("introduction"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Shown above the list.")
    )
    per_page = models.PositiveSmallIntegerField(_("documents per page"), default=20, help_text=_("Between 5 and 50."))

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    promote_panels = [*BasePage.promote_panels, FieldPanel("per_page")]
    search_fields = [*page_search_fields(), FoldedSearchField("intro")]

    parent_page_types = LIBRARY_PARENTS
    subpage_types = ["library.LegalDocumentPage"]

    # The filters on managed lists: (query parameter, label, list, document field).
    term_filters = (
        TermFilter("loai", _("Type"), DocumentType, "document_type"),
        TermFilter("co-quan", _("Issuing agency"), IssuingAgency, "issuing_agency"),
        TermFilter("linh-vuc", pgettext_lazy("subject area", "Field"), SubjectArea, "subject_area"),
        TermFilter("nguoi-ky", _("Signer"), Signer, "signer"),
    )
    # The query parameters that change what this page shows: a whole-page cache keys on these only.
    cache_query_parameters = (*LibraryQuery.parameters(term_filters), "page")

    class Meta:
        verbose_name = _("legal documents library")
        verbose_name_plural = _("legal documents libraries")

    def get_summary_text(self):
        return self.intro

    def documents(self):
        """Every live, public document of this library in its language, newest first."""
        return (
            LegalDocumentPage.objects.descendant_of(self)
            .filter(locale_id=self.locale_id)
            .live()
            .public()
            .newest_first()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = LibraryQuery(self, request.GET, self.term_filters)
        per_page = min(max(self.per_page, 5), 50)
        context["query"] = query
        context["documents"] = paginate(request, query.apply(self.documents()).for_listing(), per_page)
        context["facets"] = query.facets(self.documents())
        context["feed_url"] = self.feed_url(request) + query.query_string(prefix="?")
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Unknown filter values are ignored and named in a notice above the list; the answer
        # is 404 so that links and crawlers learn the address is wrong (as news topics do).
        context = getattr(response, "context_data", None) or {}
        if context.get("query") is not None and context["query"].unknown:
            response.status_code = 404
        return response

    @path("rss/", name="feed")
    def feed(self, request):
        """The RSS 2.0 feed of this library, filtered by the same query as the list."""
        return serve_library_feed(request, self, LibraryQuery(self, request.GET, self.term_filters))

    def feed_url(self, request=None) -> str:
        return self.get_url(request=request) + self.reverse_subpage("feed")


class LegalDocumentPage(BasePage):
    """One legal or administrative document with its full metadata, files and relations."""

    number = models.CharField(
        _("number and symbol"),
        max_length=100,
        help_text=_("Số ký hiệu, exactly as printed, e.g. '15/2024/QĐ-UBND'."),
    )
    number_key = models.CharField(max_length=100, editable=False, db_index=True, default="")
    document_type = models.ForeignKey(
        DocumentType, verbose_name=_("document type"), on_delete=models.PROTECT, related_name="+"
    )
    issuing_agency = models.ForeignKey(
        IssuingAgency, verbose_name=_("issuing agency"), on_delete=models.PROTECT, related_name="+"
    )
    subject_area = models.ForeignKey(
        SubjectArea, verbose_name=_("field"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    signer = models.ForeignKey(
        Signer, verbose_name=_("signer"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    issue_date = models.DateField(_("issue date"), help_text=_("The date printed on the document."))
    effective_date = models.DateField(
        _("effective date"), null=True, blank=True, help_text=_("When it takes effect; empty if from the issue date.")
    )
    expiry_date = models.DateField(
        _("expiry date"), null=True, blank=True, help_text=_("When it ceases to have effect, if it says so itself.")
    )
    validity_override = models.CharField(
        _("validity (set by hand)"),
        max_length=30,
        choices=Validity.choices,
        blank=True,
        help_text=_(
            "Leave empty to compute it from the dates and the documents that amend or replace this one. "
            "Set it only when the dates and relations cannot tell (e.g. repealed by a national law)."
        ),
    )
    abstract = models.TextField(
        _("abstract"), help_text=_("Trích yếu: what the document is about, as printed under its number.")
    )
    search_text = models.TextField(editable=False, default="")

    objects = LegalDocumentManager()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("number"),
        FieldPanel("abstract"),
        MultiFieldPanel(
            [
                FieldPanel("document_type"),
                FieldPanel("issuing_agency"),
                FieldPanel("subject_area"),
                FieldPanel("signer"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("issue_date"), FieldPanel("effective_date"), FieldPanel("expiry_date")]),
                FieldPanel("validity_override"),
            ],
            heading=_("Dates and validity"),
        ),
        InlinePanel("files", heading=_("Files"), label=_("File"), min_num=0),
        InlinePanel("relations", heading=_("Relations to other documents"), label=_("Relation")),
    ]
    search_fields = [
        *page_search_fields(),
        FoldedSearchField("number", boost=3),
        FoldedSearchField("number_key", boost=3),
        index.AutocompleteField("number"),
        FoldedSearchField("abstract", boost=2),
        index.RelatedFields("document_type", [FoldedSearchField("name")]),
        index.RelatedFields("issuing_agency", [FoldedSearchField("name")]),
        index.RelatedFields("subject_area", [FoldedSearchField("name")]),
        index.RelatedFields("signer", [FoldedSearchField("name")]),
        index.FilterField("issue_date"),
        index.FilterField("effective_date"),
    ]
    # The number is the same in every language; the lists point at their English entries.
    override_translatable_fields = [SynchronizedField("number")]

    parent_page_types = ["library.LegalDocumentIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")

    def __str__(self):
        return self.title

    def get_summary_text(self):
        return self.abstract

    def save(self, *args, **kwargs):
        self.number_key = normalise_number(self.number)
        self.search_text = folded_words(f"{self.number} {self.title} {self.abstract}")
        super().save(*args, **kwargs)

    @property
    def validity(self) -> str:
        """This document's validity, computed as the listing computes it."""
        if hasattr(self, "computed_validity"):  # annotated by the listing's query
            return self.computed_validity
        if self.pk is not None:
            found = (
                LegalDocumentPage.objects.filter(pk=self.pk).with_validity().values_list("computed_validity", flat=True)
            )
            if found:
                return found[0]
        # A preview of a document not saved yet: only its own fields can tell.
        today = timezone.localdate()
        if self.validity_override:
            return self.validity_override
        if self.expiry_date and self.expiry_date <= today:
            return Validity.EXPIRED
        if self.effective_date and self.effective_date > today:
            return Validity.NOT_YET_IN_FORCE
        return Validity.IN_FORCE

    def get_validity_display(self) -> str:
        return Validity(self.validity).label

    def outgoing_relations(self):
        """(label, document) pairs for what this document does to others, in this document's language."""
        relations = list(self.relations.select_related("target"))
        targets = in_locale(LegalDocumentPage, [relation.target for relation in relations], self.locale)
        return [
            (relation.get_kind_display(), targets[relation.target_id])
            for relation in relations
            if targets[relation.target_id].live
        ]

    def incoming_relations(self):
        """(label, document) pairs for what other documents do to this one ("amended by", "replaced by"…).

        Relations are stored once, on the acting document, and copied to its translations:
        they are read here by translation key and counted once per acting document and kind.
        """
        if self.pk is None:
            return []
        relations = (
            DocumentRelation.objects.filter(target__translation_key=self.translation_key, source__live=True)
            .select_related("source")
            .order_by("source__issue_date", "pk")
        )
        seen, pairs = set(), []
        sources = in_locale(LegalDocumentPage, [relation.source for relation in relations], self.locale)
        for relation in relations:
            source = sources[relation.source_id]
            key = (source.translation_key, relation.kind)
            if key not in seen and source.live:
                seen.add(key)
                pairs.append((REVERSE_LABELS[relation.kind], source))
        return pairs

    def gazette_issues(self):
        """The gazette issues that published this document, in this document's language."""
        if self.pk is None:
            return []
        entries = GazetteEntry.objects.filter(
            document__translation_key=self.translation_key, issue__live=True
        ).select_related("issue")
        entries = entries.order_by("issue__date", "pk")
        issues = in_locale(GazetteIssuePage, [entry.issue for entry in entries], self.locale)
        unique = {issue.translation_key: issue for issue in issues.values() if issue.live}
        return list(unique.values())


class LegalDocumentFile(Orderable):
    """A file attached to a document: the signed PDF, a Word version, an appendix in Excel."""

    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        _("label"), max_length=255, blank=True, help_text=_("e.g. 'Phụ lục'; the file's title when empty.")
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    def display_label(self) -> str:
        return self.label or self.document.title

    def file_type(self) -> str:
        """What readers recognise: "PDF", "DOCX", "XLSX"."""
        return self.document.file_extension.upper()


class DocumentRelation(Orderable):
    """One document acting on another, stored once on the acting document (the source).

    The other side reads it back (``incoming_relations``), so both sides always agree.
    """

    source = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        LegalDocumentPage,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="incoming_relation_rows",
        help_text=_("The document this one acts on."),
    )

    panels = [FieldPanel("kind"), PageChooserPanel("target", "library.LegalDocumentPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("relation")


class GazetteIndexPage(BasePage):
    """The official gazette ("Công báo"): its issues, newest first."""

    intro = RichTextField(
        _("introduction"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Shown above the list of issues.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*page_search_fields(), FoldedSearchField("intro")]

    parent_page_types = LIBRARY_PARENTS
    subpage_types = ["library.GazetteIssuePage"]

    class Meta:
        verbose_name = _("official gazette")

    def get_summary_text(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        issues = GazetteIssuePage.objects.child_of(self).live().public().order_by("-date", "-pk").select_related("pdf")
        context["issues"] = paginate(request, issues, 20)
        return context


class GazetteIssuePage(BasePage):
    """One issue of the gazette: its number, date, the documents it publishes and its PDF."""

    number = models.CharField(_("issue number"), max_length=50, help_text=_("e.g. '01/2024'."))
    date = models.DateField(_("issue date"))
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF of the issue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("number"), FieldPanel("date")]),
        FieldPanel("pdf"),
        InlinePanel("entries", heading=_("Documents in this issue"), label=_("Document")),
    ]
    search_fields = [*page_search_fields(), FoldedSearchField("number"), index.FilterField("date")]
    override_translatable_fields = [SynchronizedField("number")]

    parent_page_types = ["library.GazetteIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("gazette issue")

    def documents(self):
        """The documents of this issue in its language (their Vietnamese original when not translated)."""
        entries = list(self.entries.select_related("document"))
        documents = in_locale(LegalDocumentPage, [entry.document for entry in entries], self.locale)
        return [documents[entry.document_id] for entry in entries if documents[entry.document_id].live]


class GazetteEntry(Orderable):
    """A document published in a gazette issue."""

    issue = ParentalKey(GazetteIssuePage, on_delete=models.CASCADE, related_name="entries")
    document = models.ForeignKey(
        LegalDocumentPage, verbose_name=_("document"), on_delete=models.CASCADE, related_name="gazette_entries"
    )

    panels = [PageChooserPanel("document", "library.LegalDocumentPage")]


invalidate_on_change(DocumentType, IssuingAgency, SubjectArea, Signer)
