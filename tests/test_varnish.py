"""The portal behind a real Varnish (deploy/varnish/portal.vcl), as a province would run it.

Each test run starts its own ``varnishd`` on a free port of 127.0.0.1 in front of pytest-django's
``live_server`` (never the system's varnish service), publishes changes as an editor would, and
reads the pages through Varnish. Needs Debian's ``varnish`` package: ``make test`` installs it
(scripts/ensure-varnish.sh); without root and without varnishd these tests are skipped.
"""

import http.client
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from wagtail.contrib.frontend_cache.utils import purge_page_from_cache
from wagtail.models import Page, Site

from home.factories import HomePageFactory
from navigation.models import Agency
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage

VCL_DIR = Path(__file__).resolve().parents[1] / "deploy" / "varnish"
VARNISHD = shutil.which("varnishd", path=f"{os.environ.get('PATH', '')}:/usr/sbin:/usr/local/sbin")

pytestmark = [
    pytest.mark.varnish,
    pytest.mark.skipif(
        VARNISHD is None and os.geteuid() != 0,
        reason="varnishd is missing: install Debian's varnish (scripts/ensure-varnish.sh, as root)",
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Varnish:
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    text: str

    @property
    def from_cache(self) -> bool:
        return self.headers["X-Cache"] == "HIT"


def fetch(varnish_or_port, path, method="GET", headers=None, source="127.0.0.1") -> Answer:
    """One HTTP request from ``source`` (any 127.x address is this machine) to the given port."""
    port = varnish_or_port.port if isinstance(varnish_or_port, Varnish) else varnish_or_port
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20, source_address=(source, 0))
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read().decode())
    finally:
        connection.close()


@pytest.fixture(scope="session")
def varnish(live_server):
    """A varnishd of our own with deploy/varnish/portal.vcl, its backend being the live server."""
    if VARNISHD is None:
        pytest.fail("varnishd is missing: run scripts/ensure-varnish.sh (make test does).")
    workdir = Path(tempfile.mkdtemp(prefix="portal-varnish-"))
    workdir.chmod(0o755)  # varnishd run by root reads the VCL as the unprivileged varnish user
    backend_host = "127.0.0.1" if live_server.thread.host == "localhost" else live_server.thread.host
    # Like deploy/varnish/default.vcl, with the live server as the backend.
    (workdir / "test.vcl").write_text(
        "vcl 4.1;\n"
        f'backend portal {{ .host = "{backend_host}"; .port = "{live_server.thread.port}"; }}\n'
        f'include "{VCL_DIR / "portal.vcl"}";\n'
    )
    port = free_port()
    log = (workdir / "varnishd.log").open("w")
    process = subprocess.Popen(  # noqa: S603 - a fixed command line
        [
            VARNISHD,
            "-F",
            "-n", str(workdir / "work"),
            "-a", f"127.0.0.1:{port}",
            "-T", "none",
            "-f", str(workdir / "test.vcl"),
            "-s", "malloc,32m",
            # A small machine shared with other test runs: few threads.
            "-p", "thread_pools=1",
            "-p", "thread_pool_min=5",
            "-p", "thread_pool_max=50",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"varnishd did not start:\n{(workdir / 'varnishd.log').read_text()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("varnishd did not listen within 30 s")
                time.sleep(0.2)
        yield Varnish(port)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def through_varnish(varnish, settings, transactional_db, django_db_serialized_rollback):
    """The portal configured as in production with FRONTEND_CACHE_URL set to our Varnish."""
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.frontend_cache.VarnishBackend", "LOCATION": varnish.url}
    }
    yield varnish
    # Nothing cached by one test is seen by the next (the database is flushed in between).
    fetch(varnish, "/", method="BAN", headers={"Host": f"127.0.0.1:{varnish.port}"})


@pytest.fixture
def portal(through_varnish):
    """A small portal whose Site is the address readers use: Varnish's."""
    # Only this small portal is public: pages left by other fixtures (the demo tree) are taken
    # offline without signals, so that site-wide lists (e.g. the feeds) show only ours.
    Page.objects.filter(depth__gt=1).update(live=False)
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="varnish-home", title="Trang chủ thử")
    Site.objects.create(hostname="127.0.0.1", port=through_varnish.port, root_page=home, site_name="Varnish")
    category = NewsIndexPageFactory(parent=home, slug="tin-tuc")
    article = NewsPageFactory(parent=category, slug="bai-viet", title="Tiêu đề ban đầu")
    Agency.objects.all().delete()
    agency = Agency.objects.create(name="Ủy ban nhân dân tỉnh Thử", portal_name="Cổng thử")
    return {"home": home, "article": article, "agency": agency}


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.gov.vn", "x")


def publish_edit(page, editor, **changes):
    """What the editor's "Publish" button does: a new revision of the edited page, published."""
    page = page.specific_class.objects.get(pk=page.pk)
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision(user=editor).publish(user=editor)


def test_a_public_page_is_served_from_varnish_the_second_time(portal, varnish):
    first = fetch(varnish, "/tin-tuc/bai-viet/")
    second = fetch(varnish, "/tin-tuc/bai-viet/")

    assert (first.status, first.headers["X-Cache"]) == (200, "MISS")
    assert (second.status, second.headers["X-Cache"]) == (200, "HIT")
    assert int(second.headers["Age"]) >= 0
    assert "Tiêu đề ban đầu" in second.text


