#!/usr/bin/env bash
# Benchmark the public pages under gunicorn with wrk: requests/s, latency, queries and
# worker CPU per request. A measurement, not a test: missed targets do not fail it.
#
#   make bench                      # or bench/run.sh
#   BENCH_SECONDS=30 make bench     # longer wrk runs (default 15 s per page and scenario)
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench make bench
#
# Knobs: BENCH_SECONDS, BENCH_DATABASE_URL (its name must contain "bench": it is dropped
# and recreated), BENCH_SCENARIOS ("default nofragments nocache"), BENCH_PROFILE=1 also writes
# bench/results/profile-<scenario>.txt (cProfile), BENCH_KEEP=1 keeps the temp dir.
# Writes bench/results/latest.md and prints it. See docs/benchmarks.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
SECONDS_PER_RUN="${BENCH_SECONDS:-15}"
SCENARIOS="${BENCH_SCENARIOS:-default nofragments nocache}"

HOME_PATH="/"
CATEGORY_PATH="/tin-tuc-su-kien/chinh-tri/"
ARTICLE_PATH="/tin-tuc-su-kien/chinh-tri/dang-bo-huyen-chau-thanh-thuc-hien-dong-bo-cac-giai-phap-nang-cao-chat-luong-cong-tac-phat-trien-dang-vien/"
PATHS=("$HOME_PATH" "$CATEGORY_PATH" "$ARTICLE_PATH")

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

[[ -x "$PY" ]] || die "no virtualenv at $VENV: run 'make install' first"
[[ -x "$VENV/bin/gunicorn" ]] || die "gunicorn is not installed in $VENV (it is in requirements.txt)"

if ! command -v wrk >/dev/null; then
  log "Installing wrk from Debian"
  apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

TMP="$(mktemp -d /tmp/portal-bench.XXXXXX)"
GUNICORN_PID=""
cleanup() {
  local status=$?
  if [[ -n "$GUNICORN_PID" ]] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
    kill -TERM "$GUNICORN_PID" 2>/dev/null || true
    wait "$GUNICORN_PID" 2>/dev/null || true
  fi
  if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
    echo "bench: kept $TMP" >&2
  else
    rm -rf "$TMP"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs a command with its output in a log file; shows the end of the log if it fails.
quietly() {
  local name="$1"; shift
  if ! "$@" >"$TMP/$name.log" 2>&1; then
    tail -n 40 "$TMP/$name.log" >&2
    die "$name failed (command: $*)"
  fi
}

# --- Environment: benchmark settings, everything written to the temp dir -----------------
export SECRET_KEY="bench-only"
export ALLOWED_HOSTS="127.0.0.1,localhost"
export MEDIA_ROOT="$TMP/media"
export STATIC_ROOT="$TMP/static"
export LOG_LEVEL="${LOG_LEVEL:-WARNING}"
unset REDIS_URL BENCH_CACHE PORTAL_FRAGMENT_CACHE_SECONDS
mkdir -p "$MEDIA_ROOT" "$STATIC_ROOT"

if [[ -n "${BENCH_DATABASE_URL:-}" ]]; then
  export DATABASE_URL="$BENCH_DATABASE_URL"
  read -r DB_NAME ADMIN_URL < <("$PY" - <<'EOF'
import os
from urllib.parse import urlsplit, urlunsplit
url = urlsplit(os.environ["DATABASE_URL"])
print(url.path.lstrip("/"), urlunsplit(url._replace(path="/postgres")))
EOF
)
  [[ "$DB_NAME" == *bench* ]] || die "BENCH_DATABASE_URL must name a database containing 'bench': it is dropped and recreated"
  log "Recreating PostgreSQL database $DB_NAME"
  quietly dropdb psql "$ADMIN_URL" -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)"
  quietly createdb psql "$ADMIN_URL" -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$DB_NAME\""
  DB_LABEL="PostgreSQL $(psql "$ADMIN_URL" -tAc 'show server_version' | cut -d' ' -f1)"
else
  export DATABASE_URL="sqlite:///$TMP/bench.sqlite3"
  DB_LABEL="SQLite $("$PY" -c 'import sqlite3; print(sqlite3.sqlite_version)') (temp file)"
fi

# Benchmark settings: production over plain HTTP plus the scenario switches (portal/settings/bench.py).
# STATIC_ROOT, BENCH_CACHE and PORTAL_FRAGMENT_CACHE_SECONDS come from the environment.
export DJANGO_SETTINGS_MODULE=portal.settings.bench
log "Settings: $DJANGO_SETTINGS_MODULE; database: $DATABASE_URL"

# --- Build the site ---------------------------------------------------------------------
log "Migrating, loading the demo content, collecting static files"
quietly migrate "$PY" manage.py migrate --noinput
quietly load_demo "$PY" manage.py load_demo
quietly collectstatic "$PY" manage.py collectstatic --noinput
RENDITIONS_AFTER_LOAD="$("$PY" bench/queries.py renditions)"

free_port() { "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The environment that makes a scenario: fragment caches off, or the whole cache off.
scenario_env() {
  case "$1" in
    default) ;;
    nofragments) echo PORTAL_FRAGMENT_CACHE_SECONDS=0 ;;
    nocache) echo BENCH_CACHE=off ;;
  esac
}

