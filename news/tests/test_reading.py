"""What a reader sees on an article, a category and the home page, as the server renders it."""

import re
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage, Topic

pytestmark = pytest.mark.django_db


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def section(html, heading_id):
    """The HTML of the <section> labelled by ``heading_id``."""
    match = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S)
    assert match, f"no section {heading_id}"
    return match.group(0)


def english(page):
    return page.get_translation(Locale.objects.get(language_code="en"))


def publish_article(category, **fields):
    page = NewsPageFactory(parent=category, **fields)
    page.save_revision().publish()
    return page


# The article page --------------------------------------------------------------------


def test_seed_article_shows_what_the_seed_page_shows(client, seed_path, seed_article):
    html = html_of(client, seed_path)
    assert 'class="article__kicker"' in html
    assert f'<h1 class="article__title">{seed_article.title}</h1>' in html
    assert "17/03/2023" in html
    assert "<span data-view-count>" in html, "the counters fill in the view count"
    assert f"<strong>{seed_article.lead}</strong>" in html
    assert '<p class="article__author">Hữu Thiện</p>' in html
    assert "data-rating" in html


def test_featured_image_shows_caption_and_credit(client):
    article = NewsPage.objects.filter(locale__language_code="vi").exclude(featured_image=None).first()
    article.featured_image.credit = "Ảnh: Hữu Thiện"
    article.featured_image.save()
    article.featured_image_caption = "Quang cảnh hội nghị"
    article.save_revision().publish()

    figure = re.search(r'<figure class="article__figure">.*?</figure>', html_of(client, article.url), re.S).group(0)
    assert "<img" in figure
    assert "Quang cảnh hội nghị" in figure
    assert '<span class="credit">Ảnh: Hữu Thiện</span>' in figure


def test_related_news_lists_articles_sharing_a_topic_from_any_category(client, seed_path, seed_article):
    party = Topic.objects.get(slug="xay-dung-dang", locale__language_code="vi")
    economy = NewsIndexPage.objects.get(slug="kinh-te", locale__language_code="vi")
    elsewhere = publish_article(economy, title="Đảng ủy khối doanh nghiệp tổng kết công tác năm")
    elsewhere.topics.set([party])
    elsewhere.save_revision().publish()
    unrelated = publish_article(economy, title="Giá lúa tăng mạnh trong vụ đông xuân")

    related = section(html_of(client, seed_path), "related-news")
    assert elsewhere.title in related
    assert unrelated.title not in related
    assert seed_article.title not in related, "an article is not related to itself"


def test_other_news_lists_newest_articles_of_the_same_category(client, seed_path, seed_article):
    others = section(html_of(client, seed_path), "other-news")
    siblings = NewsPage.objects.live().sibling_of(seed_article, inclusive=False)
    assert siblings.exists()
    for sibling in siblings:
        assert sibling.title in others
    dates = re.findall(r"\((\d\d)/(\d\d)/(\d{4})\)", others)
    assert dates == sorted(dates, key=lambda d: (d[2], d[1], d[0]), reverse=True)


def test_related_and_other_news_follow_a_new_publication_at_once(client, seed_path, seed_article):
    html_of(client, seed_path)  # fills the fragment cache
    party = Topic.objects.get(slug="xay-dung-dang", locale__language_code="vi")
    fresh = publish_article(seed_article.get_parent(), title="Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười")
    fresh.topics.set([party])
    fresh.save_revision().publish()

    html = html_of(client, seed_path)
    assert fresh.title in section(html, "related-news")
    assert fresh.title in section(html, "other-news")


def test_topics_link_to_the_news_filtered_by_topic(client, seed_path):
    html = html_of(client, seed_path)
    assert '<a href="/tin-tuc-su-kien/?chu-de=xay-dung-dang">Xây dựng Đảng</a>' in html


def test_english_article_shows_english_topics_and_lists(client, seed_article):
    page = english(seed_article)
    html = html_of(client, page.url)
    assert '<a href="/en/news/?chu-de=party-building">Party building</a>' in html
    assert "Xây dựng Đảng" not in html
    related = section(html, "related-news")
    assert "/en/news/" in related
    assert "/tin-tuc-su-kien/" not in related, "no Vietnamese article in the English lists"


def test_share_links_are_plain_links_with_the_full_address(client, seed_path):
    html = html_of(client, seed_path)
    address = quote(f"http://localhost{seed_path}", safe="")
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={address}"' in html
    assert f'href="https://sp.zalo.me/share_inline?url={address}"' in html
    share = re.search(r'<div class="share-print">.*?</div>', html, re.S).group(0)
    assert share.count('rel="noopener"') == 2
    assert "<script" not in html.split("</main>")[0].split("<main")[1], "no third-party script in the article"


def test_print_button_waits_for_javascript(client, seed_path):
    html = html_of(client, seed_path)
    assert re.search(r"<button[^>]*data-print[^>]*hidden", html)
    assert 'href="/static/css/print.css" media="print"' in html


