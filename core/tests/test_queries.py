"""``public_for_request``: Wagtail's ``.public()``, its restrictions read once per request and never longer."""

import pytest
import wagtail_factories
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from core.queries import public_for_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    root = Page.get_first_root_node()
    open_page = wagtail_factories.PageFactory(parent=root, title="Open")
    return open_page, wagtail_factories.PageFactory(parent=root, title="Soon private")


def titles(queryset):
    return set(queryset.filter(title__in=["Open", "Soon private"]).values_list("title", flat=True))


def test_lists_of_one_request_share_one_read_of_the_restrictions(pages):
    _open, private = pages
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    request = RequestFactory().get("/")
    with CaptureQueriesContext(connection) as queries:
        first = titles(public_for_request(Page.objects.live(), request))
        second = titles(public_for_request(Page.objects.live(), request))
    assert first == second == {"Open"}
    assert first == titles(Page.objects.live().public())  # the same answer as Wagtail's own
    assert len(queries) == 3  # the restrictions once, then one query per list


def test_a_restriction_added_applies_to_the_next_request(pages):
    _open, private = pages
    assert titles(public_for_request(Page.objects.live(), RequestFactory().get("/"))) == {"Open", "Soon private"}
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert titles(public_for_request(Page.objects.live(), RequestFactory().get("/"))) == {"Open"}
