"""The reader counters in a real browser: the cached page fetches its numbers and sends the reader's.

The browser is Headless Chrome, which the counters deliberately count like any browser
(see counters/visitors.py).
"""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale, Page

from counters.counting import rate
from counters.models import PageCounter
from demo.counters import seed_counts
from demo.data import seed_article as seed_article_data
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage

pytestmark = pytest.mark.browser


def seed_article():
    return NewsPage.objects.get(slug=seed_article_data()["slug"], locale__language_code="vi")


def test_opening_the_article_counts_one_view_and_a_reload_none(page, portal_url, seed_path):
    seed_counts()
    article = seed_article()
    page.goto(portal_url + seed_path)
    expect(page.locator("[data-view-count]")).to_have_text("96")
    expect(page.locator("[data-rating-summary]")).to_have_text("(0/5)")

    with page.expect_response(lambda response: response.url.endswith(f"/api/pages/{article.pk}/view/")) as answer:
        page.reload()
    assert answer.value.json()["counted"] is False
    expect(page.locator("[data-view-count]")).to_have_text("96")
    assert PageCounter.objects.get(page=article).views == 96


def test_rating_with_the_keyboard_updates_the_average_shown(page, portal_url, seed_path):
    article = seed_article()
    rate(article.pk, "earlier-reader-1", 5)
    rate(article.pk, "earlier-reader-2", 4)
    page.goto(portal_url + seed_path)
    rating = page.locator("[data-rating]")
    expect(rating.locator("[data-rating-summary]")).to_have_text("(4,5/5)")
    expect(rating.locator("[data-rating-count]")).to_have_text("2")

    stars = rating.get_by_role("group")
    expect(stars.get_by_role("button")).to_have_count(5)
    stars.locator('[data-stars="4"]').focus()
    page.keyboard.press("Enter")
    expect(rating.locator("[data-rating-summary]")).to_have_text("(4,3/5)")
    expect(rating.locator("[data-rating-count]")).to_have_text("3")
    expect(rating.get_by_role("status")).not_to_be_empty()
    counter = PageCounter.objects.get(page=article)
    assert (counter.rating_count, counter.rating_sum) == (3, 13)

    # Back on the page later, the reader's vote is remembered and a second one is not sent.
    page.reload()
    expect(rating.locator('[data-stars="1"]')).to_have_attribute("aria-disabled", "true")
    rating.locator('[data-stars="1"]').focus()
    page.keyboard.press("Enter")
    expect(rating.get_by_role("status")).not_to_be_empty()
    expect(rating.locator("[data-rating-summary]")).to_have_text("(4,3/5)")
    assert PageCounter.objects.get(page=article).rating_count == 3


def test_the_english_article_shows_a_decimal_point(page, portal_url):
    english = seed_article().get_translation(Locale.objects.get(language_code="en"))
    rate(english.pk, "earlier-reader-1", 5)
    rate(english.pk, "earlier-reader-2", 4)
    page.goto(portal_url + english.url)
    rating = page.locator("[data-rating]")
    expect(rating.locator("[data-rating-summary]")).to_have_text("(4.5/5)")
    rating.get_by_role("button", name="Rate 4 out of 5").click()
    expect(rating.locator("[data-rating-summary]")).to_have_text("(4.3/5)")
    expect(rating.get_by_role("status")).to_contain_text("4.3")


def test_the_sidebar_shows_visitor_statistics(page, portal_url):
    page.goto(portal_url + "/")
    stats = page.locator("[data-visitor-stats]")
    for name in ("online", "today", "this_week", "this_month", "total"):
        expect(stats.locator(f'[data-stat="{name}"]')).to_have_text(re.compile(r"^[1-9][0-9.,]*$"))
    for name in ("last_week", "last_month"):
        expect(stats.locator(f'[data-stat="{name}"]')).to_have_text("0")


def test_two_browsers_at_one_address_count_two_views_and_a_reload_none(browser, portal_url):
    """Two readers behind one NAT: same address, same browser, each with its own reader id."""
    home = Page.objects.get(depth=2, locale__language_code="vi")
    category = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=category)
    article.save_revision().publish()
    url = portal_url + article.url
    view_answer = f"/api/pages/{article.pk}/view/"

    contexts = [browser.new_context(locale="vi-VN") for _ in range(2)]
    try:
        first, second = (context.new_page() for context in contexts)
        first.goto(url)
        expect(first.locator("[data-view-count]")).to_have_text("1")
        second.goto(url)
        expect(second.locator("[data-view-count]")).to_have_text("2")

        with first.expect_response(lambda response: response.url.endswith(view_answer)) as answer:
            first.reload()
        assert answer.value.json() == {"counted": False, "views": 2, "rating": {"average": None, "count": 0}}
        expect(first.locator("[data-view-count]")).to_have_text("2")
    finally:
        for context in contexts:
            context.close()
    assert PageCounter.objects.get(page=article).views == 2
