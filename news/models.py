from datetime import timedelta
from urllib.parse import urlencode

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, PageManager, RevisionMixin, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.blocks import BODY_IMAGE_SIZES, RICH_TEXT_FEATURES, BodyStreamBlock
from core.cache import invalidate_on_change
from core.models import BasePage
from core.pagination import paginate
from core.queries import public_for_request
from core.renditions import SHARE_IMAGE, register_image_sizes
from core.text import ascii_slug
from search.fields import BODY_BOOST, LEAD_BOOST, FoldedSearchField, page_search_fields

from .feeds import serve_feed

TOPIC_PARAMETER = "chu-de"


class Topic(DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """A news topic ("Xây dựng Đảng", "Nông nghiệp"): links related articles across categories."""

    # Drafts and revisions: a translation stays a draft until a translator publishes it.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="topic")

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, allow_unicode=False, blank=True, help_text=_("Made from the name when left empty.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = ascii_slug(self.name, max_length=100)
        super().save(*args, **kwargs)


class NewsPageQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by(F("date").desc(nulls_last=True), "-pk")

    def for_listing(self, renditions=True):
        """What a list of article cards needs: no body, the thumbnail in the same few queries.

        ``renditions=False`` when the caller fetches the renditions of several lists at once.
        """
        articles = self.newest_first().defer_streamfields().select_related("featured_image")
        return articles.prefetch_related("featured_image__renditions") if renditions else articles


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(RoutablePageMixin, BasePage):
    """A news category ("Tin tức - Sự kiện", "Chính trị", "Kinh tế"); categories nest.

    It lists the articles below it, newest first, and can be filtered by topic,
    and offers them as an RSS feed at ``<category>/rss/``.
    """

    intro = RichTextField(
        _("introduction"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Shown above the list.")
    )
    show_on_home = models.BooleanField(
        _("show on the home page"),
        default=False,
        help_text=_("Give this category its own block of latest articles on the home page."),
    )
    per_page = models.PositiveSmallIntegerField(_("articles per page"), default=12, help_text=_("Between 5 and 50."))

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    promote_panels = [*BasePage.promote_panels, FieldPanel("show_on_home"), FieldPanel("per_page")]
    cache_query_parameters = ("page", TOPIC_PARAMETER)
    search_fields = page_search_fields(FoldedSearchField("intro", boost=LEAD_BOOST))

    parent_page_types = ["home.HomePage", "news.NewsIndexPage", "sections.SectionPage"]
    subpage_types = ["news.NewsIndexPage", "news.NewsPage"]

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def get_summary_text(self):
        return self.intro

    def articles(self, request=None):
        articles = NewsPage.objects.live().descendant_of(self).filter(locale_id=self.locale_id)
        return public_for_request(articles, request).for_listing()

    def selected_topic(self, request):
        slug = request.GET.get(TOPIC_PARAMETER, "")
        if not slug or len(slug) > 100 or "\x00" in slug:  # PostgreSQL refuses NUL bytes
            return None
        return Topic.objects.filter(slug=slug, locale_id=self.locale_id, live=True).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles(request)
        topic = self.selected_topic(request)
        if topic is None and request.GET.get(TOPIC_PARAMETER):
            context["unknown_topic"] = request.GET[TOPIC_PARAMETER][:100].replace("\x00", "")
        if topic is not None:
            articles = articles.filter(topics__translation_key=topic.translation_key)
        per_page = min(max(self.per_page, 5), 50)
        context["topic"] = topic
        context["extra_query"] = urlencode({TOPIC_PARAMETER: topic.slug}) if topic else ""
        context["articles"] = paginate(request, articles, per_page)
        subcategories = public_for_request(self.get_children().live(), request)
        context["subcategories"] = subcategories.type(NewsIndexPage).order_by("path")
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # An unknown ?chu-de= still lists the category, with a notice, but answers 404 so
        # that links and crawlers learn the address is wrong.
        if (getattr(response, "context_data", None) or {}).get("unknown_topic"):
            response.status_code = 404
        return response

    @path("rss/", name="feed")
    def feed(self, request):
        """The RSS 2.0 feed of this category, subcategories included."""
        return serve_feed(request, self)

    def feed_articles(self):
        """What the feed lists: the newest articles of this category and its subcategories, with their topics."""
        return (
            NewsPage.objects.descendant_of(self)
            .filter(locale_id=self.locale_id)
            .live()
            .public()
            .newest_first()
            .defer_streamfields()
            .prefetch_related("topics")
        )

    def topic_names(self) -> dict:
        """Topic names in this category's language, by translation key.

        Translated articles keep the Vietnamese topics they were copied with: the feed
        names them in its own language, all in one query.
        """
        return dict(Topic.objects.filter(locale_id=self.locale_id, live=True).values_list("translation_key", "name"))

    def feed_url(self, request=None):
        """Where this category's feed answers: its own address plus the ``rss/`` route."""
        url = self.get_url(request=request)
        return url + self.reverse_subpage("feed") if url else None

    @classmethod
    def category_blocks(cls, home, articles, per_category=4, request=None):
        """The home page's "a block per main category": (category, its latest ``articles``) pairs."""
        categories = cls.objects.live().descendant_of(home).filter(show_on_home=True, locale_id=home.locale_id)
        categories = public_for_request(categories, request)
        return [
            (category, list(articles.descendant_of(category)[:per_category]))
            for category in categories.order_by("path")
        ]


class NewsPage(BasePage):
    """A news article ("Chi tiết tin"): lead, body, author line and the reader counters."""

    date = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Shown on the article; defaults to when it is first published."),
    )
    lead = models.TextField(_("lead"), help_text=_("The summary (sapo) shown in bold above the body and in lists."))
    featured_image = models.ForeignKey(
        "core.PortalImage",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the article and as its thumbnail in lists and shares."),
    )
    featured_image_caption = models.CharField(_("caption"), max_length=500, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    author = models.CharField(_("author"), max_length=255, blank=True, help_text=_("The byline, e.g. 'Hữu Thiện'."))
    source = models.CharField(
        _("source"), max_length=255, blank=True, help_text=_("Where the article comes from, if not written here.")
    )
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="articles")
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Show in the home page's featured slideshow.")
    )

    objects = NewsPageManager()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("featured_image"), FieldPanel("featured_image_caption")],
            heading=_("Featured image"),
        ),
        FieldPanel("body"),
        FieldPanel("author"),
        FieldPanel("source"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("featured"),
    ]
    search_fields = page_search_fields(
        FoldedSearchField("lead", boost=LEAD_BOOST),
        FoldedSearchField("body", boost=BODY_BOOST),
        FoldedSearchField("author", boost=BODY_BOOST),
        index.FilterField("date"),
        index.FilterField("featured"),
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    # What the article says about itself (core/metadata.py): the seo app renders it.
    open_graph_type = "article"

    def get_summary_text(self):
        return self.lead

    def get_share_image(self):
        return self.featured_image

    def get_share_image_alt(self):
        return self.featured_image_caption or super().get_share_image_alt()

    def get_published_at(self):
        return self.date

    def get_modified_at(self):
        return self.last_published_at or self.date

    def get_creator(self, meta):
        return self.author or meta.publisher

    def get_json_ld(self, meta):
        """schema.org ``NewsArticle``: headline, dates, author, publisher and photo, for search engines."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.get_meta_description(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": {"@type": "WebPage", "@id": meta.canonical},
            "url": meta.canonical,
            "author": {"@type": "Person", "name": self.author}
            if self.author
            else {"@type": "Organization", "name": meta.publisher},
            "publisher": {
                "@type": "Organization",
                "name": meta.publisher,
                "logo": {"@type": "ImageObject", "url": meta.logo_url},
            },
        }
        if self.get_published_at():
            data["datePublished"] = localtime(self.get_published_at()).isoformat()
        if self.get_modified_at():
            data["dateModified"] = localtime(self.get_modified_at()).isoformat()
        if meta.image_url:
            data["image"] = [meta.image_url]
        return data

    def clean(self):
        super().clean()
        if self.date and self.date > timezone.now() + timedelta(minutes=5) and not self.go_live_at:
            raise ValidationError(
                {
                    "date": _(
                        "The publication date is in the future. To publish the article later, "
                        "set its go-live date (Settings tab) instead."
                    )
                }
            )

    def save(self, *args, **kwargs):
        if self.date is None and (self.first_published_at or self.live):
            self.date = self.first_published_at or timezone.now()
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        # The date is filled in on first publish, after the revision was written: show it
        # in the editor's next revision instead of an empty field.
        page = super().with_content_json(content)
        if page.date is None:
            page.date = self.date
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Here rather than in the template, to share the request's read of the private sections.
        context["other_articles"] = self.other_articles(request=request)
        context["related_articles"] = self.related_articles(request=request)
        return context

    def other_articles(self, count=6, request=None):
        """ "Các tin khác": the newest other articles of the same category."""
        siblings = NewsPage.objects.live().sibling_of(self, inclusive=False)
        return public_for_request(siblings, request).for_listing()[:count]

    def related_articles(self, count=5, request=None):
        """ "Tin liên quan": the newest articles sharing a topic, from any category."""
        if self.pk is None:  # a preview of an unsaved article
            return NewsPage.objects.none()
        topic_keys = Topic.objects.filter(articles=self).values("translation_key")
        return (
            public_for_request(NewsPage.objects.live(), request)
            .filter(locale_id=self.locale_id, topics__translation_key__in=topic_keys)
            .exclude(pk=self.pk)
            .distinct()
            .for_listing()[:count]
        )


invalidate_on_change(Topic)

# Made when an article is published (core/renditions.py): the article itself and its share
# image (news_page.html), its card in lists (article_card.html), the home page's slideshow.
FEATURED_IMAGE_SIZES = (SHARE_IMAGE, "width-800", "fill-320x200", "fill-640x360")
register_image_sizes(NewsPage, "featured_image", FEATURED_IMAGE_SIZES)
register_image_sizes(NewsPage, "body", BODY_IMAGE_SIZES)
