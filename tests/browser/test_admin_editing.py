"""Editing in the admin, in a real browser: dates, slugs and autosave behave as the editor sees them.

Each test makes its own small tree (a news category with its articles) under the
Vietnamese home page of the live server's site, then works through the admin.
The admin is in Vietnamese, so elements are found by their ids and data
attributes rather than by their labels.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from core.text import ascii_slug
from home.models import HomePage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage
from sections.models import StandardPage

pytestmark = pytest.mark.browser

PASSWORD = "mat-khau-thu-nghiem"


@pytest.fixture
def category(portal_url):
    home = HomePage.objects.get(locale__language_code="vi")
    return NewsIndexPageFactory(parent=home, title="Tin thử nghiệm", slug="tin-thu-nghiem")


@pytest.fixture
def admin_page(page, portal_url):
    """The browser, logged in to the admin as a superuser."""
    get_user_model().objects.create_superuser("bientap", "bientap@example.com", PASSWORD)
    page.goto(portal_url + "/admin/login/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def publish(admin_page):
    """Press "Publish", opening the action menu first when it is not the main button."""
    button = admin_page.locator("button[name=action-publish]")
    if not button.is_visible():
        admin_page.locator(".w-dropdown-button [aria-expanded]").first.click()
    button.click()
    admin_page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def local(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=timezone.get_current_timezone())


@pytest.mark.parametrize("day", [2, 17])
def test_resaving_and_publishing_keeps_the_public_date(admin_page, portal_url, category, day):
    article = NewsPageFactory(parent=category, date=local(2023, 3, day, 9, 15))
    article.save_revision().publish()
    public_date = f"{day:02d}/03/2023"
    admin_page.goto(portal_url + article.url)
    expect(admin_page.locator(".article-meta time, time").first).to_have_text(public_date)

    admin_page.goto(f"{portal_url}/admin/pages/{article.pk}/edit/")
    expect(admin_page.locator("#id_date")).to_have_value(f"{public_date} 09:15")
    publish(admin_page)

    assert timezone.localtime(NewsPage.objects.get(pk=article.pk).date) == local(2023, 3, day, 9, 15)
    admin_page.goto(portal_url + article.url)
    expect(admin_page.locator("time").first).to_have_text(public_date)


def test_go_live_date_after_the_12th_is_stored_as_shown(admin_page, portal_url, category):
    article = NewsPageFactory(parent=category, date=local(2023, 3, 2, 9, 15))
    article.save_revision().publish()
    admin_page.goto(f"{portal_url}/admin/pages/{article.pk}/edit/")

    admin_page.locator('[data-side-panel-toggle="status"]').click()
    admin_page.locator('[data-a11y-dialog-show="schedule-publishing-dialog"]').first.click()
    dialog = admin_page.locator("#schedule-publishing-dialog")
    go_live = dialog.locator("#id_go_live_at")
    go_live.fill("17/04/2030 07:30")
    dialog.locator("h2").first.click()  # leave the field: its date picker closes
    expect(admin_page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    expect(go_live).to_have_value("17/04/2030 07:30")
    # A date picker of the dialog may still lie over the button: press it as a keyboard user would.
    dialog.locator("button.action-save").evaluate("button => button.click()")
    admin_page.wait_for_url(re.compile(rf"/admin/pages/{article.pk}/edit/$"))
    expect(admin_page.locator(".error-message, .help-critical")).to_have_count(0)

    draft = NewsPage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert timezone.localtime(draft.go_live_at) == local(2030, 4, 17, 7, 30)
    admin_page.goto(f"{portal_url}/admin/pages/{article.pk}/edit/")
    expect(admin_page.locator("#id_go_live_at")).to_have_value("17/04/2030 07:30")


TITLES = [
    "Hội chợ trái cây Đồng bằng sông Cửu Long",
    "Đường đến trường",
    "Ủy ban nhân dân tỉnh: kế hoạch năm 2024 (đợt 1)",
]


def new_article_form(admin_page, portal_url, category):
    admin_page.goto(f"{portal_url}/admin/pages/add/news/newspage/{category.pk}/")
    return admin_page.locator("#id_title"), admin_page.locator("#id_slug")


@pytest.mark.parametrize("title", TITLES)
def test_slug_from_a_vietnamese_title_matches_the_server(admin_page, portal_url, category, title):
    title_field, slug_field = new_article_form(admin_page, portal_url, category)
    title_field.press_sequentially(title)
    title_field.press("Tab")
    expect(slug_field).to_have_value(ascii_slug(title))


def test_slug_typed_with_accents_is_folded(admin_page, portal_url, category):
    title_field, slug_field = new_article_form(admin_page, portal_url, category)
    title_field.fill("Tin đặc biệt")
    # The tab's id follows its translated heading ("Quảng bá"), so find it by its name.
    admin_page.get_by_role("tab", name=re.compile("Quảng bá|Promote")).click()
    expect(slug_field).to_have_value("tin-dac-biet")  # filled from the title first
    slug_field.fill("tin-tức-đặc-biệt")
    slug_field.press("Tab")
    expect(slug_field).to_have_value("tin-tuc-dac-biet")


def test_abandoned_new_page_form_leaves_no_draft(admin_page, portal_url, category):
    title_field, _slug = new_article_form(admin_page, portal_url, category)
    admin_page.wait_for_timeout(2500)  # Wagtail compares the form with itself 2 s after loading
    title_field.press_sequentially("Bài viết bỏ dở")
    admin_page.locator("#id_lead").fill("Tóm tắt chưa xong.")
    admin_page.wait_for_timeout(2500)  # several times Wagtail's default autosave interval (0.5 s)
    admin_page.goto(f"{portal_url}/admin/pages/{category.pk}/")
    assert not NewsPage.objects.filter(title="Bài viết bỏ dở").exists()
    expect(admin_page.get_by_text("Bài viết bỏ dở")).to_have_count(0)


def test_publishing_from_one_window_shows_no_conflict(admin_page, portal_url, category):
    article = NewsPageFactory(parent=category, date=local(2023, 3, 17, 9, 15))
    article.save_revision().publish()
    edit_url = f"{portal_url}/admin/pages/{article.pk}/edit/"
    admin_page.goto(edit_url)
    admin_page.wait_for_timeout(2500)
    admin_page.locator("#id_lead").fill("Tóm tắt đã sửa.")
    admin_page.wait_for_timeout(2500)
    publish(admin_page)
    assert NewsPage.objects.get(pk=article.pk).lead == "Tóm tắt đã sửa."

    admin_page.goto(edit_url)
    admin_page.wait_for_timeout(2500)
    admin_page.locator("#id_lead").fill("Tóm tắt sửa lần hai.")
    admin_page.wait_for_timeout(2500)
    publish(admin_page)
    expect(admin_page.locator("#w-save-confirmation-dialog")).to_be_hidden()
    assert NewsPage.objects.get(pk=article.pk).lead == "Tóm tắt sửa lần hai."


def test_publishing_a_new_page_from_one_window_shows_no_conflict(admin_page, portal_url, category):
    admin_page.goto(f"{portal_url}/admin/pages/add/sections/standardpage/{category.get_parent().pk}/")
    admin_page.wait_for_timeout(2500)
    admin_page.locator("#id_title").press_sequentially("Giới thiệu thử nghiệm")
    admin_page.wait_for_timeout(1500)
    admin_page.locator("#id_intro").press_sequentially("Một đoạn giới thiệu.")
    admin_page.wait_for_timeout(2500)
    button = admin_page.locator("button[name=action-publish]")
    if not button.is_visible():
        admin_page.locator(".w-dropdown-button [aria-expanded]").first.click()
    button.click()
    expect(admin_page.locator("#w-save-confirmation-dialog")).to_be_hidden()
    admin_page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    assert StandardPage.objects.get(title="Giới thiệu thử nghiệm").live
