"""Image sizes are made when content is published, never while a reader waits for a page."""

import logging
import re
from io import BytesIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images.models import Filter

from core.blocks import BODY_IMAGE_SIZES as BODY_BLOCK_SPECS
from core.models import PortalImage, PortalRendition
from core.renditions import all_specs
from navigation.models import Slide
from news.models import FEATURED_IMAGE_SIZES as FEATURED_IMAGE_SPECS
from news.models import NewsIndexPage, NewsPage
from tests.crawl import crawl

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"
IMAGE_TAG = re.compile(r"{%\s*image\s+\S+\s+([^\s%]+)")


def make_image(title, size=(1000, 600)):
    buffer = BytesIO()
    Image.new("RGB", size, "#0b4f8a").save(buffer, "JPEG")
    image = PortalImage(title=title, credit="Ảnh: Thanh Tâm")
    image.file = ImageFile(buffer, name=f"{title}.jpg")
    image.save()
    return image


def image_value(image):
    return {"image": image.pk, "alt_text": image.title, "decorative": False}


def publish_article_with_images(featured, in_body, in_gallery):
    category = NewsIndexPage.objects.get(slug="kinh-te", locale__language_code="vi")
    body = NewsPage.body.field.stream_block.to_python(
        [
            {"type": "paragraph", "value": "<p>Toàn cảnh.</p>"},
            {"type": "image", "value": {"image": image_value(in_body), "caption": "Cầu Rạch Miễu 2"}},
            {
                "type": "gallery",
                "value": {
                    "title": "Hình ảnh",
                    "images": [{"image": image_value(i), "caption": ""} for i in in_gallery],
                },
            },
        ]
    )
    page = NewsPage(
        title="Khởi công cầu Rạch Miễu 2",
        lead="Cầu Rạch Miễu 2 nối Tiền Giang và Bến Tre được khởi công.",
        body=body,
        featured=True,
        featured_image=featured,
        live=False,
    )
    category.add_child(instance=page)
    page.save_revision().publish()
    return page


def specs_of(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


def test_every_size_a_template_shows_is_listed():
    used = {}
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert "{% picture" not in text and "{% srcset_image" not in text, (
            f"{template}: teach this test and core/renditions.py about picture/srcset_image"
        )
        for spec in IMAGE_TAG.findall(text):
            used.setdefault(spec, template.relative_to(TEMPLATES))
    assert used, "the pattern finds the image tags"
    unlisted = {spec: str(where) for spec, where in used.items() if spec not in all_specs()}
    assert unlisted == {}, "register these specs (core.renditions.register_image_sizes) so that they are made ahead"


def test_publishing_an_article_makes_its_sizes(client):
    featured, in_body = make_image("cau-rach-mieu"), make_image("le-khoi-cong")
    gallery = [make_image("cong-nhan"), make_image("may-dong-coc")]
    publish_article_with_images(featured, in_body, gallery)

    assert specs_of(featured) == set(FEATURED_IMAGE_SPECS)
    assert specs_of(in_body) == set(BODY_BLOCK_SPECS["image"])
    for image in gallery:
        assert specs_of(image) == set(BODY_BLOCK_SPECS["gallery"])


def test_reading_an_article_makes_no_rendition(client):
    featured, in_body = make_image("cau-rach-mieu"), make_image("le-khoi-cong")
    page = publish_article_with_images(featured, in_body, [make_image("cong-nhan"), make_image("may-dong-coc")])
    before = PortalRendition.objects.count()

    for url in (page.url, "/tin-tuc-su-kien/kinh-te/", "/tin-tuc-su-kien/", "/"):
        html = client.get(url).content.decode()
        assert ".fill-" in html or ".width-" in html, f"{url} shows renditions"
    assert PortalRendition.objects.count() == before


@pytest.mark.parametrize("start", ["/", "/en/"])
def test_reading_the_whole_demo_portal_makes_no_rendition(client, start):
    before = PortalRendition.objects.count()
    assert before > 0, "the demo loader publishes, so its images have their sizes"
    crawl(client, start)
    assert PortalRendition.objects.count() == before


def test_new_focal_point_remakes_the_crops(client):
    featured = make_image("cau-rach-mieu")
    page = publish_article_with_images(featured, make_image("le-khoi-cong"), [make_image("a"), make_image("b")])

    featured.focal_point_x, featured.focal_point_y, featured.focal_point_width, featured.focal_point_height = (
        100,
        100,
        50,
        50,
    )
    featured.save()
    before = PortalRendition.objects.count()
    client.get(page.url)
    client.get("/")
    assert PortalRendition.objects.count() == before
    card = Filter("fill-320x200")
    assert featured.renditions.filter(filter_spec=card.spec, focal_point_key=card.get_cache_key(featured)).exists()


def test_replaced_file_gets_its_sizes_again(django_capture_on_commit_callbacks):
    featured = make_image("cau-rach-mieu")
    publish_article_with_images(featured, make_image("le-khoi-cong"), [make_image("a"), make_image("b")])

    # What Wagtail's image form does when an editor uploads a new file.
    with django_capture_on_commit_callbacks(execute=True):
        featured.renditions.all().delete()
    assert specs_of(featured) == set(FEATURED_IMAGE_SPECS)


def test_deleting_an_image_does_not_remake_its_sizes(django_capture_on_commit_callbacks):
    image = make_image("anh-tam")
    image.get_renditions(*FEATURED_IMAGE_SPECS)
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert not PortalRendition.objects.filter(image_id=image.pk).exists()


def test_chrome_snippets_get_their_sizes_when_saved():
    image = make_image("cu-lao-thoi-son")
    Slide.objects.create(image=image, alt_text="Cù lao Thới Sơn", sort_order=9)
    assert specs_of(image) == {"fill-300x200"}


def test_missing_photo_file_does_not_stop_publishing(caplog):
    featured = make_image("anh-bi-mat")
    featured.file.storage.delete(featured.file.name)
    with caplog.at_level(logging.WARNING, logger="core.renditions"):
        page = publish_article_with_images(featured, make_image("le-khoi-cong"), [make_image("a"), make_image("b")])
    page.refresh_from_db()
    assert page.live
    assert "no readable file" in caplog.text
