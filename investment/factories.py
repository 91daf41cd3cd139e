from decimal import Decimal

import factory
import wagtail_factories

from .models import InvestmentField, InvestmentIndexPage, InvestmentProjectPage, ProjectStatus


class InvestmentIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dự án mời gọi đầu tư {n}")
    intro = "<p>Danh mục dự án.</p>"

    class Meta:
        model = InvestmentIndexPage


class InvestmentProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dự án số {n}")
    objective = "Xây dựng nhà máy chế biến trái cây xuất khẩu."
    field = InvestmentField.INDUSTRY
    status = ProjectStatus.OPEN
    location = "Huyện Châu Thành"
    area_hectares = Decimal("12.50")
    scale = "50.000 tấn sản phẩm/năm"
    capital_billion_vnd = Decimal("850.0")
    incentives = "<p>Miễn thuế thu nhập doanh nghiệp 4 năm.</p>"
    contact = "Trung tâm Xúc tiến Đầu tư, 0273 3873 456"

    class Meta:
        model = InvestmentProjectPage
