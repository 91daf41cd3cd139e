"""Renditions are made when content changes, so that no reader's request has to make one.

See ``news/renditions.py`` for the sizes and why.
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.signals import page_published

from .models import NewsPage
from .renditions import CHROME_SPECS, make_article_renditions, make_renditions


def article_published(sender, instance, **kwargs):
    make_article_renditions(instance)


def chrome_snippet_saved(sender, instance, **kwargs):
    field, specs = CHROME_SPECS[sender._meta.label]
    make_renditions(getattr(instance, field), specs)


def image_saved(sender, instance, created, **kwargs):
    """A new focal point changes every crop: make again the sizes this image is already shown in."""
    if created:
        return
    specs = set(instance.renditions.values_list("filter_spec", flat=True))
    make_renditions(instance, specs)


def rendition_deleted(sender, instance, **kwargs):
    """Replacing an image's file deletes all its renditions (Wagtail's image form does): make them again.

    Once the deletion is committed, and only if the image itself still exists:
    deleting an image deletes its renditions too.
    """
    image_id, spec = instance.image_id, instance.filter_spec

    def remake():
        make_renditions(get_image_model().objects.filter(pk=image_id).first(), [spec])

    transaction.on_commit(remake)


def connect() -> None:
    page_published.connect(article_published, sender=NewsPage, dispatch_uid="news-renditions-published")
    for label in CHROME_SPECS:
        post_save.connect(chrome_snippet_saved, sender=apps.get_model(label), dispatch_uid=f"news-renditions-{label}")
    image_model = get_image_model()
    post_save.connect(image_saved, sender=image_model, dispatch_uid="news-renditions-image-saved")
    post_delete.connect(
        rendition_deleted, sender=image_model.get_rendition_model(), dispatch_uid="news-renditions-rendition-deleted"
    )
