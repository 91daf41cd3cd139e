"""Readers find what they type, with or without tone marks, ranked sensibly, on SQLite and PostgreSQL."""

import unicodedata
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from news.factories import NewsIndexPageFactory, NewsPageFactory
from search.models import ZeroResultQuery
from sections.factories import SectionPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query",
    ["dang vien", "Đảng viên", "DANG VIEN", "đảng  viên", unicodedata.normalize("NFD", "đảng viên"), "ĐẢNG VIÊN"],
)
def test_party_member_is_found_however_it_is_typed(search, article, query):
    article("Kết nạp đảng viên mới ở xã Long Hưng")
    article("Mùa lúa bội thu")
    titles, _response = search(query)
    assert titles == ["Kết nạp đảng viên mới ở xã Long Hưng"]


def test_place_names_without_tone_marks(search, article):
    article("Huyện Châu Thành khánh thành cầu mới")
    assert search("chau thanh")[0] == ["Huyện Châu Thành khánh thành cầu mới"]
    assert search("phat trien")[0] == []


def test_exact_diacritics_rank_above_folded_only_matches(search, article):
    article("Danh sách đang được cập nhật", body="Trang đang được cập nhật.")
    article("Danh sách đảng viên tiêu biểu", body="Tin về đảng viên.")
    assert search("đảng")[0] == ["Danh sách đảng viên tiêu biểu", "Danh sách đang được cập nhật"]
    assert search("đang")[0] == ["Danh sách đang được cập nhật", "Danh sách đảng viên tiêu biểu"]


def test_a_phrase_ranks_above_scattered_words(search, article):
    article("Tin một", body="Nông dân trồng lúa. Kinh tế xã đã phát triển vượt bậc nhờ thủy lợi.")
    article("Tin hai", body="Phát triển kinh tế hợp tác xã ven sông.")
    assert search("phát triển kinh tế")[0] == ["Tin hai", "Tin một"]
    assert search("phat trien kinh te")[0] == ["Tin hai", "Tin một"]


def test_the_title_weighs_more_than_the_body(search, article):
    article("Tin về mùa màng", body="Công trình thủy lợi Bảo Định được nạo vét.")
    article("Công trình thủy lợi Bảo Định", body="Nạo vét kênh để phục vụ sản xuất.")
    assert search("thuy loi")[0] == ["Công trình thủy lợi Bảo Định", "Tin về mùa màng"]


@pytest.mark.parametrize("query", ["15/2024/QĐ-UBND", "15/2024/qd-ubnd", "15/2024/QD-UBND"])
def test_document_numbers_find_their_document_first(search, article, query):
    article("Thông báo 2024 về 15 dự án", body="Năm 2024 có 15 dự án của UBND.")
    article("Quyết định 16/2024/QĐ-UBND về giá đất")
    article("Quyết định 15/2024/QĐ-UBND về giá đất")
    titles, _response = search(query)
    assert titles[0] == "Quyết định 15/2024/QĐ-UBND về giá đất"
    assert "Quyết định 16/2024/QĐ-UBND về giá đất" not in titles


def found(response):
    return [item["page"].title for item in response.context.get("items", [])]


def test_results_are_in_the_active_language_only(client, home, section, english_home, article):
    article("Ủy ban nhân dân tỉnh họp thường kỳ committee")
    english_section = SectionPageFactory(parent=english_home, title="Search test area", locale=english_home.locale)
    StandardPageFactory(parent=english_section, title="Provincial committee meetings", locale=english_home.locale)
    english = found(client.get("/en/tim-kiem/", {"q": "committee", "section": english_section.pk}))
    assert english == ["Provincial committee meetings"]
    vietnamese = found(client.get("/tim-kiem/", {"q": "committee", "section": section.pk}))
    assert vietnamese == ["Ủy ban nhân dân tỉnh họp thường kỳ committee"]


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="English stemming is PostgreSQL's (docs/search.md)")
def test_english_pages_are_stemmed_on_postgresql(client, english_home):
    english_section = SectionPageFactory(parent=english_home, title="Search test area", locale=english_home.locale)
    StandardPageFactory(parent=english_section, title="The committee met", locale=english_home.locale)
    params = {"section": english_section.pk}
    assert found(client.get("/en/tim-kiem/", {"q": "committees", **params})) == ["The committee met"]
    assert found(client.get("/en/tim-kiem/", {"q": "committees meeting", **params})) == []


