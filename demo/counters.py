"""Demo numbers for the reader counters, read from the demo data.

The seed page reads "17/03/2023 - Lượt xem: 95" and "Đánh giá bài viết(0/5)", so the
seed article in ``site/demo/seed_article.json`` carries ``"views": 95``. Called by the
demo loader after the articles exist; it never touches a counter that already exists,
so running it again changes nothing.
"""

from wagtail.models import Page

from counters.models import PageCounter

from .data import demo_articles


def starting_views() -> dict[str, int]:
    """Slug of each demo article that starts with a view count -> that count."""
    return {article["slug"]: article["views"] for article in demo_articles() if article.get("views")}


def seed_counts() -> int:
    """Give the demo articles their starting view counts; return how many counters were created."""
    created = 0
    for slug, views in starting_views().items():
        page = Page.objects.filter(slug=slug, locale__language_code="vi").first()
        if page is not None:
            _, was_created = PageCounter.objects.get_or_create(page=page, defaults={"views": views})
            created += was_created
    return created
