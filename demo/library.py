"""The demo legal documents library, from ``site/demo/legal_documents.json``.

Managed lists (types, agencies, fields, signers) first, in Vietnamese and English;
then the documents under the library listing named in the data, each with a
generated PDF of its first page (``demo/pdf.py``); then the relations between
them, the gazette issues, and the English versions of a few documents. Like the
rest of the loader, every step looks before it creates.
"""

import hashlib
from datetime import date, datetime, time

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from library.models import (
    DocumentRelation,
    DocumentType,
    GazetteEntry,
    GazetteIssuePage,
    IssuingAgency,
    LegalDocumentFile,
    LegalDocumentPage,
    Signer,
    SubjectArea,
)

from .pdf import document_pdf

PROVINCE = "Tiền Giang"


def vietnamese_date(day: date) -> str:
    return f"{PROVINCE}, ngày {day.day:02d} tháng {day.month} năm {day.year}"


class LibraryDemo:
    """Builds the library part of the demo with the loader's pages, locales and translation helper."""

    def __init__(self, loader):
        self.loader = loader
        self.vi = loader.vi

    def build(self, data: dict) -> None:
        self.types = self.terms(DocumentType, data["types"])
        self.agencies = self.terms(IssuingAgency, data["agencies"])
        self.fields = self.terms(SubjectArea, data["fields"])
        self.signers = self.signer_terms(data["signers"])
        library = self.loader.pages_by_slug[data["library"]]
        documents = {item["number"]: self.document(library, item) for item in data["documents"]}
        self.relate(documents, data["relations"])
        gazette = self.loader.pages_by_slug[data["gazette"]]
        issues = [self.gazette_issue(gazette, issue, documents) for issue in data["gazette_issues"]]
        # English versions: the documents the data translates, then the gazette issues.
        for item in data["documents"]:
            if "translation" in item:
                english = item["translation"]
                self.loader.translate(
                    documents[item["number"]],
                    {
                        item["title"]: english["title"],
                        item["slug"]: english.get("slug", item["slug"]),
                        item["abstract"]: english["abstract"],
                    },
                )
        for issue, item in zip(issues, data["gazette_issues"], strict=True):
            english = item["translation"]
            self.loader.translate(issue, {item["title"]: english["title"], item["slug"]: english["slug"]})

    # Managed lists ---------------------------------------------------------------

    def terms(self, model, rows) -> dict:
        """[name, slug, English name, English slug] rows: the Vietnamese entries, translated into English."""
        entries = {}
        for name, slug, english, english_slug in rows:
            entry = model.objects.filter(locale=self.vi, slug=slug).first()
            if entry is None:
                entry = model.objects.create(locale=self.vi, name=name, slug=slug)
                self.loader.created += 1
            self.loader.translate(entry, {name: english, slug: english_slug})
            entries[slug] = entry
        return entries

    def signer_terms(self, rows) -> dict:
        """[name, slug, position, English position] rows: a person's name is the same in English."""
        entries = {}
        for name, slug, position, english_position in rows:
            entry = Signer.objects.filter(locale=self.vi, slug=slug).first()
            if entry is None:
                entry = Signer.objects.create(locale=self.vi, name=name, slug=slug, position=position)
                self.loader.created += 1
            self.loader.translate(entry, {name: name, position: english_position})
            entries[slug] = entry
        return entries

    # Documents -----------------------------------------------------------------

    def document(self, library, item: dict) -> LegalDocumentPage:
        page = LegalDocumentPage.objects.child_of(library).filter(slug=item["slug"]).first()
        if page is not None:
            return page
        issued = date.fromisoformat(item["issue_date"])
        page = LegalDocumentPage(
            title=item["title"],
            slug=item["slug"],
            number=item["number"],
            abstract=item["abstract"],
            document_type=self.types[item["type"]],
            issuing_agency=self.agencies[item["agency"]],
            subject_area=self.fields[item["field"]],
            signer=self.signers[item["signer"]],
            issue_date=issued,
            effective_date=date.fromisoformat(item["effective_date"]) if item.get("effective_date") else None,
            expiry_date=date.fromisoformat(item["expiry_date"]) if item.get("expiry_date") else None,
        )
        files = [LegalDocumentFile(document=self.pdf_of(item, page), sort_order=0)]
        if item.get("appendix"):
            files.append(LegalDocumentFile(document=self.pdf_of(item, page, appendix=item["appendix"]), sort_order=1))
        page.files = files
        library.add_child(instance=page)
        page.save_revision().publish()
        # Demo documents read as published on their issue date, as an imported archive would.
        published = timezone.make_aware(datetime.combine(issued, time(8, 0)))
        LegalDocumentPage.objects.filter(pk=page.pk).update(first_published_at=published, last_published_at=published)
        self.loader.created += 1
        return page

    def pdf_of(self, item: dict, page: LegalDocumentPage, appendix: str = ""):
        """The document's PDF (or its appendix), drawn from its metadata; made once."""
        title = f"{appendix or 'Toàn văn'} {item['number']}"
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        signer = self.signers[item["signer"]]
        heading = f"{appendix} {page.document_type.name}" if appendix else page.document_type.name
        effective = item.get("effective_date") or item["issue_date"]
        content = document_pdf(
            issuer=page.issuing_agency.name,
            number=item["number"],
            place_and_date=vietnamese_date(page.issue_date),
            heading=heading,
            abstract=item["abstract"],
            body=[
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Căn cứ Luật Ban hành văn bản quy phạm pháp luật và các văn bản hướng dẫn thi hành;",
                f"Lĩnh vực: {page.subject_area.name}. Văn bản có hiệu lực từ ngày "
                f"{date.fromisoformat(effective).strftime('%d/%m/%Y')}.",
                "Bản trình diễn của Cổng thông tin điện tử: nội dung đầy đủ do cơ quan ban hành cung cấp.",
            ],
            signature=[signer.position.upper(), "(Đã ký)", signer.name],
            title=f"{page.document_type.name} {item['number']}",
        )
        name = f"{item['slug']}{'-phu-luc' if appendix else ''}.pdf"
        document = Document(title=title, file_size=len(content), file_hash=hashlib.sha1(content).hexdigest())  # noqa: S324
        document.file.save(name, ContentFile(content), save=False)
        document.save()
        self.loader.created += 1
        return document

    def relate(self, documents: dict, relations: list) -> None:
        """Each relation stored once, on the acting document; set only on a document that has none yet."""
        by_source: dict[str, list] = {}
        for source, kind, target in relations:
            by_source.setdefault(source, []).append((kind, target))
        for source, pairs in by_source.items():
            page = documents[source]
            if page.relations.exists():
                continue
            page.relations = [
                DocumentRelation(kind=kind, target=documents[target], sort_order=order)
                for order, (kind, target) in enumerate(pairs)
            ]
            page.save_revision().publish()

    # Gazette ----------------------------------------------------------------------

    def gazette_issue(self, gazette, item: dict, documents: dict) -> GazetteIssuePage:
        issue = GazetteIssuePage.objects.child_of(gazette).filter(slug=item["slug"]).first()
        if issue is not None:
            return issue
        issued = date.fromisoformat(item["date"])
        issue = GazetteIssuePage(title=item["title"], slug=item["slug"], number=item["number"], date=issued)
        issue.pdf = self.gazette_pdf(item, [documents[number] for number in item["documents"]])
        issue.entries = [
            GazetteEntry(document=documents[number], sort_order=order) for order, number in enumerate(item["documents"])
        ]
        gazette.add_child(instance=issue)
        issue.save_revision().publish()
        self.loader.created += 1
        return issue

    def gazette_pdf(self, item: dict, documents: list):
        Document = get_document_model()
        existing = Document.objects.filter(title=item["title"]).first()
        if existing:
            return existing
        content = document_pdf(
            issuer=f"Ủy ban nhân dân tỉnh {PROVINCE}",
            number=item["number"],
            place_and_date=vietnamese_date(date.fromisoformat(item["date"])),
            heading="Công báo",
            abstract=item["title"],
            body=[f"{page.number}: {page.abstract}" for page in documents],
            signature=["Văn phòng Ủy ban nhân dân tỉnh", "Cơ quan xuất bản Công báo"],
            title=item["title"],
        )
        document = Document(title=item["title"], file_size=len(content), file_hash=hashlib.sha1(content).hexdigest())  # noqa: S324
        document.file.save(f"{item['slug']}.pdf", ContentFile(content), save=False)
        document.save()
        self.loader.created += 1
        return document
