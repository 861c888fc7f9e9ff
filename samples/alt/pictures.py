"""Rasters drawn from a seed: the agency's seal, site photos, copies of a business licence or an ID card."""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .layout import CJK_FONT, LATIN_FONT

RED = (205, 30, 38)
Fill = int | tuple[int, ...]


@lru_cache(maxsize=64)
def _font(size: int, latin: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(LATIN_FONT if latin else CJK_FONT, size)


def _mixed(
    draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, fill: Fill, anchor: str = "la"
) -> None:
    """Draw text whose Latin letters and digits come from the Latin font (the CJK font has none)."""
    x, y = xy
    parts: list[list] = []
    for ch in text:
        latin = ord(ch) < 0x2E80
        if parts and parts[-1][0] == latin:
            parts[-1][1] += ch
        else:
            parts.append([latin, ch])
    width = sum(float(draw.textlength(str(t), font=_font(size, bool(lat)))) for lat, t in parts)
    if anchor == "mm":
        x -= width / 2
    for lat, t in parts:
        draw.text((x, y + (size * 0.08 if lat else 0)), str(t), font=_font(size, bool(lat)), fill=fill)
        x += draw.textlength(str(t), font=_font(size, bool(lat)))


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill: Fill) -> None:
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.38
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    draw.polygon(pts, fill=fill)


