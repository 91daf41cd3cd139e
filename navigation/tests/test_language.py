"""Vietnamese at /, English under /en/: the switch, hreflang, and English lists without Vietnamese."""

import re

import pytest
from wagtail.models import Locale, Page

from navigation.factories import LinkPageFactory

pytestmark = pytest.mark.django_db


def switch_links(content):
    return {
        code: url for url, code in re.findall(r'<a class="language-switch" href="([^"]+)" hreflang="([a-z]+)"', content)
    }


def test_english_link_on_an_article_leads_to_its_english_translation(client, portal_tree):
    article = portal_tree.economy_new
    content = client.get(article.url).content.decode()
    english = portal_tree.english(article)
    assert switch_links(content)["en"] == english.url
    response = client.get(english.url)
    assert response.status_code == 200
    english_content = response.content.decode()
    assert '<html lang="en">' in english_content
    assert english.title in english_content
    # and back again
    assert switch_links(english_content)["vi"] == article.url


def test_untranslated_page_switches_to_the_nearest_translated_ancestor_and_says_so(client, portal_tree):
    untranslated = portal_tree.questions
    assert not untranslated.has_translation(Locale.objects.get(language_code="en"))
    content = client.get(untranslated.url).content.decode()
    assert switch_links(content)["en"] == portal_tree.english(portal_tree.about).url == "/en/about/"
    assert "No English version of this page yet" in content


def test_hreflang_lists_only_translations_that_exist(client, portal_tree):
    content = client.get(portal_tree.economy_new.url).content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', content))
    assert set(alternates) == {"vi", "en", "x-default"}
    assert "/en/news/economy/" in alternates["en"]
    assert alternates["x-default"] == alternates["vi"]

    content = client.get(portal_tree.questions.url).content.decode()
    assert 'hreflang="en"' not in re.sub(r'<a class="language-switch".*?</a>', "", content)


def test_no_alias_page_serves_vietnamese_under_en(portal_tree):
    assert not Page.objects.filter(alias_of__isnull=False).exists()
    english = Locale.objects.get(language_code="en")
    for page in Page.objects.filter(locale=english, depth__gt=1):
        source = page.get_translation(Locale.get_default())
        assert page.title != source.title, f"{page.url_path} still carries its Vietnamese title"


def test_english_sidebar_lists_only_pages_with_a_live_english_version(client, portal_tree):
    content = client.get("/en/").content.decode()
    assert "History" in content
    assert "Hỏi đáp" not in content  # untranslated entry: only in the Vietnamese sidebar
    assert "Lịch sử hình thành" not in content
    assert "Hỏi đáp" in client.get("/").content.decode()


def test_english_listings_show_only_english_articles(client, portal_tree):
    content = client.get("/en/news/").content.decode()
    assert "Farmers step up high-quality rice" in content
    assert portal_tree.economy_new.title not in content
    assert portal_tree.society_article.title not in content


def test_unpublishing_an_english_page_removes_it_from_english_menus(client, portal_tree):
    history = portal_tree.english(portal_tree.history)
    assert "History" in client.get("/en/").content.decode()
    history.unpublish()
    assert "History" not in client.get("/en/").content.decode()


def test_link_pages_in_the_sidebar_point_at_their_target(client, portal_tree):
    content = client.get("/").content.decode()
    assert f'href="{portal_tree.public_services.link_url}"' in content


def test_publishing_a_new_section_entry_shows_it_in_the_sidebar_at_once(client, portal_tree):
    client.get("/")  # warm the fragment cache
    page = LinkPageFactory(
        parent=portal_tree.about, title="Báo cáo quý III năm 2026", link_url="https://example.gov.vn/q3", live=False
    )
    page.save_revision().publish()
    assert "Báo cáo quý III năm 2026" in client.get("/").content.decode()
