"""Builds the demo portal from the data in ``site/``: the page tree, the chrome, the articles.

Vietnamese content is created as pages and snippets; English versions are made
through wagtail-localize (translation sources, translated strings, then
``save_target``), exactly as a translator's work would be stored, so the
translation screens show real sources. Every step looks before it creates:
running the loader twice changes nothing.
"""

import html
import re
import textwrap
from datetime import datetime
from io import BytesIO
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from core.models import PortalImage
from core.text import ascii_slug, fold_vietnamese
from home.models import HomePage
from navigation.models import Agency, Banner, NavigationSettings, PartnerLink, Slide
from news.models import NewsPage, Topic

from .counters import seed_counts
from .data import blueprint, demo_articles, demo_library
from .library import LibraryDemo
from .participation import load_participation

DEMO_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DEMO_FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
# What a generated PDF says under its title: the item's own metadata.
PDF_FIELDS = ("number", "issuing_unit", "date", "valid_from", "valid_until", "summary")
PARAGRAPHS = re.compile(r"<p>(.*?)</p>", re.S)
HAS_LETTERS = re.compile(r"[^\W\d_]")


class MissingDemoTranslation(Exception):
    """The demo data gives no English for a Vietnamese string: it would leak into /en/."""


def paragraphs_to_stream(paragraphs: list[str]):
    return [("paragraph", RichText(f"<p>{html.escape(text, quote=False)}</p>")) for text in paragraphs]


