"""Reading order for OCR'd lines: rows of a form read left to right, rows top to bottom, skew allowed for.

Case-file forms (立案审批表, 处罚审批表) are tables: a label cell ("承办人意见") beside its value cell. The
engine detects them as separate boxes; reading them row by row and joining the cells of one row with a
space gives "承办人意见 建议立案调查……" — the same line the text layer of a born-digital form gives, which
the field extractors already read. Splitting the page into columns at a vertical gutter would instead read
every label before every value, so it is not done.

A scan skewed by 1–3° drifts a full line height across an A4 width: rows are grouped on box centres turned
back by the page's skew (the median angle of the long line quads), so skewed lines do not merge.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from extractors.ocr import OcrLine, PixelBox

#: Lines shorter than this many heights say little about the skew.
_LONG = 4.0
_MAX_SKEW = 10.0
#: Two lines share a row when they overlap by this share of the lower one's height. Separate text lines
#: do not overlap at all (leading), so the bar can sit low enough to catch a label centred beside a cell.
_SAME_ROW = 0.3


@dataclass(frozen=True)
class Row:
    """One reading-order line: the parts of one row of the page, left to right."""

    parts: list[OcrLine]
    box: PixelBox

    @property
    def text(self) -> str:
        pieces: list[str] = []
        height = self.box[3] - self.box[1]
        previous = None
        for part in self.parts:
            if previous is not None and part.box[0] - previous.box[2] > 0.6 * height:
                pieces.append(" ")
            pieces.append(part.text)
            previous = part
        return "".join(pieces).strip()

    @property
    def confidence(self) -> float:
        """Character-weighted mean confidence of the parts."""
        weights = [max(len(part.text), 1) for part in self.parts]
        return sum(w * part.confidence for w, part in zip(weights, self.parts, strict=False)) / sum(weights)


def skew_angle(lines: list[OcrLine]) -> float:
    """The page's skew in degrees, in image coordinates (y down): positive when lines fall to the right."""
    angles = []
    for line in lines:
        if not line.quad or len(line.quad) < 2:
            continue
        (x0, y0), (x1, y1) = line.quad[0], line.quad[1]
        width, height = line.box[2] - line.box[0], line.box[3] - line.box[1]
        if width > _LONG * max(height * 0.5, 1):
            angles.append(math.degrees(math.atan2(y1 - y0, x1 - x0)))
    if not angles:
        return 0.0
    angle = statistics.median(angles)
    return angle if abs(angle) <= _MAX_SKEW else 0.0


def _upright_box(line: OcrLine, angle: float, centre: tuple[float, float]) -> PixelBox:
    """The line's box with the page's skew turned back about the page centre."""
    points = line.quad or ((line.box[0], line.box[1]), (line.box[2], line.box[3]))
    cos, sin = math.cos(math.radians(-angle)), math.sin(math.radians(-angle))
    cx, cy = centre
    turned = [(cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos) for x, y in points]
    xs, ys = [p[0] for p in turned], [p[1] for p in turned]
    return (min(xs), min(ys), max(xs), max(ys))


def _overlap(a: PixelBox, b: PixelBox) -> float:
    """Vertical overlap of two boxes as a share of the lower one's height."""
    shared = min(a[3], b[3]) - max(a[1], b[1])
    return shared / max(min(a[3] - a[1], b[3] - b[1]), 1.0)


def reading_order(lines: list[OcrLine], size: tuple[int, int]) -> list[Row]:
    """Group lines into rows (top to bottom) and order each row left to right.

    Boxes of the returned rows are the deskewed boxes; parts keep the engine's text and confidence."""
    angle = skew_angle(lines)
    centre = (size[0] / 2, size[1] / 2)
    upright = sorted(
        (OcrLine(line.text, _upright_box(line, angle, centre), line.confidence) for line in lines if line.text.strip()),
        key=lambda line: (line.box[1] + line.box[3]) / 2,
    )
    rows: list[list[OcrLine]] = []
    for line in upright:
        # Compare with the row's first line, not with the row's growing union: a label centred beside a
        # two-line cell would otherwise chain both lines of the cell into one row.
        if rows and _overlap(rows[-1][0].box, line.box) >= _SAME_ROW:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [Row(sorted(parts, key=lambda part: part.box[0]), _union([part.box for part in parts])) for parts in rows]


def _union(boxes: list[PixelBox]) -> PixelBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
