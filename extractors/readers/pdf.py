"""Text-layer PDF reader: pages with lines, boxes and font sizes.

Two engines read the same text layer. pypdfium2 is the default because it is measured to be 30–100×
faster than pdfplumber on our case files (see docs/benchmarks.md); pdfplumber stays available for layout
questions and for the side-by-side benchmark. Both yield one `Page` at a time so memory stays flat in the
page count: no char objects are kept, only lines.

Per page, the text layer is read when it is usable. A page without one (a scan), or with a garbage one
(private-use glyphs, mojibake from a broken font map, a few stray characters over a full-page image), is
rendered with pdfium at the OCR dpi and read by the OCR engine instead (extractors/text_layer.py decides);
mixed PDFs mix both. Without OCR options such a page is returned empty with a warning.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Literal

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from extractors.ocr import OcrOptions
from extractors.readers.seal_images import seal_image_boxes
from extractors.readers.text_layer import image_share, usable_text
from reviewer.core.errors import CorruptFile, EncryptedFile, OcrUnavailable
from reviewer.core.model import Box, Line, Page

Engine = Literal["pdfium", "plumber"]
log = logging.getLogger(__name__)

NO_TEXT_WARNING = "本页没有可用的文字层（可能是扫描件），需要 OCR 识别。"
#: A page the PDF engine could not load or read (a damaged page object); the other pages are still read.
DAMAGED_PAGE_WARNING = "本页已损坏，无法读取，请核对原件。"
_PDFIUM_PASSWORD_ERROR = 4
_LINE = re.compile(r"[^\r\n]+")


def read_pdf(
    path: Path,
    source: str | None = None,
    *,
    engine: Engine = "pdfium",
    ocr: OcrOptions | None = None,
    max_pixels: int | None = None,
) -> Iterator[Page]:
    """Yield the pages of a PDF; raise `EncryptedFile` or `CorruptFile` before the first page.

    With `ocr`, pages without a usable text layer are rendered and OCR'd (pdfium renders them, whichever
    engine reads the text layers), at a lower dpi where the page would pass `max_pixels` (a poster-sized page
    must not take gigabytes)."""
    source = source or path.name
    pages = _read_with_plumber(path, source) if engine == "plumber" else _read_with_pdfium(path, source)
    if ocr is None:
        yield from pages
        return
    document = _open_pdfium(path, source)
    try:
        if ocr.pooled:
            from extractors.ocr.pool import in_order

            scanned = (_ocr_in_pool(document, page, ocr, max_pixels) for page in pages)
            yield from in_order(scanned, ahead=2 * ocr.workers)
        else:
            for page in pages:
                yield _ocr_if_needed(document, page, ocr, max_pixels)
    finally:
        document.close()


def render_scale(width_pt: float, height_pt: float, dpi: int, max_pixels: int | None) -> float:
    """Points → pixels at `dpi`, lowered so the rendered page stays within `max_pixels`."""
    scale = dpi / 72
    pixels = width_pt * height_pt * scale * scale
    if max_pixels is not None and pixels > max_pixels:
        scale *= (max_pixels / pixels) ** 0.5
    return scale


def _scanned_image(
    document: pdfium.PdfDocument, page: Page, ocr: OcrOptions, max_pixels: int | None
) -> Page | tuple[Image.Image, float]:
    """The page as it stands (usable text layer, damaged, not renderable), or its image and dpi for OCR."""
    if DAMAGED_PAGE_WARNING in page.warnings:
        return page
    try:
        pdf_page = document[page.source_page - 1]
    except pdfium.PdfiumError as error:
        log.warning("%s page %s cannot be loaded for OCR: %s", page.source, page.source_page, error)
        return damaged_page(page.source, page.source_page)
    try:
        if usable_text(page.text, image_share(pdf_page)):
            return page
        width, height = pdf_page.get_size()
        scale = render_scale(width, height, ocr.dpi, max_pixels)
        if scale < ocr.dpi / 72:
            log.info(
                "%s page %s rendered at %.0f dpi to stay within the pixel limit",
                page.source,
                page.source_page,
                scale * 72,
            )
        image = pdf_page.render(scale=scale, grayscale=False).to_pil()
    except pdfium.PdfiumError as error:
        log.warning("%s page %s cannot be rendered for OCR: %s", page.source, page.source_page, error)
        return page if page.text.strip() else damaged_page(page.source, page.source_page)
    finally:
        pdf_page.close()
    return image, scale * 72


def _ocr_if_needed(document: pdfium.PdfDocument, page: Page, ocr: OcrOptions, max_pixels: int | None) -> Page:
    """The text-layer page when its text is usable, else the page rendered and OCR'd."""
    from extractors.ocr.page import ocr_page
    from extractors.ocr.registry import get_engine

    rendered = _scanned_image(document, page, ocr, max_pixels)
    if isinstance(rendered, Page):
        return rendered
    image, dpi = rendered
    try:
        engine = get_engine(ocr.engine)
    except OcrUnavailable as error:
        log.warning("%s page %s needs OCR: %s", page.source, page.source_page, error)
        return page  # kept with its "no usable text layer" warning; the text pages of the file still count
    scanned = ocr_page(
        image, engine, dpi=dpi, source=page.source, number=page.source_page, low_confidence=ocr.low_confidence
    )
    scanned.index = page.index
    return scanned


