"""System checks for settings whose mistakes only show when an editor saves a form."""

import datetime

from django import forms
from django.conf import settings
from django.core.checks import Error, register
from django.utils import translation

# A day after the 12th and one before it: the two ways a day/month mix-up shows.
SAMPLE_DATETIMES = [datetime.datetime(2023, 3, 2, 8, 5), datetime.datetime(2023, 3, 17, 14, 30)]


@register()
def admin_dates_round_trip(app_configs, **kwargs):
    """Every admin language parses back the text the admin's date widgets show.

    Wagtail's own check (wagtailadmin.E003) only runs when ``USE_L10N`` is set,
    a setting Django 5 removed, so it never runs any more.
    """
    pairs = [
        (getattr(settings, "WAGTAIL_DATE_FORMAT", None), forms.DateField(), lambda value: value.date()),
        (getattr(settings, "WAGTAIL_DATETIME_FORMAT", None), forms.DateTimeField(), lambda value: value),
    ]
    errors = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for display_format, field, expected in pairs:
                if not display_format:
                    continue
                for sample in SAMPLE_DATETIMES:
                    text = sample.strftime(display_format)
                    try:
                        parsed = field.to_python(text)
                    except forms.ValidationError:
                        parsed = None
                    if isinstance(parsed, datetime.datetime):
                        parsed = parsed.replace(tzinfo=None)
                    if parsed != expected(sample):
                        errors.append(
                            Error(
                                f"The admin shows {text!r} but reads it back as {parsed!r} in language {code!r}.",
                                hint="Put the display format first in the language's input formats "
                                "(FORMAT_MODULE_PATH, portal/formats/).",
                                obj=display_format,
                                id="core.E001",
                            )
                        )
    return errors
