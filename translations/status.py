"""Where the English version of every Vietnamese page and translatable snippet stands.

One row per live Vietnamese page and per Vietnamese snippet row, in a fixed number of queries
whatever the size of the site: pages, their English versions, the translation sources with
their progress, and two queries per translatable snippet model.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationLog, TranslationSource

MISSING = "missing"
IN_PROGRESS = "in_progress"
LIVE = "live"
OUTDATED = "outdated"
STATES = [
    (MISSING, _("Missing")),
    (IN_PROGRESS, _("In progress")),
    (LIVE, _("Live")),
    (OUTDATED, _("Outdated")),
]
STATE_LABELS = dict(STATES)


@dataclass
class StatusRow:
    title: str
    type_key: str  # "app_label.model": the filter value
    type_label: str
    section_id: int | None
    section_title: str
    source_edit_url: str
    state: str
    done: int | None  # translated strings, when wagtail-localize manages the translation
    total: int | None
    required: bool
    translate_url: str = ""
    sync_url: str = ""
    english_edit_url: str = ""
    review_url: str = ""  # send the English draft for review (pages in progress with a synced translation)
    source_changed_at: datetime | None = None

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def share(self) -> int | None:
        """Percentage of strings translated (100 when there is nothing to translate)."""
        if self.total is None:
            return None
        return 100 if not self.total else round(100 * self.done / self.total)

    @property
    def flagged(self) -> bool:
        """A page the law requires in English whose English is missing, unfinished or stale."""
        return self.required and self.state != LIVE


@dataclass
class SourceInfo:
    id: int
    total: int
    done: int
    last_updated_at: datetime
    last_translated_at: datetime | None
    has_enabled_translation: bool


def english_locale() -> Locale | None:
    return Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code").first()


def _sources(source_locale: Locale, target_locale: Locale) -> dict[tuple[str, int], SourceInfo]:
    """Translation sources by (translation key, content type id), with progress into the target."""
    segments = StringSegment.objects.filter(source=OuterRef("pk")).order_by().values("source")
    translated = segments.filter(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=target_locale.pk,
                has_error=False,
            )
        )
    )
    count = Count("pk")
    last_log = (
        TranslationLog.objects.filter(source=OuterRef("pk"), locale_id=target_locale.pk)
        .order_by()
        .values("source")
        .annotate(last=Max("created_at"))
        .values("last")
    )
    rows = (
        TranslationSource.objects.filter(locale=source_locale)
        .annotate(
            total=Coalesce(Subquery(segments.annotate(n=count).values("n"), output_field=IntegerField()), 0),
            done=Coalesce(Subquery(translated.annotate(n=count).values("n"), output_field=IntegerField()), 0),
            last_translated_at=Subquery(last_log),
            has_enabled=Exists(
                Translation.objects.filter(source=OuterRef("pk"), target_locale=target_locale, enabled=True)
            ),
        )
        .select_related("object")
        .values_list(
            "pk",
            "object_id",
            "object__content_type_id",
            "total",
            "done",
            "last_updated_at",
            "last_translated_at",
            "has_enabled",
        )
    )
    return {
        (str(key), content_type_id): SourceInfo(pk, total, done, updated, translated_at, enabled)
        for pk, key, content_type_id, total, done, updated, translated_at, enabled in rows
    }


def _state(original_published_at, english, source: SourceInfo | None) -> tuple[str, int | None, int | None]:
    """The English state of one item, and its progress when wagtail-localize manages it."""
    if english is None:
        return MISSING, None, None
    done = total = None
    if source is not None and source.has_enabled_translation:
        done, total = source.done, source.total
    if not english["live"]:
        return IN_PROGRESS, done, total
    english_at = english.get("last_published_at") or (source.last_translated_at if source else None)
    changed_at = source.last_updated_at if source is not None else original_published_at
    if changed_at and english_at and changed_at > english_at:
        return OUTDATED, done, total
    if total is not None and done < total:
        return IN_PROGRESS, done, total
    return LIVE, done, total


def page_rows(source_locale: Locale, target_locale: Locale, sources) -> list[StatusRow]:
    fields = ["id", "title", "path", "depth", "url_path", "translation_key", "content_type_id", "last_published_at"]
    originals = list(
        Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True, live=True)
        .order_by("path")
        .values(*fields)
    )
    english = {
        row["translation_key"]: row
        for row in Page.objects.filter(locale=target_locale, alias_of__isnull=True).values(
            "id", "translation_key", "live", "last_published_at"
        )
    }
    steplen = Page.steplen
    by_path = {row["path"]: row for row in originals}
    required = set(getattr(settings, "PORTAL_ENGLISH_REQUIRED_PAGES", []))
    rows = []
    for page in originals:
        home = by_path.get(page["path"][: 2 * steplen])
        section = by_path.get(page["path"][: 3 * steplen]) if page["depth"] >= 3 else None
        relative = page["url_path"][len(home["url_path"]) :] if home else ""
        content_type = ContentType.objects.get_for_id(page["content_type_id"])
        model = content_type.model_class()
        target = english.get(page["translation_key"])
        source = sources.get((str(page["translation_key"]), _root_content_type_id(Page)))
        state, done, total = _state(page["last_published_at"], target, source)
        row = StatusRow(
            title=page["title"],
            type_key=f"{content_type.app_label}.{content_type.model}",
            type_label=str(model._meta.verbose_name) if model else content_type.model,
            section_id=section["id"] if section else None,
            section_title=section["title"] if section else "",
            source_edit_url=reverse("wagtailadmin_pages:edit", args=[page["id"]]),
            state=state,
            done=done,
            total=total,
            required=relative in required,
            source_changed_at=source.last_updated_at if source else page["last_published_at"],
        )
        if target is None:
            row.translate_url = (
                reverse("wagtail_localize:submit_page_translation", args=[page["id"]])
                + f"?select_locale={target_locale.language_code}"
            )
        else:
            row.english_edit_url = reverse("wagtailadmin_pages:edit", args=[target["id"]])
        if source is not None and source.has_enabled_translation:
            row.sync_url = reverse("wagtail_localize:update_translations", args=[source.id])
            if target is not None and state == IN_PROGRESS:
                row.review_url = reverse("translation_submit_for_review", args=[target["id"]])
        rows.append(row)
    return rows


def _root_content_type_id(model) -> int:
    """wagtail-localize keys objects by the content type of the model that has TranslatableMixin."""
    return ContentType.objects.get_for_model(model.get_translation_model()).pk


def translatable_snippet_models() -> list[type]:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def snippet_rows(source_locale: Locale, target_locale: Locale, sources) -> list[StatusRow]:
    required = {name.lower() for name in getattr(settings, "PORTAL_ENGLISH_REQUIRED_SNIPPETS", [])}
    rows = []
    for model in translatable_snippet_models():
        opts = model._meta
        has_dates = any(field.name == "last_published_at" for field in opts.get_fields())
        english_fields = ["pk", "translation_key"] + (["live", "last_published_at"] if has_dates else [])
        english = {
            row["translation_key"]: {"live": True, **row}
            for row in model.objects.filter(locale=target_locale).values(*english_fields)
        }
        content_type_id = _root_content_type_id(model)
        type_key = f"{opts.app_label}.{opts.model_name}"
        for item in model.objects.filter(locale=source_locale):
            if has_dates and not item.live:
                continue
            target = english.get(item.translation_key)
            source = sources.get((str(item.translation_key), content_type_id))
            state, done, total = _state(getattr(item, "last_published_at", None), target, source)
            url_name = f"wagtailsnippets_{opts.app_label}_{opts.model_name}"
            row = StatusRow(
                title=str(item),
                type_key=type_key,
                type_label=str(opts.verbose_name),
                section_id=None,
                section_title="",
                source_edit_url=reverse(f"{url_name}:edit", args=[quote(item.pk)]),
                state=state,
                done=done,
                total=total,
                required=f"{opts.app_label}.{opts.object_name}".lower() in required,
                source_changed_at=source.last_updated_at if source else None,
            )
            if target is None:
                snippet_args = [opts.app_label, opts.model_name, quote(item.pk)]
                url = reverse("wagtail_localize:submit_snippet_translation", args=snippet_args)
                row.translate_url = f"{url}?select_locale={target_locale.language_code}"
            else:
                row.english_edit_url = reverse(f"{url_name}:edit", args=[quote(target["pk"])])
            if source is not None and source.has_enabled_translation:
                row.sync_url = reverse("wagtail_localize:update_translations", args=[source.id])
            rows.append(row)
    return rows


def status_rows() -> list[StatusRow]:
    """Every Vietnamese page and translatable snippet with the state of its English version."""
    target_locale = english_locale()
    if target_locale is None:
        return []
    source_locale = Locale.get_default()
    sources = _sources(source_locale, target_locale)
    return page_rows(source_locale, target_locale, sources) + snippet_rows(source_locale, target_locale, sources)


def state_counts(rows: list[StatusRow]) -> dict[str, int]:
    counts = {state: 0 for state, _label in STATES}
    for row in rows:
        counts[row.state] += 1
    return counts
