"""DOCX of a laid-out case: the same pages as the PDF, an explicit page break before every page but the first.
Fixed metadata and zip timestamps make it reproducible byte for byte."""

from __future__ import annotations

import copy
import io
import zipfile
from datetime import datetime
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from . import pictures
from .layout import CONTENT_W, MARGIN_B, MARGIN_L, MARGIN_R, MARGIN_T, PAGE_H, PAGE_W, chunk_text, wrap_ex
from .model import Page, Picture, Table, Text

FIXED = datetime(2025, 1, 1, 0, 0, 0)
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
SEAL_MM = 40.0


def _fonts(run: Any, east: str, ascii_font: str = "Times New Roman") -> None:
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)
    fonts.set(qn("w:ascii"), ascii_font)
    fonts.set(qn("w:hAnsi"), ascii_font)


def _fmt(
    par: Any, size: float, leading: float, align: str, before: float = 0.0, first: float = 0.0, left: float = 0.0
) -> None:
    pf = par.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(size * leading)
    pf.space_before = Mm(max(before, 0.0))
    pf.space_after = Pt(0)
    pf.alignment = ALIGN.get(align, WD_ALIGN_PARAGRAPH.LEFT)
    if first:
        pf.first_line_indent = Pt(first)
    if left:
        pf.left_indent = Mm(left)
    pf.widow_control = False
    ppr = par._p.get_or_add_pPr()
    anchor = ppr.find(qn("w:spacing"))
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        el = parse_xml(f'<{tag} {nsdecls("w")} w:val="0"/>')
        if anchor is not None:
            anchor.addprevious(el)
        else:
            ppr.append(el)


def _add_runs(par: Any, text: str, size: float, bold: bool, spacing: float, font: str) -> None:
    for i, seg in enumerate(text.split("\n")):
        if i:
            par.runs[-1].add_break() if par.runs else par.add_run().add_break()
        run = par.add_run(seg)
        run.font.size = Pt(size)
        run.bold = bold or None
        _fonts(run, font)
        if spacing:
            rpr = run._element.get_or_add_rPr()
            rpr.append(parse_xml(f'<w:spacing {nsdecls("w")} w:val="{round(spacing * 20)}"/>'))


def _chunk_text(block: Text, lines: list[str], line0: int) -> str:
    full, hard = wrap_ex(block.text, CONTENT_W - block.left, block.size, block.spacing, block.indent)
    return chunk_text(full, hard, line0, len(lines))


