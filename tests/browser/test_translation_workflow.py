"""A translator's path in a real browser: status view → Translate → the translation editor, nothing live."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale, Page

from sections.factories import SectionPageFactory

pytestmark = pytest.mark.browser


def test_translate_lands_in_the_translation_editor_and_publishes_nothing(page, portal_url):
    home = Page.objects.get(depth=2, locale=Locale.get_default())
    source = SectionPageFactory(parent=home, title="Trang dịch thử", slug="trang-dich-thu")
    source.save_revision().publish()
    get_user_model().objects.create_superuser("translator-admin", "t@example.gov.vn", "matkhau-thu")

    page.goto(portal_url + "/admin/login/")
    page.fill("#id_username", "translator-admin")
    page.fill("#id_password", "matkhau-thu")
    page.locator("form [type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(portal_url + "/admin/translation-status/?state=missing")
    page.locator(f'a[href^="/admin/localize/submit/page/{source.pk}/"]').click()
    english_box = page.locator("input[name=locales]")
    expect(english_box).to_be_checked()  # the status view preselects English
    page.locator("form input[type=submit]").click()

    english = Page.objects.get(translation_key=source.translation_key, locale__language_code="en")
    page.wait_for_url(re.compile(rf"/admin/pages/{english.pk}/edit/$"))
    expect(page.locator(".js-translation-editor")).to_be_visible()
    assert not english.live
    response = page.goto(portal_url + "/en/" + english.slug + "/")
    assert response.status == 404
