"""Every page a reader can reach answers, in both languages, and bad input never breaks a page."""

import re
from urllib.parse import urlparse

import pytest

from tests.crawl import crawl

pytestmark = [pytest.mark.django_db, pytest.mark.demo]  # the smoke layer: checks the demo content itself

LANG = re.compile(r'<html lang="([a-z-]+)"')


@pytest.mark.parametrize(("start", "language"), [("/", "vi"), ("/en/", "en")])
def test_every_page_reachable_from_home_answers(client, start, language):
    responses = crawl(client, start)
    assert len(responses) > 40, "the crawl should reach the whole portal"
    failures = {}
    for url, response in responses.items():
        if response.status_code == 302:
            target = urlparse(response["Location"])
            # Link pages redirect: to another website, or to a page that must answer too.
            if not target.netloc:
                follow = client.get(target.path)
                if follow.status_code != 200:
                    failures[url] = f"redirects to {target.path} which answers {follow.status_code}"
        elif response.status_code != 200:
            failures[url] = response.status_code
    assert failures == {}


@pytest.mark.parametrize("start", ["/", "/en/"])
def test_pages_declare_the_language_of_their_url(client, start):
    for url, response in crawl(client, start).items():
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        expected = "en" if url.startswith("/en/") else "vi"
        assert LANG.search(response.content.decode()).group(1) == expected, url


def test_vietnamese_crawl_reaches_the_sidebar_entries(client):
    urls = crawl(client, "/")
    assert "/thong-tin-can-biet/thong-bao-tuyen-dung/" in urls
    assert "/thong-tin-quy-hoach/quy-hoach-thu-gom-xu-ly-chat-thai/" in urls


@pytest.mark.parametrize(
    "path",
    ["/khong-co-trang-nay/", "/en/no-such-page/", "/tin-tuc-su-kien/khong-co/", "/en/news/missing-article/"],
)
def test_unknown_paths_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode() or "Không tìm thấy trang" in response.content.decode()


@pytest.mark.parametrize("page_number", ["abc", "-1", "99999", "0", "1.5", "%00"])
@pytest.mark.parametrize("path", ["/tin-tuc-su-kien/", "/tin-tuc-su-kien/chinh-tri/", "/en/news/", "/tim-kiem/?q=dang"])
def test_bad_page_numbers_never_break_a_listing(client, path, page_number):
    separator = "&" if "?" in path else "?"
    response = client.get(f"{path}{separator}page={page_number}")
    assert response.status_code == 200


def test_category_lists_its_articles_newest_first(client):
    content = client.get("/tin-tuc-su-kien/chinh-tri/").content.decode()
    dates = re.findall(r'<time datetime="(\d{4}-\d{2}-\d{2})', content)
    assert len(dates) >= 3
    assert dates == sorted(dates, reverse=True)
