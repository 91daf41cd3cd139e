from django.urls import path

from . import views

app_name = "participation"

# Inside the language prefix, so the messages of a refused form are in the reader's language.
urlpatterns = [
    path("tham-gia/hoi-dap/<int:page_id>/gui/", views.submit_question, name="submit_question"),
    path("tham-gia/hoi-dap/<int:page_id>/tra-cuu/", views.question_status, name="question_status"),
    path("tham-gia/gop-y/<int:page_id>/gui/", views.submit_comment, name="submit_comment"),
]
