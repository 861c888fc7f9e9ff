"""One page image → one `Page` of the model: seals, blank test, orientation, OCR, reading order.

Used by both the image reader (photos, TIFF scans) and the PDF reader (pages without a usable text layer),
so a scanned page reads the same whichever container it came in.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PIL import Image

from extractors.ocr import OcrEngine, OcrLine, PixelBox
from extractors.ocr.cleanup import (
    find_red_seals,
    is_blank,
    lift_faint,
    photo_box,
    rotate,
    rotate_box,
    straighten,
    text_channel,
)
from extractors.ocr.layout import Row, reading_order
from reviewer.core.model import Line, Page
from reviewer.core.settings import DEFAULT_OCR_LOW_CONFIDENCE

BLANK_WARNING = "本页未识别到文字，判为空白页，请人工核对原件确认。"
LOW_CONFIDENCE_WARNING = "本页文字为 OCR 识别结果，平均置信度 {:.0%}，偏低，请人工核对原件。"
#: Below this mean confidence a page is tried upside down, and warned about when it stays so.
UPRIGHT_CONFIDENCE = 0.85
POINTS_PER_INCH = 72.0


def _confidence(lines: list[OcrLine]) -> float:
    weights = [max(len(line.text), 1) for line in lines]
    return sum(w * line.confidence for w, line in zip(weights, lines, strict=False)) / sum(weights) if lines else 0.0


def _mostly_tall(lines: list[OcrLine]) -> bool:
    """Most text boxes stand upright: the page lies on its side."""
    sized = [line for line in lines if len(line.text) >= 2]
    tall = [line for line in sized if (line.box[3] - line.box[1]) > 1.5 * (line.box[2] - line.box[0])]
    return bool(sized) and len(tall) > len(sized) / 2


def read_upright(grey: Image.Image, engine: OcrEngine) -> tuple[list[OcrLine], int, Image.Image]:
    """OCR the page the right way up; returns the lines, the counter-clockwise turn applied and the image.

    Orientation costs a second OCR pass only on pages that need one: a page on its side shows tall boxes,
    a page upside down reads with low confidence."""
    lines = engine.read(grey)
    best: tuple[list[OcrLine], int, Image.Image]
    if _mostly_tall(lines):
        candidates, best = [90, 270], ([], 0, grey)
    elif lines and _confidence(lines) < UPRIGHT_CONFIDENCE:
        candidates, best = [180], (lines, 0, grey)
    else:
        return lines, 0, grey
    for degrees in candidates:
        turned = rotate(grey, degrees)
        attempt = engine.read(turned)
        if _confidence(attempt) > _confidence(best[0]):
            best = (attempt, degrees, turned)
        if _confidence(best[0]) >= UPRIGHT_CONFIDENCE:
            break
    return best


def _on_photo(box: PixelBox, turn: int, upright: tuple[int, int], photo: tuple[int, int], back: np.ndarray) -> PixelBox:
    """A box of the straightened page turned by `turn`, placed on the photo turned by `turn`."""
    flat = rotate_box(box, (360 - turn) % 360, *upright)
    return rotate_box(photo_box(flat, back), turn, *photo)


def _line(row: Row, scale: float) -> Line:
    x0, top, x1, bottom = (round(value * scale, 2) for value in row.box)
    return Line(
        text=row.text,
        box=(x0, top, x1, bottom),
        confidence=round(row.confidence, 4),
        size=round((bottom - top) / 1.3, 1),
    )


def ocr_page(
    image: Image.Image,
    engine: OcrEngine,
    *,
    dpi: float,
    source: str,
    number: int,
    low_confidence: float = DEFAULT_OCR_LOW_CONFIDENCE,
) -> Page:
    """Read one page image (any mode, EXIF orientation already applied) into a `Page` with origin "ocr".

    A page photographed at an angle on a desk is first warped back to a rectangle (`straighten`): at a steep
    angle the detector's lines bend out of reading order (issue 15: CER 4–79 % → 0–3 % per page). Its lines
    are read and ordered on the straightened page, and their boxes put back on the photo as taken, which is
    what the evaluator is shown."""
    photo = image
    straightened = straighten(image)
    back = None
    if straightened is not None:
        image, back = straightened
    seal_boxes = find_red_seals(image, dpi)
    grey = text_channel(image, seal_boxes)
    lines: list[OcrLine]
    if is_blank(grey, dpi):
        lines, turn, upright = [], 0, grey
    else:
        lines, turn, upright = read_upright(lift_faint(grey), engine)
    scale = POINTS_PER_INCH / dpi
    rows = reading_order(lines, upright.size)
    if back is not None:  # boxes of the straightened, turned page → the photo as taken, turned the same
        rows = [replace(row, box=_on_photo(row.box, turn, upright.size, photo.size, back)) for row in rows]
        seal_boxes = [photo_box(box, back) for box in seal_boxes]
        upright = rotate(photo, turn)
    page_lines = [_line(row, scale) for row in rows if row.text]
    seals = [tuple(round(v * scale, 2) for v in rotate_box(box, turn, *photo.size)) for box in seal_boxes]
    page = Page(
        index=number,
        source=source,
        source_page=number,
        text="\n".join(line.text for line in page_lines),
        lines=page_lines,
        origin="ocr",
        width=round(upright.width * scale, 2),
        height=round(upright.height * scale, 2),
        rotation=(360 - turn) % 360,
        red_seal=bool(seals),
        seals=seals,
    )
    if not page_lines:
        page.blank = True
        page.warnings.append(BLANK_WARNING)
    elif page.confidence < low_confidence:
        page.warnings.append(LOW_CONFIDENCE_WARNING.format(page.confidence))
    return page
