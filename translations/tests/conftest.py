"""A small Vietnamese tree of its own, on its own host, and helpers storing a translator's work."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from home.factories import HomePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from sections.factories import SectionPageFactory

HOST = "localhost:8123"


@pytest.fixture
def vi():
    return Locale.get_default()


@pytest.fixture
def en(db):
    """English, which the demo loader or the settings' locales would otherwise create."""
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def translate(en, django_capture_on_commit_callbacks):
    """Store a translator's work through wagtail-localize: strings, then the English page."""

    def translate(instance, english: dict[str, str], *, publish=True):
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=en)
        po = translation.export_po()
        for entry in po:
            if entry.msgid in english:
                entry.msgstr = english[entry.msgid]
        translation.import_po(po, tool_name="test translator")
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=publish)
        return translation

    return translate


@pytest.fixture
def tree(db, translate, en):
    """Trang chủ thử → Giới thiệu thử, Tin tức thử → one article; the home page in English."""
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Trang chủ thử", slug="trang-chu-thu")
    Site.objects.create(hostname="localhost", port=8123, root_page=home, site_name="Thử")
    about = SectionPageFactory(parent=home, title="Giới thiệu thử", slug="gioi-thieu-thu", intro="<p>Tỉnh thử.</p>")
    news = NewsIndexPageFactory(parent=home, title="Tin tức thử", slug="tin-tuc-thu")
    article = NewsPageFactory(parent=news, title="Hội chợ trái cây", slug="hoi-cho-trai-cay")
    for page in (home, about, news, article):
        page.save_revision().publish()
    translate(home, {"Trang chủ thử": "Test home", "trang-chu-thu": "test-home"})
    return {"home": home, "about": about, "news": news, "article": article}


@pytest.fixture
def translator(django_user_model, en, tree):
    """A translator as the roles migration will make one: the English tree only."""
    group = Group.objects.create(name="Test translators")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation"),
    )
    english_home = tree["home"].get_translation(en)
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=english_home, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("bien-dich-vien", password="x")
    user.groups.add(group)
    return user


def host_get(client, url, **kwargs):
    """A request to the test tree's own Site (Django takes the port from SERVER_PORT)."""
    return client.get(url, HTTP_HOST=HOST, SERVER_PORT="8123", **kwargs)
