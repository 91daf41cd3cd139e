"""PostgreSQL: the configuration follows the language; searching stays fast with many matches.

Two changes to Wagtail's query, both keeping which pages match:

- Wagtail matches ``(title || body) @@ query``: the concatenation builds a new tsvector
  for every index entry on every search. Here an entry matches when its body matches,
  or its title does, or (for words split between them) their concatenation does; the
  first two are cheap and served by Wagtail's GIN indexes.
- A page of results within the first ``RANKED_CANDIDATES`` ranks only that many
  matches, the newest, instead of computing the rank of every match (a common word
  matches most of the portal). The count and later pages still cover every match.
"""

import copy
from itertools import groupby

from django.db.models import Q
from django.utils import translation
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from wagtail.models import Locale

from search.query import RankedQuery

RANKED_CANDIDATES = 500


class PortalPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(translation.get_language())

    def _without_negation(self, query):
        if isinstance(query, Not):
            return False
        return all(self._without_negation(subquery) for subquery in getattr(query, "subqueries", []))

    def search(self, config, start, stop, score_field=None, backend=None):
        if (
            self.fields is not None
            or isinstance(self.query, MatchAll | Fuzzy)
            or not self._without_negation(self.query)
        ):
            return super().search(config, start, stop, score_field, backend)
        search_query = self.build_tsquery(self.query, config=config)
        matching = isinstance(self.query, RankedQuery) and self.build_tsquery(self.query.matching, config=config)
        vectors = self.get_search_vectors(search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        (title, _title_boost), (body, _body_boost) = vectors
        match = matching or search_query
        queryset = self.queryset.annotate(_title_=title, _body_=body, _vector_=title._combine(body, "||", False))
        queryset = queryset.filter(Q(_body_=match) | Q(_title_=match) | Q(_vector_=match))
        if self.order_by_relevance and stop is not None and stop <= RANKED_CANDIDATES:
            newest = queryset.order_by("-pk").values("pk")[:RANKED_CANDIDATES]
            queryset = self.queryset.filter(pk__in=newest)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class PortalPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's pages with that language's configuration."""
        languages = dict(Locale.objects.values_list("pk", "language_code"))

        def config(obj):
            return self.backend.config_for_language(languages.get(getattr(obj, "locale_id", None)))

        for search_config, group in groupby(sorted(objs, key=lambda obj: str(config(obj))), key=config):
            backend = copy.copy(self.backend)
            backend.config = search_config
            PostgresIndex(backend).add_items(model, list(group))


class PortalPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = PortalPostgresSearchQueryCompiler
    index_class = PortalPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", {})

    def config_for_language(self, language_code):
        return self.language_configs.get((language_code or "").split("-")[0], self.config)
