"""The JSON endpoints that cached pages call for their live numbers.

``POST /api/pages/<id>/view/``     count a view (30-minute rule, bots ignored); returns the counts
``GET  /api/pages/<id>/counters/`` the counts: ``{"views": 95, "rating": {"average": 4.3, "count": 3}}``
``POST /api/pages/<id>/rating/``   body ``{"stars": 1..5}``; 201 with the new counts, 409 if already rated
``GET  /api/visits/``              the visitor statistics: ``{"stats": {"online": .., "today": .., ...}}``
``POST /api/visits/``              record this visit (30-minute rule, bots ignored), then the same

Only live, public articles are counted (``COUNTED_PAGE_TYPES``); anything else is a 404. Every
answer, errors included, is JSON with ``Cache-Control: no-store``; errors are
``{"error": "<a sentence for people>"}`` with a 4xx status. Messages follow the request's
Accept-Language (the page's script sends the page's language): ``/api/`` is outside the
language prefixes, where Django would otherwise always answer in Vietnamese.

The endpoints are CSRF-exempt because cached pages carry no token; a POST made by another
website is refused instead (``counters.visitors.is_cross_site``), and each endpoint is rate
limited per client address with django-ratelimit (429). A rate of 300 counting calls a minute
leaves room for an office of readers behind one address.

Who the reader is comes from ``counters.visitors.visitor_key``: the page script's random
reader id (``X-Reader-Id``), or the address and browser when there is none.
"""

import json
import logging
import re
from functools import wraps

from django.apps import apps
from django.core.exceptions import RequestDataTooBig
from django.db import OperationalError
from django.http import JsonResponse
from django.template.defaultfilters import floatformat
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.decorators import ratelimit
from redis.exceptions import RedisError
from wagtail.models import Page

from .counting import AlreadyRated, page_counts, rate, record_view, record_visit, visitor_stats
from .models import MAX_STARS, MIN_STARS
from .visitors import is_bot, is_cross_site, rate_limit_key, visitor_key

logger = logging.getLogger(__name__)

COUNTED_PAGE_TYPES = ("news.NewsPage",)
PAGE_ID = re.compile(r"[0-9]{1,10}")
MAX_PAGE_ID = 2**31 - 1  # Wagtail's page ids are 32-bit integers
COUNTING_RATE = "300/m"
RATING_RATE = "20/m"
READING_RATE = "600/m"


class InvalidRequest(Exception):
    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def error(message, status, **extra):
    return JsonResponse({"error": str(message), **extra}, status=status)


def endpoint(*methods, rate, group):
    """Wrap a view as a JSON endpoint: methods, language, cross-site check, rate limit, no caching."""

    def decorator(view):
        def answer(request, *args, **kwargs):
            if request.method not in methods:
                allowed = " / ".join(methods)
                response = error(_("This address only accepts %(methods)s requests.") % {"methods": allowed}, 405)
                response["Allow"] = ", ".join(methods)
                return response
            if request.method == "POST" and is_cross_site(request):
                return error(_("Requests from other websites are not accepted."), 403)
            if request.limited:
                return error(_("Too many requests. Please wait a minute and try again."), 429)
            try:
                return view(request, *args, **kwargs)
            except InvalidRequest as invalid:
                return error(invalid.message, invalid.status)
            except OperationalError:
                # A locked or unreachable database: the page still reads fine, the numbers come next time.
                logger.exception("Counting failed")
                return error(_("The counters are busy. Please try again later."), 503)

        limited = ratelimit(group=f"counters.{group}", key=rate_limit_key, rate=rate, block=False)(answer)

        def in_readers_language(request, *args, **kwargs):
            language = translation.get_language_from_request(request)
            with translation.override(language):
                try:
                    response = limited(request, *args, **kwargs)
                except RedisError:
                    # Rate limits and the 30-minute rule live in the cache: without it nothing is
                    # counted, rather than counted wrongly. The page itself reads fine.
                    logger.exception("Counters cache unavailable")
                    response = error(_("The counters are unavailable for a moment. Please try again later."), 503)
            response["Content-Language"] = language
            return response

        return csrf_exempt(never_cache(wraps(view)(in_readers_language)))

    return decorator


def counted_page_id(raw: str) -> int:
    """The id of a live, public article, or a 404 for anything else (drafts, private pages, other types)."""
    page_id = int(raw) if PAGE_ID.fullmatch(raw) else 0
    if 0 < page_id <= MAX_PAGE_ID:
        page_types = [apps.get_model(label) for label in COUNTED_PAGE_TYPES]
        if Page.objects.live().public().type(*page_types).filter(pk=page_id).exists():
            return page_id
    raise InvalidRequest(_("There is no published article with this number."), 404)


def stars_from(request) -> int:
    try:
        data = json.loads(request.body)
    except RequestDataTooBig as too_big:
        raise InvalidRequest(_("The request is too large."), 413) from too_big
    except ValueError as not_json:
        raise InvalidRequest(_('Send the rating as JSON, for example {"stars": 4}.')) from not_json
    stars = data.get("stars") if isinstance(data, dict) else None
    if isinstance(stars, bool) or not isinstance(stars, int) or not MIN_STARS <= stars <= MAX_STARS:
        raise InvalidRequest(_("The rating must be a whole number of stars from 1 to 5."))
    return stars


@endpoint("POST", rate=COUNTING_RATE, group="view")
def view_page(request, page_id):
    page_id = counted_page_id(page_id)
    counted = not is_bot(request) and record_view(page_id, visitor_key(request))
    return JsonResponse({"counted": counted, **page_counts(page_id).as_json()})


@endpoint("GET", rate=READING_RATE, group="counters")
def page_counters(request, page_id):
    return JsonResponse(page_counts(counted_page_id(page_id)).as_json())


@endpoint("POST", rate=RATING_RATE, group="rating")
def rate_page(request, page_id):
    page_id = counted_page_id(page_id)
    stars = stars_from(request)
    if is_bot(request):
        return error(_("Automated clients cannot rate articles."), 403)
    try:
        rate(page_id, visitor_key(request), stars)
    except AlreadyRated:
        return error(_("You have already rated this article."), 409, **page_counts(page_id).as_json())
    counts = page_counts(page_id)
    message = ngettext(
        "Thank you! The article is now rated %(average)s out of 5 by %(count)s reader.",
        "Thank you! The article is now rated %(average)s out of 5 by %(count)s readers.",
        counts.rating_count,
    ) % {"average": floatformat(counts.average_rating, -1), "count": counts.rating_count}
    return JsonResponse({"stars": stars, "message": message, **counts.as_json()}, status=201)


@endpoint("GET", "POST", rate=COUNTING_RATE, group="visits")
def visits(request):
    if request.method == "GET":
        return JsonResponse({"stats": visitor_stats()})
    counted = not is_bot(request) and record_visit(visitor_key(request))
    return JsonResponse({"counted": counted, "stats": visitor_stats()})
