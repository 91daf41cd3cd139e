"""Citizen participation: questions and answers (Hỏi đáp) and comments on draft documents.

Two kinds of records live here, kept apart on purpose:

- what a citizen sends (``Question``, ``DraftComment``) holds personal data (name, email,
  phone, attachment). Those rows are plain models, seen only by moderators in the admin,
  never rendered on a public page, in a feed or in the search index, and erased after the
  retention period (``manage.py erase_expired_personal_data``);
- what the public reads (``AnswerPage``, ``ConsultationPage``, the published comment text) is a
  page or a moderated text without any personal data, so the site search, the sitemap and the
  whole-page cache treat it like any other content.
"""

import secrets
import uuid
from datetime import date, timedelta

from django.conf import settings
from django.contrib.admin import display as admin_display
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage
from core.pagination import paginate
from core.queries import reader_language
from core.text import ascii_slug
from search.fields import FoldedSearchField, page_search_fields

from .forms import CommentForm, QuestionForm, StatusForm
from .workdays import WorkingCalendar, answer_working_days

TOPIC_PARAMETER = "linh-vuc"
SEARCH_PARAMETER = "q"
TRACKING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the phone
DUE_SOON_WORKING_DAYS = 3


# Reference data ------------------------------------------------------------------------


class QuestionTopic(TranslatableMixin, models.Model):
    """A field of questions ("Đất đai", "Thuế", "Lao động"): the public list is grouped by it."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_("Used in the address of the filtered list; made from the name."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question topic")
        verbose_name_plural = _("question topics")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = ascii_slug(self.name, max_length=100)
        super().save(*args, **kwargs)


class Unit(models.Model):
    """A department or agency that questions are assigned to ("Sở Tài nguyên và Môi trường")."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    email = models.EmailField(_("email"), blank=True, help_text=_("Where the unit receives assigned questions."))

    panels = [FieldPanel("name"), FieldPanel("email")]

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PublicHoliday(models.Model):
    """A day in the working calendar: a public holiday, a compensatory day off, or a make-up working day.

    Vietnam's holidays follow the lunar calendar (Tết, Giỗ Tổ Hùng Vương) and the government
    moves days each year, so the calendar is data that editors extend, not a formula.
    """

    class Kind(models.TextChoices):
        HOLIDAY = "holiday", _("public holiday")
        DAY_OFF = "day_off", _("compensatory day off")
        WORKING_DAY = "working_day", _("make-up working day (a weekend day worked)")

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=200, help_text=_("For example 'Tết Nguyên đán (mùng 1)'."))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.HOLIDAY)

    panels = [FieldPanel("date"), FieldPanel("name"), FieldPanel("kind")]

    class Meta:
        verbose_name = _("public holiday")
        verbose_name_plural = _("public holidays")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.name}"

    @classmethod
    def calendar(cls) -> WorkingCalendar:
        days_off, working = set(), set()
        for day, kind in cls.objects.values_list("date", "kind"):
            (working if kind == cls.Kind.WORKING_DAY else days_off).add(day)
        return WorkingCalendar(days_off=days_off, extra_working_days=working)


# Questions -----------------------------------------------------------------------------


def new_tracking_code() -> str:
    """ "HD-" and 8 random characters: unguessable, and short enough to read out."""
    return "HD-" + "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(8))


def private_storage() -> FileSystemStorage:
    """Attachments live outside MEDIA_ROOT: nothing serves them but the moderators' admin view."""
    return FileSystemStorage(location=settings.PARTICIPATION_PRIVATE_ROOT)


def attachment_path(question, filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"questions/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{extension}"


class QuestionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=[Question.Status.RECEIVED, Question.Status.ASSIGNED])

    def overdue(self, today: date | None = None):
        return self.open().filter(due_on__lt=today or timezone.localdate())

    def due_soon(self, today: date | None = None):
        today = today or timezone.localdate()
        limit = PublicHoliday.calendar().add_working_days(today, DUE_SOON_WORKING_DAYS)
        return self.open().filter(due_on__gte=today, due_on__lte=limit)


