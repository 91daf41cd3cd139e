"""Give the moderators' group the participation permissions (created here if it does not exist yet).

The editorial app owns the group (docs/roles.md, editorial.roles.MODERATORS); this migration only
adds to it by name, idempotently, so either may run first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Kiểm duyệt viên (Moderators)"
MODELS = ["question", "draftcomment", "questiontopic", "unit", "publicholiday"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("participation")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    codenames = [f"{action}_{model}" for model in MODELS for action in ACTIONS]
    group.permissions.add(*Permission.objects.filter(content_type__app_label="participation", codename__in=codenames))
    admin_access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(*admin_access)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=GROUP).first()
    if group:
        group.permissions.remove(*group.permissions.filter(content_type__app_label="participation"))


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0001_questions_and_consultations"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("editorial", "0001_create_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
