"""Where the language switch leads, and which translations a page announces."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page

from core.queries import public_for_request


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    exact: bool  # False: no translation of this page, so this leads to the nearest translated ancestor


def _other_languages(current_code):
    return [(code, name) for code, name in settings.LANGUAGES if code != current_code]


def page_translations(page: Page, request=None) -> dict[str, Page]:
    """The live, public translations of a page, the page itself included, by language code.

    Remembered on the page object: the language switch, hreflang and the page metadata all
    ask for them while one request renders.
    """
    if not hasattr(page, "_portal_translations"):
        translations = public_for_request(page.get_translations(inclusive=True).live(), request)
        translations = translations.select_related("locale")
        page._portal_translations = {translation.locale.language_code: translation for translation in translations}
    return page._portal_translations


def page_language_links(page: Page, request) -> list[LanguageLink]:
    translations = page_translations(page, request)
    links = []
    missing = [code for code, _ in _other_languages(page.locale.language_code) if code not in translations]
    nearest = _nearest_translated_ancestors(page, missing, request) if missing else {}
    for code, name in _other_languages(page.locale.language_code):
        if code in translations:
            links.append(LanguageLink(code, name, translations[code].get_url(request=request) or "/", True))
        elif code in nearest:
            links.append(LanguageLink(code, name, nearest[code].get_url(request=request) or "/", False))
    return links


def _nearest_translated_ancestors(page: Page, codes: list[str], request=None) -> dict[str, Page]:
    ancestors = list(page.get_ancestors().filter(depth__gt=1))
    keys = [ancestor.translation_key for ancestor in ancestors]
    candidates = (
        public_for_request(
            Page.objects.filter(translation_key__in=keys, locale__language_code__in=codes).live(), request
        )
        .select_related("locale")
        .order_by("-depth")
    )
    nearest: dict[str, Page] = {}
    for candidate in candidates:
        nearest.setdefault(candidate.locale.language_code, candidate)
    return nearest


def view_language_links(request, current_code) -> list[LanguageLink]:
    """For views that are not pages (search, feed list): the same view in the other language."""
    return [
        LanguageLink(code, name, translate_url(request.get_full_path(), code), True)
        for code, name in _other_languages(current_code)
    ]
