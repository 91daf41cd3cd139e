"""A private section stays private at once, although the pages around it are cached whole."""

import pytest
from django.test import Client
from wagtail.models import Page, PageViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    """A reader of the demo Site's own host name, so that its pages go through the page cache."""
    return Client(HTTP_HOST="localhost")


@pytest.fixture
def private_about(client):
    client.get("/")  # warm every cache first: restricting must still take effect at once
    client.get("/gioi-thieu/lanh-dao-tinh/")
    about = Page.objects.get(slug="gioi-thieu", locale__language_code="vi")
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau")
    return about


def test_private_section_and_its_children_ask_for_the_password(client, private_about):
    for path in ("/gioi-thieu/", "/gioi-thieu/lanh-dao-tinh/"):
        content = client.get(path).content.decode()
        assert "Ủy ban nhân dân tỉnh có 18 cơ quan chuyên môn" not in content
        assert 'name="password"' in content, path


def test_private_section_leaves_the_menus(client, private_about):
    content = client.get("/").content.decode()
    assert 'href="/gioi-thieu/"' not in content


def test_opening_the_section_again_brings_it_back(client, private_about):
    PageViewRestriction.objects.filter(page=private_about).delete()
    assert 'href="/gioi-thieu/"' in client.get("/").content.decode()
    assert "Ủy ban nhân dân tỉnh có 18 cơ quan chuyên môn" in client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
