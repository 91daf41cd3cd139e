"""Settings shared by every environment; safe for production on their own.

Secrets, hosts and service addresses are read from the environment in
``production.py``; ``dev.py`` and ``test.py`` relax what they must.
"""

import json
import os
from pathlib import Path

import dj_database_url

from portal import formats as portal_formats
from search.settings import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
# This deployment's identity as data: theme, page-tree blueprint, demo content.
SITE_DATA_DIR = BASE_DIR / "site"

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "core",
    "home",
    "sections",
    "news",
    "library",
    "about",
    "publications",
    "investment",
    "navigation",
    "counters",
    "search",
    "seo",
    "participation",
    "demo",
    "translations",
    "editorial",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session: a cached page is served without touching it (core/page_cache.py).
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# SQLite is the embedded default so that a fresh clone runs with nothing else;
# DATABASE_URL selects PostgreSQL in production and in the second test pass.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Readers' counters write while pages are read: wait for the lock instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache shared by every process, because it holds the content generation that keeps
# cached pages fresh (core/cache.py): Redis when REDIS_URL is set (several app servers), else
# a directory on this machine that every gunicorn worker shares (the embedded default; an
# in-process cache would leave the other workers serving what just changed). The "counters"
# alias is the same store, used where a silent failure would be wrong (see core/cache_backends.py).
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "portal")
if REDIS_URL:
    # Short timeouts: a frozen Redis costs a reader a fraction of a second, not five.
    REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.3"))
    redis_cache = {
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": CACHE_KEY_PREFIX,
        "TIMEOUT": 60 * 60 * 24,
        "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT},
    }
    CACHES = {
        "default": {"BACKEND": "core.cache_backends.FailSoftRedisCache", **redis_cache},
        "counters": {"BACKEND": "django.core.cache.backends.redis.RedisCache", **redis_cache},
    }
else:
    file_cache = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
        "KEY_PREFIX": CACHE_KEY_PREFIX,
        "TIMEOUT": 60 * 60 * 24,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
    CACHES = {"default": file_cache, "counters": file_cache}
# django-ratelimit counts in the counters' cache: no limit is silently lifted when it fails.
RATELIMIT_USE_CACHE = "counters"

# The whole-page cache (core/page_cache.py): how long a public page may be kept by browsers
# and proxies (Cache-Control max-age; a purged reverse proxy may keep it longer, see its
# configuration), and how long the portal keeps it (0 turns the page cache off). Every
# change starts a new content generation, so the portal's copy is never stale.
PORTAL_PAGE_MAX_AGE = int(os.environ.get("PAGE_MAX_AGE", "60"))
PORTAL_PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(60 * 60)))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Vietnamese is the default and is served without a URL prefix;
# English lives under /en/. Must be set before the first migrate, because the
# first Locale row is created from LANGUAGE_CODE.
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# The project's own catalog first (its strings win), then one folder per upstream catalog
# (Wagtail, its contrib apps, wagtail-localize) translated here: LOCALE_PATHS take precedence
# over the apps' own catalogs, whose Vietnamese is incomplete and partly wrong ("Pages" read
# "Phân trang"). See docs/admin-translations.md.
ADMIN_LOCALE_DIR = BASE_DIR / "locale_admin"
LOCALE_PATHS = [
    BASE_DIR / "locale",
    *sorted(path for path in ADMIN_LOCALE_DIR.iterdir() if path.is_dir()),
]
# Day/month/year input in every admin language, matching WAGTAIL_DATE_FORMAT below
# (see portal/formats/__init__.py); the global defaults cover any other language.
FORMAT_MODULE_PATH = ["portal.formats"]
DATE_INPUT_FORMATS = portal_formats.DATE_INPUT_FORMATS
DATETIME_INPUT_FORMATS = portal_formats.DATETIME_INPUT_FORMATS
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [SITE_DATA_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
# The portal's name (admin title, fallback of the page metadata) is this deployment's identity:
# read from site/blueprint.json, like the rest of it, not written in code.
_IDENTITY = json.loads((SITE_DATA_DIR / "blueprint.json").read_text(encoding="utf-8"))["chrome"]["agency"]
WAGTAIL_SITE_NAME = _IDENTITY["vi"]["portal_name"]
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.PortalImage"
# Slugs stay ASCII: "Đảng bộ" becomes "dang-bo" in the editor and in code alike.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Search: Wagtail's database backend (SQLite FTS5, PostgreSQL tsvector) with one
# text-search configuration per language; see docs/search.md. SEARCH_BACKEND=opensearch
# (or elasticsearch) with SEARCH_URL moves the same index to a search cluster.
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)
# Documents: PDF, Word and Excel only, checked by content as well as by name (library/uploads.py),
# always downloaded as attachments through Django with their own content type, never shown
# inline from the portal's domain (Wagtail adds "nosniff" and a "default-src 'none'" policy).
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("PORTAL_DOCUMENT_MAX_UPLOAD_MB", 20)) * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.uploads.CheckedDocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Shown and parsed back as the same text: portal.formats and core.checks keep them in step.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Translation workflow (docs/translation.md): "Translate" creates an English draft kept in
# step with its Vietnamese source and edited in wagtail-localize's translation editor; nothing
# reaches /en/ until a translator publishes it.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation: a real service only when its key is in the environment.
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }
elif os.environ.get("GOOGLE_TRANSLATE_PROJECT_ID"):
    # Needs the google-cloud-translate package and GOOGLE_APPLICATION_CREDENTIALS.
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        "OPTIONS": {
            "CREDENTIALS_PATH": os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", ""),
            "PROJECT_ID": os.environ["GOOGLE_TRANSLATE_PROJECT_ID"],
        },
    }
