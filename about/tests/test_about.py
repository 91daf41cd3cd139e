"""The introduction: units with functions and duties, leaders and contact officials, linked from the section."""

import pytest

from about.factories import UnitPageFactory
from home.models import HomePage
from sections.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def introduction():
    home = HomePage.objects.get(locale__language_code="vi", depth=2)
    return StandardPageFactory(parent=home, title="Giới thiệu thử", slug="gioi-thieu-thu")


def test_the_introduction_links_its_sub_pages(client, introduction):
    unit = UnitPageFactory(parent=introduction, title="Văn phòng thử nghiệm", slug="van-phong-thu")
    leaders = StandardPageFactory(parent=introduction, title="Lãnh đạo thử nghiệm", slug="lanh-dao-thu")
    content = client.get(introduction.url).content.decode()
    assert f'href="{unit.url}"' in content
    assert f'href="{leaders.url}"' in content


def test_a_unit_shows_functions_duties_and_contact(client, introduction):
    unit = UnitPageFactory(
        parent=introduction,
        title="Sở Kế hoạch thử nghiệm",
        slug="so-ke-hoach-thu",
        functions="<p>Tham mưu về quy hoạch, kế hoạch phát triển kinh tế - xã hội.</p>",
        duties="<p>Thẩm định các dự án đầu tư công.</p>",
        head="Trần Văn B, Giám đốc",
        phone="0273 3871 234",
        email="skhdt@tiengiang.gov.vn",
    )
    content = client.get(unit.url).content.decode()
    for expected in (
        "Tham mưu về quy hoạch",
        "Thẩm định các dự án đầu tư công.",
        "Trần Văn B, Giám đốc",
        'href="tel:02733871234"',
        'href="mailto:skhdt@tiengiang.gov.vn"',
    ):
        assert expected in content


def test_leaders_and_contact_officials_render_as_structured_blocks(client, introduction):
    page = StandardPageFactory(
        parent=introduction,
        title="Lãnh đạo và đầu mối",
        slug="lanh-dao-dau-moi",
        body=[
            (
                "people",
                {
                    "name": "Nguyễn Văn Thử",
                    "position": "Chủ tịch UBND tỉnh",
                    "responsibilities": "Phụ trách chung",
                    "biography": "<p>Sinh năm 1970, tiến sĩ kinh tế.</p>",
                },
            ),
            (
                "contacts",
                {
                    "title": "Cán bộ đầu mối",
                    "contacts": [
                        {
                            "name": "Lê Thị C",
                            "position": "Chuyên viên",
                            "unit": "Văn phòng UBND tỉnh",
                            "phone": "0273 3873 999",
                            "email": "lethic@tiengiang.gov.vn",
                        }
                    ],
                },
            ),
        ],
    )
    content = client.get(page.url).content.decode()
    for expected in (
        "Nguyễn Văn Thử",
        "Chủ tịch UBND tỉnh",
        "Sinh năm 1970, tiến sĩ kinh tế.",
        "<caption>Cán bộ đầu mối</caption>",
        "Lê Thị C",
        "Văn phòng UBND tỉnh",
        'href="tel:02733873999"',
        'href="mailto:lethic@tiengiang.gov.vn"',
    ):
        assert expected in content