def test_editors_can_preview_a_new_article(client):
    """The article template also renders pages that are not saved yet (no id, no relations)."""
    client.force_login(get_user_model().objects.create_superuser("bientap", "bientap@example.com", "x"))
    category = NewsIndexPage.objects.get(slug="chinh-tri", locale__language_code="vi")
    url = reverse("wagtailadmin_pages:preview_on_add", args=("news", "newspage", category.pk))
    data = {
        "title": "Bài viết đang soạn",
        "slug": "bai-viet-dang-soan",
        "lead": "Tóm tắt bài viết đang soạn.",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung đang soạn.</p>"))]),
    }
    assert client.post(url, nested_form_data(data)).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    assert "Bài viết đang soạn" in response.content.decode()


# The category page ---------------------------------------------------------------------


def test_category_lists_date_thumbnail_and_lead_newest_first(client):
    html = html_of(client, "/tin-tuc-su-kien/kinh-te/")
    cards = re.findall(r'<article class="card">.*?</article>', html, re.S)
    assert len(cards) >= 3
    for card in cards:
        assert re.search(r"\d\d/\d\d/\d{4}", card)
        assert 'class="card__lead"' in card
        assert 'class="card__image' in card
    dates = re.findall(r'<time datetime="([^"]+)"', "".join(cards))
    assert dates == sorted(dates, reverse=True)


def test_topic_filter_offers_the_topics_of_the_category(client):
    html = html_of(client, "/tin-tuc-su-kien/kinh-te/")
    nav = re.search(r'<nav class="topic-filter".*?</nav>', html, re.S).group(0)
    topics = re.findall(r"\?chu-de=([a-z-]+)\"", nav)
    assert topics == ["dau-tu", "giao-thong", "nong-nghiep"], "only topics used here, sorted by name"
    assert re.search(r'<a href="/tin-tuc-su-kien/kinh-te/" aria-current="page">', nav)


def test_filtering_by_topic_lists_only_its_articles_and_marks_it(client):
    html = html_of(client, "/tin-tuc-su-kien/kinh-te/?chu-de=nong-nghiep")
    assert re.search(r'\?chu-de=nong-nghiep" aria-current="page">Nông nghiệp<', html)
    listed = re.findall(r'<h3 class="card__title"><a href="([^"]+)"', html)
    expected = NewsPage.objects.live().filter(
        locale__language_code="vi", topics__slug="nong-nghiep", url_path__contains="/kinh-te/"
    )
    assert sorted(listed) == sorted(page.url for page in expected)
    assert "<h1>Kinh tế: Nông nghiệp</h1>" in html


def test_english_category_filters_by_english_topic(client):
    html = html_of(client, "/en/news/economy/?chu-de=agriculture")
    assert re.search(r'\?chu-de=agriculture" aria-current="page">Agriculture<', html)
    listed = re.findall(r'<h3 class="card__title"><a href="([^"]+)"', html)
    assert listed and all(url.startswith("/en/news/economy/") for url in listed)


def test_pagination_keeps_the_topic(client):
    economy = NewsIndexPage.objects.get(slug="kinh-te", locale__language_code="vi")
    agriculture = Topic.objects.get(slug="nong-nghiep", locale__language_code="vi")
    for number in range(13):
        page = publish_article(economy, title=f"Mô hình trồng lúa hữu cơ số {number}")
        page.topics.set([agriculture])
        page.save_revision().publish()

    html = html_of(client, "/tin-tuc-su-kien/kinh-te/?chu-de=nong-nghiep")
    assert 'href="?chu-de=nong-nghiep&amp;page=2"' in html
    second = html_of(client, "/tin-tuc-su-kien/kinh-te/?chu-de=nong-nghiep&page=2")
    assert len(re.findall(r'<article class="card">', second)) >= 1


@pytest.mark.parametrize("value", ["khong-co", "x" * 500, "<script>", "%00"])
def test_unknown_topic_never_breaks_the_category(client, value):
    response = client.get("/tin-tuc-su-kien/kinh-te/", {"chu-de": value})
    # A clear notice and the whole list, with a 404 so that the wrong address is not indexed.
    assert response.status_code == 404
    main = response.content.decode().split("<main")[1]
    assert "<script>" not in main
    assert 'role="alert"' in main
    assert '<article class="card">' in main


# The home page ----------------------------------------------------------------------------


def test_home_composes_featured_latest_and_category_blocks(client):
    html = html_of(client, "/")
    featured = section(html, "featured-title")
    featured_articles = NewsPage.objects.live().filter(locale__language_code="vi", featured=True)
    for article in featured_articles:
        assert article.title in featured, "without JavaScript every featured article is listed"
    assert re.search(r"<div class=\"slideshow__controls\" data-slide-controls hidden>", featured)
    assert "data-slide-toggle" in featured

    latest = section(html, "latest-news")
    assert len(re.findall(r'<article class="card">', latest)) == 8

    for category in NewsIndexPage.objects.live().filter(locale__language_code="vi", show_on_home=True):
        assert section(html, f"category-{category.pk}")


def test_display_controls_are_offered_with_contrast_state(client, seed_path):
    html = html_of(client, seed_path)
    controls = re.search(r'<div class="display-controls".*?</div>', html, re.S).group(0)
    assert 'data-contrast-toggle aria-pressed="false"' in controls
    assert len(re.findall(r"data-font-change=", controls)) == 3
