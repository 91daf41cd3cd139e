"""Article ratings: 1 to 5 stars, once per reader, the running average, and bad input refused."""

import pytest
from wagtail.models import Locale

from counters.models import PageCounter, PageRating
from counters.tests.conftest import reader

pytestmark = pytest.mark.django_db


def rating_url(page):
    return f"/api/pages/{page.pk}/rating/"


def post_stars(client, page, stars):
    return client.post(rating_url(page), {"stars": stars}, content_type="application/json")


def summary(page):
    return reader(99).get(f"/api/pages/{page.pk}/counters/").json()["rating"]


def test_a_rating_updates_the_average_and_count(seed_article):
    first = post_stars(reader(1), seed_article, 5)
    assert first.status_code == 201
    assert first.json()["rating"] == {"average": 5.0, "count": 1}
    assert first.json()["stars"] == 5
    post_stars(reader(2), seed_article, 4)
    third = post_stars(reader(3), seed_article, 4)
    assert third.json()["rating"] == {"average": 4.3, "count": 3}
    assert third.json()["message"] == "Thank you! The article is now rated 4.3 out of 5 by 3 readers."
    assert summary(seed_article) == {"average": 4.3, "count": 3}


def test_the_average_in_messages_uses_the_page_language_decimal_separator(seed_article):
    post_stars(reader(1), seed_article, 5)
    post_stars(reader(2), seed_article, 4)
    answer = post_stars(reader(3, language="vi"), seed_article, 4)
    assert "4,3" in answer.json()["message"]
    assert "4.3" not in answer.json()["message"]


def test_one_reader_rates_an_article_once(seed_article):
    me = reader(1)
    assert post_stars(me, seed_article, 5).status_code == 201
    again = post_stars(me, seed_article, 1)
    assert again.status_code == 409
    assert again.json()["error"] == "You have already rated this article."
    assert again.json()["rating"] == {"average": 5.0, "count": 1}
    assert summary(seed_article) == {"average": 5.0, "count": 1}
    assert PageRating.objects.get(page=seed_article).stars == 5


def test_the_same_reader_may_rate_another_article_and_the_translation_counts_apart(seed_article):
    english = seed_article.get_translation(Locale.objects.get(language_code="en"))
    me = reader(1)
    assert post_stars(me, seed_article, 5).status_code == 201
    assert post_stars(me, english, 3).status_code == 201
    assert summary(seed_article) == {"average": 5.0, "count": 1}
    assert summary(english) == {"average": 3.0, "count": 1}


@pytest.mark.parametrize("stars", [0, 6, 7, -1, 3.5, "3", "abc", True, None, [], {"n": 3}])
def test_stars_outside_1_to_5_are_refused(seed_article, stars):
    response = post_stars(reader(1), seed_article, stars)
    assert response.status_code == 400
    assert response.json()["error"] == "The rating must be a whole number of stars from 1 to 5."
    assert not PageRating.objects.filter(page=seed_article).exists()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("stars=4", "application/x-www-form-urlencoded"),
        ("{stars: 4}", "application/json"),
        ("", "application/json"),
        (b"\xff\xfe\x00", "application/json"),
    ],
)
def test_a_body_that_is_not_json_is_refused(seed_article, body, content_type):
    response = reader(1).post(rating_url(seed_article), body, content_type=content_type)
    assert response.status_code == 400
    assert response.json()["error"] == 'Send the rating as JSON, for example {"stars": 4}.'


@pytest.mark.parametrize("body", ["[4]", '"4"', "{}", '{"rating": 4}', "4"])
def test_json_without_stars_is_refused(seed_article, body):
    response = reader(1).post(rating_url(seed_article), body, content_type="application/json")
    assert response.status_code == 400
    assert "whole number of stars" in response.json()["error"]


def test_a_refused_rating_does_not_use_up_the_readers_vote(seed_article):
    me = reader(1)
    assert post_stars(me, seed_article, 9).status_code == 400
    assert post_stars(me, seed_article, 4).status_code == 201


def test_bots_cannot_rate(seed_article):
    response = post_stars(reader(1, user_agent="Mozilla/5.0 (compatible; bingbot/2.0)"), seed_article, 5)
    assert response.status_code == 403
    assert response.json()["error"] == "Automated clients cannot rate articles."
    assert not PageCounter.objects.filter(page=seed_article, rating_count__gt=0).exists()


def test_unpublished_articles_cannot_be_rated(seed_article):
    seed_article.unpublish()
    response = post_stars(reader(1), seed_article, 5)
    assert response.status_code == 404
    assert not PageRating.objects.exists()


def test_rating_does_not_count_a_view(seed_article):
    views = PageCounter.objects.filter(page=seed_article).values_list("views", flat=True).first() or 0
    post_stars(reader(1), seed_article, 5)
    assert PageCounter.objects.get(page=seed_article).views == views
