import factory
import wagtail_factories

from .models import SectionPage, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang nội dung {n}")
    intro = "Giới thiệu ngắn."

    class Meta:
        model = StandardPage


class SectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chuyên mục {n}")
    intro = "<p>Chuyên mục thử nghiệm.</p>"

    class Meta:
        model = SectionPage
