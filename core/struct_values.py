"""Link and document logic for blocks, kept out of templates."""

import os

from wagtail.blocks import StructValue


class LinkStructValue(StructValue):
    def url(self) -> str:
        if page := self.get("page"):
            return page.localized.url or ""
        return self.get("url") or ""

    def text(self) -> str:
        if title := self.get("title"):
            return title
        if page := self.get("page"):
            return page.localized.title
        return self.get("url") or ""

    def is_external(self) -> bool:
        return not self.get("page") and bool(self.get("url"))


class DocumentStructValue(StructValue):
    def text(self) -> str:
        document = self.get("document")
        return self.get("title") or (document.title if document else "")

    def file_type(self) -> str:
        document = self.get("document")
        if not document:
            return ""
        return os.path.splitext(document.file.name)[1].lstrip(".").upper()

    def file_size(self) -> int | None:
        document = self.get("document")
        if not document:
            return None
        if document.file_size is not None:
            return document.file_size
        try:
            return document.file.size
        except OSError:
            return None
