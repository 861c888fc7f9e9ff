"""Render a `CaseDoc` as a DOCX with python-docx.

Page boundaries are explicit page breaks, one before each model page but the first, so a reader that splits
on breaks sees exactly the truth's pages. Line pitch and margins match the PDF renderer (which checks that
every page fits), with exact line spacing slightly tighter than the PDF's, so no Word page overflows either.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from samples.document import BODY_SIZE, FOOTER_SIZE, Block, CaseDoc, Cell, Footer, Page, Para, Spacer, Table, Title
from samples.render_pdf import MARGIN_X

#: Fixed metadata and zip timestamps so that two runs write the same bytes.
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)
FONT = "宋体"
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
#: Exact line pitch (pt) per font size: 1.5× the size, below the PDF's 1.65×, so Word pages hold less height.
_PITCH = 1.5
#: Table lines are tighter still: Word's cell margins are wider than fpdf2's padding, so cells wrap sooner.
_TABLE_PITCH = 1.3


def _east_asian(element: Any, font: str = FONT) -> None:
    """Set the East Asian font on a run or style, which python-docx's `font.name` does not cover."""
    r_pr = element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), font)


def _setup(case: CaseDoc) -> DocxDocument:
    doc = Document()
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(MARGIN_X)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(8)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_SIZE)
    _east_asian(normal.element)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(BODY_SIZE * _PITCH)
    header = section.header.paragraphs[0]
    header.text = case.agency
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in header.runs:
        run.font.size = Pt(FOOTER_SIZE)
    props = doc.core_properties
    props.title = f"{case.agency} 行政处罚案卷 {case.case_id}"
    props.author = props.last_modified_by = case.agency
    props.comments = "casefile-reviewer sample corpus"
    props.created = props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1
    return doc


def _style_paragraph(par: Paragraph, size: float, align: str, bold: bool = False, pitch: float = _PITCH) -> None:
    par.alignment = _ALIGN[align]
    par.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    par.paragraph_format.line_spacing = Pt(size * pitch)
    for run in par.runs:
        run.font.size = Pt(size)
        run.bold = bold or None


class _Writer:
    """Adds blocks to the body, putting the pending page break at the start of a page's first paragraph."""

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self.pending_break = False

    def paragraph(self, text: str, size: float, align: str = "left", bold: bool = False) -> Paragraph:
        par = self.doc.add_paragraph()
        if self.pending_break:
            par.add_run().add_break(WD_BREAK.PAGE)
            self.pending_break = False
        if text:
            par.add_run(text)
        _style_paragraph(par, size, align, bold)
        return par

    def block(self, block: Block) -> None:
        if isinstance(block, Title):
            par = self.paragraph(block.text, block.size, "center", bold=True)
            par.paragraph_format.space_before, par.paragraph_format.space_after = Pt(3), Pt(6)
        elif isinstance(block, Para):
            par = self.paragraph(block.text, block.size, block.align, block.bold)
            if block.indent:
                par.paragraph_format.first_line_indent = Pt(block.size * 2)
        elif isinstance(block, Spacer):
            par = self.paragraph("", BODY_SIZE)
            par.paragraph_format.line_spacing = Pt(BODY_SIZE * _PITCH * block.lines)
        elif isinstance(block, Footer):
            par = self.paragraph(block.text, FOOTER_SIZE, "center")
            par.paragraph_format.space_before = Pt(12)
        elif isinstance(block, Table):
            if self.pending_break:  # a page must not open with a table: carry the break on an empty line
                self.paragraph("", BODY_SIZE)
            _fill_table(self.doc.add_table(rows=len(block.rows), cols=len(block.widths)), block)
            self.doc.add_paragraph().paragraph_format.line_spacing = Pt(6)
        else:  # pragma: no cover - the model has no other block types
            raise TypeError(f"unknown block {block!r}")


def _fill_table(table: DocxTable, block: Table) -> None:
    table.style = "Table Grid"
    table.autofit = False
    usable = 210 - 2 * MARGIN_X
    widths = [Mm(usable * w / sum(block.widths)) for w in block.widths]
    for r, row in enumerate(block.rows):
        col = 0
        for cell in row:
            target = table.cell(r, col)
            if cell.span > 1:
                target = target.merge(table.cell(r, col + cell.span - 1))
            target.width = sum(widths[col : col + cell.span], Mm(0))
            _fill_cell(target, cell, block.size)
            col += cell.span
    for c, width in enumerate(widths):
        table.columns[c].width = width


def _fill_cell(target: _Cell, cell: Cell, size: float) -> None:
    target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if isinstance(cell.content, Table):
        nested = target.add_table(rows=len(cell.content.rows), cols=len(cell.content.widths))
        _fill_table(nested, cell.content)
        first = target.paragraphs[0]
        if not first.text:  # drop the empty paragraph Word keeps above a nested table
            first._p.getparent().remove(first._p)
        for par in target.paragraphs:
            par.paragraph_format.line_spacing = Pt(2)
        return
    for i, line in enumerate(cell.content.split("\n")):
        par = target.paragraphs[0] if i == 0 else target.add_paragraph()
        par.add_run(line)
        _style_paragraph(par, size, cell.align, cell.bold, pitch=_TABLE_PITCH)


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry timestamps (python-docx stamps the current time)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_docx(case: CaseDoc, path: Path) -> int:
    """Write the case as a DOCX at `path`; returns the page count (explicit page breaks + 1)."""
    doc = _setup(case)
    writer = _Writer(doc)
    pages: list[Page] = case.pages
    for i, page in enumerate(pages):
        writer.pending_break = i > 0
        for block in page.blocks:
            writer.block(block)
    buffer = io.BytesIO()
    doc.save(buffer)
    data = _deterministic_zip(buffer.getvalue())
    path.write_bytes(data)
    return count_page_breaks(data) + 1


def count_page_breaks(data: bytes) -> int:
    """Explicit page breaks (<w:br w:type="page"/>) in a DOCX package's main document."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    return xml.count('w:type="page"')
