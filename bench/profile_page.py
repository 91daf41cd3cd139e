"""Where a page's CPU goes: timed sections and cProfile over loops of test-client requests.

    profile_page.py [--requests 200] [--top 15] URL...

Runs with the environment of ``bench/run.sh`` (settings, database, cache switch); the
simplest way is ``BENCH_PROFILE=1 make bench``, which profiles every measured scenario
after the wrk runs and writes bench/results/profile-<scenario>.txt. Each page is
requested a few times first, so both passes show the steady state.

For each page:

1. Timed sections, without a profiler: thread CPU time per request spent in site lookup,
   routing, view restrictions, before-serve hooks, the project's ``route``,
   ``get_context`` and ``serve`` overrides, every simple and inclusion template tag, every
   template by name (inclusive of what it includes) and the database driver. These are
   close to real costs; sections nest, so they do not add up to the total.
2. cProfile (which inflates call-heavy code, the ORM most): the project's own functions
   by cumulative time, self time grouped by package, and the top functions by self time.
"""

import argparse
import cProfile
import functools
import io
import pstats
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.template import base as template_base  # noqa: E402
from django.template import library  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail import hooks  # noqa: E402
from wagtail.models import Page, Site, get_page_models  # noqa: E402

PROJECT_APPS = ("core", "home", "news", "navigation", "sections", "counters", "search", "portal")


