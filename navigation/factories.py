import factory
import wagtail_factories

from .models import LinkPage, SitemapPage


class LinkPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Liên kết {n}")
    link_url = factory.Sequence(lambda n: f"https://example.gov.vn/dich-vu-{n}/")

    class Meta:
        model = LinkPage


class SitemapPageFactory(wagtail_factories.PageFactory):
    title = "Sơ đồ cổng"

    class Meta:
        model = SitemapPage
