"""Date input formats of the admin, per language (``FORMAT_MODULE_PATH``).

The admin shows dates as dd/mm/yyyy (``WAGTAIL_DATE_FORMAT``), whatever the
editor's interface language. Django parses form input with the active
language's ``DATE_INPUT_FORMATS``: Django's Vietnamese locale defines none, so
the global default (``%m/%d/%Y`` first) applied, and its English locale lists
``%m/%d/%Y`` too. "02/03/2023" then came back as 3 February and "17/03/2023"
was refused. These modules make day/month/year the only slashed form in both
languages; month/day is left out on purpose, because a date that parses both
ways would be read silently wrong. ISO ``yyyy-mm-dd`` stays accepted (Django
always adds it).

``core.checks`` fails ``manage.py check`` if a language ever parses the
display format differently again.
"""

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 25/10/2006, the admin's display format
    "%Y-%m-%d",  # 2006-10-25
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",  # 25/10/2006 14:30, the admin's display format
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
