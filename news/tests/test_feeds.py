"""RSS feeds: all the news and each category, in both languages, readable by any feed reader."""

import re
from datetime import timedelta

import feedparser
import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

FEEDS = [
    ("/tin-tuc-su-kien/rss/", "vi"),
    ("/tin-tuc-su-kien/chinh-tri/rss/", "vi"),
    ("/en/news/rss/", "en"),
    ("/en/news/politics/rss/", "en"),
]
FEED_LINK = re.compile(r'<link rel="alternate" type="application/rss\+xml" title="[^"]*" href="([^"]+)">')


def category(slug, language="vi"):
    return NewsIndexPage.objects.get(slug=slug, locale__language_code=language)


def read_feed(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize(("path", "language"), FEEDS)
def test_feeds_parse_with_dates_leads_and_their_language(client, path, language):
    feed = read_feed(client, path)
    assert feed.version == "rss20"
    assert feed.feed.language == language
    assert feed.entries
    for entry in feed.entries:
        assert entry.published_parsed is not None
        assert entry.summary
        assert entry.link.startswith("http://testserver/")
        assert entry.link.startswith("http://testserver/en/") == (language == "en")


def test_an_article_reads_in_the_feed_as_on_the_site(client, seed_article):
    entry = next(
        e for e in read_feed(client, "/tin-tuc-su-kien/chinh-tri/rss/").entries if e.title == seed_article.title
    )
    assert entry.summary == seed_article.lead
    assert entry.link == f"http://testserver{seed_article.url}"
    assert entry.author == seed_article.author
    assert entry.published_parsed[:3] == (2023, 3, 17)
    assert "Xây dựng Đảng" in [tag.term for tag in entry.tags]


def test_english_items_name_their_topics_in_english(client, seed_article):
    english = seed_article.get_translation(Locale.objects.get(language_code="en"))
    entry = next(e for e in read_feed(client, "/en/news/politics/rss/").entries if e.title == english.title)
    assert [tag.term for tag in entry.tags] == ["Party building"]


def test_the_top_category_carries_every_article_of_its_language(client):
    feed = read_feed(client, "/tin-tuc-su-kien/rss/")
    live = NewsPage.objects.live().filter(locale__language_code="vi")
    assert {entry.title for entry in feed.entries} == set(live.values_list("title", flat=True))
    dates = [entry.published_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)


def test_a_category_feed_carries_only_its_own_articles(client):
    politics = category("chinh-tri")
    own = set(NewsPage.objects.live().child_of(politics).values_list("title", flat=True))
    titles = {entry.title for entry in read_feed(client, "/tin-tuc-su-kien/chinh-tri/rss/").entries}
    assert titles == own
    assert len(own) < NewsPage.objects.live().filter(locale__language_code="vi").count()


def test_english_feed_reads_as_the_english_articles(client):
    english = NewsPage.objects.live().filter(locale__language_code="en")
    entries = read_feed(client, "/en/news/rss/").entries
    assert {(entry.title, entry.summary) for entry in entries} == set(english.values_list("title", "lead"))
    assert any("'" in entry.title for entry in entries), "an apostrophe reads as itself, not as &#x27;"


def test_markup_in_a_title_or_lead_is_text_not_html(client):
    politics = category("chinh-tri")
    NewsPageFactory(
        parent=politics, title="Giá <b>lúa</b> & gạo", lead="Tăng <script>x</script> & giảm"
    ).save_revision().publish()
    entry = read_feed(client, "/tin-tuc-su-kien/chinh-tri/rss/").entries[0]
    # feedparser hands over HTML: the markup arrives escaped, to be shown as typed.
    assert entry.title == "Giá &lt;b&gt;lúa&lt;/b&gt; &amp; gạo"
    assert entry.summary == "Tăng &lt;script&gt;x&lt;/script&gt; &amp; giảm"


def test_drafts_scheduled_and_private_articles_stay_out(client):
    politics = category("chinh-tri")
    NewsPageFactory(parent=politics, title="Bản nháp chưa duyệt", live=False).save_revision()
    scheduled = NewsPageFactory(parent=politics, title="Tin hẹn giờ đăng", live=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    scheduled.save_revision().publish()
    private = NewsPageFactory(parent=politics, title="Tin nội bộ")
    private.save_revision().publish()
    private.view_restrictions.create(restriction_type="login")
    NewsPageFactory(parent=politics, title="Tin mới công khai").save_revision().publish()

    titles = {entry.title for entry in read_feed(client, "/tin-tuc-su-kien/chinh-tri/rss/").entries}
    assert "Tin mới công khai" in titles
    assert not titles & {"Bản nháp chưa duyệt", "Tin hẹn giờ đăng", "Tin nội bộ"}


def test_publishing_reaches_a_feed_already_cached(client):
    read_feed(client, "/tin-tuc-su-kien/rss/")
    NewsPageFactory(parent=category("kinh-te"), title="Tin vừa đăng").save_revision().publish()
    assert "Tin vừa đăng" in {entry.title for entry in read_feed(client, "/tin-tuc-su-kien/rss/").entries}


def test_a_feed_holds_the_thirty_newest(client):
    politics = category("chinh-tri")
    for _ in range(31):
        NewsPageFactory(parent=politics).save_revision().publish()
    assert len(read_feed(client, "/tin-tuc-su-kien/rss/").entries) == 30


def test_a_feed_costs_the_same_queries_however_many_articles(client):
    def queries():
        cache.clear()
        with CaptureQueriesContext(connection) as context:
            read_feed(client, "/tin-tuc-su-kien/chinh-tri/rss/")
        return len(context.captured_queries)

    before = queries()
    politics = category("chinh-tri")
    for _ in range(20):
        NewsPageFactory(parent=politics).save_revision().publish()
    assert queries() == before


def test_a_feed_is_kept_by_the_page_cache():
    reader = Client(HTTP_HOST="localhost")  # the demo Site's own host name: its pages are cached
    read_feed(reader, "/tin-tuc-su-kien/chinh-tri/rss/")
    with CaptureQueriesContext(connection) as context:
        read_feed(reader, "/tin-tuc-su-kien/chinh-tri/rss/")
    assert context.captured_queries == [], "a second read is served whole from the page cache"


@pytest.mark.parametrize("path", ["/tin-tuc-su-kien/rss/khong-co/", "/en/news/politics/rss/x/"])
def test_unknown_feed_paths_are_404(client, path):
    assert client.get(path).status_code == 404


def test_article_addresses_have_no_feed(client, seed_path):
    assert client.get(f"{seed_path}rss/").status_code == 404


@pytest.mark.parametrize(("path", "language"), [("/rss/", "vi"), ("/en/rss/", "en")])
def test_rss_page_lists_every_feed_of_the_language_and_they_answer(client, path, language):
    content = client.get(path).content.decode()
    feeds = re.findall(r'<a href="([^"]+)" type="application/rss\+xml">', content)
    categories = NewsIndexPage.objects.live().filter(locale__language_code=language)
    assert len(feeds) == categories.count() == 5
    for feed in feeds:
        assert feed.startswith("/en/") == (language == "en")
        assert f'<code class="feed-list__address">http://testserver{feed}</code>' in content
        read_feed(client, feed)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/tin-tuc-su-kien/", ["/tin-tuc-su-kien/rss/"]),
        ("/tin-tuc-su-kien/chinh-tri/", ["/tin-tuc-su-kien/chinh-tri/rss/", "/tin-tuc-su-kien/rss/"]),
        ("SEED", ["/tin-tuc-su-kien/chinh-tri/rss/", "/tin-tuc-su-kien/rss/"]),
        ("/en/news/politics/", ["/en/news/politics/rss/", "/en/news/rss/"]),
        ("/", ["/tin-tuc-su-kien/rss/"]),
        ("/en/rss/", ["/en/news/rss/"]),
    ],
)
def test_news_pages_announce_their_feeds(client, seed_path, path, expected):
    content = client.get(seed_path if path == "SEED" else path).content.decode()
    head = content.split("</head>")[0]
    assert FEED_LINK.findall(head) == expected
    for feed in expected:
        read_feed(client, feed)


def test_english_article_announces_english_feeds(client, seed_article):
    english = seed_article.get_translation(Locale.objects.get(language_code="en"))
    head = client.get(english.url).content.decode().split("</head>")[0]
    assert FEED_LINK.findall(head) == ["/en/news/politics/rss/", "/en/news/rss/"]
