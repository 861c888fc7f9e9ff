"""Scan clean-up that pays for itself: red seals, blank pages, page orientation.

* Red seals: the red channel of a scan shows black print dark and red ink nearly white, so OCR-ing the red
  channel as grey reads the text under a seal (issue 8: seal pages back from several % to ≈1 % CER). The
  seal itself is found as a large, roughly square blob of saturated red and reported per page, so the
  checks can ask "is the decision sealed?" of a scan that carries no "（印章）" text.
* Blank pages (separator sheets, empty backs) are skipped before the OCR engine sees them.
* Orientation: a page turned by 90° shows tall text boxes; 180° shows low recognition confidence. Both are
  settled once per page (extractors/ocr/page.py), not per line.
* Small skew (1–3°) is not warped away: the detector returns rotated line quads that the recogniser
  straightens; only the reading order needs the angle (extractors/ocr/layout.py).
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from extractors.ocr import PixelBox

#: Downscale used for the cheap whole-page looks (seal and blank tests): a 200-dpi A4 becomes ≈ 410 × 580.
_LOOK_SCALE = 0.25
#: A seal is at least this wide, in inches (Chinese official seals are 38–45 mm; photos shrink them).
_SEAL_MIN_INCHES = 0.6
_INK_LEVEL = 140
#: Share of dark pixels under which a page counts as blank (a page of text has 3–8 %).
_BLANK_INK_SHARE = 0.0015


def text_channel(image: Image.Image) -> Image.Image:
    """The page as grey for OCR: the red channel of a colour page (red seals fade), the grey of the rest."""
    if image.mode in ("L", "1", "I", "I;16", "F"):
        return image.convert("L")
    return image.convert("RGB").getchannel("R")


def red_mask(image: Image.Image) -> np.ndarray:
    """Saturated red pixels (seal ink) of a downscaled copy, as a 0/255 mask."""
    small = image.convert("RGB").reduce(int(1 / _LOOK_SCALE))
    rgb = np.asarray(small).astype(np.int16)
    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    mask = (red > 120) & (red - green > 50) & (red - blue > 40)
    return mask.astype(np.uint8) * 255


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


def is_blank(grey: Image.Image) -> bool:
    """Almost no ink once specks are smoothed away."""
    small = np.asarray(grey.reduce(int(1 / _LOOK_SCALE)))
    small = cv2.medianBlur(small, 3)
    return float((small < _INK_LEVEL).mean()) < _BLANK_INK_SHARE


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
