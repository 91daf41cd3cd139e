"""Concurrent readers on PostgreSQL: no lost views, no double ratings.

Each reader is a real thread with its own database connection, released at the end of its
request. All threads start together at a barrier; at most ``CONNECTIONS`` of them talk to the
database at once, because PostgreSQL's default limit of 100 connections is shared with the
other test runs on this server. The first counts race to create the counter row, the rest race
to increment it.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections
from wagtail.models import Page

from counters.models import PageCounter, PageRating
from counters.tests.conftest import reader
from news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's concurrent writers"),
]

CONNECTIONS = 25


@pytest.fixture
def article(transactional_db, django_db_serialized_rollback):
    """One live article, committed so that every thread sees it (the demo portal is not needed)."""
    category = NewsIndexPageFactory(parent=Page.get_first_root_node())
    return NewsPageFactory(parent=category)


def all_at_once(requests):
    """Run each zero-argument request in its own thread, all starting together; return the responses."""
    start = threading.Barrier(len(requests))
    database = threading.BoundedSemaphore(CONNECTIONS)

    def run(request):
        start.wait()
        with database:
            try:
                return request()
            finally:
                connections.close_all()

    with ThreadPoolExecutor(max_workers=len(requests)) as pool:
        return list(pool.map(run, requests))


def test_200_concurrent_views_from_200_readers_add_exactly_200(article):
    url = f"/api/pages/{article.pk}/view/"
    responses = all_at_once([lambda n=n: reader(n).post(url) for n in range(200)])
    assert [response.status_code for response in responses] == [200] * 200
    assert sum(response.json()["counted"] for response in responses) == 200
    assert PageCounter.objects.get(page=article).views == 200


def test_concurrent_ratings_from_many_readers_all_count(article):
    url = f"/api/pages/{article.pk}/rating/"
    responses = all_at_once(
        [lambda n=n: reader(n).post(url, {"stars": n % 5 + 1}, content_type="application/json") for n in range(60)]
    )
    assert [response.status_code for response in responses] == [201] * 60
    counter = PageCounter.objects.get(page=article)
    assert counter.rating_count == 60
    assert counter.rating_sum == sum(n % 5 + 1 for n in range(60))


def test_one_reader_sending_the_same_rating_many_times_at_once_rates_once(article):
    url = f"/api/pages/{article.pk}/rating/"
    responses = all_at_once([lambda: reader(1).post(url, {"stars": 2}, content_type="application/json")] * 15)
    assert sorted(response.status_code for response in responses) == [201] + [409] * 14
    assert PageRating.objects.filter(page=article).count() == 1
    counter = PageCounter.objects.get(page=article)
    assert (counter.rating_count, counter.rating_sum) == (1, 2)
