from core.factories import PortalPageFactory

from .models import HomePage


class HomePageFactory(PortalPageFactory):
    title = "Trang chủ"
    intro = "Cổng thông tin điện tử của tỉnh."

    class Meta:
        model = HomePage
