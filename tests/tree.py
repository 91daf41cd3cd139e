"""The small bilingual portal most tests read, built with the apps' factories.

Generic on purpose (no province's names): the tests describe the portal's behaviour, not one
deployment's content. The English pages are made the way a translator makes them, through
wagtail-localize (strings exported, translated, imported, ``save_target``), not copied by hand.

    Trang chủ (Site localhost:80, default)          → Home (en)
    ├── Tin tức (news index, on the home page)      → News
    │   ├── Kinh tế (category)                      → Economy
    │   │   ├── economy_new (newest, featured)     → translated
    │   │   └── economy_old
    │   └── Văn hóa - Xã hội (category)
    │       └── society
    ├── Giới thiệu (section, in the menu and sidebar) → About
    │   ├── Lịch sử hình thành (standard page)      → History
    │   ├── Hỏi đáp (standard page, the questions page; untranslated)
    │   └── Dịch vụ công trực tuyến (link page, external; untranslated)
    └── Sơ đồ cổng (sitemap page)
    Navigation settings (questions, sitemap, Facebook), an agency (translated), two topics.
"""

from dataclasses import dataclass
from datetime import datetime

from django.test import TestCase
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from home.factories import HomePageFactory
from home.models import HomePage
from navigation.factories import AgencyFactory, LinkPageFactory, SitemapPageFactory
from navigation.models import Agency, LinkPage, NavigationSettings, SitemapPage
from news.factories import NewsIndexPageFactory, NewsPageFactory, TopicFactory
from news.models import NewsIndexPage, NewsPage, Topic
from sections.factories import SectionPageFactory, StandardPageFactory
from sections.models import SectionPage, StandardPage

SITE_NAME = "Cổng thông tin điện tử tỉnh"
FACEBOOK_URL = "https://www.facebook.com/congthongtin.example"


def translate(instance, english: dict[str, str], *, publish: bool = True, tool_name: str = "test translator"):
    """Store a translator's work through wagtail-localize: strings in, English page or snippet out.

    Strings without an entry in ``english`` stay as they are. wagtail-localize publishes the
    target on commit: the callbacks run here, inside the test's transaction.
    """
    english_locale, _ = Locale.objects.get_or_create(language_code="en")
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=english_locale)
    po = translation.export_po()
    for entry in po:
        if entry.msgid in english:
            entry.msgstr = english[entry.msgid]
    translation.import_po(po, tool_name=tool_name)
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)
    return translation


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def english(page: Page) -> Page:
    return page.get_translation(Locale.objects.get(language_code="en")).specific


def aware(text: str) -> datetime:
    return timezone.make_aware(datetime.fromisoformat(text))


@dataclass
class PortalTree:
    site: Site
    home: HomePage
    news: NewsIndexPage
    economy: NewsIndexPage
    society: NewsIndexPage
    economy_new: NewsPage
    economy_old: NewsPage
    society_article: NewsPage
    about: SectionPage
    history: StandardPage
    questions: StandardPage
    public_services: LinkPage
    sitemap: SitemapPage
    agency: Agency
    topic_agriculture: Topic
    topic_investment: Topic
    navigation: NavigationSettings

    @property
    def articles(self) -> list[NewsPage]:
        """Newest first, as the lists show them."""
        return [self.economy_new, self.society_article, self.economy_old]

    def english(self, page: Page) -> Page:
        return english(page)


def _take_over_localhost() -> None:
    """The tree's Site answers every request; with the demo loaded (full runs) it steps aside.

    Deleting the demo's Site (and its settings, by cascade) happens in the test's transaction,
    so the next test finds the demo again; its pages stay in the tree but no Site routes to them.
    """
    Site.objects.filter(hostname="localhost", port=80).delete()
    Site.objects.filter(is_default_site=True).update(is_default_site=False)


