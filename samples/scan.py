"""Scanned and photographed renderings of a sample case, with the same ground truth as its PDF.

A case's text-layer PDF is rendered page by page and made to look like what arrives from a copier or a
phone: red seals stamped over the "（印章）" marks (and the words around them), signatures rewritten in a
jittery blue "hand", 1–3° skew, one page fed sideways, paper tone, noise, blur and JPEG artefacts. Harder
styles (issue 15): seals struck over the dates and signatures themselves, whole fills (name and date after a
signature label) written by a slanted, uneven hand, and phone photos taken at an angle (the page a
trapezoid on a desk). The text is untouched, so the case's truth holds for the scan; the OCR tests and
bench/ocr.py compare against it.

    python -m samples.generate --case case-03-simple --scans scan --out samples/scans
"""

from __future__ import annotations

import io
import math
import random
import re
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from samples.render_pdf import CJK_FONT, CREATION_DATE, LATIN_FONT

SEAL_MARKS = ("（印章）", "（收讫章）")
SIGNATURE_LABELS = ("签名：", "签收：")
SEAL_RED = (222, 38, 44)
INK_BLUE = (30, 50, 150)
#: Labels after which a whole fill (name, then date) is written by hand, and under which a seal may sit.
FILL_LABELS = ("签名：", "签收：", "签名（盖章）")
#: A date as forms print it, in Arabic or Chinese numerals.
DATE = re.compile(
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,2}月[\d〇零一二三四五六七八九十]{1,3}日"
)
DESK = (96, 84, 72)


@dataclass(frozen=True)
class ScanStyle:
    """How a page is spoiled; every random choice is drawn from the seed, so reruns write the same bytes."""

    dpi: int = 200
    noise: float = 0.0  # std of grey-level noise
    blur: float = 0.0  # Gaussian radius in pixels
    jpeg_quality: int = 90
    max_skew: float = 0.0  # degrees, each page drawn in ±[1, max]
    sideways_page: int | None = None  # 1-based page fed turned by 90°
    seals: bool = False
    handwriting: bool = False
    photo: bool = False  # uneven light, warm paper, EXIF-rotated first picture
    toner: float = 1.0  # share of the ink's darkness left: 0.3 is a copier low on toner (light-grey print)
    fax: bool = False  # black and white only, as a fax or a cheap scanner's text mode gives it
    upside_down_page: int | None = None  # 1-based page fed upside down
    seals_over: bool = False  # seals struck on the date after each seal mark and on signed names, not beside
    hand_fills: bool = False  # the whole fill after a signature label (name and date) written by hand
    perspective: float = 0.0  # photo at an angle: page corners moved by up to this share of its size, on a desk


STYLES: dict[str, ScanStyle] = {
    "clean": ScanStyle(),
    "scan": ScanStyle(
        noise=6.0, blur=0.5, jpeg_quality=55, max_skew=2.5, sideways_page=2, seals=True, handwriting=True
    ),
    "noisy": ScanStyle(noise=14.0, blur=0.9, jpeg_quality=35, max_skew=3.0, seals=True, handwriting=True),
    "photo": ScanStyle(
        dpi=150, noise=5.0, blur=0.6, jpeg_quality=70, max_skew=2.0, seals=True, handwriting=True, photo=True
    ),
    # Harder scans (issue 15): light toner, and a 150-dpi black-and-white fax with a page upside down.
    "faint": ScanStyle(noise=5.0, blur=0.5, jpeg_quality=60, max_skew=1.5, seals=True, toner=0.3),
    "fax": ScanStyle(dpi=150, noise=8.0, jpeg_quality=75, max_skew=1.5, fax=True, upside_down_page=1),
    # Seals over dates and signatures, handwritten fills (names and dates), and photos taken at an angle.
    "stamped": ScanStyle(
        noise=6.0,
        blur=0.5,
        jpeg_quality=50,
        max_skew=2.0,
        seals=True,
        handwriting=True,
        seals_over=True,
        hand_fills=True,
    ),
    "angled": ScanStyle(
        dpi=150, noise=4.0, blur=0.5, jpeg_quality=60, seals=True, handwriting=True, photo=True, perspective=0.18
    ),
}


