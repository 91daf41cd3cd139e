"""The two citizen journeys in a real browser, with JavaScript off: ask a question, comment on a draft.

JavaScript is off on purpose: the forms must work without it (docs/participation.md). Bad input
comes back with messages and everything typed still in the fields.
"""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from participation.models import ConsultationPage, DraftComment, Question

pytestmark = pytest.mark.browser


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(locale="vi-VN", java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_ask_a_question_then_track_it(no_js_page, portal_url):
    page = no_js_page
    page.goto(portal_url + "/hoi-dap/dat-cau-hoi/")
    page.locator("#id_name").fill("Nguyễn Văn An")
    page.locator("#id_email").fill("an@example")  # bad email first
    page.locator("#id_topic").select_option(index=1)
    page.locator("#id_title").fill("Thời hạn cấp giấy phép xây dựng")
    page.locator("#id_body").fill("Xin hỏi thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ là bao lâu?")
    page.locator("#id_consent").check()
    page.locator("form.participation-form button[type=submit]").click()

    expect(page.locator(".form-errors")).to_be_visible()
    expect(page.locator("#id_title")).to_have_value("Thời hạn cấp giấy phép xây dựng")
    expect(page.locator("#id_body")).to_have_value("Xin hỏi thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ là bao lâu?")
    page.locator("#id_email").fill("an.nguyen@example.com")
    page.locator("#id_consent").check()
    page.locator("form.participation-form button[type=submit]").click()

    code = page.locator(".tracking-code").inner_text()
    assert re.fullmatch(r"HD-[A-Z2-9]{8}", code)
    question = Question.objects.get(tracking_code=code)
    assert question.email == "an.nguyen@example.com"
    assert any(code in message.body for message in mail.outbox)

    page.goto(portal_url + "/hoi-dap/tra-cuu/")
    page.locator("#id_code").fill(code)
    page.locator("#id_email").fill("an.nguyen@example.com")
    page.locator("form.participation-form button[type=submit]").click()
    expect(page.locator(".question-status h2")).to_contain_text("Thời hạn cấp giấy phép xây dựng")


def test_comment_on_an_open_draft(no_js_page, portal_url):
    page = no_js_page
    consultation = next(c for c in ConsultationPage.objects.filter(locale__language_code="vi") if c.is_open())
    page.goto(portal_url + consultation.url)
    page.locator("#id_name").fill("Trần Thị Bình")
    page.locator("#id_email").fill("binh.tran@example.com")
    page.locator("#id_article").select_option("Điều 3")
    page.locator("#id_body").fill("ngắn")  # too short first
    page.locator("#id_consent").check()
    page.locator("form.participation-form button[type=submit]").click()

    expect(page.locator(".form-errors")).to_be_visible()
    expect(page.locator("#id_name")).to_have_value("Trần Thị Bình")
    expect(page.locator("#id_article")).to_have_value("Điều 3")
    page.locator("#id_body").fill("Đề nghị quy định rõ giờ mở cửa của chợ đêm tại thành phố Mỹ Tho.")
    page.locator("#id_consent").check()
    page.locator("form.participation-form button[type=submit]").click()

    expect(page.locator("[role=status]")).to_be_visible()
    comment = DraftComment.objects.get(body__startswith="Đề nghị quy định rõ giờ mở cửa")
    assert comment.status == DraftComment.Status.PENDING and comment.article == "Điều 3"
