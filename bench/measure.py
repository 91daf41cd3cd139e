"""Load pages served by gunicorn with wrk and count the workers' CPU time per request.

Standard library only: it talks to gunicorn over HTTP and reads /proc, never imports Django.

    measure.py warm --port P URL...                 check each URL answers 200, then load it briefly
    measure.py run --port P --master-pid PID --seconds S --scenario NAME --out FILE URL...

The CPU figure is the sum of utime + stime of every worker process (children of the
gunicorn master) across one wrk run, divided by the number of requests wrk completed:
all the CPU a worker spends on a request, Python, database client and, with SQLite,
the database engine itself, which runs inside the worker.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def worker_pids(master_pid: int) -> list[int]:
    children: set[int] = set()
    for task in Path(f"/proc/{master_pid}/task").iterdir():
        text = (task / "children").read_text().split()
        children.update(int(pid) for pid in text)
    return sorted(children)


def cpu_ticks(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    # The command name (field 2) is in parentheses and may contain spaces: split after it.
    fields = stat[stat.rindex(")") + 2 :].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return utime + stime


def workers_cpu(master_pid: int) -> dict[int, int]:
    return {pid: cpu_ticks(pid) for pid in worker_pids(master_pid)}


def to_ms(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    if not match:
        raise ValueError(f"unreadable wrk duration {value!r}")
    return float(match.group(1)) * UNITS_MS[match.group(2)]


def parse_wrk(output: str) -> dict:
    requests = re.search(r"^\s*(\d+) requests in ([\d.]+\w+),", output, re.M)
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    percentiles = dict(re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+\w+)", output, re.M))
    if not (requests and rate and {"50", "90", "99"} <= percentiles.keys()):
        raise ValueError(f"unreadable wrk output:\n{output}")
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "requests": int(requests.group(1)),
        "duration_ms": to_ms(requests.group(2)),
        "rps": float(rate.group(1)),
        "p50_ms": to_ms(percentiles["50"]),
        "p75_ms": to_ms(percentiles["75"]) if "75" in percentiles else None,
        "p90_ms": to_ms(percentiles["90"]),
        "p99_ms": to_ms(percentiles["99"]),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        # Sync workers close every connection; wrk may count a few "read" errors as it reconnects.
        "socket_errors": dict(
            zip(("connect", "read", "write", "timeout"), map(int, socket_errors.groups()), strict=True)
        )
        if socket_errors
        else {},
    }


def wrk(url: str, seconds: int, threads: int = 2, connections: int = 8) -> str:
    # wrk's default 2 s timeout would drop the slowest requests from the percentiles.
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency", url]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return result.stdout


def fetch(url: str) -> tuple[int, int]:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.status, len(response.read())


def warm(args) -> None:
    for path in args.paths:
        url = f"http://127.0.0.1:{args.port}{path}"
        status, size = fetch(url)
        if status != 200:
            sys.exit(f"{url} answered {status}")
        print(f"  warm {path}: {status}, {size} bytes", file=sys.stderr)
        # A short burst with the same concurrency reaches every worker's caches.
        parse_wrk(wrk(url, seconds=2))


def run(args) -> None:
    results = []
    for path in args.paths:
        url = f"http://127.0.0.1:{args.port}{path}"
        load_before = os.getloadavg()[0]
        before = workers_cpu(args.master_pid)
        output = wrk(url, args.seconds)
        after = workers_cpu(args.master_pid)
        if before.keys() != after.keys():
            sys.exit(f"gunicorn workers changed during the run ({sorted(before)} -> {sorted(after)})")
        stats = parse_wrk(output)
        if stats["requests"] == 0:
            sys.exit(f"{url}: no request completed in {args.seconds} s; raise BENCH_SECONDS\n{output}")
        if stats["non_2xx"]:
            sys.exit(f"{url}: {stats['non_2xx']} responses were not 2xx/3xx\n{output}")
        cpu_ms = sum(after[pid] - before[pid] for pid in after) * 1000 / CLOCK_TICKS
        stats.update(
            path=path,
            scenario=args.scenario,
            workers=len(after),
            # Other work on the machine slows wrk and, less so, the workers' CPU time: worth knowing.
            load_1min=max(load_before, os.getloadavg()[0]),
            cpu_ms_total=cpu_ms,
            cpu_ms_per_request=cpu_ms / stats["requests"],
            wrk_output=output,
        )
        print(
            f"  {args.scenario:>8} {path[:60]:<60} {stats['rps']:8.1f} req/s "
            f"p50 {stats['p50_ms']:.1f} ms  cpu {stats['cpu_ms_per_request']:.2f} ms/req",
            file=sys.stderr,
        )
        results.append(stats)
    Path(args.out).write_text(json.dumps(results, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    warm_parser = commands.add_parser("warm")
    warm_parser.add_argument("--port", type=int, required=True)
    warm_parser.add_argument("paths", nargs="+")
    run_parser = commands.add_parser("run")
    run_parser.add_argument("--port", type=int, required=True)
    run_parser.add_argument("--master-pid", type=int, required=True)
    run_parser.add_argument("--seconds", type=int, required=True)
    run_parser.add_argument("--scenario", required=True)
    run_parser.add_argument("--out", required=True)
    run_parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    {"warm": warm, "run": run}[args.command](args)


if __name__ == "__main__":
    main()
