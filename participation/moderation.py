"""What a moderator's save does beyond storing the row: email the asker, publish the answer."""

from django import forms
from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from .emails import send_question_closed
from .models import AnswerPage, Question, QuestionIndexPage


def index_page_for(question: Question) -> QuestionIndexPage | None:
    if question.asked_through_id:
        return question.asked_through
    locale = Locale.objects.filter(language_code=question.language).first() or Locale.get_default()
    pages = QuestionIndexPage.objects.live()
    return pages.filter(locale=locale).first() or pages.first()


def status_url(question: Question) -> str:
    page = index_page_for(question)
    return page.full_url + page.reverse_subpage("track") if page else ""


def notify_asker(question: Question) -> bool:
    """Email the answer (or the reason for declining) once, when the question is closed."""
    if question.status not in (Question.Status.ANSWERED, Question.Status.DECLINED):
        return False
    if question.answer_emailed_at or not question.email:
        return False
    send_question_closed(question, status_url(question))
    question.answer_emailed_at = timezone.now()
    question.save(update_fields=["answer_emailed_at"])
    return True


def publish_answer(question: Question, user=None) -> AnswerPage:
    """Create (or update) the public page of an answered question, without any personal data."""
    page = question.answer_page
    fields = {
        "title": question.title,
        "topic": question.topic,
        "question": question.body,
        "answer": linebreaks(escape(question.answer)),
        "answering_unit": question.unit.name if question.unit else "",
        "asked_on": timezone.localdate(question.submitted_at),
        "answered_on": timezone.localdate(question.answered_at or timezone.now()),
    }
    if page is None:
        parent = index_page_for(question)
        page = AnswerPage(**fields)
        parent.add_child(instance=page)
        question.answer_page = page
        question.save(update_fields=["answer_page"])
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision(user=user).publish(user=user)
    return page


class QuestionAdminForm(WagtailAdminModelForm):
    publish = forms.BooleanField(
        label=_("Publish the answer on the portal"),
        required=False,
        help_text=_(
            "For answers of general interest: the title, question and answer appear on the public "
            "Q&A page, without the asker's name, email, phone or attachment."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status == Question.Status.ANSWERED and not cleaned.get("answer", "").strip():
            self.add_error("answer", _("Write the answer before marking the question answered."))
        if status == Question.Status.DECLINED and not cleaned.get("decline_reason", "").strip():
            self.add_error("decline_reason", _("Give the asker a reason for declining."))
        if cleaned.get("publish") and status != Question.Status.ANSWERED:
            self.add_error("publish", _("Only an answered question can be published."))
        return cleaned

    def save(self, commit=True):
        question = super().save(commit=commit)
        if commit:
            notify_asker(question)
            if self.cleaned_data.get("publish"):
                publish_answer(question, user=self.for_user)
        return question
