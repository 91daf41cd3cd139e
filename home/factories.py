import wagtail_factories

from .models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Trang chủ"

    class Meta:
        model = HomePage
