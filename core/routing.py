from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import Page

from .cache import content_generation


class FastRoutingMixin:
    """Resolve a whole URL in one lookup instead of one query per level.

    Wagtail walks the tree one slug at a time (two queries per level); an
    article three levels deep would spend six queries before rendering
    anything. A page's ``url_path`` already holds the full path, so a single
    indexed lookup finds it; the page type of each address is remembered per
    content generation, so that lookup is one query. Anything that does not
    match a page exactly (routable sub-paths such as ``.../rss/``) falls back
    to Wagtail's walk.
    """

    def route(self, request, path_components):
        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = _page_at(url_path)
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)


def _page_at(url_path: str) -> Page | None:
    key = f"portal:page-type:{content_generation()}:{url_path}"
    content_type_id = cache.get(key)
    if content_type_id is None:
        found = Page.objects.filter(url_path=url_path).values_list("content_type_id", flat=True).first()
        content_type_id = found or 0
        cache.set(key, content_type_id, 60 * 60 * 24)  # the key changes with every generation
    if not content_type_id:
        return None
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:  # a page type whose app was removed
        return Page.objects.filter(url_path=url_path).first()
    return model.objects.filter(url_path=url_path).first()
