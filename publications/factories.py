import datetime

import factory
import wagtail_factories

from .models import PublicationIndexPage, PublicationPage


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thông báo {n}")
    intro = "<p>Các thông báo của Ủy ban nhân dân tỉnh.</p>"

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thông báo tuyển dụng số {n}")
    date = datetime.date(2026, 3, 2)
    number = factory.Sequence(lambda n: f"{n}/TB-UBND")
    issuing_unit = "Sở Nội vụ"
    summary = "Tuyển dụng công chức năm 2026."

    class Meta:
        model = PublicationPage
