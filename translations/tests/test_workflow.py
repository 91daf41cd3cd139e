"""Translating never publishes: the English is a draft in the translation editor until a translator publishes."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from news.models import NewsPage

from .conftest import HOST, host_get

pytestmark = pytest.mark.django_db


def submit_translation(client, page, en):
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [en.pk]}, HTTP_HOST=HOST
    )


def test_translate_creates_drafts_and_opens_the_translation_editor(admin_client, client, tree, en):
    article = tree["article"]
    response = submit_translation(admin_client, article, en)

    english = NewsPage.objects.get(translation_key=article.translation_key, locale=en)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[english.pk])
    assert not english.live
    # The untranslated category above it became a draft translation too, not a live alias.
    english_category = Page.objects.get(translation_key=tree["news"].translation_key, locale=en)
    assert not english_category.live
    assert english_category.alias_of_id is None
    assert Translation.objects.get(source__object_id=tree["news"].translation_key, target_locale=en).enabled

    # Nothing new for English readers: not listed on the English home page, not served.
    english_home = host_get(client, "/en/")
    assert english_home.status_code == 200
    assert "Test home" in english_home.content.decode()
    assert article.title not in english_home.content.decode()
    assert host_get(client, english.url_path.replace("/test-home/", "/en/", 1)).status_code == 404

    # The redirect leads to wagtail-localize's translation editor, not the ordinary editor.
    editor = admin_client.get(response.url)
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]


def test_english_goes_live_when_the_translator_publishes(client, tree, en, translate):
    article = tree["article"]
    translate(article, {article.title: "Fruit fair"}, publish=False)
    english = article.get_translation(en)
    english_url = "/en/" + english.url_path.split("/", 2)[2]
    assert host_get(client, english_url).status_code == 404

    translate(article, {article.title: "Fruit fair"}, publish=True)
    response = host_get(client, english_url)
    assert response.status_code == 200
    assert "Fruit fair" in response.content.decode()
    assert "Fruit fair" in host_get(client, "/en/").content.decode()


def test_an_english_only_translator_reaches_translate_sync_and_the_editor(client, tree, translator, en, translate):
    client.force_login(translator)
    status = client.get(reverse("translation_status"))
    assert status.status_code == 200
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[tree["about"].pk])
    assert translate_url in status.content.decode()

    response = submit_translation(client, tree["about"], en)
    english = tree["about"].get_translation(en)
    assert response.url == reverse("wagtailadmin_pages:edit", args=[english.pk])
    editor = client.get(response.url)
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]

    source = Translation.objects.get(source__object_id=tree["about"].translation_key, target_locale=en).source
    assert client.get(reverse("wagtail_localize:update_translations", args=[source.pk])).status_code == 200
    # The Vietnamese page itself stays out of reach.
    assert client.get(reverse("wagtailadmin_pages:edit", args=[tree["about"].pk])).status_code in (302, 403)


def test_publishing_the_source_syncs_it_and_leaves_the_english_live_as_it_was(client, tree, en, translate):
    about = tree["about"]
    translate(about, {about.title: "About (test)", "Tỉnh thử.": "A test province."})
    about.intro = "<p>Tỉnh thử, viết lại.</p>"
    about.save_revision().publish()

    translation = Translation.objects.get(source__object_id=about.translation_key, target_locale=en)
    strings = [segment.string.data for segment in translation.source.stringsegment_set.select_related("string")]
    assert "Tỉnh thử, viết lại." in strings  # the translation editor shows the new string
    english = about.get_translation(en)
    assert english.live
    response = host_get(client, "/en/" + english.url_path.split("/", 2)[2])
    assert "A test province." in response.content.decode()


def test_machine_translation_uses_the_dummy_translator(admin_client, tree, en):
    submit_translation(admin_client, tree["about"], en)
    translation = Translation.objects.get(source__object_id=tree["about"].translation_key, target_locale=en)
    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"}
    )
    assert response.status_code == 302
    machine = StringTranslation.objects.filter(
        context__object_id=tree["about"].translation_key, locale=en, translation_type="machine"
    )
    # The dummy translator reverses the words: the admin's endpoint ran it.
    assert "thử thiệu Giới" in set(machine.values_list("data", flat=True))


def test_po_download_and_upload_still_work(admin_client, tree, en):
    submit_translation(admin_client, tree["about"], en)
    translation = Translation.objects.get(source__object_id=tree["about"].translation_key, target_locale=en)
    download = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    for entry in po:
        if entry.msgid == "Giới thiệu thử":
            entry.msgstr = "About (PO file)"
    upload = SimpleUploadedFile("about.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(locale=en, data="About (PO file)").exists()
