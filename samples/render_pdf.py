"""Render a `CaseDoc` as a text-layer A4 PDF with fpdf2.

One `Page` of the model becomes exactly one PDF page: auto page breaks are off and any page whose content
runs past the bottom margin raises, so the truth's page spans hold for the PDF by construction.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TextMode, WrapMode

from samples.document import FOOTER_SIZE, CaseDoc, Cell, Footer, Page, Para, Spacer, Table, Title

CJK_FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
#: Fixed so that two runs write the same bytes.
CREATION_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

MARGIN_X = 22.0
TOP = 20.0
#: Content must end above this line (mm); the footer sits below it.
BOTTOM = 272.0
FOOTER_Y = 280.0
PT = 0.3528  # mm per point


class MissingFont(RuntimeError):
    """A font the PDF renderer embeds is not installed."""


class PageOverflow(RuntimeError):
    """A page's content does not fit on one A4 page; shorten the page in the case module."""


def line_height(size: float) -> float:
    """Line pitch in mm for a font size in points (1.65 leading, as the DOCX renderer's exact spacing)."""
    return size * PT * 1.65


#: Punctuation that may not open a line, and that may not close one (Chinese line-breaking rules, 避头尾).
_NO_LINE_START = set("，。、；：？！）》」』”’％,.;:?!)]")
_NO_LINE_END = set("（《「『“‘([")
#: Latin words, numbers and codes stay whole, as Word keeps them; any other character may break.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/]*|.", re.S)


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Break `text` into lines no wider than `width` mm in the current font.

    fpdf2 either breaks at spaces (Chinese has none) or anywhere (splitting credit codes across lines); this
    keeps codes whole and moves a character down rather than open a line with a comma.
    """
    lines: list[str] = []
    for raw in text.split("\n"):
        tokens: list[str] = []
        for token in _TOKEN.findall(raw):
            tokens += list(token) if pdf.get_string_width(token) > width else [token]
        line: list[str] = []
        used = 0.0
        for token in tokens:
            size = pdf.get_string_width(token)
            if line and used + size > width:
                carry: list[str] = []
                if token in _NO_LINE_START and len(line) > 1:
                    carry.append(line.pop())
                while len(line) > 1 and line[-1] in _NO_LINE_END:
                    carry.insert(0, line.pop())
                lines.append("".join(line))
                line, used = carry, sum(pdf.get_string_width(t) for t in carry)
            line.append(token)
            used += size
        lines.append("".join(line))
    return lines


def _check_fonts() -> None:
    packages = {CJK_FONT: "fonts-droid-fallback", LATIN_FONT: "fonts-dejavu-core"}
    for path, package in packages.items():
        if not path.is_file():
            raise MissingFont(
                f"font {path} not found: install the Debian package {package} (apt-get install {package})"
            )


def _new_pdf(case: CaseDoc) -> FPDF:
    _check_fonts()
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(CREATION_DATE)
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN_X, TOP, MARGIN_X)
    pdf.set_title(f"{case.agency} 行政处罚案卷 {case.case_id}")
    pdf.set_author(case.agency)
    pdf.set_creator("casefile-reviewer samples")
    pdf.set_producer("casefile-reviewer samples")
    pdf.add_font("cjk", "", str(CJK_FONT))
    pdf.add_font("latin", "", str(LATIN_FONT))
    pdf.set_font("cjk", size=12)
    # DroidSansFallback has no Latin glyphs; digits and letters come from DejaVu.
    pdf.set_fallback_fonts(["latin"], exact_match=False)
    return pdf


def _bold(pdf: FPDF, on: bool) -> AbstractContextManager:
    """Fake bold by stroking glyph outlines: the font ships one weight, and text stays extractable.

    A local graphics context keeps the stroke mode from leaking into later text.
    """
    return pdf.local_context(text_mode=TextMode.FILL_STROKE, line_width=0.22) if on else nullcontext()


def _cell_text(cell: Cell) -> str:
    """Cell text; a nested table is flattened to one line per row (fpdf2 tables do not nest)."""
    if isinstance(cell.content, Table):
        return "\n".join("　".join(_cell_text(inner) for inner in row) for row in cell.content.rows)
    return cell.content


def _table(pdf: FPDF, table: Table) -> None:
    pdf.set_font("cjk", size=table.size)
    usable = pdf.w - 2 * MARGIN_X
    total = sum(table.widths)
    widths = tuple(usable * w / total for w in table.widths)
    aligns = {"left": "LEFT", "center": "CENTER", "right": "RIGHT"}
    padding = 1.2
    with pdf.table(
        col_widths=widths,
        width=usable,
        line_height=line_height(table.size) * 0.85,
        first_row_as_headings=False,
        text_align="LEFT",
        v_align="MIDDLE",
        padding=padding,
        wrapmode=WrapMode.CHAR,
    ) as out:
        for row in table.rows:
            pdf_row, col = out.row(), 0
            for cell in row:
                room = sum(widths[col : col + cell.span]) - 2 * padding - 0.5
                text = "\n".join(wrap(pdf, _cell_text(cell), room))
                pdf_row.cell(text, colspan=cell.span, align=aligns[cell.align])
                col += cell.span
    pdf.ln(2)


def _page(pdf: FPDF, page: Page, where: str) -> float:
    """Draw one model page, check it ended above the bottom margin, and return where it ended (mm)."""
    pdf.add_page()
    footer: Footer | None = None
    for block in page.blocks:
        if isinstance(block, Title):
            pdf.set_font("cjk", size=block.size)
            pdf.ln(1)
            with _bold(pdf, True):
                pdf.cell(0, line_height(block.size), block.text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif isinstance(block, Para):
            pdf.set_font("cjk", size=block.size)
            text = ("\u3000\u3000" + block.text) if block.indent else block.text
            with _bold(pdf, block.bold):
                for line in wrap(pdf, text, pdf.w - 2 * MARGIN_X):
                    pdf.cell(
                        0, line_height(block.size), line, align=block.align[0].upper(), new_x="LMARGIN", new_y="NEXT"
                    )
        elif isinstance(block, Spacer):
            pdf.ln(line_height(12) * block.lines)
        elif isinstance(block, Table):
            _table(pdf, block)
        elif isinstance(block, Footer):
            footer = block
        else:  # pragma: no cover - the model has no other block types
            raise TypeError(f"unknown block {block!r}")
    end = pdf.get_y()
    if end > BOTTOM:
        raise PageOverflow(f"{where}: content ends at {end:.1f} mm, below {BOTTOM} mm")
    if footer is not None:
        pdf.set_font("cjk", size=FOOTER_SIZE)
        pdf.set_y(FOOTER_Y)
        pdf.cell(0, line_height(FOOTER_SIZE), footer.text, align="C")
    return end


def render_pdf(case: CaseDoc, path: Path) -> int:
    """Write the case as a PDF at `path`; returns the page count, which always equals the model's."""
    pdf = _new_pdf(case)
    spans = case.spans()
    for ins, (first, _) in zip(case.instruments, spans, strict=False):
        for offset, page in enumerate(ins.pages):
            _page(pdf, page, f"{case.name} page {first + offset} ({ins.title})")
    count = pdf.page_no()
    if count != len(case.pages):
        raise PageOverflow(f"{case.name}: PDF has {count} pages, model has {len(case.pages)}")
    path.write_bytes(bytes(pdf.output()))
    return count