start_gunicorn() {  # $1: scenario
  local scenario="$1" cache_env
  read -r -a cache_env < <(scenario_env "$scenario") || true
  PORT="$(free_port)"
  env "${cache_env[@]}" "$VENV/bin/gunicorn" portal.wsgi:application \
    --chdir "$ROOT" --workers 2 --worker-class sync --bind "127.0.0.1:$PORT" \
    --no-control-socket --error-logfile "$TMP/gunicorn-$scenario.log" &
  GUNICORN_PID=$!
  for _ in $(seq 1 120); do
    kill -0 "$GUNICORN_PID" 2>/dev/null || { cat "$TMP/gunicorn-$scenario.log" >&2; die "gunicorn exited"; }
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$HOME_PATH")" == 200 ]] &&
      [[ "$(cat /proc/"$GUNICORN_PID"/task/*/children | wc -w)" == 2 ]]; then
      return 0
    fi
    sleep 0.5
  done
  cat "$TMP/gunicorn-$scenario.log" >&2
  die "gunicorn did not answer 200 on $HOME_PATH within 60 s"
}

stop_gunicorn() {
  kill -TERM "$GUNICORN_PID"
  wait "$GUNICORN_PID" || true
  GUNICORN_PID=""
}

mkdir -p bench/results

# --- Measure ----------------------------------------------------------------------------
RENDITIONS_AFTER_WARMUP=""
RENDITIONS_BEFORE_WRK=""
MEASURED=()
for scenario in $SCENARIOS; do
  case "$scenario" in
    default | nofragments | nocache) ;;
    *) die "unknown scenario $scenario (default, nofragments, nocache)" ;;
  esac
  log "Scenario $scenario: gunicorn, warm-up, wrk ${SECONDS_PER_RUN}s per page"
  start_gunicorn "$scenario"
  "$PY" bench/measure.py warm --port "$PORT" "${PATHS[@]}"
  count="$("$PY" bench/queries.py renditions)"
  RENDITIONS_AFTER_WARMUP="${RENDITIONS_AFTER_WARMUP:-$count}"
  RENDITIONS_BEFORE_WRK="${RENDITIONS_BEFORE_WRK:-$count}"
  "$PY" bench/measure.py run --port "$PORT" --master-pid "$GUNICORN_PID" --seconds "$SECONDS_PER_RUN" \
    --scenario "$scenario" --out "$TMP/wrk-$scenario.json" "${PATHS[@]}"
  RENDITIONS_AFTER_WRK="$("$PY" bench/queries.py renditions)"
  stop_gunicorn
  log "Scenario $scenario: queries per request (test client, same settings and database)"
  read -r -a cache_env < <(scenario_env "$scenario") || true
  env "${cache_env[@]}" "$PY" bench/queries.py count --scenario "$scenario" --out "$TMP/queries-$scenario.json" "${PATHS[@]}"
  if [[ "${BENCH_PROFILE:-0}" == 1 ]]; then
    log "Scenario $scenario: profiling 200 test-client requests per page"
    env "${cache_env[@]}" "$PY" bench/profile_page.py "${PATHS[@]}" >"bench/results/profile-$scenario.txt"
  fi
  MEASURED+=("$scenario")
done

# --- Report -----------------------------------------------------------------------------
export BENCH_META_SCENARIOS="${MEASURED[*]}" BENCH_META_DB="$DB_LABEL"
export BENCH_META_SECONDS="$SECONDS_PER_RUN" BENCH_META_COMMIT
BENCH_META_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD -- 2>/dev/null || BENCH_META_COMMIT="$BENCH_META_COMMIT + uncommitted changes"
export R_LOAD="$RENDITIONS_AFTER_LOAD" R_WARM="$RENDITIONS_AFTER_WARMUP" R_BEFORE="$RENDITIONS_BEFORE_WRK"
export R_AFTER="$RENDITIONS_AFTER_WRK" WRK_VERSION
WRK_VERSION="$(wrk --version 2>&1 | head -n1 | cut -d' ' -f1-2 || true)"
export P_HOME="$HOME_PATH" P_CATEGORY="$CATEGORY_PATH" P_ARTICLE="$ARTICLE_PATH"
"$PY" - >"$TMP/meta.json" <<'EOF'
import json, os, platform, re, subprocess
from datetime import datetime
env = os.environ
cpu = re.search(r"^model name\s*:\s*(.+)$", open("/proc/cpuinfo").read(), re.M)
memory_kb = int(re.search(r"^MemTotal:\s+(\d+)", open("/proc/meminfo").read(), re.M).group(1))
machine = (
    f"{os.cpu_count()} CPUs ({cpu.group(1).strip() if cpu else 'unknown model'}), "
    f"{memory_kb / 1024 / 1024:.1f} GiB RAM, Linux {platform.release()}, "
    f"Python {platform.python_version()}, {env['WRK_VERSION']}, "
    "gunicorn " + re.search(r"[\d.]+", subprocess.run(
        [".venv/bin/gunicorn", "--version"], capture_output=True, text=True).stdout).group(0)
)
print(json.dumps({
    "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
    "commit": env["BENCH_META_COMMIT"],
    "machine": machine,
    "cpus": os.cpu_count(),
    "database": env["BENCH_META_DB"],
    "settings": env["DJANGO_SETTINGS_MODULE"],
    "seconds": int(env["BENCH_META_SECONDS"]),
    "scenarios": env["BENCH_META_SCENARIOS"].split(),
    "pages": [
        {"name": "home", "path": env["P_HOME"], "target_ms": 20},
        {"name": "category", "path": env["P_CATEGORY"], "target_ms": None},
        {"name": "article", "path": env["P_ARTICLE"], "target_ms": 10},
    ],
    "renditions": {
        "after_load": int(env["R_LOAD"]), "after_warmup": int(env["R_WARM"]),
        "before_wrk": int(env["R_BEFORE"]), "after_wrk": int(env["R_AFTER"]),
    },
}, indent=2))
EOF
"$PY" bench/report.py "$TMP/meta.json" "$TMP" >"$TMP/latest.md"
cp "$TMP/latest.md" bench/results/latest.md
echo
cat bench/results/latest.md