def _font(size: int, text: str = "") -> ImageFont.FreeTypeFont:
    """The CJK font, or the Latin one for ASCII (the CJK font has no digits of its own)."""
    return ImageFont.truetype(str(LATIN_FONT if text.isascii() and text.strip() else CJK_FONT), size)


def _char_boxes(
    textpage: pdfium.PdfTextPage, start: int, count: int, scale: float, height: float
) -> list[tuple[str, tuple[float, ...]]]:
    boxes: list[tuple[str, tuple[float, ...]]] = []
    for index in range(start, start + count):
        left, bottom, right, top = textpage.get_charbox(index)
        boxes.append(
            (
                textpage.get_text_range(index, 1),
                (left * scale, (height - top) * scale, right * scale, (height - bottom) * scale),
            )
        )
    return boxes


def _find(textpage: pdfium.PdfTextPage, needle: str) -> list[tuple[int, int]]:
    searcher = textpage.search(needle)
    found = []
    while (hit := searcher.get_next()) is not None:
        found.append(hit)
    searcher.close()
    return found


def _stamp(page: Image.Image, centre: tuple[float, float], dpi: int, rng: random.Random, lift: float = 0.25) -> None:
    """A round red seal (ring, star, lettering), multiplied onto the page so the print under it stays dark;
    its centre sits `lift` inches above `centre` (0: struck right on it)."""
    radius = int(0.82 * dpi)  # a 42-mm seal
    layer = Image.new("RGB", (2 * radius + 4, 2 * radius + 4), "white")
    draw = ImageDraw.Draw(layer)
    c = radius + 2
    draw.ellipse((2, 2, 2 * radius + 2, 2 * radius + 2), outline=SEAL_RED, width=max(3, dpi // 40))
    star = [
        (
            c + 0.3 * radius * math.cos(math.radians(-90 + 36 * k)) * (1 if k % 2 == 0 else 0.4),
            c + 0.3 * radius * math.sin(math.radians(-90 + 36 * k)) * (1 if k % 2 == 0 else 0.4),
        )
        for k in range(10)
    ]
    draw.polygon(star, fill=SEAL_RED)
    font = _font(max(12, dpi // 9))
    draw.text((c, c + 0.5 * radius), "行政执法专用章", fill=SEAL_RED, font=font, anchor="mm")
    layer = layer.rotate(rng.uniform(-20, 20), fillcolor="white")
    x, y = int(centre[0] - c + rng.uniform(-0.1, 0.1) * dpi), int(centre[1] - c - lift * dpi)
    region = (x, y, x + layer.width, y + layer.height)
    base = page.crop(region)
    mixed = np.asarray(base, dtype=np.uint16) * np.asarray(layer, dtype=np.uint16) // 255
    page.paste(Image.fromarray(mixed.astype(np.uint8)), region[:2])


def _rewrite_by_hand(
    page: Image.Image, chars: list[tuple[str, tuple[float, ...]]], rng: random.Random, *, fill: bool = False
) -> None:
    """White out printed signature characters and write them again, jittered, in blue ink. A `fill` (a whole
    name-and-date entry) is written as a hand does: slanted, strokes of uneven weight, sizes and baseline
    wandering along the line."""
    draw = ImageDraw.Draw(page)
    for _, (x0, top, x1, bottom) in chars:
        draw.rectangle((x0 - 1, top - 1, x1 + 1, bottom + 1), fill="white")
    slant = rng.uniform(0.12, 0.28) if fill else 0.0
    drift = 0.0
    for text, (x0, top, x1, bottom) in chars:
        size = int((bottom - top) * (rng.uniform(0.95, 1.35) if fill else rng.uniform(1.05, 1.25)))
        glyph = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(glyph).text((size, size), text, fill=255, font=_font(size, text), anchor="mm")
        if fill:
            glyph = glyph.transform(
                glyph.size, Image.Transform.AFFINE, (1, slant, -slant * size, 0, 1, 0), Image.Resampling.BICUBIC
            )
            if rng.random() < 0.5:
                glyph = glyph.filter(ImageFilter.MaxFilter(3))  # a heavier stroke
            drift = max(-0.25, min(0.25, drift + rng.uniform(-0.08, 0.08)))
        glyph = glyph.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BICUBIC)
        ink = Image.new("RGB", glyph.size, INK_BLUE)
        cx = (x0 + x1) / 2 + rng.uniform(-1.5, 1.5)
        cy = (top + bottom) / 2 + rng.uniform(-2, 2) + drift * (bottom - top)
        page.paste(ink, (int(cx - size), int(cy - size)), glyph)


def _mark_page(pdf_page: pdfium.PdfPage, image: Image.Image, style: ScanStyle, rng: random.Random) -> None:
    scale = style.dpi / 72
    height = pdf_page.get_height()
    textpage = pdf_page.get_textpage()
    try:
        signed: list[list[tuple[float, ...]]] = []
        if style.hand_fills:
            for label in FILL_LABELS:
                for start, count in _find(textpage, label):
                    chars = [
                        item
                        for item in _char_boxes(
                            textpage, start + count, _line_rest(textpage, start + count), scale, height
                        )
                        if item[0].strip()
                    ]
                    if chars:
                        _rewrite_by_hand(image, chars, rng, fill=True)
                        signed.append([box for _, box in chars])
        elif style.handwriting:
            for label in SIGNATURE_LABELS:
                for start, count in _find(textpage, label):
                    end = start + count
                    while end < textpage.count_chars() and not textpage.get_text_range(end, 1).isspace():
                        end += 1
                    if end > start + count:
                        _rewrite_by_hand(
                            image, _char_boxes(textpage, start + count, end - start - count, scale, height), rng
                        )
        if style.seals:
            for mark in SEAL_MARKS:
                for start, count in _find(textpage, mark):
                    boxes = [box for _, box in _char_boxes(textpage, start, count, scale, height)]
                    if style.seals_over:
                        boxes = _date_after(textpage, start + count, scale, height) or boxes
                    _stamp(image, _centre(boxes), style.dpi, rng, lift=0.0 if style.seals_over else 0.25)
            if style.seals_over and signed:
                _stamp(image, _centre(signed[0][: max(1, len(signed[0]) // 3)]), style.dpi, rng, lift=0.0)
    finally:
        textpage.close()


def _centre(boxes: list[tuple[float, ...]]) -> tuple[float, float]:
    return (boxes[0][0] + boxes[-1][2]) / 2, (boxes[0][1] + boxes[-1][3]) / 2


def _line_rest(textpage: pdfium.PdfTextPage, start: int) -> int:
    """How many characters from `start` to the end of its line."""
    end = start
    while end < textpage.count_chars() and textpage.get_text_range(end, 1) not in ("\r", "\n"):
        end += 1
    return end - start


def _date_after(textpage: pdfium.PdfTextPage, start: int, scale: float, height: float) -> list[tuple[float, ...]]:
    """The boxes of the first date printed after character `start` (the seal's date line), [] when none."""
    text = textpage.get_text_range(start, textpage.count_chars() - start)
    found = DATE.search(text)
    if found is None:
        return []
    return [box for _, box in _char_boxes(textpage, start + found.start(), len(found.group(0)), scale, height)]


def _spoil(image: Image.Image, style: ScanStyle, rng: random.Random, number: int) -> Image.Image:
    if style.max_skew:
        angle = rng.choice((-1, 1)) * rng.uniform(1.0, style.max_skew)
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor="white")
    if style.photo:
        width, height = image.size
        light = np.linspace(1.0, 0.78, width)[None, :, None] * np.linspace(1.0, 0.9, height)[:, None, None]
        paper = np.asarray(image, dtype=np.float32) * light * np.array([1.0, 0.96, 0.88])
        image = Image.fromarray(np.clip(paper, 0, 255).astype(np.uint8))
    if style.toner < 1.0:
        ink = 255.0 - np.asarray(image, dtype=np.float32)
        image = Image.fromarray(np.clip(255.0 - ink * style.toner, 0, 255).astype(np.uint8))
    if style.blur:
        image = image.filter(ImageFilter.GaussianBlur(style.blur))
    if style.noise:
        noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, style.noise, (image.height, image.width, 1))
        image = Image.fromarray(np.clip(np.asarray(image, dtype=np.float32) + noise, 0, 255).astype(np.uint8))
    if style.fax:
        image = image.convert("L").point(lambda level: 255 if level > 150 else 0).convert("RGB")
    if style.perspective:
        image = _at_an_angle(image, style.perspective, rng)
    if style.sideways_page == number:
        image = image.transpose(Image.Transpose.ROTATE_270)
    if style.upside_down_page == number:
        image = image.transpose(Image.Transpose.ROTATE_180)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=style.jpeg_quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def _at_an_angle(image: Image.Image, share: float, rng: random.Random) -> Image.Image:
    """The page photographed at an angle: laid on a desk, its corners moved inwards by up to `share` of its size
    (one side nearer the camera, so it is a trapezoid), the desk showing around it."""
    width, height = image.size
    margin = int(0.06 * max(width, height))
    canvas = Image.new("RGB", (width + 2 * margin, height + 2 * margin), DESK)
    canvas.paste(image, (margin, margin))
    near = rng.choice(("top", "bottom", "left", "right"))
    dx, dy = share * width, share * height
    pull = {corner: (rng.uniform(0.1, 0.35) * dx, rng.uniform(0.1, 0.35) * dy) for corner in range(4)}
    far = {"top": (0, 1), "bottom": (2, 3), "left": (0, 3), "right": (1, 2)}[near]
    for corner in far:
        pull[corner] = (rng.uniform(0.7, 1.0) * dx, rng.uniform(0.2, 0.5) * dy)
    sign = ((1, 1), (-1, 1), (-1, -1), (1, -1))  # top-left, top-right, bottom-right, bottom-left move inwards
    page: list[tuple[float, float]] = [
        (margin, margin),
        (margin + width, margin),
        (margin + width, margin + height),
        (margin, margin + height),
    ]
    seen = [
        (x + sx * pull[k][0], y + sy * pull[k][1]) for k, ((x, y), (sx, sy)) in enumerate(zip(page, sign, strict=True))
    ]
    coefficients = _perspective(seen, page)  # PIL maps output pixels back to input pixels
    return canvas.transform(
        canvas.size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC, fillcolor=DESK
    )


def _perspective(out: list[tuple[float, float]], source: list[tuple[float, float]]) -> tuple[float, ...]:
    """The 8 coefficients taking each `out` corner to its `source` corner (PIL's PERSPECTIVE transform)."""
    rows = []
    for (x, y), (u, v) in zip(out, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    solved = np.linalg.solve(np.array(rows, dtype=float), np.array([c for point in source for c in point], dtype=float))
    return tuple(float(value) for value in solved)


def scan_pages(pdf: Path, style: ScanStyle, seed: int = 0) -> list[Image.Image]:
    """The case PDF's pages as spoiled RGB page images (JPEG-decoded), in order."""
    rng = random.Random(seed)
    document = pdfium.PdfDocument(str(pdf))
    pages = []
    try:
        for number in range(1, len(document) + 1):
            pdf_page = document[number - 1]
            image = pdf_page.render(scale=style.dpi / 72).to_pil().convert("RGB")
            _mark_page(pdf_page, image, style, rng)
            pdf_page.close()
            pages.append(_spoil(image, style, rng, number))
    finally:
        document.close()
    return pages


def write_scanned_pdf(pdf: Path, out: Path, style: ScanStyle, seed: int = 0) -> int:
    """An image-only PDF (no text layer) of the spoiled pages; returns the page count."""
    pages = scan_pages(pdf, style, seed)
    pages[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(style.dpi),
        quality=style.jpeg_quality,
        creationDate=CREATION_DATE.utctimetuple(),
        modDate=CREATION_DATE.utctimetuple(),
    )
    return len(pages)


def write_photos(pdf: Path, folder: Path, style: ScanStyle, seed: int = 0) -> int:
    """One JPEG per page in `folder` (page-01.jpg …); the first is stored sideways with an EXIF turn tag,
    as phones do. Returns the page count."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = scan_pages(pdf, replace(style, photo=True), seed)
    for number, image in enumerate(pages, start=1):
        path = folder / f"page-{number:02d}.jpg"
        if number == 1:
            exif = Image.Exif()
            exif[0x0112] = 6  # display turned 90° clockwise
            image.transpose(Image.Transpose.ROTATE_90).save(path, "JPEG", quality=style.jpeg_quality, exif=exif)
        else:
            image.save(path, "JPEG", quality=style.jpeg_quality, dpi=(style.dpi, style.dpi))
    return len(pages)
