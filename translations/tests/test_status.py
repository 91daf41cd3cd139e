"""The translators' status view: each state on real translations, filters, counts, bounded queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from news.factories import TopicFactory
from sections.factories import SectionPageFactory
from translations.status import IN_PROGRESS, LIVE, MISSING, OUTDATED, status_rows

pytestmark = pytest.mark.django_db


def row_for(page_or_rows, page=None):
    rows = status_rows() if page is None else page_or_rows
    page = page_or_rows if page is None else page
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return next(row for row in rows if row.source_edit_url == url)


def test_missing_then_in_progress_with_its_share_then_live(tree, translate):
    about = tree["about"]
    missing = row_for(about)
    assert missing.state == MISSING
    assert missing.translate_url.startswith(reverse("wagtail_localize:submit_page_translation", args=[about.pk]))
    assert missing.section_title == "Giới thiệu thử"

    # Title, slug and introduction are the three strings; the translator did one and saved a draft.
    translate(about, {about.title: "About (test)"}, publish=False)
    in_progress = row_for(about)
    assert (in_progress.state, in_progress.done, in_progress.total, in_progress.share) == (IN_PROGRESS, 1, 3, 33)
    assert in_progress.english_edit_url and in_progress.sync_url

    translate(about, {about.title: "About (test)", "gioi-thieu-thu": "about-test", "Tỉnh thử.": "A test province."})
    live = row_for(about)
    assert (live.state, live.share) == (LIVE, 100)


def test_publishing_a_changed_source_makes_the_english_outdated(tree, translate):
    about = tree["about"]
    translate(about, {about.title: "About (test)", "gioi-thieu-thu": "about-test", "Tỉnh thử.": "A test province."})
    about.save_revision().publish()  # nothing translatable changed
    assert row_for(about).state == LIVE

    about.intro = "<p>Tỉnh thử, viết lại.</p>"
    about.save_revision().publish()
    outdated = row_for(about)
    assert outdated.state == OUTDATED
    assert outdated.share == 67  # the new sentence waits for its translation

    # The translator translates the new sentence and publishes: live again.
    translate(about, {"Tỉnh thử, viết lại.": "A test province, rewritten."})
    assert row_for(about).state == LIVE


def test_snippets_are_listed_and_required_items_flagged(tree, translate, settings):
    settings.PORTAL_ENGLISH_REQUIRED_PAGES = ["gioi-thieu-thu/"]
    topic = TopicFactory(name="Nông nghiệp thử")
    rows = status_rows()
    topic_row = next(row for row in rows if row.title == "Nông nghiệp thử")
    assert (topic_row.type_key, topic_row.state) == ("news.topic", MISSING)
    assert row_for(rows, tree["about"]).flagged
    assert not row_for(rows, tree["news"]).required

    translate(topic, {"Nông nghiệp thử": "Farming (test)", topic.slug: "farming-test"})
    assert next(row for row in status_rows() if row.title == "Nông nghiệp thử").state == LIVE
    about = tree["about"]
    translate(about, {about.title: "About (test)", "gioi-thieu-thu": "about-test", "Tỉnh thử.": "A test province."})
    assert not row_for(tree["about"]).flagged


def test_view_filters_by_section_type_and_state(admin_client, tree, translate):
    about = tree["about"]
    SectionPageFactory(parent=about, title="Lãnh đạo thử", slug="lanh-dao-thu").save_revision().publish()
    translate(tree["news"], {tree["news"].title: "News (test)"})
    url = reverse("translation_status")

    by_section = admin_client.get(url, {"section": about.pk}).context["rows"]
    assert {row.title for row in by_section} == {"Giới thiệu thử", "Lãnh đạo thử"}
    by_type = admin_client.get(url, {"type": "news.newsindexpage", "section": tree["news"].pk}).context["rows"]
    assert [row.title for row in by_type] == ["Tin tức thử"]
    missing = admin_client.get(url, {"state": MISSING, "section": tree["news"].pk}).context["rows"]
    assert [row.title for row in missing] == ["Hội chợ trái cây"]
    page = admin_client.get(url, {"state": "nonsense"})
    assert page.status_code == 200  # an unknown filter value shows everything rather than failing


def test_dashboard_counts(admin_client, tree):
    response = admin_client.get(reverse("wagtailadmin_home"))
    content = response.content.decode()
    assert "translation-status-heading" in content
    missing = sum(row.state == MISSING for row in status_rows())
    assert f'<strong data-state="missing">{missing}</strong>' in content


def test_query_count_does_not_grow_with_the_number_of_pages(tree, translate, admin_client):
    with CaptureQueriesContext(connection) as few:
        status_rows()
    for number in range(5):
        page = SectionPageFactory(parent=tree["about"], title=f"Trang thêm {number}", slug=f"trang-them-{number}")
        page.save_revision().publish()
        translate(page, {page.title: f"Extra page {number}"}, publish=number % 2 == 0)
    with CaptureQueriesContext(connection) as many:
        status_rows()
    assert len(many) == len(few)
    # A fixed number per translatable model (pages, and each snippet model of every app).
    assert len(many) < 40