def build_portal_tree() -> PortalTree:
    _take_over_localhost()
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    # Its own slug: the demo home (full runs) already holds "trang-chu" under the root.
    home = publish(HomePageFactory(parent=root, title="Trang chủ", slug="trang-chu-thu-nghiem"))
    site = Site.objects.create(hostname="localhost", port=80, root_page=home, site_name=SITE_NAME, is_default_site=True)

    news = publish(NewsIndexPageFactory(parent=home, title="Tin tức", show_on_home=True, show_in_menus=True))
    economy = publish(NewsIndexPageFactory(parent=news, title="Kinh tế"))
    society = publish(NewsIndexPageFactory(parent=news, title="Văn hóa - Xã hội"))
    agriculture = TopicFactory(name="Nông nghiệp")
    investment = TopicFactory(name="Đầu tư")

    economy_old = NewsPageFactory(
        parent=economy,
        title="Tỉnh thu hút thêm ba dự án đầu tư vào khu công nghiệp",
        date=aware("2026-03-02T08:00:00"),
        lead="Ba dự án với tổng vốn đăng ký hơn 1.000 tỉ đồng vừa được cấp chủ trương đầu tư.",
        body=[("paragraph", "<p>Các dự án tập trung vào chế biến nông sản và logistics.</p>")],
    )
    economy_old.topics.set([investment])
    publish(economy_old)
    society_article = NewsPageFactory(
        parent=society,
        title="Khai mạc lễ hội văn hóa dân gian năm 2026",
        date=aware("2026-04-10T19:30:00"),
        lead="Lễ hội diễn ra trong ba ngày với nhiều hoạt động văn hóa, thể thao.",
        body=[("paragraph", "<p>Đông đảo người dân và du khách đến tham dự lễ khai mạc.</p>")],
        author="Thu Hà",
    )
    publish(society_article)
    economy_new = NewsPageFactory(
        parent=economy,
        title="Nông dân đẩy mạnh sản xuất lúa chất lượng cao",
        date=aware("2026-05-20T07:15:00"),
        lead="Diện tích lúa chất lượng cao của tỉnh tăng mạnh so với cùng kỳ năm trước.",
        body=[
            ("paragraph", "<p>Nhiều hợp tác xã liên kết với doanh nghiệp để bao tiêu sản phẩm.</p>"),
            ("paragraph", "<p>Ngành nông nghiệp tiếp tục hỗ trợ giống và kỹ thuật canh tác.</p>"),
        ],
        author="Minh Khoa",
        featured=True,
    )
    economy_new.topics.set([agriculture])
    publish(economy_new)

    about = publish(SectionPageFactory(parent=home, title="Giới thiệu", show_in_menus=True, show_in_sidebar=True))
    history = publish(StandardPageFactory(parent=about, title="Lịch sử hình thành", show_in_menus=True))
    questions = publish(StandardPageFactory(parent=about, title="Hỏi đáp", show_in_menus=True))
    public_services = publish(
        LinkPageFactory(
            parent=about,
            title="Dịch vụ công trực tuyến",
            link_url="https://dichvucong.example.gov.vn/",
            show_in_menus=True,
        )
    )
    sitemap = publish(SitemapPageFactory(parent=home))

    navigation = NavigationSettings.for_site(site)
    navigation.questions_page = questions
    navigation.sitemap_page = sitemap
    navigation.facebook_url = FACEBOOK_URL
    navigation.save()
    agency = AgencyFactory()

    translate(
        home,
        {
            "Trang chủ": "Home",
            "trang-chu-thu-nghiem": "home-test",
            "Cổng thông tin điện tử của tỉnh.": "The province's portal.",
        },
    )
    translate(news, {"Tin tức": "News", "tin-tuc": "news"})
    translate(economy, {"Kinh tế": "Economy", "kinh-te": "economy"})
    translate(
        economy_new,
        {
            economy_new.title: "Farmers step up high-quality rice",
            economy_new.slug: "farmers-step-up-high-quality-rice",
            economy_new.lead: "The province's high-quality rice area grew sharply on last year.",
            "Nhiều hợp tác xã liên kết với doanh nghiệp để bao tiêu sản phẩm.": "Many cooperatives now sell "
            "their harvest to companies under contract.",
            "Ngành nông nghiệp tiếp tục hỗ trợ giống và kỹ thuật canh tác.": "The agriculture department keeps "
            "supporting seeds and farming methods.",
        },
    )
    translate(
        about,
        {"Giới thiệu": "About", "gioi-thieu": "about", "Các trang thông tin của chuyên mục.": "Pages of the section."},
    )
    translate(history, {"Lịch sử hình thành": "History", "lich-su-hinh-thanh": "history"})
    translate(
        agency,
        {
            agency.name: "Provincial People's Committee",
            agency.portal_name: "Provincial e-portal",
            agency.address: "1 Hung Vuong street, ward 1",
            agency.responsible_person: "Chief of Office of the Provincial People's Committee",
            agency.licence: "Licence no. 01/GP-TTĐT issued by the Department of Information and Communications",
            agency.copyright_notice: "Cite the source when republishing information from this portal.",
        },
    )
    return PortalTree(
        site=site,
        home=home.specific,
        news=news.specific,
        economy=economy.specific,
        society=society.specific,
        economy_new=NewsPage.objects.get(pk=economy_new.pk),
        economy_old=NewsPage.objects.get(pk=economy_old.pk),
        society_article=NewsPage.objects.get(pk=society_article.pk),
        about=about.specific,
        history=history.specific,
        questions=questions.specific,
        public_services=public_services.specific,
        sitemap=sitemap.specific,
        agency=agency,
        topic_agriculture=agriculture,
        topic_investment=investment,
        navigation=navigation,
    )
