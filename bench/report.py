"""Assemble the benchmark's Markdown report from the JSON the other helpers wrote.

    report.py META.json RESULTS_DIR > latest.md

META.json describes the run (machine, settings, pages with their targets, rendition
counts); RESULTS_DIR holds wrk-<scenario>.json and queries-<scenario>.json files.
"""

import json
import sys
from pathlib import Path

SCENARIOS = {
    "default": "fragment cache on (per-worker locmem, warm)",
    "nofragments": "fragment caches off (PORTAL_FRAGMENT_CACHE_SECONDS=0), the cache itself on",
    "nocache": (
        "the whole cache off (BENCH_CACHE=off, portal/settings/bench.py): fragments, "
        "Wagtail's site root paths, core.queries"
    ),
}


def load(path: Path) -> list[dict]:
    return json.loads(path.read_text()) if path.exists() else []


def main() -> None:
    meta = json.loads(Path(sys.argv[1]).read_text())
    results_dir = Path(sys.argv[2])
    pages = meta["pages"]
    lines = [
        f"Run {meta['date']} on commit `{meta['commit']}`: {meta['machine']}.",
        f"Database {meta['database']}; settings `{meta['settings']}`; gunicorn 2 sync workers; "
        f"`wrk -t2 -c8 -d{meta['seconds']}s --timeout 10s --latency` per page, wrk on the same machine.",
        "",
        "| Page | URL | Scenario | req/s | p50 ms | p90 ms | p99 ms | CPU ms/req | Queries warm / cold "
        "| Target CPU | Result | Load |",
        "|---|---|---|--:|--:|--:|--:|--:|--:|--:|---|--:|",
    ]
    missing = []
    for scenario in meta["scenarios"]:
        runs = {run["path"]: run for run in load(results_dir / f"wrk-{scenario}.json")}
        queries = {item["path"]: item for item in load(results_dir / f"queries-{scenario}.json")}
        for page in pages:
            run, counted = runs.get(page["path"]), queries.get(page["path"])
            if run is None:
                missing.append(f"{page['name']} ({scenario})")
                continue
            cpu = run["cpu_ms_per_request"]
            target = page.get("target_ms")
            verdict = "—" if target is None else ("pass" if cpu <= target else "**miss**")
            query_cell = f"{counted['warm']} / {counted['cold']}" if counted else "?"
            lines.append(
                f"| {page['name']} | `{page['path']}` | {scenario} | {run['rps']:.1f} | {run['p50_ms']:.1f} "
                f"| {run['p90_ms']:.1f} | {run['p99_ms']:.1f} | {cpu:.1f} | {query_cell} "
                f"| {'—' if target is None else f'≤ {target} ms'} | {verdict} | {run.get('load_1min', 0):.1f} |"
            )
    lines.append("")
    lines.append(
        f"- Load: the machine's 1-minute load average around each wrk run ({meta['cpus']} CPUs). "
        "Anything above about 2 (wrk and two workers) means other work shared the CPUs."
    )
    for scenario in meta["scenarios"]:
        lines.append(f"- `{scenario}`: {SCENARIOS.get(scenario, scenario)}.")
    counts = meta["renditions"]
    unchanged = counts["before_wrk"] == counts["after_wrk"]
    lines.append(
        f"- Image renditions in the database: {counts['after_load']} after `load_demo`, "
        f"{counts['after_warmup']} after the warm-up requests, {counts['before_wrk']} before and "
        f"{counts['after_wrk']} after the wrk runs ({'unchanged' if unchanged else '**CHANGED**'})."
    )
    if counts["after_warmup"] != counts["after_load"]:
        lines.append("  The warm-up requests created renditions: they are generated on a reader's request, not ahead.")
    errors = {
        scenario: sum(sum(run.get("socket_errors", {}).values()) for run in load(results_dir / f"wrk-{scenario}.json"))
        for scenario in meta["scenarios"]
    }
    if any(errors.values()):
        lines.append(f"- wrk socket errors (sync workers close each connection): {errors}")
    if missing:
        lines.append(f"- Missing measurements: {', '.join(missing)}")
    print("\n".join(lines))
    if missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
