"""Fast, isolated settings for the test suite.

The database and cache still follow DATABASE_URL / REDIS_URL, so the same
suite runs on SQLite + the cache directory and on PostgreSQL + Redis.
"""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
PARTICIPATION_PRIVATE_ROOT = BASE_DIR / "test-artifacts" / "private_media"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"

# Parallel test workers each get a cache of their own: cache.clear() empties one.
worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
if REDIS_URL:  # noqa: F405
    base_url, _, first_db = REDIS_URL.rpartition("/")  # noqa: F405
    for alias in CACHES.values():  # noqa: F405
        alias["LOCATION"] = f"{base_url}/{int(first_db or 0) + int(worker or 0)}"
else:
    # CACHE_DIR: the servers a test starts share that test's cache (tests/test_cache_processes.py).
    # A directory per test process: two test runs at once must not empty each other's cache.
    CACHES["default"]["LOCATION"] = os.environ.get("CACHE_DIR") or tempfile.mkdtemp(prefix="portal-test-cache-")  # noqa: F405

# Serve static files from the app folders: the suite never runs collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = BASE_DIR / "test-artifacts" / "static"  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# Tests never call a real translation service, whatever the environment holds.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
