"""The editors' report of article ratings: in the admin menu, sorted by average, downloadable as CSV."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale

from counters.models import PageCounter
from demo.counters import seed_counts
from editorial.roles import EDITORS
from news.models import NewsPage

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/article-ratings/"


@pytest.fixture
def rated(seed_article):
    """The seed article (95 views, no rating yet) and three more articles with known averages."""
    seed_counts()
    others = list(NewsPage.objects.live().filter(locale=seed_article.locale).exclude(pk=seed_article.pk)[:3])
    for page, (count, total, views) in zip(others, [(2, 6, 10), (3, 14, 20), (1, 4, 30)], strict=True):
        PageCounter.objects.create(page=page, rating_count=count, rating_sum=total, views=views)
    return {"seed": seed_article, "3.0": others[0], "4.7": others[1], "4.0": others[2]}


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.com", "pass"))
    return client


@pytest.fixture
def editor_client(client, django_user_model):
    """A member of the portal's editors group (editorial.roles), not a superuser."""
    editor = django_user_model.objects.create_user("editor", "editor@example.com", "pass")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    return client


def titles_in_order(content, pages):
    positions = {name: content.find(page.title) for name, page in pages.items()}
    assert all(position > 0 for position in positions.values()), positions
    return [name for name, _ in sorted(positions.items(), key=lambda item: item[1])]


@pytest.mark.parametrize("user", ["admin_client", "editor_client"])
def test_the_report_is_in_the_admin_reports_menu(request, user):
    content = request.getfixturevalue(user).get("/admin/").content.decode()
    assert reverse("counters_ratings_report") in content


def test_the_report_lists_articles_best_rated_first_and_unrated_last(editor_client, rated):
    response = editor_client.get(REPORT)
    assert response.status_code == 200
    content = response.content.decode()
    assert titles_in_order(content, rated) == ["4.7", "4.0", "3.0", "seed"]
    assert "4.7/5" in content or "4,7/5" in content


def test_the_report_sorts_by_average_both_ways(editor_client, rated):
    content = editor_client.get(REPORT, {"ordering": "average"}).content.decode()
    assert titles_in_order(content, rated) == ["3.0", "4.0", "4.7", "seed"]
    content = editor_client.get(REPORT, {"ordering": "-views"}).content.decode()
    assert titles_in_order(content, rated) == ["seed", "4.0", "4.7", "3.0"]


def test_the_csv_download_holds_the_seed_article(editor_client, rated, seed_article):
    response = editor_client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    header, *lines = rows
    assert len(header) == 6
    by_title = {line[0]: line for line in lines}
    seed_line = by_title[seed_article.title]
    assert seed_line[2:5] == ["", "0", "95"]
    assert seed_line[5].endswith(seed_article.url)
    assert by_title[rated["4.7"].title][2:5] == ["4.7", "3", "20"]
    assert lines[0][0] == rated["4.7"].title, "best average first"


def test_the_xlsx_download_works_too(admin_client, rated):
    response = admin_client.get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="article-ratings-')


def test_the_report_filters_by_language(editor_client, rated, seed_article):
    english = seed_article.get_translation(Locale.objects.get(language_code="en"))
    PageCounter.objects.create(page=english, views=3)
    content = editor_client.get(REPORT, {"language": "en"}).content.decode()
    assert english.title in content
    assert seed_article.title not in content


def test_readers_cannot_open_the_report(client, rated):
    response = client.get(REPORT)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
