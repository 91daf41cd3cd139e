"""The whole-page cache: a page Wagtail served as public is kept whole and served again for free.

Two pieces, one on each side of Wagtail:

- ``public_page_cache_control`` (an ``on_serve_page`` hook, so it wraps every page Wagtail
  serves, routable sub-paths such as ``rss/`` included) is the one ``Cache-Control`` rule of
  the pages: ``public, max-age=PORTAL_PAGE_MAX_AGE`` for an anonymous reader of a public page,
  ``private, no-store`` for a logged-in user or a preview. Wagtail's own view-restriction
  hook already marks private pages ``no-store``. It also notes on the request that the page
  may be stored, if the request's query string holds only parameters the page declares
  (``cache_query_parameters``) and its ``Host`` is the Site's own host name.
- ``PageCacheMiddleware`` looks a request up before Wagtail's routing (a hit costs two cache
  reads and no query) and stores a response on its way out only when the hook said so and
  the finished response is still a public 200 that sets no cookie.

Keys: content generation (``core.cache``), scheme, host, path and the declared query
parameters, hashed. Nothing from untrusted input creates an entry: an unknown path never
reaches a page, another ``Host`` than the Site's is served uncached, an undeclared or
repeated query parameter or a non-canonical value (``?page=abc``, see ``dont_cache``) is
served uncached, and requests carrying a session cookie (editors, readers who unlocked a
private page) bypass the cache altogether.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.utils.cache import add_never_cache_headers, cc_delim_re, patch_cache_control
from wagtail.models import Site, get_page_models

from .cache import content_generation

HIT_HEADER = "X-Page-Cache"
_CACHEABLE = "_portal_page_cacheable"
_UNCACHEABLE = "_portal_page_uncacheable"


def dont_cache(request) -> None:
    """Serve this response uncached: e.g. a query value that is not canonical (``?page=abc``)."""
    setattr(request, _UNCACHEABLE, True)


def declared_query_parameters() -> frozenset[str]:
    """Every query parameter some page type declares: others are never looked up."""
    return frozenset(name for model in get_page_models() for name in getattr(model, "cache_query_parameters", ()))


def public_max_age() -> int:
    return settings.PORTAL_PAGE_MAX_AGE


def set_public(response) -> None:
    patch_cache_control(response, public=True, max_age=public_max_age())


def set_private(response) -> None:
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)


def _cache_control(response) -> set[str]:
    return {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}


def is_public(response) -> bool:
    directives = _cache_control(response)
    return "public" in directives and not directives & {"private", "no-store", "no-cache"}


def site_host(site: Site) -> str:
    """The Host header under which a Site's pages may be stored: its own host name (and port)."""
    return site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"


def public_page_cache_control(serve):
    """The ``on_serve_page`` hook: Cache-Control for every page, and whether it may be stored."""

    def serve_with_cache_control(page, request, args, kwargs):
        response = serve(page, request, args, kwargs)
        if request.user.is_authenticated or getattr(request, "is_preview", False):
            set_private(response)
        elif response.status_code == 200 and "Cache-Control" not in response:
            set_public(response)
            declared = getattr(page, "cache_query_parameters", ())
            site = Site.find_for_request(request)
            if all(name in declared for name in request.GET) and site and request.get_host() == site_host(site):
                setattr(request, _CACHEABLE, True)
        return response

    return serve_with_cache_control


class PageCacheMiddleware:
    """Serve anonymous GET/HEAD requests of public pages from the shared cache.

    Placed before the session middleware: a hit never touches the session, and on the way
    out it sees the response as the session middleware left it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.parameters = declared_query_parameters()

    def __call__(self, request):
        key = self.key_for(request) if settings.PORTAL_PAGE_CACHE_SECONDS else None
        if key is not None:
            response = cache.get(key)
            if response is not None:
                response[HIT_HEADER] = "hit"
                return response
        response = self.get_response(request)
        if response.cookies and is_public(response):
            set_private(response)  # a response that sets a cookie belongs to one reader
        if key is not None and self.may_store(request, response):
            # The reader had no session: nothing on the page came from a cookie.
            vary = [name for name in cc_delim_re.split(response.get("Vary", "")) if name and name.lower() != "cookie"]
            if vary:
                response["Vary"] = ", ".join(vary)
            elif "Vary" in response:
                del response["Vary"]
            cache.set(key, response, settings.PORTAL_PAGE_CACHE_SECONDS)
            response[HIT_HEADER] = "miss"
        return response

    def key_for(self, request) -> str | None:
        """The cache key of this request, or None when it may not be served from the cache."""
        if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        query = sorted(request.GET.lists())
        if any(name not in self.parameters or len(values) != 1 for name, values in query):
            return None
        try:
            host = request.get_host()
        except DisallowedHost:
            return None  # answered 400 further in
        generation = content_generation()
        if generation is None:  # the cache is unreachable
            return None
        address = f"{request.scheme}://{host}{request.path}?{urlencode([(name, values[0]) for name, values in query])}"
        return f"portal:page:{generation}:{hashlib.sha256(address.encode()).hexdigest()}"

    @staticmethod
    def may_store(request, response) -> bool:
        return (
            getattr(request, _CACHEABLE, False)
            and not getattr(request, _UNCACHEABLE, False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and is_public(response)
        )
