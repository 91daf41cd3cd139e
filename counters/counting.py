"""Counting: atomic increments, the 30-minute rule, ratings, and the visitor statistics.

Atomic increments. Every counter changes through ``UPDATE ... SET n = n + 1`` in the database,
never read-modify-write in Python, so concurrent requests cannot lose an update. The first
count of a row inserts it with ``INSERT ... ON CONFLICT DO NOTHING`` and then updates, so two
requests racing to create the same row both end up counted (SQLite and PostgreSQL alike).

The 30-minute rule. A view (per page) and a visit (per site) count on a visitor's first request
and not again for 30 minutes from then: ``cache.add`` of a key that expires after 30 minutes is
atomic in Redis, so only one of several simultaneous reloads wins (the embedded default's
cache directory checks then writes: two reloads in the same millisecond may both count). The
cache is the ``counters`` alias, which raises when Redis is unreachable instead of answering
"not counted yet" (the endpoints then answer 503).

Visitor statistics. "Today", weeks (Monday to Sunday) and months are calendar periods in
Asia/Ho_Chi_Minh (the project's TIME_ZONE), computed by one aggregate over the per-day rows.
"Online now" counts visitors whose last page was less than 5 minutes ago; a visitor's
``last_seen`` is written at most once a minute, and older rows are deleted on each write.
"""

from datetime import timedelta

from django.core.cache import caches
from django.db import IntegrityError, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone

from .models import DailyVisits, OnlineVisitor, PageCounter, PageRating

DEDUPE_SECONDS = 30 * 60
ONLINE_WINDOW = timedelta(minutes=5)
ONLINE_REFRESH_SECONDS = 60


class AlreadyRated(Exception):
    """This visitor has rated this page before."""


def increment(model, key: dict, **deltas) -> None:
    """Add ``deltas`` to the row identified by ``key``, creating it at zero first if need be."""
    updates = {name: F(name) + delta for name, delta in deltas.items()}
    if model.objects.filter(**key).update(**updates):
        return
    model.objects.bulk_create([model(**key)], ignore_conflicts=True)
    model.objects.filter(**key).update(**updates)


def first_in_window(kind: str, visitor: str, subject: object = "") -> bool:
    """True the first time in 30 minutes this visitor does ``kind`` (to ``subject``)."""
    return caches["counters"].add(f"counters:{kind}:{subject}:{visitor}", 1, DEDUPE_SECONDS)


def page_counts(page_id: int) -> PageCounter:
    return PageCounter.objects.filter(page_id=page_id).first() or PageCounter(page_id=page_id)


def record_view(page_id: int, visitor: str) -> bool:
    """Count a view of the page unless this visitor viewed it in the last 30 minutes."""
    if not first_in_window("view", visitor, page_id):
        return False
    increment(PageCounter, {"page_id": page_id}, views=1)
    return True


@transaction.atomic
def rate(page_id: int, visitor: str, stars: int) -> None:
    """Store the visitor's rating and add it to the page's running total, or raise AlreadyRated."""
    try:
        with transaction.atomic():
            PageRating.objects.create(page_id=page_id, visitor=visitor, stars=stars)
    except IntegrityError as error:
        raise AlreadyRated from error
    increment(PageCounter, {"page_id": page_id}, rating_count=1, rating_sum=stars)


def record_visit(visitor: str) -> bool:
    """Mark the visitor online, and count a visit today unless they came in the last 30 minutes."""
    now = timezone.now()
    if caches["counters"].add(f"counters:online:{visitor}", 1, ONLINE_REFRESH_SECONDS):
        OnlineVisitor.objects.bulk_create(
            [OnlineVisitor(visitor=visitor, last_seen=now)],
            update_conflicts=True,
            unique_fields=["visitor"],
            update_fields=["last_seen"],
        )
        OnlineVisitor.objects.filter(last_seen__lt=now - ONLINE_WINDOW).delete()
    if not first_in_window("visit", visitor):
        return False
    increment(DailyVisits, {"date": timezone.localdate(now, timezone.get_default_timezone())}, visits=1)
    return True


def visitor_stats() -> dict[str, int]:
    """Online now, today, this and last week, this and last month, and the total number of visits."""
    now = timezone.now()
    today = timezone.localdate(now, timezone.get_default_timezone())
    week_start = today - timedelta(days=today.weekday())
    last_week_start = week_start - timedelta(days=7)
    month_start = today.replace(day=1)
    last_month_start = (month_start - timedelta(days=1)).replace(day=1)
    totals = DailyVisits.objects.aggregate(
        today=Sum("visits", filter=Q(date=today)),
        this_week=Sum("visits", filter=Q(date__gte=week_start, date__lte=today)),
        last_week=Sum("visits", filter=Q(date__gte=last_week_start, date__lt=week_start)),
        this_month=Sum("visits", filter=Q(date__gte=month_start, date__lte=today)),
        last_month=Sum("visits", filter=Q(date__gte=last_month_start, date__lt=month_start)),
        total=Sum("visits"),
    )
    online = OnlineVisitor.objects.filter(last_seen__gte=now - ONLINE_WINDOW).count()
    return {"online": online, **{name: value or 0 for name, value in totals.items()}}
