"""Image sizes made ahead of readers, through a registry that each app fills.

Making a rendition means decoding and resizing the original photo: hundreds of
milliseconds and an insert. Done on a reader's request it slows exactly the
page a crowd is opening, and it writes to the database from a GET. So every app
says which image of which of its models its templates show, and in which sizes::

    register_image_sizes(Slide, "image", ["fill-300x200"])
    register_image_sizes(NewsPage, "body", BODY_IMAGE_SIZES)  # a StreamField: sizes per block type

A page's sizes are made when it is published, a snippet's when it is saved, and
an image's again when its focal point or file changes; pages only ever read them.
Wagtail's ``{% image %}`` tag needs its filter spec written out in the template,
so the templates repeat these strings; a test fails when a template uses a spec
that no app registered (``news/tests/test_renditions.py``).
"""

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.blocks import StreamValue
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, SourceImageIOError
from wagtail.models import Page
from wagtail.signals import page_published

logger = logging.getLogger(__name__)

# The size a page is shared in (Open Graph, Twitter, JSON-LD): the article width. A page
# type whose ``get_share_image`` returns an image registers that image with this size.
SHARE_IMAGE = "width-800"


@dataclass(frozen=True)
class ImageSizes:
    """One registration: the sizes in which ``model.field`` is shown.

    ``sizes`` is a list of filter specs for an image field, or, for a StreamField, a
    mapping of block type to filter specs (every image inside such a block gets them).
    """

    model: type
    field: str
    sizes: tuple[str, ...] | Mapping[str, tuple[str, ...]]


_registry: list[ImageSizes] = []


def register_image_sizes(model, field: str, sizes) -> None:
    """Make these sizes of ``model.field`` whenever an instance is published (pages) or saved (others)."""
    unique = lambda specs: tuple(dict.fromkeys(specs))  # noqa: E731
    sizes = {kind: unique(specs) for kind, specs in sizes.items()} if isinstance(sizes, Mapping) else unique(sizes)
    _registry.append(ImageSizes(model, field, sizes))
    uid = f"image-sizes-{model._meta.label}"
    if issubclass(model, Page):
        page_published.connect(_instance_changed, sender=model, dispatch_uid=uid)
    else:
        post_save.connect(_instance_changed, sender=model, dispatch_uid=uid)


def registered_sizes() -> list[ImageSizes]:
    return list(_registry)


def all_specs() -> frozenset[str]:
    """Every filter spec some app registered."""
    specs = set()
    for entry in _registry:
        groups = entry.sizes.values() if isinstance(entry.sizes, Mapping) else [entry.sizes]
        for group in groups:
            specs.update(group)
    return frozenset(specs)


def images_of(instance) -> Iterator[tuple[AbstractImage, tuple[str, ...]]]:
    """(image, sizes) for every registered image of an instance."""
    for entry in _registry:
        if not isinstance(instance, entry.model):
            continue
        value = getattr(instance, entry.field)
        if isinstance(entry.sizes, Mapping):
            for block in value if isinstance(value, StreamValue) else []:
                specs = entry.sizes.get(block.block_type)
                if specs:
                    yield from ((image, specs) for image in _images_in(block.value))
        elif value is not None:
            yield value, entry.sizes


def _images_in(value) -> Iterator[AbstractImage]:
    """Images anywhere inside a block value: struct blocks, list blocks and their children."""
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, Mapping):
        for child in value.values():
            yield from _images_in(child)
    elif isinstance(value, Iterable) and not isinstance(value, str | bytes):
        for child in value:
            yield from _images_in(child)


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


def make_all_renditions(instance) -> None:
    for image, specs in images_of(instance):
        make_renditions(image, specs)


def _instance_changed(sender, instance, **kwargs):
    make_all_renditions(instance)


def _image_saved(sender, instance, created, **kwargs):
    """A new focal point changes every crop: make again the sizes this image is already shown in."""
    if created:
        return
    make_renditions(instance, set(instance.renditions.values_list("filter_spec", flat=True)))


def _rendition_deleted(sender, instance, **kwargs):
    """Replacing an image's file deletes all its renditions (Wagtail's image form does): make them again.

    Once the deletion is committed, and only if the image itself still exists:
    deleting an image deletes its renditions too.
    """
    image_id, spec = instance.image_id, instance.filter_spec

    def remake():
        make_renditions(get_image_model().objects.filter(pk=image_id).first(), [spec])

    transaction.on_commit(remake)


def connect_image_signals() -> None:
    """Called by core's AppConfig.ready, once the image model is loaded."""
    image_model = get_image_model()
    post_save.connect(_image_saved, sender=image_model, dispatch_uid="image-sizes-image-saved")
    post_delete.connect(
        _rendition_deleted, sender=image_model.get_rendition_model(), dispatch_uid="image-sizes-rendition-deleted"
    )
