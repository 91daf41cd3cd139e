"""Visitor statistics: visits by day in Asia/Ho_Chi_Minh, calendar weeks and months, online now."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from counters.models import DailyVisits, OnlineVisitor
from counters.tests.conftest import reader

pytestmark = pytest.mark.django_db

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def visit(number=1, **kwargs):
    response = reader(number, **kwargs).post("/api/visits/")
    assert response.status_code == 200
    return response.json()


def stats():
    return reader(99).get("/api/visits/").json()["stats"]


def test_a_visit_counts_once_in_30_minutes_and_shows_everywhere(local_cache):
    first = visit(1)
    assert first["counted"] is True
    assert first["stats"] == {
        "online": 1,
        "today": 1,
        "this_week": 1,
        "last_week": 0,
        "this_month": 1,
        "last_month": 0,
        "total": 1,
    }
    assert visit(1)["counted"] is False
    second_reader = visit(2)
    assert second_reader["stats"]["today"] == 2
    assert second_reader["stats"]["online"] == 2
    assert stats()["total"] == 2


def test_the_same_reader_visits_again_after_30_minutes(local_cache):
    start = datetime(2024, 5, 15, 9, 0, tzinfo=VIETNAM)
    with time_machine.travel(start, tick=False) as clock:
        visit(1)
        clock.move_to(start + timedelta(minutes=20))
        assert visit(1)["counted"] is False
        clock.move_to(start + timedelta(minutes=31))
        assert visit(1)["counted"] is True
    assert DailyVisits.objects.get(date=date(2024, 5, 15)).visits == 2


def test_bots_do_not_visit():
    answer = visit(1, user_agent="Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
    assert answer["counted"] is False
    assert answer["stats"]["today"] == 0
    assert answer["stats"]["online"] == 0
    assert not DailyVisits.objects.exists()


def test_a_visit_after_midnight_in_vietnam_counts_for_the_new_day(local_cache):
    # 00:30 in Vietnam is still 17:30 the day before in UTC.
    with time_machine.travel(datetime(2024, 7, 1, 0, 30, tzinfo=VIETNAM), tick=False):
        visit(1)
    with time_machine.travel(datetime(2024, 6, 30, 23, 50, tzinfo=VIETNAM), tick=False):
        visit(2)
    assert dict(DailyVisits.objects.values_list("date", "visits")) == {date(2024, 7, 1): 1, date(2024, 6, 30): 1}


@pytest.fixture
def history():
    """Visits on the days around Monday 1 July 2024 (a week and a month start on the same day)."""
    visits = {
        date(2024, 5, 31): 1000,  # May: the month before last
        date(2024, 6, 1): 5,  # June: last month
        date(2024, 6, 23): 7,  # Sunday: the week before last
        date(2024, 6, 24): 11,  # Monday: last week
        date(2024, 6, 30): 13,  # Sunday: last week
        date(2024, 7, 1): 17,  # Monday: today in the first test
        date(2024, 7, 2): 19,
    }
    DailyVisits.objects.bulk_create(DailyVisits(date=day, visits=count) for day, count in visits.items())
    return visits


def test_on_a_monday_morning_the_week_and_month_have_just_begun(history):
    with time_machine.travel(datetime(2024, 7, 1, 0, 5, tzinfo=VIETNAM), tick=False):
        numbers = stats()
    assert numbers["today"] == 17
    assert numbers["this_week"] == 17
    assert numbers["last_week"] == 11 + 13
    assert numbers["this_month"] == 17
    assert numbers["last_month"] == 5 + 7 + 11 + 13
    # A visit dated after today (a clock set wrong) still counts in the total, never in "this week".
    assert numbers["total"] == sum(history.values())


def test_late_on_sunday_the_old_week_and_month_still_run(history):
    with time_machine.travel(datetime(2024, 6, 30, 23, 59, tzinfo=VIETNAM), tick=False):
        numbers = stats()
    assert numbers["today"] == 13
    assert numbers["this_week"] == 11 + 13
    assert numbers["last_week"] == 7
    assert numbers["this_month"] == 5 + 7 + 11 + 13
    assert numbers["last_month"] == 1000


def test_january_looks_back_to_december_of_the_year_before():
    DailyVisits.objects.bulk_create(
        [
            DailyVisits(date=date(2023, 12, 1), visits=3),
            DailyVisits(date=date(2023, 12, 31), visits=4),
            DailyVisits(date=date(2024, 1, 1), visits=5),
        ]
    )
    with time_machine.travel(datetime(2024, 1, 1, 8, 0, tzinfo=VIETNAM), tick=False):
        numbers = stats()
    assert (numbers["this_month"], numbers["last_month"]) == (5, 7)
    # 1 January 2024 is a Monday; Sunday 31 December belongs to last week.
    assert (numbers["this_week"], numbers["last_week"]) == (5, 4)


def test_online_now_counts_readers_of_the_last_5_minutes(local_cache):
    start = datetime(2024, 5, 15, 9, 0, tzinfo=VIETNAM)
    with time_machine.travel(start, tick=False) as clock:
        visit(1)
        clock.move_to(start + timedelta(minutes=3))
        assert visit(2)["stats"]["online"] == 2
        clock.move_to(start + timedelta(minutes=6))
        assert stats()["online"] == 1
        assert visit(3)["stats"]["online"] == 2
        # Readers who left are forgotten, not kept.
        assert OnlineVisitor.objects.count() == 2
        clock.move_to(start + timedelta(minutes=7))
        # Reader 2 is still reading: the next page keeps them online.
        visit(2)
        clock.move_to(start + timedelta(minutes=10))
        assert stats()["online"] == 2
