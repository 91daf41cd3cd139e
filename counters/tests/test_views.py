"""View counts through the JSON endpoints, and what every endpoint does with bad requests."""

import json
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from counters.models import PageCounter
from counters.tests.conftest import reader
from demo.counters import seed_counts
from news.models import NewsPage

pytestmark = pytest.mark.django_db

GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
HEADLESS_CHROME = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36"
)


def view_url(page_id):
    return f"/api/pages/{page_id}/view/"


def views_of(page):
    return PageCounter.objects.filter(page=page).values_list("views", flat=True).first() or 0


def test_the_seed_article_shows_its_95_views_and_its_rating(api, seed_article):
    seed_counts()
    response = api.get(f"/api/pages/{seed_article.pk}/counters/")
    assert response.status_code == 200
    assert response.json() == {"views": 95, "rating": {"average": None, "count": 0}}


def test_seed_counts_are_loaded_once(seed_article):
    seed_counts()
    PageCounter.objects.filter(page=seed_article).update(views=120)
    assert seed_counts() == 0
    assert views_of(seed_article) == 120


def test_the_article_page_is_the_same_for_every_reader_and_asks_for_its_numbers(client, seed_path, seed_article):
    seed_counts()
    before = client.get(seed_path).content.decode()
    reader(2).post(view_url(seed_article.pk))
    after = reader(3).get(seed_path).content.decode()
    assert before == after, "counts must not be rendered into the cacheable page"
    assert f'<article class="article" data-page-id="{seed_article.pk}">' in before
    assert "data-view-count" in before
    assert f'data-rating data-page-id="{seed_article.pk}"' in before
    assert "js/counters.js" in before


def test_a_view_counts_once_per_reader_and_each_reader_counts(api, seed_article):
    before = views_of(seed_article)
    first = api.post(view_url(seed_article.pk))
    assert first.status_code == 200
    assert first.json()["views"] == before + 1
    assert first.json()["counted"] is True
    reload = api.post(view_url(seed_article.pk))
    assert reload.json() == {**first.json(), "counted": False}
    assert reader(2).post(view_url(seed_article.pk)).json()["views"] == before + 2
    assert views_of(seed_article) == before + 2


def test_a_reader_counts_again_after_30_minutes(local_cache, api, seed_article):
    before = views_of(seed_article)
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        assert api.post(view_url(seed_article.pk)).json()["counted"] is True
        clock.move_to(start + timedelta(minutes=29))
        assert api.post(view_url(seed_article.pk)).json()["counted"] is False
        clock.move_to(start + timedelta(minutes=31))
        assert api.post(view_url(seed_article.pk)).json()["counted"] is True
    assert views_of(seed_article) == before + 2


def test_views_of_one_article_do_not_hide_views_of_another(api, seed_article):
    other = NewsPage.objects.live().filter(locale=seed_article.locale).exclude(pk=seed_article.pk).first()
    api.post(view_url(seed_article.pk))
    assert api.post(view_url(other.pk)).json()["counted"] is True


@pytest.mark.parametrize(
    "user_agent",
    [
        GOOGLEBOT,
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "curl/8.5.0",
        "Wget/1.21.4",
        "python-requests/2.32.3",
        "",
    ],
)
def test_bots_are_not_counted_but_get_the_numbers(seed_article, user_agent):
    before = views_of(seed_article)
    response = reader(7, user_agent=user_agent).post(view_url(seed_article.pk))
    assert response.status_code == 200
    assert response.json()["counted"] is False
    assert response.json()["views"] == before
    assert views_of(seed_article) == before


def test_headless_chrome_is_counted_like_any_browser(seed_article):
    response = reader(8, user_agent=HEADLESS_CHROME).post(view_url(seed_article.pk))
    assert response.json()["counted"] is True


