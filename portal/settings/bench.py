"""Benchmark settings (bench/run.sh): production, over plain HTTP on 127.0.0.1, plus the scenario switches.

Nothing here belongs in production; production settings know nothing of benchmarks.

- Plain HTTP: wrk talks to gunicorn directly, without a TLS proxy in front.
- ``BENCH_CACHE=off``: every cache lookup misses (Django's DummyCache), to measure
  what a page costs uncached (the "nocache" scenario, docs/benchmarks.md).
"""

import os

from .production import *  # noqa: F403

SECURE_PROXY_SSL_HEADER = None
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0

if os.environ.get("BENCH_CACHE") == "off":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
