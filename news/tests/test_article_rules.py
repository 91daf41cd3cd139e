"""Editors' mistakes get clear messages; readers' bad filters get a 4xx with a notice."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from news.factories import NewsPageFactory
from news.models import NewsPage, Topic

pytestmark = pytest.mark.django_db


def test_unknown_topic_answers_404_with_a_notice_and_the_whole_list(client, portal_tree):
    response = client.get(f"{portal_tree.economy.url}?chu-de=khong-co-chu-de-nay")
    assert response.status_code == 404
    content = response.content.decode()
    assert "khong-co-chu-de-nay" in content
    assert 'role="alert"' in content
    assert portal_tree.economy_new.title in content
    assert portal_tree.economy_old.title in content


def test_known_topic_filters_the_list(client, portal_tree):
    # Topic slugs are unique per language, not per site: a loaded demo may hold the same one.
    topic = portal_tree.topic_agriculture
    Topic.objects.filter(slug=topic.slug).exclude(translation_key=topic.translation_key).delete()
    response = client.get(f"{portal_tree.news.url}?chu-de={portal_tree.topic_agriculture.slug}")
    assert response.status_code == 200
    content = response.content.decode()
    assert portal_tree.economy_new.title in content
    assert portal_tree.economy_old.title not in content
    assert portal_tree.society_article.title not in content


def test_a_future_date_without_a_go_live_date_is_refused(portal_tree):
    article = NewsPageFactory.build(date=timezone.now() + timedelta(days=2))
    with translation.override("en"), pytest.raises(ValidationError, match="go-live date"):
        portal_tree.economy.add_child(instance=article)


def test_a_future_date_with_a_go_live_date_is_accepted(portal_tree):
    later = timezone.now() + timedelta(days=2)
    article = NewsPageFactory.build(date=later, go_live_at=later, live=False)
    portal_tree.economy.add_child(instance=article)
    assert NewsPage.objects.filter(pk=article.pk).exists()


def test_the_editor_sees_the_publication_date_after_first_publish(portal_tree):
    article = NewsPageFactory.build(date=None, live=False)
    portal_tree.economy.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.date is not None
    assert article.get_latest_revision_as_object().date == article.date


def test_related_articles_of_an_unsaved_preview_are_empty():
    assert list(NewsPage(title="Bản nháp", lead="Tóm tắt").related_articles()) == []
