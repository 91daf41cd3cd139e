"""The reverse proxy or CDN in front of the portal: whole-site invalidation.

``wagtail.contrib.frontend_cache`` purges a page's own URLs when it is published or unpublished.
Most changes show on many pages at once, though: a snippet, a setting, an image, a document, or
the page tree behind menus, sidebars and listings. For those ``core.cache.content_changed`` is sent,
and this module answers it with one whole-site invalidation through the same backends, configured
once in ``WAGTAILFRONTENDCACHE`` (see ``portal/settings/base.py`` and docs/caching.md).

A cache in front is an accelerator: when it is unreachable or slow, publishing still succeeds and
a warning is logged.
"""

import logging
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.dispatch import receiver
from django_tasks import task
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Site

from .cache import content_changed

logger = logging.getLogger(__name__)


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP purger for ``deploy/varnish/portal.vcl``, plus a whole-site BAN.

    Unlike the stock backend it waits at most ``TIMEOUT`` seconds (default 5) for Varnish, so a
    hung cache cannot hold an editor's publish request.
    """

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", 5))
        super().__init__(params)
        if self.cache_scheme not in ("http", "https"):
            raise ImproperlyConfigured(f"The frontend cache address must be http(s)://, not {self.cache_scheme!r}.")

    def purge(self, url):
        self._send("PURGE", url)

    def purge_site(self, root_url):
        """Drop every cached object of this site's host (the VCL's BAN)."""
        self._send("BAN", root_url.rstrip("/") + "/")

    def _send(self, method, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = Request(  # noqa: S310 - the configured LOCATION, http(s) only
            urlunsplit((self.cache_scheme, self.cache_netloc, parts.path, parts.query, "")),
            method=method,
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
        )
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 - as above
                pass
        except (URLError, OSError) as error:  # HTTP errors, refused connections and timeouts alike
            logger.warning("Could not %s %s at the frontend cache %s: %s", method, url, self.cache_netloc, error)


def purge_all_sites(backend_settings=None):
    """Invalidate every Site of the portal in every configured frontend cache that can do so."""
    backends = get_backends(backend_settings)
    if not backends:
        return
    root_urls = [site.root_url for site in Site.objects.all()]
    for name, backend in backends.items():
        purge_site = getattr(backend, "purge_site", None)
        if purge_site is None:
            logger.warning(
                "Frontend cache %r cannot invalidate a whole site; pages showing a change stay "
                "stale until their max-age (see docs/caching.md).",
                name,
            )
            continue
        for root_url in root_urls:
            if backend.invalidates_hostname(urlsplit(root_url).netloc):
                purge_site(root_url)


@task()
def purge_all_sites_task():
    """The same work as a task, like frontend_cache's own purges (immediate unless a worker runs them)."""
    purge_all_sites()


@receiver(content_changed, dispatch_uid="frontend-cache-purge-all-sites")
def purge_all_sites_on_change(**kwargs):
    # After the commit: a request arriving between the purge and the commit would otherwise put
    # the old content back into the cache.
    transaction.on_commit(purge_all_sites_task.enqueue)