def _ocr_in_pool(
    document: pdfium.PdfDocument, page: Page, ocr: OcrOptions, max_pixels: int | None
) -> Page | Future[Page]:
    """Like `_ocr_if_needed`, the OCR done by the page pool (extractors/ocr/pool.py): a future of the page."""
    from extractors.ocr.pool import submit_page

    rendered = _scanned_image(document, page, ocr, max_pixels)
    if isinstance(rendered, Page):
        return rendered
    image, dpi = rendered
    number = page.source_page
    return submit_page(
        ocr.engine, ocr.workers, image, dpi=dpi, source=page.source, number=number, low=ocr.low_confidence
    )


def pdf_page_count(path: Path, source: str | None = None) -> int:
    """Number of pages, with the same typed errors as `read_pdf`."""
    document = _open_pdfium(path, source or path.name)
    try:
        return len(document)
    finally:
        document.close()


# ── pypdfium2 ──────────────────────────────────────────────────────────────────────────────────────────


def _open_pdfium(path: Path, source: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == _PDFIUM_PASSWORD_ERROR:
            raise EncryptedFile(f"{source}: PDF is password protected", source=source) from error
        raise CorruptFile(
            f"{source}: PDF cannot be opened ({error})",
            f"PDF 文件“{source}”已损坏或不完整，无法打开。",
            source=source,
        ) from error


def _read_with_pdfium(path: Path, source: str) -> Iterator[Page]:
    document = _open_pdfium(path, source)
    try:
        if len(document) == 0:
            raise CorruptFile(f"{source}: PDF has no pages", f"PDF 文件“{source}”中没有页面。", source=source)
        for number in range(1, len(document) + 1):
            yield _pdfium_page_or_damaged(document, source, number)
    finally:
        document.close()


def _pdfium_page_or_damaged(document: pdfium.PdfDocument, source: str, number: int) -> Page:
    """One page; a page pdfium cannot load or read is returned empty with `DAMAGED_PAGE_WARNING`."""
    try:
        page = document[number - 1]
    except pdfium.PdfiumError as error:
        log.warning("%s page %s cannot be loaded: %s", source, number, error)
        return damaged_page(source, number)
    try:
        return _pdfium_page(page, source, number)
    except pdfium.PdfiumError as error:
        log.warning("%s page %s cannot be read: %s", source, number, error)
        return damaged_page(source, number)
    finally:
        page.close()


def damaged_page(source: str, number: int) -> Page:
    """The place of a page that could not be read, so page numbers stay those of the file."""
    return Page(index=number, source=source, source_page=number, origin="text", warnings=[DAMAGED_PAGE_WARNING])


def _pdfium_page(page: pdfium.PdfPage, source: str, number: int) -> Page:
    rotation = page.get_rotation() % 360
    width, height = page.get_size()  # as displayed, rotation applied
    textpage = page.get_textpage()
    try:
        lines = _pdfium_lines(textpage, rotation, width, height)
    finally:
        textpage.close()
    made = _make_page(source, number, lines, width, height, rotation)
    seals = seal_image_boxes(page, height) if made.text.strip() else []
    return made.model_copy(update={"red_seal": True, "seals": seals}) if seals else made


def _pdfium_lines(textpage: pdfium.PdfTextPage, rotation: int, width: float, height: float) -> list[Line]:
    """Cut the page text at line breaks and box each line by its first and last visible chars.

    pdfium's text string has one entry per char index (its generated spaces and line breaks included),
    so offsets in `text` are char indices; two box look-ups per line keep this linear and cheap.
    """
    lines: list[Line] = []
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count)
    aligned = len(text) == count
    for match in _LINE.finditer(text):
        raw, start, end = match.group(), match.start(), match.end()
        stripped = raw.strip()
        if not stripped:
            continue
        box = size = None
        if aligned:
            first = start + (len(raw) - len(raw.lstrip()))
            last = end - 1 - (len(raw) - len(raw.rstrip()))
            box = _union(
                _display_box(textpage.get_charbox(first), rotation, width, height),
                _display_box(textpage.get_charbox(last), rotation, width, height),
            )
            size = round(pdfium_c.FPDFText_GetFontSize(textpage.raw, first), 2) or None
        lines.append(Line(text=stripped, box=box, size=size))
    return lines


