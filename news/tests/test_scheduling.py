"""Scheduled publishing and expiry: an article shows nowhere before its time and nowhere after it.

Wagtail keeps a scheduled revision aside until ``manage.py publish_scheduled``
(run every few minutes by cron) finds its time has come. Publishing and
unpublishing start a new content generation, so the cached home and category
pages change with the next request.

The clock moves ten minutes, well inside the page cache lifetime, so the
lists can only change because publishing invalidated them, not because the
cached pages expired.
"""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from news.models import NewsIndexPage, NewsPage, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    """A reader of the demo Site's own host name, so that its pages go through the page cache."""
    return Client(HTTP_HOST="localhost")


TITLE = "Khai mạc Lễ hội Nghinh Ông Vàm Láng năm 2023"
CATEGORY = "/tin-tuc-su-kien/chinh-tri/"


def new_article(**fields):
    """An article as the admin creates it: not live until its first publication."""
    category = NewsIndexPage.objects.get(slug="chinh-tri", locale__language_code="vi")
    page = NewsPage(
        title=TITLE,
        slug="khai-mac-le-hoi-nghinh-ong-vam-lang-nam-2023",
        lead="Lễ hội Nghinh Ông Vàm Láng chính thức khai mạc với nhiều hoạt động văn hóa.",
        body=[("paragraph", "<p>Sáng nay, lễ hội đã khai mạc.</p>")],
        featured=True,
        live=False,
        **fields,
    )
    page.topics.set([Topic.objects.get(slug="xay-dung-dang", locale__language_code="vi")])
    category.add_child(instance=page)
    page.save_revision().publish()
    return NewsPage.objects.get(pk=page.pk)


def places(client, seed_path):
    """Every public place an article can appear, with what the reader gets there."""
    return {
        "home": client.get("/").content.decode(),
        "category": client.get(CATEGORY).content.decode(),
        "news": client.get("/tin-tuc-su-kien/").content.decode(),
        "article lists": client.get(seed_path).content.decode(),
        "feed": client.get("/tin-tuc-su-kien/rss/").content.decode(),
        "search": client.get("/tim-kiem/", {"q": "Nghinh Ông"}).content.decode(),
    }


def where_shown(client, seed_path):
    return sorted(name for name, html in places(client, seed_path).items() if TITLE in html)


def run_publish_scheduled():
    call_command("publish_scheduled", verbosity=0)


def test_scheduled_article_stays_hidden_until_its_time(client, seed_path):
    now = timezone.now()
    go_live = now + timedelta(minutes=10)
    article = new_article(go_live_at=go_live)

    assert not article.live
    assert where_shown(client, seed_path) == []
    assert client.get(article.url).status_code == 404

    with time_machine.travel(now + timedelta(minutes=5), tick=False):
        run_publish_scheduled()  # too early: nothing changes
        assert where_shown(client, seed_path) == []
        assert client.get(article.url).status_code == 404

    with time_machine.travel(go_live + timedelta(minutes=1), tick=False):
        run_publish_scheduled()
        assert where_shown(client, seed_path) == ["article lists", "category", "feed", "home", "news", "search"]
        assert client.get(article.url).status_code == 200

    article.refresh_from_db()
    assert article.live
    assert article.date == article.first_published_at, "the publication date is when it went live"
    assert go_live <= article.date <= go_live + timedelta(minutes=1)


def test_expired_article_disappears_everywhere(client, seed_path):
    now = timezone.now()
    article = new_article(expire_at=now + timedelta(minutes=10))
    assert article.live
    assert client.get(article.url).status_code == 200
    assert len(where_shown(client, seed_path)) == 6

    with time_machine.travel(now + timedelta(minutes=11), tick=False):
        run_publish_scheduled()
        assert where_shown(client, seed_path) == []
        assert client.get(article.url).status_code == 404

    article.refresh_from_db()
    assert article.expired and not article.live


def test_publication_date_defaults_to_first_publication():
    moment = timezone.now().replace(microsecond=0) - timedelta(days=3)
    with time_machine.travel(moment, tick=False):
        article = new_article()
    assert article.date == moment == article.first_published_at

    article.lead = "Bản cập nhật."
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.date == moment, "republishing keeps the original date"


def test_publication_date_chosen_by_the_editor_is_kept():
    chosen = timezone.now().replace(microsecond=0) - timedelta(days=30)
    article = new_article(date=chosen)
    assert article.date == chosen
