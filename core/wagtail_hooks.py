"""Admin and serving hooks shared by every app."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from .page_cache import public_page_cache_control

# Around every page Wagtail serves, view-restriction check included: the one Cache-Control rule.
hooks.register("on_serve_page", public_page_cache_control)


@hooks.register("insert_editor_js")
def ascii_slug_js():
    """Fold Vietnamese in the browser's slug fields exactly as core.text.ascii_slug does."""
    return format_html('<script src="{}"></script>', static("core/js/ascii-slug.js"))
