"""Factories shared by every app's ``factories.py``: pages with ASCII slugs, and images.

Titles are realistic but generic Vietnamese (any province); slugs come from
``core.text.ascii_slug`` like the editor's slug field, so "Sơ đồ cổng" becomes ``so-do-cong``.
"""

import factory
import wagtail_factories
from wagtail.models import Collection, Locale

from core.models import PortalImage
from core.text import ascii_slug


class PortalPageFactory(wagtail_factories.PageFactory):
    """A page with its slug made the portal's way (wagtail-factories' default drops "đ")."""

    slug = factory.LazyAttribute(lambda page: ascii_slug(page.title))
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class PortalImageFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Ảnh tư liệu {n}")
    file = factory.django.ImageField(width=1200, height=675, color="#2e7d32")
    credit = "Ảnh: Phóng viên"
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = PortalImage
