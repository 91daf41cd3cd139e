"""The public forms: a question, a comment on a draft, and the status lookup.

Every message is translatable, so a reader on /en/ gets English and everyone else Vietnamese.
The forms carry a honeypot field that people never see (hidden by CSS and from screen readers);
a filled honeypot is refused like any other bad input. The forms know nothing of the models'
querysets: the pages hand them the topics and the articles, so the models may build them.
"""

from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

HONEYPOT_FIELD = "website"
MAX_TEXT_LENGTH = 5000
# What the first bytes of an accepted file must be: the name and the browser's claim are not trusted.
FILE_SIGNATURES = {
    b"%PDF-": "pdf",
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpeg",
}

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 .\-]{6,18}$", _("Enter a phone number of digits only, for example 0273 3871 234.")
)


def attachment_max_bytes() -> int:
    return int(getattr(settings, "PARTICIPATION_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024))


def sniff_file_kind(upload) -> str | None:
    """ "pdf", "png" or "jpeg" from the file's first bytes, or None for anything else."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    for signature, kind in FILE_SIGNATURES.items():
        if head.startswith(signature):
            return kind
    return None


class HoneypotMixin(forms.Form):
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        if self.cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(_("This field must stay empty: it is a trap for automated spam."))
        return ""


class ConsentMixin(forms.Form):
    consent = forms.BooleanField(
        label=_("I have read how my personal data is used and agree to it."),
        error_messages={"required": _("Please confirm that you agree to how your personal data is used.")},
    )


class QuestionForm(HoneypotMixin, ConsentMixin, forms.Form):
    name = forms.CharField(label=_("Full name"), max_length=100)
    email = forms.EmailField(
        label=_("Email"), max_length=254, help_text=_("The tracking code and the answer are sent here.")
    )
    phone = forms.CharField(label=_("Phone (optional)"), max_length=20, required=False, validators=[phone_validator])
    topic = forms.ModelChoiceField(
        label=pgettext_lazy("subject area", "Field"), queryset=None, empty_label=_("Choose a field")
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(
        label=_("Your question"), min_length=20, max_length=MAX_TEXT_LENGTH, widget=forms.Textarea(attrs={"rows": 8})
    )
    attachment = forms.FileField(
        label=_("Attachment (optional)"),
        required=False,
        help_text=_("A PDF or an image (PNG, JPEG)."),
    )

    field_order = ["name", "email", "phone", "topic", "title", "body", "attachment", "consent", HONEYPOT_FIELD]

    def __init__(self, *args, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = topics
        self.fields["attachment"].help_text = _("A PDF or an image (PNG, JPEG), at most %(size)s.") % {
            "size": filesizeformat(attachment_max_bytes())
        }

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        if upload.size > attachment_max_bytes():
            raise forms.ValidationError(
                _("The file is too large (%(size)s). The limit is %(limit)s.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(attachment_max_bytes())}
            )
        kind = sniff_file_kind(upload)
        if kind is None:
            raise forms.ValidationError(_("The file is not a PDF, PNG or JPEG document. Please choose another file."))
        extension = "jpg" if kind == "jpeg" else kind
        upload.name = f"attachment.{extension}"  # never keep the sender's file name
        return upload


class CommentForm(HoneypotMixin, ConsentMixin, forms.Form):
    name = forms.CharField(label=_("Full name"), max_length=100, help_text=_("Not published."))
    email = forms.EmailField(label=_("Email"), max_length=254, help_text=_("Not published."))
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        max_length=200,
        required=False,
        help_text=_("Published with your comment. Without it, the comment is shown as from a citizen."),
    )
    article = forms.ChoiceField(label=_("Article commented on"), required=False)
    body = forms.CharField(
        label=_("Your comment"), min_length=10, max_length=MAX_TEXT_LENGTH, widget=forms.Textarea(attrs={"rows": 8})
    )

    field_order = ["name", "email", "organisation", "article", "body", "consent", HONEYPOT_FIELD]

    def __init__(self, *args, article_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["article"].choices = [("", _("The draft as a whole")), *article_choices]
        if not article_choices:
            self.fields["article"].widget = forms.HiddenInput()


class StatusForm(forms.Form):
    code = forms.CharField(label=_("Tracking code"), max_length=16, help_text=_("For example HD-7K3M9Q2X."))
    email = forms.EmailField(label=_("Email used when asking"), max_length=254)

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()
