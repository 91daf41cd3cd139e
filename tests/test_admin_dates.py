"""Dates in the admin are read back exactly as the admin shows them: dd/mm/yyyy.

Before ``portal.formats`` the Vietnamese admin parsed "02/03/2023" as 3 February
(Django's global default input formats are month first) and refused
"17/03/2023"; the English admin did the same through Django's English formats.
"""

import datetime

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django_filters.fields import DateRangeField
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from core.checks import admin_dates_round_trip
from home.factories import HomePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["vi", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("day", [2, 17])
def test_date_widget_text_parses_back_to_the_same_day(language, day):
    shown_date = datetime.date(2023, 3, day)
    with translation.override(language):
        text = AdminDateInput().format_value(shown_date)
        assert text == f"{day:02d}/03/2023"
        assert forms.DateField(widget=AdminDateInput).clean(text) == shown_date


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("day", [2, 17])
def test_datetime_widget_text_parses_back_to_the_same_minute(language, day):
    shown = datetime.datetime(2023, 3, day, 14, 30)
    with translation.override(language):
        text = AdminDateTimeInput().format_value(shown)
        assert text == f"{day:02d}/03/2023 14:30"
        assert forms.DateTimeField(widget=AdminDateTimeInput).to_python(text).replace(tzinfo=None) == shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_month_first_text_is_refused_not_silently_swapped(language):
    with translation.override(language), pytest.raises(forms.ValidationError):
        forms.DateField().clean("03/17/2023")


def test_report_date_filter_reads_day_first():
    """The date range filters of the admin's reports (site history, page history) use the same formats."""
    with translation.override("vi"):
        field = DateRangeField(widget=DateRangePickerWidget)
        after, before = field.clean(["02/03/2023", "17/03/2023"]).start, None
    assert after.date() == datetime.date(2023, 3, 2)
    assert before is None


def test_system_check_catches_a_language_that_reads_month_first():
    django_default = ["%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y"]
    with override_settings(FORMAT_MODULE_PATH=None, DATE_INPUT_FORMATS=django_default):
        formats.reset_format_cache()
        try:
            errors = admin_dates_round_trip(None)
        finally:
            formats.reset_format_cache()
    assert {error.id for error in errors} == {"core.E001"}
    assert any("'vi'" in error.msg for error in errors)
    assert any("'en'" in error.msg for error in errors)
    assert admin_dates_round_trip(None) == []


@pytest.fixture
def article():
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="dates-home")
    index = NewsIndexPageFactory(parent=home, slug="tin")
    tz = timezone.get_current_timezone()
    return NewsPageFactory(parent=index, date=datetime.datetime(2023, 3, 17, 9, 15, tzinfo=tz))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("day", [2, 17])
def test_resaving_an_article_in_the_admin_keeps_its_date(client, article, language, day):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    tz = timezone.get_current_timezone()
    article.date = datetime.datetime(2023, 3, day, 9, 15, tzinfo=tz)
    article.save_revision().publish()

    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    html = client.get(edit_url).content.decode()
    shown = f"{day:02d}/03/2023 09:15"
    assert f'value="{shown}"' in html

    response = client.post(
        edit_url,
        nested_form_data(
            {
                "title": article.title,
                "slug": article.slug,
                "date": shown,
                "lead": article.lead,
                "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
                "author": article.author,
                "go_live_at": f"{day:02d}/04/2030 07:00",
                "action-publish": "action-publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = NewsPage.objects.get(pk=article.pk)
    assert timezone.localtime(saved.date) == datetime.datetime(2023, 3, day, 9, 15, tzinfo=tz)
    # A go-live date in the future schedules the revision instead of publishing it.
    scheduled = saved.latest_revision.as_object()
    assert timezone.localtime(scheduled.go_live_at) == datetime.datetime(2030, 4, day, 7, 0, tzinfo=tz)