def test_unknown_pages_are_404_with_a_message(api):
    missing = Page.objects.order_by("-pk").first().pk + 1000
    for page_id in [missing, "abc", "0", "-3", "99999999999999999999", "1e3"]:
        for response in (api.post(view_url(page_id)), api.get(f"/api/pages/{page_id}/counters/")):
            assert response.status_code == 404, page_id
            assert response["Content-Type"] == "application/json"
            assert response.json()["error"] == "There is no published article with this number."


def test_drafts_private_pages_and_other_page_types_are_not_counted(api, seed_article):
    seed_views = views_of(seed_article)
    home = Page.objects.get(depth=2, locale__language_code="vi")
    assert api.post(view_url(home.pk)).status_code == 404

    private = NewsPage.objects.live().exclude(pk=seed_article.pk).first()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    assert api.post(view_url(private.pk)).status_code == 404

    seed_article.unpublish()
    assert api.post(view_url(seed_article.pk)).status_code == 404
    assert not PageCounter.objects.filter(page__in=[home, private]).exists()
    assert views_of(seed_article) == seed_views


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("get", "view", "POST"),
        ("put", "view", "POST"),
        ("post", "counters", "GET"),
        ("get", "rating", "POST"),
        ("delete", "rating", "POST"),
    ],
)
def test_wrong_methods_are_405_with_a_message(api, seed_article, method, path, allowed):
    before = views_of(seed_article)
    response = getattr(api, method)(f"/api/pages/{seed_article.pk}/{path}/")
    assert response.status_code == 405
    assert response["Allow"] == allowed
    assert response.json()["error"] == f"This address only accepts {allowed} requests."
    assert views_of(seed_article) == before


def test_visits_accepts_get_and_post_only(api):
    response = api.delete("/api/visits/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, POST"


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "http://sub.testserver"},
    ],
)
def test_posts_from_other_websites_are_refused(seed_article, headers):
    before = views_of(seed_article)
    for path in (view_url(seed_article.pk), f"/api/pages/{seed_article.pk}/rating/", "/api/visits/"):
        response = reader(4, **headers).post(path, {"stars": 5}, content_type="application/json")
        assert response.status_code == 403, path
        assert response.json()["error"] == "Requests from other websites are not accepted."
    assert views_of(seed_article) == before
    assert not seed_article.reader_ratings.exists()


def test_posts_from_the_portal_itself_are_accepted(seed_article):
    same_origin = reader(5, HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="same-origin")
    assert same_origin.post(view_url(seed_article.pk)).status_code == 200


def test_answers_are_never_cached(api, seed_article):
    responses = [
        api.post(view_url(seed_article.pk)),
        api.get(f"/api/pages/{seed_article.pk}/counters/"),
        api.post(f"/api/pages/{seed_article.pk}/rating/", "nonsense", content_type="text/plain"),
        api.get("/api/visits/"),
        api.get(view_url(seed_article.pk)),
        api.post(view_url("nope")),
    ]
    for response in responses:
        assert "no-store" in response["Cache-Control"], response.request["PATH_INFO"]
        json.loads(response.content)


def test_too_many_requests_from_one_address_get_429_and_count_nothing(seed_article):
    url = f"/api/pages/{seed_article.pk}/rating/"
    statuses = [
        reader(9, user_agent=f"Firefox/{n}").post(url, {"stars": 4}, content_type="application/json").status_code
        for n in range(25)
    ]
    assert statuses[:20] == [201] * 20
    assert statuses[20:] == [429] * 5
    limited = reader(9).post(url, {"stars": 4}, content_type="application/json")
    assert limited.json()["error"] == "Too many requests. Please wait a minute and try again."
    assert PageCounter.objects.get(page=seed_article).rating_count == 20


def test_messages_follow_the_page_language(seed_article):
    english = reader(10, language="en").post(view_url("abc"))
    vietnamese = reader(10, language="vi").post(view_url("abc"))
    assert english.status_code == vietnamese.status_code == 404
    # The Vietnamese catalog may not have this message yet; what matters is that it is asked for.
    assert english.json()["error"] == "There is no published article with this number."
    assert vietnamese["Content-Language"] == "vi"
    assert english["Content-Language"] == "en"
