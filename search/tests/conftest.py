"""A small tree of our own for every search test, so results never depend on the demo content.

Each test searches inside its own section (``section=`` filter) where the demo
content could otherwise interfere.
"""

import pytest
from django.utils import timezone
from wagtail.models import Locale, Site

from news.factories import NewsIndexPageFactory, NewsPageFactory
from sections.factories import SectionPageFactory


@pytest.fixture
def home(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home, title="Khu thử nghiệm tìm kiếm")


@pytest.fixture
def category(section):
    return NewsIndexPageFactory(parent=section, title="Tin thử nghiệm")


@pytest.fixture
def article(category):
    def make(title, lead="Tóm tắt.", body="Nội dung.", **kwargs):
        kwargs.setdefault("first_published_at", timezone.now())
        return NewsPageFactory(
            parent=category, title=title, lead=lead, body=[("paragraph", f"<p>{body}</p>")], **kwargs
        )

    return make


@pytest.fixture
def search(client, section):
    """The titles found in the test's own section, in the order shown, and the response."""

    def run(q, prefix="", **params):
        response = client.get(f"{prefix}/tim-kiem/", {"q": q, "section": section.pk, **params})
        assert response.status_code == 200
        titles = [item["page"].title for item in response.context.get("items", [])]
        return titles, response

    return run


@pytest.fixture
def english_home(home):
    return home.get_translation(Locale.objects.get(language_code="en"))
