"""Text-layer PDF of a composed decision (fpdf2), byte-for-byte reproducible: fixed dates and ids, system fonts
subset on output, a drawn red seal where the plan says so."""

from __future__ import annotations

import io
import logging
import math
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import WrapMode
from PIL import Image, ImageDraw, ImageFont

from .compose import Block, Decision

DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FIXED = datetime(2025, 6, 1, 8, 0, 0, tzinfo=UTC)
PT = 25.4 / 72
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)


def fonts_available() -> list[str]:
    """The font files this renderer needs that are missing here (empty when all are installed)."""
    return [f for f in (DROID, UMING, DEJAVU) if not Path(f).exists()]


class _PDF(FPDF):
    def __init__(self, decision: Decision, total: int):
        super().__init__(format="A4", unit="mm")
        lay = decision.layout
        self.lay = lay
        self.total = total
        self.agency = decision.label["agency"]
        self.title_text = decision.label.get("title") or "行政处罚决定书"
        self.set_creation_date(FIXED)
        self.set_margins(lay["margin"], 22, lay["margin"])
        self.set_auto_page_break(True, 22)
        for family, which in (("body", lay["font"]), ("title", lay.get("title_font", lay["font"]))):
            if which == "uming":
                self.add_font(family, fname=UMING, collection_font_number=1)
            else:
                self.add_font(family, fname=DROID)
        self.add_font("latin", fname=DEJAVU)
        self.set_fallback_fonts(["latin"], exact_match=False)
        self.set_title(decision.label.get("title") or "行政处罚决定书")
        self.set_creator("行政处罚文书制作系统")
        self.set_producer("pricedec")
        self.file_id = lambda: ""  # type: ignore[method-assign]

    def header(self) -> None:
        kind = self.lay["header"]
        if kind == "none":
            return
        self.set_font("body", size=8)
        self.set_xy(self.l_margin, 10)
        text = self.agency if kind == "agency" else self.title_text
        self.cell(self.epw, 5, text, align="R" if kind == "agency" else "L")
        self.set_y(22)

    def footer(self) -> None:
        kind = self.lay["footer"]
        if kind == "none":
            return
        self.set_y(-16)
        self.set_font("body", size=9)
        n = self.page_no()
        text = {"cn_total": f"第 {n} 页 共 {self.total} 页", "dash": f"- {n} -", "slash": f"{n}/{self.total}"}[kind]
        self.cell(self.epw, 5, text, align="C")


@lru_cache(maxsize=8)
def _seal_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(DROID, size)


def seal_png(name: str) -> bytes:
    """A round red seal: ring, star, the agency's name along the upper arc. PNG with transparency."""
    px = 360
    red = (210, 28, 36, 235)
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([6, 6, px - 6, px - 6], outline=red, width=10)
    c = px / 2
    r = 46
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.38
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    chars = list(name)
    span = math.radians(250)
    font = _seal_font(40)
    for i, ch in enumerate(chars):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(chars)
        tile = Image.new("RGBA", (48, 48), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 2), ch, font=font, fill=red)
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.Resampling.BICUBIC)
        x = c + (c - 52) * math.cos(ang) - 24
        y = c + (c - 52) * math.sin(ang) - 24
        img.alpha_composite(tile, (int(x), int(y)))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def _draw(pdf: _PDF, blocks: list[Block]) -> None:
    body = pdf.lay["body"]
    lh = body * PT * pdf.lay["leading"]
    pdf.add_page()
    for b in blocks:
        size = b.size or body
        pdf.set_font("body", size=size)
        h = size * PT * pdf.lay["leading"]
        if b.kind == "title":
            pdf.set_font("title", size=size)
            if b.extra.get("bold"):
                pdf.set_text_color(0, 0, 0)
            pdf.multi_cell(
                pdf.epw, size * PT * 1.6, b.text, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.CHAR
            )
        elif b.kind == "center":
            pdf.multi_cell(pdf.epw, h, b.text, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.CHAR)
        elif b.kind == "right":
            pdf.multi_cell(pdf.epw, h, b.text, align="R", new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.CHAR)
        elif b.kind == "left":
            pdf.multi_cell(pdf.epw, h, b.text, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.CHAR)
        elif b.kind == "para":
            pdf.multi_cell(
                pdf.epw, h, "\u3000\u3000" + b.text, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.CHAR
            )
        elif b.kind == "gap":
            pdf.ln(float(b.extra.get("mm", 8)))
        elif b.kind == "table":
            with pdf.table(col_widths=(30, 70), text_align="LEFT", line_height=lh, first_row_as_headings=False) as t:
                for k, v in b.rows:
                    row = t.row()
                    row.cell(k)
                    row.cell(v)
            pdf.ln(2)
        elif b.kind == "table4":
            # short pairs two to a row; a long value (name, code, address) spans the row's last three columns
            with pdf.table(
                col_widths=(18, 32, 18, 32), text_align="LEFT", line_height=lh, first_row_as_headings=False
            ) as t:
                pending: list[tuple[str, str]] = []
                for k, v in [*b.rows, ("", "")]:
                    short = len(v) <= 8 and (k or v)
                    if short:
                        pending.append((k, v))
                    if len(pending) == 2 or (not short and pending):
                        row = t.row()
                        for pk, pv in pending + [("", "")] * (2 - len(pending)):
                            row.cell(pk)
                            row.cell(pv)
                        pending = []
                    if not short and (k or v):
                        row = t.row()
                        row.cell(k)
                        row.cell(v, colspan=3)
            pdf.ln(2)
        elif b.kind == "sign":
            _sign(pdf, b, h)


def _sign(pdf: _PDF, b: Block, h: float) -> None:
    layout = b.extra.get("layout", "stacked")
    lines = [b.extra["agency"]]
    if b.extra["marker"]:
        if layout == "inline_marker":
            lines[0] += b.extra["marker"]
        else:
            lines.append(b.extra["marker"])
    if layout == "date_first":
        lines.insert(0, b.extra["date"])
    else:
        lines.append(b.extra["date"])
    need = h * len(lines) + 4
    if pdf.get_y() + need > pdf.h - pdf.b_margin:
        pdf.add_page()
    top = pdf.get_y()
    width = max(pdf.get_string_width(t) for t in lines) + 4
    x = pdf.l_margin + pdf.epw - width - 6
    for t in lines:
        pdf.set_x(x)
        pdf.cell(width, h, t, align="C", new_x="LMARGIN", new_y="NEXT")
    if b.extra["seal"]:
        size = 40.0
        cx = x + width / 2
        cy = top + h * len(lines) / 2
        pdf.image(io.BytesIO(seal_png(b.extra["agency"])), x=cx - size / 2, y=cy - size / 2, w=size, h=size)


def render(decision: Decision) -> bytes:
    """The PDF bytes; drawn twice so the footer can print the page total."""
    first = _PDF(decision, 0)
    _draw(first, decision.blocks)
    total = first.page_no()
    pdf = _PDF(decision, total)
    _draw(pdf, decision.blocks)
    return bytes(pdf.output())
