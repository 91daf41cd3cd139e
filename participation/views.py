"""The endpoints the public forms post to: uncached, CSRF-exempt, same-site only, rate limited.

The form pages themselves are ordinary cached pages without a CSRF token or a cookie
(docs/participation.md). A POST comes here instead; instead of a CSRF token, a request whose
``Sec-Fetch-Site`` or ``Origin`` shows another website is refused (``counters.visitors``), and
each reader (an anonymous keyed hash, never the raw address) has a budget of submissions per
hour held in the shared cache, so the limit holds across app servers. Bad input renders the
same page with the form filled in again and the messages next to the fields, status 400.
"""

import logging

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.core import get_usage
from wagtail.models import Page

from counters.visitors import is_cross_site, visitor_key

from .emails import send_question_received
from .models import ConsultationPage, DraftComment, Question, QuestionIndexPage

logger = logging.getLogger(__name__)

SUBMIT_RATE = "PARTICIPATION_SUBMIT_RATE"
LOOKUP_RATE = "PARTICIPATION_LOOKUP_RATE"


def reader_key(group, request) -> str:
    return visitor_key(request)


def public_endpoint(group: str, rate_setting: str, page_type):
    """POST only, same site only, within the reader's budget, never cached; the page comes from the URL."""

    def decorator(view):
        @csrf_exempt
        @never_cache
        def wrapped(request, page_id):
            page = get_object_or_404(Page.objects.live().public().type(page_type), pk=page_id).specific
            if request.method != "POST":
                return HttpResponseRedirect(page.url)
            if is_cross_site(request):
                return message_response(
                    request, page, _("Forms can only be sent from this portal's own pages."), status=403
                )
            usage = reader_usage(request, group, getattr(settings, rate_setting))
            if usage and usage["should_limit"]:
                retry_after = max(usage["time_left"], 1)
                minutes = (retry_after + 59) // 60
                response = message_response(
                    request,
                    page,
                    _(
                        "You have sent too many forms in a short time. Please wait %(minutes)s minutes and "
                        "try again; what you typed is still in the form when you go back."
                    )
                    % {"minutes": minutes},
                    status=429,
                )
                response["Retry-After"] = str(retry_after)
                return response
            return view(request, page)

        return wrapped

    return decorator


def reader_usage(request, group: str, rate: str) -> dict | None:
    """This reader's count in the shared cache, or None when the cache cannot answer.

    The cache is an accelerator, never a dependency: with Redis down the forms still work,
    unlimited, rather than refusing every citizen (django-ratelimit would fail closed).
    """
    try:
        usage = get_usage(request, group=f"participation.{group}", key=reader_key, rate=rate, increment=True)
    except Exception:  # any cache backend error: redis, memcached, network
        logger.exception("Rate limit cache unavailable")
        return None
    if usage is not None and usage["time_left"] < 0:  # django-ratelimit's "cache failed" answer
        return None
    return usage


def message_response(request, page, message, status):
    return TemplateResponse(
        request,
        "participation/message.html",
        {"page": page, "self": page, "request": request, "message": message},
        status=status,
    )


def page_response(request, page, template, status=200, **context):
    context = {**page.get_context(request), **context}
    return TemplateResponse(request, template, context, status=status)


@public_endpoint("question", SUBMIT_RATE, QuestionIndexPage)
def submit_question(request, page):
    form = page.question_form(request.POST, request.FILES)
    if not form.is_valid():
        return page_response(request, page, "participation/question_form.html", status=400, form=form)
    data = form.cleaned_data
    question = Question.objects.create(
        asked_through=page,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        topic=data["topic"],
        title=data["title"],
        body=data["body"],
        attachment=data["attachment"],
    )
    send_question_received(question, page.full_url + page.reverse_subpage("track"))
    return page_response(request, page, "participation/question_received.html", question=question)


@public_endpoint("lookup", LOOKUP_RATE, QuestionIndexPage)
def question_status(request, page):
    form = page.status_form(request.POST)
    question = None
    if form.is_valid():
        question = (
            Question.objects.filter(tracking_code=form.cleaned_data["code"], email__iexact=form.cleaned_data["email"])
            .select_related("unit")
            .first()
        )
        if question is None:
            form.add_error(None, _("No question matches this tracking code and email. Check both and try again."))
    status = 200 if question else 400
    return page_response(
        request, page, "participation/question_status.html", status=status, form=form, question=question
    )


@public_endpoint("comment", SUBMIT_RATE, ConsultationPage)
def submit_comment(request, page):
    if not page.is_open():
        return message_response(
            request, page, _("This consultation is closed: comments are no longer accepted."), status=410
        )
    form = page.comment_form(request.POST)
    if not form.is_valid():
        return page_response(request, page, page.get_template(request), status=400, form=form)
    data = form.cleaned_data
    DraftComment.objects.create(
        consultation=page,
        article=data["article"],
        name=data["name"],
        email=data["email"],
        organisation=data["organisation"],
        body=data["body"],
    )
    return page_response(request, page, page.get_template(request), form=None, comment_received=True)
