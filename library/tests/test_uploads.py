"""Uploads are PDF, Word or Excel by content, not only by name; downloads come as attachments."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents import get_document_model

from library.factories import MINIMAL_PDF, PdfDocumentFactory

from .conftest import vi

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def minimal_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return buffer.getvalue()


@pytest.fixture
def editor(admin_client):
    return admin_client


def upload(client, name, content, title="Tệp thử"):
    return client.post(
        "/admin/documents/add/",
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


@pytest.mark.parametrize(("name", "content"), [("quyet-dinh-thu.pdf", MINIMAL_PDF), ("du-thao.docx", minimal_docx())])
def test_real_pdf_and_word_files_are_accepted(editor, name, content):
    response = upload(editor, name, content, title=name)
    assert response.status_code == 302
    assert get_document_model().objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("quyet-dinh-thu.pdf", HTML),  # a web page renamed .pdf
        ("bang-gia.xlsx", HTML),
        ("cong-van.doc", b"just some text"),
        ("bao-cao.docx", MINIMAL_PDF),  # a real file, but not what its name says
    ],
)
def test_a_renamed_file_is_refused_with_a_clear_message(editor, name, content):
    response = upload(editor, name, content)
    assert response.status_code == 200  # the form comes back
    html = response.content.decode()
    message = vi(
        "This file is not really a %(extension)s file: its content does not match its name. "
        "Save it again as %(extension)s from the program that made it, then upload it."
    )
    assert message.split("%(extension)s")[0] in html
    assert not get_document_model().objects.filter(title="Tệp thử").exists()


@pytest.mark.parametrize("name", ["trang.html", "script.js", "anh.svg", "nen.zip"])
def test_other_types_are_refused_by_name(editor, name):
    response = upload(editor, name, HTML)
    assert response.status_code == 200
    assert not get_document_model().objects.filter(title="Tệp thử").exists()


def test_the_multiple_upload_checks_content_too(editor):
    response = editor.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("quyet-dinh-thu.pdf", HTML), "collection": 1},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not get_document_model().objects.filter(title="quyet-dinh-thu").exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=100)
def test_the_size_limit_is_a_setting(editor):
    response = upload(editor, "lon.pdf", MINIMAL_PDF + b"%" * 200)
    assert response.status_code == 200
    assert not get_document_model().objects.filter(title="Tệp thử").exists()


def test_downloads_are_attachments_with_a_safe_type(client):
    document = PdfDocumentFactory(title="Quyết định")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert b"".join(response.streaming_content) == MINIMAL_PDF
