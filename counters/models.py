"""What the reader counters store: totals and per-day aggregates, never raw hits or IP addresses.

- ``PageCounter``: one row per counted page with its view count and the running sum and count of
  its ratings, so an article's numbers are one primary-key read and the admin report can sort by
  average in the database. Every change is an ``UPDATE ... SET n = n + 1`` (see
  ``counters.counting``), so concurrent readers never lose an update.
- ``PageRating``: one row per (page, visitor), so a visitor rates an article once. The visitor is
  a keyed hash (``counters.visitors``), not an address.
- ``DailyVisits``: one row per day in Asia/Ho_Chi_Minh; the sidebar statistics add these up.
- ``OnlineVisitor``: hashed visitors seen in the last minutes, for "online now"; rows older than
  the window are deleted as new ones arrive.

Counters belong to one page, so each language version of an article counts on its own.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

MIN_STARS = 1
MAX_STARS = 5


class PageCounter(models.Model):
    """An article's view count and the running total of its ratings."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="reader_counter",
    )
    views = models.PositiveBigIntegerField(_("views"), default=0)
    rating_count = models.PositiveIntegerField(_("ratings"), default=0)
    rating_sum = models.PositiveBigIntegerField(_("sum of stars"), default=0)

    class Meta:
        verbose_name = _("page counter")
        verbose_name_plural = _("page counters")

    def __str__(self):
        return str(self.page_id)

    @property
    def average_rating(self) -> float | None:
        """The average to one decimal place, as readers see it ("4,3/5"); None when nobody has rated."""
        if not self.rating_count:
            return None
        return round(self.rating_sum / self.rating_count, 1)

    def as_json(self) -> dict:
        return {"views": self.views, "rating": {"average": self.average_rating, "count": self.rating_count}}


class PageRating(models.Model):
    """One visitor's stars for one article: the unique constraint is what makes "one rating each"."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="reader_ratings"
    )
    visitor = models.CharField(_("visitor key"), max_length=64, help_text=_("A keyed hash, not an address."))
    stars = models.PositiveSmallIntegerField(
        _("stars"), validators=[MinValueValidator(MIN_STARS), MaxValueValidator(MAX_STARS)]
    )
    created_at = models.DateTimeField(_("rated at"), auto_now_add=True)

    class Meta:
        verbose_name = _("article rating")
        verbose_name_plural = _("article ratings")
        constraints = [
            models.UniqueConstraint(fields=["page", "visitor"], name="counters_one_rating_per_visitor"),
            models.CheckConstraint(
                condition=models.Q(stars__gte=MIN_STARS, stars__lte=MAX_STARS), name="counters_stars_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.page_id}: {self.stars}"


class DailyVisits(models.Model):
    """Visits on one day (Asia/Ho_Chi_Minh): a visit is a visitor's first page in 30 minutes."""

    date = models.DateField(_("date"), primary_key=True)
    visits = models.PositiveBigIntegerField(_("visits"), default=0)

    class Meta:
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date}: {self.visits}"


class OnlineVisitor(models.Model):
    """A hashed visitor and when they last loaded a page; kept only for the "online now" window."""

    visitor = models.CharField(_("visitor key"), max_length=64, unique=True)
    last_seen = models.DateTimeField(_("last seen"), db_index=True)

    class Meta:
        verbose_name = _("online visitor")
        verbose_name_plural = _("online visitors")

    def __str__(self):
        return self.visitor