class Sections:
    """Thread CPU time and calls per named section, measured by wrapping functions."""

    def __init__(self):
        self.seconds: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.active = False

    def add(self, name: str, seconds: float) -> None:
        if self.active:
            self.seconds[name] += seconds
            self.calls[name] += 1

    def wrap(self, name, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            started = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                label = name(*args) if callable(name) else name
                self.add(label, time.thread_time() - started)

        return timed

    def database(self, execute, sql, params, many, context):
        started = time.thread_time()
        try:
            return execute(sql, params, many, context)
        finally:
            self.add("database driver (execute, incl. SQLite engine)", time.thread_time() - started)

    def install(self) -> None:
        Site.find_for_request = staticmethod(self.wrap("Site.find_for_request", Site.find_for_request))
        Page.route_for_request = staticmethod(
            self.wrap("Page.route_for_request (incl. site lookup)", Page.route_for_request)
        )
        # Methods the project overrides (on a page model or a mixin), each wrapped where defined.
        wrapped = set()
        for model in get_page_models():
            for method in ("serve", "get_context", "route"):
                owner = next(klass for klass in model.__mro__ if method in klass.__dict__)
                if owner.__module__.startswith("wagtail") or (owner, method) in wrapped:
                    continue
                wrapped.add((owner, method))
                setattr(owner, method, self.wrap(f"{owner.__name__}.{method}", owner.__dict__[method]))
        original_restrictions = Page.get_view_restrictions
        Page.get_view_restrictions = self.wrap(
            "Page.get_view_restrictions (evaluated)", lambda page: list(original_restrictions(page))
        )
        hooks.search_for_hooks()
        hooks._hooks["before_serve_page"] = [
            (self.wrap(f"before_serve_page hook {fn.__module__}.{fn.__name__}", fn), order)
            for fn, order in hooks._hooks.get("before_serve_page", [])
        ]
        for node_class in (library.SimpleNode, library.InclusionNode):
            node_class.render = self.wrap(
                lambda node, *args: (
                    f"tag {node.func.__module__.rpartition('.')[2]}.{node.func.__name__}"
                    + (" (incl. its template)" if isinstance(node, library.InclusionNode) else "")
                ),
                node_class.render,
            )
        template_base.Template.render = self.wrap(
            lambda template, *args: f"template {template.origin.template_name or template.origin.name}",
            template_base.Template.render,
        )


def area(filename: str) -> str:
    """A readable package name for a profiled function's file."""
    if filename.startswith(("~", "<")):
        return "builtins (C)"
    path = Path(filename)
    parts = path.parts
    if "site-packages" in parts:
        rest = parts[parts.index("site-packages") + 1 :]
        if rest[0] == "django" and len(rest) > 2:
            return f"django.{rest[1]}" + (f".{rest[2]}" if rest[1] in {"db", "contrib"} and len(rest) > 3 else "")
        if rest[0] == "wagtail" and len(rest) > 2:
            return f"wagtail.{rest[1]}"
        return rest[0].removesuffix(".py")
    try:
        relative = path.relative_to(ROOT)
    except ValueError:
        return f"stdlib {path.stem}"
    return relative.parts[0] if relative.parts[0] in PROJECT_APPS else str(relative)


def get(client: Client, url: str) -> None:
    response = client.get(url)
    if response.status_code != 200:
        sys.exit(f"{url} answered {response.status_code}")


def timed_sections(client: Client, sections: Sections, url: str, requests: int, top: int) -> str:
    sections.seconds.clear()
    sections.calls.clear()
    sections.active = True
    started = time.thread_time()
    with connection.execute_wrapper(sections.database):
        for _ in range(requests):
            get(client, url)
    total_ms = (time.thread_time() - started) * 1000 / requests
    sections.active = False
    out = io.StringIO()
    out.write(f"{total_ms:.2f} ms thread CPU per request without a profiler (test client, {requests} requests)\n\n")
    out.write("Timed sections (inclusive, nested):\n")
    for name, seconds in sections.seconds.most_common(2 * top):
        calls = sections.calls[name] / requests
        out.write(f"  {seconds * 1000 / requests:7.2f} ms/req  {calls:5.1f} calls/req  {name}\n")
    return out.getvalue()


def profiled(client: Client, url: str, requests: int, top: int) -> str:
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _ in range(requests):
        get(client, url)
    profiler.disable()
    elapsed_ms = (time.perf_counter() - started) * 1000 / requests

    stats = pstats.Stats(profiler)
    by_area: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, tottime, _cum, _callers) in stats.stats.items():
        by_area[area(filename)] += tottime
    total = sum(by_area.values())
    out = io.StringIO()
    out.write(f"\n{elapsed_ms:.2f} ms per request under cProfile ({requests} requests)\n")
    # The request stack (test client, handlers, middleware) tops any cumulative listing:
    # the project's own functions say which part of the page costs what.
    own = [
        (cumtime, calls, f"{Path(filename).relative_to(ROOT)}:{line}({name})")
        for (filename, line, name), (_cc, calls, _tottime, cumtime, _callers) in stats.stats.items()
        if filename.startswith(str(ROOT)) and "/.venv/" not in filename and "/bench/" not in filename
    ]
    out.write(f"\nProject code by cumulative time under cProfile (top {top}):\n")
    for cumtime, calls, where in sorted(own, reverse=True)[:top]:
        out.write(f"  {cumtime * 1000 / requests:7.2f} ms/req  {calls / requests:6.1f} calls/req  {where}\n")
    out.write("\nSelf time by package under cProfile:\n")
    for name, seconds in sorted(by_area.items(), key=lambda item: -item[1])[:top]:
        out.write(f"  {seconds * 1000 / requests:7.2f} ms/req  {seconds / total:6.1%}  {name}\n")
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats("tottime").print_stats(top)
    body = buffer.getvalue()
    out.write(f"\nTop {top} functions by self time (seconds over all {requests} requests):\n")
    out.write(body[body.index("   ncalls") :] if "   ncalls" in body else body)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    client = Client(HTTP_HOST="127.0.0.1")
    sections = Sections()
    for path in args.paths:
        for _ in range(5):
            get(client, path)
    # cProfile first, before the section timers wrap anything.
    profiles = {path: profiled(client, path, args.requests, args.top) for path in args.paths}
    sections.install()
    print(
        "Steady-state requests: each page was requested 5 times first. Timed sections and\n"
        "cProfile are separate passes; cProfile ran first, without the section timers."
    )
    for path in args.paths:
        print(f"\n## {path}\n")
        print(timed_sections(client, sections, path, args.requests, args.top))
        print(profiles[path])


if __name__ == "__main__":
    main()
