from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import DocumentType, IssuingAgency, Signer, SubjectArea


class DocumentTypeViewSet(SnippetViewSet):
    model = DocumentType
    icon = "doc-full"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class IssuingAgencyViewSet(SnippetViewSet):
    model = IssuingAgency
    icon = "home"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class SubjectAreaViewSet(SnippetViewSet):
    model = SubjectArea
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class SignerViewSet(SnippetViewSet):
    model = Signer
    icon = "user"
    list_display = ["name", "position"]
    search_fields = ["name", "position"]


class LibraryListsGroup(SnippetViewSetGroup):
    """The managed lists a legal document is classified by."""

    menu_label = _("Document lists")
    menu_icon = "doc-full-inverse"
    menu_order = 310
    items = (DocumentTypeViewSet, IssuingAgencyViewSet, SubjectAreaViewSet, SignerViewSet)


register_snippet(LibraryListsGroup)
