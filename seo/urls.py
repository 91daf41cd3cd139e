from django.urls import path

from . import views

# At the root of the host, outside the language prefixes: crawlers look for them there.
urlpatterns = [
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
