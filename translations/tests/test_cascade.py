"""Unpublishing, deleting or moving a Vietnamese page offers to do the same to its translations."""

import pytest
from django.urls import reverse
from wagtail.models import Page

pytestmark = pytest.mark.django_db

ENGLISH = {"Giới thiệu thử": "About (test)", "gioi-thieu-thu": "about-test", "Tỉnh thử.": "A test province."}


@pytest.fixture
def about_in_english(tree, translate, en):
    translate(tree["about"], ENGLISH)
    return tree["about"].get_translation(en)


def test_unpublish_confirmation_lists_the_translations_and_cascades_by_default(admin_client, tree, about_in_english):
    url = reverse("wagtailadmin_pages:unpublish", args=[tree["about"].pk])
    confirmation = admin_client.get(url).content.decode()
    assert "About (test)" in confirmation
    assert 'name="cascade_translations" value="1" checked' in confirmation

    admin_client.post(url, {"cascade_translations": "1"})
    about_in_english.refresh_from_db()
    assert not about_in_english.live
    assert not Page.objects.get(pk=tree["about"].pk).live


def test_unpublish_keeps_the_translation_when_the_box_is_unticked(admin_client, tree, about_in_english):
    admin_client.post(reverse("wagtailadmin_pages:unpublish", args=[tree["about"].pk]), {})
    about_in_english.refresh_from_db()
    assert about_in_english.live


def test_delete_cascades_to_the_translation(admin_client, tree, about_in_english):
    url = reverse("wagtailadmin_pages:delete", args=[tree["about"].pk])
    assert "About (test)" in admin_client.get(url).content.decode()
    admin_client.post(url, {"cascade_translations": "1"})
    assert not Page.objects.filter(pk__in=[tree["about"].pk, about_in_english.pk]).exists()


def test_move_cascades_into_the_translated_destination(admin_client, tree, translate, en, about_in_english):
    translate(tree["news"], {"Tin tức thử": "News (test)", "tin-tuc-thu": "news-test"})
    article = tree["article"]
    translate(article, {article.title: "Fruit fair"})
    english_article = article.get_translation(en)

    url = reverse("wagtailadmin_pages:move_confirm", args=[tree["news"].pk, tree["about"].pk])
    assert "News (test)" in admin_client.get(url).content.decode()
    admin_client.post(url, {"cascade_translations": "1"})
    english_news = tree["news"].get_translation(en)
    assert english_news.get_parent().pk == about_in_english.pk
    english_article.refresh_from_db()
    assert english_article.url_path.startswith(english_news.url_path)
