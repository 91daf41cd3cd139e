"""Local development: debug on, any local host, the demo superuser allowed."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
INSTALLED_APPS = ["whitenoise.runserver_nostatic", *INSTALLED_APPS]  # noqa: F405
PORTAL_CREATE_DEMO_ADMIN = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Without a real service's key, the dummy translator (it reverses the words) lets the
# "Translate with machine" button be tried without sending anything anywhere.
if "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in globals():
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
