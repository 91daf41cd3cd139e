"""A document's page: its metadata, files, validity and relations, read from both sides."""

import datetime

import pytest
from wagtail.test.utils import WagtailPageTestCase

from library.factories import (
    DocumentRelationFactory,
    DocumentTypeFactory,
    GazetteEntryFactory,
    GazetteIndexPageFactory,
    GazetteIssuePageFactory,
    LegalDocumentFileFactory,
    LegalDocumentPageFactory,
    PdfDocumentFactory,
)
from library.models import (
    DocumentRelation,
    GazetteIndexPage,
    GazetteIssuePage,
    LegalDocumentIndexPage,
    LegalDocumentPage,
)
from library.vocabulary import Validity
from sections.models import SectionPage

from .conftest import days_ago, vi

pytestmark = pytest.mark.django_db


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_document_page_shows_all_its_metadata_and_files(client, library, terms):
    document = LegalDocumentPageFactory(
        parent=library,
        title="Quyết định ban hành bảng giá đất",
        number="15/2024/QĐ-UBND",
        abstract="Ban hành bảng giá đất giai đoạn 2024 - 2029.",
        document_type=terms["decision"],
        issuing_agency=terms["committee"],
        subject_area=terms["land"],
        signer=terms["chair"],
        issue_date=datetime.date(2024, 5, 2),
        effective_date=datetime.date(2024, 5, 15),
    )
    LegalDocumentFileFactory(page=document, document=PdfDocumentFactory(title="Toàn văn quyết định"))
    html = html_of(client, document)
    for text in [
        "15/2024/QĐ-UBND",
        "Ban hành bảng giá đất giai đoạn 2024 - 2029.",
        "Quyết định",
        "UBND tỉnh Thử",
        "Đất đai",
        "Nguyễn Văn A, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        '<time datetime="2024-05-02">02/05/2024</time>',
        '<time datetime="2024-05-15">15/05/2024</time>',
        "Toàn văn quyết định",
        "(PDF, ",
    ]:
        assert text in html, text
    assert '<dl class="document-metadata">' in html


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, Validity.IN_FORCE),
        ({"effective_date": days_ago(-30)}, Validity.NOT_YET_IN_FORCE),
        ({"expiry_date": days_ago(1)}, Validity.EXPIRED),
        ({"validity_override": Validity.PARTLY_EXPIRED}, Validity.PARTLY_EXPIRED),
    ],
)
def test_validity_follows_the_dates_and_the_editor(library, fields, expected):
    document = LegalDocumentPageFactory(parent=library, issue_date=days_ago(400), **fields)
    assert document.validity == expected


def test_validity_follows_the_documents_acting_on_it(client, library):
    old = LegalDocumentPageFactory(parent=library, number="1/2020/QĐ-UBND", issue_date=days_ago(2000))
    part = LegalDocumentPageFactory(parent=library, number="2/2020/QĐ-UBND", issue_date=days_ago(2000))
    new = LegalDocumentPageFactory(parent=library, number="3/2024/QĐ-UBND", issue_date=days_ago(30))
    later = LegalDocumentPageFactory(
        parent=library, number="4/2024/QĐ-UBND", issue_date=days_ago(5), effective_date=days_ago(-10)
    )
    DocumentRelationFactory(source=new, target=old, kind="replaces")
    DocumentRelationFactory(source=new, target=part, kind="repeals_part")
    assert old.validity == Validity.EXPIRED
    assert part.validity == Validity.PARTLY_EXPIRED
    # A replacement that has not taken effect yet leaves the old document in force.
    DocumentRelationFactory(source=later, target=new, kind="replaces")
    assert new.validity == Validity.IN_FORCE
    assert f'<span class="validity validity--het-hieu-luc">{vi("Expired")}</span>' in html_of(client, old)


