"""Topic lists for the article and category pages.

``NewsPage.topics`` always points at the Vietnamese topic rows (the English
translation of an article keeps its source's relations), while readers of
/en/ must see and filter by English topics. Both tags look topics up by
``translation_key`` in the page's own language: one query, whatever the
number of topics, where ``topic.localized`` would cost one per topic.
"""

from django import template

from core.queries import public_for_request
from core.text import fold_vietnamese
from news.models import TOPIC_PARAMETER, NewsIndexPage, NewsPage, Topic

register = template.Library()


def _by_name(topics):
    # Databases sort "Đ" after "Z"; readers expect it with "D".
    return sorted(topics, key=lambda topic: fold_vietnamese(topic.name).casefold())


@register.inclusion_tag("news/includes/article_topics.html", takes_context=True)
def article_topics(context, page):
    """The article's topics, each linking to the widest news category filtered by that topic.

    A topic gathers articles from every category, so the link goes to the
    outermost news category above the article ("Tin tức - Sự kiện"), not to the
    article's own sub-category, which would show only a part of them.
    """
    keys = [topic.translation_key for topic in page.topics.all()]
    # A new article in preview has no locale yet: it will take its parent's.
    locale_id = page.locale_id or page.get_default_locale().pk
    topics = Topic.objects.filter(locale_id=locale_id, translation_key__in=keys, live=True) if keys else []
    listing = NewsIndexPage.objects.ancestor_of(page).live().order_by("depth").first() if keys else None
    return {
        "request": context.get("request"),
        "topics": _by_name(topics),
        "listing": listing,
        "parameter": TOPIC_PARAMETER,
    }


@register.inclusion_tag("news/includes/topic_filter.html", takes_context=True)
def topic_filter(context, category, current=None):
    """The topics of the articles listed in this category, as filter links; ``current`` is marked."""
    articles = NewsPage.objects.live().descendant_of(category).filter(locale_id=category.locale_id)
    articles = public_for_request(articles, context.get("request"))
    used = Topic.objects.filter(articles__in=articles).values("translation_key")
    topics = Topic.objects.filter(locale_id=category.locale_id, translation_key__in=used, live=True)
    return {
        "request": context.get("request"),
        "category": category,
        "topics": _by_name(topics),
        "current": current,
        "parameter": TOPIC_PARAMETER,
    }
