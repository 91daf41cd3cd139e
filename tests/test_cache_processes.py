"""Two gunicorn workers share the page cache: a change made in a third process is seen by both at once.

The portal is served by real processes on a copy of the test database (SQLite file) or the
test database itself (PostgreSQL), with the test's cache (a cache directory of its own, or
the test's Redis database). The change is made by ``manage.py shell`` in yet another process.
"""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest
from django.conf import settings
from django.db import connection

pytestmark = pytest.mark.django_db(transaction=True)

ABOUT = "/gioi-thieu/"
ABOUT_TEXT = "Ủy ban nhân dân tỉnh"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "localhost"})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (a local test server)
        return response.headers, response.read().decode()


@pytest.fixture
def portal_environment(demo_portal_transactional, tmp_path):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    if connection.vendor == "sqlite":
        database = tmp_path / "portal.sqlite3"
        copy = sqlite3.connect(database)
        connection.ensure_connection()
        connection.connection.backup(copy)
        copy.close()
        environment["DATABASE_URL"] = f"sqlite:///{database}"
    else:
        db = connection.settings_dict
        environment["DATABASE_URL"] = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    if not settings.REDIS_URL:
        environment["CACHE_DIR"] = str(tmp_path / "cache")
    return environment


@pytest.fixture
def gunicorn(portal_environment):
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 (fixed arguments)
        [sys.executable, "-m", "gunicorn", "portal.wsgi:application", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
        env=portal_environment,
        cwd=settings.BASE_DIR,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                get(port, "/robots.txt")
                break
            except OSError:
                time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def run_in_another_process(environment, code):
    subprocess.run(  # noqa: S603 (code written by the tests)
        [sys.executable, "manage.py", "shell", "-c", code], env=environment, cwd=settings.BASE_DIR, check=True
    )


def test_a_restriction_added_in_one_process_is_enforced_by_the_others_at_once(gunicorn, portal_environment):
    answers = [get(gunicorn, ABOUT) for _ in range(20)]
    assert all(ABOUT_TEXT in body for _headers, body in answers)
    assert any(headers["X-Page-Cache"] == "hit" for headers, _body in answers), "the page is cached"

    run_in_another_process(
        portal_environment,
        "from wagtail.models import Page, PageViewRestriction; "
        "PageViewRestriction.objects.create(page=Page.objects.get(url_path='/trang-chu/gioi-thieu/'), "
        "restriction_type='password', password='mat-khau')",
    )
    for _ in range(20):
        headers, body = get(gunicorn, ABOUT)
        assert 'name="password"' in body and ABOUT_TEXT not in body
        assert "no-store" in headers["Cache-Control"]


def test_a_published_edit_is_seen_by_every_worker_at_once(gunicorn, portal_environment):
    for _ in range(10):
        get(gunicorn, "/")
    run_in_another_process(
        portal_environment,
        "from wagtail.models import Page; "
        "page = Page.objects.get(url_path='/trang-chu/gioi-thieu/').specific; "
        "page.title = 'Tiêu đề mới 4821'; page.save_revision().publish()",
    )
    for _ in range(10):
        assert "Tiêu đề mới 4821" in get(gunicorn, "/")[1]
