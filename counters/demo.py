"""Demo numbers for the reader counters: the seed article starts at the 95 views its page shows.

The seed page reads "17/03/2023 - Lượt xem: 95" and "Đánh giá bài viết(0/5)", so the Vietnamese
seed article gets 95 views and no ratings. Called by the demo loader after the articles exist;
it never touches a counter that already exists, so running it again changes nothing.
"""

from wagtail.models import Page

from .models import PageCounter

SEED_VIEWS = {
    "dang-bo-huyen-chau-thanh-thuc-hien-dong-bo-cac-giai-phap-nang-cao-chat-luong-cong-tac-phat-trien-dang-vien": 95,
}


def seed_counts() -> int:
    """Give the demo articles their starting view counts; return how many counters were created."""
    created = 0
    for slug, views in SEED_VIEWS.items():
        page = Page.objects.filter(slug=slug, locale__language_code="vi").first()
        if page is not None:
            _, was_created = PageCounter.objects.get_or_create(page=page, defaults={"views": views})
            created += was_created
    return created