def _display_box(charbox: tuple[float, float, float, float], rotation: int, width: float, height: float) -> Box:
    """Map a PDF-space box (left, bottom, right, top; y up) to displayed top-left coordinates."""
    left, bottom, right, top = charbox
    if rotation == 90:  # displayed width is the unrotated height
        return (bottom, left, top, right)
    if rotation == 180:
        return (width - right, bottom, width - left, top)
    if rotation == 270:
        return (width - top, height - right, width - bottom, height - left)
    return (left, height - top, right, height - bottom)


def _union(a: Box, b: Box) -> Box:
    return (
        round(min(a[0], b[0]), 2),
        round(min(a[1], b[1]), 2),
        round(max(a[2], b[2]), 2),
        round(max(a[3], b[3]), 2),
    )


def _make_page(source: str, number: int, lines: list[Line], width: float, height: float, rotation: int) -> Page:
    text = "\n".join(line.text for line in lines)
    return Page(
        index=number,
        source=source,
        source_page=number,
        text=text,
        lines=lines,
        origin="text",
        width=round(width, 2),
        height=round(height, 2),
        rotation=rotation,
        warnings=[] if text.strip() else [NO_TEXT_WARNING],
    )


# ── pdfplumber ─────────────────────────────────────────────────────────────────────────────────────────


def _read_with_plumber(path: Path, source: str) -> Iterator[Page]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
        pages = pdf.pages
    except Exception as error:
        raise _plumber_error(error, source) from error
    with contextlib.closing(pdf):
        if not pages:
            raise CorruptFile(f"{source}: PDF has no pages", f"PDF 文件“{source}”中没有页面。", source=source)
        for number, page in enumerate(pages, start=1):
            try:
                yield _plumber_page(page, source, number)
            finally:
                page.close()  # drops the page's cached char objects


def _plumber_error(error: Exception, source: str) -> CorruptFile | EncryptedFile:
    """pdfplumber wraps pdfminer's errors; look through the wrapper for a password problem."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    causes = [error, error.__cause__, *getattr(error, "args", ())]
    if any(isinstance(c, (PDFPasswordIncorrect, PDFEncryptionError)) for c in causes):
        return EncryptedFile(f"{source}: PDF is password protected", source=source)
    return CorruptFile(
        f"{source}: PDF cannot be parsed ({error!r})", f"PDF 文件“{source}”已损坏或不完整，无法打开。", source=source
    )


def _plumber_page(page: Any, source: str, number: int) -> Page:
    """A pdfplumber page (untyped library object) as our `Page`."""
    lines = []
    for item in page.extract_text_lines(return_chars=True, strip=True):
        chars = item.get("chars") or []
        lines.append(
            Line(
                text=item["text"],
                box=(round(item["x0"], 2), round(item["top"], 2), round(item["x1"], 2), round(item["bottom"], 2)),
                size=round(chars[0]["size"], 2) if chars else None,
            )
        )
    return _make_page(source, number, lines, float(page.width), float(page.height), int(page.rotation or 0) % 360)
