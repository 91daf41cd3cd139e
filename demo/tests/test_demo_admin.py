import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_demo_superuser_is_refused_outside_development():
    with pytest.raises(CommandError, match="local development only"):
        call_command("create_demo_admin")
    assert not get_user_model().objects.filter(username="admin").exists()


def test_development_settings_create_admin_changeme_once(settings):
    settings.PORTAL_CREATE_DEMO_ADMIN = True
    call_command("create_demo_admin")
    call_command("create_demo_admin")
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password("changeme")
