"""Check (or with --compile, rebuild) the Vietnamese UI catalog.

Fails when a string in locale/vi/LC_MESSAGES/django.po has no Vietnamese
translation, is marked fuzzy, or when django.mo is out of step with the .po.
Compiles with polib (a wagtail-localize dependency), so GNU gettext is not
needed to run the checks.
"""

import sys
import tempfile
from pathlib import Path

import polib

CATALOG = Path(__file__).resolve().parent.parent / "locale" / "vi" / "LC_MESSAGES" / "django.po"


def main() -> int:
    po = polib.pofile(str(CATALOG))
    compiled = CATALOG.with_suffix(".mo")
    if "--compile" in sys.argv:
        po.save_as_mofile(str(compiled))
    problems = [f"untranslated: {entry.msgid!r}" for entry in po.untranslated_entries()]
    problems += [f"fuzzy: {entry.msgid!r}" for entry in po.fuzzy_entries()]
    with tempfile.NamedTemporaryFile(suffix=".mo") as fresh:
        po.save_as_mofile(fresh.name)
        if not compiled.exists() or Path(fresh.name).read_bytes() != compiled.read_bytes():
            problems.append(f"{compiled.name} is out of date: run `make messages`")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"Vietnamese catalog: {len(po.translated_entries())} strings, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
