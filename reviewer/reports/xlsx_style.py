"""Spreadsheet layout shared by the exported workbooks: a styled, frozen, filterable header; widths; number formats;
and a colour that marks defects wherever a cell's value says so (conditional formatting, so it follows edits)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.reports.textwidth import text_width_pt

#: Body text: 宋体 10.5 pt (五号), as the paper forms.
FONT_NAME, FONT_PT = "SimSun", 10.5
#: Points per unit of column width (Excel's unit is the width of a '0' in the default font, about 7 px).
_PT_PER_WIDTH = 5.25
_LINE_PT = 14.5
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
#: The defect colour: a light red fill with dark red text.
DEFECT_FILL = PatternFill("solid", fgColor="F8CBAD")
DEFECT_FONT = Font(color="9C0006")
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
SCORE_FORMAT = "0.0"
PERCENT_FORMAT = "0.0%"
_THIN = Side(style="thin", color="999999")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def style_table(
    sheet: Worksheet,
    *,
    header_row: int,
    columns: int,
    widths: Sequence[float],
    wrap: Sequence[int] = (),
    centre: Sequence[int] = (),
    formats: dict[int, str] | None = None,
) -> None:
    """Format the table whose header is `header_row` and whose body runs to the sheet's last row: bold shaded
    header frozen in view with filters on it, borders, column widths, wrapped text in the `wrap` columns and
    centred text in the `centre` ones (1-based), number formats by column, rows high enough for their text."""
    last_row = max(sheet.max_row, header_row)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    for cell in sheet[header_row][:columns]:
        cell.font = Font(name=FONT_NAME, size=FONT_PT, bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BORDER
    for row in sheet.iter_rows(min_row=header_row + 1, max_row=last_row, max_col=columns):
        for cell in row:
            cell.font = Font(name=FONT_NAME, size=FONT_PT)
            cell.border = BORDER
            horizontal = "center" if cell.column in centre else None
            cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=cell.column in wrap)
            if formats and cell.column in formats and cell.value is not None:
                cell.number_format = formats[cell.column]
        lines = max((_lines(cell.value, widths[cell.column - 1]) for cell in row if cell.column in wrap), default=1)
        sheet.row_dimensions[row[0].row].height = _LINE_PT * lines + 4
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{last_row}"
    _print_setup(sheet, header_row)


def _lines(value: object, width: float) -> int:
    """Lines a wrapped cell needs: spreadsheet programs do not all grow rows to fit on opening a file."""
    if value is None:
        return 1
    return max(1, math.ceil(text_width_pt(str(value), FONT_PT) / (width * _PT_PER_WIDTH - 4)))


def _print_setup(sheet: Worksheet, header_row: int) -> None:
    """Printed on A4 landscape, one page wide, the header repeated on every page, page numbers in the footer."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddFooter.center.text = "第 &P 页 共 &N 页"


def mark_defects(sheet: Worksheet, *, column: int, header_row: int, formula: str, whole_row: bool = True) -> None:
    """Colour a body row (or only its cell in `column`) when `formula` holds; `{cell}` in the formula stands for
    the row's cell in `column` (e.g. 'ISNUMBER(SEARCH("不合格",{cell}))'), so the colour follows later edits."""
    last_row = max(sheet.max_row, header_row + 1)
    letter = get_column_letter(column)
    first = header_row + 1
    rule = FormulaRule(formula=[formula.format(cell=f"${letter}{first}")], fill=DEFECT_FILL, font=DEFECT_FONT)
    start, end = ("A", get_column_letter(sheet.max_column)) if whole_row else (letter, letter)
    sheet.conditional_formatting.add(f"{start}{first}:{end}{last_row}", rule)