def body_to_stream(items: list) -> list[dict]:
    """A body from the data: a string is a paragraph, a dict a block as stored (``type``, ``value``)."""
    return [
        {"type": "paragraph", "value": f"<p>{html.escape(item, quote=False)}</p>"} if isinstance(item, str) else item
        for item in items
    ]


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.vi = Locale.objects.get(language_code="vi")
        self.en, _ = Locale.objects.get_or_create(language_code="en")

    def log(self, message: str) -> None:
        if self.stdout is not None:
            self.stdout.write(message)

    # Entry point -----------------------------------------------------------------

    @transaction.atomic
    def run(self) -> int:
        plan = blueprint()
        home = self.ensure_home(plan["tree"])
        self.pages_by_slug: dict[str, Page] = {}
        self.deferred_links: list[tuple[dict, Page]] = []
        self.build_children(plan["tree"], home)
        self.resolve_links()
        self.build_chrome(plan["chrome"])
        # Sections first, so that translated articles land under English parents.
        self.translate_tree(plan["tree"], home)
        self.translate_chrome(plan["chrome"])
        self.build_articles(demo_articles())
        LibraryDemo(self).build(demo_library())
        self.created += load_participation(self.vi, self.en)
        # wagtail-localize publishes each translation on commit, from the page object it
        # held before any child was added: that save writes numchild=0 back on every English
        # parent, and Wagtail's tree walk (used for routable sub-paths such as rss/) then
        # finds no children there. Recount children once everything is committed.
        transaction.on_commit(lambda: Page.fix_tree(fix_paths=False))
        # The starting view counts of the demo data ("Lượt xem: 95" on the seed page).
        seed_counts()
        return self.created

    # Pages -----------------------------------------------------------------------

    def ensure_home(self, node: dict) -> Page:
        home = HomePage.objects.filter(locale=self.vi, depth=2).first()
        root = Page.get_first_root_node()
        if home is None:
            home = root.add_child(instance=HomePage(title=node["title"], slug=node["slug"], locale=self.vi))
            home.save_revision().publish()
            self.created += 1
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        if site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
        # Wagtail's installer leaves a "Welcome" page at the root: the portal replaces it.
        for page in root.get_children().filter(content_type__model="page", content_type__app_label="wagtailcore"):
            page.delete()
        return home

    def build_children(self, node: dict, parent: Page) -> None:
        existing = {child.slug: child for child in parent.get_children()}
        for child_node in node.get("children", []):
            page = existing.get(child_node["slug"])
            if page is None:
                page = self.create_page(child_node, parent)
            self.pages_by_slug[child_node["slug"]] = page
            if "link_to" in child_node:
                self.deferred_links.append((child_node, page))
            self.build_children(child_node, page)

    def page_fields(self, node: dict) -> dict:
        fields = dict(node.get("fields", {}))
        if isinstance(fields.get("body"), list):
            fields["body"] = body_to_stream(fields["body"])
        if node.get("pdf"):
            fields["file"] = self.pdf(node["title"], node.get("fields", {}))
        return fields

    def create_page(self, node: dict, parent: Page) -> Page:
        model = apps.get_model(node["type"])
        page = model(
            title=node["title"],
            slug=node["slug"],
            show_in_menus=node.get("show_in_menus", False),
            **self.page_fields(node),
        )
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                # Store blocks in their current form, list items with ids included: the data
                # gives lists as plain values, and wagtail-localize only translates list items
                # that have an id.
                value = getattr(page, field.name)
                list(value)  # converts every block: untouched blocks would be stored as given
                setattr(page, field.name, field.stream_block.get_prep_value(value))
        if node["type"] == "navigation.LinkPage" and "link_to" in node:
            # Publishing needs a target; the real one is set once the whole tree exists.
            page.link_page = parent
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def resolve_links(self) -> None:
        for node, page in self.deferred_links:
            page = page.specific
            target = self.pages_by_slug[node["link_to"]]
            if page.link_page_id != target.pk:
                page.link_page = target
                page.save_revision().publish()

    # Chrome ------------------------------------------------------------------------

    def build_chrome(self, chrome: dict) -> None:
        if not Agency.objects.filter(locale=self.vi).exists():
            Agency.objects.create(locale=self.vi, **chrome["agency"]["vi"])
            self.created += 1

        site = Site.objects.get(is_default_site=True)
        navigation = NavigationSettings.for_site(site)
        if navigation.questions_page_id is None:
            nav = chrome["navigation"]
            navigation.questions_page = self.pages_by_slug[nav["questions_page"]]
            navigation.sitemap_page = self.pages_by_slug[nav["sitemap_page"]]
            navigation.facebook_url = nav["facebook_url"]
            navigation.save()

        for order, banner in enumerate(chrome["banners"]):
            if not Banner.objects.filter(locale=self.vi, title=banner["title"]).exists():
                Banner.objects.create(
                    locale=self.vi,
                    title=banner["title"],
                    link_page=self.pages_by_slug[banner["page"]],
                    placement=banner["placement"],
                    image=self.picture(banner["title"], banner["color"], banner["title"], size=(600, 160)),
                    sort_order=order,
                )
                self.created += 1

        for order, slide in enumerate(chrome["slides"]):
            if not Slide.objects.filter(locale=self.vi, alt_text=slide["alt"]).exists():
                Slide.objects.create(
                    locale=self.vi,
                    image=self.picture(slide["title"], slide["color"], slide["alt"]),
                    alt_text=slide["alt"],
                    caption=slide["caption"],
                    sort_order=order,
                )
                self.created += 1

        for order, (title, _english, url) in enumerate(chrome["partner_links"]):
            if not PartnerLink.objects.filter(locale=self.vi, url=url).exists():
                PartnerLink.objects.create(locale=self.vi, title=title, url=url, sort_order=order)
                self.created += 1

        for name, slug, _english, _english_slug in chrome["topics"]:
            if not Topic.objects.filter(locale=self.vi, slug=slug).exists():
                Topic.objects.create(locale=self.vi, name=name, slug=slug)
                self.created += 1

    def translate_chrome(self, chrome: dict) -> None:
        agency = Agency.objects.get(locale=self.vi)
        self.translate(agency, self.pairs_for_fields(chrome["agency"]["vi"], chrome["agency"]["en"]))
        for banner in chrome["banners"]:
            self.translate(Banner.objects.get(locale=self.vi, title=banner["title"]), {banner["title"]: banner["en"]})
        for slide in chrome["slides"]:
            self.translate(
                Slide.objects.get(locale=self.vi, alt_text=slide["alt"]),
                {slide["alt"]: slide["alt_en"], slide["caption"]: slide["caption_en"]},
            )
        for title, english, url in chrome["partner_links"]:
            self.translate(PartnerLink.objects.get(locale=self.vi, url=url), {title: english})
        for name, slug, english, english_slug in chrome["topics"]:
            self.translate(Topic.objects.get(locale=self.vi, slug=slug), {name: english, slug: english_slug})

    # Articles ------------------------------------------------------------------------

    def build_articles(self, articles: list[dict]) -> None:
        for article in articles:
            category = self.pages_by_slug[article["category"]]
            slug = article.get("slug") or ascii_slug(article["title"])
            page = NewsPage.objects.child_of(category).filter(slug=slug).first()
            if page is None:
                image = None
                if article.get("image"):
                    picture = article["image"]
                    image = self.picture(
                        picture["title"], picture["color"], picture["alt"], credit=picture.get("credit", "")
                    )
                date = timezone.make_aware(datetime.fromisoformat(article["date"]))
                page = NewsPage(
                    title=article["title"],
                    slug=slug,
                    date=date,
                    lead=article["lead"],
                    body=paragraphs_to_stream(article["body"]),
                    author=article.get("author", ""),
                    source=article.get("source", ""),
                    featured=article.get("featured", False),
                    featured_image=image,
                    featured_image_caption=(article.get("image") or {}).get("caption", ""),
                )
                page.topics.set(Topic.objects.filter(locale=self.vi, slug__in=article.get("topics", [])))
                category.add_child(instance=page)
                revision = page.save_revision()
                revision.publish()
                # Demo articles read as published on their own date, as imported archives do.
                NewsPage.objects.filter(pk=page.pk).update(first_published_at=date, last_published_at=date)
                self.created += 1
            if article.get("translation"):
                english = article["translation"]
                pairs = {
                    article["title"]: english["title"],
                    slug: english["slug"],
                    article["lead"]: english["lead"],
                    **dict(zip(article["body"], english["body"], strict=True)),
                    article.get("author", ""): english.get("author", article.get("author", "")),
                    article.get("source", ""): english.get("source", article.get("source", "")),
                }
                caption = (article.get("image") or {}).get("caption")
                if caption:
                    pairs[caption] = english.get("image_caption") or caption
                self.translate(page, pairs)

    # Translation ---------------------------------------------------------------------

    def translate_tree(self, node: dict, page: Page) -> None:
        if "translation" in node:
            english = node["translation"]
            pairs = {node["title"]: english["title"], node["slug"]: english["slug"]}
            pairs.update(self.pairs_for_fields(node.get("fields", {}), english.get("fields", {})))
            self.translate(page, pairs)
        else:
            return  # an untranslated page: its children stay untranslated too
        for child_node in node.get("children", []):
            self.translate_tree(child_node, self.pages_by_slug[child_node["slug"]])

    @classmethod
    def pairs_for_fields(cls, vietnamese: dict, english: dict) -> dict[str, str]:
        """Vietnamese text to English, matched by position in two values of the same shape.

        Plain fields, paragraph lists and structured blocks (dicts and lists nested as the
        block stores them) all pair up leaf by leaf; HTML pairs up paragraph by paragraph.
        """
        pairs: dict[str, str] = {}
        for name, value in vietnamese.items():
            if name in english and name != "type":
                pairs.update(cls.pairs_for_value(value, english[name]))
        return pairs

    @classmethod
    def pairs_for_value(cls, value, target) -> dict[str, str]:
        if isinstance(value, dict) and isinstance(target, dict):
            return cls.pairs_for_fields(value, target)
        if isinstance(value, list) and isinstance(target, list):
            pairs: dict[str, str] = {}
            for item, english in zip(value, target, strict=True):
                pairs.update(cls.pairs_for_value(item, english))
            return pairs
        if isinstance(value, str) and isinstance(target, str):
            if value.startswith("<p>"):
                return dict(zip(PARAGRAPHS.findall(value), PARAGRAPHS.findall(target), strict=True))
            return {value: target}
        return {}

    def translate(self, instance, pairs: dict[str, str]) -> None:
        """Translate one page or snippet into English through wagtail-localize."""
        if isinstance(instance, Page):
            # Read the page back: list items get their ids when stored, and wagtail-localize
            # matches the translated strings to the stored ids, not to the unsaved ones.
            instance = Page.objects.get(pk=instance.pk).specific
        if instance.has_translation(self.en):
            return
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=self.en)
        po = translation.export_po()
        for entry in po:
            entry.msgstr = self.english_for(entry.msgid, pairs, instance)
        translation.import_po(po, tool_name="demo loader")
        translation.save_target(publish=True)
        self.created += 1

    @staticmethod
    def english_for(text: str, pairs: dict[str, str], instance) -> str:
        plain = html.unescape(text)
        if plain in pairs:
            english = pairs[plain]
            return html.escape(english, quote=False) if plain != text else english
        if text in pairs:
            return pairs[text]
        # wagtail-localize stores the line breaks of a plain text field as <br/>.
        lines = html.unescape(text.replace("<br/>", "\n"))
        if lines in pairs:
            return html.escape(pairs[lines], quote=False).replace("\n", "<br/>")
        if fold_vietnamese(plain) == plain or not HAS_LETTERS.search(plain):
            return text  # addresses, numbers, names already in ASCII
        raise MissingDemoTranslation(f"No English for {plain[:80]!r} in {instance!r}")

    # Images -------------------------------------------------------------------------

    def picture(self, title: str, color: str, alt: str, credit: str = "", size=(1200, 675)) -> PortalImage:
        existing = PortalImage.objects.filter(title=title).first()
        if existing:
            return existing
        canvas = Image.new("RGB", size, color)
        draw = ImageDraw.Draw(canvas)
        width, height = size
        for band in range(0, height, 24):  # a quiet texture so that demo photos are not flat blocks
            draw.line([(0, band), (width, band + height // 3)], fill=_shade(color, 0.9), width=6)
        size_px = max(24, height // 9)
        if DEMO_FONT.exists():  # Debian's DejaVu has the Vietnamese letters
            font, caption = ImageFont.truetype(str(DEMO_FONT), size_px), title
        else:  # Pillow's built-in font does not: write the title without diacritics
            font, caption = ImageFont.load_default(size=size_px), fold_vietnamese(title)
        draw.text((width // 20, height - height // 4), caption, fill="white", font=font)
        buffer = BytesIO()
        canvas.save(buffer, "JPEG", quality=82)
        image = PortalImage(title=title, description=alt, credit=credit)
        image.file = ImageFile(buffer, name=f"{ascii_slug(title)[:60] or 'anh'}.jpg")
        image.save()
        self.created += 1
        return image

    # Files ---------------------------------------------------------------------------

    def pdf(self, title: str, fields: dict):
        """A one-page PDF whose text is the item's own metadata, as a Wagtail document."""
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        lines = [title, *(str(fields[name]) for name in PDF_FIELDS if fields.get(name))]
        page = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
        draw = ImageDraw.Draw(page)
        if DEMO_FONT.exists():
            font, bold = ImageFont.truetype(str(DEMO_FONT), 28), ImageFont.truetype(str(DEMO_FONT_BOLD), 34)
        else:
            font = bold = ImageFont.load_default(size=28)
            lines = [fold_vietnamese(line) for line in lines]
        top = 140
        for index, line in enumerate(lines):
            for wrapped in textwrap.wrap(line, width=60 if index else 50):
                draw.text((120, top), wrapped, fill="black", font=bold if index == 0 else font)
                top += 52 if index == 0 else 42
            top += 24
        buffer = BytesIO()
        page.save(buffer, "PDF", resolution=150)
        document = Document(title=title)
        document.file = File(buffer, name=f"{ascii_slug(title)[:60] or 'tai-lieu'}.pdf")
        document.save()
        self.created += 1
        return document


def _shade(color: str, factor: float) -> tuple[int, int, int]:
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return (int(red * factor), int(green * factor), int(blue * factor))
