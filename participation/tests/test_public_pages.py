"""Forms on cacheable pages, the privacy statement, and no personal data on any public page or feed."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from participation.factories import ConsultationPageFactory, DraftCommentFactory
from participation.models import Question
from participation.moderation import publish_answer

from .conftest import PDF

pytestmark = pytest.mark.django_db

PERSONAL = ("Nguyễn Văn An", "an.nguyen@example.com", "0903123456", "Trần Thị Bình", "binh.tran@example.com")


def test_form_pages_can_be_cached_whole_and_still_post(client, qa_page, consultations_page, question_data):
    consultation = ConsultationPageFactory(parent=consultations_page, slug="du-thao-cache")
    consultation.save_revision().publish()
    for url in (qa_page.url + "dat-cau-hoi/", qa_page.url + "tra-cuu/", consultation.url):
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies, f"{url} sets a cookie: the page cache would not store it"
        assert "csrfmiddlewaretoken" not in response.content.decode()
        assert "no-store" not in response.get("Cache-Control", "")
    # The HTML as a cache would serve it, posted by a reader who has no cookie at all.
    reader = Client(enforce_csrf_checks=True)
    html = client.get(qa_page.url + "dat-cau-hoi/").content.decode()
    with translation.override("vi"):
        action = reverse("participation:submit_question", args=[qa_page.pk])
    assert f'action="{action}"' in html
    response = reader.post(action, question_data, headers={"Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_privacy_statement_next_to_the_forms(client, qa_page):
    html = client.get(qa_page.url + "dat-cau-hoi/").content.decode()
    assert "13/2023" in html


def test_no_personal_data_in_public_html_search_or_feeds(client, qa_page, consultations_page, question_data):
    client.post(
        reverse("participation:submit_question", args=[qa_page.pk]),
        question_data | {"phone": "0903123456", "attachment": SimpleUploadedFile("a.pdf", PDF)},
    )
    question = Question.objects.get()
    question.status = "answered"
    question.answer = "Câu trả lời công khai."
    question.save()
    answer_page = publish_answer(question)
    consultation = ConsultationPageFactory(parent=consultations_page, slug="du-thao-rieng-tu")
    consultation.save_revision().publish()
    DraftCommentFactory(consultation=consultation, status="published")
    urls = [
        qa_page.url,
        answer_page.url,
        consultations_page.url,
        consultation.url,
        "/tim-kiem/?q=gi%E1%BA%A5y+ch%E1%BB%A9ng+nh%E1%BA%ADn",
        "/sitemap.xml",
        "/rss/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        body = response.content.decode()
        for value in PERSONAL:
            assert value not in body, f"{value} on {url}"
        assert question.attachment.name not in body
    assert "Câu trả lời công khai." in client.get(answer_page.url).content.decode()
