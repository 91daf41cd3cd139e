from django.apps import AppConfig


class SeoConfig(AppConfig):
    """What search engines and social networks read: page metadata, hreflang, sitemap.xml, robots.txt.

    The metadata itself comes from the pages' own methods (``core/metadata.py``);
    this app only renders it and serves the crawler files.
    """

    name = "seo"
    verbose_name = "Search engines and sharing"
