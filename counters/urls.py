"""JSON endpoints for the reader counters, mounted at /api/ outside the language prefixes."""

from django.urls import path

from . import views

app_name = "counters"

urlpatterns = [
    # <str:...> rather than <int:...>, so that "/api/pages/abc/view/" gets a JSON 404 too.
    path("pages/<str:page_id>/view/", views.view_page, name="view"),
    path("pages/<str:page_id>/counters/", views.page_counters, name="counters"),
    path("pages/<str:page_id>/rating/", views.rate_page, name="rating"),
    path("visits/", views.visits, name="visits"),
]
