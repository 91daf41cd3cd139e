import factory
from django.utils import timezone
from wagtail.models import Locale

from core.factories import PortalPageFactory
from core.text import ascii_slug

from .models import NewsIndexPage, NewsPage, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Chủ đề {n}")
    slug = factory.LazyAttribute(lambda topic: ascii_slug(topic.name))
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class NewsIndexPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Chuyên mục tin {n}")

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Tin số {n}: hội nghị triển khai nhiệm vụ phát triển kinh tế")
    date = factory.LazyFunction(timezone.now)
    lead = "Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai nhiệm vụ năm mới."
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Hội nghị đánh giá kết quả thực hiện nhiệm vụ và đề ra giải pháp.</p>")]
    )
    author = "Phóng viên"

    class Meta:
        model = NewsPage
