"""The OpenSearch/Elasticsearch route is a setting: the settings and the mapping are built right."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseMapping, ElasticsearchBaseSearchBackend
from modelsearch.utils import deep_update

from news.models import NewsPage
from search.settings import search_backends


def test_the_default_is_the_database_backend_with_a_configuration_per_language():
    backend = search_backends({})["default"]
    assert backend["BACKEND"] == "search.backends"
    assert backend["SEARCH_CONFIG"] == "simple"
    assert backend["LANGUAGE_CONFIGS"] == {"en": "english"}


@pytest.mark.parametrize(
    ("kind", "module"),
    [
        ("opensearch", "wagtail.search.backends.opensearch2"),
        ("elasticsearch", "wagtail.search.backends.elasticsearch8"),
    ],
)
def test_a_search_cluster_is_a_setting_with_an_icu_folding_analyzer(kind, module):
    backend = search_backends({"SEARCH_BACKEND": kind, "SEARCH_URL": "https://search-1:9200, https://search-2:9200"})[
        "default"
    ]
    assert backend["BACKEND"] == module
    assert backend["URLS"] == ["https://search-1:9200", "https://search-2:9200"]
    # What Wagtail's backend sends to the cluster when it creates the index:
    settings = deep_update(ElasticsearchBaseSearchBackend.settings.copy(), backend["INDEX_SETTINGS"])
    default = settings["settings"]["analysis"]["analyzer"]["default"]
    assert default["tokenizer"] == "icu_tokenizer"
    assert default["filter"] == ["icu_folding"]
    assert "ngram_analyzer" in settings["settings"]["analysis"]["analyzer"]  # Wagtail's own analyzers kept


def test_a_cluster_without_an_address_is_refused():
    with pytest.raises(ImproperlyConfigured):
        search_backends({"SEARCH_BACKEND": "opensearch"})
    with pytest.raises(ImproperlyConfigured):
        search_backends({"SEARCH_BACKEND": "solr", "SEARCH_URL": "http://x"})


def test_the_cluster_mapping_and_documents_carry_the_folded_text():
    mapping = ElasticsearchBaseMapping(NewsPage).get_mapping()
    properties = mapping["properties"]
    assert properties["title"]["type"] == "text"
    lead = next(value for name, value in properties.items() if name.endswith("lead"))
    body = next(value for name, value in properties.items() if name.endswith("body"))
    # Wagtail expresses boosts as copies into per-boost fields: title 5, lead 2, body 1.
    assert "_all_text_boost_5_0" in properties["title"]["copy_to"]
    assert "_all_text_boost_2_0" in lead["copy_to"]
    assert "_all_text_boost_1_0" in body["copy_to"]
    page = NewsPage(title="Đảng viên", lead="Châu Thành", body=[], locale_id=1, depth=3, path="000100010001")
    document = ElasticsearchBaseMapping(NewsPage).get_document(page)
    assert "dang vien" in document["title"] and "ddarng" in document["title"]
    assert "chau thanh" in next(value for name, value in document.items() if name.endswith("lead"))
