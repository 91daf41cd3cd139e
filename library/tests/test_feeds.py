"""Each filtered view of the library has its own RSS feed at ``rss/`` with the same query."""

import datetime
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest

from library.factories import LegalDocumentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents(library, terms):
    LegalDocumentPageFactory(
        parent=library,
        title="Quyết định về đất",
        number="15/2024/QĐ-UBND",
        abstract="Bảng giá đất.",
        document_type=terms["decision"],
        subject_area=terms["land"],
        issue_date=datetime.date(2024, 5, 2),
    )
    LegalDocumentPageFactory(
        parent=library,
        title="Chỉ thị về y tế",
        number="03/CT-UBND",
        abstract="Phòng chống dịch.",
        document_type=terms["directive"],
        subject_area=terms["health"],
        issue_date=datetime.date(2023, 1, 9),
    )


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0
    return feed


def titles(feed):
    return [entry.title for entry in feed.entries]


def test_the_whole_library_feed(client, library, documents):
    feed = read_feed(client, f"{library.url}rss/")
    assert titles(feed) == ["15/2024/QĐ-UBND: Quyết định về đất", "03/CT-UBND: Chỉ thị về y tế"]
    assert feed.entries[0].summary == "Bảng giá đất."
    assert feed.entries[0].link.startswith("http://testserver/")
    assert feed.feed.language == "vi"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("loai=chi-thi-thu", ["03/CT-UBND: Chỉ thị về y tế"]),
        ("linh-vuc=dat-dai-thu&nam=2024", ["15/2024/QĐ-UBND: Quyết định về đất"]),
        ("tu-khoa=15/2024/qd-ubnd", ["15/2024/QĐ-UBND: Quyết định về đất"]),
        ("hieu-luc=het-hieu-luc", []),
    ],
)
def test_a_feed_per_filtered_view(client, library, documents, query, expected):
    feed = read_feed(client, f"{library.url}rss/?{query}")
    assert titles(feed) == expected
    # The channel links back to the same filtered list.
    link = urlsplit(feed.feed.link)
    assert link.path == library.url
    assert parse_qs(link.query) == parse_qs(query)


def test_the_listing_links_to_the_feed_of_its_own_filters(client, library, documents):
    html = client.get(library.url, {"loai": "quyet-dinh-thu", "khac": "x"}).content.decode()
    assert f'href="{library.url}rss/?loai=quyet-dinh-thu"' in html


def test_a_feed_with_an_unknown_filter_answers_404(client, library, documents):
    assert client.get(f"{library.url}rss/?loai=khong-co").status_code == 404