# Pages and snippets the law (and this portal) requires in English: flagged in the translation
# status view when their English is missing or stale. Pages are given by their path under the
# Vietnamese home page; snippets by "app_label.ModelName" (every row of it). See docs/translation.md.
PORTAL_ENGLISH_REQUIRED_PAGES = [
    "gioi-thieu/",
    "gioi-thieu/co-cau-to-chuc/",
    "gioi-thieu/lanh-dao-tinh/",
    "thu-tuc-hanh-chinh/",
    "du-an-moi-goi-dau-tu/",
]
PORTAL_ENGLISH_REQUIRED_SNIPPETS = ["navigation.Agency"]

# The reverse proxy or CDN in front (docs/caching.md, "Reverse proxy and CDN"): off unless
# FRONTEND_CACHE_URL names the Varnish of deploy/varnish/portal.vcl, e.g. http://127.0.0.1:6081.
# Wagtail purges a published page's URLs there; core.frontend_cache bans the whole site for
# changes that show on every page. A CDN uses another backend of wagtail.contrib.frontend_cache.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
WAGTAILFRONTENDCACHE = (
    {"varnish": {"BACKEND": "core.frontend_cache.VarnishBackend", "LOCATION": FRONTEND_CACHE_URL}}
    if FRONTEND_CACHE_URL
    else {}
)
# Each translation is a page of its own, purged when it is published: no per-language URL guessing.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []
# Autosave is off: it turned abandoned new-page forms into draft pages in the tree
# (the create form saves the page on the first change). Editors save drafts themselves.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Workflow notifications (submitted, approved, rejected) by email to the task's groups.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", "cong-thong-tin@localhost"
)
WAGTAILADMIN_NOTIFICATION_USE_HTML = True

# Only dev settings create the demo superuser admin/changeme.
PORTAL_CREATE_DEMO_ADMIN = False

# How many reverse proxies that append to X-Forwarded-For stand in front of the app servers
# (Varnish, a TLS terminator, a CDN...). 0: the client is REMOTE_ADDR. N: the client is the N-th
# X-Forwarded-For entry from the right. Production reads it from the environment. Counting and
# django-ratelimit read the client's address through the same function (see counters.visitors).
PORTAL_TRUSTED_PROXY_COUNT = 0
RATELIMIT_IP_META_KEY = "counters.visitors.client_ip"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Citizen participation (docs/participation.md).
# Working days a question may wait for its answer or a progress notice.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@tiengiang.gov.vn")
PARTICIPATION_ANSWER_WORKING_DAYS = int(os.environ.get("PARTICIPATION_ANSWER_WORKING_DAYS", 15))
# Days after a question is closed (or a consultation ends) before the sender's personal data
# is erased by `manage.py erase_expired_personal_data` (run it daily).
PARTICIPATION_PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("PARTICIPATION_PERSONAL_DATA_RETENTION_DAYS", 730))
PARTICIPATION_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024
# Per reader, in the shared cache (django-ratelimit rates).
PARTICIPATION_SUBMIT_RATE = "10/h"
PARTICIPATION_LOOKUP_RATE = "30/h"
# Question attachments: outside MEDIA_ROOT, never served publicly.
PARTICIPATION_PRIVATE_ROOT = Path(os.environ.get("PARTICIPATION_PRIVATE_ROOT", BASE_DIR / "private_media"))
