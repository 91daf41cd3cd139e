import datetime

import pytest
from django.utils import translation

from home.models import HomePage
from library.factories import (
    DocumentTypeFactory,
    IssuingAgencyFactory,
    LegalDocumentIndexPageFactory,
    SignerFactory,
    SubjectAreaFactory,
)
from sections.factories import SectionPageFactory


@pytest.fixture
def library(db):
    """A library listing in a section of its own, below the Vietnamese home page."""
    home = HomePage.objects.get(locale__language_code="vi")
    section = SectionPageFactory(parent=home, title="Văn bản thử nghiệm", slug="van-ban-thu-nghiem")
    return LegalDocumentIndexPageFactory(parent=section, title="Thư viện thử", slug="thu-vien-thu")


@pytest.fixture
def terms(db):
    """Two of each managed list, with slugs a reader would see in addresses."""
    return {
        "decision": DocumentTypeFactory(name="Quyết định", slug="quyet-dinh-thu"),
        "directive": DocumentTypeFactory(name="Chỉ thị", slug="chi-thi-thu"),
        "committee": IssuingAgencyFactory(name="UBND tỉnh Thử", slug="ubnd-tinh-thu"),
        "council": IssuingAgencyFactory(name="HĐND tỉnh Thử", slug="hdnd-tinh-thu"),
        "land": SubjectAreaFactory(name="Đất đai", slug="dat-dai-thu"),
        "health": SubjectAreaFactory(name="Y tế", slug="y-te-thu"),
        "chair": SignerFactory(name="Nguyễn Văn A", slug="nguyen-van-a"),
        "vice": SignerFactory(name="Trần Thị B", slug="tran-thi-b"),
    }


def days_ago(days):
    return datetime.date.today() - datetime.timedelta(days=days)


def vi(text):
    """The Vietnamese catalog's words for an English message: the test pages are Vietnamese."""
    with translation.override("vi"):
        return translation.gettext(text)
