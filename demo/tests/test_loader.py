"""The demo loader builds the seed page's information architecture, and running it twice changes nothing."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from core.models import PortalImage
from demo.loader import DemoLoader
from navigation.models import Banner, LinkPage, PartnerLink, Slide
from news.models import NewsPage, Topic
from sections.models import SectionPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]  # the smoke layer: checks the demo content itself


def snapshot():
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "revisions": sum(page.revisions.count() for page in Page.objects.all()),
        "images": PortalImage.objects.count(),
        "banners": Banner.objects.count(),
        "slides": Slide.objects.count(),
        "links": PartnerLink.objects.count(),
        "topics": Topic.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
    }


def test_loading_the_demo_twice_changes_nothing():
    before = snapshot()
    assert DemoLoader().run() == 0
    assert snapshot() == before


def children_titles(parent_slug):
    parent = SectionPage.objects.get(slug=parent_slug, locale__language_code="vi")
    return [page.title for page in parent.get_children().live().order_by("path")]


def test_sidebar_sections_hold_every_entry_of_the_seed_page():
    assert children_titles("he-thong-van-ban") == [
        "Văn bản chỉ đạo điều hành",
        "Công báo Tiền Giang",
        "Góp ý dự thảo văn bản",
        "Cơ sở dữ liệu văn bản pháp luật",
    ]
    assert children_titles("thu-tuc-hanh-chinh") == ["Dịch vụ công trực tuyến", "CSDL Quốc gia về TTHC"]
    assert len(children_titles("thong-tin-quy-hoach")) == 7
    assert children_titles("bao-cao-thong-ke") == ["Báo cáo kinh tế - xã hội", "Số liệu thống kê", "Niên giám thống kê"]
    useful = children_titles("thong-tin-can-biet")
    assert len(useful) == 24
    assert useful[0] == "Giá dịch vụ sử dụng đường bộ trên cao tốc Trung Lương - Mỹ Thuận"
    assert useful[-1] == "Tiền Giang - Dấu ấn lịch sử từ tài liệu lưu trữ"


def test_entries_whose_capability_comes_later_are_real_pages_with_an_intro():
    for page in SectionPage.objects.filter(locale__language_code="vi").live():
        assert page.intro, f"{page.title} has no introduction"
    for link in LinkPage.objects.live():
        assert link.link_url or link.link_page_id


def test_news_has_the_seed_and_at_least_twelve_more_articles_in_four_categories():
    articles = NewsPage.objects.live().filter(locale__language_code="vi")
    assert articles.count() >= 13
    categories = {article.get_parent().pk for article in articles}
    assert len(categories) >= 4


def test_slides_have_real_alt_text():
    for slide in Slide.objects.all():
        assert len(slide.alt_text) > 20


def test_english_translations_were_made_through_wagtail_localize(seed_article):
    english = seed_article.get_translation(Locale.objects.get(language_code="en"))
    assert english.live
    assert Translation.objects.filter(
        source__object_id=seed_article.translation_key,
        source__specific_content_type=ContentType.objects.get_for_model(NewsPage),
        target_locale__language_code="en",
    ).exists()
    assert english.title != seed_article.title
