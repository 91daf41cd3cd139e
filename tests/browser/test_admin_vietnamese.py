"""The admin, as a new editor sees it in a real browser: Vietnamese whatever the browser asks for."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.browser

PASSWORD = "matkhau-thu-nghiem"


@pytest.fixture
def english_browser_page(browser):
    """A browser that asks for English: the admin's language must come from the portal, not from it."""
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def logged_in(english_browser_page, portal_url):
    get_user_model().objects.create_superuser(
        "bientapvien", "btv@example.com", PASSWORD, first_name="Lan", last_name="Nguyễn"
    )
    page = english_browser_page
    page.goto(portal_url + "/admin/login/")
    page.fill("input[name=username]", "bientapvien")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(portal_url + "/admin/")
    return page


def test_dashboard_menu_is_vietnamese(logged_in):
    sidebar = logged_in.locator("[data-wagtail-sidebar]")
    expect(
        sidebar.get_by_role("button", name="Trang", exact=True)
        .or_(sidebar.get_by_role("link", name="Trang", exact=True))
        .first
    ).to_be_visible()
    expect(sidebar).not_to_contain_text("Phân trang")
    expect(sidebar).not_to_contain_text("Pages")


def test_translation_editor_is_vietnamese(logged_in, portal_url):
    category = NewsIndexPageFactory(parent=Page.objects.get(depth=1).get_children().first())
    article = NewsPageFactory(parent=category, title="Tin dịch thử")
    article.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(article)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="en"))
    translation.save_target(publish=False)
    english = article.get_translation(translation.target_locale)

    logged_in.goto(f"{portal_url}/admin/pages/{english.id}/edit/")

    # The React editor's strings come from wagtail-localize's JavaScript catalog (djangojs).
    editor = logged_in.locator(".js-translation-editor")
    expect(editor.get_by_role("link", name="Tải xuống tệp PO").first).to_be_visible()
    expect(editor.get_by_role("button", name="Dịch").first).to_be_visible()
    expect(editor).to_contain_text("Dừng bản dịch đồng bộ")
    expect(editor).not_to_contain_text("Download PO file")
    expect(editor).not_to_contain_text("Stop Synced translation")


def test_each_user_can_switch_the_admin_to_english(logged_in, portal_url):
    logged_in.goto(portal_url + "/admin/account/")
    logged_in.select_option("select[name=locale-preferred_language]", "en")
    logged_in.get_by_role("button", name="Lưu").click()
    expect(logged_in.locator("html")).to_have_attribute("lang", "en")  # the account page answers in English

    logged_in.goto(portal_url + "/admin/")
    expect(logged_in.locator("html")).to_have_attribute("lang", "en")
    expect(logged_in.locator("[data-wagtail-sidebar]")).to_contain_text("Pages")
