import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from .models import (
    DocumentRelation,
    DocumentType,
    GazetteEntry,
    GazetteIndexPage,
    GazetteIssuePage,
    IssuingAgency,
    LegalDocumentFile,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    Signer,
    SubjectArea,
)

# The smallest file each checker accepts as a PDF.
MINIMAL_PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


class TermFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)


class DocumentTypeFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Loại văn bản {n}")

    class Meta:
        model = DocumentType


class IssuingAgencyFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Cơ quan ban hành {n}")

    class Meta:
        model = IssuingAgency


class SubjectAreaFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")

    class Meta:
        model = SubjectArea


class SignerFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Người ký {n}")
    position = "Phó Chủ tịch Ủy ban nhân dân tỉnh"

    class Meta:
        model = Signer


class LegalDocumentIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thư viện văn bản {n}")

    class Meta:
        model = LegalDocumentIndexPage


class LegalDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Quyết định thử nghiệm {n}")
    number = factory.Sequence(lambda n: f"{n}/2024/QĐ-UBND")
    abstract = "Ban hành quy định thử nghiệm về quản lý."
    document_type = factory.SubFactory(DocumentTypeFactory)
    issuing_agency = factory.SubFactory(IssuingAgencyFactory)
    subject_area = factory.SubFactory(SubjectAreaFactory)
    signer = factory.SubFactory(SignerFactory)
    issue_date = datetime.date(2024, 3, 15)

    class Meta:
        model = LegalDocumentPage


class PdfDocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Toàn văn {n}")
    file = factory.django.FileField(filename="van-ban.pdf", data=MINIMAL_PDF)
    file_size = len(MINIMAL_PDF)  # an upload through the admin records it


class LegalDocumentFileFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(LegalDocumentPageFactory)
    document = factory.SubFactory(PdfDocumentFactory)

    class Meta:
        model = LegalDocumentFile


class DocumentRelationFactory(factory.django.DjangoModelFactory):
    kind = "amends"

    class Meta:
        model = DocumentRelation


class GazetteIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Công báo {n}")

    class Meta:
        model = GazetteIndexPage


class GazetteIssuePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Công báo số {n}")
    number = factory.Sequence(lambda n: f"{n:02d}/2024")
    date = datetime.date(2024, 4, 1)

    class Meta:
        model = GazetteIssuePage


class GazetteEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GazetteEntry
