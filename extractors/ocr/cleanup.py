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