def test_after_publishing_an_edit_the_next_reader_sees_it_directly_and_through_varnish(
    portal, varnish, live_server, editor
):
    fetch(varnish, "/tin-tuc/bai-viet/")
    assert fetch(varnish, "/tin-tuc/bai-viet/").from_cache

    publish_edit(portal["article"], editor, title="Tiêu đề đã sửa")

    through = fetch(varnish, "/tin-tuc/bai-viet/")
    direct = fetch(live_server.thread.port, "/tin-tuc/bai-viet/", headers={"Host": f"127.0.0.1:{varnish.port}"})
    for answer in (through, direct):
        assert answer.status == 200
        assert "Tiêu đề đã sửa" in answer.text
        assert "Tiêu đề ban đầu" not in answer.text
    assert not through.from_cache
    assert fetch(varnish, "/tin-tuc/bai-viet/").from_cache


def test_wagtails_page_purge_reaches_the_object_readers_get(portal, varnish):
    """frontend_cache's PURGE (the page's URL on its Site's host) removes exactly what readers were served."""
    fetch(varnish, "/tin-tuc/bai-viet/")
    # A change that sends no signal, so that only the purge below can refresh Varnish.
    NewsPage.objects.filter(pk=portal["article"].pk).update(title="Tiêu đề không báo")
    cache.clear()
    assert "Tiêu đề ban đầu" in fetch(varnish, "/tin-tuc/bai-viet/").text

    purge_page_from_cache(portal["article"])

    assert "Tiêu đề không báo" in fetch(varnish, "/tin-tuc/bai-viet/").text


def test_a_changed_chrome_snippet_shows_at_once_on_every_page_through_varnish(portal, varnish):
    for path in ("/", "/tin-tuc/bai-viet/"):
        fetch(varnish, path)
        assert fetch(varnish, path).from_cache
        assert "Ủy ban nhân dân tỉnh Thử" in fetch(varnish, path).text

    with transaction.atomic():  # as the snippet editor saves it
        agency = Agency.objects.get(pk=portal["agency"].pk)
        agency.name = "Sở Thông tin và Truyền thông Thử"
        agency.save()

    for path in ("/", "/tin-tuc/bai-viet/"):
        answer = fetch(varnish, path)
        assert not answer.from_cache
        assert "Sở Thông tin và Truyền thông Thử" in answer.text


def test_tracking_cookies_and_parameters_do_not_split_the_cache(portal, varnish):
    fetch(varnish, "/tin-tuc/bai-viet/")

    assert fetch(varnish, "/tin-tuc/bai-viet/", headers={"Cookie": "_ga=GA1.1.1; _fbp=fb.1"}).from_cache
    assert fetch(varnish, "/tin-tuc/bai-viet/?utm_source=zalo&fbclid=abc").from_cache


def test_logged_in_readers_admin_and_search_are_never_cached_nor_shared(portal, varnish, editor):
    client = Client()
    client.force_login(editor)
    session = {"Cookie": f"sessionid={client.cookies['sessionid'].value}"}

    editor_answers = [fetch(varnish, "/tin-tuc/bai-viet/", headers=session) for _ in range(2)]
    reader = fetch(varnish, "/tin-tuc/bai-viet/")

    assert [answer.headers["X-Cache"] for answer in editor_answers] == ["PASS", "PASS"]
    assert "wagtail-userbar" in editor_answers[1].text  # the editor's own page
    assert "wagtail-userbar" not in reader.text  # never shown to a reader
    for path in ("/admin/login/", "/tim-kiem/?q=mot-chuoi-rieng"):
        answers = [fetch(varnish, path) for _ in range(2)]
        assert not any(answer.from_cache for answer in answers), path


def test_purge_and_ban_are_refused_from_an_address_outside_the_acl(portal, varnish):
    fetch(varnish, "/tin-tuc/bai-viet/")
    host = {"Host": f"127.0.0.1:{varnish.port}"}

    # 127.0.0.2 is this machine too, but not in the VCL's "purgers" ACL (127.0.0.1, ::1).
    for method in ("PURGE", "BAN"):
        refused = fetch(varnish, "/tin-tuc/bai-viet/", method=method, headers=host, source="127.0.0.2")
        assert refused.status == 405
    assert fetch(varnish, "/tin-tuc/bai-viet/").from_cache

    assert fetch(varnish, "/tin-tuc/bai-viet/", method="PURGE", headers=host).status == 200
    assert not fetch(varnish, "/tin-tuc/bai-viet/").from_cache


def test_the_shipped_default_vcl_compiles():
    """deploy/varnish/default.vcl (the operator's starting point) is valid for this varnishd."""
    if VARNISHD is None:
        pytest.fail("varnishd is missing: run scripts/ensure-varnish.sh (make test does).")
    workdir = Path(tempfile.mkdtemp(prefix="portal-varnish-check-"))  # varnishd creates work/ for its user
    try:
        compiled = subprocess.run(  # noqa: S603 - a fixed command line
            [VARNISHD, "-C", "-n", str(workdir / "work"), "-f", str(VCL_DIR / "default.vcl")],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    assert compiled.returncode == 0, compiled.stderr[-2000:]
