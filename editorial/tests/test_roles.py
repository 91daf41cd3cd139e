"""Each group does its job through the admin, and only its job.

A small bilingual tree is made in each test (a Vietnamese home page with a
section and its English translation), the roles are attached with
``ensure_roles`` as ``setup_roles`` does, and users of each group work through
the admin with Django's test client.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from editorial import roles
from home.factories import HomePageFactory
from sections.factories import StandardPageFactory
from sections.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    vi = Locale.objects.get(language_code="vi")
    en = Locale.objects.get(language_code="en")
    vi_home = HomePageFactory(parent=Page.get_first_root_node(), slug="roles-home", locale=vi)
    vi_page = StandardPageFactory(parent=vi_home, title="Giới thiệu", slug="gioi-thieu")
    en_home = vi_home.copy_for_translation(en)
    en_home.save_revision().publish()
    en_page = vi_page.copy_for_translation(en)
    en_page.title = "About"
    en_page.save_revision().publish()
    roles.ensure_roles()
    return {
        "vi_home": vi_home,
        "vi_page": vi_page,
        "en_home": en_home,
        "en_page": StandardPage.objects.get(pk=en_page.pk),
    }


def member(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def staff():
    return {
        "editor": member(roles.EDITORS, "editor"),
        "head": member(roles.HEADS_OF_UNIT, "head"),
        "approver": member(roles.APPROVERS, "approver"),
        "translator": member(roles.TRANSLATORS, "translator"),
        "moderator": member(roles.MODERATORS, "moderator"),
    }


def page_form(title, slug, **extra):
    return nested_form_data({"title": title, "slug": slug, "intro": "", "body": streamfield([]), **extra})


def recipients():
    return sorted({address for message in mail.outbox for address in message.to})


def submit_new_vietnamese_page(client, editor, parent):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["sections", "standardpage", parent.pk]),
        page_form("Thông báo mới", "thong-bao-moi", **{"action-submit": "Submit"}),
    )
    assert response.status_code == 302
    return StandardPage.objects.get(slug="thong-bao-moi")


def approve_current_task(client, page):
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""}
    )
    assert response.status_code in (200, 302), response.content[:500]
    return Page.objects.get(pk=page.pk)


def test_editor_creates_and_submits_a_vietnamese_page_but_cannot_publish(client, tree, staff):
    page = submit_new_vietnamese_page(client, staff["editor"], tree["vi_home"])
    assert not page.live
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == roles.HEAD_OF_UNIT_TASK

    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert b'name="action-publish"' not in client.get(edit_url).content
    client.post(edit_url, page_form("Thông báo mới", "thong-bao-moi", **{"action-publish": "Publish"}))
    assert not Page.objects.get(pk=page.pk).live


def test_submission_emails_the_first_reviewers_then_the_board_then_the_author(client, tree, staff):
    mail.outbox.clear()
    page = submit_new_vietnamese_page(client, staff["editor"], tree["vi_home"])
    assert recipients() == ["approver@example.com", "head@example.com"]

    mail.outbox.clear()
    client.force_login(staff["head"])
    page = approve_current_task(client, page)
    assert not page.live
    assert page.specific.current_workflow_task.name == roles.BOARD_TASK
    assert "approver@example.com" in recipients()
    assert "head@example.com" not in recipients()

    mail.outbox.clear()
    client.force_login(staff["approver"])
    page = approve_current_task(client, page)
    assert page.live
    assert "editor@example.com" in recipients()


def test_approver_approves_both_steps_and_the_page_goes_live(client, tree, staff):
    page = submit_new_vietnamese_page(client, staff["editor"], tree["vi_home"])
    client.force_login(staff["approver"])
    page = approve_current_task(client, page)
    assert not page.live
    page = approve_current_task(client, page)
    assert page.live
    assert client.get(page.url).status_code == 200 or page.url is None
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_APPROVED


def test_head_of_unit_cannot_approve_the_boards_step(client, tree, staff):
    page = submit_new_vietnamese_page(client, staff["editor"], tree["vi_home"])
    client.force_login(staff["head"])
    page = approve_current_task(client, page)
    task_state = page.specific.current_workflow_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]))
    assert not Page.objects.get(pk=page.pk).live


def test_translator_edits_english_but_not_vietnamese(client, tree, staff):
    client.force_login(staff["translator"])
    en_page, vi_page = tree["en_page"], tree["vi_page"]

    en_edit = reverse("wagtailadmin_pages:edit", args=[en_page.pk])
    assert client.get(en_edit).status_code == 200
    response = client.post(en_edit, page_form("About the province", en_page.slug))
    assert response.status_code == 302
    assert StandardPage.objects.get(pk=en_page.pk).get_latest_revision_as_object().title == "About the province"

    vi_edit = reverse("wagtailadmin_pages:edit", args=[vi_page.pk])
    response = client.get(vi_edit, follow=True)
    assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
    assert "error" in [message.level_tag for message in response.context["messages"]]  # "no permission"
    client.post(vi_edit, page_form("Đã sửa", vi_page.slug))
    assert StandardPage.objects.get(pk=vi_page.pk).get_latest_revision_as_object().title == "Giới thiệu"


def test_translation_goes_through_english_review_to_publication(client, tree, staff):
    en_page = tree["en_page"]
    client.force_login(staff["translator"])
    mail.outbox.clear()
    client.post(
        reverse("wagtailadmin_pages:edit", args=[en_page.pk]),
        page_form("About the province", en_page.slug, **{"action-submit": "Submit"}),
    )
    page = Page.objects.get(pk=en_page.pk)
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == roles.ENGLISH_TASK
    assert recipients() == ["approver@example.com"]
    assert page.title == "About"  # still the published English

    client.force_login(staff["approver"])
    page = approve_current_task(client, page)
    assert page.live
    assert page.title == "About the province"


def test_only_translators_reach_wagtail_localize_translate_action(client, tree, staff):
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[tree["vi_page"].pk])
    client.force_login(staff["translator"])
    assert client.get(submit_url).status_code == 200
    client.force_login(staff["editor"])
    response = client.get(submit_url)
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))


def test_moderators_reach_the_admin_and_no_page(client, tree, staff):
    client.force_login(staff["moderator"])
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert not GroupPagePermission.objects.filter(group__name=roles.MODERATORS).exists()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[tree["vi_page"].pk]))
    assert response.status_code in (302, 403)


def test_roles_attach_to_an_english_tree_created_later_and_only_once(tree):
    count = GroupPagePermission.objects.count()
    roles.ensure_roles()
    assert GroupPagePermission.objects.count() == count

    new_home = HomePageFactory(
        parent=Page.get_first_root_node(), slug="later-home", locale=Locale.objects.get(language_code="en")
    )
    roles.ensure_roles()
    assert GroupPagePermission.objects.filter(group__name=roles.TRANSLATORS, page=new_home).count() == 2
    assert not GroupPagePermission.objects.filter(group__name=roles.EDITORS, page=new_home).exists()
