"""When public pages change: one signal, and the content generation that keeps the page cache fresh.

The whole-page cache (``core.page_cache``) keys every stored page by the current *content
generation*. Publishing, unpublishing, moving or deleting a page, a view restriction, or
saving a snippet, setting, Site, image or document that pages show starts a new generation
(the list of those events is ``core.signals``), so every cached page is stale at once: simple
whole-site invalidation, nothing tracks which page shows what.

The generation lives in the shared cache (Redis, or the cache directory that every process of
the embedded default shares, see ``portal/settings/base.py``), so a change made by one process
or app server is seen by all of them on their next request. A per-process counter would not be:
that was the bug of a private page still served by the other gunicorn worker.

A change inside a database transaction starts a new generation at once (for this process) and
again when the transaction commits: a request of another process that read the generation in
between, and the data from before the commit, stores its page under a generation that is
already over.
"""

import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from wagtail.contrib.settings.models import BaseSiteSetting

# Sent once whenever something that public pages show has changed (a page published,
# unpublished, moved or deleted; a view restriction, snippet, setting, Site, image or document
# saved or deleted), after the change is committed. Every cache in front of the pages (a
# reverse proxy or CDN purge) listens to this one signal; the page cache follows the generation.
content_changed = Signal()

GENERATION_KEY = "portal:content-generation"


def content_generation() -> str | None:
    """The current generation, or None when the cache cannot be reached (then nothing is cached)."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        generation = cache.get(GENERATION_KEY)
    return None if generation is None else str(generation)


def _new_generation() -> None:
    cache.set(GENERATION_KEY, time.time_ns(), None)


class _AfterCommit:
    """What happens once the transaction of a change commits (at once outside a transaction)."""

    def __init__(self, sender):
        self.sender = sender

    def __call__(self):
        _new_generation()
        content_changed.send(sender=self.sender)


def mark_content_changed(sender=None, **kwargs) -> None:
    """Make every cached page stale; send ``content_changed`` once per change.

    A receiver for model and Wagtail signals. The signals of one change share its
    transaction (deleting a section deletes every page below it), and so one
    ``content_changed``.
    """
    if kwargs.get("created") and issubclass(sender, BaseSiteSetting):
        # Wagtail creates a Site's settings row with its defaults the first time a page asks
        # for it (``for_request``): nothing a page shows has changed.
        return
    if kwargs.get("update_fields") and set(kwargs["update_fields"]) <= {"file_size", "file_hash"}:
        # Wagtail fills in an image's or document's size and hash the first time it needs them.
        return
    _new_generation()
    connection = transaction.get_connection()
    if any(isinstance(func, _AfterCommit) for _sids, func, _robust in connection.run_on_commit):
        return
    transaction.on_commit(_AfterCommit(sender))


def invalidate_on_change(*models) -> None:
    """Start a new generation whenever one of these models is saved or deleted."""
    for model in models:
        post_save.connect(mark_content_changed, sender=model, dispatch_uid=f"changed-save-{model._meta.label}")
        post_delete.connect(mark_content_changed, sender=model, dispatch_uid=f"changed-delete-{model._meta.label}")
