"""What each page type says about itself (core/metadata.py), on a small tree built here."""

import pytest
from django.test import RequestFactory
from wagtail.models import Page

from core.metadata import DESCRIPTION_LENGTH, MetadataContext
from home.factories import HomePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from sections.factories import SectionPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return HomePageFactory(parent=Page.get_first_root_node(), slug="trang-chu-thu")


def meta_for(page, publisher="Ủy ban nhân dân tỉnh"):
    return MetadataContext(
        request=RequestFactory().get("/"),
        canonical=f"https://cong.example.gov.vn/{page.slug}/",
        publisher=publisher,
        site_name="Cổng thông tin điện tử",
        logo_url="https://cong.example.gov.vn/static/img/emblem.svg",
        image_url="",
    )


def test_a_section_describes_itself_by_its_introduction_as_plain_short_text(home):
    section = SectionPageFactory(parent=home, intro="<p>" + "Quy hoạch <b>tỉnh</b> " * 40 + "</p>")
    description = section.get_meta_description()
    assert description.startswith("Quy hoạch tỉnh Quy hoạch")
    assert "<" not in description
    assert len(description) <= DESCRIPTION_LENGTH


def test_the_editors_search_description_wins(home):
    page = StandardPageFactory(parent=home, intro="Giới thiệu.", search_description="Mô tả của biên tập viên.")
    assert page.get_meta_description() == "Mô tả của biên tập viên."


def test_an_article_is_a_news_article_with_its_author_and_dates(home):
    category = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=category, author="Hữu Thiện", lead="Tóm tắt bài viết.")
    meta = meta_for(article)

    data = article.get_json_ld(meta)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["description"] == "Tóm tắt bài viết."
    assert data["author"] == {"@type": "Person", "name": "Hữu Thiện"}
    assert data["publisher"]["name"] == "Ủy ban nhân dân tỉnh"
    assert "datePublished" in data
    assert article.open_graph_type == "article"
    assert article.get_dublin_core(meta)["creator"] == "Hữu Thiện"


def test_an_article_without_byline_is_credited_to_the_agency(home):
    article = NewsPageFactory(parent=NewsIndexPageFactory(parent=home), author="")
    meta = meta_for(article)
    assert article.get_json_ld(meta)["author"] == {"@type": "Organization", "name": "Ủy ban nhân dân tỉnh"}
    assert article.get_dublin_core(meta)["creator"] == "Ủy ban nhân dân tỉnh"


def test_other_pages_are_websites_without_json_ld_author_or_date(home):
    page = StandardPageFactory(parent=home, intro="Giới thiệu.")
    meta = meta_for(page)
    assert page.open_graph_type == "website"
    assert page.get_json_ld(meta) is None
    assert page.get_share_image() is None
    assert list(page.get_dublin_core(meta)) == ["title", "description", "publisher", "identifier", "language"]
