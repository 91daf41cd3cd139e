"""Count database queries per page with Django's test client, and image renditions in the database.

Runs in its own process with the same settings and database as the benchmarked gunicorn:

    queries.py count --scenario NAME --out FILE URL...   queries for one request, cold and warm
    queries.py renditions                                print the number of stored renditions

"Cold" is the first request after ``cache.clear()`` (no fragment cached); "warm" is the
request that follows it. Each URL is requested once beforehand, so that what Python keeps
for the life of a process (content types, compiled templates) is not counted as cold.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from core.models import PortalRendition  # noqa: E402


def request(client: Client, path: str) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    if response.status_code != 200:
        sys.exit(f"{path} answered {response.status_code}")
    return len(captured), [query["sql"] for query in captured.captured_queries]


def count(args) -> None:
    if settings.DEBUG:
        sys.exit("queries.py must run with DEBUG off, as gunicorn does")
    client = Client(HTTP_HOST="127.0.0.1")
    for path in args.paths:
        request(client, path)
    results = []
    for path in args.paths:
        cache.clear()
        cold, cold_sql = request(client, path)
        warm, warm_sql = request(client, path)
        results.append(
            {
                "path": path,
                "scenario": args.scenario,
                "cold": cold,
                "warm": warm,
                "cold_sql": cold_sql,
                "warm_sql": warm_sql,
            }
        )
        print(f"  {args.scenario:>8} {path[:60]:<60} queries cold {cold}, warm {warm}", file=sys.stderr)
    Path(args.out).write_text(json.dumps(results, indent=2))


def renditions(args) -> None:
    print(PortalRendition.objects.count())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    count_parser = commands.add_parser("count")
    count_parser.add_argument("--scenario", required=True)
    count_parser.add_argument("--out", required=True)
    count_parser.add_argument("paths", nargs="+")
    commands.add_parser("renditions")
    args = parser.parse_args()
    {"count": count, "renditions": renditions}[args.command](args)


if __name__ == "__main__":
    main()
