from django.urls import path

from . import views

urlpatterns = [
    path("rss/", views.rss_index, name="rss_index"),
]
