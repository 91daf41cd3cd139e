from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Roles (groups and their permissions) and the approval workflows of editors and translators."""

    name = "editorial"
    verbose_name = "Editorial roles and approval"

    def ready(self):
        from . import signals

        signals.connect(self)
