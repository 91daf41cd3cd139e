"""Keep English translations in step with their Vietnamese sources, never publishing by themselves.

Two gaps in wagtail-localize's defaults are closed here:

* Translating a page whose parent has no English version makes wagtail-localize copy the
  parent as an *alias*, which is live when the source is and is republished whenever the
  source is: Vietnamese text on /en/. Such aliases become ordinary draft translations at once,
  edited in the translation editor like the page itself.
* wagtail-localize refreshes a translation source only when someone presses "Sync". Here every
  publication of a Vietnamese source refreshes it (when its translatable content changed), so
  the translation editor shows the new strings and the status view reports the English as
  outdated. The English stays live as it was until a translator publishes it again.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models.signals import post_save
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.signals import copy_for_translation_done, page_published, published
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource


def translatable_content(instance) -> dict:
    """The values of the fields wagtail-localize translates or copies, as stored in a source."""
    if isinstance(instance, ClusterableModel):
        data = json.loads(instance.to_json())
    else:
        data = json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))
    names = {field.field_name for field in get_translatable_fields(type(instance))}
    return {name: value for name, value in data.items() if name in names}


def refresh_source(instance) -> bool:
    """Update the translation source of a just-published original; True when it changed."""
    if instance.locale_id != Locale.get_default().pk:
        return False
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None or not source.translations.filter(enabled=True).exists():
        return False
    before = translatable_content(source.as_instance())
    if translatable_content(instance) == before:
        return False
    source.update_from_db()
    return True


def refresh_page_source(sender, instance, **kwargs):
    refresh_source(instance.specific)


def refresh_snippet_source(sender, instance, **kwargs):
    if isinstance(instance, TranslatableMixin) and not isinstance(instance, Page):
        refresh_source(instance)


def refresh_plain_snippet_source(sender, instance, created=False, raw=False, **kwargs):
    """Snippets without drafts are "published" whenever they are saved."""
    if raw or created or isinstance(instance, Page | DraftStateMixin) or not isinstance(instance, TranslatableMixin):
        return

    def refresh():
        saved = type(instance).objects.filter(pk=instance.pk).first()
        if saved is not None:
            refresh_source(saved)

    # After the surrounding transaction, so that inline children are saved too.
    transaction.on_commit(refresh)


def alias_to_draft_translation(sender, source_obj, target_obj, **kwargs):
    """A parent copied as an alias into another language becomes a draft translation of it."""
    if not isinstance(target_obj, Page) or not target_obj.alias_of_id:
        return
    if target_obj.locale_id == source_obj.locale_id:
        return  # an ordinary alias within one language tree: not a translation
    Page.objects.filter(pk=target_obj.pk).update(live=False, has_unpublished_changes=True)
    source, _ = TranslationSource.get_or_create_from_instance(source_obj.specific)
    translation, _ = Translation.objects.update_or_create(
        source=source, target_locale_id=target_obj.locale_id, defaults={"enabled": True}
    )
    translation.save_target(publish=False)
    target_obj.live = False
    target_obj.alias_of_id = None


page_published.connect(refresh_page_source, dispatch_uid="translations-refresh-page-source")
published.connect(refresh_snippet_source, dispatch_uid="translations-refresh-snippet-source")
post_save.connect(refresh_plain_snippet_source, dispatch_uid="translations-refresh-plain-snippet-source")
copy_for_translation_done.connect(alias_to_draft_translation, dispatch_uid="translations-alias-to-draft")
