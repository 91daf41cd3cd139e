"""What a page says about itself to search engines, social networks and archives.

The base page answers for every page type; a page type overrides what it knows
better (``NewsPage`` gives its lead, photo, dates, author and a ``NewsArticle``
JSON-LD). The ``seo`` app renders the answers into the <head> (canonical, Open
Graph, Twitter card, Dublin Core, JSON-LD); nothing guesses at fields by name.
"""

from dataclasses import dataclass
from datetime import datetime

from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.timezone import localtime

DESCRIPTION_LENGTH = 200


@dataclass(frozen=True)
class MetadataContext:
    """What the page cannot know about the portal around it; the seo app fills it in per request."""

    request: HttpRequest
    canonical: str  # the page's absolute address
    publisher: str  # the agency that runs the portal
    site_name: str  # the portal's name
    logo_url: str  # absolute address of the portal's emblem
    image_url: str  # absolute address of the share image, "" when there is none


class PageMetadataMixin:
    """Page methods the seo app reads; each page type overrides what it knows better."""

    # Open Graph's og:type: "website" for pages, "article" for news articles.
    open_graph_type = "website"

    def get_meta_title(self) -> str:
        return self.seo_title or self.title

    def get_summary_text(self) -> str:
        """The page's own summary (lead or introduction, HTML allowed): the description when none is set."""
        return ""

    def get_meta_description(self) -> str:
        """The editor's search description, else the page's summary as plain text, shortened."""
        if self.search_description:
            return self.search_description
        text = strip_tags(str(self.get_summary_text() or ""))
        return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)

    def get_share_image(self):
        """The image shown when the page is shared, or None. Register its field with ``SHARE_IMAGE``."""
        return None

    def get_share_image_alt(self) -> str:
        image = self.get_share_image()
        return image.title if image else ""

    def get_published_at(self) -> datetime | None:
        """When the content was first published, for pages whose date readers see (articles)."""
        return None

    def get_modified_at(self) -> datetime | None:
        return None

    def get_creator(self, meta: MetadataContext) -> str:
        """Who wrote the content (Dublin Core's creator), or "" when that is not said."""
        return ""

    def get_json_ld(self, meta: MetadataContext) -> dict | None:
        """Structured data (schema.org) for search engines, or None."""
        return None

    def get_dublin_core(self, meta: MetadataContext) -> dict[str, str]:
        """The Dublin Core elements Vietnamese portals publish, in order; empty ones are left out."""
        elements = {
            "title": self.get_meta_title(),
            "creator": self.get_creator(meta),
            "date": _iso(self.get_published_at()),
            "description": self.get_meta_description(),
            "publisher": meta.publisher,
            "identifier": meta.canonical,
            "language": self.locale.language_code,
        }
        return {name: value for name, value in elements.items() if value}


def _iso(moment: datetime | None) -> str:
    return localtime(moment).isoformat() if moment else ""
