"""Electronic seal pictures in a text-layer PDF: a red, square, seal-sized image counts; others do not."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageDraw

from extractors.readers.pdf import read_pdf
from extractors.readers.seal_images import seal_image_boxes


def _picture(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (200, 200)) -> Path:
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, size[0] - 8, size[1] - 8), outline=colour, width=14)
    draw.regular_polygon((size[0] / 2, size[1] / 2, size[1] / 5), 5, fill=colour)
    image.save(path)
    return path


def _pdf(tmp_path: Path, pictures: list[tuple[Path, float, float]]) -> Path:
    """One A4 page with a line of text and the pictures placed at (width mm, height mm)."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Decision text layer")
    for index, (picture, width, height) in enumerate(pictures):
        pdf.image(str(picture), x=120, y=200 - index * 60, w=width, h=height)
    out = tmp_path / "sealed.pdf"
    pdf.output(str(out))
    return out


def test_a_red_square_seal_sized_picture_is_a_seal(tmp_path: Path) -> None:
    red = _picture(tmp_path / "red.png", (220, 30, 30))
    path = _pdf(tmp_path, [(red, 40, 40)])
    page = pdfium.PdfDocument(str(path))[0]
    (box,) = seal_image_boxes(page, page.get_size()[1])
    x0, top, x1, bottom = box
    assert 100 < x1 - x0 < 125 and 100 < bottom - top < 125  # 40 mm ≈ 113 pt
    (read,) = list(read_pdf(path))
    assert read.red_seal is True and read.seals == [box]


def test_black_pictures_banners_and_tiny_marks_are_not_seals(tmp_path: Path) -> None:
    black = _picture(tmp_path / "black.png", (20, 20, 20))
    banner = _picture(tmp_path / "banner.png", (220, 30, 30), size=(600, 100))
    path = _pdf(tmp_path, [(black, 40, 40), (banner, 150, 25), (_picture(tmp_path / "dot.png", (220, 30, 30)), 8, 8)])
    page = pdfium.PdfDocument(str(path))[0]
    assert seal_image_boxes(page, page.get_size()[1]) == []
    (read,) = list(read_pdf(path))
    assert read.red_seal is None and read.seals == []


def test_an_electronic_seal_before_appended_pages_seals_the_instrument() -> None:
    """The seal picture sits on the signing page; law text appended after it does not unseal the decision."""
    from extractors.fields.marks import scanned_seal
    from reviewer.core.model import Page

    def page(index: int, sealed: bool | None) -> Page:
        return Page(index=index, source="d.pdf", source_page=index, origin="text", text="x", red_seal=sealed)

    assert scanned_seal([page(1, None), page(2, True), page(3, None)], 1, 3) is True
    assert scanned_seal([page(1, None), page(2, None)], 1, 2) is None
