"""The demo library: the seed's "Hệ thống văn bản" entries become a real library, gazette and link."""

import pytest
from django.utils import translation
from wagtail.documents import get_document_model

from demo.data import demo_library
from library.models import GazetteIndexPage, GazetteIssuePage, LegalDocumentIndexPage, LegalDocumentPage
from navigation.models import LinkPage

pytestmark = pytest.mark.django_db


def test_the_sidebar_entries_are_a_library_a_gazette_and_an_external_link():
    assert LegalDocumentIndexPage.objects.get(slug="van-ban-chi-dao-dieu-hanh", locale__language_code="vi").live
    assert GazetteIndexPage.objects.get(slug="cong-bao-tien-giang", locale__language_code="vi").live
    database = LinkPage.objects.get(slug="co-so-du-lieu-van-ban-phap-luat", locale__language_code="vi")
    assert database.link_url.startswith("https://vbpl.vn/")
    # And their English versions.
    assert LegalDocumentIndexPage.objects.filter(locale__language_code="en", live=True).exists()
    assert GazetteIndexPage.objects.filter(locale__language_code="en", live=True).exists()


def test_at_least_thirty_documents_across_types_agencies_fields_and_years():
    documents = LegalDocumentPage.objects.live().filter(locale__language_code="vi")
    assert documents.count() >= 30
    assert documents.values("document_type").distinct().count() >= 5
    assert documents.values("issuing_agency").distinct().count() >= 4
    assert documents.values("subject_area").distinct().count() >= 6
    assert len({document.issue_date.year for document in documents}) >= 4


def test_every_document_has_a_pdf_that_names_its_number_and_abstract():
    for document in LegalDocumentPage.objects.filter(locale__language_code="vi").prefetch_related("files__document"):
        files = list(document.files.all())
        assert files, document.number
        with files[0].document.file.open("rb") as handle:
            content = handle.read()
        assert content.startswith(b"%PDF-")
        # Pillow writes the title and subject into the PDF's information dictionary.
        assert document.number.encode("utf-16-be") in content or document.number.encode() in content


def test_relations_gazette_issues_and_english_documents():
    data = demo_library()
    replaced = LegalDocumentPage.objects.get(number="48/2019/QĐ-UBND", locale__language_code="vi")
    with translation.override("en"):
        labels = [(str(label), page.number) for label, page in replaced.incoming_relations()]
    assert labels == [("Replaced by", "15/2024/QĐ-UBND")]
    assert len(data["relations"]) >= 5
    issues = GazetteIssuePage.objects.filter(locale__language_code="vi")
    assert issues.count() == 2
    for issue in issues:
        assert issue.pdf is not None and issue.documents()
    english = LegalDocumentPage.objects.filter(locale__language_code="en", live=True)
    assert english.count() >= 3
    assert english.get(number="15/2024/QĐ-UBND").document_type.name == "Decision"


def test_demo_files_are_allowed_documents():
    for document in get_document_model().objects.all():
        assert document.file_extension in ("pdf", "doc", "docx", "xls", "xlsx")
