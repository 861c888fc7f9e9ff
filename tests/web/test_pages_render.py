"""Page images for the viewer and the evidence boxes drawn over them, on the committed samples and small files."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from api.web.evidence import highlight, quote_lines
from api.web.pages_render import CaseRenderer
from reviewer.core.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NOTICE = "行政处罚事先告知书"


def _renderer(tmp_path: Path, *names: str, soffice: str | None = "") -> CaseRenderer:
    files = [(name, SAMPLES / name) for name in names]
    return CaseRenderer(files, tmp_path / "cache", Settings(), soffice=soffice)


def _image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def _ink_inside(image: Image.Image, box: dict[str, float]) -> int:
    """Dark pixels inside a fractional box: text drawn there means the box sits on the words."""
    left, top = int(box["left"] * image.width), int(box["top"] * image.height)
    right, bottom = int((box["left"] + box["width"]) * image.width), int((box["top"] + box["height"]) * image.height)
    crop = image.crop((left, top, right, bottom)).convert("L")
    return sum(crop.histogram()[:128])


def test_pdf_pages_match_the_reader_and_the_box_sits_on_the_quote(tmp_path: Path) -> None:
    renderer = _renderer(tmp_path, "case-01-market.pdf")
    pages = renderer.pages()
    assert [p.index for p in pages] == list(range(1, 23)) and {p.drawing for p in pages} == {"pdf"}
    view = next(p for p in pages if any(line.text == NOTICE for line in p.lines))
    boxes = highlight(view, NOTICE)
    assert len(boxes) == 1
    image = _image(renderer.render(view.index, 800))
    assert image.width == 800 and abs(image.height / image.width - view.height / view.width) < 0.01
    assert _ink_inside(image, boxes[0]) > 200
    blank = {"left": boxes[0]["left"], "top": 0.93, "width": boxes[0]["width"], "height": boxes[0]["height"]}
    assert _ink_inside(image, blank) < 20


def test_rendering_is_cached_and_a_second_renderer_reads_the_manifest(tmp_path: Path) -> None:
    first = _renderer(tmp_path, "case-01-market.pdf")
    png = first.render(3, 600)
    cached = list((first.cache / "png").glob("3-600.png"))
    assert cached and cached[0].read_bytes() == png
    second = _renderer(tmp_path, "case-01-market.pdf")
    assert (second.cache / "manifest.json").exists()
    assert [p.lines for p in second.pages()] == [p.lines for p in first.pages()]


def test_docx_without_libreoffice_is_laid_out_from_its_text(tmp_path: Path) -> None:
    renderer = _renderer(tmp_path, "case-01-market.docx", soffice="")
    pages = renderer.pages()
    assert len(pages) == 22 and {p.drawing for p in pages} == {"layout"}
    view = next(p for p in pages if any(line.text == NOTICE for line in p.lines))
    boxes = highlight(view, NOTICE)
    image = _image(renderer.render(view.index, 700))
    assert len(boxes) == 1 and _ink_inside(image, boxes[0]) > 150


def test_docx_with_libreoffice_uses_its_pdf_and_its_text_layer(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) missing: run scripts/install-system-deps.sh"
    renderer = _renderer(tmp_path, "case-01-market.docx", soffice=soffice)
    view = next(p for p in renderer.pages() if any(NOTICE in line.text for line in p.lines))
    assert view.drawing == "office"
    boxes = highlight(view, NOTICE)
    image = _image(renderer.render(view.index, 700))
    assert len(boxes) == 1 and _ink_inside(image, boxes[0]) > 150


def test_pages_are_numbered_over_all_files_in_upload_order(tmp_path: Path) -> None:
    renderer = _renderer(tmp_path, "case-03-simple.pdf", "case-01-market.pdf")
    pages = renderer.pages()
    first_count = sum(1 for p in pages if p.source == "case-03-simple.pdf")
    assert pages[first_count].source == "case-01-market.pdf" and pages[first_count].source_page == 1
    assert pages[first_count].index == first_count + 1


def test_photo_is_shown_as_taken_and_boxed_by_ocr_lines(tmp_path: Path) -> None:
    """A phone photo of a page: drawn from the image itself, boxes from the real PP-OCR lines."""
    photo = SAMPLES / "scans" / "case-17-simple-over-limit-photos" / "page-01.jpg"
    renderer = CaseRenderer([("page-01.jpg", photo)], tmp_path / "cache", Settings(), soffice="")
    (view,) = renderer.pages()
    assert view.drawing == "image" and view.origin == "ocr"
    line = max(view.lines, key=lambda item: len(item.text))
    boxes = highlight(view, line.text)
    image = _image(renderer.render(1, 800))
    with Image.open(photo) as original:
        assert abs(image.height / image.width - original.height / original.width) < 0.01
    assert len(boxes) == 1 and _ink_inside(image, boxes[0]) > 100


def test_quote_over_two_lines_and_unknown_quotes(tmp_path: Path) -> None:
    view = _renderer(tmp_path, "case-01-market.pdf").pages()[13]
    first, second = view.lines[3].text, view.lines[4].text
    assert quote_lines(view, first[-3:] + second[:3]) == [3, 4]
    assert quote_lines(view, "完全不存在的一句话") == [] and highlight(view, "") == []
    assert highlight(view, "x", box=(0, 0, view.width / 2, view.height / 4))[0]["width"] == pytest.approx(0.5, abs=0.01)
