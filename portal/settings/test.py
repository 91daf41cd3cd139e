"""Fast, isolated settings for the test suite.

The database and cache still follow DATABASE_URL / REDIS_URL, so the same
suite runs on SQLite + in-process cache and on PostgreSQL + Redis.
"""

import os

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

if REDIS_URL:  # noqa: F405
    # Parallel test workers each get a Redis database of their own: cache.clear() flushes one.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    base_url, _, first_db = REDIS_URL.rpartition("/")  # noqa: F405
    CACHES["default"]["LOCATION"] = f"{base_url}/{int(first_db or 0) + int(worker or 0)}"  # noqa: F405

# Serve static files from the app folders: the suite never runs collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = BASE_DIR / "test-artifacts" / "static"  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
