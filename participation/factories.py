from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from .models import (
    AnswerPage,
    ConsultationIndexPage,
    ConsultationPage,
    DraftComment,
    PublicHoliday,
    Question,
    QuestionIndexPage,
    QuestionTopic,
    Unit,
)


class QuestionTopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = QuestionTopic


class UnitFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sở thử nghiệm {n}")
    email = "so@example.gov.vn"

    class Meta:
        model = Unit


class PublicHolidayFactory(factory.django.DjangoModelFactory):
    name = "Ngày lễ"

    class Meta:
        model = PublicHoliday


class QuestionFactory(factory.django.DjangoModelFactory):
    name = "Nguyễn Văn An"
    email = "an.nguyen@example.com"
    phone = "0903123456"
    topic = factory.SubFactory(QuestionTopicFactory)
    title = factory.Sequence(lambda n: f"Câu hỏi thử nghiệm {n}")
    body = "Tôi muốn hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất."

    class Meta:
        model = Question


class QuestionIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hỏi đáp {n}")

    class Meta:
        model = QuestionIndexPage


class AnswerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trả lời thử nghiệm {n}")
    question = "Thủ tục đăng ký hộ kinh doanh cần những giấy tờ gì?"
    answer = "<p>Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh và bản sao giấy tờ pháp lý.</p>"
    answering_unit = "Sở Kế hoạch và Đầu tư"
    answered_on = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = AnswerPage


class ConsultationIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Góp ý dự thảo {n}")

    class Meta:
        model = ConsultationIndexPage


class ConsultationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dự thảo quyết định {n}")
    drafting_agency = "Sở Tư pháp"
    summary = "Dự thảo quy định về quản lý chợ trên địa bàn tỉnh."
    opens_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=5))
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=10))
    articles = factory.LazyFunction(
        lambda: [
            ("article", {"number": "Điều 1", "heading": "Phạm vi điều chỉnh", "text": "<p>Quy định này áp dụng.</p>"}),
            ("article", {"number": "Điều 2", "heading": "Đối tượng áp dụng", "text": "<p>Các tổ chức, cá nhân.</p>"}),
        ]
    )

    class Meta:
        model = ConsultationPage


class DraftCommentFactory(factory.django.DjangoModelFactory):
    name = "Trần Thị Bình"
    email = "binh.tran@example.com"
    body = "Đề nghị bổ sung quy định về giờ mở cửa chợ."

    class Meta:
        model = DraftComment
