"""Is a PDF page's text layer worth reading, or must the page be OCR'd?

Measured signals that held on text, scanned and blank pages alike (docs/benchmarks.md, ## OCR): how many
visible characters the layer has, how plausible they are for a Chinese case file, and how much of the page
is covered by images. A scanner's own OCR layer that is good text is kept; one that is garbage is not.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

#: Fewer visible characters than this over a page-sized image: a scan with a stray stamp or page number.
MIN_CHARS = 20
#: A page mostly covered by images counts as a scan.
IMAGE_PAGE_SHARE = 0.3
#: Share of plausible characters under which a text layer is garbage.
MIN_PLAUSIBLE = 0.85

_PLAUSIBLE = re.compile(
    r"[\u4e00-\u9fff\u3400-\u4dbf"  # CJK ideographs
    r"\u3000-\u303f\uff00-\uffef"  # CJK punctuation, full-width forms
    r"\u2010-\u2027\u2030-\u205e\u00b7\u00d7\u2160-\u217f\u2460-\u24ff"  # dashes, quotes, ×, Roman and circled numbers
    r"\u0021-\u007e\u00a0]"  # ASCII printables
)


#: Box-drawing characters (─ ━ │ ┌ ┼ ═): a form's ruled lines and section rules typed as text. They are layout,
#: neither text nor garbage, and count neither way — a form ruled with them is no broken font map.
_RULES = re.compile(r"[\u2500-\u257f]")


def plausible_share(text: str) -> float:
    """Share of visible characters that a Chinese case file plausibly contains (1.0 for no text); drawn rules are
    left out."""
    visible = [char for char in text if not char.isspace() and not _RULES.match(char)]
    if not visible:
        return 1.0
    return sum(1 for char in visible if _PLAUSIBLE.match(char)) / len(visible)


def usable_text(text: str, images: float) -> bool:
    """Read the layer (True) or OCR the page (False): enough plausible text, or little image to read."""
    visible = sum(1 for char in text if not char.isspace())
    if visible == 0:
        return False
    if plausible_share(text) < MIN_PLAUSIBLE:
        return False
    return visible >= MIN_CHARS or images < IMAGE_PAGE_SHARE


def image_share(page: pdfium.PdfPage) -> float:
    """Share of the page's area covered by image objects (form XObjects searched too), capped at 1."""
    width, height = page.get_size()
    area = 0.0
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = image.get_bounds()
        area += max(right - left, 0) * max(top - bottom, 0)
    return min(area / max(width * height, 1.0), 1.0)
