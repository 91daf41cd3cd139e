"""Local development: debug on, any local host, the demo superuser allowed."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
INSTALLED_APPS = ["whitenoise.runserver_nostatic", *INSTALLED_APPS]  # noqa: F405
PORTAL_CREATE_DEMO_ADMIN = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
