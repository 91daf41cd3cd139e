import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from .models import NewsIndexPage, NewsPage, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Chủ đề {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chuyên mục tin {n}")

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tin thử nghiệm số {n} về phát triển kinh tế")
    date = factory.LazyFunction(timezone.now)
    lead = "Tóm tắt tin thử nghiệm."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Nội dung tin thử nghiệm.</p>")])
    author = "Phóng viên"

    class Meta:
        model = NewsPage
