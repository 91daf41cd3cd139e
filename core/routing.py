from wagtail.models import Page


class FastRoutingMixin:
    """Resolve a whole URL in one lookup instead of one query per level.

    Wagtail walks the tree one slug at a time (two queries per level); an
    article three levels deep would spend six queries before rendering
    anything. A page's ``url_path`` already holds the full path, so a single
    indexed lookup finds it. Anything that does not match a page exactly
    (routable sub-paths such as ``.../rss/``) falls back to Wagtail's walk.
    """

    def route(self, request, path_components):
        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = Page.objects.filter(url_path=url_path).specific().first()
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)
