"""Small PDF files for the demo documents, drawn with Pillow (no new dependency).

Each page is an A4 image of the document's first page, in the layout of a
Vietnamese administrative document (issuing body and national motto, number,
place and date, title, abstract, signature block), so that what a reader
downloads matches the metadata on the page. A one-bit image keeps each file
around 20 KB. The PDF's own metadata (title, subject, author) says the same.
"""

from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
DPI = 100
PAGE = (827, 1169)  # A4 at 100 dpi
MARGIN = 80


def _font(path: Path, size: int):
    if path.exists():  # Debian's DejaVu has the Vietnamese letters
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _wrap(draw, text: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def document_pdf(
    *,
    issuer: str,
    number: str,
    place_and_date: str,
    heading: str,
    abstract: str,
    body: list[str],
    signature: list[str],
    title: str,
) -> bytes:
    """The first page of a document as a one-page PDF."""
    regular, bold, large = _font(FONT, 15), _font(BOLD, 15), _font(BOLD, 20)
    small, small_bold = _font(FONT, 13), _font(BOLD, 13)
    page = Image.new("1", PAGE, 1)
    draw = ImageDraw.Draw(page)
    width = PAGE[0] - 2 * MARGIN
    left = width * 2 // 5  # the issuing body; the national motto takes the rest
    right_x, right = MARGIN + left + 20, width - left - 20

    def centred(text, font, y, left=MARGIN, span=width):
        draw.text((left + (span - draw.textlength(text, font=font)) / 2, y), text, font=font, fill=0)

    y = MARGIN
    for offset, line in enumerate(_wrap(draw, issuer.upper(), small_bold, left)):
        centred(line, small_bold, y + offset * 20, MARGIN, left)
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", small_bold, y, right_x, right)
    centred("Độc lập - Tự do - Hạnh phúc", small_bold, y + 20, right_x, right)
    y += 80
    centred(f"Số: {number}", small, y, MARGIN, left)
    centred(place_and_date, small, y, right_x, right)
    y += 70
    centred(heading.upper(), large, y)
    y += 36
    for line in _wrap(draw, abstract, bold, width - 60):
        centred(line, bold, y)
        y += 24
    y += 24
    for paragraph in body:
        for line in _wrap(draw, paragraph, regular, width):
            draw.text((MARGIN, y), line, font=regular, fill=0)
            y += 22
        y += 10
    y += 30
    for line in signature:
        centred(line, bold, y, right_x, right)
        y += 24

    buffer = BytesIO()
    page.save(buffer, "PDF", resolution=DPI, title=title, subject=abstract, author=issuer, creator="load_demo")
    return buffer.getvalue()
