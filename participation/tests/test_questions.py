"""The question's whole life: submit, email, track, assign, answer, publish; and every bad input."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from participation.factories import AnswerPageFactory, QuestionFactory, UnitFactory
from participation.models import AnswerPage, Question, on_time_share
from participation.moderation import QuestionAdminForm

from .conftest import PDF, PNG

pytestmark = pytest.mark.django_db


def submit_url(page, language="vi"):
    with translation.override("vi"):
        url = reverse("participation:submit_question", args=[page.pk])
    return url if language == "vi" else f"/en{url}"


def status_url(page):
    with translation.override("vi"):
        return reverse("participation:question_status", args=[page.pk])


def test_ask_form_page_has_no_csrf_token_and_sets_no_cookie(client, qa_page):
    response = client.get(qa_page.url + "dat-cau-hoi/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies
    assert f'action="{submit_url(qa_page)}"' in html
    assert 'enctype="multipart/form-data"' in html


def test_submit_gives_tracking_code_and_emails_it(client, qa_page, question_data):
    response = client.post(submit_url(qa_page), {**question_data, "attachment": SimpleUploadedFile("a.pdf", PDF)})
    assert response.status_code == 200
    question = Question.objects.get()
    html = response.content.decode()
    assert question.tracking_code in html
    assert question.status == Question.Status.RECEIVED
    assert question.asked_through_id == qa_page.pk
    assert question.attachment.name.endswith(".pdf")
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["an.nguyen@example.com"]
    assert question.tracking_code in mail.outbox[0].body
    assert question.tracking_code in mail.outbox[0].subject


def test_csrf_is_not_needed_but_other_sites_are_refused(qa_page, question_data):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(submit_url(qa_page), question_data).status_code == 200
    response = strict.post(submit_url(qa_page), question_data, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    response = strict.post(submit_url(qa_page), question_data, headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403
    assert Question.objects.count() == 1


def test_full_lifecycle_track_assign_answer_publish(client, qa_page, question_data):
    client.post(submit_url(qa_page), question_data)
    question = Question.objects.get()
    mail.outbox.clear()

    # Track: the code and the email together, nothing with the wrong email.
    wrong = client.post(status_url(qa_page), {"code": question.tracking_code, "email": "other@example.com"})
    assert wrong.status_code == 400
    assert "Thủ tục cấp đổi" not in wrong.content.decode()
    code = question.tracking_code.lower()
    tracked = client.post(status_url(qa_page), {"code": code, "email": "AN.NGUYEN@example.com"})
    assert tracked.status_code == 200
    assert "Thủ tục cấp đổi" in tracked.content.decode()
    assert 'class="question-status__value"' in tracked.content.decode()

    # Assign to a unit.
    unit = UnitFactory(name="Sở Tài nguyên và Môi trường (thử)")
    question.unit = unit
    question.save()
    assert question.status == Question.Status.ASSIGNED

    # Answer and publish through the moderators' form.
    moderator = get_user_model().objects.create_superuser("moderator", "m@example.com", "x")
    form_class = Question.get_edit_handler().get_form_class()
    data = {
        "topic": question.topic_id,
        "title": question.title,
        "body": question.body,
        "unit": unit.pk,
        "status": Question.Status.ANSWERED,
        "answer": "Hồ sơ gồm đơn đề nghị và bản gốc giấy chứng nhận đã cấp.",
        "decline_reason": "",
        "publish": "on",
    }
    form = form_class(data, instance=question, for_user=moderator)
    assert issubclass(form_class, QuestionAdminForm)
    assert form.is_valid(), form.errors
    form.save()

    question.refresh_from_db()
    assert question.answered_at is not None
    assert len(mail.outbox) == 1
    assert "Hồ sơ gồm đơn đề nghị" in mail.outbox[0].body
    answer_page = question.answer_page
    assert answer_page.live
    assert answer_page.get_parent().pk == qa_page.pk

    public = client.get(answer_page.url).content.decode()
    assert "Hồ sơ gồm đơn đề nghị" in public
    assert "Sở Tài nguyên và Môi trường (thử)" in public
    for personal in ("Nguyễn Văn An", "an.nguyen@example.com", "0903 123 456"):
        assert personal not in public
    listing = client.get(qa_page.url).content.decode()
    assert question.title in listing

    # Saving again does not email twice.
    form = form_class(data | {"publish": ""}, instance=question, for_user=moderator)
    assert form.is_valid()
    form.save()
    assert len(mail.outbox) == 1


def test_moderator_form_asks_for_answer_and_reason(qa_page):
    question = QuestionFactory(asked_through=qa_page)
    form_class = Question.get_edit_handler().get_form_class()
    base = {"topic": question.topic_id, "title": question.title, "body": question.body}
    base |= {"answer": "", "decline_reason": ""}
    form = form_class(base | {"status": "answered"}, instance=question)
    assert not form.is_valid() and "answer" in form.errors
    form = form_class(base | {"status": "declined"}, instance=question)
    assert not form.is_valid() and "decline_reason" in form.errors
    form = form_class(base | {"status": "received", "publish": "on"}, instance=question)
    assert not form.is_valid() and "publish" in form.errors


def test_declined_question_shows_reason_to_asker(client, qa_page):
    question = QuestionFactory(asked_through=qa_page, status="declined", decline_reason="Không thuộc thẩm quyền.")
    response = client.post(status_url(qa_page), {"code": question.tracking_code, "email": question.email})
    assert "Không thuộc thẩm quyền." in response.content.decode()


@pytest.mark.parametrize(
    ("change", "field_error"),
    [
        ({"name": ""}, "name"),
        ({"email": "not-an-email"}, "email"),
        ({"phone": "call me maybe"}, "phone"),
        ({"topic": "999999"}, "topic"),
        ({"title": ""}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"body": "quá ngắn"}, "body"),
        ({"body": "x" * 5001}, "body"),
        ({"consent": ""}, "consent"),
    ],
)
def test_bad_input_gives_the_form_back_with_everything_typed(client, qa_page, question_data, change, field_error):
    data = question_data | change
    response = client.post(submit_url(qa_page), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="form-errors"' in html
    assert f'id="id_{field_error}_error"' in html or "form-field--error" in html
    if field_error != "title":
        assert "Thủ tục cấp đổi giấy chứng nhận" in html
    if field_error != "body":
        assert "Xin hỏi hồ sơ cấp đổi" in html
    assert Question.objects.count() == 0
    assert not mail.outbox


def test_bad_input_messages_are_english_on_english_pages(client, qa_page, question_data):
    response = client.post(submit_url(qa_page, "en"), question_data | {"email": "nope"})
    assert response.status_code == 400
    assert "Enter a valid email address." in response.content.decode()
    response = client.post(submit_url(qa_page), question_data | {"email": "nope"})
    assert "Nhập địa chỉ email." in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("scan.pdf", PDF, True),
        ("photo.png", PNG, True),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 32, True),
        ("virus.pdf", b"MZ\x90\x00 this is an executable", False),
        ("page.png", b"<html><script>alert(1)</script></html>", False),
    ],
)
def test_attachments_are_checked_by_content(client, qa_page, question_data, name, content, accepted):
    response = client.post(submit_url(qa_page), question_data | {"attachment": SimpleUploadedFile(name, content)})
    assert (response.status_code == 200) is accepted
    assert Question.objects.count() == (1 if accepted else 0)


def test_attachment_size_limit(client, qa_page, question_data, settings):
    settings.PARTICIPATION_ATTACHMENT_MAX_BYTES = 1000
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * 2000)
    response = client.post(submit_url(qa_page), question_data | {"attachment": big})
    assert response.status_code == 400
    assert Question.objects.count() == 0


def test_honeypot_refuses_and_stores_nothing(client, qa_page, question_data):
    response = client.post(submit_url(qa_page), question_data | {"website": "http://spam.example"})
    assert response.status_code == 400
    assert Question.objects.count() == 0
    assert not mail.outbox


def test_rate_limit_answers_429_with_retry_after(client, qa_page, question_data, settings):
    settings.PARTICIPATION_SUBMIT_RATE = "2/h"
    for _ in range(2):
        assert client.post(submit_url(qa_page), question_data).status_code == 200
    response = client.post(submit_url(qa_page), question_data)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert 'role="alert"' in response.content.decode()
    assert Question.objects.count() == 2
    # Another reader (another browser) still may.
    other = client.post(submit_url(qa_page), question_data, HTTP_USER_AGENT="Another browser")
    assert other.status_code == 200


def test_get_on_endpoint_leads_back_to_the_page(client, qa_page):
    response = client.get(submit_url(qa_page))
    assert response.status_code == 302
    assert response["Location"] == qa_page.url


def test_unknown_page_is_404(client):
    assert client.post(reverse("participation:submit_question", args=[999999]), {}).status_code == 404


def test_answers_listed_by_topic_and_date_with_search(client, qa_page, topic):
    other_topic = type(topic).objects.create(name="Thuế thử", locale=topic.locale)
    old = AnswerPageFactory(parent=qa_page, title="Đất cũ", topic=topic, answered_on=date(2025, 1, 5))
    new = AnswerPageFactory(parent=qa_page, title="Đất mới", topic=topic, answered_on=date(2025, 6, 5))
    tax = AnswerPageFactory(parent=qa_page, title="Thuế môn bài", topic=other_topic, question="Lệ phí môn bài?")
    draft = AnswerPageFactory(parent=qa_page, title="Bản nháp", topic=topic, live=False)
    for page in (old, new, tax):
        page.save_revision().publish()
    html = client.get(qa_page.url).content.decode()
    assert html.index("Đất mới") < html.index("Đất cũ")
    assert draft.title not in html
    filtered = client.get(qa_page.url + f"?linh-vuc={topic.slug}").content.decode()
    assert "Đất mới" in filtered and "Thuế môn bài" not in filtered
    searched = client.get(qa_page.url, {"q": "môn bài"}).content.decode()
    assert "Thuế môn bài" in searched
    assert client.get(tax.url).status_code == 200
    assert AnswerPage.objects.live().count() >= 3


def test_answers_are_in_the_site_search(client, qa_page):
    page = AnswerPageFactory(parent=qa_page, title="Cấp phép xây dựng nhà ở riêng lẻ")
    page.save_revision().publish()
    html = client.get("/tim-kiem/", {"q": "cấp phép xây dựng"}).content.decode()
    assert "Cấp phép xây dựng nhà ở riêng lẻ" in html


def test_on_time_share_over_twelve_months(qa_page):
    from django.utils import timezone

    today = timezone.localdate()
    QuestionFactory(status="answered", answer="ok", due_on=today, answered_at=timezone.now())
    QuestionFactory(status="answered", answer="ok", due_on=date(2000, 1, 1), answered_at=timezone.now())
    QuestionFactory()  # still open: not counted
    share = on_time_share()
    assert share == {"total": 2, "on_time": 1, "percent": 50}


def test_forms_still_work_when_the_shared_cache_is_down(client, qa_page, question_data, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr("participation.views.get_usage", broken)
    assert client.post(submit_url(qa_page), question_data).status_code == 200
    assert Question.objects.count() == 1
