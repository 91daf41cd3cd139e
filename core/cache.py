"""Invalidation of cached page fragments.

Every cached fragment of the public chrome (menus, sidebar, listings, the
language switch) carries the current *content generation* in its key.
Publishing, unpublishing, moving or deleting a page, or saving a snippet or
setting the chrome shows, starts a new generation, so nothing stale is served
and nothing has to track which fragment depends on which page.
"""

import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal

# Sent once whenever something that public pages show has changed (a page published,
# unpublished, moved or deleted; a snippet, setting, image or document saved). Every cache
# in front of the pages (the page cache, a reverse proxy or CDN) listens to this one signal.
content_changed = Signal()

GENERATION_KEY = "portal:content-generation"


def content_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = time.time_ns()
        cache.add(GENERATION_KEY, generation, None)
        generation = cache.get(GENERATION_KEY, generation)
    return str(generation)


def bump_content_generation(**kwargs) -> None:
    cache.set(GENERATION_KEY, time.time_ns(), None)
    content_changed.send(sender=kwargs.get("sender"))


def invalidate_on_change(*models) -> None:
    """Start a new generation whenever one of these models is saved or deleted."""
    for model in models:
        post_save.connect(bump_content_generation, sender=model, dispatch_uid=f"bump-save-{model._meta.label}")
        post_delete.connect(bump_content_generation, sender=model, dispatch_uid=f"bump-delete-{model._meta.label}")
