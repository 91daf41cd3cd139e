"""The portal's groups and their model permissions (page permissions: editorial.roles.ensure_roles).

Wagtail's default "Editors" and "Moderators" groups are removed when nobody is in
them: they hold page rights at the root, over both languages, which the portal's
roles deliberately split (docs/roles.md).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Biên tập viên (Editors)"
HEADS_OF_UNIT = "Trưởng đơn vị (Heads of unit)"
APPROVERS = "Ban biên tập (Approvers)"
TRANSLATORS = "Biên dịch viên (Translators)"
MODERATORS = "Kiểm duyệt viên (Moderators)"
ADMINISTRATORS = "Quản trị viên (Administrators)"

ACCESS_ADMIN = ("wagtailadmin", "access_admin")
TOPICS = [("news", "add_topic"), ("news", "change_topic")]
MODEL_PERMISSIONS = {
    EDITORS: [ACCESS_ADMIN, *TOPICS],
    HEADS_OF_UNIT: [ACCESS_ADMIN, *TOPICS],
    APPROVERS: [ACCESS_ADMIN, *TOPICS, ("news", "delete_topic")],
    TRANSLATORS: [ACCESS_ADMIN, ("wagtail_localize", "submit_translation")],
    # Citizen submissions (questions, comments on drafts) come with their own models later:
    # until then the group can only reach the admin.
    MODERATORS: [ACCESS_ADMIN],
}


def create_groups(apps, schema_editor):
    # On a fresh database the permissions of the apps' models are only created after
    # every migration has run (post_migrate): create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    administrators, _created = Group.objects.get_or_create(name=ADMINISTRATORS)
    administrators.permissions.add(*Permission.objects.all())

    for default_name in ("Editors", "Moderators"):
        Group.objects.filter(name=default_name, user__isnull=True).delete()


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[*MODEL_PERMISSIONS, ADMINISTRATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("news", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
