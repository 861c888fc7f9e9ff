"""Image reader: JPEG, PNG, BMP, GIF and (multi-page) TIFF scans and phone photos, one `Page` per frame.

EXIF orientation is applied first (phones store pictures sideways and say so in a tag), then each frame is
OCR'd like a rendered PDF page (extractors/ocr/page.py). The resolution comes from the file when it is
believable; phone photos claim 72 dpi for a 4000-px picture, so a page wider than any paper is taken to be
an A4 sheet filling the picture instead.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from extractors.ocr import OcrOptions
from extractors.ocr.page import ocr_page
from extractors.ocr.registry import get_engine
from reviewer.core.errors import CorruptFile, ImageTooLarge, OcrUnavailable
from reviewer.core.model import Page

A4_SHORT_INCHES = 8.27
#: No case-file sheet is wider than A3's short side … long side; wider means the dpi tag is wrong.
_MAX_INCHES = 17.0
_MIN_DPI = 50.0


def image_dpi(image: Image.Image) -> float:
    """The frame's resolution: the file's own when believable, else the one that makes it an A4 sheet."""
    tagged = image.info.get("dpi")
    try:
        dpi = float(tagged[0]) if tagged else 0.0
    except (TypeError, ValueError, IndexError):
        dpi = 0.0
    if dpi >= _MIN_DPI and max(image.size) / dpi <= _MAX_INCHES:
        return dpi
    return max(min(image.size) / A4_SHORT_INCHES, _MIN_DPI)


def _too_large(source: str, size: tuple[int, int], max_pixels: int) -> ImageTooLarge:
    width, height = size
    return ImageTooLarge(
        f"{source}: {width}x{height} pixels exceeds the limit of {max_pixels}",
        f"图片“{source}”为 {width}×{height} 像素（约 {width * height / 1e6:.0f} 百万像素），超过上限 "
        f"{max_pixels / 1e6:.0f} 百万像素，请缩小分辨率后上传。",
        source=source,
    )


def iter_frames(path: Path, source: str, max_pixels: int | None = None) -> Iterator[Image.Image]:
    """Each frame of the file, upright by its EXIF orientation; `CorruptFile` for what PIL cannot decode,
    `ImageTooLarge` for a frame over `max_pixels` (checked from the header, before decoding)."""
    try:
        with warnings.catch_warnings():
            # With our own limit checked below, PIL's early warning would only hide it behind a vaguer message;
            # without one, the warning is the limit. PIL's hard stop (twice its limit) stays in force either way.
            warnings.simplefilter("ignore" if max_pixels is not None else "error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                for frame in ImageSequence.Iterator(image):
                    if max_pixels is not None and frame.width * frame.height > max_pixels:
                        raise _too_large(source, frame.size, max_pixels)
                    upright = ImageOps.exif_transpose(frame.copy())
                    upright.info.setdefault("dpi", frame.info.get("dpi"))
                    yield upright
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        raise ImageTooLarge(
            f"{source}: image too large to decode safely ({error})",
            f"图片“{source}”像素过多，超过可安全解码的上限，请缩小分辨率后上传。",
            source=source,
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise CorruptFile(
            f"{source}: image cannot be decoded ({error})", f"图片“{source}”已损坏或无法识别，无法读取。", source=source
        ) from error


def read_image(
    path: Path, source: str | None = None, *, ocr: OcrOptions | None = None, max_pixels: int | None = None
) -> Iterator[Page]:
    """Yield one OCR'd page per frame; `OcrUnavailable` when OCR is switched off."""
    source = source or path.name
    if ocr is None:
        raise OcrUnavailable(f"{source}: image input needs OCR, which is not enabled", source=source)
    frames = enumerate(iter_frames(path, source, max_pixels), start=1)
    if ocr.pooled:
        from extractors.ocr.pool import in_order, submit_page

        futures = (
            submit_page(
                ocr.engine, ocr.workers, frame, dpi=image_dpi(frame), source=source, number=n, low=ocr.low_confidence
            )
            for n, frame in frames
        )
        yield from in_order(futures, ahead=2 * ocr.workers)
        return
    engine = get_engine(ocr.engine)
    for number, frame in frames:
        yield ocr_page(
            frame, engine, dpi=image_dpi(frame), source=source, number=number, low_confidence=ocr.low_confidence
        )
