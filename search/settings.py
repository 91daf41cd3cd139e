"""The search backend settings, chosen by the environment: a setting changes, not code.

- ``SEARCH_BACKEND`` unset or ``database``: Wagtail's database backend through
  ``search.backends`` (SQLite FTS5 or PostgreSQL; Vietnamese with the "simple"
  configuration, English pages stemmed with "english" on PostgreSQL).
- ``SEARCH_BACKEND=opensearch`` or ``elasticsearch`` with ``SEARCH_URL`` (comma-separated
  URLs) and optionally ``SEARCH_INDEX``: Wagtail's OpenSearch 2 / Elasticsearch 8
  backend, whose default analyzer folds Vietnamese with ICU (the ``analysis-icu``
  plugin must be installed on the cluster). See docs/search.md.

Imported by ``portal/settings/base.py``: nothing here may import Django models.
"""

from django.core.exceptions import ImproperlyConfigured

CLUSTER_BACKENDS = {
    "opensearch": "wagtail.search.backends.opensearch2",
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
}

# Every text field is tokenised by ICU and folded ("Đảng" -> "dang"); the accent
# tokens the portal indexes are ASCII and pass through unchanged.
ICU_FOLDING_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {"type": "custom", "tokenizer": "icu_tokenizer", "filter": ["icu_folding"]},
            }
        }
    }
}


def search_backends(environ) -> dict:
    kind = environ.get("SEARCH_BACKEND", "database").strip().lower() or "database"
    if kind == "database":
        return {
            "default": {
                "BACKEND": "search.backends",
                "SEARCH_CONFIG": "simple",
                "LANGUAGE_CONFIGS": {"en": "english"},
            }
        }
    if kind not in CLUSTER_BACKENDS:
        raise ImproperlyConfigured(f"SEARCH_BACKEND must be database, opensearch or elasticsearch, not {kind!r}.")
    urls = [url.strip() for url in environ.get("SEARCH_URL", "").split(",") if url.strip()]
    if not urls:
        raise ImproperlyConfigured(f"SEARCH_BACKEND={kind} needs SEARCH_URL.")
    return {
        "default": {
            "BACKEND": CLUSTER_BACKENDS[kind],
            "URLS": urls,
            "INDEX_PREFIX": environ.get("SEARCH_INDEX", "portal") + "_",
            "TIMEOUT": 5,
            "INDEX_SETTINGS": ICU_FOLDING_INDEX_SETTINGS,
        }
    }
