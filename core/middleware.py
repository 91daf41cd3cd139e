from django.http.request import split_domain_port
from wagtail.models import Site

from .cache import content_generation

_sites: dict[tuple[str, str, str], Site | None] = {}


class SiteMiddleware:
    """Find the Wagtail Site of a request once per host and content generation, not per request.

    Wagtail looks the Site up with a query on every request. Sites change rarely; saving or
    deleting one starts a new content generation (core.signals), which empties this map.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        key = (content_generation(), hostname, request.get_port())
        if key not in _sites:
            if any(known[0] != key[0] for known in _sites):
                _sites.clear()
            _sites[key] = Site._find_for_request(request)
        request._wagtail_site = _sites[key]
        return self.get_response(request)
