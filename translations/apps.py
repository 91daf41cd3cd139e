from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translators' side of wagtail-localize: draft-first workflow, status view, cascades."""

    name = "translations"
    verbose_name = _("Translation workflow")

    def ready(self):
        from . import signals  # noqa: F401
