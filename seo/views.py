"""Files that crawlers ask for at the root of the host: sitemap.xml and robots.txt."""

from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from core.page_cache import set_public

from .sitemaps import PageSitemap


@require_safe
def sitemap(request):
    """Django's sitemap view over every language: a public response that proxies may keep.

    Crawlers ask for it rarely, so the portal does not store it; ``?p=`` selects a
    page of a long sitemap.
    """
    page = request.GET.get("p", "1")
    if not (page.isdecimal() and len(page) <= 6):
        raise Http404("No such page of the sitemap.")
    response = sitemap_views.sitemap(request, {"pages": PageSitemap(request)})
    set_public(response)
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
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    set_public(response)
    return response
