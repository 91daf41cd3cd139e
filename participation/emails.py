"""Emails to the asker, in the language they asked in (console backend in development)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from .models import Question


def _send(question: Question, subject: str, template: str, status_url: str) -> None:
    body = render_to_string(template, {"question": question, "status_url": status_url})
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [question.email])


def send_question_received(question: Question, status_url: str) -> None:
    with translation.override(question.language):
        subject = _("Your question has been received: %(code)s") % {"code": question.tracking_code}
        _send(question, subject, "participation/emails/question_received.txt", status_url)


def send_question_closed(question: Question, status_url: str) -> None:
    """The answer, or why the question was declined."""
    with translation.override(question.language):
        if question.status == Question.Status.ANSWERED:
            subject = _("The answer to your question %(code)s") % {"code": question.tracking_code}
        else:
            subject = _("About your question %(code)s") % {"code": question.tracking_code}
        _send(question, subject, "participation/emails/question_closed.txt", status_url)
