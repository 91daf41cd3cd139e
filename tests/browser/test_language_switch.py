"""The header's language link, clicked in a real browser, both ways."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_language_switch_on_the_seed_article_both_ways(page, portal_url, seed_path):
    page.goto(portal_url + seed_path)
    expect(page.locator("html")).to_have_attribute("lang", "vi")

    page.get_by_role("link", name="English", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert "/en/news/politics/" in page.url
    expect(page.locator("h1")).to_contain_text("District Party Committee")

    page.get_by_role("link", name="Tiếng Việt", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    assert page.url.endswith(seed_path)
    expect(page.locator("h1")).to_contain_text("Đảng bộ huyện Châu Thành")
