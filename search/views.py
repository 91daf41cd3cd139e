"""The search page ("Tìm kiếm"): a plain Django view, never cached per query."""

from datetime import datetime, time, timedelta
from urllib.parse import urlencode

from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import strip_tags
from django.views.decorators.cache import never_cache
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site

from core.pagination import paginate
from core.text import search_words

from .forms import NEWEST, SearchFilterForm, content_type_ids, searchable_models
from .models import record_search
from .query import ParsedQuery, snippet

RESULTS_PER_PAGE = 10


def top_sections(request, locale):
    """The top-level pages of the site in the reader's language: the section filter's choices."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    home = site.root_page.localized
    return list(
        Page.objects.child_of(home).live().public().filter(locale=locale).type(*searchable_models()).order_by("path")
    )


def start_of_day(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def search_results(query, locale, filters, sections):
    content_types = content_type_ids(filters.get("type"))
    pages = Page.objects.live().public().filter(locale=locale, content_type_id__in=content_types)
    section = next((page for page in sections if page.pk == filters.get("section")), None)
    if section is not None:
        pages = pages.filter(path__startswith=section.path)
    # Whole days in the portal's time zone, as plain comparisons every backend can filter on.
    if "date_from" in filters:
        pages = pages.filter(first_published_at__gte=start_of_day(filters["date_from"]))
    if "date_to" in filters:
        pages = pages.filter(first_published_at__lt=start_of_day(filters["date_to"] + timedelta(days=1)))
    if filters.get("sort") == NEWEST:
        return (
            pages.order_by("-first_published_at", "-id")
            .specific()
            .search(query.backend_query(), order_by_relevance=False)
        )
    return pages.specific().search(query.backend_query())


def promotions(query, locale):
    """Editors' promoted results for this query, whatever diacritics the reader typed."""
    candidates = Query.objects.filter(editors_picks__isnull=False).distinct().values_list("pk", "query_string")
    query_ids = [pk for pk, query_string in candidates if search_words(query_string) == query.words]
    if not query_ids:
        return []
    return list(
        SearchPromotion.objects.filter(query_id__in=query_ids)
        .filter(Q(page__isnull=True) | Q(page__live=True, page__locale=locale))
        .select_related("page")
        .order_by("sort_order")
    )


def page_text(page):
    """The lead and body of a result as plain text, for its snippet."""
    parts = [getattr(page, "lead", ""), strip_tags(getattr(page, "intro", "") or "")]
    body = getattr(page, "body", None)
    if body is not None:
        parts.extend(str(text) for text in body.stream_block.get_searchable_content(body))
    parts.append(page.search_description)
    return " ".join(part for part in parts if part)


def result_items(results, query, sections):
    by_path = {section.path: section for section in sections}
    for page in results:
        section = next((by_path[path] for path in by_path if page.path.startswith(path)), None)
        yield {
            "page": page,
            "date": getattr(page, "date", None) or page.first_published_at,
            "section": section if section is not None and section.pk != page.pk else None,
            "snippet": snippet(page_text(page), query),
        }


@never_cache
def search(request):
    """Search the live public pages of the reader's language. Never cached: the page shows what one reader typed.

    Every input answers 200: the query is reduced to words before it reaches the
    index, and a filter that does not make sense is left out with a message.
    """
    query = ParsedQuery.parse(request.GET.get("q", ""))
    locale = Locale.get_active()
    sections = top_sections(request, locale)
    form = SearchFilterForm(request.GET, sections=sections)
    filters = form.filters()
    context = {"search_query": query.text, "form": form, "sections": sections, "filters": filters}
    if query:
        results = paginate(request, search_results(query, locale, filters, sections), RESULTS_PER_PAGE)
        context |= {
            "search_results": results,
            "items": list(result_items(results, query, sections)),
            "promotions": promotions(query, locale) if results.number == 1 else [],
            "extra_query": urlencode({"q": query.text, **filters}, doseq=True),
            "unfiltered_query": urlencode({"q": query.text}),
        }
        if results.number == 1 and not request.GET.get("page"):
            # A filtered search that finds nothing says little about what the portal lacks.
            record_search(query.text, found=results.paginator.count, filtered=any(name != "sort" for name in filters))
    elif query.text:
        context["no_words"] = True
    return render(request, "search/search.html", context)
