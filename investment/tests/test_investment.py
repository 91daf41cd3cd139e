"""The investment project list filters by field, status and location; a project shows its facts."""

from decimal import Decimal

import pytest

from home.models import HomePage
from investment.factories import InvestmentIndexPageFactory, InvestmentProjectPageFactory
from investment.models import InvestmentField, ProjectStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    home = HomePage.objects.get(locale__language_code="vi", depth=2)
    index = InvestmentIndexPageFactory(parent=home, title="Dự án thử", slug="du-an-thu")
    InvestmentProjectPageFactory(
        parent=index,
        title="Nhà máy chế biến dừa Alpha",
        slug="alpha",
        field=InvestmentField.INDUSTRY,
        status=ProjectStatus.OPEN,
        location="Huyện Châu Thành",
    )
    InvestmentProjectPageFactory(
        parent=index,
        title="Khu du lịch sinh thái Beta",
        slug="beta",
        field=InvestmentField.TOURISM,
        status=ProjectStatus.OPEN,
        location="Huyện Cái Bè",
    )
    InvestmentProjectPageFactory(
        parent=index,
        title="Cảng cá Gamma",
        slug="gamma",
        field=InvestmentField.INFRASTRUCTURE,
        status=ProjectStatus.AWARDED,
        location="Huyện Châu Thành",
    )
    return index


def listed(client, index, query=""):
    content = client.get(index.url + query).content.decode()
    return {name for name in ("Alpha", "Beta", "Gamma") if name in content}


def test_without_filters_every_project_is_listed(client, projects):
    assert listed(client, projects) == {"Alpha", "Beta", "Gamma"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?linh_vuc=tourism", {"Beta"}),
        ("?trang_thai=awarded", {"Gamma"}),
        ("?dia_diem=Huy%E1%BB%87n+Ch%C3%A2u+Th%C3%A0nh", {"Alpha", "Gamma"}),
        ("?dia_diem=Huy%E1%BB%87n+Ch%C3%A2u+Th%C3%A0nh&trang_thai=open", {"Alpha"}),
        ("?linh_vuc=tourism&trang_thai=awarded", set()),
    ],
)
def test_filters_narrow_the_list_and_combine(client, projects, query, expected):
    assert listed(client, projects, query) == expected


def test_an_unknown_filter_value_is_ignored_with_a_notice(client, projects):
    response = client.get(projects.url + "?linh_vuc=<script>&trang_thai=awarded")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Unknown filter value ignored" in content or "bỏ qua" in content
    assert "<script>" not in content.split("<main", 1)[-1].split("</main>", 1)[0]
    assert {name for name in ("Alpha", "Beta", "Gamma") if name in content} == {"Gamma"}


def test_the_location_filter_offers_the_projects_locations(client, projects):
    content = client.get(projects.url).content.decode()
    assert '<option value="Huyện Cái Bè">' in content
    assert content.count('<option value="Huyện Châu Thành">') == 1


def test_a_project_page_shows_its_facts(client, projects):
    project = InvestmentProjectPageFactory(
        parent=projects,
        title="Khu nông nghiệp công nghệ cao Delta",
        slug="delta",
        objective="Sản xuất rau an toàn theo tiêu chuẩn VietGAP.",
        field=InvestmentField.AGRICULTURE,
        location="Huyện Tân Phước",
        address="Xã Tân Lập 1",
        area_hectares=Decimal("120.00"),
        scale="3.000 tấn rau mỗi năm",
        capital_billion_vnd=Decimal("450.0"),
        incentives="<p>Miễn tiền thuê đất 11 năm.</p>",
        contact="Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
    )
    content = client.get(project.url).content.decode()
    for expected in (
        "Sản xuất rau an toàn theo tiêu chuẩn VietGAP.",
        "Huyện Tân Phước, Xã Tân Lập 1",
        "120",
        "3.000 tấn rau mỗi năm",
        "450",
        "Miễn tiền thuê đất 11 năm.",
        "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
    ):
        assert expected in content