@lru_cache(maxsize=32)
def seal_image(name: str, px: int = 420, bottom: str = "", worn: float = 0.0, seed: int = 0) -> Image.Image:
    """A round red official seal: the name along the upper arc, a star, an optional bottom line. RGBA."""
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = px / 2
    ring = max(3, px // 38)
    d.ellipse([ring / 2, ring / 2, px - ring / 2, px - ring / 2], outline=(*RED, 255), width=ring)
    _star(d, c, c, px * 0.16, (*RED, 255))
    n = len(name)
    span = min(250.0, 22.0 * n)  # degrees of arc the name covers
    fsize = int(px * (0.135 if n <= 10 else 0.12 if n <= 14 else 0.105))
    radius = c - ring - fsize * 0.62
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n  # degrees, 0 = right
        tile = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fsize, fsize), ch, font=_font(fsize), fill=(*RED, 255), anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        x = c + radius * math.cos(math.radians(ang)) - fsize
        y = c + radius * math.sin(math.radians(ang)) - fsize
        img.alpha_composite(tile, (round(x), round(y)))
    if bottom:
        bs = int(px * 0.085)
        _mixed(d, (c, c + px * 0.23), bottom, bs, (*RED, 255), anchor="mm")
    if worn:
        rng = np.random.default_rng(seed)
        a = np.asarray(img).copy()
        noise = rng.random(a.shape[:2])
        blotch = (
            np.asarray(
                Image.fromarray((rng.random((px // 12, px // 12)) * 255).astype("uint8")).resize(
                    (px, px), Image.Resampling.BICUBIC
                )
            )
            / 255.0
        )
        keep = (noise > worn * 0.5) & (blotch > worn * 0.6)
        a[..., 3] = (a[..., 3] * keep * (0.75 + 0.25 * blotch)).astype("uint8")
        img = Image.fromarray(a, "RGBA")
    return img


def photo(seed: int, w: int = 720, h: int = 520, subject: str = "shop") -> Image.Image:
    """A made-up site photo: a street front, a workshop or a vehicle, drawn from shapes."""
    rng = random.Random(seed)
    img = Image.new("RGB", (w, h))
    top = np.array([rng.randint(150, 200), rng.randint(170, 210), rng.randint(190, 235)], float)
    bot = np.array([rng.randint(90, 140)] * 3, float)
    grad = np.linspace(0, 1, h)[:, None, None]
    arr = (top * (1 - grad) + bot * grad) * np.ones((h, w, 3))
    img = Image.fromarray(arr.astype("uint8"))
    d = ImageDraw.Draw(img)
    if subject == "vehicle":
        d.rectangle([0, int(h * 0.7), w, h], fill=(70, 72, 75))
        x0 = rng.randint(60, 160)
        body = (rng.randint(120, 220), rng.randint(120, 220), rng.randint(120, 220))
        d.rectangle([x0, int(h * 0.35), x0 + int(w * 0.55), int(h * 0.72)], fill=body)
        d.rectangle([x0 + int(w * 0.55), int(h * 0.45), x0 + int(w * 0.7), int(h * 0.72)], fill=body)
        for cx in (x0 + 70, x0 + int(w * 0.5), x0 + int(w * 0.62)):
            d.ellipse([cx - 34, int(h * 0.68), cx + 34, int(h * 0.68) + 68], fill=(25, 25, 25))
        d.rectangle([x0 + int(w * 0.58), int(h * 0.62), x0 + int(w * 0.68), int(h * 0.66)], fill=(230, 200, 40))
    else:
        for _ in range(rng.randint(3, 6)):
            x = rng.randint(0, w - 120)
            y = rng.randint(int(h * 0.15), int(h * 0.5))
            d.rectangle([x, y, x + rng.randint(100, 260), h], fill=tuple(rng.randint(60, 200) for _ in range(3)))
        sx = rng.randint(40, w // 3)
        d.rectangle([sx, int(h * 0.2), sx + int(w * 0.45), int(h * 0.3)], fill=(160, 30, 30))
        d.rectangle([sx + 30, int(h * 0.45), sx + 120, h], fill=(40, 40, 45))
        if subject == "workshop":
            for i in range(4):
                x = 60 + i * (w // 5)
                d.rectangle([x, int(h * 0.55), x + 80, int(h * 0.85)], fill=(90, 110, 130))
    noise = np.random.default_rng(seed).normal(0, 7, (h, w, 3))
    arr = np.clip(np.asarray(img, float) + noise, 0, 255).astype("uint8")
    return Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.8))


def _paper(w: int, h: int, seed: int, tone: int = 246) -> Image.Image:
    rng = np.random.default_rng(seed)
    arr = np.clip(tone + rng.normal(0, 3, (h, w)), 0, 255).astype("uint8")
    return Image.fromarray(arr, "L")


def licence_copy(seed: int, data: dict, w: int = 900, h: int = 640) -> Image.Image:
    """A grey photocopy of a business licence (营业执照), text in the picture only."""
    img = _paper(w, h, seed)
    d = ImageDraw.Draw(img)
    d.rectangle([12, 12, w - 12, h - 12], outline=60, width=5)
    d.rectangle([24, 24, w - 24, h - 24], outline=90, width=2)
    d.ellipse([w / 2 - 34, 40, w / 2 + 34, 108], outline=70, width=4)
    d.text((w / 2, 150), "营  业  执  照", font=_font(46), fill=30, anchor="mm")
    d.text((w / 2, 196), "（副      本）", font=_font(20), fill=50, anchor="mm")
    y = 240
    rows = [
        ("统一社会信用代码", data.get("code", "")),
        ("名　　称", data.get("name", "")),
        ("类　　型", data.get("type", "有限责任公司（自然人投资或控股）")),
        ("法定代表人", data.get("rep", "")),
        ("注册资本", data.get("capital", "伍佰万元整")),
        ("成立日期", data.get("founded", "")),
        ("住　　所", data.get("address", "")),
        ("经营范围", data.get("scope", "")),
    ]
    for label, value in rows:
        d.text((70, y), label, font=_font(21), fill=40)
        value = str(value)
        while value:
            chunk, value = value[:24], value[24:]
            _mixed(d, (270, y), chunk, 21, 35)
            y += 32
        y += 6
    d.text((w - 220, h - 90), "登记机关", font=_font(20), fill=50)
    d.ellipse([w - 170, h - 150, w - 60, h - 40], outline=110, width=3)
    qr = np.random.default_rng(seed + 1).random((21, 21)) > 0.5
    q = Image.fromarray((~qr * 255).astype("uint8")).resize((110, 110), Image.Resampling.NEAREST)
    img.paste(q, (w - 190, 40))
    return img.filter(ImageFilter.GaussianBlur(0.6))


def idcard_copy(seed: int, data: dict, w: int = 900, h: int = 300) -> Image.Image:
    """Front and back of a resident ID card, photocopied side by side."""
    img = _paper(w, h, seed, 244)
    d = ImageDraw.Draw(img)
    cw = (w - 60) // 2
    for k in range(2):
        x0 = 20 + k * (cw + 20)
        d.rounded_rectangle([x0, 20, x0 + cw, h - 20], radius=18, outline=80, width=3)
    x0 = 40
    _mixed(d, (x0, 45), f"姓名  {data.get('name', '')}", 20, 30)
    _mixed(d, (x0, 80), f"性别  {data.get('sex', '')}    民族  汉", 20, 30)
    _mixed(d, (x0, 115), f"出生  {data.get('birth', '')}", 20, 30)
    addr = str(data.get("address", ""))
    _mixed(d, (x0, 150), f"住址  {addr[:14]}", 20, 30)
    _mixed(d, (x0 + 62, 178), addr[14:28], 20, 30)
    d.text((x0, 232), "公民身份号码", font=_font(18), fill=30)
    d.text((x0 + 130, 230), data.get("id", ""), font=_font(22, latin=True), fill=20)
    d.rectangle([x0 + cw - 130, 40, x0 + cw - 30, 170], fill=150)
    bx = 20 + cw + 20
    d.text((bx + cw / 2, 80), "中华人民共和国", font=_font(26), fill=30, anchor="mm")
    d.text((bx + cw / 2, 125), "居 民 身 份 证", font=_font(30), fill=30, anchor="mm")
    d.text((bx + 30, 200), f"签发机关  {data.get('issuer', '青岚市公安局')}", font=_font(18), fill=40)
    _mixed(d, (bx + 30, 235), f"有效期限  {data.get('valid', '')}", 18, 40)
    return img.filter(ImageFilter.GaussianBlur(0.7))


def render_picture(kind: str, seed: int, data: dict) -> Image.Image:
    if kind == "photo":
        return photo(seed, subject=data.get("subject", "shop"))
    if kind == "licence":
        return licence_copy(seed, data)
    if kind == "idcard":
        return idcard_copy(seed, data)
    raise ValueError(kind)


def to_bytes(img: Image.Image, fmt: str = "JPEG", quality: int = 72) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB" if img.mode not in ("L", "RGB") else img.mode).save(
            buf, "JPEG", quality=quality, optimize=False
        )
    else:
        img.save(buf, fmt, optimize=False)
    return buf.getvalue()
