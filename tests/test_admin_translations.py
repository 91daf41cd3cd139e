"""The admin speaks Vietnamese to editors and translators, and each of them can switch to English."""

import json
import re
from datetime import timedelta
from io import StringIO
from pathlib import Path

import polib
import pytest
import wagtail
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from core.management.commands.translation_coverage import coverage
from news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

ADMIN_CATALOGS = sorted(Path(settings.ADMIN_LOCALE_DIR).glob("*/vi/LC_MESSAGES/*.po"))


@pytest.fixture
def editor(client):
    """A new user with no language preference of their own, logged in."""
    user = get_user_model().objects.create_superuser("bientapvien", "btv@example.com", "matkhau-thu-nghiem")
    client.force_login(user)
    return user


@pytest.fixture
def article(portal_tree):
    category = NewsIndexPageFactory(parent=portal_tree.news, title="Thông báo")
    return NewsPageFactory(parent=category)


def sidebar_labels(response):
    """The labels of the admin's main menu (the sidebar is rendered from JSON props)."""
    html = response.content.decode()
    start = html.index('id="wagtail-sidebar-props"')
    props = html[html.index(">", start) + 1 : html.index("</script>", start)]
    labels = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("label"), str):
                labels.append(node["label"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props))
    return labels


def javascript_catalog(response):
    """The msgid -> translation mapping a JavaScriptCatalog response gives the browser."""
    script = response.content.decode()
    if "const newcatalog = " not in script:
        return {}  # Django leaves the catalog out when nothing is translated (English)
    start = script.index("const newcatalog = ") + len("const newcatalog = ")
    return json.JSONDecoder().raw_decode(script[start:])[0]


def test_translation_coverage_is_at_least_95_percent():
    out = StringIO()
    call_command("translation_coverage", "--min", "95", stdout=out)
    assert "total" in out.getvalue()


def test_coverage_counts_english_msgids_missing_from_every_vietnamese_catalog():
    results = {result.name: result for result in coverage("vi")}
    english = polib.pofile(str(Path(wagtail.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    assert results["wagtail/django"].total == len([entry for entry in english if not entry.obsolete])
    assert results["wagtail.admin/djangojs"].total > 0
    assert "project/django" in results


def strings(catalog):
    return {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural[0] for entry in catalog}


@pytest.mark.parametrize("po_path", ADMIN_CATALOGS, ids=lambda path: f"{path.parts[-4]}/{path.stem}")
def test_each_admin_catalog_is_complete_and_compiled(po_path):
    po = polib.pofile(str(po_path))
    assert not po.untranslated_entries(), [entry.msgid for entry in po.untranslated_entries()][:10]
    assert not po.fuzzy_entries()
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))
    assert strings(compiled) == strings(po), "the .mo is out of date: run scripts/admin_catalogs.py compile"


@pytest.mark.parametrize("po_path", ADMIN_CATALOGS, ids=lambda path: f"{path.parts[-4]}/{path.stem}")
def test_pages_are_never_called_pagination(po_path):
    for entry in polib.pofile(str(po_path)):
        if "pagination" not in entry.msgid.lower():
            assert "Phân trang" not in entry.msgstr, entry.msgid


def test_admin_catalogs_agree_with_each_other():
    """Django merges every catalog into one mapping: a msgid translated two ways in two catalogs
    would read one way everywhere, picked by the order of LOCALE_PATHS, not by meaning."""
    translations = {}
    for po_path in ADMIN_CATALOGS:
        for entry in polib.pofile(str(po_path)):
            key = (po_path.stem, entry.msgctxt, entry.msgid)
            translations.setdefault(key, set()).add(entry.msgstr or entry.msgstr_plural.get(0))
    assert not {key: strings for key, strings in translations.items() if len(strings) > 1}


def test_project_catalog_agrees_with_the_admin_catalogs():
    """The project's catalog comes first in LOCALE_PATHS, so a msgid it shares with Wagtail
    (say "Images", a block label) would rename Wagtail's menu item: they must agree."""
    admin = {}
    for po_path in ADMIN_CATALOGS:
        for entry in polib.pofile(str(po_path)):
            admin.setdefault((entry.msgctxt, entry.msgid), set()).add(entry.msgstr or entry.msgstr_plural.get(0))
    project = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES" / "django.po"))
    disagreements = []
    for entry in project:
        translated = entry.msgstr or entry.msgstr_plural.get(0)
        shared = admin.get((entry.msgctxt, entry.msgid))
        if shared is not None and {translated} != shared:
            disagreements.append(f"{entry.msgid!r}: project {translated!r}, admin {sorted(shared)}")
    assert not disagreements


def test_pages_menu_reads_trang_in_the_merged_catalog():
    with translation.override("vi"):
        assert translation.gettext("Pages") == "Trang"
        assert translation.gettext("Snippets") == "Nội dung dùng chung"


def test_a_new_users_dashboard_is_in_vietnamese(client, editor):
    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    labels = sidebar_labels(response)
    assert "Trang" in labels
    assert "Hình ảnh" in labels
    assert "Tài liệu" in labels
    assert "Phân trang" not in labels
    assert "Pages" not in labels
    assert '<html lang="vi"' in response.content.decode()


def test_page_editor_is_in_vietnamese(client, editor, article):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[article.id]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Lưu nháp" in html
    assert "Xuất bản" in html
    assert "Save draft" not in html


def test_translation_editor_is_in_vietnamese(client, editor, article):
    article.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(article)
    english = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="en"))
    english.save_target(publish=False)
    english_page = article.get_translation(english.target_locale)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[english_page.id]))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-component="translation-editor"' in html or "translation-editor" in html
    assert '<html lang="vi"' in html
    assert "Bản dịch của" in html  # the title tag: "Translation of … into …"
    catalog = javascript_catalog(client.get(reverse("wagtail_localize:javascript_catalog")))
    assert catalog["Not translated"] == "Chưa dịch"
    assert catalog["Download PO file"] == "Tải xuống tệp PO"


