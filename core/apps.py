from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The bottom layer: image model, base page, body blocks, shared helpers. It imports no app above it."""

    name = "core"
    verbose_name = "Portal core"

    def ready(self):
        from . import checks, frontend_cache, renditions, signals  # noqa: F401

        renditions.connect_image_signals()