class DocxWriter:
    def __init__(self, body_font: str = "仿宋_GB2312", title_font: str = "方正小标宋简体"):
        self.doc = Document()
        self.body_font = body_font
        self.title_font = title_font
        sec = self.doc.sections[0]
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(PAGE_W), Mm(PAGE_H)
        sec.left_margin, sec.right_margin = Mm(MARGIN_L), Mm(MARGIN_R)
        sec.top_margin, sec.bottom_margin = Mm(MARGIN_T), Mm(MARGIN_B)
        sec.header_distance, sec.footer_distance = Mm(10), Mm(10)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(12)
        self.pages = 0
        self.docpr = 1000

    def _font_for(self, block: Text) -> str:
        return self.title_font if block.size >= 17 else self.body_font

    def _break(self) -> None:
        par = self.doc.add_paragraph()
        _fmt(par, 1, 1.0, "left")
        par.add_run().add_break(WD_BREAK.PAGE)

    def _spacer(self, height: float) -> Any:
        par = self.doc.add_paragraph()
        pf = par.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Mm(max(height, 0.4))
        pf.space_before = pf.space_after = Pt(0)
        return par

    def _table(self, table: Table, row_heights: list[float], before: float) -> None:
        if before > 0.3:
            self._spacer(before)
        ncols = len(table.widths)
        t = self.doc.add_table(rows=len(table.rows), cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        t.autofit = False
        tblpr = t._tbl.tblPr
        tblpr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
        tblpr.append(
            parse_xml(
                f'<w:tblCellMar {nsdecls("w")}><w:left w:w="91" w:type="dxa"/><w:right w:w="91" w:type="dxa"/></w:tblCellMar>'
            )
        )
        for c, w in enumerate(table.widths):
            t.columns[c].width = Mm(w)
        for r, (row, rh) in enumerate(zip(table.rows, row_heights, strict=False)):
            trow = t.rows[r]
            trow.height = Mm(rh)
            trow.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            cells = trow.cells  # once per row: python-docx rebuilds the grid on every access
            for c, w in enumerate(table.widths):
                cells[c].width = Mm(w)
            col = 0
            targets = []
            for cell in row:
                tc = cells[col]
                if cell.span > 1:
                    tc = tc.merge(cells[col + cell.span - 1])
                    tc.width = Mm(sum(table.widths[col : col + cell.span]))
                targets.append((tc, cell))
                col += cell.span
            for tc, cell in targets:
                tc.vertical_alignment = (
                    WD_CELL_VERTICAL_ALIGNMENT.TOP if cell.valign == "top" else WD_CELL_VERTICAL_ALIGNMENT.CENTER
                )
                par = tc.paragraphs[0]
                _fmt(par, table.size, table.leading, cell.align)
                _add_runs(par, cell.text, table.size, cell.bold, 0.0, self.body_font)

    def _picture(self, pic: Picture, before: float) -> None:
        img = pictures.render_picture(pic.kind, pic.seed, pic.data)
        par = self.doc.add_paragraph()
        pf = par.paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf.space_before = Mm(max(before, 0.0) + pic.before)
        pf.space_after = Mm(0)
        pf.line_spacing = 1.0
        par.add_run().add_picture(io.BytesIO(pictures.to_bytes(img)), width=Mm(pic.width), height=Mm(pic.height))

    def _seal(self, par: Any, seal_png: bytes, cx: float, cy: float) -> None:
        run = par.add_run()
        run.add_picture(io.BytesIO(seal_png), width=Mm(SEAL_MM), height=Mm(SEAL_MM))
        inline = run._element.find(".//" + qn("wp:inline"))
        self.docpr += 1
        anchor = parse_xml(
            f'<wp:anchor {nsdecls("wp")} distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            f'relativeHeight="{251659264 + self.docpr}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(Mm(cx - SEAL_MM / 2))}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="page"><wp:posOffset>{int(Mm(cy - SEAL_MM / 2))}</wp:posOffset></wp:positionV>'
            f"</wp:anchor>"
        )
        anchor.append(copy.deepcopy(inline.find(qn("wp:extent"))))
        anchor.append(parse_xml(f'<wp:effectExtent {nsdecls("wp")} l="0" t="0" r="0" b="0"/>'))
        anchor.append(parse_xml(f"<wp:wrapNone {nsdecls('wp')}/>"))
        docpr = copy.deepcopy(inline.find(qn("wp:docPr")))
        docpr.set("id", str(self.docpr))
        docpr.set("name", f"印章{self.docpr}")
        anchor.append(docpr)
        anchor.append(copy.deepcopy(inline.find(qn("wp:cNvGraphicFramePr"))))
        anchor.append(copy.deepcopy(inline.find(qn("a:graphic"))))
        inline.getparent().replace(inline, anchor)

    def page(self, page: Page, seal_png: bytes | None = None) -> None:
        if self.pages:
            self._break()
        self.pages += 1
        prev_end = 0.0
        for pl in page.placed:
            gap = pl.y - prev_end
            b = pl.block
            if isinstance(b, Text):
                par = self.doc.add_paragraph()
                first = b.indent * b.size if pl.line0 == 0 else 0.0
                _fmt(par, b.size, b.leading, b.align, gap, first, b.left)
                _add_runs(par, _chunk_text(b, pl.lines or [], pl.line0), b.size, b.bold, b.spacing, self._font_for(b))
            elif isinstance(b, Table):
                self._table(b, pl.row_heights or [], gap)
            elif isinstance(b, Picture):
                self._picture(b, gap)
            prev_end = pl.y + pl.height
        for t in page.footer:
            par = self.doc.add_paragraph()
            _fmt(par, t.size, t.leading, t.align, t.before + 1.0, 0.0, t.left)
            _add_runs(par, t.text, t.size, t.bold, t.spacing, self.body_font)
        end = self.doc.add_paragraph()
        _fmt(end, 9, 1.2, "right", 0.3)
        if page.stamp:
            _add_runs(end, page.stamp, 9, False, 0.0, self.body_font)
        if seal_png:
            for cx, cy in page.seals:
                self._seal(end, seal_png, cx, cy)

    def save(self, path: str, title: str, author: str) -> None:
        cp = self.doc.core_properties
        cp.title, cp.author, cp.last_modified_by = title, author, author
        cp.created = cp.modified = FIXED
        cp.revision = 1
        cp.comments = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        normalise_zip(buf.getvalue(), path)


def normalise_zip(data: bytes, path: str) -> None:
    """Rewrite a zip with fixed member timestamps and order, so equal content gives equal bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


def render_docx(
    pages: list[Page],
    path: str,
    title: str,
    author: str,
    seal_png: bytes | None = None,
    body_font: str = "仿宋_GB2312",
    title_font: str = "方正小标宋简体",
) -> None:
    w = DocxWriter(body_font, title_font)
    for page in pages:
        w.page(page, seal_png)
    w.save(path, title, author)
