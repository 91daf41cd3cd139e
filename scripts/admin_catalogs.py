"""Keep the Vietnamese catalogs of Wagtail and wagtail-localize in ``locale_admin/`` in step.

The upstream Vietnamese catalogs are incomplete and partly wrong, so the project translates
each upstream catalog itself, in ``locale_admin/<dotted package>/vi/LC_MESSAGES/<domain>.po``
(settings add every folder to LOCALE_PATHS). The English catalogs shipped in the installed
packages are the templates: every msgid they hold must be translated here.

    python scripts/admin_catalogs.py sync [CATALOG ...]   # add new msgids after an upgrade
    python scripts/admin_catalogs.py compile              # msgfmt --check-format every .po

CATALOG is a name such as ``wagtail.images/django``; without one, every upstream catalog is
synced. Sync keeps existing translations, adds new msgids untranslated and drops the msgids
upstream removed; `manage.py translation_coverage` then shows what is left to translate.
"""

import subprocess
import sys
from pathlib import Path

import polib
import wagtail
import wagtail_localize

ROOT = Path(__file__).resolve().parent.parent
ADMIN_LOCALE_DIR = ROOT / "locale_admin"
PACKAGES = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
HEADER = {
    "Project-Id-Version": "portal admin",
    "Language": "vi",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


def upstream_catalogs() -> dict[str, Path]:
    """Map ``dotted.package/domain`` to the English .po shipped with the package."""
    catalogs = {}
    for package in PACKAGES:
        for source in sorted(package.glob("**/locale/en/LC_MESSAGES/*.po")):
            relative = source.relative_to(package.parent).parts
            dotted = ".".join(relative[: relative.index("locale")])
            catalogs[f"{dotted}/{source.stem}"] = source
    return catalogs


def target_path(name: str) -> Path:
    dotted, domain = name.split("/")
    return ADMIN_LOCALE_DIR / dotted / "vi" / "LC_MESSAGES" / f"{domain}.po"


def sync(names: list[str]) -> None:
    catalogs = upstream_catalogs()
    for name in names or sorted(catalogs):
        template = polib.pofile(str(catalogs[name]))
        target = target_path(name)
        if target.exists():
            po = polib.pofile(str(target))
            po.merge(template)
            po[:] = [entry for entry in po if not entry.obsolete]
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            po = polib.POFile(wrapwidth=0)
            po.metadata = dict(HEADER)
            for entry in template:
                if entry.obsolete:
                    continue
                po.append(
                    polib.POEntry(
                        msgid=entry.msgid,
                        msgctxt=entry.msgctxt,
                        msgid_plural=entry.msgid_plural,
                        msgstr="",
                        msgstr_plural={0: ""} if entry.msgid_plural else {},
                        comment=entry.comment,
                        occurrences=entry.occurrences,
                        flags=[flag for flag in entry.flags if flag != "fuzzy"],
                    )
                )
        po.wrapwidth = 0
        po.save(str(target))
        print(f"{name}: {len(po.translated_entries())}/{len(po)} translated")


def compile_all() -> int:
    failures = 0
    for po_path in sorted(ADMIN_LOCALE_DIR.glob("*/vi/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        result = subprocess.run(["msgfmt", "--check-format", "-o", str(mo_path), str(po_path)], check=False)  # noqa: S603, S607
        failures += result.returncode != 0
    return 1 if failures else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["sync"]:
        sync(argv[1:])
        return 0
    if argv[:1] == ["compile"]:
        return compile_all()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
