"""Wagtail's database search backend, tuned for a bilingual portal.

``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"`` chooses, like
``wagtail.search.backends.database`` does, the implementation for the database in
use, with two changes that Wagtail's backend leaves to the project:

- SQLite (FTS5): the title column weighs ``SQLITE_TITLE_WEIGHT`` times the body
  column in the BM25 rank; Wagtail's ranks every column alike, so a word in the
  title counted no more than the same word in the body.
- PostgreSQL: the text-search configuration follows the language, both when a
  page is indexed (its locale) and when a reader searches (the active language):
  ``LANGUAGE_CONFIGS = {"en": "english"}`` stems English pages, while Vietnamese
  uses ``SEARCH_CONFIG`` ("simple": no stemming, no stop words, which would
  otherwise drop Vietnamese syllables such as "an" or "to").

Every other database falls back to Wagtail's own choice.
"""

from django.db import connection
from modelsearch.backends import database as wagtail_database


def SearchBackend(params):
    # Like Wagtail's own chooser, import only the implementation of the database in
    # use: the SQLite one needs a model that exists only on SQLite.
    if connection.vendor == "postgresql":
        from .postgres import PortalPostgresSearchBackend

        return PortalPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

        if fts5_available() and fts_table_exists():
            from .sqlite import PortalSQLiteSearchBackend

            return PortalSQLiteSearchBackend(params)
    return wagtail_database.SearchBackend(params)
