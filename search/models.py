import re

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

# A query that looks like a phone, citizen ID or e-mail address is personal data: never stored.
_PERSONAL = re.compile(r"\d{9,}|\d{3}[ .-]\d{3}[ .-]\d{3,}|@")


class ZeroResultQuery(models.Model):
    """A query that found nothing: shows editors what readers look for in vain.

    Only the normalised query text and a count are kept: no reader, address,
    session or time of day.
    """

    query_string = models.CharField(_("query"), max_length=255, unique=True)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    last_searched = models.DateField(_("last searched"), default=timezone.localdate)

    class Meta:
        verbose_name = _("query without results")
        verbose_name_plural = _("queries without results")
        ordering = ["-hits", "query_string"]

    def __str__(self):
        return self.query_string

    @classmethod
    def add_hit(cls, query_string):
        today = timezone.localdate()
        updated = cls.objects.filter(query_string=query_string).update(hits=F("hits") + 1, last_searched=today)
        if not updated:
            try:
                with transaction.atomic():
                    cls.objects.create(query_string=query_string, hits=1, last_searched=today)
            except IntegrityError:  # another request created it meanwhile
                cls.objects.filter(query_string=query_string).update(hits=F("hits") + 1, last_searched=today)


def record_search(text: str, found: int, filtered: bool = False):
    """Count a reader's query for the admin's "Search terms" and "Queries without results"."""
    query_string = normalise_query_string(text)
    if not query_string or _PERSONAL.search(query_string):
        return
    Query.get(query_string).add_hit()
    if not found and not filtered:
        ZeroResultQuery.add_hit(query_string)
