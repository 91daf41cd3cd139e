"""sitemap.xml: every page a search engine should index, in both languages.

Wagtail's own sitemap lists only the tree under the site's root page, which
is the Vietnamese home; the English tree is a sibling of it. This one lists
the trees of every language and links each page to its translations with
``hreflang`` alternates, as search engines ask of multilingual sites.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from wagtail.models import Page, Site

from navigation.models import LinkPage


class PageSitemap(Sitemap):
    """Live, public pages of all languages. Link pages are left out: they only redirect.

    Locations are relative, so Django's sitemap view makes them absolute with
    the request's host: a sitemap may only list addresses of its own host.
    """

    def __init__(self, request):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request) or Site.objects.get(is_default_site=True)
        homes = site.root_page.get_translations(inclusive=True)
        in_a_home = Q()
        for home in homes:
            in_a_home |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(in_a_home)
            .live()
            .public()
            .not_type(LinkPage)
            .select_related("locale")
            # Translations side by side, so that a page of the sitemap holds whole groups.
            .order_by("translation_key", "locale__language_code")
        )

    def location(self, page):
        return page.get_url(request=self.request)

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        translations = defaultdict(list)
        for url in urls:
            translations[url["item"].translation_key].append(url)
        for url in urls:
            group = translations[url["item"].translation_key]
            if len(group) < 2:
                continue
            url["alternates"] = [
                {"lang_code": other["item"].locale.language_code, "location": other["location"]} for other in group
            ]
            default = [other for other in group if other["item"].locale.language_code == settings.LANGUAGE_CODE]
            if default:
                url["alternates"].append({"lang_code": "x-default", "location": default[0]["location"]})
        return urls
