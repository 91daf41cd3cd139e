"""The whole-page cache: public pages served again whole, always fresh, never anyone's private page."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Site

from home.factories import HomePageFactory
from navigation.factories import LinkPageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from sections.factories import SectionPageFactory, StandardPageFactory
from tests.cache_entries import cache_entries

pytestmark = pytest.mark.django_db

HOST = "cong.example.vn"


def make_site(hostname, name):
    """A Site of its own: home, a menu page, a sidebar section with a link, a news category."""
    home = HomePageFactory(parent=Page.get_first_root_node(), title=f"Trang chủ {name}", slug=f"home-{name}")
    Site.objects.create(hostname=hostname, port=80, root_page=home, site_name=name)
    about = StandardPageFactory(parent=home, title=f"Giới thiệu {name}", slug="gioi-thieu", show_in_menus=True)
    section = SectionPageFactory(parent=home, title=f"Văn bản {name}", slug="van-ban", show_in_sidebar=True)
    LinkPageFactory(parent=section, title=f"Dịch vụ công {name}")
    news = NewsIndexPageFactory(parent=home, title=f"Tin tức {name}", slug="tin-tuc")
    article = NewsPageFactory(parent=news, title=f"Bài viết {name}", slug="bai-viet")
    return {"home": home, "about": about, "news": news, "article": article}


@pytest.fixture(autouse=True)
def _hosts(settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, HOST, "so.example.vn"]


@pytest.fixture
def site():
    return make_site(HOST, "mot")


@pytest.fixture
def reader():
    return Client(HTTP_HOST=HOST)


def test_a_public_page_is_stored_whole_and_served_again_without_a_query(site, reader):
    first = reader.get("/gioi-thieu/")
    assert first["X-Page-Cache"] == "miss"
    assert first["Cache-Control"] == "public, max-age=60"
    assert "Cookie" not in first.get("Vary", "")
    with CaptureQueriesContext(connection) as queries:
        second = reader.get("/gioi-thieu/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert queries.captured_queries == []


def test_the_public_max_age_is_an_operator_setting(site, reader, settings):
    settings.PORTAL_PAGE_MAX_AGE = 300
    assert reader.get("/gioi-thieu/")["Cache-Control"] == "public, max-age=300"


def test_after_publishing_an_edit_the_next_request_shows_it(site, reader):
    assert "Giới thiệu mot" in reader.get("/gioi-thieu/").content.decode()
    about = site["about"]
    about.title = "Lịch sử hình thành"
    about.save_revision().publish()
    content = reader.get("/gioi-thieu/").content.decode()
    assert "Lịch sử hình thành" in content
    assert "Lịch sử hình thành" in reader.get("/").content.decode(), "the menu of every page changes too"


def test_a_private_page_is_never_served_from_the_cache(site, reader):
    assert reader.get("/gioi-thieu/")["X-Page-Cache"] == "miss"
    PageViewRestriction.objects.create(page=site["about"], restriction_type="password", password="mat-khau")
    for _ in range(3):
        response = reader.get("/gioi-thieu/")
        assert 'name="password"' in response.content.decode()
        assert "no-store" in response["Cache-Control"]
        assert "X-Page-Cache" not in response
    # A reader who unlocked it sees it, privately, and it is stored for no one.
    restriction = site["about"].get_view_restrictions().get()
    unlock = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, site["about"].pk])
    assert reader.post(unlock, {"password": "mat-khau", "return_url": "/gioi-thieu/"}).status_code == 302
    unlocked = reader.get("/gioi-thieu/")
    assert "Giới thiệu mot" in unlocked.content.decode()
    assert "private" in unlocked["Cache-Control"] and "no-store" in unlocked["Cache-Control"]
    assert 'name="password"' in Client(HTTP_HOST=HOST).get("/gioi-thieu/").content.decode()


def test_logged_in_editors_get_private_pages_and_never_a_stored_one(site, reader):
    reader.get("/gioi-thieu/")  # stored for anonymous readers
    editor = Client(HTTP_HOST=HOST)
    editor.force_login(User.objects.create_superuser("bientap", "b@example.vn", "x"))
    response = editor.get("/gioi-thieu/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_only_declared_query_parameters_are_kept(site, reader):
    reader.get("/tin-tuc/")  # Wagtail's own caches (site root paths, renditions) are filled once
    entries = len(cache_entries())
    for query in ("?utm_source=zalo", "?page=abc", "?page=1&page=1", "?q=x"):
        response = reader.get(f"/tin-tuc/{query}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response, query
    assert len(cache_entries()) == entries
    assert reader.get("/tin-tuc/?page=1")["X-Page-Cache"] == "miss"
    assert reader.get("/tin-tuc/?page=1")["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in reader.get("/gioi-thieu/?page=1"), "a page that has no pages ignores ?page="


def test_unknown_paths_and_bad_hosts_create_no_cache_entries(site, reader, settings):
    settings.ALLOWED_HOSTS = ["*"]
    for path in ("/", "/khong-co/", "/robots.txt"):  # Wagtail's own caches (site root paths, renditions)
        reader.get(path)
        Client(HTTP_HOST="h.example.com").get(path)
    entries = len(cache_entries())
    for number in range(500):
        assert reader.get(f"/khong-co-{number}/").status_code == 404
    for number in range(250):
        stranger = Client(HTTP_HOST=f"h{number}.example.com")
        assert stranger.get("/khong-co/").status_code == 404
    for number in range(250):
        # Served by the default Site (any Host is allowed here), but never stored under a stranger's Host.
        stranger = Client(HTTP_HOST=f"{HOST}:{number + 1}" if number % 2 else f"h{number}.example.com")
        assert stranger.get("/" if number % 10 == 0 else "/robots.txt").status_code == 200
    assert len(cache_entries()) <= entries


def test_a_routable_sub_path_beats_a_child_page_of_the_same_slug(site, reader):
    NewsPageFactory(parent=site["news"], title="Một bài tên là rss", slug="rss")
    response = reader.get("/tin-tuc/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert reader.get("/tin-tuc/rss/")["X-Page-Cache"] == "hit"


def test_two_sites_each_get_their_own_menus_and_sidebar(site, reader):
    make_site("so.example.vn", "hai")
    other = Client(HTTP_HOST="so.example.vn")
    for _ in range(2):  # stored, then served from the cache
        mine, theirs = reader.get("/").content.decode(), other.get("/").content.decode()
        assert "Giới thiệu mot" in mine and "Dịch vụ công mot" in mine
        assert "Giới thiệu hai" not in mine and "Dịch vụ công hai" not in mine
        assert "Giới thiệu hai" in theirs and "Dịch vụ công hai" in theirs
        assert "Giới thiệu mot" not in theirs and "Dịch vụ công mot" not in theirs


def test_a_search_text_never_reaches_another_reader():
    reader = Client(HTTP_HOST="localhost")  # the demo Site's host: its pages are cached
    searched = reader.get("/tim-kiem/?q=chuoi-duy-nhat-7431")
    assert "chuoi-duy-nhat-7431" in searched.content.decode()
    assert "no-store" in searched["Cache-Control"]
    for path in ("/", "/", "/tim-kiem/?q=dang", "/en/"):
        assert "chuoi-duy-nhat-7431" not in Client(HTTP_HOST="localhost").get(path).content.decode()


def test_a_response_that_sets_a_cookie_is_private(site, reader):
    # The admin login form sets the CSRF cookie.
    response = reader.get("/admin/login/")
    assert "public" not in response.get("Cache-Control", "")
