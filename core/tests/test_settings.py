"""Production settings read secrets from the environment and refuse to start without one."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOAD_SETTINGS = "import django; django.setup(); from django.conf import settings; print(settings.ALLOWED_HOSTS)"


def run_with_production_settings(**env):
    environment = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DATABASE_URL"}}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", LOAD_SETTINGS], cwd=ROOT, env=environment, capture_output=True, text=True, check=False
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_with_production_settings()
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_reads_secret_and_hosts_from_the_environment():
    result = run_with_production_settings(SECRET_KEY="x" * 50, ALLOWED_HOSTS="tiengiang.gov.vn, www.tiengiang.gov.vn")
    assert result.returncode == 0, result.stderr
    assert "['tiengiang.gov.vn', 'www.tiengiang.gov.vn']" in result.stdout


def test_production_uses_redis_and_postgres_when_given():
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE'], settings.CACHES['default']['BACKEND'])"
    )
    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://portal@db.internal:5432/portal",
        REDIS_URL="redis://cache.internal:6379/0",
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "django.db.backends.postgresql" in result.stdout
    assert "core.cache_backends.FailSoftRedisCache" in result.stdout


def test_benchmark_switches_live_only_in_the_benchmark_settings():
    script = (
        "import django; django.setup(); from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    )
    base = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    answers = {}
    for module in ("production", "bench"):
        environment = dict(
            base, DJANGO_SETTINGS_MODULE=f"portal.settings.{module}", SECRET_KEY="x" * 50, BENCH_CACHE="off"
        )
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        answers[module] = result.stdout.strip()
    assert answers == {
        "production": "django.core.cache.backends.filebased.FileBasedCache",
        "bench": "django.core.cache.backends.dummy.DummyCache",
    }
