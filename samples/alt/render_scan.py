"""An image-only PDF as a scanner would give it: pages rasterised at ~200 dpi on grey paper, slightly skewed,
with noise, blur and JPEG artifacts, and red seal stamps where the paper file carries them."""

from __future__ import annotations

import io
import random
from typing import cast

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

from .layout import PAGE_H, PAGE_W
from .model import Page
from .pictures import seal_image
from .render_pdf import FIXED_DATE

DPI = 200
SEAL_MM = 40.0


def _paper(h: int, w: int, rng: np.random.Generator, tone: float) -> np.ndarray:
    coarse = rng.normal(0, 1, (8, 6))
    shade = (
        np.asarray(
            Image.fromarray(((coarse - coarse.min()) / (np.ptp(coarse) + 1e-9) * 255).astype("uint8")).resize(
                (w, h), Image.Resampling.BICUBIC
            ),
            np.float64,
        )
        / 255.0
    )
    return tone - 10 * shade


def _stamp(rgb: np.ndarray, seal: Image.Image, cx: float, cy: float, rng: random.Random) -> None:
    px = int(SEAL_MM / 25.4 * DPI)
    s = seal.resize((px, px), Image.Resampling.BICUBIC).rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    a = np.asarray(s, float)
    alpha = a[..., 3:4] / 255.0 * rng.uniform(0.7, 0.92)
    x0 = int(cx / 25.4 * DPI - px / 2 + rng.uniform(-15, 15))
    y0 = int(cy / 25.4 * DPI - px / 2 + rng.uniform(-15, 15))
    h, w = rgb.shape[:2]
    xs, ys = max(0, x0), max(0, y0)
    xe, ye = min(w, x0 + px), min(h, y0 + px)
    if xe <= xs or ye <= ys:
        return
    region = rgb[ys:ye, xs:xe]
    sub_a = alpha[ys - y0 : ye - y0, xs - x0 : xe - x0]
    ink = a[ys - y0 : ye - y0, xs - x0 : xe - x0, :3]
    # red ink multiplies with what lies under it (black text stays dark)
    rgb[ys:ye, xs:xe] = region * (1 - sub_a) + region * (ink / 255.0) * sub_a


def scan_page(bitmap: Image.Image, page: Page, seal: Image.Image | None, stamp_seals: bool, seed: int) -> bytes:
    """One scanned page as JPEG bytes: colour where the page has colour (seals, photos), grey otherwise."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    colour = bool(page.seals) or any(getattr(pl.block, "kind", "") == "photo" for pl in page.placed)
    src = np.asarray(bitmap.convert("RGB" if colour else "L"), np.float32)
    h, w = src.shape[:2]
    tone = rng.uniform(226, 240)
    toner = rng.uniform(26, 46)
    paper = _paper(h, w, nrng, tone).astype(np.float32)
    if colour:
        out = toner + (paper - toner)[..., None] * (src / 255.0)
        if stamp_seals and seal is not None:
            for cx, cy in page.seals:
                _stamp(out, seal, cx, cy, rng)
        mode = "RGB"
    else:
        out = toner + (paper - toner) * (src / 255.0)
        mode = "L"
    img = Image.fromarray(np.clip(out, 0, 255).astype("uint8"), mode)
    angle = rng.uniform(-1.5, 1.5)
    fill = int(tone) if mode == "L" else (int(tone),) * 3
    img = img.rotate(
        angle,
        resample=Image.Resampling.BILINEAR,
        fillcolor=fill,
        translate=cast(tuple[int, int], (rng.uniform(-12, 12), rng.uniform(-12, 12))),
    )
    arr = np.asarray(img, np.int16)
    amp = rng.randint(3, 6)
    noise = nrng.integers(-amp, amp + 1, size=arr.shape[:2], dtype=np.int16)
    arr = arr + (noise[..., None] if arr.ndim == 3 else noise)
    specks = nrng.random(arr.shape[:2], dtype=np.float32) < 0.0004
    arr[specks] = arr[specks] // 3
    img = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"), mode)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.55, 0.9)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(38, 52))
    return buf.getvalue()


def render_scan(text_pdf: str, pages: list[Page], path: str, seal_name: str, stamp_seals: bool, seed: int) -> None:
    """Rasterise text_pdf and write an image-only PDF to path. stamp_seals: add red stamps at the pages' seal
    points (the text PDF printed only a marker there); otherwise any seal is already in the raster."""
    from fpdf import FPDF

    doc = pdfium.PdfDocument(text_pdf)
    seal = seal_image(seal_name, 420, worn=0.35, seed=seed) if stamp_seals else None
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("Scanner ADF 600")
    pdf.set_producer("scan2pdf 1.4")
    pdf.set_auto_page_break(False)
    for i, page in enumerate(pages):
        bitmap = doc[i].render(scale=DPI / 72).to_pil()
        jpeg = scan_page(bitmap, page, seal, stamp_seals, seed * 1000 + i)
        pdf.add_page()
        pdf.image(io.BytesIO(jpeg), x=0, y=0, w=PAGE_W, h=PAGE_H)
    doc.close()
    pdf.output(path)
