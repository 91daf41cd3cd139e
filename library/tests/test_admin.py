"""Editors create documents in the admin with files and relations, choosing from the managed lists."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from library.factories import LegalDocumentPageFactory, PdfDocumentFactory
from library.models import LegalDocumentPage

pytestmark = pytest.mark.django_db


def test_an_editor_creates_a_document_with_a_file_and_a_relation(admin_client, library, terms):
    amended = LegalDocumentPageFactory(parent=library, number="10/2022/QĐ-UBND")
    pdf = PdfDocumentFactory()
    response = admin_client.post(
        f"/admin/pages/add/library/legaldocumentpage/{library.pk}/",
        nested_form_data(
            {
                "title": "Quyết định sửa đổi quy định",
                "slug": "20-2024-qd-ubnd",
                "number": "20/2024/QĐ-UBND",
                "abstract": "Sửa đổi một số điều của Quyết định số 10/2022/QĐ-UBND.",
                "document_type": terms["decision"].pk,
                "issuing_agency": terms["committee"].pk,
                "subject_area": terms["land"].pk,
                "signer": terms["chair"].pk,
                "issue_date": "2024-06-01",
                "effective_date": "",
                "expiry_date": "",
                "validity_override": "",
                "files": inline_formset([{"document": pdf.pk, "label": ""}]),
                "relations": inline_formset([{"kind": "amends", "target": amended.pk}]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document = LegalDocumentPage.objects.get(slug="20-2024-qd-ubnd")
    assert document.live
    assert document.number_key == "20/2024/qd-ubnd"
    assert [relation.target_id for relation in document.relations.all()] == [amended.pk]
    assert [page.pk for _label, page in amended.incoming_relations()] == [document.pk]
