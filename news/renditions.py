"""Every image size the public templates show, made when content is published.

Making a rendition means decoding and resizing the original photo: hundreds of
milliseconds and an insert. Done on a reader's request it slows exactly the
page a crowd is opening, and it writes to the database from a GET. So the sizes
are made when an article is published (the demo loader publishes too) or a
chrome snippet is saved, and pages only ever read them.

Wagtail's ``{% image %}`` tag needs its filter spec written out in the
template, so the templates repeat these strings; ``news/tests/test_renditions.py``
fails when a template uses a spec that is not listed here.
"""

import logging

from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)

ARTICLE = "width-800"  # news/news_page.html, streamfield image_block.html
CARD = "fill-320x200"  # includes/article_card.html
FEATURED_SLIDE = "fill-640x360"  # home/includes/featured.html
GALLERY = "fill-400x300"  # streamfield gallery_block.html
SIDEBAR_SLIDE = "fill-300x200"  # includes/slideshow.html
BANNER = "width-300"  # includes/banner.html
LOGO = "height-80"  # includes/header.html

FEATURED_IMAGE_SPECS = (ARTICLE, CARD, FEATURED_SLIDE)
BODY_BLOCK_SPECS = {"image": (ARTICLE,), "gallery": (GALLERY,)}
# Chrome snippets (navigation app): model label -> (image field, specs).
CHROME_SPECS = {
    "navigation.Slide": ("image", (SIDEBAR_SLIDE,)),
    "navigation.Banner": ("image", (BANNER,)),
    "navigation.Agency": ("logo", (LOGO,)),
}

ALL_SPECS = frozenset(
    {
        *FEATURED_IMAGE_SPECS,
        *(spec for specs in BODY_BLOCK_SPECS.values() for spec in specs),
        *(spec for _field, specs in CHROME_SPECS.values() for spec in specs),
    }
)


def make_renditions(image, specs) -> None:
    """Create the renditions that do not exist yet; a missing original file is logged, not raised.

    Publishing must not fail because a photo's file went missing from storage:
    the page then shows Wagtail's placeholder, as it would anyway.
    """
    if image is None or not specs:
        return
    try:
        image.get_renditions(*specs)
    except SourceImageIOError:
        logger.warning("Image %s has no readable file: no renditions made", image.pk)


def article_images(page):
    """(image, specs) for the featured image and every image in the body of an article."""
    if page.featured_image_id:
        yield page.featured_image, FEATURED_IMAGE_SPECS
    for block in page.body:
        if block.block_type == "image":
            yield block.value["image"], BODY_BLOCK_SPECS["image"]
        elif block.block_type == "gallery":
            for item in block.value["images"]:
                yield item["image"], BODY_BLOCK_SPECS["gallery"]


def make_article_renditions(page) -> None:
    for image, specs in article_images(page):
        make_renditions(image, specs)
