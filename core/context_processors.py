from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .cache import content_generation


def portal(request):
    return {
        "content_generation": SimpleLazyObject(content_generation),
        "fragment_cache_seconds": settings.PORTAL_FRAGMENT_CACHE_SECONDS,
    }
