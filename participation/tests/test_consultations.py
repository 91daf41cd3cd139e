"""Consultations: open and closed behaviour, moderation, the listing, the response report."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from participation.factories import ConsultationPageFactory, DraftCommentFactory
from participation.models import DraftComment

pytestmark = pytest.mark.django_db


def comment_url(page):
    with translation.override("vi"):
        return reverse("participation:submit_comment", args=[page.pk])


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def open_consultation(consultations_page):
    return publish(ConsultationPageFactory(parent=consultations_page, title="Dự thảo đang mở", slug="dang-mo"))


@pytest.fixture
def closed_consultation(consultations_page):
    today = timezone.localdate()
    return publish(
        ConsultationPageFactory(
            parent=consultations_page,
            title="Dự thảo đã đóng",
            slug="da-dong",
            opens_on=today - timedelta(days=40),
            closes_on=today - timedelta(days=1),
            response_report="<p>Tiếp thu ý kiến về Điều 2; không tiếp thu ý kiến về phí.</p>",
        )
    )


@pytest.fixture
def comment_data():
    return {
        "name": "Trần Thị Bình",
        "email": "binh.tran@example.com",
        "organisation": "",
        "article": "Điều 2",
        "body": "Đề nghị làm rõ đối tượng áp dụng đối với hộ kinh doanh.",
        "consent": "on",
        "website": "",
    }


def test_open_consultation_shows_text_dates_time_left_and_form(client, open_consultation):
    html = client.get(open_consultation.url).content.decode()
    assert "Sở Tư pháp" in html
    assert "Phạm vi điều chỉnh" in html and "Quy định này áp dụng." in html
    assert open_consultation.closes_on.strftime("%d/%m/%Y") in html
    assert open_consultation.days_left() == 11
    assert f'action="{comment_url(open_consultation)}"' in html
    assert '<option value="Điều 2">Điều 2. Đối tượng áp dụng</option>' in html
    assert "csrfmiddlewaretoken" not in html


def test_closed_consultation_has_no_form_and_says_so(client, closed_consultation, comment_data):
    html = client.get(closed_consultation.url).content.decode()
    assert "<form" not in html.split('id="main-content"')[1].split("</main>")[0].replace('role="search"', "")
    assert "Tiếp thu ý kiến về Điều 2" in html
    response = client.post(comment_url(closed_consultation), comment_data)
    assert response.status_code == 410
    assert DraftComment.objects.count() == 0


def test_comment_is_moderated_before_it_appears(client, open_consultation, comment_data):
    response = client.post(comment_url(open_consultation), comment_data)
    assert response.status_code == 200
    comment = DraftComment.objects.get()
    assert comment.status == DraftComment.Status.PENDING and comment.article == "Điều 2"
    assert comment_data["body"] not in client.get(open_consultation.url).content.decode()
    comment.status = DraftComment.Status.PUBLISHED
    comment.save()
    html = client.get(open_consultation.url).content.decode()
    assert comment_data["body"] in html
    assert "Trần Thị Bình" not in html and "binh.tran@example.com" not in html
    assert not mail.outbox


def test_bad_comment_keeps_what_was_typed(client, open_consultation, comment_data):
    for change in ({"email": "x"}, {"body": "ngắn"}, {"article": "Điều 99"}, {"consent": ""}, {"website": "spam"}):
        response = client.post(comment_url(open_consultation), comment_data | change)
        assert response.status_code == 400, change
        html = response.content.decode()
        assert "Trần Thị Bình" in html
        if "body" not in change:
            assert comment_data["body"] in html
    assert DraftComment.objects.count() == 0


def test_listing_open_first_then_closed_with_counts(client, consultations_page, open_consultation, closed_consultation):
    DraftCommentFactory(consultation=closed_consultation, status="published")
    DraftCommentFactory(consultation=closed_consultation, status="published", body="Ý kiến thứ hai.")
    DraftCommentFactory(consultation=closed_consultation, status="pending", body="Chưa duyệt.")
    html = client.get(consultations_page.url).content.decode()
    assert html.index("Dự thảo đang mở") < html.index("Dự thảo đã đóng")
    closed_part = html[html.index("Dự thảo đã đóng") :]
    assert "2 " in closed_part.split("</li>")[0]


def test_comment_rate_limit(client, open_consultation, comment_data, settings):
    settings.PARTICIPATION_SUBMIT_RATE = "1/h"
    assert client.post(comment_url(open_consultation), comment_data).status_code == 200
    response = client.post(comment_url(open_consultation), comment_data)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
