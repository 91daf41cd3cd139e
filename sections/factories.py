import factory

from core.factories import PortalPageFactory

from .models import SectionPage, StandardPage


class StandardPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Trang nội dung {n}")
    intro = "Giới thiệu ngắn."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Nội dung trang thông tin.</p>")])

    class Meta:
        model = StandardPage


class SectionPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Chuyên mục {n}")
    intro = "<p>Các trang thông tin của chuyên mục.</p>"

    class Meta:
        model = SectionPage
