"""Every page type states its place in the tree and can be created in the admin (factories: test_factories.py)."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from about.models import UnitPage
from home.factories import HomePageFactory
from home.models import HomePage
from investment.models import InvestmentIndexPage, InvestmentProjectPage
from library.models import GazetteIndexPage, LegalDocumentIndexPage
from navigation.models import LinkPage, SitemapPage
from news.factories import NewsIndexPageFactory
from news.models import NewsIndexPage, NewsPage
from participation.models import ConsultationIndexPage, QuestionIndexPage
from publications.models import PublicationIndexPage, PublicationPage
from sections.models import SectionPage, StandardPage

PORTAL_APPS = [
    "home",
    "sections",
    "navigation",
    "news",
    "library",
    "about",
    "publications",
    "investment",
    "participation",
]


def portal_page_models():
    return [
        model
        for app in PORTAL_APPS
        for model in apps.get_app_config(app).get_models()
        if issubclass(model, Page) and not model._meta.abstract
    ]


@pytest.mark.parametrize("model", portal_page_models(), ids=lambda model: model.__name__)
def test_every_page_type_declares_parents_and_children(model):
    assert "parent_page_types" in model.__dict__, f"{model.__name__} must declare parent_page_types"
    assert "subpage_types" in model.__dict__, f"{model.__name__} must declare subpage_types"


class TreeRulesTests(WagtailPageTestCase):
    def test_home_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_articles_live_only_in_categories_and_have_no_children(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_categories_nest(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsIndexPage, NewsPage})
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage, NewsIndexPage, SectionPage})

    def test_link_and_sitemap_pages_are_leaves(self):
        self.assertAllowedSubpageTypes(LinkPage, set())
        self.assertAllowedSubpageTypes(SitemapPage, set())
        self.assertAllowedParentPageTypes(SitemapPage, {HomePage})

    def test_sections_hold_content_links_and_news(self):
        self.assertAllowedSubpageTypes(
            SectionPage,
            {
                StandardPage,
                SectionPage,
                LinkPage,
                NewsIndexPage,
                LegalDocumentIndexPage,
                GazetteIndexPage,
                UnitPage,
                PublicationIndexPage,
                InvestmentIndexPage,
                QuestionIndexPage,
                ConsultationIndexPage,
            },
        )

    def test_publications_and_projects_live_only_in_their_lists(self):
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertAllowedParentPageTypes(InvestmentProjectPage, {InvestmentIndexPage})
        self.assertAllowedSubpageTypes(InvestmentIndexPage, {InvestmentProjectPage})
        self.assertCanNotCreateAt(SectionPage, PublicationPage)

    def test_an_article_cannot_be_created_under_the_home_page(self):
        self.assertCanNotCreateAt(HomePage, NewsPage)


class AdminCreationTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = HomePageFactory(parent=Page.get_first_root_node(), title="Trang chủ thử", slug="trang-chu-thu")
        self.category = NewsIndexPageFactory(parent=self.home, title="Kinh tế")

    def test_editor_creates_an_article_with_an_ascii_slug(self):
        self.assertCanCreate(
            self.category,
            NewsPage,
            nested_form_data(
                {
                    "title": "Hai tỉnh hợp tác phát triển du lịch",
                    "slug": "hai-tinh-hop-tac-phat-trien-du-lich",
                    "lead": "Hai tỉnh ký kết chương trình hợp tác.",
                    "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
                    "author": "Thu Hà",
                }
            ),
        )
        article = NewsPage.objects.get(slug="hai-tinh-hop-tac-phat-trien-du-lich")
        assert article.get_parent().pk == self.category.pk

    def test_a_vietnamese_slug_is_refused(self):
        response = self.client.post(
            f"/admin/pages/add/news/newspage/{self.category.pk}/",
            nested_form_data(
                {
                    "title": "Tin thử",
                    "slug": "tin-thử",
                    "lead": "Tóm tắt.",
                    "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
                }
            ),
        )
        assert response.status_code == 200  # the form comes back with an error
        assert not NewsPage.objects.filter(title="Tin thử").exists()

    def test_an_empty_slug_is_made_from_the_title_with_d_folded(self):
        page = NewsPage(title="Đảng ủy xã Tân Hội Đông", lead="Tóm tắt.")
        self.category.add_child(instance=page)
        assert page.slug == "dang-uy-xa-tan-hoi-dong"

    def test_a_link_page_needs_exactly_one_target(self):
        with translation.override("en"), pytest.raises(ValidationError, match="either a page or an external address"):
            self.home.add_child(instance=LinkPage(title="Hỏng", slug="hong"))
