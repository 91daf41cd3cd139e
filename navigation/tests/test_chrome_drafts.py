"""Chrome snippets have drafts, revisions and preview: readers see only the live, published version."""

import pytest
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory
from navigation.factories import PartnerLinkFactory
from navigation.models import Agency, Banner, PartnerLink, Slide

pytestmark = pytest.mark.django_db

HOST = "127.0.0.1"


@pytest.fixture
def public_page(client):
    """A home page of its own, served on a second Site, and a way to read it as a reader does."""
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="trang-chu-thu-nghiem")
    Site.objects.create(hostname=HOST, port=80, root_page=home)

    def read():
        response = client.get("/", HTTP_HOST=HOST)
        assert response.status_code == 200
        return response.content.decode()

    return read


def test_existing_and_new_snippets_are_live_by_default(public_page):
    link = PartnerLinkFactory(title="Cổng dịch vụ công quốc gia")
    assert link.live
    assert "Cổng dịch vụ công quốc gia" in public_page()


def test_a_draft_change_stays_private_until_it_is_published(public_page):
    link = PartnerLinkFactory(title="Sở Nông nghiệp")
    link.title = "Sở Nông nghiệp và Môi trường"
    revision = link.save_revision()

    link.refresh_from_db()
    assert link.has_unpublished_changes
    page = public_page()
    assert "Sở Nông nghiệp</a>" in page
    assert "Sở Nông nghiệp và Môi trường" not in page

    revision.publish()
    page = public_page()
    assert "Sở Nông nghiệp và Môi trường" in page
    assert "Sở Nông nghiệp</a>" not in page


def test_a_new_snippet_saved_as_draft_is_not_shown(public_page):
    draft = PartnerLinkFactory(title="Cổng chưa công bố", live=False)
    draft.save_revision()
    assert "Cổng chưa công bố" not in public_page()

    PartnerLink.objects.get(pk=draft.pk).latest_revision.publish()
    assert "Cổng chưa công bố" in public_page()


def test_unpublishing_hides_the_snippet(public_page):
    link = PartnerLinkFactory(title="Cổng sắp gỡ")
    link.save_revision().publish()
    link.unpublish()
    assert "Cổng sắp gỡ" not in public_page()


def test_preview_renders_the_unsaved_version():
    link = PartnerLinkFactory(title="Bản đang sửa")
    link.title = "Bản xem trước"
    response = link.make_preview_request()
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bản xem trước" in html
    assert 'href="https://' in html


def test_every_chrome_snippet_has_a_preview():
    agency = Agency(locale=Locale.get_default(), name="Ủy ban nhân dân tỉnh", portal_name="Cổng thông tin thử nghiệm")
    banner = Banner(locale=Locale.get_default(), title="Đối thoại doanh nghiệp", link_url="https://example.gov.vn/")
    for snippet, expected in [(agency, "Cổng thông tin thử nghiệm"), (banner, "Đối thoại doanh nghiệp")]:
        response = snippet.make_preview_request()
        assert response.status_code == 200
        assert expected in response.content.decode()
    for model in (Agency, Banner, PartnerLink, Slide):
        assert model.preview_template.startswith("navigation/previews/"), model