class Question(models.Model):
    """A question a citizen or business sent through the public form: private, seen only by moderators.

    Its public face, once answered and judged of general interest, is an ``AnswerPage``
    without the asker's name, email, phone or attachment.
    """

    class Status(models.TextChoices):
        RECEIVED = "received", _("received")
        ASSIGNED = "assigned", _("assigned to a unit")
        ANSWERED = "answered", _("answered")
        DECLINED = "declined", _("declined")

    tracking_code = models.CharField(_("tracking code"), max_length=16, unique=True, editable=False)
    language = models.CharField(
        _("language"), max_length=8, default="vi", editable=False, help_text=_("The language of the emails.")
    )
    asked_through = models.ForeignKey(
        "participation.QuestionIndexPage",
        verbose_name=_("asked through"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text=_("The Q&A page where the question was asked; its answer is published there."),
    )
    # Personal data: erased after the retention period.
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    attachment = models.FileField(
        _("attachment"),
        upload_to=attachment_path,
        storage=private_storage,
        blank=True,
        validators=[FileExtensionValidator(["pdf", "png", "jpg", "jpeg"])],
        help_text=_("Only moderators can open it; it is never published."),
    )
    # The question itself.
    topic = models.ForeignKey(
        QuestionTopic, verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("question"))
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    due_on = models.DateField(_("answer due on"), help_text=_("Counted in working days from the day of receipt."))
    # Moderation.
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED)
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("assigned unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    answer = models.TextField(_("answer"), blank=True, help_text=_("The answer, or the unit's reply pasted in."))
    decline_reason = models.TextField(_("reason for declining"), blank=True, help_text=_("Shown to the asker."))
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answer_emailed_at = models.DateTimeField(_("answer emailed at"), null=True, blank=True, editable=False)
    answer_page = models.OneToOneField(
        "participation.AnswerPage",
        verbose_name=_("published answer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_question",
        editable=False,
    )
    personal_data_erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True, editable=False)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.tracking_code} {self.title}"

    def save(self, *args, **kwargs):
        if not self.tracking_code:
            self.tracking_code = new_tracking_code()
            while Question.objects.filter(tracking_code=self.tracking_code).exists():
                self.tracking_code = new_tracking_code()
        if not self.due_on:
            received = timezone.localdate(self.submitted_at)
            self.due_on = PublicHoliday.calendar().add_working_days(received, answer_working_days())
        if self.status in (self.Status.ANSWERED, self.Status.DECLINED) and not self.answered_at:
            self.answered_at = timezone.now()
        if self.unit_id and self.status == self.Status.RECEIVED:
            self.status = self.Status.ASSIGNED
        super().save(*args, **kwargs)

    @admin_display(description=_("overdue"))
    def overdue_label(self) -> str:
        return _("Overdue") if self.is_overdue else ""

    @admin_display(description=_("attachment"))
    def attachment_link(self) -> str:
        if not self.attachment:
            return ""
        return format_html('<a href="{}">{}</a>', reverse("participation_attachment", args=[self.pk]), _("Download"))

    @property
    def is_overdue(self) -> bool:
        return self.status in (self.Status.RECEIVED, self.Status.ASSIGNED) and self.due_on < timezone.localdate()

    @property
    def answered_on_time(self) -> bool | None:
        if not self.answered_at:
            return None
        return timezone.localdate(self.answered_at) <= self.due_on

    def erase_personal_data(self) -> None:
        if self.attachment:
            self.attachment.delete(save=False)
        self.name = ""
        self.email = ""
        self.phone = ""
        self.attachment = ""
        self.personal_data_erased_at = timezone.now()
        self.save(update_fields=["name", "email", "phone", "attachment", "personal_data_erased_at"])


def on_time_share(today: date | None = None) -> dict:
    """Questions answered (or declined with a reason) in the last 12 months, and how many on time."""
    today = today or timezone.localdate()
    since = today - timedelta(days=365)
    closed = Question.objects.filter(answered_at__date__gt=since, answered_at__date__lte=today)
    total = closed.count()
    on_time = closed.filter(answered_at__date__lte=models.F("due_on")).count()
    return {"total": total, "on_time": on_time, "percent": round(100 * on_time / total) if total else None}


# Public pages: questions and answers -------------------------------------------------


