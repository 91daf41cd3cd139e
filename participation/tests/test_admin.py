"""The moderators' admin screens render and the Moderators group may use them."""

import pytest
from django.contrib.auth.models import Group

from participation.factories import QuestionFactory

pytestmark = pytest.mark.django_db


def test_question_edit_screen_shows_personal_data_read_only(admin_client, qa_page):
    question = QuestionFactory(asked_through=qa_page)
    response = admin_client.get(f"/admin/snippets/participation/question/edit/{question.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert question.email in html
    assert 'name="email"' not in html
    assert 'name="publish"' in html


def test_moderators_group_has_the_participation_permissions():
    group = Group.objects.get(name="Kiểm duyệt viên (Moderators)")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_question", "change_draftcomment", "add_publicholiday", "access_admin"} <= codenames


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/participation/draftcomment/",
        "/admin/snippets/participation/publicholiday/",
        "/admin/snippets/participation/unit/",
        "/admin/snippets/participation/questiontopic/",
        "/admin/snippets/participation/question/?status=received",
    ],
)
def test_admin_lists_render(admin_client, url):
    assert admin_client.get(url).status_code == 200
