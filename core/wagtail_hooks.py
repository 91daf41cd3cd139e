from wagtail import hooks

from .page_cache import public_page_cache_control

# Around every page Wagtail serves, view-restriction check included: the one Cache-Control rule.
hooks.register("on_serve_page", public_page_cache_control)
