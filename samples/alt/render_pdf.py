"""Text-layer PDF of a laid-out case (fpdf2), byte-for-byte reproducible."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from fpdf import FPDF
from fpdf.enums import TextMode

from . import pictures
from .fonts import pdf_fonts
from .layout import (
    CELL_PAD_X,
    CELL_PAD_Y,
    CONTENT_W,
    MARGIN_L,
    MARGIN_T,
    PAGE_H,
    PAGE_W,
    PT,
    cell_lines,
    footer_height,
    line_h,
    text_lines,
    text_width,
)
from .model import Gap, Page, Picture, Table, Text

FIXED_DATE = datetime(2025, 1, 1, tzinfo=UTC)
SEAL_MM = 40.0


class _PDF(FPDF):
    def __init__(self, title: str):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(FIXED_DATE)
        self.set_auto_page_break(False)
        self.set_margins(MARGIN_L, MARGIN_T)
        cjk, latin = pdf_fonts()
        self.add_font("cjk", fname=cjk)
        self.add_font("latin", fname=latin)
        self.set_fallback_fonts(["latin"], exact_match=False)
        self.set_title(title)
        self.set_creator("青岚市行政执法案卷管理系统")
        self.set_producer("case-archive 3.2")


def _line(
    pdf: FPDF, x: float, y: float, w: float, text: str, size: float, align: str, bold: bool, spacing: float, lh: float
) -> None:
    pdf.set_font("cjk", size=size)
    pdf.set_char_spacing(spacing)
    width = text_width(text, size, spacing)
    if align == "center":
        x = x + (w - width) / 2
    elif align == "right":
        x = x + w - width
    pdf.set_xy(x, y)
    if bold:
        # fake bold: fill and stroke the glyphs; fpdf2 leaves the mode set in the page, so reset it by hand
        pdf.set_line_width(size * 0.012)
        pdf.text_mode = TextMode.FILL_STROKE
        pdf.cell(width + 1, lh, text)
        pdf.text_mode = TextMode.FILL
        pdf._out("0 Tr")
        pdf.set_line_width(0.3)
    else:
        pdf.cell(width + 1, lh, text)
    pdf.set_char_spacing(0)


def _draw_text(pdf: FPDF, block: Text, lines: list[str], line0: int, top: float) -> None:
    lh = line_h(block.size, block.leading)
    for i, line in enumerate(lines):
        indent = block.indent * block.size * PT if (line0 + i) == 0 else 0.0
        x = MARGIN_L + block.left + indent
        _line(
            pdf,
            x,
            top + i * lh,
            CONTENT_W - block.left - indent,
            line,
            block.size,
            block.align,
            block.bold,
            block.spacing,
            lh,
        )


def _draw_table(pdf: FPDF, table: Table, row_heights: list[float], top: float) -> None:
    lh = line_h(table.size, table.leading)
    pdf.set_line_width(0.3)
    y = top
    for row, rh in zip(table.rows, row_heights, strict=False):
        x = MARGIN_L
        col = 0
        for cell in row:
            w = sum(table.widths[col : col + cell.span])
            col += cell.span
            pdf.rect(x, y, w, rh)
            lines = cell_lines(cell.text, w, table.size) if cell.text else []
            th = len(lines) * lh
            ty = y + CELL_PAD_Y if cell.valign == "top" else y + (rh - th) / 2
            for i, line in enumerate(lines):
                _line(
                    pdf,
                    x + CELL_PAD_X,
                    ty + i * lh,
                    w - 2 * CELL_PAD_X,
                    line,
                    table.size,
                    cell.align,
                    cell.bold,
                    0.0,
                    lh,
                )
            x += w
        y += rh


def _draw_picture(pdf: FPDF, pic: Picture, top: float) -> None:
    img = pictures.render_picture(pic.kind, pic.seed, pic.data)
    x = MARGIN_L + (CONTENT_W - pic.width) / 2
    pdf.image(io.BytesIO(pictures.to_bytes(img)), x=x, y=top + pic.before, w=pic.width, h=pic.height)


def draw_page(pdf: FPDF, page: Page, seal_img: io.BytesIO | None = None) -> None:
    pdf.add_page()
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    for pl in page.placed:
        top = MARGIN_T + pl.y
        b = pl.block
        if isinstance(b, Text):
            _draw_text(pdf, b, pl.lines or [], pl.line0, top)
        elif isinstance(b, Table):
            _draw_table(pdf, b, pl.row_heights or [], top)
        elif isinstance(b, Picture):
            _draw_picture(pdf, b, top)
        elif isinstance(b, Gap):
            pass
    if page.footer:
        y = PAGE_H - 20.0 - footer_height(page.footer)
        for t in page.footer:
            y += t.before
            lines = text_lines(t)
            _draw_text(pdf, t, lines, 0, y)
            y += len(lines) * line_h(t.size, t.leading) + t.after
    if page.stamp:
        y = PAGE_H - 13.0 if page.stamp_pos == "br" else 10.0
        _line(pdf, PAGE_W - 40.0, y, 22.0, page.stamp, 10.5, "right", False, 0.0, 5.0)
    if seal_img is not None:
        for cx, cy in page.seals:
            pdf.image(seal_img, x=cx - SEAL_MM / 2, y=cy - SEAL_MM / 2, w=SEAL_MM, h=SEAL_MM)


def render_pdf(pages: list[Page], path: str, title: str, seal_png: bytes | None = None) -> None:
    """Write the pages as a text PDF; with seal_png, an electronic seal image is placed at each seal point."""
    pdf = _PDF(title)
    seal = io.BytesIO(seal_png) if seal_png else None
    for page in pages:
        if seal is not None:
            seal.seek(0)
        draw_page(pdf, page, seal)
    pdf.output(path)
