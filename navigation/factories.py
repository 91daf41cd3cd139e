import factory
from wagtail.models import Locale

from core.factories import PortalImageFactory, PortalPageFactory

from .models import Agency, Banner, LinkPage, PartnerLink, SitemapPage, Slide


class LinkPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Dịch vụ công trực tuyến {n}")
    link_url = factory.Sequence(lambda n: f"https://dichvucong.example.gov.vn/thu-tuc-{n}/")

    class Meta:
        model = LinkPage


class SitemapPageFactory(PortalPageFactory):
    title = "Sơ đồ cổng"

    class Meta:
        model = SitemapPage


class AgencyFactory(factory.django.DjangoModelFactory):
    name = "Ủy ban nhân dân tỉnh"
    portal_name = "Cổng thông tin điện tử tỉnh"
    address = "Số 1 đường Hùng Vương, phường 1"
    phone = "0200 3800 000"
    email = "vanphong@example.gov.vn"
    responsible_person = "Chánh Văn phòng Ủy ban nhân dân tỉnh"
    licence = "Giấy phép số 01/GP-TTĐT do Sở Thông tin và Truyền thông cấp"
    copyright_notice = "Ghi rõ nguồn khi phát hành lại thông tin từ cổng này."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Agency


class BannerFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Chuyển đổi số {n}")
    image = factory.SubFactory(PortalImageFactory)
    link_url = "https://example.gov.vn/chuyen-doi-so/"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Banner


class SlideFactory(factory.django.DjangoModelFactory):
    image = factory.SubFactory(PortalImageFactory)
    alt_text = factory.Sequence(lambda n: f"Cánh đồng lúa vào mùa thu hoạch {n}")
    caption = "Mùa lúa chín"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Slide


class PartnerLinkFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Cổng thông tin điện tử số {n}")
    url = factory.Sequence(lambda n: f"https://cong-{n}.example.gov.vn/")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = PartnerLink
