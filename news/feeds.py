"""RSS 2.0 feeds of the news: one per category, in the category's language.

Django's syndication framework writes the XML; this module only says what
goes in it. A category's feed holds its own articles and those of every
subcategory, so the top category ("Tin tức - Sự kiện", "News") is the feed of
all news. The category gives its articles (``feed_articles``): the page models
route ``<category>/rss/`` here, so this module does not import them.
"""

import html

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 30


def serve_feed(request, category):
    """A category's feed. It is a route of the category page, so the page cache keeps it like a page."""
    return CategoryFeed()(request, category=category)


class CategoryFeed(Feed):
    """The newest live, public articles of a category and its subcategories.

    Readers of feeds see no page chrome, so each item carries what a list of
    articles shows: title, lead, date, author and topics.
    """

    feed_type = Rss201rev2Feed  # sent as "application/rss+xml; charset=utf-8"

    def get_object(self, request, category):
        self.request = request
        # Django reads the channel language from this attribute, not from the object.
        self.language = category.locale.language_code
        self.topic_names = category.topic_names()
        return category

    def title(self, category):
        return f"{category.title} | {_('Tien Giang Province e-Portal')}"

    def link(self, category):
        return category.get_url(request=self.request)

    def feed_url(self, category):
        return category.feed_url(request=self.request)

    def description(self, category):
        return category.search_description or _("The latest news in %(category)s.") % {"category": category.title}

    def items(self, category):
        return category.feed_articles()[:FEED_LENGTH]

    # Readers may show titles and descriptions as HTML or as plain text. Escaping only
    # "&", "<" and ">" is right for the first and leaves the apostrophes and quotes of
    # ordinary text readable in the second, where Django's escape() would show "&#x27;".

    def item_title(self, article):
        return html.escape(article.title, quote=False)

    def item_description(self, article):
        return html.escape(article.lead, quote=False)

    def item_link(self, article):
        return article.get_url(request=self.request)

    def item_pubdate(self, article):
        return article.date or article.first_published_at

    def item_updateddate(self, article):
        return article.last_published_at

    def item_author_name(self, article):
        return article.author or None

    def item_categories(self, article):
        return [self.topic_names.get(topic.translation_key, topic.name) for topic in article.topics.all()]
