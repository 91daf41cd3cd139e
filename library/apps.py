from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    """The legal documents library ("Văn bản"): documents, their metadata and the gazette."""

    name = "library"
    verbose_name = _("Legal documents library")
