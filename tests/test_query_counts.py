"""Queries per public page are a constant: they do not grow with articles, menu entries or sidebar links.

"Warm" is the steady state of a running portal (fragment caches of the chrome
filled); "cold" is the first request after a publish or a cache flush. Both are
asserted to stay the same when 50 more articles and 50 more sidebar links are
published; the warm counts are held to the budgets of the issue.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from core.models import PortalImage
from navigation.factories import LinkPageFactory
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from sections.models import SectionPage

pytestmark = pytest.mark.django_db

ARTICLE_BUDGET = 10
HOME_BUDGET = 15
CATEGORY_PATH = "/tin-tuc-su-kien/chinh-tri/"


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def cold_and_warm(client, url):
    # A first request makes what a published page would already have (image renditions),
    # then the fragment caches are emptied, as a publish does.
    client.get(url)
    cache.clear()
    cold = queries_for(client, url)
    warm = queries_for(client, url)
    return cold, warm


def add_articles_and_sidebar_links(articles, links):
    """Grow the portal: live articles (with photos, like the demo's) and sidebar entries."""
    category = NewsIndexPage.objects.get(slug="chinh-tri", locale__language_code="vi")
    sidebar = SectionPage.objects.get(slug="thong-tin-can-biet", locale__language_code="vi")
    photo = PortalImage.objects.exclude(title__startswith="VĂN").first()
    for _ in range(articles):
        NewsPageFactory(parent=category, featured_image=photo)
    for _ in range(links):
        LinkPageFactory(parent=sidebar)


PAGES = {"article": "SEED", "home": "/", "english home": "/en/", "category": CATEGORY_PATH}
BUDGETS = {"article": ARTICLE_BUDGET, "home": HOME_BUDGET, "english home": HOME_BUDGET, "category": HOME_BUDGET}


def test_queries_stay_constant_as_content_grows(client, seed_path):
    urls = {name: seed_path if url == "SEED" else url for name, url in PAGES.items()}
    before = {name: cold_and_warm(client, url) for name, url in urls.items()}
    # 50 more sidebar links, and ten times the demo's articles in one category.
    add_articles_and_sidebar_links(articles=10 * NewsPage.objects.filter(locale__language_code="vi").count(), links=50)
    after = {name: cold_and_warm(client, url) for name, url in urls.items()}
    assert after == before, "queries grew with content (cold, warm)"
    for name, (_cold, warm) in after.items():
        assert warm <= BUDGETS[name], f"{name}: {warm} queries on a warm cache, budget {BUDGETS[name]}"


def test_english_article_within_budget(client, seed_article):
    english = seed_article.get_translation(Locale.objects.get(language_code="en"))
    _cold, warm = cold_and_warm(client, english.url)
    assert warm <= ARTICLE_BUDGET
