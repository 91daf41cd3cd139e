"""Translatable snippets follow the same rule as pages: the English is a draft until published."""

import pytest
from django.urls import reverse

from navigation.models import Banner
from translations.status import IN_PROGRESS, status_rows

from .conftest import host_get

pytestmark = pytest.mark.django_db


def test_translating_a_banner_makes_an_english_draft_until_the_translator_publishes(
    admin_client, client, tree, en, translate
):
    banner = Banner.objects.create(title="Biểu ngữ thử", link_url="https://example.gov.vn/")
    response = admin_client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["navigation", "banner", banner.pk]),
        {"locales": [en.pk]},
    )
    english = Banner.objects.get(translation_key=banner.translation_key, locale=en)
    assert response.url == reverse("wagtailsnippets_navigation_banner:edit", args=[english.pk])
    assert not english.live
    editor = admin_client.get(response.url)
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]
    row = next(row for row in status_rows() if row.title == "Biểu ngữ thử")
    assert row.state == IN_PROGRESS

    translate(banner, {"Biểu ngữ thử": "Test banner"})
    english.refresh_from_db()
    assert english.live
    assert "Test banner" in host_get(client, "/en/").content.decode()
