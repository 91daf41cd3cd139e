"""How much of the admin an editor or translator meets is in Vietnamese, measured as Django sees it.

Counted against the English sources, not against the Vietnamese files, so that a msgid missing
from every Vietnamese catalog still counts as untranslated:

- Wagtail (core and every installed contrib app) and wagtail-localize: the msgids of the English
  catalogs each installed app ships (``<app>/locale/en/LC_MESSAGES/{django,djangojs}.po``);
- the project's own apps: the msgids of ``locale/vi/LC_MESSAGES/django.po``, which is
  ``makemessages`` output extracted from the code (``make messages``), so it is the project's
  template; ``scripts/check_messages.py`` fails when it is stale.

A msgid counts as translated when the catalog Django actually uses gives it a non-empty
Vietnamese string: the merged ``django`` translation of ``trans_real.translation(language)``
(installed apps, then LOCALE_PATHS, which win), and for ``djangojs`` the catalog that app's
JavaScriptCatalog view serves (its package's locale, then LOCALE_PATHS).
"""

from dataclasses import dataclass
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import trans_real

UPSTREAM_PACKAGES = ("wagtail", "wagtail_localize")
DOMAINS = ("django", "djangojs")


@dataclass(frozen=True)
class Coverage:
    """One catalog's figures: how many msgids, how many of them have a Vietnamese string."""

    name: str
    translated: int
    total: int
    missing: tuple[str, ...]

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def catalog_key(entry: polib.POEntry):
    """The key gettext stores an entry under in a compiled catalog."""
    key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
    return (key, 0) if entry.msgid_plural else key


def measure(name: str, source: Path, catalog) -> Coverage:
    entries = [entry for entry in polib.pofile(str(source)) if not entry.obsolete and entry.msgid]
    missing = tuple(entry.msgid for entry in entries if not catalog.get(catalog_key(entry)))
    return Coverage(name, len(entries) - len(missing), len(entries), missing)


def upstream_sources():
    """(catalog name, app, domain, English .po) for every installed Wagtail/wagtail-localize app."""
    for app_config in apps.get_app_configs():
        if app_config.name.split(".")[0] not in UPSTREAM_PACKAGES:
            continue
        for domain in DOMAINS:
            source = Path(app_config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if source.exists():
                yield f"{app_config.name}/{domain}", app_config, domain, source


def coverage(language: str) -> list[Coverage]:
    django_catalog = trans_real.translation(language)._catalog
    results = []
    for name, app_config, domain, source in upstream_sources():
        if domain == "django":
            catalog = django_catalog
        else:
            localedir = str(Path(app_config.path) / "locale")
            catalog = trans_real.DjangoTranslation(language, domain=domain, localedirs=[localedir])._catalog
        results.append(measure(name, source, catalog))
    project_template = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    if project_template.exists():
        results.append(measure("project/django", project_template, django_catalog))
    return results


class Command(BaseCommand):
    help = "Share of the admin's msgids (Wagtail, wagtail-localize, the project) translated, per catalog."

    def add_arguments(self, parser):
        parser.add_argument("--language", default="vi")
        parser.add_argument("--min", type=float, default=0.0, help="Fail when the total is below this percentage.")
        parser.add_argument("--missing", action="store_true", help="List the untranslated msgids.")

    def handle(self, *args, language, min, missing, **options):
        results = coverage(language)
        width = max(len(result.name) for result in results)
        for result in results:
            self.stdout.write(
                f"{result.name:<{width}}  {result.translated:>5} / {result.total:<5} {result.percent:6.1f}%"
            )
            if missing:
                for msgid in result.missing:
                    self.stdout.write(f"    missing: {msgid!r}")
        translated = sum(result.translated for result in results)
        total = sum(result.total for result in results)
        percent = 100.0 * translated / total if total else 100.0
        self.stdout.write(f"{'total':<{width}}  {translated:>5} / {total:<5} {percent:6.1f}%")
        if percent < min:
            raise CommandError(f"Translation coverage for {language!r} is {percent:.1f}%, below {min:g}%.")
