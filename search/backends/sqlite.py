"""SQLite FTS5: the title column weighs more than the body column in the BM25 rank."""

from django.db.models import FloatField, Func
from modelsearch.backends.database.sqlite.query import SQLiteFTSIndexEntry
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler

# The FTS5 table's columns are (autocomplete, body, title).
SQLITE_TITLE_WEIGHT = 4.0


class WeightedBM25(Func):
    """FTS5's bm25() with a weight per column (lower is better, as in bm25())."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {SQLITE_TITLE_WEIGHT})", []


class PortalSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()


class PortalSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PortalSQLiteSearchQueryCompiler
