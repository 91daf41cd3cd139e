"""Counting stores no IP address and no browser string: only keyed hashes and numbers."""

import pytest
from django.apps import apps
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.test import Client

from tests.cache_entries import cache_entries

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.77"
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0 TestMarker"


def cache_keys():
    return cache_entries("counters")


def test_no_address_or_user_agent_is_stored_anywhere(seed_article):
    me = Client(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=BROWSER)
    assert me.post("/api/visits/").json()["counted"] is True
    assert me.post(f"/api/pages/{seed_article.pk}/view/").json()["counted"] is True
    rating = me.post(f"/api/pages/{seed_article.pk}/rating/", {"stars": 4}, content_type="application/json")
    assert rating.status_code == 201

    rows = []
    for model in apps.get_app_config("counters").get_models():
        rows += [repr(row) for row in model.objects.values()]
    assert len(rows) >= 4, "the visit, the view, the rating and the online mark are all stored"
    stored = "\n".join(rows)
    for secret in (ADDRESS, "TestMarker", "Firefox"):
        assert secret not in stored

    keys = "\n".join(cache_keys())
    # The cache directory of the embedded default names its files by a hash of the key.
    readable = not isinstance(caches["counters"], FileBasedCache)
    assert "counters:" in keys if readable else keys, "the 30-minute rule keeps its marks in the cache"
    assert ADDRESS not in keys
    assert "TestMarker" not in keys


def test_two_readers_behind_different_addresses_are_different_visitors(seed_article):
    url = f"/api/pages/{seed_article.pk}/view/"
    assert Client(REMOTE_ADDR="203.0.113.1", HTTP_USER_AGENT=BROWSER).post(url).json()["counted"] is True
    assert Client(REMOTE_ADDR="203.0.113.2", HTTP_USER_AGENT=BROWSER).post(url).json()["counted"] is True
    # Same address, another browser: another reader.
    assert Client(REMOTE_ADDR="203.0.113.1", HTTP_USER_AGENT="Other/1.0").post(url).json()["counted"] is True
