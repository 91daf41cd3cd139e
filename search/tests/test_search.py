"""Search looks in the reader's language and never fails on odd input."""

import pytest

pytestmark = pytest.mark.django_db


def test_vietnamese_search_finds_the_seed_article(client, seed_article):
    content = client.get("/tim-kiem/", {"q": "phát triển đảng viên"}).content.decode()
    assert seed_article.title in content


def test_english_search_finds_english_pages_only(client):
    content = client.get("/en/tim-kiem/", {"q": "Party Committee"}).content.decode()
    assert "District Party Committee" in content
    assert "Đảng bộ huyện Châu Thành thực hiện" not in content


@pytest.mark.parametrize("query", ["", " ", "x" * 5000, "<script>alert(1)</script>", "%00", "' OR 1=1 --"])
def test_odd_queries_answer_200(client, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
