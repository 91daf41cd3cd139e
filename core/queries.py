"""Query helpers that keep the number of queries per page constant.

Wagtail's ``Locale.get_active()``, ``QuerySet.public()`` and ``Page.localized``
each spend a query every time they are called; a page that lists thirty
entries would call them thirty times. These helpers answer the same questions
once per request (or once per content generation).
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.query import PageQuerySet

from .cache import content_generation

_locales_by_language: dict[str, Locale] = {}


def active_locale() -> Locale:
    """The Locale of the active language, remembered by the process (locales almost never change)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    locale = _locales_by_language.get(language)
    if locale is None:
        locale = _locales_by_language[language] = Locale.get_active()
    return locale


def default_locale() -> Locale:
    """The site's default Locale (Vietnamese), remembered like ``active_locale``."""
    locale = _locales_by_language.get("")
    if locale is None:
        locale = _locales_by_language[""] = Locale.get_default()
    return locale


def _forget_locales(**kwargs):
    _locales_by_language.clear()


post_save.connect(_forget_locales, sender=Locale, dispatch_uid="forget-locales-save")
post_delete.connect(_forget_locales, sender=Locale, dispatch_uid="forget-locales-delete")


def restricted_paths() -> list[str]:
    """Tree paths of the private sections, read once per content generation."""
    key = f"portal:restricted-paths:{content_generation()}"
    paths = cache.get(key)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(key, paths, 60 * 60 * 24)  # the key changes with every generation
    return paths


def live_public(queryset):
    """Like ``queryset.live().public()``, without a restriction query on every call."""
    return PortalPageQuerySet.public(queryset.live())


def localized_pages(pages, locale: Locale | None = None) -> dict[int, Page]:
    """Each page's live translation in the active language (or the page itself), in one query."""
    locale = locale or active_locale()
    pages = [page for page in pages if page is not None]
    keys = {page.translation_key for page in pages if page.locale_id != locale.pk}
    translations = {}
    if keys:
        translations = {
            page.translation_key: page for page in Page.objects.live().filter(locale=locale, translation_key__in=keys)
        }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}


class PortalPageQuerySet(PageQuerySet):
    """A page queryset whose ``public()`` reads the private sections once per content generation."""

    def public(self):
        paths = restricted_paths()
        if not paths:
            return self
        private = Q()
        for path in paths:
            private |= Q(path__startswith=path)
        return self.exclude(private)
