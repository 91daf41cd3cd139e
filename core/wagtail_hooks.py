"""Admin extensions shared by every app."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def ascii_slug_js():
    """Fold Vietnamese in the browser's slug fields exactly as core.text.ascii_slug does."""
    return format_html('<script src="{}"></script>', static("core/js/ascii-slug.js"))
