"""PostgreSQL: the text-search configuration follows the language of the page and of the reader."""

import copy
from itertools import groupby

from django.utils import translation
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale


class PortalPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(translation.get_language())


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