class QuestionIndexPage(RoutablePageMixin, BasePage):
    """ "Hỏi đáp": the published answers by topic and date, the question form and the status page.

    The form and the status lookup are GET pages without a CSRF token or a cookie, so the
    whole-page cache keeps them; they post to uncached endpoints (``participation.views``).
    """

    intro = RichTextField(
        _("introduction"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Shown above the list.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*page_search_fields(), FoldedSearchField("intro")]

    parent_page_types = ["home.HomePage", "sections.SectionPage"]
    subpage_types = ["participation.AnswerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("questions and answers page")

    def get_summary_text(self):
        return self.intro

    def answers(self):
        return AnswerPage.objects.child_of(self).live().public().select_related("topic").order_by("-answered_on", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        answers = self.answers()
        topics = QuestionTopic.objects.filter(locale__language_code=reader_language())
        topic = None
        slug = request.GET.get(TOPIC_PARAMETER, "")[:100]
        if slug:
            topic = topics.filter(slug=slug).first()
            if topic:
                answers = answers.filter(topic=topic)
        query = request.GET.get(SEARCH_PARAMETER, "").strip()[:200]
        if query:
            answers = answers.search(query)
        context.update(
            answers=paginate(request, answers, 10),
            topics=topics,
            current_topic=topic,
            search_query=query,
            on_time=on_time_share(),
            working_days=answer_working_days(),
            retention_days=retention_days(),
        )
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("dat-cau-hoi/", name="ask")
    def ask(self, request):
        return self.render(
            request,
            template="participation/question_form.html",
            context_overrides={"form": self.question_form()},
        )

    @path("tra-cuu/", name="track")
    def track(self, request):
        return self.render(
            request,
            template="participation/question_status.html",
            context_overrides={"form": self.status_form()},
        )

    def question_form(self, data=None, files=None):
        topics = QuestionTopic.objects.filter(locale__language_code=reader_language())
        if not topics.exists():  # topics not translated yet: offer the default language's
            topics = QuestionTopic.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        return QuestionForm(data, files, topics=topics)

    def status_form(self, data=None):
        return StatusForm(data)


class AnswerPage(BasePage):
    """A published answer: the question without the asker's personal data, and the answer."""

    topic = models.ForeignKey(
        QuestionTopic, verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    question = models.TextField(_("question"), help_text=_("The question as published: no name, address or phone."))
    answer = RichTextField(_("answer"), features=RICH_TEXT_FEATURES)
    answering_unit = models.CharField(_("answered by"), max_length=200, blank=True)
    asked_on = models.DateField(_("asked on"), null=True, blank=True)
    answered_on = models.DateField(_("answered on"), default=date.today)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("topic"),
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldRowPanel([FieldPanel("answering_unit"), FieldPanel("asked_on"), FieldPanel("answered_on")]),
    ]
    search_fields = [
        *page_search_fields(),
        FoldedSearchField("question"),
        FoldedSearchField("answer"),
        FoldedSearchField("answering_unit"),
        index.FilterField("topic"),
        index.FilterField("answered_on"),
    ]

    parent_page_types = ["participation.QuestionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("published answer")

    def get_summary_text(self):
        return self.question


# Public pages: comments on draft documents ---------------------------------------------


class DraftArticleBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("number"), max_length=20, help_text=_("For example 'Điều 3'."))
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Article")
        template = "participation/blocks/draft_article.html"


class ConsultationIndexPage(BasePage):
    """ "Góp ý dự thảo văn bản": the drafts open for comment first, then the closed ones, with counts."""

    intro = RichTextField(
        _("introduction"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Shown above the list.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*page_search_fields(), FoldedSearchField("intro")]

    parent_page_types = ["home.HomePage", "sections.SectionPage"]
    subpage_types = ["participation.ConsultationPage"]

    class Meta:
        verbose_name = _("consultations page")

    def get_summary_text(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        consultations = (
            ConsultationPage.objects.child_of(self)
            .live()
            .public()
            .annotate(published_comments=Count("comments", filter=Q(comments__status=DraftComment.Status.PUBLISHED)))
        )
        open_now = list(consultations.filter(opens_on__lte=today, closes_on__gte=today).order_by("closes_on"))
        closed = list(consultations.filter(closes_on__lt=today).order_by("-closes_on"))
        upcoming = list(consultations.filter(opens_on__gt=today).order_by("opens_on"))
        context.update(open_consultations=open_now, closed_consultations=closed, upcoming_consultations=upcoming)
        return context


class ConsultationPage(BasePage):
    """One draft document open for comment: full text, files, agency, dates, comments and the response."""

    drafting_agency = models.CharField(_("drafting agency"), max_length=200)
    summary = models.TextField(_("summary"), blank=True, help_text=_("What the draft is about, in a few lines."))
    opens_on = models.DateField(_("open for comment from"))
    closes_on = models.DateField(_("comment deadline"), help_text=_("Comments are accepted until the end of this day."))
    articles = StreamField(
        [("article", DraftArticleBlock())],
        blank=True,
        verbose_name=_("full text"),
        help_text=_("The draft article by article: readers can comment on a chosen article."),
    )
    response_report = RichTextField(
        _("response report"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The drafting agency's response: what was accepted, what not, and why."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("drafting_agency"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
        FieldPanel("articles"),
        InlinePanel("files", label=_("files")),
        FieldPanel("response_report"),
    ]
    search_fields = [
        *page_search_fields(),
        FoldedSearchField("summary"),
        FoldedSearchField("drafting_agency"),
        FoldedSearchField("articles"),
        FoldedSearchField("response_report"),
    ]

    parent_page_types = ["participation.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation")

    def get_summary_text(self):
        return self.summary

    def clean(self):
        super().clean()
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("The deadline cannot be before the opening date.")})

    def is_open(self, today: date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.opens_on <= today <= self.closes_on

    def has_closed(self, today: date | None = None) -> bool:
        return (today or timezone.localdate()) > self.closes_on

    def days_left(self, today: date | None = None) -> int:
        """Calendar days left, today included (1 on the last day)."""
        return max((self.closes_on - (today or timezone.localdate())).days + 1, 0)

    def article_choices(self) -> list[tuple[str, str]]:
        choices = []
        for block in self.articles:
            label = block.value["number"]
            if block.value["heading"]:
                label = f"{label}. {block.value['heading']}"
            choices.append((block.value["number"], label))
        return choices

    def published_comments(self):
        return self.comments.filter(status=DraftComment.Status.PUBLISHED).order_by("submitted_at")

    def comment_form(self, data=None):
        return CommentForm(data, article_choices=self.article_choices())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", self.comment_form() if self.is_open() else None)
        context["comments"] = self.published_comments()
        context["retention_days"] = retention_days()
        return context


class ConsultationFile(Orderable):
    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Leave empty to use the document's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    @property
    def display_title(self) -> str:
        return self.title or self.document.title


class DraftComment(models.Model):
    """A comment on a draft: published only after a moderator approves it, without the email."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for moderation")
        PUBLISHED = "published", _("published")
        REJECTED = "rejected", _("rejected")

    consultation = models.ForeignKey(
        ConsultationPage, verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="comments"
    )
    article = models.CharField(
        _("article"), max_length=20, blank=True, help_text=_("The article commented on, if any.")
    )
    # Personal data: erased after the retention period; never shown publicly.
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("Shown with the published comment; a citizen's comment is shown as 'A citizen'."),
    )
    body = models.TextField(_("comment"))
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    personal_data_erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True, editable=False)

    panels = [
        MultiFieldPanel([FieldPanel("consultation", read_only=True), FieldPanel("article")], heading=_("Draft")),
        FieldPanel("organisation"),
        FieldPanel("body"),
        FieldPanel("status"),
    ]

    class Meta:
        verbose_name = _("comment on a draft")
        verbose_name_plural = _("comments on drafts")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.consultation.title}: {self.body[:60]}"

    def erase_personal_data(self) -> None:
        self.name = ""
        self.email = ""
        self.personal_data_erased_at = timezone.now()
        self.save(update_fields=["name", "email", "personal_data_erased_at"])


def retention_days() -> int:
    return int(getattr(settings, "PARTICIPATION_PERSONAL_DATA_RETENTION_DAYS", 365 * 2))
