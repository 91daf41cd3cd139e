import factory
import wagtail_factories
from wagtail.models import Locale

from .models import LinkPage, PartnerLink, SitemapPage


class LinkPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Liên kết {n}")
    link_url = factory.Sequence(lambda n: f"https://example.gov.vn/dich-vu-{n}/")

    class Meta:
        model = LinkPage


class SitemapPageFactory(wagtail_factories.PageFactory):
    title = "Sơ đồ cổng"

    class Meta:
        model = SitemapPage


class PartnerLinkFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Cổng thông tin thử nghiệm {n}")
    url = factory.Sequence(lambda n: f"https://cong-{n}.example.gov.vn/")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = PartnerLink
