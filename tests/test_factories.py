"""Every page type and snippet has a factory, and each factory builds something valid.

A new page type without a factory fails here (as in torchbox.com's ``tbx/core/factories.py``
test), so the tests of the next page type start from a factory, not from the demo content.
"""

import importlib

import factory
import pytest
from django.apps import apps
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

from home.factories import HomePageFactory
from home.models import HomePage
from navigation.factories import (
    AgencyFactory,
    BannerFactory,
    LinkPageFactory,
    PartnerLinkFactory,
    SitemapPageFactory,
    SlideFactory,
)
from news.factories import NewsIndexPageFactory, NewsPageFactory, TopicFactory
from sections.factories import SectionPageFactory, StandardPageFactory

PAGE_FACTORIES = [
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    SectionPageFactory,
    LinkPageFactory,
    SitemapPageFactory,
]
SNIPPET_FACTORIES = [TopicFactory, AgencyFactory, BannerFactory, SlideFactory, PartnerLinkFactory]


def app_factories() -> dict[type, type]:
    """Every model factory defined in an app's ``factories.py``, by model."""
    found = {}
    for app_config in apps.get_app_configs():
        try:
            module = importlib.import_module(f"{app_config.name}.factories")
        except ModuleNotFoundError:
            continue
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, factory.django.DjangoModelFactory):
                model = value._meta.model
                if model is not None and model._meta.app_label == app_config.label:
                    found.setdefault(model, value)
    return found


def test_every_page_type_has_a_factory():
    factories = app_factories()
    missing = [model._meta.label for model in get_page_models() if model is not Page and model not in factories]
    assert missing == [], f"Page types without a factory in their app's factories.py: {missing}"


def test_every_snippet_has_a_factory():
    factories = app_factories()
    missing = [model._meta.label for model in get_snippet_models() if model not in factories]
    assert missing == [], f"Snippets without a factory in their app's factories.py: {missing}"


def parent_for(model, home):
    """The nearest allowed parent under the home page, made with factories too."""
    if model is HomePage:
        return Page.get_first_root_node()
    if home.specific_class in model.allowed_parent_page_models():
        return home
    return NewsIndexPageFactory(parent=home, title="Tin tức")


@pytest.mark.django_db
@pytest.mark.parametrize("factory_class", PAGE_FACTORIES, ids=lambda f: f.__name__)
def test_each_page_factory_builds_a_valid_page_under_the_home_page(factory_class):
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Trang chủ thử", slug="trang-chu-thu")
    # A second home page gets a title of its own: slugs are unique among the root's children.
    extra = {"title": "Trang chủ mới"} if factory_class is HomePageFactory else {}
    page = factory_class(parent=parent_for(factory_class._meta.model, home), **extra)
    page.full_clean()  # the same validation as the editor's Publish
    page.save_revision().publish()
    assert page.slug.isascii() and page.slug == page.slug.lower()
    assert page.get_parent().specific_class in page.specific_class.allowed_parent_page_models()
    assert page.live


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Sơ đồ cổng", "so-do-cong"),
        ("Đảng bộ huyện Châu Thành", "dang-bo-huyen-chau-thanh"),
        ("Văn hóa - Xã hội", "van-hoa-xa-hoi"),
        ("Hỏi đáp", "hoi-dap"),
    ],
)
def test_page_factories_make_the_editor_slug_from_a_vietnamese_title(title, slug):
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Trang chủ thử", slug="trang-chu-thu")
    assert StandardPageFactory(parent=home, title=title).slug == slug


@pytest.mark.django_db
def test_sitemap_factory_default_slug():
    assert SitemapPageFactory.build().slug == "so-do-cong"


@pytest.mark.django_db
@pytest.mark.parametrize("factory_class", SNIPPET_FACTORIES, ids=lambda f: f.__name__)
def test_each_snippet_factory_builds_a_valid_live_snippet(factory_class):
    snippet = factory_class()
    snippet.full_clean()
    assert snippet.live
    assert snippet.locale.language_code == "vi"


@pytest.mark.django_db
def test_topic_slug_is_ascii():
    assert TopicFactory.build(name="Đầu tư công").slug == "dau-tu-cong"
