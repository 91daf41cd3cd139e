"""The library listing: every filter and their combinations, counts, keyword and number search, notices."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from library.factories import LegalDocumentFileFactory, LegalDocumentPageFactory

from .conftest import vi

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents(library, terms):
    """Four documents that differ in every filter."""
    make = LegalDocumentPageFactory
    return {
        "land_decision": make(
            parent=library,
            title="Quyết định về giá đất",
            number="15/2024/QĐ-UBND",
            abstract="Ban hành bảng giá đất giai đoạn 2024 - 2029 trên địa bàn tỉnh.",
            document_type=terms["decision"],
            issuing_agency=terms["committee"],
            subject_area=terms["land"],
            signer=terms["chair"],
            issue_date=datetime.date(2024, 5, 2),
        ),
        "health_decision": make(
            parent=library,
            title="Quyết định về khám chữa bệnh",
            number="7/2023/QĐ-UBND",
            abstract="Quy định giá dịch vụ khám bệnh, chữa bệnh tại các cơ sở y tế công lập.",
            document_type=terms["decision"],
            issuing_agency=terms["committee"],
            subject_area=terms["health"],
            signer=terms["vice"],
            issue_date=datetime.date(2023, 2, 10),
        ),
        "land_directive": make(
            parent=library,
            title="Chỉ thị tăng cường quản lý đất đai",
            number="03/CT-UBND",
            abstract="Tăng cường công tác quản lý nhà nước về đất đai.",
            document_type=terms["directive"],
            issuing_agency=terms["committee"],
            subject_area=terms["land"],
            signer=terms["chair"],
            issue_date=datetime.date(2023, 8, 20),
        ),
        "council_resolution": make(
            parent=library,
            title="Nghị quyết về y tế cơ sở",
            number="12/2024/NQ-HĐND",
            abstract="Chính sách hỗ trợ nhân viên y tế ấp, khu phố.",
            document_type=terms["decision"],
            issuing_agency=terms["council"],
            subject_area=terms["health"],
            signer=terms["vice"],
            issue_date=datetime.date(2024, 7, 12),
            expiry_date=datetime.date(2024, 12, 31),
        ),
    }


def numbers(response):
    return [document.number for document in response.context["documents"]]


def facet(response, parameter):
    """The counts of one filter's options made by the test (the demo's own lists are there too, at 0)."""
    options = next(f for f in response.context["facets"] if f.parameter == parameter).options
    return {option.value: option.count for option in options if option.count or option.value.endswith("-thu")}


def test_lists_every_document_newest_first_with_metadata(client, library, documents):
    response = client.get(library.url)
    assert response.status_code == 200
    assert numbers(response) == ["12/2024/NQ-HĐND", "15/2024/QĐ-UBND", "03/CT-UBND", "7/2023/QĐ-UBND"]
    html = response.content.decode()
    assert "Ban hành bảng giá đất giai đoạn 2024 - 2029" in html
    assert "02/05/2024" in html
    assert "UBND tỉnh Thử" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("loai=chi-thi-thu", {"03/CT-UBND"}),
        ("co-quan=hdnd-tinh-thu", {"12/2024/NQ-HĐND"}),
        ("linh-vuc=dat-dai-thu", {"15/2024/QĐ-UBND", "03/CT-UBND"}),
        ("nguoi-ky=tran-thi-b", {"7/2023/QĐ-UBND", "12/2024/NQ-HĐND"}),
        ("nam=2023", {"7/2023/QĐ-UBND", "03/CT-UBND"}),
        ("hieu-luc=het-hieu-luc", {"12/2024/NQ-HĐND"}),
        ("hieu-luc=con-hieu-luc", {"15/2024/QĐ-UBND", "7/2023/QĐ-UBND", "03/CT-UBND"}),
        # Combinations narrow further.
        ("loai=quyet-dinh-thu&linh-vuc=dat-dai-thu", {"15/2024/QĐ-UBND"}),
        ("co-quan=ubnd-tinh-thu&nam=2023&nguoi-ky=nguyen-van-a", {"03/CT-UBND"}),
        ("loai=quyet-dinh-thu&linh-vuc=y-te-thu&hieu-luc=con-hieu-luc", {"7/2023/QĐ-UBND"}),
        ("loai=chi-thi-thu&nam=2024", set()),
    ],
)
def test_each_filter_and_their_combinations(client, library, documents, query, expected):
    response = client.get(f"{library.url}?{query}")
    assert response.status_code == 200
    assert set(numbers(response)) == expected
    # The form shows what is selected, so the address can be shared and changed.
    for pair in query.split("&"):
        parameter, value = pair.split("=")
        assert any(
            option.selected and option.value == value
            for f in response.context["facets"]
            for option in f.options
            if f.parameter == parameter
        )


def test_counts_follow_the_other_filters(client, library, documents):
    response = client.get(f"{library.url}?linh-vuc=dat-dai-thu")
    # Types are counted among land documents; fields among all (their own filter aside).
    assert facet(response, "loai") == {"quyet-dinh-thu": 1, "chi-thi-thu": 1}
    assert facet(response, "linh-vuc") == {"dat-dai-thu": 2, "y-te-thu": 2}
    assert facet(response, "nam") == {"2024": 1, "2023": 1}
    assert facet(response, "hieu-luc")["con-hieu-luc"] == 2
    assert "Quyết định (1)" in response.content.decode()


@pytest.mark.parametrize(
    "typed", ["15/2024/qd-ubnd", "15/2024/QĐ-UBND", " 15/2024/QD-UBND ", "15 / 2024 / qđ\u2013ubnd"]
)
def test_keyword_finds_the_exact_number_however_typed(client, library, documents, typed):
    response = client.get(library.url, {"tu-khoa": typed})
    assert numbers(response)[0] == "15/2024/QĐ-UBND"
    assert numbers(response) == ["15/2024/QĐ-UBND"]


def test_keyword_matches_words_without_accents_and_combines_with_filters(client, library, documents):
    assert set(numbers(client.get(library.url, {"tu-khoa": "gia dat"}))) == {"15/2024/QĐ-UBND"}
    assert set(numbers(client.get(library.url, {"tu-khoa": "đất đai"}))) == {"03/CT-UBND"}
    assert set(numbers(client.get(library.url, {"tu-khoa": "y te", "co-quan": "hdnd-tinh-thu"}))) == {"12/2024/NQ-HĐND"}


@pytest.mark.parametrize(
    "query",
    [
        "loai=khong-co",
        "nam=abcd",
        "nam=99999999999999999999",
        "hieu-luc=%3Cscript%3E",
        "co-quan=x&linh-vuc=dat-dai-thu",
        "page=abc",
        "page=-1",
        "tu-khoa=" + "a" * 5000,
        "loai[]=quyet-dinh-thu",
    ],
)
def test_unknown_values_are_ignored_with_a_notice_never_an_error(client, library, documents, query):
    response = client.get(f"{library.url}?{query}")
    assert response.status_code in (200, 404)
    if response.status_code == 404:
        html = response.content.decode()
        assert escape(vi("Some filters in this address are not known and were ignored:")) in html
        assert response.context["documents"].paginator.count >= 1


def test_an_unknown_value_is_named_and_the_known_ones_still_apply(client, library, documents):
    response = client.get(f"{library.url}?co-quan=khong-ton-tai&linh-vuc=dat-dai-thu")
    assert response.status_code == 404
    assert "“khong-ton-tai”" in response.content.decode()
    assert set(numbers(response)) == {"15/2024/QĐ-UBND", "03/CT-UBND"}


def test_pagination_keeps_the_filters_in_shareable_links(client, library, terms):
    library.per_page = 5
    library.save()
    for number in range(7):
        LegalDocumentPageFactory(parent=library, document_type=terms["decision"], number=f"{number}/QĐ-UBND")
    LegalDocumentPageFactory(parent=library, document_type=terms["directive"])
    response = client.get(library.url, {"loai": "quyet-dinh-thu", "rac": "bo-qua"})
    html = response.content.decode()
    assert "?loai=quyet-dinh-thu&amp;page=2" in html
    assert "rac=" not in html  # an unknown parameter does not travel on
    second = client.get(library.url, {"loai": "quyet-dinh-thu", "page": 2})
    assert len(numbers(second)) == 2
    assert client.get(library.url, {"loai": "quyet-dinh-thu", "page": 999}).status_code == 200


def test_listing_query_count_is_constant_in_the_number_of_documents(client, library, terms):
    def count_queries():
        with CaptureQueriesContext(connection) as context:
            response = client.get(library.url, {"linh-vuc": "dat-dai-thu", "tu-khoa": "quy"})
        assert response.status_code == 200
        return len(context.captured_queries)

    def add(count):
        for _ in range(count):
            document = LegalDocumentPageFactory(parent=library, subject_area=terms["land"], abstract="Quy định mới.")
            LegalDocumentFileFactory(page=document)

    add(2)
    count_queries()  # fills the fragment caches of the chrome, as any earlier reader has
    few = count_queries()
    add(15)  # saving documents starts a new content generation: warm the chrome again
    count_queries()
    assert count_queries() == few
