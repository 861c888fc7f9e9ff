"""Electronic seals in a text-layer PDF: the red, roughly square picture an agency stamps over its signature.

Published decisions are often born digital with the seal placed as an image object over the signing block; a
text layer says nothing about it, and no OCR is needed to see it. An image object counts as a seal when it is
about a seal's size on the page (a 4 cm seal is ~113 pt; page scale varies, so a wide band), roughly square,
and red: a large share of its pixels are red ink. Logos, QR codes, signatures and rules are not.
"""

from __future__ import annotations

import logging

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from reviewer.core.model import Box

__all__ = ["red_share", "seal_image_boxes", "seal_sized"]

log = logging.getLogger(__name__)

#: A seal's side in points, smallest and largest, and how far from square its box may be.
MIN_SIDE, MAX_SIDE = 40.0, 260.0
MAX_ASPECT = 1.35
#: Share of the (thumbnail) pixels that are red ink for the picture to be a seal.
MIN_RED_SHARE = 0.10
_THUMB = 64


def _is_red(pixel: tuple[int, ...]) -> bool:
    red, green, blue = pixel[:3]
    return red > 120 and red - max(green, blue) > 50


def red_share(picture: Image.Image) -> float:
    """Share of the picture's (thumbnail) pixels that are red ink."""
    picture = picture.convert("RGB")
    picture.thumbnail((_THUMB, _THUMB))
    width, height = picture.size
    pixels = [picture.getpixel((x, y)) for y in range(height) for x in range(width)]
    red = sum(1 for pixel in pixels if isinstance(pixel, tuple) and _is_red(pixel))
    return red / max(len(pixels), 1)


def seal_sized(width: float, tall: float) -> bool:
    """A picture shown `width` × `tall` points is about a seal's size and roughly square."""
    if not (min(width, tall) >= MIN_SIDE and max(width, tall) <= MAX_SIDE):
        return False
    return max(width, tall) / max(min(width, tall), 1.0) <= MAX_ASPECT


def _red_share(image: pdfium.PdfImage) -> float:
    return red_share(image.get_bitmap(render=False).to_pil())


def seal_image_boxes(page: pdfium.PdfPage, height: float) -> list[Box]:
    """Boxes (displayed top-left coordinates, unrotated pages) of the seal pictures on `page`."""
    boxes: list[Box] = []
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = image.get_bounds()
        width, tall = right - left, top - bottom
        if not seal_sized(width, tall):
            continue
        try:
            share = _red_share(image)
        except (pdfium.PdfiumError, OSError, ValueError) as error:  # an image pdfium cannot decode is no seal
            log.debug("image object not decoded: %s", error)
            continue
        if share >= MIN_RED_SHARE:
            boxes.append((round(left, 2), round(height - top, 2), round(right, 2), round(height - bottom, 2)))
    return boxes
