"""Publication lists: items with their date, number, unit and file; notices move to the archive."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.models import HomePage
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def notices():
    home = HomePage.objects.get(locale__language_code="vi", depth=2)
    return PublicationIndexPageFactory(parent=home, title="Thông báo thử", slug="thong-bao-thu")


def test_list_and_item_show_date_number_unit_and_file(client, notices):
    document = get_document_model().objects.create(
        title="Kế hoạch tuyển dụng", file=ContentFile(b"%PDF-1.4 demo", name="ke-hoach-tuyen-dung.pdf")
    )
    item = PublicationPageFactory(
        parent=notices,
        title="Thông báo tuyển dụng công chức năm 2026",
        slug="tuyen-dung-2026",
        date=datetime.date(2026, 3, 2),
        number="125/TB-SNV",
        issuing_unit="Sở Nội vụ tỉnh Tiền Giang",
        file=document,
    )
    listing = client.get(notices.url).content.decode()
    for expected in (
        "Thông báo tuyển dụng công chức năm 2026",
        "02/03/2026",
        "125/TB-SNV",
        "Sở Nội vụ",
        document.url,
        "PDF",
    ):
        assert expected in listing
    detail = client.get(item.url).content.decode()
    for expected in ("125/TB-SNV", "Sở Nội vụ tỉnh Tiền Giang", "02/03/2026", document.url):
        assert expected in detail


@time_machine.travel(datetime.datetime(2026, 4, 10, 9, 0, tzinfo=datetime.UTC), tick=False)
def test_notice_moves_to_archive_the_day_after_its_validity_ends(client, notices):
    PublicationPageFactory(
        parent=notices,
        title="Thông báo thử nghiệm có thời hạn",
        slug="tim-kiem",
        valid_from=datetime.date(2026, 4, 1),
        valid_until=datetime.date(2026, 4, 15),
    )
    current = client.get(notices.url).content.decode()
    assert "Thông báo thử nghiệm có thời hạn" in current
    assert "15/04/2026" in current
    assert "Thông báo thử nghiệm có thời hạn" not in client.get(notices.url + "?luu-tru=1").content.decode()
    assert notices.next_change_at().date() == datetime.date(2026, 4, 16)

    with time_machine.travel(datetime.datetime(2026, 4, 16, 9, 0, tzinfo=datetime.UTC), tick=False):
        assert "Thông báo thử nghiệm có thời hạn" not in client.get(notices.url).content.decode()
        archive = client.get(notices.url + "?luu-tru=1").content.decode()
        assert "Thông báo thử nghiệm có thời hạn" in archive


def test_items_without_validity_stay_current(client, notices):
    PublicationPageFactory(parent=notices, title="Niên giám thống kê 2024", slug="nien-giam-2024")
    assert "Niên giám thống kê 2024" in client.get(notices.url).content.decode()
    assert notices.next_change_at() is None


def test_an_empty_list_shows_the_editors_message(client, notices):
    notices.empty_message = "<p>Các kế hoạch tuyển dụng sẽ được đăng tại đây; trong khi chờ, xem trang Sở Nội vụ.</p>"
    notices.save_revision().publish()
    content = client.get(notices.url).content.decode()
    assert "Các kế hoạch tuyển dụng sẽ được đăng tại đây" in content


def test_validity_cannot_end_before_it_starts(notices):
    item = PublicationPageFactory.build(valid_from=datetime.date(2026, 5, 1), valid_until=datetime.date(2026, 4, 1))
    with pytest.raises(ValidationError):
        item.clean()


def test_a_bad_page_number_still_lists(client, notices):
    PublicationPageFactory(parent=notices, title="Báo cáo quý I", slug="bao-cao-quy-1")
    assert client.get(notices.url + "?page=abc&luu-tru=xyz").status_code == 200
