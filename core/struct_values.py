"""Link and document logic for blocks, kept out of templates."""

import os

from wagtail.blocks import StructValue

from .links import link_url
from .queries import localized_pages


class LinkStructValue(StructValue):
    def url(self) -> str:
        return link_url(self.get("page"), self.get("url"), localized=self._localized())

    def text(self) -> str:
        if title := self.get("title"):
            return title
        if page := self.get("page"):
            return self._localized()[page.pk].title
        return self.get("url") or ""

    def _localized(self):
        # The template asks for both the address and the text: one lookup for the two.
        if not hasattr(self, "_localized_pages"):
            self._localized_pages = localized_pages([self.get("page")])
        return self._localized_pages

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
