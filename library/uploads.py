"""Uploaded documents are what they claim to be: PDF, Word or Excel, checked by content.

Wagtail checks the extension and the size (``WAGTAILDOCS_EXTENSIONS``,
``WAGTAILDOCS_MAX_UPLOAD_SIZE``). An HTML page renamed ``.pdf`` passes both and,
served from the portal's own domain, could run script in a reader's browser.
This form base (``WAGTAILDOCS_DOCUMENT_FORM_BASE``, used by every document
upload in the admin, the choosers and the multiple upload) reads the file's
first bytes and refuses it unless its real type matches its extension.
"""

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# Which real types (as the ``filetype`` library recognises them from the content) each
# extension may hold. Old Word and Excel files share one container (OLE2) and the library
# cannot always tell them apart, so either is accepted for ".doc" and ".xls".
ACCEPTED_CONTENT = {
    "pdf": {"pdf"},
    "doc": {"doc", "xls"},
    "xls": {"doc", "xls"},
    "docx": {"docx"},
    "xlsx": {"xlsx"},
}
SNIFF_BYTES = 8192


def check_document_content(uploaded) -> None:
    """Raise ValidationError unless the file's content is of the type its extension names."""
    extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
    accepted = ACCEPTED_CONTENT.get(extension)
    if accepted is None:
        raise ValidationError(
            _("Only PDF, Word (.doc, .docx) and Excel (.xls, .xlsx) files can be uploaded."), code="invalid_type"
        )
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    head = uploaded.read(SNIFF_BYTES)
    uploaded.seek(position)
    kind = filetype.guess(head)
    if kind is None or kind.extension not in accepted:
        raise ValidationError(
            _(
                "This file is not really a %(extension)s file: its content does not match its name. "
                "Save it again as %(extension)s from the program that made it, then upload it."
            )
            % {"extension": extension.upper()},
            code="content_mismatch",
        )


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files whose content does not match their extension."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_document_content(uploaded)
        return uploaded
