"""A translator sends the English page for review; an approver publishes it (issue 8)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from editorial import roles

from .conftest import host_get

pytestmark = pytest.mark.django_db


def member(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def english_draft(tree, en, translate):
    """The article translated but not published: a draft English page, the roles attached."""
    article = tree["article"]
    translate(tree["news"], {tree["news"].title: "Test news"}, publish=True)
    translate(article, {article.title: "Fruit fair"}, publish=False)
    roles.ensure_roles()
    return article.get_translation(en)


def review_url(page):
    return reverse("translation_submit_for_review", args=[page.pk])


def english_url(page):
    return "/en/" + page.url_path.split("/", 2)[2]


def test_translator_submits_then_approver_publishes(client, tree, en, english_draft):
    article = tree["article"]
    translation = Translation.objects.get(source__object_id=article.translation_key, target_locale=en)
    # The translator corrects the title in the translation editor after the first save.
    StringTranslation.objects.filter(locale=en, data="Fruit fair").update(data="Fruit fair 2026")
    revisions_before = english_draft.revisions.count()

    client.force_login(member(roles.TRANSLATORS, "translator"))
    confirm = client.get(review_url(english_draft))
    assert confirm.status_code == 200
    assert "Gửi duyệt bản tiếng Anh" in confirm.content.decode()  # "Submit for English review"
    response = client.post(review_url(english_draft), {"next": "/admin/"})
    assert response.status_code == 302

    english_draft.refresh_from_db()
    assert english_draft.revisions.count() == revisions_before + 1
    assert english_draft.get_latest_revision_as_object().title == "Fruit fair 2026"
    assert not english_draft.live
    state = english_draft.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == roles.ENGLISH_TASK
    assert state.current_task_state.revision == english_draft.get_latest_revision()
    assert host_get(client, english_url(english_draft)).status_code == 404
    assert translation.get_progress()[0] > 0

    # Sending it twice is refused with a message, not a second workflow.
    again = client.post(review_url(english_draft), follow=True)
    assert "Trang này đang chờ duyệt." in again.content.decode()  # "This page is already waiting for review."
    assert WorkflowState.objects.filter(object_id=str(english_draft.pk)).count() == 1

    approver = member(roles.APPROVERS, "approver")
    client.force_login(approver)
    approve = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[english_draft.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    assert approve.status_code in (200, 302)
    english_draft.refresh_from_db()
    assert english_draft.live
    page = host_get(client, english_url(english_draft))
    assert page.status_code == 200
    assert "Fruit fair 2026" in page.content.decode()


def test_the_message_counts_untranslated_strings(client, tree, english_draft):
    client.force_login(member(roles.TRANSLATORS, "translator"))
    response = client.post(review_url(english_draft), follow=True)
    content = response.content.decode()
    assert "Đã gửi duyệt bản tiếng Anh" in content  # "... was sent for English review"
    assert "chuỗi chưa dịch" in content  # "... still untranslated": only the title was translated


def test_the_action_is_offered_in_the_status_report_and_page_listing(client, english_draft):
    client.force_login(member(roles.TRANSLATORS, "translator"))
    status = client.get(reverse("translation_status"))
    assert review_url(english_draft) in status.content.decode()
    # The translation editor renders no page header buttons: the English listing's "More" menu has it.
    listing = client.get(reverse("wagtailadmin_explore", args=[english_draft.get_parent().pk]))
    assert review_url(english_draft) in listing.content.decode()


def test_a_user_without_the_translator_permission_is_refused(client, english_draft):
    client.force_login(member(roles.EDITORS, "editor"))
    assert client.get(review_url(english_draft)).status_code in (302, 403)
    assert client.post(review_url(english_draft)).status_code in (302, 403)
    assert english_draft.current_workflow_state is None


def test_a_vietnamese_editor_cannot_use_it_on_a_vietnamese_page(client, tree, english_draft):
    editor = member(roles.EDITORS, "editor")
    # Even with the translate permission, a Vietnamese page is no translation to submit.
    editor.user_permissions.add(
        *Group.objects.get(name=roles.TRANSLATORS).permissions.filter(codename="submit_translation")
    )
    client.force_login(editor)
    article = tree["article"]
    response = client.post(review_url(article))
    assert response.status_code == 302
    assert article.current_workflow_state is None
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert review_url(article) not in edit.content.decode()
