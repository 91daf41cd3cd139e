"""TEMPORARY stand-in for the page cache's Cache-Control headers (issue 6), for the Varnish tests.

Today the portal sends no Cache-Control at all, and deploy/varnish/portal.vcl stores only what
the portal marks public. Until the page cache marks public pages ``public, max-age=N`` and
everything else ``private, no-store`` itself, this middleware does it roughly, and only when a
test sets ``PORTAL_TEST_CACHE_CONTROL_STAND_IN = True`` (tests/test_varnish.py does). It never
touches a response that already has Cache-Control, so once the page cache lands it is inert:
delete this file and its line in portal/settings/test.py.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control


class CacheControlStandInMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not getattr(settings, "PORTAL_TEST_CACHE_CONTROL_STAND_IN", False) or response.has_header("Cache-Control"):
            return response
        user = getattr(request, "user", None)
        public = (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not (user and user.is_authenticated)
            and not response.cookies
            and not request.path.startswith(("/admin/", "/api/"))
            and "q" not in request.GET
        )
        if public:
            patch_cache_control(response, public=True, max_age=300)
        else:
            patch_cache_control(response, private=True, no_store=True)
        return response
