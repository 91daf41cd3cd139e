"""Write the HTML of every public page (both languages) to a folder, to compare two commits.

    DATABASE_URL=sqlite:////tmp/snap.sqlite3 .venv/bin/python scripts/snapshot_html.py /tmp/before
    ... change the code ...
    DATABASE_URL=sqlite:////tmp/snap2.sqlite3 .venv/bin/python scripts/snapshot_html.py /tmp/after
    diff -r /tmp/before /tmp/after

The database named by DATABASE_URL is migrated and loaded with the demo portal first;
use a throw-away one. Each page is fetched twice and the second answer kept, so that
both runs compare warm pages.
"""

import os
import sys
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from tests.crawl import crawl  # noqa: E402


def main(out: Path) -> None:
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    out.mkdir(parents=True, exist_ok=True)
    client = Client()
    urls = set()
    for start in ("/", "/en/"):
        urls |= set(crawl(client, start))
    for extra in ("/sitemap.xml", "/robots.txt", "/rss/", "/en/rss/"):
        urls.add(extra)
    for url in sorted(urls):
        client.get(url)
        response = client.get(url)
        name = quote(url, safe="") or "root"
        body = response.content if response.status_code < 300 else str(response.status_code).encode()
        (out / name).write_bytes(body)
    print(f"{len(urls)} pages written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