def test_admin_javascript_catalog_is_vietnamese(client, editor):
    catalog = javascript_catalog(client.get(reverse("wagtailadmin_javascript_catalog")))

    assert catalog["Save"] == "Lưu"
    assert catalog["Page explorer"] == "Trình duyệt trang"
    assert catalog["Pages"] == "Trang"


def test_each_user_can_switch_the_admin_to_english(client, editor):
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert 'name="locale-preferred_language"' in account

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    response = client.get(reverse("wagtailadmin_home"))

    assert "Pages" in sidebar_labels(response)
    assert "Trang" not in sidebar_labels(response)


def test_translation_editor_strings_follow_the_users_language(client, editor):
    """wagtail-localize's catalog for its React editor speaks each user's admin language."""
    catalog_url = reverse("wagtail_localize:javascript_catalog")
    assert javascript_catalog(client.get(catalog_url))["Not translated"] == "Chưa dịch"

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()

    assert "Not translated" not in javascript_catalog(client.get(catalog_url))


# A context-less msgid in the project's own code: `_("Images")`, `{% translate "Next" %}`.
PROJECT_APPS_AND_TEMPLATES = ("core", "home", "news", "navigation", "search", "sections", "seo", "site", "templates")
CONTEXTLESS_MSGID = re.compile(
    r"""(?:\b_|\bgettext(?:_lazy)?)\(\s*["']([^"']+)["']\s*\)"""
    r"""|\{%\s*translate\s+["']([^"']+)["']\s*(?:as\s+\w+\s*)?%\}"""
)


def contextless_project_msgids():
    msgids = set()
    for app in PROJECT_APPS_AND_TEMPLATES:
        for path in (Path(settings.BASE_DIR) / app).rglob("*"):
            if path.suffix in {".py", ".html", ".txt"} and "migrations" not in path.parts and "tests" not in path.parts:
                for match in CONTEXTLESS_MSGID.finditer(path.read_text(encoding="utf-8")):
                    msgids.add(match.group(1) or match.group(2))
    return msgids


def test_project_strings_that_wagtail_translates_differently_carry_a_context():
    """Django merges all catalogs, the project's first: a context-less "Images" block label
    translated "Các hình ảnh" renamed Wagtail's "Hình ảnh" menu. A project string that means
    something else than Wagtail's takes a context instead (pgettext, `context "…"`)."""
    admin = {}
    for po_path in ADMIN_CATALOGS:
        for entry in polib.pofile(str(po_path)):
            if entry.msgctxt is None and entry.msgstr:
                admin.setdefault(entry.msgid, entry.msgstr)
    project = {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES" / "django.po"))
        if entry.msgctxt is None and entry.msgstr and not entry.obsolete
    }
    clashes = {
        msgid: (project[msgid], admin[msgid])
        for msgid in contextless_project_msgids()
        if msgid in admin and msgid in project and project[msgid] != admin[msgid]
    }
    assert not clashes


def test_time_since_an_update_reads_in_vietnamese():
    """The page listings and the dashboard say when a page was last updated ("3 giờ trước")."""
    with translation.override("vi"):
        assert timesince_simple(timezone.now() - timedelta(hours=3, minutes=20)) == "3\xa0giờ trước"
        assert timesince_simple(timezone.now() - timedelta(days=2)) == "2\xa0ngày trước"
        assert timesince_simple(timezone.now()) == translation.gettext("just now")
