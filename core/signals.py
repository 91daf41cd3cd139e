from django.db.models.signals import post_delete
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import bump_content_generation, invalidate_on_change

page_published.connect(bump_content_generation, dispatch_uid="bump-page-published")
page_unpublished.connect(bump_content_generation, dispatch_uid="bump-page-unpublished")
post_page_move.connect(bump_content_generation, dispatch_uid="bump-page-moved")
post_delete.connect(bump_content_generation, sender=Page, dispatch_uid="bump-page-deleted")
# Restricting or opening a section changes what every list may show.
invalidate_on_change(PageViewRestriction)
# The site map of hosts and root pages (core.middleware) is read once per generation.
invalidate_on_change(Site)
