"""Shared fixtures: the demo portal is the test fixture.

The demo content is loaded once per test database; ordinary tests run inside
a transaction that is rolled back, so they all start from the same portal.
Transactional tests (browser, concurrency) flush the database afterwards and
so load the demo again for themselves through ``demo_portal_transactional``.
"""

import sqlite3

import pytest
from django.core.cache import cache
from django.db import connection

from demo.data import seed_article as seed_article_data
from demo.data import seed_article_path
from demo.loader import DemoLoader
from news.models import NewsPage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        DemoLoader().run()


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def seed_path():
    return seed_article_path()


@pytest.fixture
def seed_article(db):
    return NewsPage.objects.get(slug=seed_article_data()["slug"], locale__language_code="vi")


_sqlite_snapshot: sqlite3.Connection | None = None


@pytest.fixture
def demo_portal_transactional(transactional_db, django_db_serialized_rollback):
    """The demo portal for a test that commits (browser, concurrency).

    The database is flushed after each such test. On SQLite the loaded portal
    is kept as an in-memory snapshot and copied back with SQLite's backup API
    (milliseconds instead of a fresh load); elsewhere the demo is loaded again.
    """
    global _sqlite_snapshot
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        if _sqlite_snapshot is None:
            DemoLoader().run()
            _sqlite_snapshot = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(_sqlite_snapshot)
        else:
            _sqlite_snapshot.backup(connection.connection)
    else:
        DemoLoader().run()
    cache.clear()
