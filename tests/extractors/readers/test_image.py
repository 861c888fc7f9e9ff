"""Image reader: formats, frames, EXIF orientation, resolution, damage; OCR by the real engine on strips of
real rendered pages (strips keep the test quick)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from extractors.ingest import ReadOptions, iter_case
from extractors.ocr import OcrOptions
from extractors.readers.image import image_dpi, iter_frames, read_image
from reviewer.core.errors import CorruptFile, OcrUnavailable
from reviewer.core.model import Page, SourceError

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


def strip(number: int, top: int = 0, height: int = 520) -> Image.Image:
    """The top of a page of case-03-simple.pdf at 200 dpi (title, number, first lines)."""
    document = pdfium.PdfDocument(str(SAMPLES / "case-03-simple.pdf"))
    try:
        image = document[number - 1].render(scale=200 / 72).to_pil().convert("RGB")
    finally:
        document.close()
    return image.crop((0, top, image.width, top + height))


def test_png_is_read_by_ocr(tmp_path):
    path = tmp_path / "p.png"
    strip(1).save(path, dpi=(200, 200))
    (page,) = read_image(path, ocr=OcrOptions())
    assert page.origin == "ocr" and page.source == "p.png" and page.source_page == 1
    assert "行政处罚决定书" in page.text and "嵩北城管简罚" in page.text
    assert page.width == pytest.approx(1654 * 72 / 200, abs=1)


def test_multi_page_tiff_gives_one_page_per_frame_in_a_case_folder(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    first, second = strip(2, height=420), strip(3, height=420)
    first.save(folder / "scan.tif", save_all=True, append_images=[second], dpi=(200, 200), compression="tiff_lzw")
    items = list(iter_case([folder], ReadOptions()))
    pages = [item for item in items if isinstance(item, Page)]
    assert not [item for item in items if isinstance(item, SourceError)]
    assert [(p.index, p.source, p.source_page) for p in pages] == [(1, "scan.tif", 1), (2, "scan.tif", 2)]
    assert "送达回证" in pages[0].text and "照片证据" in pages[1].text


def test_exif_orientation_is_applied_before_anything_else(tmp_path):
    path = tmp_path / "photo.jpg"
    upright = Image.new("RGB", (300, 400), "white")
    upright.paste((0, 0, 0), (0, 0, 300, 40))  # a black band at the top
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn 90° clockwise to display"
    upright.transpose(Image.Transpose.ROTATE_90).save(path, exif=exif)
    (frame,) = iter_frames(path, "photo.jpg")
    assert frame.size == (300, 400)
    assert frame.getpixel((150, 10)) < (60, 60, 60) and frame.getpixel((150, 390)) > (200, 200, 200)


@pytest.mark.parametrize(
    ("size", "dpi", "expected"),
    [
        ((1654, 2339), (200, 200), 200.0),
        ((4000, 3000), (72, 72), 3000 / 8.27),  # a phone photo claiming 72 dpi: a 55-inch page is not believed
        ((1240, 1754), None, 1240 / 8.27),
    ],  # no tag: taken as an A4 sheet
)
def test_resolution_from_the_file_or_from_a4(size, dpi, expected):
    image = Image.new("L", size, 255)
    if dpi:
        image.info["dpi"] = dpi
    assert image_dpi(image) == pytest.approx(expected)


def test_damaged_image_is_a_corrupt_file(tmp_path):
    path = tmp_path / "cut.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    with pytest.raises(CorruptFile) as raised:
        list(read_image(path, ocr=OcrOptions()))
    assert "cut.png" in raised.value.user_message


def test_without_ocr_images_are_refused(tmp_path):
    path = tmp_path / "p.png"
    Image.new("L", (10, 10), 255).save(path)
    with pytest.raises(OcrUnavailable):
        list(read_image(path))
