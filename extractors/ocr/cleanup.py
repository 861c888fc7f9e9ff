"""Scan clean-up that pays for itself: red seals, blank pages, page orientation.

* Red seals: the red channel of a scan shows black print dark and red ink nearly white, so OCR-ing the red
  channel as grey reads the text under a seal (issue 8: seal pages back from several % to ≈1 % CER). The
  seal itself is found as a large, roughly square blob of saturated red and reported per page, so the
  checks can ask "is the decision sealed?" of a scan that carries no "（印章）" text.
* Blank pages (separator sheets, empty backs) are skipped before the OCR engine sees them. Blank means no
  mark of text size, not little ink: a page holding one signature line, a few rows of an evidence list or
  light-grey toner has little ink but many glyph-sized marks, and is read (issue 15: an ink-share rule lost
  5 of 18 sparse pages). Marks are found against the local paper level, so faint print and uneven light count.
* Orientation: a page turned by 90° shows tall text boxes; 180° shows low recognition confidence. Both are
  settled once per page (extractors/ocr/page.py), not per line.
* Small skew (1–3°) is not warped away: the detector returns rotated line quads that the recogniser
  straightens; only the reading order needs the angle (extractors/ocr/layout.py).
* A page photographed at an angle (a trapezoid on a darker desk) is warped back to a rectangle: the page's
  outline is found on a small copy (≈ 30 ms) and only where the paper stands clearly above the desk around it,
  so scans and page-filling photos are left alone (none of 108 generated scan pages nor 59 independent scanned
  pages triggered it).
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from extractors.ocr import PixelBox

#: Downscale used for the cheap whole-page seal look: a 200-dpi A4 becomes ≈ 410 × 580.
_LOOK_SCALE = 0.25
#: A seal is at least this wide, in inches (Chinese official seals are 38–45 mm; photos shrink them).
_SEAL_MIN_INCHES = 0.6
#: The blank test looks at ≈ 100 dpi: glyph strokes stay apart from the paper, pixel noise averages out.
_MARK_DPI = 100
#: A mark is this much darker than the paper around it (grey levels) — light-grey toner is ≈ 40–60 darker.
_MARK_CONTRAST = 10
#: Ink less than this many grey levels under the paper is faint print, stretched before OCR (black toner on a
#: grey, noisy copy stands 105–170 under it in the committed and independent scans).
_FAINT_CONTRAST = 80
#: A mark of text size: its longer side in inches (a stroke of small print … a large handwritten character).
_MARK_MIN_INCHES = 0.06
_MARK_MAX_INCHES = 0.8
#: Fewer text-size marks than this and the page is blank: a lone speck of dust or a punched hole is not text,
#: but five faint, noisy characters of a signature make 5–6 marks. A page let through that holds no text
#: costs one detector pass and still comes back blank (extractors/ocr/page.py).
_MIN_MARKS = 2


def text_channel(image: Image.Image, seals: list[PixelBox] | None = None) -> Image.Image:
    """The page as grey for OCR: the red channel of a colour page (red seals fade), the grey of the rest.

    Inside the `seals` found (`find_red_seals`; None: look over the whole page) the seal ink itself
    (saturated red) is set to paper white: in the red channel it still stands 20–40 levels under the paper,
    enough for the detector to read the seal's own lettering (行政执法专用章) into the line it is struck over
    (issue 15: a page with seals over its dates 4.9 → 1.1 % CER). Print under the seal is dark in every
    channel and stays."""
    if image.mode in ("L", "1", "I", "I;16", "F"):
        return image.convert("L")
    rgb = image.convert("RGB")
    red = np.array(rgb.getchannel("R"))
    height, width = red.shape
    regions = [(0, 0, width, height)] if seals is None else seals
    for x0, y0, x1, y1 in regions:
        left, top = max(0, int(x0) - 4), max(0, int(y0) - 4)
        right, bottom = min(width, int(x1) + 4), min(height, int(y1) + 4)
        part = np.asarray(rgb.crop((left, top, right, bottom)))
        red[top:bottom, left:right][red_ink(part)] = 255
    return Image.fromarray(red)


def red_ink(rgb: np.ndarray) -> np.ndarray:
    """Which pixels of an RGB array (height × width × 3) are saturated red, i.e. seal ink."""
    pixels = rgb.astype(np.int16)
    red, green, blue = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return (red > 120) & (red - green > 50) & (red - blue > 40)


def red_mask(image: Image.Image) -> np.ndarray:
    """Saturated red pixels (seal ink) of a downscaled copy, as a 0/255 mask."""
    small = image.convert("RGB").reduce(int(1 / _LOOK_SCALE))
    return red_ink(np.asarray(small)).astype(np.uint8) * 255


def find_red_seals(image: Image.Image, dpi: float) -> list[PixelBox]:
    """Boxes (full-resolution pixels) of red blobs the size and shape of a seal impression."""
    if image.mode not in ("RGB", "RGBA", "P", "CMYK", "YCbCr"):
        return []
    mask = red_mask(image)
    if not mask.any():
        return []
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    factor = 1 / _LOOK_SCALE
    min_side = _SEAL_MIN_INCHES * dpi * _LOOK_SCALE
    seals = []
    for x, y, width, height, area in stats[1:count]:
        square = 0.6 <= width / max(height, 1) <= 1.6
        inked = area >= 0.03 * width * height  # a ring (with a star and lettering), not a thin stray line
        if square and inked and min(width, height) >= min_side:
            seals.append((x * factor, y * factor, (x + width) * factor, (y + height) * factor))
    return seals


def text_marks(grey: Image.Image, dpi: float) -> int:
    """How many marks of glyph size stand darker than the paper around them (connected components of a
    locally thresholded ≈ 100-dpi copy). Table rules, page edges and shadows are too large to count;
    specks of noise too small."""
    factor = max(1, round(dpi / _MARK_DPI))
    small = np.asarray(grey.convert("L").reduce(factor) if factor > 1 else grey.convert("L"))
    small = cv2.GaussianBlur(small, (3, 3), 0)
    look_dpi = dpi / factor
    block = int(0.3 * look_dpi) | 1  # the paper level is taken over ≈ 0.3 in around each pixel
    mask = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, max(block, 3), _MARK_CONTRAST
    )
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if count <= 1:
        return 0
    sizes = stats[1:count]
    longer = np.maximum(sizes[:, cv2.CC_STAT_WIDTH], sizes[:, cv2.CC_STAT_HEIGHT])
    inked = sizes[:, cv2.CC_STAT_AREA] >= 4
    sized = (longer >= _MARK_MIN_INCHES * look_dpi) & (longer <= _MARK_MAX_INCHES * look_dpi)
    return int((sized & inked).sum())


def is_blank(grey: Image.Image, dpi: float) -> bool:
    """No marks of text size on the page: nothing the OCR engine could read."""
    return text_marks(grey, dpi) < _MIN_MARKS


def lift_faint(grey: Image.Image) -> Image.Image:
    """Faint print stretched to full contrast (its ink to black, the paper to white); other pages unchanged.

    Light toner (ink only 20–60 grey levels under the paper) loses thin strokes in the detector: a leading
    "一、" vanished from a light page, a lighter one lost whole lines; stretched, they read again."""
    small = cv2.GaussianBlur(np.asarray(grey.reduce(2)), (3, 3), 0)
    paper = float(np.median(small))
    dark = small[small < paper - _MARK_CONTRAST]
    if dark.size == 0:
        return grey
    ink = float(np.percentile(dark, 5))
    if paper - ink >= _FAINT_CONTRAST:
        return grey
    pixels = np.asarray(grey, dtype=np.float32)
    lifted = np.clip((pixels - ink) * (255.0 / max(paper - ink, 1.0)), 0, 255)
    return Image.fromarray(lifted.astype(np.uint8))


def rotate(image: Image.Image, degrees: int) -> Image.Image:
    """Turn the page counter-clockwise by a multiple of 90° (no resampling)."""
    turns = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_270}
    return image.transpose(turns[degrees]) if degrees in turns else image


def rotate_box(box: PixelBox, degrees: int, width: float, height: float) -> PixelBox:
    """Where `box` of a `width`×`height` image lands after `rotate(image, degrees)`."""
    x0, y0, x1, y1 = box
    if degrees == 90:
        return (y0, width - x1, y1, width - x0)
    if degrees == 180:
        return (width - x1, height - y1, width - x0, height - y0)
    if degrees == 270:
        return (height - y1, x0, height - y0, x1)
    return box


#: The page outline is looked for on a copy this many pixels on its longer side.
_OUTLINE_SIDE = 600
#: A page photographed on a desk covers this share of the picture at least (smaller: not a page) and at most
#: (larger: the page fills the frame, as on every scan, and there is nothing to straighten).
_OUTLINE_MIN_SHARE = 0.3
_OUTLINE_MAX_SHARE = 0.96
#: The paper stands at least this many grey levels above the desk around it.
_OUTLINE_CONTRAST = 40


def page_outline(image: Image.Image) -> np.ndarray | None:
    """The four corners (top-left, top-right, bottom-right, bottom-left; full-resolution pixels) of a page
    photographed on a darker surface, or None when the picture shows no such page (scans, page-filling photos)."""
    grey = np.asarray(image.convert("L"))
    factor = max(1.0, max(grey.shape) / _OUTLINE_SIDE)
    small = cv2.resize(
        grey, (round(grey.shape[1] / factor), round(grey.shape[0] / factor)), interpolation=cv2.INTER_AREA
    )
    small = cv2.GaussianBlur(small, (5, 5), 0)
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    share = cv2.contourArea(outline) / float(small.shape[0] * small.shape[1])
    if not _OUTLINE_MIN_SHARE <= share <= _OUTLINE_MAX_SHARE:
        return None
    corners = cv2.approxPolyDP(outline, 0.02 * cv2.arcLength(outline, True), True)
    if len(corners) != 4 or not cv2.isContourConvex(corners):
        return None
    inside = small[mask > 0]
    outside = small[mask == 0]
    if outside.size == 0 or float(np.median(inside)) - float(np.median(outside)) < _OUTLINE_CONTRAST:
        return None
    points = corners.reshape(4, 2).astype(np.float32) * factor
    total, diff = points.sum(axis=1), np.diff(points, axis=1).ravel()
    return np.array(
        [points[np.argmin(total)], points[np.argmin(diff)], points[np.argmax(total)], points[np.argmax(diff)]],
        dtype=np.float32,
    )


def straighten(image: Image.Image) -> tuple[Image.Image, np.ndarray] | None:
    """A page photographed at an angle, warped back to an upright rectangle (the desk cut away), and the 3×3
    matrix taking its pixels back to the photo's (`photo_box`); None when `page_outline` finds no page."""
    corners = page_outline(image)
    if corners is None:
        return None
    top_left, top_right, bottom_right, bottom_left = corners
    width = round(float(max(np.linalg.norm(top_right - top_left), np.linalg.norm(bottom_right - bottom_left))))
    height = round(float(max(np.linalg.norm(bottom_left - top_left), np.linalg.norm(bottom_right - top_right))))
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32)
    warp = cv2.getPerspectiveTransform(corners, target)
    pixels = np.asarray(image.convert("RGB") if image.mode not in ("L", "RGB") else image)
    flat = cv2.warpPerspective(pixels, warp, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    return Image.fromarray(flat), np.linalg.inv(warp)


def photo_box(box: PixelBox, back: np.ndarray) -> PixelBox:
    """Where a box of the straightened page lies on the photo as taken (the box around its four corners)."""
    x0, y0, x1, y1 = box
    corners = np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], dtype=np.float64)
    mapped = cv2.perspectiveTransform(corners, back)[0]
    return (
        float(mapped[:, 0].min()),
        float(mapped[:, 1].min()),
        float(mapped[:, 0].max()),
        float(mapped[:, 1].max()),
    )
