"""The moderators' admin: questions (assign, answer, publish; overdue and due soon), comments on
drafts (approve or reject), and the reference data (topics, units, the holiday calendar)."""

import django_filters
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import DraftComment, PublicHoliday, Question, QuestionTopic, Unit
from .moderation import QuestionAdminForm


class QuestionFilterSet(WagtailFilterSet):
    due = django_filters.ChoiceFilter(
        label=_("Due date"),
        choices=[("overdue", _("Overdue")), ("soon", _("Due within 3 working days"))],
        method="filter_due",
        empty_label=_("Any"),
    )

    class Meta:
        model = Question
        fields = ["status", "unit", "topic"]

    def filter_due(self, queryset, name, value):
        if value == "overdue":
            return queryset.overdue()
        if value == "soon":
            return queryset.due_soon()
        return queryset


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["tracking_code", "title", "status", "unit", "due_on", "overdue_label", "attachment_link"]
    filterset_class = QuestionFilterSet
    search_fields = ["tracking_code", "title", "body"]
    ordering = ["due_on"]
    add_to_admin_menu = False
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("name", read_only=True),
                    FieldPanel("email", read_only=True),
                    FieldPanel("phone", read_only=True),
                ],
                heading=_("Asker (personal data: never published)"),
            ),
            MultiFieldPanel(
                [FieldPanel("topic"), FieldPanel("title"), FieldPanel("body"), FieldPanel("due_on", read_only=True)],
                heading=_("Question"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("unit"),
                    FieldPanel("status"),
                    FieldPanel("answer"),
                    FieldPanel("decline_reason"),
                    FieldPanel("publish"),
                ],
                heading=_("Moderation"),
            ),
        ],
        base_form_class=QuestionAdminForm,
    )


class DraftCommentFilterSet(WagtailFilterSet):
    class Meta:
        model = DraftComment
        fields = ["status", "consultation"]


class DraftCommentViewSet(SnippetViewSet):
    model = DraftComment
    icon = "comment"
    menu_label = _("Comments on drafts")
    list_display = ["consultation", "article", "organisation", "submitted_at", "status"]
    filterset_class = DraftCommentFilterSet
    search_fields = ["body", "organisation"]


class QuestionTopicViewSet(SnippetViewSet):
    model = QuestionTopic
    icon = "tag"
    menu_label = _("Question topics")


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    list_display = ["name", "email"]


class PublicHolidayViewSet(SnippetViewSet):
    model = PublicHoliday
    icon = "date"
    menu_label = _("Holiday calendar")
    list_display = ["date", "name", "kind"]
    list_filter = ["kind"]


class ParticipationGroup(SnippetViewSetGroup):
    menu_label = _("Citizen participation")
    menu_icon = "help"
    menu_order = 250
    items = (QuestionViewSet, DraftCommentViewSet, QuestionTopicViewSet, UnitViewSet, PublicHolidayViewSet)


register_snippet(ParticipationGroup)


@permission_required("participation.change_question", raise_exception=True)
def question_attachment(request, pk):
    """The asker's attachment, for moderators only (it lives outside the public media folder)."""
    question = get_object_or_404(Question, pk=pk)
    if not question.attachment:
        raise Http404
    response = FileResponse(question.attachment.open("rb"), as_attachment=True)
    response["Cache-Control"] = "private, no-store"
    return response


@hooks.register("register_admin_urls")
def register_attachment_url():
    return [path("participation/attachment/<int:pk>/", question_attachment, name="participation_attachment")]
