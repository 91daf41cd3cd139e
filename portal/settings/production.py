"""Production: everything secret or site-specific comes from the environment.

Required: SECRET_KEY. Usual: ALLOWED_HOSTS (comma-separated), DATABASE_URL
(PostgreSQL), REDIS_URL (shared cache for several app servers), PORTAL_TRUSTED_PROXY_COUNT
(reverse proxies in front that append to X-Forwarded-For; 0 by default).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

ALLOWED_HOSTS = [host.strip() for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [
    origin.strip() for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if origin.strip()
]

# The reverse proxies in front that append to X-Forwarded-For (see base.py); a wrong count either
# lets clients choose their own address (too high) or makes every reader the proxy (too low).
try:
    PORTAL_TRUSTED_PROXY_COUNT = int(os.environ.get("PORTAL_TRUSTED_PROXY_COUNT", "0"))
except ValueError as not_a_number:
    message = "PORTAL_TRUSTED_PROXY_COUNT must be a whole number (0 without a proxy)."
    raise ImproperlyConfigured(message) from not_a_number
if PORTAL_TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("PORTAL_TRUSTED_PROXY_COUNT must be 0 or more.")

# Behind a TLS-terminating proxy; switch off with SECURE_SSL=0 only where the site is served over plain HTTP.
if os.environ.get("SECURE_SSL", "1") == "1":
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True

# Workflow notifications (docs/roles.md): an SMTP server from the environment.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", WAGTAILADMIN_NOTIFICATION_FROM_EMAIL)  # noqa: F405
