"""What an article tells search engines, social networks and archives about itself, in its <head>."""

import json
import re
from html.parser import HTMLParser

import pytest
from wagtail.models import Locale

from navigation.models import Agency
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
IMAGE_ARTICLE_SLUG = "go-cong-dong-chuan-bi-to-chuc-le-hoi-nghinh-ong-vam-lang-nam-2023"


class HeadParser(HTMLParser):
    """The <meta> and <link> elements of a page's <head>, by name/property and by rel."""

    def __init__(self):
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.links: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "content" in attrs:
            key = attrs.get("name") or attrs.get("property")
            self.meta.setdefault(key, []).append(attrs["content"])
        elif tag == "link":
            self.links.setdefault(attrs["rel"], []).append(attrs["href"])


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    parser = HeadParser()
    parser.feed(content.split("</head>")[0])
    return parser, content


def one(parser, key):
    values = parser.meta.get(key, [])
    assert len(values) == 1, f"{key}: {values}"
    return values[0]


def json_ld(content):
    scripts = JSON_LD.findall(content)
    assert len(scripts) == 1
    return json.loads(scripts[0])


def test_article_has_description_canonical_and_open_graph(client, seed_path, seed_article):
    head, _ = head_of(client, seed_path)
    canonical = seed_article.full_url
    assert head.links["canonical"] == [canonical]
    assert one(head, "description") == seed_article.lead[:199] + "…"
    assert one(head, "og:type") == "article"
    assert one(head, "og:title") == seed_article.title
    assert one(head, "og:description") == one(head, "description")
    assert one(head, "og:url") == canonical
    assert one(head, "og:locale") == "vi_VN"
    assert one(head, "og:locale:alternate") == "en_US"
    assert one(head, "og:site_name") == "Cổng thông tin điện tử tỉnh Tiền Giang"
    assert one(head, "article:published_time") == "2023-03-17T08:00:00+07:00"
    assert one(head, "twitter:card") == "summary"  # the seed article has no photo
    assert one(head, "twitter:title") == seed_article.title


def test_search_description_wins_over_the_lead(client, seed_path, seed_article):
    seed_article.search_description = "Mô tả cho công cụ tìm kiếm."
    seed_article.save_revision().publish()
    head, _ = head_of(client, seed_path)
    assert one(head, "description") == "Mô tả cho công cụ tìm kiếm."


def test_article_carries_the_dublin_core_elements(client, seed_path, seed_article):
    head, _ = head_of(client, seed_path)
    assert head.links["schema.DC"] == ["http://purl.org/dc/elements/1.1/"]
    assert one(head, "DC.title") == seed_article.title
    assert one(head, "DC.creator") == "Hữu Thiện"
    assert one(head, "DC.date") == "2023-03-17T08:00:00+07:00"
    assert one(head, "DC.description") == one(head, "description")
    assert one(head, "DC.publisher") == "Ủy ban nhân dân tỉnh Tiền Giang"
    assert one(head, "DC.identifier") == seed_article.full_url
    assert one(head, "DC.language") == "vi"


def test_article_describes_itself_as_a_news_article_in_json_ld(client, seed_path, seed_article):
    _, content = head_of(client, seed_path)
    data = json_ld(content)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == seed_article.title
    assert data["datePublished"] == "2023-03-17T08:00:00+07:00"
    assert data["dateModified"]
    assert data["author"] == {"@type": "Person", "name": "Hữu Thiện"}
    assert data["publisher"]["name"] == "Ủy ban nhân dân tỉnh Tiền Giang"
    assert data["publisher"]["logo"]["url"].endswith("/static/img/emblem.svg")
    assert data["inLanguage"] == "vi"
    assert data["mainEntityOfPage"]["@id"] == seed_article.full_url


def test_english_article_speaks_english(client, seed_article):
    english = seed_article.get_translation(Locale.objects.get(language_code="en"))
    head, content = head_of(client, english.url)
    assert head.links["canonical"] == [english.full_url]
    assert one(head, "og:locale") == "en_US"
    assert one(head, "og:locale:alternate") == "vi_VN"
    assert one(head, "DC.language") == "en"
    assert one(head, "DC.publisher") == Agency.objects.get(locale__language_code="en").name
    assert json_ld(content)["inLanguage"] == "en"
    assert json_ld(content)["headline"] == english.title


def test_a_photo_is_shared_as_a_large_card(client):
    article = NewsPage.objects.get(slug=IMAGE_ARTICLE_SLUG, locale__language_code="vi")
    head, content = head_of(client, article.url)
    image = one(head, "og:image")
    assert image.startswith(article.full_url.split("/tin-tuc-su-kien/")[0] + "/media/")
    assert one(head, "twitter:card") == "summary_large_image"
    assert one(head, "twitter:image") == image
    assert int(one(head, "og:image:width")) == 800
    assert one(head, "og:image:alt")
    assert json_ld(content)["image"] == [image]


def test_a_title_cannot_break_out_of_the_json_ld_script(client):
    title = 'Tin "lạ" </script><script>alert(1)</script> <!-- & hết'
    category = NewsIndexPage.objects.get(slug="chinh-tri", locale__language_code="vi")
    article = NewsPageFactory(parent=category, title=title, slug="tin-la")
    article.save_revision().publish()
    head, content = head_of(client, article.url)
    assert "<script>alert(1)</script>" not in content
    assert json_ld(content)["headline"] == title
    assert one(head, "og:title") == title


def test_other_pages_have_canonical_and_open_graph_basics(client):
    category = NewsIndexPage.objects.get(slug="chinh-tri", locale__language_code="vi")
    head, content = head_of(client, category.url)
    assert head.links["canonical"] == [category.full_url]
    assert one(head, "og:type") == "website"
    assert one(head, "og:title") == category.title
    assert one(head, "og:url") == category.full_url
    assert one(head, "DC.language") == "vi"
    assert "DC.creator" not in head.meta
    assert not JSON_LD.search(content)


def test_a_listing_page_keeps_one_canonical_address(client):
    category = NewsIndexPage.objects.get(slug="chinh-tri", locale__language_code="vi")
    head, _ = head_of(client, f"{category.url}?page=2")
    assert head.links["canonical"] == [category.full_url]


def test_publishing_updates_the_metadata(client, seed_path, seed_article):
    head_of(client, seed_path)
    seed_article.title = "Tiêu đề đã sửa"
    seed_article.save_revision().publish()
    head, content = head_of(client, seed_path)
    assert one(head, "og:title") == "Tiêu đề đã sửa"
    assert json_ld(content)["headline"] == "Tiêu đề đã sửa"