def test_relations_read_both_ways_and_follow_an_edit_on_either_side(client, library):
    amended = LegalDocumentPageFactory(parent=library, title="Quy định gốc", number="10/2022/QĐ-UBND")
    amending = LegalDocumentPageFactory(parent=library, title="Quy định sửa đổi", number="20/2024/QĐ-UBND")
    # The editor adds the relation on the amending document and publishes it.
    amending.relations = [DocumentRelation(kind="amends", target=amended)]
    amending.save_revision().publish()
    assert f"{vi('Amends')}: <a" in html_of(client, amending) and "10/2022/QĐ-UBND" in html_of(client, amending)
    other_side = html_of(client, amended)
    assert f"{vi('Amended by')}: <a" in other_side and "20/2024/QĐ-UBND" in other_side

    # An edit on the other side (a corrected abstract) shows on the first side at once.
    amended.abstract = "Trích yếu đã được đính chính"
    amended.save_revision().publish()
    assert "Trích yếu đã được đính chính" in html_of(client, amending)

    # The relation is changed on the acting side: both sides say the new thing.
    amending = LegalDocumentPage.objects.get(pk=amending.pk)
    amending.relations = [DocumentRelation(kind="replaces", target=amended)]
    amending.save_revision().publish()
    other_side = html_of(client, amended)
    assert f"{vi('Replaced by')}: <a" in other_side and vi("Amended by") not in other_side

    # Removed on the acting side: gone from both.
    amending.relations = []
    amending.save_revision().publish()
    assert vi("Replaced by") not in html_of(client, amended)
    assert vi("Replaces") not in html_of(client, amending)


def test_a_draft_relation_shows_nowhere_until_published(client, library):
    amended = LegalDocumentPageFactory(parent=library)
    amending = LegalDocumentPageFactory(parent=library)
    amending.relations = [DocumentRelation(kind="amends", target=amended)]
    amending.save_revision()  # saved as a draft only
    assert vi("Amended by") not in html_of(client, amended)


def test_unpublished_acting_document_is_not_shown(client, library):
    amended = LegalDocumentPageFactory(parent=library)
    amending = LegalDocumentPageFactory(parent=library)
    DocumentRelationFactory(source=amending, target=amended, kind="guides")
    assert vi("Implementation guided by") in html_of(client, amended)
    amending.unpublish()
    assert vi("Implementation guided by") not in html_of(client, amended)


def test_gazette_lists_issues_and_each_issue_its_documents_and_pdf(client, library):
    gazette = GazetteIndexPageFactory(parent=library.get_parent(), title="Công báo thử", slug="cong-bao-thu")
    document = LegalDocumentPageFactory(parent=library, number="15/2024/QĐ-UBND", title="Quyết định trong công báo")
    issue = GazetteIssuePageFactory(
        parent=gazette,
        title="Công báo số 05/2024",
        number="05/2024",
        date=datetime.date(2024, 5, 20),
        pdf=PdfDocumentFactory(title="Công báo số 05"),
    )
    GazetteEntryFactory(issue=issue, document=document)
    listing = html_of(client, gazette)
    assert "Công báo số 05/2024" in listing and "20/05/2024" in listing and "PDF" in listing
    page = html_of(client, issue)
    assert "15/2024/QĐ-UBND" in page and "Quyết định trong công báo" in page and issue.pdf.url in page
    # The document names the issue that published it.
    assert "Công báo số 05/2024" in html_of(client, document)


class TreeRulesTests(WagtailPageTestCase):
    def test_documents_live_only_in_a_library(self):
        self.assertAllowedParentPageTypes(LegalDocumentPage, {LegalDocumentIndexPage})
        self.assertAllowedSubpageTypes(LegalDocumentPage, set())
        self.assertAllowedSubpageTypes(LegalDocumentIndexPage, {LegalDocumentPage})

    def test_libraries_and_the_gazette_sit_in_sections(self):
        self.assertAllowedParentPageTypes(LegalDocumentIndexPage, {SectionPage})
        self.assertAllowedParentPageTypes(GazetteIndexPage, {SectionPage})
        self.assertAllowedSubpageTypes(GazetteIndexPage, {GazetteIssuePage})
        self.assertAllowedParentPageTypes(GazetteIssuePage, {GazetteIndexPage})


def test_list_entries_get_distinct_slugs_within_a_language():
    from_name = DocumentTypeFactory(name="Công văn hỏa tốc")
    same_name = DocumentTypeFactory(name="Công văn hỏa tốc")
    assert from_name.slug == "cong-van-hoa-toc"
    assert same_name.slug == "cong-van-hoa-toc-2"
