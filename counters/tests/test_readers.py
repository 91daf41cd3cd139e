"""A view, a rating or a visit belongs to a reader (the page script's random id), not to an address.

Every test builds its own small tree with the news factories: a category under the root and one
live article in it.
"""

import secrets
from datetime import timedelta

import pytest
import time_machine
from django.apps import apps
from django.utils import timezone
from wagtail.models import Page

from counters.models import PageCounter
from counters.tests.conftest import FIREFOX, reader
from counters.tests.test_privacy import cache_keys
from news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

OFFICE = 1  # one address and one browser string: readers behind an office NAT


def new_reader_id():
    return secrets.token_hex(16)


def reader_with_id(reader_id, number=OFFICE, **headers):
    """A browser at the office address whose page script sends ``reader_id``."""
    return reader(number, HTTP_X_READER_ID=reader_id, **headers)


@pytest.fixture
def article():
    category = NewsIndexPageFactory(parent=Page.get_first_root_node())
    return NewsPageFactory(parent=category)


def view(client, page):
    response = client.post(f"/api/pages/{page.pk}/view/")
    assert response.status_code == 200
    return response.json()


def views_of(page):
    return PageCounter.objects.filter(page=page).values_list("views", flat=True).first() or 0


def rate(client, page, stars=4):
    return client.post(f"/api/pages/{page.pk}/rating/", {"stars": stars}, content_type="application/json")


def test_two_readers_behind_one_address_with_the_same_browser_count_as_two(article):
    first, second = reader_with_id(new_reader_id()), reader_with_id(new_reader_id())
    assert view(first, article)["counted"] is True
    assert view(second, article) == {"counted": True, "views": 2, "rating": {"average": None, "count": 0}}
    assert views_of(article) == 2


def test_a_reader_reloading_within_30_minutes_counts_once(local_cache, article):
    me = reader_with_id(new_reader_id())
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        assert view(me, article)["counted"] is True
        assert view(me, article)["counted"] is False
        clock.move_to(start + timedelta(minutes=29))
        assert view(me, article)["counted"] is False
        clock.move_to(start + timedelta(minutes=31))
        assert view(me, article)["counted"] is True
    assert views_of(article) == 2


def test_the_reader_id_follows_the_reader_to_another_address(article):
    """A phone moving from the office Wi-Fi to mobile data is still the same reader."""
    reader_id = new_reader_id()
    assert view(reader_with_id(reader_id, number=1), article)["counted"] is True
    assert view(reader_with_id(reader_id, number=2), article)["counted"] is False
    assert views_of(article) == 1


@pytest.mark.parametrize(
    "bad_id",
    [
        "",
        "abc",
        "0123456789ABCDEF0123456789ABCDEF",  # upper case: the script writes lower case
        "0123456789abcdef0123456789abcde",  # 31 digits
        "0123456789abcdef0123456789abcdef0",  # 33 digits
        "01234567-89ab-cdef-0123-456789abcdef",  # a UUID: not the script's format
        "0123456789abcdef0123456789abcdeg",
        " 0123456789abcdef0123456789abcdef",
        "0123456789abcdef0123456789abcdef\n",
        "x" * 5000,
    ],
)
def test_a_missing_or_malformed_id_falls_back_to_address_and_browser(article, bad_id):
    assert view(reader(OFFICE), article)["counted"] is True
    # The same address and browser with a bad id is the same visitor as without one ...
    assert view(reader_with_id(bad_id), article)["counted"] is False
    # ... and another address with the same bad id is another visitor.
    assert view(reader_with_id(bad_id, number=2), article)["counted"] is True
    assert views_of(article) == 2


def test_one_rating_per_reader_and_each_reader_behind_one_address_rates(article):
    first, second = reader_with_id(new_reader_id()), reader_with_id(new_reader_id())
    assert rate(first, article, 5).status_code == 201
    again = rate(first, article, 1)
    assert again.status_code == 409
    assert again.json()["error"] == "You have already rated this article."
    answer = rate(second, article, 4)
    assert answer.status_code == 201
    assert answer.json()["rating"] == {"average": 4.5, "count": 2}


def test_readers_without_an_id_rate_once_per_address_and_browser(article):
    assert rate(reader(OFFICE), article).status_code == 201
    assert rate(reader(OFFICE, HTTP_X_READER_ID="not-an-id"), article).status_code == 409
    assert rate(reader(OFFICE, user_agent=FIREFOX + " Other"), article).status_code == 201


def test_visitor_statistics_count_readers_not_addresses():
    first, second = reader_with_id(new_reader_id()), reader_with_id(new_reader_id())
    assert first.post("/api/visits/").json()["counted"] is True
    assert first.post("/api/visits/").json()["counted"] is False
    stats = second.post("/api/visits/").json()["stats"]
    assert (stats["online"], stats["today"]) == (2, 2)


def test_the_reader_id_is_never_stored_as_sent(article, local_cache):
    reader_id = new_reader_id()
    me = reader_with_id(reader_id)
    view(me, article)
    rate(me, article)
    me.post("/api/visits/")
    rows = [repr(row) for model in apps.get_app_config("counters").get_models() for row in model.objects.values()]
    assert len(rows) >= 4, "the view, the rating, the visit and the online mark are stored"
    stored = "\n".join(rows + cache_keys())
    assert "counters:" in stored, "the 30-minute marks are in the cache"
    for part in (reader_id, reader_id[:16], reader_id[16:]):
        assert part not in stored
