"""Fixtures for the counters tests: readers as distinct test clients, and a cache that time travel can expire."""

import pytest
from django.core.cache import cache
from django.test import Client

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def reader(number: int = 1, language: str = "en", user_agent: str = FIREFOX, **headers) -> Client:
    """A test client that is its own visitor: its own address, a browser's User-Agent, a page language."""
    return Client(
        REMOTE_ADDR=f"198.51.{number // 250}.{number % 250 + 1}",
        HTTP_USER_AGENT=user_agent,
        HTTP_ACCEPT_LANGUAGE=language,
        **headers,
    )


@pytest.fixture
def api():
    return reader()


@pytest.fixture
def local_cache(settings):
    """The in-process cache, whose expiry follows time_machine; Redis keeps its own clock.

    The 30-minute rule relies only on ``cache.add`` with a timeout, which Redis implements
    atomically too; moving the clock is what needs an in-process cache.
    """
    local = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"}
    settings.CACHES = {"default": local, "counters": local}

    cache.clear()
    yield cache
    cache.clear()
