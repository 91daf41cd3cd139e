"""The one body StreamBlock every page uses, with one template per block."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from .struct_values import DocumentStructValue, LinkStructValue

BLOCK_TEMPLATES = "components/streamfield/blocks"
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[
            ("h2", pgettext_lazy("heading level", "Heading 2")),
            ("h3", pgettext_lazy("heading level", "Heading 3")),
            ("h4", pgettext_lazy("heading level", "Heading 4")),
        ],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = f"{BLOCK_TEMPLATES}/heading_block.html"
        preview_value = {"text": "Kết quả thực hiện năm 2022", "level": "h2"}
        description = _("A section heading inside the body.")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)

    class Meta:
        icon = "image"
        label = _("Image")
        template = f"{BLOCK_TEMPLATES}/image_block.html"
        description = _("An image with alt text, an optional caption and the image's credit.")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    images = blocks.ListBlock(CaptionedImageBlock(), label=pgettext_lazy("block label", "Images"), min_num=2)

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = f"{BLOCK_TEMPLATES}/gallery_block.html"
        description = _("Several photos shown as a grid.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)

    class Meta:
        icon = "media"
        label = _("Video")
        template = f"{BLOCK_TEMPLATES}/video_block.html"
        description = _("An embedded video with a caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = f"{BLOCK_TEMPLATES}/quote_block.html"
        preview_value = {"text": "Số lượng phải đi liền với chất lượng.", "attribution": "Ban Thường vụ Huyện ủy"}
        description = _("A highlighted quotation.")


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("number", blocks.DecimalBlock(label=_("Number"))),
            ("rich_text", blocks.RichTextBlock(label=_("Rich text"), features=["bold", "italic", "link"])),
        ],
        label=_("Table"),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = f"{BLOCK_TEMPLATES}/table_block.html"
        description = _("A data table with a caption, e.g. statistics.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False, help_text=_("Defaults to the document's title."))

    class Meta:
        icon = "doc-full"
        label = _("Document")
        value_class = DocumentStructValue


class DocumentsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    documents = blocks.ListBlock(DocumentBlock(), label=pgettext_lazy("block label", "Documents"), min_num=1)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Attached documents")
        template = f"{BLOCK_TEMPLATES}/documents_block.html"
        description = _("Downloadable files, listed with their type and size.")


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkStructValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose either a page or an external address, not both."))}
            )
        if value.get("url") and not value.get("title"):
            raise blocks.StructBlockValidationError(
                block_errors={"title": ValidationError(_("An external link needs a title."))}
            )
        return value


class RelatedLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Related links")
        template = f"{BLOCK_TEMPLATES}/related_links_block.html"
        description = _("A list of links to pages or other websites.")


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Full name"), max_length=255)
    position = blocks.CharBlock(label=_("Position"), max_length=255)
    responsibilities = blocks.CharBlock(
        label=_("Areas of responsibility"),
        required=False,
        max_length=500,
        help_text=_("What this person is in charge of."),
    )
    biography = blocks.RichTextBlock(label=_("Short biography"), features=["bold", "italic", "link"], required=False)

    class Meta:
        icon = "user"
        label = _("Leader")
        template = f"{BLOCK_TEMPLATES}/person_block.html"
        preview_value = {
            "name": "Nguyễn Văn A",
            "position": "Chủ tịch Ủy ban nhân dân tỉnh",
            "biography": "<p>Sinh năm 1970, thạc sĩ kinh tế.</p>",
        }
        description = _("A leader with position, responsibilities and a short biography.")


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=255, help_text=_("A person, a service or a hotline."))
    position = blocks.CharBlock(label=_("Position or role"), required=False, max_length=255)
    unit = blocks.CharBlock(label=_("Unit"), required=False, max_length=255)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=50)
    email = blocks.EmailBlock(label=_("Email"), required=False)

    class Meta:
        icon = "mail"
        label = _("Contact")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("phone") and not value.get("email"):
            raise blocks.StructBlockValidationError(
                block_errors={"phone": ValidationError(_("Give a phone number or an email address."))}
            )
        return value


class ContactsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    contacts = blocks.ListBlock(ContactBlock(), label=_("Contacts"), min_num=1)

    class Meta:
        icon = "group"
        label = _("Contacts")
        template = f"{BLOCK_TEMPLATES}/contacts_block.html"
        preview_value = {
            "title": "Cán bộ đầu mối",
            "contacts": [
                {
                    "name": "Trần Thị B",
                    "position": "Chánh Văn phòng",
                    "unit": "Văn phòng UBND tỉnh",
                    "phone": "0273 3873 123",
                }
            ],
        }
        description = _("A table of contacts (officials, hotlines, support desks) with phone and email.")


class FactsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    facts = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("label", blocks.CharBlock(label=_("Label"), max_length=255)),
                ("value", blocks.CharBlock(label=_("Value"), max_length=500)),
            ],
            label=_("Fact"),
        ),
        label=_("Facts"),
        min_num=1,
    )

    class Meta:
        icon = "list-ul"
        label = _("Key facts")
        template = f"{BLOCK_TEMPLATES}/facts_block.html"
        preview_value = {"title": "Thông tin chính", "facts": [{"label": "Thời gian", "value": "08/12/2019"}]}
        description = _("Label and value pairs, e.g. the date, place and organiser of an event.")


class PriceTableBlock(blocks.StructBlock):
    """Prices or fees by item: market prices of a day, road tolls, service charges.

    Built from plain text and number blocks rather than a free table so that every
    item is translated with the page (wagtail-localize does not read typed tables).
    """

    caption = blocks.CharBlock(label=_("Caption"), max_length=255)
    date = blocks.DateBlock(label=_("Prices as of"), required=False)
    currency = blocks.CharBlock(label=_("Currency"), max_length=50, default="đồng", help_text=_("E.g. “đồng”."))
    rows = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("item", blocks.CharBlock(label=_("Item"), max_length=255)),
                ("unit", blocks.CharBlock(label=_("Per"), max_length=100, help_text=_("E.g. kg, trip, month."))),
                ("price", blocks.DecimalBlock(label=_("Price"), decimal_places=0, min_value=0)),
            ],
            label=_("Row"),
        ),
        label=_("Rows"),
        min_num=1,
    )

    class Meta:
        icon = "table"
        label = _("Price list")
        template = f"{BLOCK_TEMPLATES}/price_table_block.html"
        preview_value = {
            "caption": "Giá một số mặt hàng tại chợ Mỹ Tho",
            "currency": "đồng",
            "rows": [{"item": "Gạo thường", "unit": "kg", "price": "15000"}],
        }
        description = _("A price or fee table: market prices by date, tolls, charges.")


# The sizes the body's image blocks show (image_block.html, gallery_block.html): a page
# type registers its body with them so that they are made ahead (core/renditions.py).
BODY_IMAGE_SIZES = {"image": ("width-800",), "gallery": ("fill-400x300",)}


class BodyStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template=f"{BLOCK_TEMPLATES}/paragraph_block.html",
        preview_value="<p>Đảng bộ huyện Châu Thành đã kết nạp được 121 đảng viên mới.</p>",
        description=_("Body text."),
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    table = TableBlock()
    documents = DocumentsBlock()
    related_links = RelatedLinksBlock()
    people = PersonBlock()
    contacts = ContactsBlock()
    facts = FactsBlock()
    prices = PriceTableBlock()
