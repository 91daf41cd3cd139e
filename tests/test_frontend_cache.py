"""Publishing never depends on the cache in front: an unreachable or hung Varnish only logs a warning."""

import logging
import socket
import time

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, Site

from home.factories import HomePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.gov.vn", "x")


@pytest.mark.parametrize("kind", ["refused", "hung"])
def test_an_unreachable_or_hung_varnish_never_breaks_publishing(
    kind, settings, transactional_db, django_db_serialized_rollback, editor, caplog
):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        if kind == "hung":
            silent.listen()  # accepts connections, never answers
        port = silent.getsockname()[1]
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {
                "BACKEND": "core.frontend_cache.VarnishBackend",
                "LOCATION": f"http://127.0.0.1:{port}",
                "TIMEOUT": 0.5,
            }
        }
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="unreachable-home")
        Site.objects.create(hostname="portal.example", root_page=home)
        article = NewsPageFactory(parent=NewsIndexPageFactory(parent=home))
        started = time.monotonic()
        with caplog.at_level(logging.WARNING, logger="core.frontend_cache"):
            article.title = "Tiêu đề vẫn được xuất bản"
            article.save_revision(user=editor).publish(user=editor)

    assert NewsPage.objects.get(pk=article.pk).title == "Tiêu đề vẫn được xuất bản"
    assert time.monotonic() - started < 10
    assert "Could not PURGE" in caplog.text
    assert "Could not BAN" in caplog.text
