"""Editors create publications in the admin; a validity that ends before it starts is refused."""

import datetime

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage
from publications.factories import PublicationIndexPageFactory
from publications.models import PublicationPage


class PublicationAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        home = HomePage.objects.get(locale__language_code="vi", depth=2)
        self.notices = PublicationIndexPageFactory(parent=home, title="Thông báo quản trị", slug="thong-bao-quan-tri")

    def form(self, **fields):
        return nested_form_data(
            {
                "title": "Thông báo tuyển dụng năm 2027",
                "slug": "thong-bao-tuyen-dung-2027",
                "date": "2027-01-05",
                "number": "12/TB-SNV",
                "issuing_unit": "Sở Nội vụ",
                "summary": "Tuyển công chức.",
                "valid_from": "2027-01-05",
                "valid_until": "2027-02-05",
                "body": streamfield([]),
                **fields,
            }
        )

    def test_an_editor_creates_a_notice(self):
        self.assertCanCreate(self.notices, PublicationPage, self.form())
        notice = PublicationPage.objects.get(slug="thong-bao-tuyen-dung-2027")
        assert notice.valid_until == datetime.date(2027, 2, 5)

    def test_a_validity_ending_before_it_starts_is_refused(self):
        response = self.client.post(
            f"/admin/pages/add/publications/publicationpage/{self.notices.pk}/", self.form(valid_until="2026-12-01")
        )
        assert response.status_code == 200
        assert not PublicationPage.objects.filter(slug="thong-bao-tuyen-dung-2027").exists()