def test_results_show_date_section_and_highlighted_snippet(search, article, section):
    article(
        "Đảng viên trẻ tình nguyện",
        lead="Mùa hè xanh.",
        body="Các đảng viên trẻ và những người viết không dấu như dang vien đều góp sức.",
        date=timezone.now() - timedelta(days=3),
    )
    _titles, response = search("dang vien")
    html = response.content.decode()
    assert ">Đảng viên trẻ tình nguyện</a>" in html  # the title as written: a clean link text
    assert "<mark>đảng</mark> <mark>viên</mark> trẻ" in html
    assert "<mark>dang</mark> <mark>vien</mark>" in html
    assert timezone.localtime(timezone.now() - timedelta(days=3)).strftime("%d/%m/%Y") in html
    assert '<span class="search-result__section">Khu thử nghiệm tìm kiếm</span>' in html


def test_highlighting_escapes_what_the_page_holds(search, article):
    article("Lịch tiếp dân", body="Dùng thẻ &lt;b&gt; đảng viên &amp; dân.")
    html = search("đảng viên")[1].content.decode()
    assert "&lt;b&gt; <mark>đảng</mark>" in html


def test_filters_by_content_type_section_and_date(client, home, search, article, section, category):
    old = article("Đảng viên năm trước")
    type(old).objects.filter(pk=old.pk).update(first_published_at=timezone.now() - timedelta(days=400))
    article("Đảng viên năm nay")
    StandardPageFactory(parent=section, title="Trang giới thiệu đảng viên", first_published_at=timezone.now())
    other_section = SectionPageFactory(parent=home, title="Khu khác")
    StandardPageFactory(parent=other_section, title="Đảng viên khu khác")

    assert set(search("đảng viên")[0]) == {"Đảng viên năm trước", "Đảng viên năm nay", "Trang giới thiệu đảng viên"}
    assert set(search("đảng viên", type="news")[0]) == {"Đảng viên năm trước", "Đảng viên năm nay"}
    assert search("đảng viên", type="pages")[0] == ["Trang giới thiệu đảng viên"]
    since = (timezone.now() - timedelta(days=30)).date().isoformat()
    assert set(search("đảng viên", date_from=since)[0]) == {"Đảng viên năm nay", "Trang giới thiệu đảng viên"}
    until = (timezone.now() - timedelta(days=300)).date().isoformat()
    assert search("đảng viên", date_to=until)[0] == ["Đảng viên năm trước"]
    assert "Đảng viên khu khác" in search("đảng viên", section=other_section.pk)[0]


def test_sort_by_date_puts_the_newest_first(search, article):
    older = article("Đảng viên kỳ cựu Đảng viên Đảng viên")
    type(older).objects.filter(pk=older.pk).update(first_published_at=timezone.now() - timedelta(days=10))
    article("Tin mới về đảng viên")
    assert search("dang vien", sort="date")[0] == ["Tin mới về đảng viên", "Đảng viên kỳ cựu Đảng viên Đảng viên"]


def test_pagination_keeps_query_and_filters_and_survives_bad_pages(search, article):
    for number in range(12):
        article(f"Đảng viên số {number}")
    titles, response = search("dang vien", type="news")
    assert len(titles) == 10
    assert "type=news" in response.content.decode() and "page=2" in response.content.decode()
    assert len(search("dang vien", type="news", page="2")[0]) == 2
    for page in ["abc", "-1", "99999", "\x00"]:
        assert search("dang vien", type="news", page=page)[1].status_code == 200


