"""Word layout shared by the exported forms: A4 pages, the fonts of official forms, fixed-width tables.

Fonts are named as Windows and WPS install them (宋体 SimSun, 仿宋 FangSong, 黑体 SimHei), since evaluators open
the files there. On Debian, LibreOffice asks fontconfig for those names: `SimSun` is a `serif` alias there and
lands on a CJK serif (AR PL UMing from fonts-arphic-uming, or Noto Serif CJK); the document language is zh-CN so
the Chinese (not the Taiwan) forms of the glyphs are picked.
"""

from __future__ import annotations

import re
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

SONG = "SimSun"  # 宋体: tables and forms
FANG = "FangSong"  # 仿宋: the body of official letters (公文正文)
HEI = "SimHei"  # 黑体: form titles
LATIN = "Times New Roman"
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def a4_portrait(document: Any, *, top: float = 20, bottom: float = 18, left: float = 18, right: float = 18) -> None:
    """A4 portrait with margins in mm (python-docx starts from US Letter)."""
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
        section.left_margin, section.right_margin = Mm(left), Mm(right)


def text_width_mm(document: Any) -> float:
    section = document.sections[0]
    return float((section.page_width - section.left_margin - section.right_margin) / Mm(1))


def set_fonts(element: Any, east_asia: str, latin: str = LATIN) -> None:
    """Name the fonts of a run or style's rPr: `east_asia` for Chinese, `latin` for figures and letters."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:cs", latin), ("w:eastAsia", east_asia)):
        fonts.set(qn(attribute), value)


def base_style(document: Any, *, east_asia: str, size_pt: float) -> None:
    """The Normal style: fonts, size, zh-CN language, no space after paragraphs, single line spacing."""
    normal = document.styles["Normal"]
    normal.font.size = Pt(size_pt)
    set_fonts(normal.element, east_asia)
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")  # figures and Latin letters: Western rules, so no line break inside a number
    lang.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(lang)
    paragraph = normal.paragraph_format
    paragraph.space_before = paragraph.space_after = Pt(0)
    paragraph.line_spacing = 1.0
    document.core_properties.language = "zh-CN"


def paragraph(
    container: Any,
    text: str = "",
    *,
    size: float | None = None,
    bold: bool = False,
    font: str | None = None,
    align: str = "left",
    before: float = 0,
    after: float = 0,
    indent_chars: float = 0,
) -> Any:
    """A paragraph with one run; `indent_chars` indents the first line by that many characters (公文: 2)."""
    para = container.add_paragraph()
    para.alignment = ALIGN[align]
    fmt = para.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent_chars and size:
        fmt.first_line_indent = Pt(size * indent_chars)
    if text:
        run = para.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if font:
            set_fonts(run._element, font)
    return para


def fixed_table(container: Any, rows: int, widths_mm: list[float], *, align: str = "center") -> Any:
    """A bordered table with fixed column widths (Word and LibreOffice both honour tblLayout fixed + tblGrid)."""
    table = container.add_table(rows=rows, cols=len(widths_mm))
    table.style = "Table Grid"
    table.alignment = {"center": WD_TABLE_ALIGNMENT.CENTER, "left": WD_TABLE_ALIGNMENT.LEFT}[align]
    table.autofit = False  # tblLayout fixed
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 28), ("left", 57), ("bottom", 28), ("right", 57)):  # 0.5 mm, 1 mm
        node = OxmlElement(f"w:{side}")
        node.set(qn("w:w"), str(twips))
        node.set(qn("w:type"), "dxa")
        margins.append(node)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths_mm, strict=True):
        column.w = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    return table


def add_row(table: Any, widths_mm: list[float]) -> Any:
    row = table.add_row()
    for cell, width in zip(row.cells, widths_mm, strict=True):
        cell.width = Mm(width)
    return row


def fill(
    cell: Any, text: str, *, size: float, bold: bool = False, align: str = "left", font: str | None = None
) -> None:
    """Put `text` in a cell (one paragraph per line), vertically centred."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for index, line in enumerate(lines):
        para = first if index == 0 else cell.add_paragraph()
        para.alignment = ALIGN[align]
        if line:
            run = para.add_run(line)
            run.font.size = Pt(size)
            run.bold = bold
            if font:
                set_fonts(run._element, font)


def shade(cell: Any, colour: str) -> None:
    """Background colour of a cell, as hex RRGGBB."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    later = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark", "w:headers")
    cell._tc.get_or_add_tcPr().insert_element_before(shading, *later, "w:cellIns", "w:cellDel", "w:cellMerge")


def row_flags(row: Any, *, header: bool = False, min_height_mm: float | None = None) -> None:
    """Keep a row on one page, at least `min_height_mm` high; a header row repeats at the top of every page."""
    if min_height_mm:
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        row.height = Mm(min_height_mm)
    properties = row._tr.get_or_add_trPr()
    properties.insert_element_before(OxmlElement("w:cantSplit"), "w:trHeight", "w:tblHeader", "w:tblCellSpacing")
    if header:
        properties.insert_element_before(OxmlElement("w:tblHeader"), "w:tblCellSpacing", "w:jc", "w:hidden")


def page_number_footer(document: Any, *, size: float = 9, pattern: str = "第 {page} 页 共 {pages} 页") -> None:
    """Page numbers centred in the footer as `pattern` says ({page}, {pages}: fields Word and LibreOffice fill)."""
    para = document.sections[0].footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in re.split(r"(\{page\}|\{pages\})", pattern):
        if piece in ("{page}", "{pages}"):
            _field(para, "PAGE" if piece == "{page}" else "NUMPAGES", size)
        elif piece:
            para.add_run(piece).font.size = Pt(size)


def _field(para: Any, code: str, size: float) -> None:
    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"), ("end", None)):
        run = para.add_run()
        run.font.size = Pt(size)
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text and text.strip() == code:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        else:
            run.text = text or ""
