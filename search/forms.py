"""The filters of the search page: content type, section, date range and order."""

from django import forms
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

# Every searchable content type, under the key the page's filter uses. The documents
# library and questions and answers add their page types here as they arrive.
CONTENT_TYPES = {
    "news": (_("News articles"), ["news.NewsPage"]),
    "categories": (_("News categories"), ["news.NewsIndexPage"]),
    "pages": (
        _("Pages and sections"),
        [
            "sections.StandardPage",
            "sections.SectionPage",
            "about.UnitPage",
            "publications.PublicationIndexPage",
            "publications.PublicationPage",
            "investment.InvestmentIndexPage",
            "investment.InvestmentProjectPage",
        ],
    ),
    "documents": (
        _("Legal documents library"),
        ["library.LegalDocumentIndexPage", "library.LegalDocumentPage", "library.GazetteIssuePage"],
    ),
    "answers": (
        _("Questions and answers"),
        ["participation.AnswerPage", "participation.ConsultationPage"],
    ),
}

RELEVANCE, NEWEST = "relevance", "date"


def searchable_models(key=None):
    labels = CONTENT_TYPES[key][1] if key else [label for _name, labels in CONTENT_TYPES.values() for label in labels]
    return [apps.get_model(label) for label in labels]


def content_type_ids(key=None):
    return [content_type.pk for content_type in ContentType.objects.get_for_models(*searchable_models(key)).values()]


class SearchFilterForm(forms.Form):
    """The filters; the query itself (``q``) is cleaned by ``search.query`` and never refused."""

    type = forms.ChoiceField(
        label=_("Content"),
        required=False,
        choices=[("", _("All content")), *((key, name) for key, (name, _labels) in CONTENT_TYPES.items())],
    )
    section = forms.TypedChoiceField(label=_("Section"), required=False, coerce=int, empty_value=None)
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(RELEVANCE, _("Relevance")), (NEWEST, _("Newest first"))],
    )

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [("", _("All sections")), *((page.pk, page.title) for page in sections)]

    def clean(self):
        cleaned_data = super().clean()
        date_from, date_to = cleaned_data.get("date_from"), cleaned_data.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("The end date is before the start date."))
            cleaned_data.pop("date_to", None)
        return cleaned_data

    def filters(self):
        """The valid filters; an invalid one is left out (and its error shown), never fatal."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}
