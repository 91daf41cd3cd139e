"""The library listing's filters, read from the query string.

Every filter is a whitelist: a value is accepted only if it names an entry of a
managed list in the page's language, a plausible year or a known validity.
Anything else is dropped and reported (``unknown``), so that a mistyped or
outdated link still shows a list, with a notice, and never an error. The
accepted values alone make the canonical query string used by pagination and
the feed link, so shared addresses stay clean.

The number of queries is fixed: one per managed list for its options, one per
filter for its counts, whatever the number of documents.
"""

from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlencode

from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from .vocabulary import Validity, folded_words, normalise_number

KEYWORD = "tu-khoa"
YEAR = "nam"
VALIDITY = "hieu-luc"
MAX_KEYWORD_LENGTH = 200
MAX_KEYWORD_WORDS = 10


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    """One filter of the form: its parameter, label and options with their counts."""

    parameter: str
    label: str
    options: list[Option] = field(default_factory=list)

    @property
    def selected(self) -> Option | None:
        return next((option for option in self.options if option.selected), None)


class TermFilter(NamedTuple):
    """A filter on a managed list: its query parameter, label, snippet model and the document's field."""

    parameter: str
    label: str
    model: type
    field_name: str


class LibraryQuery:
    """What a reader asked the listing for: the accepted filters, the keyword and what was ignored."""

    def __init__(self, page, params, term_filters: tuple[TermFilter, ...]):
        self.page = page
        self.term_filters = term_filters
        self.terms: dict[str, object] = {}  # parameter -> the chosen entry
        self.term_options: dict[str, list] = {}
        self.unknown: list[tuple[str, str]] = []  # (filter label, value as sent)
        for parameter, label, model, _field in term_filters:
            entries = list(model.objects.filter(locale_id=page.locale_id))
            self.term_options[parameter] = entries
            value = params.get(parameter, "")
            if value:
                chosen = next((entry for entry in entries if entry.slug == value), None)
                if chosen is None:
                    self.unknown.append((label, value[:100]))
                else:
                    self.terms[parameter] = chosen
        self.year = self._read_year(params.get(YEAR, ""))
        self.validity = self._read_validity(params.get(VALIDITY, ""))
        self.keyword = " ".join(params.get(KEYWORD, "").split())[:MAX_KEYWORD_LENGTH]

    @staticmethod
    def parameters(term_filters: tuple[TermFilter, ...]) -> tuple[str, ...]:
        """Every query parameter the listing reads (pagination's ``page`` aside)."""
        return (*(term.parameter for term in term_filters), YEAR, VALIDITY, KEYWORD)

    def _read_year(self, value: str) -> int | None:
        if not value:
            return None
        if value.isdigit() and len(value) == 4 and 1900 <= int(value) <= 2100:
            return int(value)
        self.unknown.append((_("Year"), value[:100]))
        return None

    def _read_validity(self, value: str) -> str | None:
        if not value:
            return None
        if value in Validity.values:
            return value
        self.unknown.append((_("Validity"), value[:100]))
        return None

    # Filtering ---------------------------------------------------------------------

    def apply(self, documents, skip: str = ""):
        """``documents`` narrowed by every accepted filter except ``skip`` (for that filter's counts)."""
        for parameter, _label, _model, field_name in self.term_filters:
            if parameter in self.terms and parameter != skip:
                documents = documents.filter(
                    **{f"{field_name}__translation_key": self.terms[parameter].translation_key}
                )
        if self.year and skip != YEAR:
            documents = documents.filter(issue_date__year=self.year)
        if self.keyword:
            documents = self._match_keyword(documents)
        if self.validity and skip != VALIDITY:
            documents = documents.with_validity().filter(computed_validity=self.validity)
        return documents

    def _match_keyword(self, documents):
        """The exact number first ("15/2024/qd-ubnd" finds 15/2024/QĐ-UBND), then every word, without accents."""
        number_key = normalise_number(self.keyword)
        words = folded_words(self.keyword).split()[:MAX_KEYWORD_WORDS]
        all_words = Q()
        for word in words:
            all_words &= Q(search_text__contains=word)
        exact = Q(number_key=number_key)
        return (
            documents.filter(exact | all_words)
            .annotate(number_match=Case(When(exact, then=Value(0)), default=Value(1), output_field=IntegerField()))
            .order_by("number_match", *documents.query.order_by)
        )

    # What the form shows -----------------------------------------------------------

    def facets(self, documents) -> list[Facet]:
        """Every filter with its options, each counted among the documents the other filters leave."""
        facets = []
        for parameter, label, _model, field_name in self.term_filters:
            counts = dict(
                self.apply(documents, skip=parameter)
                .order_by()
                .values_list(f"{field_name}__translation_key")
                .annotate(count=Count("pk"))
            )
            chosen = self.terms.get(parameter)
            options = [
                Option(entry.slug, str(entry), counts.get(entry.translation_key, 0), entry == chosen)
                for entry in self.term_options[parameter]
            ]
            facets.append(Facet(parameter, label, options))

        years = (
            self.apply(documents, skip=YEAR)
            .order_by()
            .annotate(year=ExtractYear("issue_date"))
            .values_list("year")
            .annotate(count=Count("pk"))
        )
        year_counts = dict(years)
        if self.year and self.year not in year_counts:
            year_counts[self.year] = 0
        facets.append(
            Facet(
                YEAR,
                _("Year"),
                [
                    Option(str(year), str(year), count, year == self.year)
                    for year, count in sorted(year_counts.items(), reverse=True)
                    if year
                ],
            )
        )

        validity_counts = dict(
            self.apply(documents, skip=VALIDITY)
            .with_validity()
            .order_by()
            .values_list("computed_validity")
            .annotate(count=Count("pk"))
        )
        facets.append(
            Facet(
                VALIDITY,
                _("Validity"),
                [
                    Option(value, label, validity_counts.get(value, 0), value == self.validity)
                    for value, label in Validity.choices
                ],
            )
        )
        return facets

    @property
    def is_filtered(self) -> bool:
        return bool(self.terms or self.year or self.validity or self.keyword)

    def accepted(self) -> list[tuple[str, str]]:
        """The accepted (parameter, value) pairs, in a fixed order: the canonical query."""
        pairs = [
            (parameter, self.terms[parameter].slug)
            for parameter, *_rest in self.term_filters
            if parameter in self.terms
        ]
        if self.year:
            pairs.append((YEAR, str(self.year)))
        if self.validity:
            pairs.append((VALIDITY, self.validity))
        if self.keyword:
            pairs.append((KEYWORD, self.keyword))
        return pairs

    def descriptions(self) -> list[str]:
        """The accepted filters as a reader reads them: "Quyết định", "2024", "In force", "“đất đai”"."""
        names = [str(self.terms[term.parameter]) for term in self.term_filters if term.parameter in self.terms]
        if self.year:
            names.append(str(self.year))
        if self.validity:
            names.append(str(Validity(self.validity).label))
        if self.keyword:
            names.append(f"“{self.keyword}”")
        return names

    def query_string(self, prefix: str = "") -> str:
        encoded = urlencode(self.accepted())
        return f"{prefix}{encoded}" if encoded else ""
