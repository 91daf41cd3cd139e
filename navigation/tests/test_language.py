"""Vietnamese at /, English under /en/: the switch, hreflang, and English lists without Vietnamese."""

import re

import pytest
from wagtail.models import Locale, Page

from navigation.models import LinkPage
from sections.models import SectionPage

pytestmark = pytest.mark.django_db


def switch_links(content):
    return dict(re.findall(r'<a class="language-switch" href="([^"]+)" hreflang="([a-z]+)"', content))


def test_english_link_on_the_seed_article_leads_to_its_english_translation(client, seed_path, seed_article):
    content = client.get(seed_path).content.decode()
    english_url = {code: url for url, code in switch_links(content).items()}["en"]
    english = seed_article.get_translation(Locale.objects.get(language_code="en"))
    assert english_url == english.url
    response = client.get(english_url)
    assert response.status_code == 200
    english_content = response.content.decode()
    assert '<html lang="en">' in english_content
    assert english.title in english_content
    # and back again
    vietnamese_url = {code: url for url, code in switch_links(english_content).items()}["vi"]
    assert vietnamese_url == seed_path


def test_untranslated_page_switches_to_the_nearest_translated_ancestor_and_says_so(client):
    untranslated = Page.objects.get(slug="san-giao-dich-dien-tu", locale__language_code="vi")
    assert not untranslated.has_translation(Locale.objects.get(language_code="en"))
    content = client.get(untranslated.url).content.decode()
    links = {code: url for url, code in switch_links(content).items()}
    assert links["en"] == "/en/useful-information/"
    assert "No English version of this page yet" in content


def test_hreflang_lists_only_translations_that_exist(client, seed_path):
    content = client.get(seed_path).content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', content))
    assert set(alternates) == {"vi", "en", "x-default"}
    assert "/en/news/politics/" in alternates["en"]
    assert alternates["x-default"] == alternates["vi"]

    untranslated = Page.objects.get(slug="san-giao-dich-dien-tu", locale__language_code="vi")
    content = client.get(untranslated.url).content.decode()
    assert 'hreflang="en"' not in re.sub(r'<a class="language-switch".*?</a>', "", content)


def test_no_alias_page_serves_vietnamese_under_en():
    assert not Page.objects.filter(alias_of__isnull=False).exists()
    english = Locale.objects.get(language_code="en")
    for page in Page.objects.filter(locale=english, depth__gt=1):
        source = page.get_translation(Locale.get_default())
        assert page.title != source.title, f"{page.url_path} still carries its Vietnamese title"


def test_english_sidebar_lists_only_pages_with_a_live_english_version(client):
    content = client.get("/en/").content.decode()
    assert "Useful information" in content
    assert "Recruitment notices" in content
    assert "Sàn giao dịch điện tử" not in content  # untranslated entry: only in the Vietnamese sidebar
    assert "Thông tin cần biết" not in content
    assert "Sàn giao dịch điện tử" in client.get("/").content.decode()


def test_english_listings_show_only_english_articles(client):
    content = client.get("/en/news/").content.decode()
    assert "District Party Committee" in content
    assert "Đảng bộ huyện Châu Thành thực hiện" not in content


def test_unpublishing_an_english_page_removes_it_from_english_menus(client):
    recruitment = Page.objects.get(slug="recruitment", locale__language_code="en")
    assert "Recruitment notices" in client.get("/en/").content.decode()
    recruitment.unpublish()
    assert "Recruitment notices" not in client.get("/en/").content.decode()


def test_link_pages_in_the_sidebar_point_at_their_target(client):
    content = client.get("/").content.decode()
    link = LinkPage.objects.get(slug="dich-vu-cong-truc-tuyen")
    assert f'href="{link.link_url}"' in content


def test_publishing_a_new_section_entry_shows_it_in_the_sidebar_at_once(client):
    client.get("/")  # warm the fragment cache
    section = SectionPage.objects.get(slug="bao-cao-thong-ke", locale__language_code="vi")
    page = LinkPage(title="Báo cáo quý III năm 2023", slug="bao-cao-quy-iii-2023", link_url="https://example.gov.vn/q3")
    section.add_child(instance=page)
    page.save_revision().publish()
    assert "Báo cáo quý III năm 2023" in client.get("/").content.decode()
