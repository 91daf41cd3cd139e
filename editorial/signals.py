"""Page permissions and workflows follow the home pages, which may appear after the migration."""

from django.db.models.signals import post_migrate

from .roles import ensure_roles


def ensure_roles_after_migrate(sender, **kwargs):
    ensure_roles()


def connect(app_config):
    post_migrate.connect(ensure_roles_after_migrate, sender=app_config, dispatch_uid="editorial-ensure-roles")