def test_editors_promote_a_result_for_a_query_with_or_without_tone_marks(search, article, category):
    article("Đảng viên và nông thôn mới")
    promoted = NewsIndexPageFactory(parent=category, title="Chuyên trang công tác Đảng")
    SearchPromotion.objects.create(
        query=Query.get("đảng viên"), page=promoted, sort_order=0, description="Mọi tin về đảng viên."
    )
    html = search("dang vien")[1].content.decode()
    assert 'class="search-promotions"' in html
    assert "Chuyên trang công tác Đảng" in html and "Mọi tin về đảng viên." in html
    assert 'class="search-promotions"' not in search("nông thôn")[1].content.decode()


def test_no_results_page_suggests_what_to_do(search):
    html = search("xyzzy quoa")[1].content.decode()
    assert "Nothing found" in html or "Không tìm thấy" in html
    assert "Khu thử nghiệm tìm kiếm" in html  # a section to browse
    assert "?q=xyzzy+quoa" in html  # the same search without the filters


def test_queries_are_counted_and_empty_ones_listed_without_personal_data(client, article):
    article("Đảng viên gương mẫu")
    client.get("/tim-kiem/", {"q": "Đảng viên"})
    client.get("/tim-kiem/", {"q": "đảng viên"})
    client.get("/tim-kiem/", {"q": "xyzzy quoa"})
    client.get("/tim-kiem/", {"q": "0912345678"})
    client.get("/tim-kiem/", {"q": "nguyen.van.a@example.com"})
    assert Query.objects.get(query_string="đảng viên").hits == 2
    assert list(ZeroResultQuery.objects.values_list("query_string", "hits")) == [("xyzzy quoa", 1)]
    assert not Query.objects.filter(query_string__contains="0912345678").exists()
    assert not Query.objects.filter(query_string__contains="@").exists()


def test_editors_see_the_queries_without_results_in_the_admin(admin_client):
    ZeroResultQuery.objects.create(query_string="giấy phép lái xe", hits=7)
    response = admin_client.get("/admin/zero_result_queries/")
    assert response.status_code == 200
    assert "giấy phép lái xe" in response.content.decode()
    assert admin_client.get(reverse("wagtailsearchpromotions:search_terms")).status_code == 200


def test_result_pages_are_not_indexed_by_search_engines(client):
    html = client.get("/tim-kiem/", {"q": "đảng viên"}).content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_the_search_box_never_carries_another_readers_query(client, home):
    client.get("/tim-kiem/", {"q": "bí mật của tôi"})
    assert "bí mật của tôi" not in client.get(home.url).content.decode()
    assert "bí mật của tôi" not in client.get("/tim-kiem/").content.decode()
    assert "bí mật của tôi" not in client.get("/tim-kiem/", {"q": "khác"}).content.decode()


def test_publishing_unpublishing_and_deleting_update_the_index_at_once(search, article, category):
    page = NewsPageFactory.build(title="Lễ kết nạp đảng viên", lead="Tóm tắt.", body=[("paragraph", "<p>x</p>")])
    page.live = False
    category.add_child(instance=page)
    assert search("ket nap")[0] == []
    page.save_revision().publish()
    assert search("ket nap")[0] == ["Lễ kết nạp đảng viên"]
    page.title = "Lễ kết nạp hội viên"
    page.save_revision().publish()
    assert search("hoi vien")[0] == ["Lễ kết nạp hội viên"]
    page.refresh_from_db()
    page.unpublish()
    assert search("ket nap")[0] == []
    page.save_revision().publish()
    assert search("ket nap")[0] == ["Lễ kết nạp hội viên"]
    page.refresh_from_db()
    page.delete()
    assert search("ket nap")[0] == []


def test_query_count_does_not_grow_with_the_results(client, article):
    def queries(q):
        with CaptureQueriesContext(connection) as context:
            assert client.get("/tim-kiem/", {"q": q, "page": "1"}).status_code == 200
        return len(context.captured_queries)

    for number in range(3):
        article(f"Hợp tác xã kiểu mới {number}")
    queries("hop tac xa")  # the first request fills what every later one reuses (sites, locales)
    few = queries("hop tac xa")
    for number in range(12):
        article(f"Hợp tác xã kiểu mới thêm {number}")
    assert queries("hop tac xa") <= few
