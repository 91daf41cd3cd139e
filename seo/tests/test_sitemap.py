"""sitemap.xml lists the portal in both languages, linking translations; robots.txt points to it."""

import pytest
from defusedxml.ElementTree import fromstring
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from navigation.models import LinkPage
from news.factories import NewsPageFactory
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def read_sitemap(client, path="/sitemap.xml"):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = fromstring(response.content)
    urls = {}
    for url in root.findall("s:url", NS):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
        urls[url.findtext("s:loc", namespaces=NS)] = {"lastmod": url.findtext("s:lastmod", namespaces=NS), **alternates}
    return urls


def test_sitemap_lists_the_seed_article_in_both_languages_with_alternates(client, seed_path, seed_article):
    urls = read_sitemap(client)
    english = seed_article.get_translation(Locale.objects.get(language_code="en"))
    vi_url, en_url = f"http://testserver{seed_path}", f"http://testserver{english.url}"
    assert en_url.startswith("http://testserver/en/news/")
    for url in (vi_url, en_url):
        assert urls[url]["vi"] == vi_url
        assert urls[url]["en"] == en_url
        assert urls[url]["x-default"] == vi_url
    assert urls[vi_url]["lastmod"] == "2023-03-17"


def test_sitemap_covers_both_home_pages_and_every_live_public_page(client):
    urls = read_sitemap(client)
    assert "http://testserver/" in urls
    assert "http://testserver/en/" in urls
    live = Page.objects.live().public().filter(depth__gt=1).not_type(LinkPage)
    assert len(urls) == live.count()


def test_untranslated_pages_have_no_alternates(client):
    urls = read_sitemap(client)
    untranslated = [url for url, info in urls.items() if "vi" not in info]
    assert untranslated, "the demo has Vietnamese pages without translation"
    assert all(set(urls[url]) == {"lastmod"} for url in untranslated)


def test_sitemap_leaves_out_link_pages_drafts_and_private_pages(client):
    category = NewsIndexPage.objects.get(slug="chinh-tri", locale__language_code="vi")
    draft = NewsPageFactory(parent=category, slug="ban-nhap", live=False)
    private = NewsPageFactory(parent=category, slug="tin-noi-bo")
    private.view_restrictions.create(restriction_type="login")
    urls = read_sitemap(client)
    assert "http://testserver/tin-tuc-su-kien/chinh-tri/tin-noi-bo/" not in urls
    assert f"http://testserver{draft.url or '/tin-tuc-su-kien/chinh-tri/ban-nhap/'}" not in urls
    for link in LinkPage.objects.live():
        assert f"http://testserver{link.url}" not in urls


def test_new_articles_appear_and_the_queries_stay_the_same(client):
    def queries():
        cache.clear()
        with CaptureQueriesContext(connection) as context:
            urls = read_sitemap(client)
        return len(context.captured_queries), urls

    before, _ = queries()
    category = NewsIndexPage.objects.get(slug="chinh-tri", locale__language_code="vi")
    for number in range(20):
        NewsPageFactory(parent=category, slug=f"tin-moi-{number}").save_revision().publish()
    after, urls = queries()
    assert "http://testserver/tin-tuc-su-kien/chinh-tri/tin-moi-19/" in urls
    assert after == before


@pytest.mark.parametrize("page", ["2", "abc", "-1", "9999999999"])
def test_a_missing_sitemap_page_is_404(client, page):
    assert client.get(f"/sitemap.xml?p={page}").status_code == 404


def test_robots_txt_allows_crawling_and_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /api/" in lines
    assert "Disallow: /" not in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
