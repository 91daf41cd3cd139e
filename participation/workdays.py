"""Working days: the clock of the duty to answer citizens' questions.

A working day is Monday to Friday, except a public holiday or a compensatory day off in the
calendar editors keep (``PublicHoliday``), plus any weekend day that calendar marks as a
make-up working day. The rule lives in plain functions over a set of dates so that it can be
tested without a database and reused by the admin, the public statistics and the demo.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings

SATURDAY = 5


def answer_working_days() -> int:
    """How many working days a question may wait for its answer (15 by default)."""
    return int(getattr(settings, "PARTICIPATION_ANSWER_WORKING_DAYS", 15))


@dataclass
class WorkingCalendar:
    days_off: set[date] = field(default_factory=set)
    extra_working_days: set[date] = field(default_factory=set)

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_working_days:
            return True
        return day.weekday() < SATURDAY and day not in self.days_off

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (the day of receipt does not count)."""
        day = start
        remaining = count
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not later)."""
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count
