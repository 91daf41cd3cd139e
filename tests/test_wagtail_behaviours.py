"""The Wagtail behaviours the portal relies on, as an editor and a reader notice them.

Preview on edit shows unsaved changes to the editor only; wagtail.contrib.redirects sends old
addresses on (editor-made redirects and the ones Wagtail makes when a slug changes); a chrome
snippet edited in the admin shows on public pages once published, not while it is a draft.
"""

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from navigation.models import Agency

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor_client = type(client)()
    editor_client.force_login(django_user_model.objects.create_superuser("bientapvien", "b@example.gov.vn", "x"))
    return editor_client


def standard_page_form(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([("paragraph", rich_text("<p>Nội dung đang soạn.</p>"))]),
        **changes,
    }
    return nested_form_data(data)


# Preview on edit ----------------------------------------------------------------------


def test_preview_on_edit_shows_unsaved_changes_to_the_editor_and_not_to_readers(editor_client, client, portal_tree):
    page = portal_tree.history
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    response = editor_client.post(url, standard_page_form(page, title="Lịch sử hình thành (bản sửa)"))
    assert response.status_code == 200
    assert response.json()["is_valid"] is True

    preview = editor_client.get(url)
    assert preview.status_code == 200
    assert "Lịch sử hình thành (bản sửa)" in preview.content.decode()
    assert "no-store" in preview.get("Cache-Control", "") or "private" in preview.get("Cache-Control", "")

    public = client.get(page.url).content.decode()
    assert "Lịch sử hình thành (bản sửa)" not in public
    assert page.title in public


# Redirects --------------------------------------------------------------------------


def test_an_editor_made_redirect_sends_an_old_address_to_a_page(client, portal_tree):
    Redirect.objects.create(
        old_path="/tin-cu/hoi-nghi-2019.html", site=portal_tree.site, redirect_page=portal_tree.economy_new
    )
    response = client.get("/tin-cu/hoi-nghi-2019.html")
    assert response.status_code == 301
    assert response["Location"].endswith(portal_tree.economy_new.url)


def test_a_temporary_redirect_to_another_site_answers_302(client, portal_tree):
    Redirect.objects.create(
        old_path="/dich-vu-cong", redirect_link="https://dichvucong.example.gov.vn/", is_permanent=False, site=None
    )
    response = client.get("/dich-vu-cong")
    assert response.status_code == 302
    assert response["Location"] == "https://dichvucong.example.gov.vn/"


def test_changing_a_slug_keeps_the_old_address_working(client, portal_tree, django_capture_on_commit_callbacks):
    page = portal_tree.history
    old_url = page.url
    page.slug = "qua-trinh-hinh-thanh"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail makes the redirect on commit
        page.save_revision().publish()

    page.refresh_from_db()
    assert page.url != old_url
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith(page.url)
    assert client.get(page.url).status_code == 200


def test_an_unknown_address_without_a_redirect_is_a_404(client, portal_tree):
    assert client.get("/khong-co-trang-nay/").status_code == 404


# Snippet edits on public pages ------------------------------------------------------------


def agency_form(agency, action, **changes):
    fields = ["name", "portal_name", "address", "phone", "email", "responsible_person", "licence", "copyright_notice"]
    data = {name: getattr(agency, name) for name in fields} | {"logo": ""} | changes
    if action == "publish":
        data["action-publish"] = "action-publish"
    return data


def agency_edit_url(agency):
    return reverse(f"wagtailsnippets_{agency._meta.app_label}_{agency._meta.model_name}:edit", args=(agency.pk,))


def only_the_tree_agency(portal_tree):
    """The tree's agency, the only one (a loaded demo brings its own, which the chrome would show first)."""
    Agency.objects.exclude(translation_key=portal_tree.agency.translation_key).delete()
    return portal_tree.agency


def test_an_agency_edit_saved_as_draft_stays_off_public_pages(editor_client, client, portal_tree):
    agency = only_the_tree_agency(portal_tree)
    response = editor_client.post(agency_edit_url(agency), agency_form(agency, "draft", phone="0200 3999 999"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Agency.objects.get(pk=agency.pk).has_unpublished_changes
    page = client.get("/").content.decode()
    assert "0200 3999 999" not in page
    assert agency.phone in page


def test_an_agency_edit_published_in_the_admin_shows_on_every_public_page_at_once(editor_client, client, portal_tree):
    agency = only_the_tree_agency(portal_tree)
    client.get("/")  # warm the page and fragment caches
    client.get(portal_tree.economy_new.url)
    response = editor_client.post(agency_edit_url(agency), agency_form(agency, "publish", phone="0200 3999 999"))
    assert response.status_code == 302, response.content.decode()[:2000]
    for url in ("/", portal_tree.economy_new.url, portal_tree.about.url):
        page = client.get(url).content.decode()
        assert "0200 3999 999" in page, url
        assert agency.phone not in page, url
