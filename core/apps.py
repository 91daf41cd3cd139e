from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared pieces: image model, body blocks, page mixins, chrome caching, demo loader."""

    name = "core"
    verbose_name = "Portal core"

    def ready(self):
        from . import checks, signals  # noqa: F401
