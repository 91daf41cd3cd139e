"""The changes that public pages show, each marked once (``core.cache.mark_content_changed``).

Pages: published, unpublished (scheduled publishing sends the same signals), moved, deleted.
Who may see them: view restrictions added, changed or removed. Where they answer: Sites and
Locales. What they show of the media library: images (a replaced file too: the image row is
saved) and documents. The apps add their own snippets and settings with
``invalidate_on_change`` next to the models (navigation, news).
"""

from django.db.models.signals import post_delete
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import invalidate_on_change, mark_content_changed

page_published.connect(mark_content_changed, dispatch_uid="changed-page-published")
page_unpublished.connect(mark_content_changed, dispatch_uid="changed-page-unpublished")
post_page_move.connect(mark_content_changed, dispatch_uid="changed-page-moved")
post_delete.connect(mark_content_changed, sender=Page, dispatch_uid="changed-page-deleted")
invalidate_on_change(PageViewRestriction, Site, Locale, get_image_model(), get_document_model())
