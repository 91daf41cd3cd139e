from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views

# Admin, documents and JSON endpoints answer in one place whatever the language.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", include("counters.urls")),
    path("", include("seo.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages and search: Vietnamese without a prefix, English under /en/.
urlpatterns += i18n_patterns(
    path("tim-kiem/", search_views.search, name="search"),
    path("", include("participation.urls")),
    path("", include("news.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
