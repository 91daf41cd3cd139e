"""RSS 2.0 feeds of the library: one per filtered view, at ``<library>/rss/?<same query>``.

A reader who narrows the list to, say, the decisions of the Provincial People's
Committee on land can follow exactly that. The listing's page model routes the
feed here with its parsed query, so this module does not import the models.
"""

import html
from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 30


def serve_library_feed(request, library, query):
    """The feed of ``library`` narrowed by ``query``; unknown filter values answer 404 as the list does."""
    if query.unknown:
        raise Http404("Unknown filter value")
    return LibraryFeed()(request, library=library, query=query)


class LibraryFeed(Feed):
    """The newest live, public documents of a library matching a query, with their number and metadata."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, library, query):
        self.request = request
        self.query = query
        self.language = library.locale.language_code
        return library

    def title(self, library):
        names = self.query.descriptions()
        suffix = f" ({', '.join(names)})" if names else ""
        return f"{library.title}{suffix} | {_('Tien Giang Province e-Portal')}"

    def link(self, library):
        return library.get_url(request=self.request) + self.query.query_string(prefix="?")

    def feed_url(self, library):
        return library.feed_url(request=self.request) + self.query.query_string(prefix="?")

    def description(self, library):
        return library.search_description or _("The latest documents in %(library)s.") % {"library": library.title}

    def items(self, library):
        return self.query.apply(library.documents()).for_listing()[:FEED_LENGTH]

    def item_title(self, document):
        return html.escape(f"{document.number}: {document.title}", quote=False)

    def item_description(self, document):
        return html.escape(document.abstract, quote=False)

    def item_link(self, document):
        return document.get_url(request=self.request)

    def item_pubdate(self, document):
        return timezone.make_aware(datetime.combine(document.issue_date, time(0, 0)))

    def item_updateddate(self, document):
        return document.last_published_at

    def item_categories(self, document):
        terms = [document.document_type, document.issuing_agency, document.subject_area]
        return [term.name for term in terms if term is not None]
