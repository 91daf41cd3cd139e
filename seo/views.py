"""Files that crawlers ask for at the root of the host: sitemap.xml and robots.txt."""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from core.cache import content_generation

from .sitemaps import PageSitemap


@require_safe
def sitemap(request):
    """Django's sitemap view over every language, cached until the content changes.

    Addresses carry the request's host and ``?p=`` selects a page of a long
    sitemap, so both are part of the cache key; any other query string is
    ignored, so that it cannot fill the cache.
    """
    page = request.GET.get("p", "1")
    if not (page.isdecimal() and len(page) <= 6):
        raise Http404("No such page of the sitemap.")
    key = f"portal:sitemap:{content_generation()}:{request.scheme}://{request.get_host()}:{int(page)}"
    response = cache.get(key)
    if response is None:
        response = sitemap_views.sitemap(request, {"pages": PageSitemap(request)})
        response.render()
        cache.set(key, response, settings.PORTAL_FRAGMENT_CACHE_SECONDS)
    return response


@require_safe
def robots_txt(request):
    """Everything may be crawled but the admin and the JSON endpoints."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
