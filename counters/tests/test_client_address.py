"""The client's address behind the trusted proxies: read from X-Forwarded-For, never spoofable.

With N trusted proxies, the client is the N-th X-Forwarded-For entry from the right (written by
the outermost trusted proxy); what a client writes there itself stays to the left and is
ignored. Readers without a reader id are counted by this address (and their browser), and
django-ratelimit limits by it, so a forged header gives neither a new visitor nor a fresh limit.
"""

import pytest
from django.test import RequestFactory
from django_ratelimit.core import get_usage
from wagtail.models import Page

from counters.models import PageCounter
from counters.tests.conftest import FIREFOX
from counters.visitors import client_ip, rate_limit_key, visitor_key
from news.factories import NewsIndexPageFactory, NewsPageFactory

PROXY = "10.0.0.5"  # the TLS proxy's address, as the app server sees it
READER = "203.0.113.9"  # the reader's address, as the proxy sees it


def request_through_proxy(forwarded=None, remote=PROXY, user_agent=FIREFOX):
    headers = {"REMOTE_ADDR": remote, "HTTP_USER_AGENT": user_agent}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/api/visits/", **headers)


@pytest.fixture
def one_proxy(settings):
    settings.PORTAL_TRUSTED_PROXY_COUNT = 1


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, None, PROXY),
        (0, "198.51.100.1", PROXY),  # no proxy trusted: the header is the client's own words
        (1, READER, READER),
        (1, f"198.51.100.1, {READER}", READER),  # the client's own entry stays on the left
        (1, f"198.51.100.1,{READER}", READER),
        (1, f"1.1.1.1, 2.2.2.2, {READER}", READER),
        (2, f"198.51.100.1, {READER}, 10.0.0.9", READER),  # the outer proxy wrote READER
        (2, f"{READER}, 10.0.0.9", READER),
        (1, f"{READER}:51234", READER),
        (1, "[2001:db8::7]:443", "2001:db8::7"),
        (1, "2001:DB8:0:0::7", "2001:db8::7"),
    ],
)
def test_the_client_is_the_entry_of_the_outermost_trusted_proxy(settings, proxies, forwarded, expected):
    settings.PORTAL_TRUSTED_PROXY_COUNT = proxies
    assert client_ip(request_through_proxy(forwarded)) == expected


@pytest.mark.parametrize(
    ("proxies", "forwarded"),
    [
        (1, None),
        (1, ""),
        (1, " "),
        (1, ",,,"),
        (1, "unknown"),
        (1, f"{READER}, garbage"),
        (1, "999.1.1.1"),
        (1, "203.0.113.9/24"),
        (1, "x" * 10_000),
        (2, READER),  # shorter than the proxies in front: not written by them
        (3, f"{READER}, 10.0.0.9"),
    ],
)
def test_a_missing_short_or_garbled_header_gives_the_nearest_proxy(settings, proxies, forwarded):
    settings.PORTAL_TRUSTED_PROXY_COUNT = proxies
    assert client_ip(request_through_proxy(forwarded)) == PROXY


def test_a_client_forging_x_forwarded_for_is_still_the_same_visitor(one_proxy):
    honest = visitor_key(request_through_proxy(READER))
    for forged in ("198.51.100.1", "198.51.100.2, 198.51.100.3", "garbage", "127.0.0.1"):
        assert visitor_key(request_through_proxy(f"{forged}, {READER}")) == honest
    assert visitor_key(request_through_proxy("198.51.100.77")) != honest, "another reader is another visitor"


def test_without_trusted_proxies_the_header_changes_nothing(settings):
    settings.PORTAL_TRUSTED_PROXY_COUNT = 0
    direct = visitor_key(request_through_proxy(None, remote=READER))
    assert visitor_key(request_through_proxy("198.51.100.1", remote=READER)) == direct


def test_django_ratelimit_sees_the_same_address_as_counting(one_proxy):
    usage = [
        get_usage(request_through_proxy(f"198.51.100.{n}, {READER}"), group="t", key="ip", rate="5/m", increment=True)
        for n in range(6)
    ]
    assert [u["count"] for u in usage] == [1, 2, 3, 4, 5, 6]
    assert usage[-1]["should_limit"] is True


def test_an_ipv6_client_is_rate_limited_by_its_64_block(one_proxy):
    keys = {rate_limit_key("g", request_through_proxy(f"2001:db8:1:2::{n}")) for n in range(1, 5)}
    assert keys == {"2001:db8:1:2::"}
    assert rate_limit_key("g", request_through_proxy("2001:db8:1:3::1")) != "2001:db8:1:2::"


# Through the endpoints ---------------------------------------------------------------


@pytest.fixture
def article(db):
    category = NewsIndexPageFactory(parent=Page.get_first_root_node())
    return NewsPageFactory(parent=category)


def test_forged_headers_neither_count_again_nor_escape_the_rate_limit(client, one_proxy, article):
    url = f"/api/pages/{article.pk}/view/"

    def post(forwarded, path=url, **extra):
        return client.post(path, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded, HTTP_USER_AGENT=FIREFOX, **extra)

    assert post(READER).json()["counted"] is True
    assert post(f"198.51.100.1, {READER}").json()["counted"] is False
    assert post(f"198.51.100.2, {READER}").json()["counted"] is False
    assert post("198.51.100.3").json()["counted"] is True, "another address behind the proxy is another reader"
    assert PageCounter.objects.get(page=article).views == 2

    rating = f"/api/pages/{article.pk}/rating/"
    statuses = [
        post(f"198.51.100.{n}, {READER}", rating, data={"stars": 3}, content_type="application/json").status_code
        for n in range(22)
    ]
    # One rating for the reader, then "already rated" until the rate limit (20 a minute) stops them.
    assert statuses == [201] + [409] * 19 + [429, 429]


@pytest.mark.parametrize("forwarded", ["", "garbage", ",,", "999.999.999.999", "\x00", "x" * 10_000])
def test_a_garbled_header_is_counted_by_the_proxy_address_and_never_a_500(client, one_proxy, article, forwarded):
    for path in (f"/api/pages/{article.pk}/view/", "/api/visits/", f"/api/pages/{article.pk}/counters/"):
        method = client.get if path.endswith("counters/") else client.post
        response = method(path, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded, HTTP_USER_AGENT=FIREFOX)
        assert response.status_code == 200, path
    assert PageCounter.objects.get(page=article).views == 1
