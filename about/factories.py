import factory
import wagtail_factories

from .models import UnitPage


class UnitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Phòng chuyên môn {n}")
    intro = "Cơ quan tham mưu của Ủy ban nhân dân tỉnh."
    functions = "<p>Tham mưu, tổng hợp cho Ủy ban nhân dân tỉnh.</p>"
    duties = "<p>Trình Ủy ban nhân dân tỉnh dự thảo quyết định.</p>"
    head = "Nguyễn Văn A, Chánh Văn phòng"
    phone = "0273 3873 123"
    email = "vanphong@tiengiang.gov.vn"

    class Meta:
        model = UnitPage
