"""Working days across Tết and weekends; the admin's overdue and due-soon lists; data retention."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from participation.factories import (
    ConsultationPageFactory,
    DraftCommentFactory,
    PublicHolidayFactory,
    QuestionFactory,
)
from participation.models import PublicHoliday, Question
from participation.workdays import WorkingCalendar

pytestmark = pytest.mark.django_db

# Tết Ất Tỵ 2025: Saturday 25/01 to Sunday 02/02, the five weekdays 27-31/01 off.
TET_2025 = [date(2025, 1, day) for day in range(27, 32)]


def test_working_days_skip_tet_and_the_weekends_around_it():
    calendar = WorkingCalendar(days_off=set(TET_2025))
    # Received Friday 24/01/2025: the first working day after is Monday 03/02.
    assert calendar.add_working_days(date(2025, 1, 24), 1) == date(2025, 2, 3)
    # 15 working days: 03/02 ... 21/02 (three weeks of five days).
    assert calendar.add_working_days(date(2025, 1, 24), 15) == date(2025, 2, 21)
    assert calendar.working_days_between(date(2025, 1, 24), date(2025, 2, 21)) == 15


def test_weekend_alone_and_make_up_working_day():
    plain = WorkingCalendar()
    assert plain.add_working_days(date(2025, 5, 9), 1) == date(2025, 5, 12)  # Friday -> Monday
    worked_saturday = WorkingCalendar(extra_working_days={date(2025, 5, 10)})
    assert worked_saturday.add_working_days(date(2025, 5, 9), 1) == date(2025, 5, 10)


def test_question_due_date_uses_the_editors_calendar(settings):
    PublicHoliday.objects.all().delete()  # only the days this test sets
    for day in TET_2025:
        PublicHolidayFactory(date=day, name="Tết Nguyên đán", kind=PublicHoliday.Kind.HOLIDAY)
    received = timezone.make_aware(timezone.datetime(2025, 1, 24, 10, 0))
    question = QuestionFactory(submitted_at=received)
    assert question.due_on == date(2025, 2, 21)
    settings.PARTICIPATION_ANSWER_WORKING_DAYS = 5
    assert QuestionFactory(submitted_at=received).due_on == date(2025, 2, 7)


def test_overdue_and_due_soon_lists(admin_client):
    today = timezone.localdate()
    late = QuestionFactory(title="Quá hạn rồi", due_on=today - timedelta(days=2))
    soon = QuestionFactory(title="Sắp đến hạn", due_on=today)
    later = QuestionFactory(title="Còn lâu", due_on=today + timedelta(days=60))
    QuestionFactory(title="Đã trả lời", due_on=today - timedelta(days=9), status="answered", answer="x")
    assert list(Question.objects.overdue()) == [late]
    assert soon in Question.objects.due_soon() and later not in Question.objects.due_soon()
    html = admin_client.get("/admin/snippets/participation/question/?due=overdue").content.decode()
    assert "Quá hạn rồi" in html and "Sắp đến hạn" not in html and "Đã trả lời" not in html
    html = admin_client.get("/admin/snippets/participation/question/?due=soon").content.decode()
    assert "Sắp đến hạn" in html and "Còn lâu" not in html


def test_erase_expired_personal_data(consultations_page, settings):
    settings.PARTICIPATION_PERSONAL_DATA_RETENTION_DAYS = 30
    old = timezone.now() - timedelta(days=40)
    expired = QuestionFactory(status="answered", answer="Trả lời.", answered_at=old)
    recent = QuestionFactory(status="answered", answer="Trả lời.", answered_at=timezone.now())
    still_open = QuestionFactory(submitted_at=old)
    consultation = ConsultationPageFactory(
        parent=consultations_page, opens_on=date(2020, 1, 1), closes_on=date(2020, 2, 1), slug="du-thao-cu"
    )
    comment = DraftCommentFactory(consultation=consultation)
    out = StringIO()
    call_command("erase_expired_personal_data", stdout=out)
    assert "1 questions and 1 comments" in out.getvalue()
    expired.refresh_from_db()
    assert (expired.name, expired.email, expired.phone) == ("", "", "")
    assert expired.personal_data_erased_at and expired.answer == "Trả lời."
    recent.refresh_from_db()
    still_open.refresh_from_db()
    assert recent.email and still_open.email
    comment.refresh_from_db()
    assert comment.email == "" and comment.body
