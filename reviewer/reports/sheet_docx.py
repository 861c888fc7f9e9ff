"""The 评查表 as a Word document laid out like the paper form: A4 portrait, title, header block, the checks
grouped by the standard's categories (序号 / 评查项目 / 评查内容 / 分值 / 扣分 / 扣分理由 / 页码) with subtotals,
the total and grade, the items left for the evaluator to settle, and signature lines."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from docx import Document

from checklists.standards import load_standard
from reviewer.core.calendar import format_date
from reviewer.reports.docx_style import (
    HEI,
    SONG,
    a4_portrait,
    add_row,
    base_style,
    fill,
    fixed_table,
    page_number_footer,
    paragraph,
    row_flags,
    shade,
    text_width_mm,
)
from reviewer.reports.sheet import ReviewSheet, SheetHeader, SheetRow, SheetSection, build_sheet, points_text
from reviewer.reports.textwidth import text_width_pt

HEAD = ("序号", "评查项目", "评查内容", "分值", "扣分", "扣分理由", "页码")
BODY_PT = 9.5
HEADER_PT = 10.5
#: 评查项目 is at most this many characters wide; longer names wrap at their bracket (see name_lines).
NAME_CHARS = 10
#: Least height of a check's row: two lines of the body size, so one-line rows do not look cramped.
ROW_MM = 9.0
GREY = "E7E6E6"
PALE = "F2F2F2"
_MM_PER_PT = 25.4 / 72
#: Cell padding (1 mm each side) plus a little air, in mm.
_PAD_MM = 3.0


def render_docx(draft: dict[str, Any], header: SheetHeader | None = None) -> bytes:
    """The 评查表 of one case from its contract dict (corrections applied); `header` adds what the draft
    cannot know — the agency under review, the case number on file, the evaluator, the date."""
    sheet = build_sheet(draft, load_standard(draft["standard"]["id"]), header)
    document = Document()
    a4_portrait(document)
    base_style(document, east_asia=SONG, size_pt=BODY_PT)
    document.core_properties.title = f"{sheet.title} {sheet.header.case_number}".strip()
    document.core_properties.subject = draft.get("case_id") or ""
    page_number_footer(document)
    width = text_width_mm(document)
    paragraph(document, sheet.title, size=18, bold=True, font=HEI, align="center", after=8)
    _header_block(document, sheet.header, width)
    paragraph(document, "", after=4)
    _checks_table(document, sheet, width)
    _conclusion(document, sheet)
    _pending(document, sheet, width)
    _signatures(document)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def fit_mm(texts: list[str], size_pt: float) -> float:
    """The width a column needs to print the longest of `texts` on one line."""
    return max(text_width_pt(text, size_pt) for text in texts) * _MM_PER_PT + _PAD_MM


def name_lines(name: str) -> list[str]:
    """A name as printed in its cell: a bracketed part such as （15个工作日） goes on a line of its own, so a long
    name wraps where a reader would break it, never inside 工作日."""
    head, bracket, tail = name.partition("（")
    return [head, bracket + tail] if head and bracket else [name]


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def column_widths(sheet: ReviewSheet, total_mm: float) -> list[float]:
    """Widths of HEAD's columns sized to their content: the short columns fit their longest cell (页码 up to three
    pages a line), 评查项目 its longest name up to NAME_CHARS a line, and 评查内容 / 扣分理由 share the rest by
    how much text each holds."""
    rows = sheet.rows
    number = fit_mm(["序号", *(str(row.number) for row in rows)], BODY_PT)
    points = fit_mm(["分值", *(row.points for row in rows), points_text(sheet.total_points)], BODY_PT)
    deducted = fit_mm(["扣分", *(row.deducted for row in rows)], BODY_PT)
    pages = _clamp(fit_mm(["页码", *(row.pages for row in rows)], BODY_PT), 0, fit_mm(["12、13、14"], BODY_PT))
    longest_name = fit_mm(["评查项目", *(part for row in rows for part in name_lines(row.name))], BODY_PT)
    names = _clamp(longest_name, fit_mm(["评查项目"], BODY_PT), fit_mm(["字" * NAME_CHARS], BODY_PT))
    rest = total_mm - number - points - deducted - pages - names
    content_chars = sum(len(row.content) for row in rows) or 1
    reason_chars = sum(len(row.reason) for row in rows) or 1
    content = round(rest * _clamp(content_chars / (content_chars + reason_chars), 0.38, 0.6), 1)
    return [number, names, content, points, deducted, round(rest - content, 1), pages]


def _header_block(document: Any, header: SheetHeader, width: float) -> None:
    label = fit_mm(["被评查单位"], HEADER_PT)
    value = (width - 2 * label) / 2
    widths = [label, value, label, value]
    date = format_date(header.date) if header.date else "　　年　　月　　日"
    lines = [
        ("被评查单位", header.agency, "案　　号", header.case_number),
        ("案件名称", header.case_name, None, None),
        ("当 事 人", header.party, None, None),
        ("评查标准", header.standard, None, None),
        ("评 查 人", header.evaluator, "评查日期", date),
    ]
    table = fixed_table(document, len(lines), widths)
    for row, (first, first_value, second, second_value) in zip(table.rows, lines, strict=True):
        row_flags(row, min_height_mm=8)
        cells = row.cells
        fill(cells[0], first, size=HEADER_PT, bold=True, align="center")
        shade(cells[0], PALE)
        if second is None:
            merged = cells[1].merge(cells[3])
            fill(merged, first_value or "", size=HEADER_PT)
            continue
        fill(cells[1], first_value or "", size=HEADER_PT)
        fill(cells[2], second, size=HEADER_PT, bold=True, align="center")
        shade(cells[2], PALE)
        fill(cells[3], second_value or "", size=HEADER_PT)


def _checks_table(document: Any, sheet: ReviewSheet, width: float) -> None:
    widths = column_widths(sheet, width)
    table = fixed_table(document, 1, widths)
    head = table.rows[0]
    row_flags(head, header=True)
    for cell, text in zip(head.cells, HEAD, strict=True):
        fill(cell, text, size=BODY_PT, bold=True, align="center")
        shade(cell, GREY)
    for section in sheet.sections:
        _section_title(table, widths, section)
        for row in section.rows:
            _check_row(table, widths, row)
        if section.points is not None:
            score = section.points - section.deducted
            _sum_row(table, widths, "小计", section.points, section.deducted, f"本项得分 {points_text(score)} 分")
    _total_row(table, widths, sheet)


def _section_title(table: Any, widths: list[float], section: SheetSection) -> None:
    row = add_row(table, widths)
    row_flags(row)
    merged = row.cells[0].merge(row.cells[-1])
    fill(merged, section.title, size=BODY_PT, bold=True)
    shade(merged, PALE)


def _check_row(table: Any, widths: list[float], item: SheetRow) -> None:
    row = add_row(table, widths)
    row_flags(row, min_height_mm=ROW_MM)
    cells = row.cells
    fill(cells[0], str(item.number), size=BODY_PT, align="center")
    name = item.name if fit_mm([item.name], BODY_PT) <= widths[1] else "\n".join(name_lines(item.name))
    fill(cells[1], name, size=BODY_PT, bold=item.veto)
    fill(cells[2], item.content, size=BODY_PT)
    fill(cells[3], item.points, size=BODY_PT, align="center")
    fill(cells[4], item.deducted, size=BODY_PT, align="center", bold=item.status == "fail")
    fill(cells[5], item.reason, size=BODY_PT)
    fill(cells[6], item.pages, size=BODY_PT, align="center")


def _sum_row(table: Any, widths: list[float], label: str, points: float, lost: float, note: str) -> None:
    row = add_row(table, widths)
    row_flags(row)
    cells = row.cells
    fill(cells[0].merge(cells[2]), label, size=BODY_PT, bold=True, align="right")
    fill(cells[3], points_text(points), size=BODY_PT, bold=True, align="center")
    fill(cells[4], points_text(lost), size=BODY_PT, bold=True, align="center")
    fill(cells[5].merge(cells[6]), note, size=BODY_PT, bold=True)


def _total_row(table: Any, widths: list[float], sheet: ReviewSheet) -> None:
    if sheet.score is None:
        return
    if sheet.veto_hits:
        note = "触及否决项，总得分 0 分"
        lost = sheet.total_points
    else:
        note = f"总得分 {points_text(sheet.score)} 分"
        lost = round(sheet.total_points - sheet.score, 2)
    _sum_row(table, widths, "合计", sheet.total_points, lost, note)


def _conclusion(document: Any, sheet: ReviewSheet) -> None:
    if sheet.grade:
        grade = sheet.grade
    elif sheet.score_range:
        low, high = sheet.score_range
        grade = f"待定（尚有 {len(sheet.pending)} 项待人工核定，得分可能在 {low:g}–{high:g} 分之间）"
    else:
        grade = "待定"
    total = "—" if sheet.score is None else points_text(sheet.score)
    paragraph(document, f"总得分：{total} 分　　评定等级：{grade}", size=HEADER_PT, bold=True, before=6)
    if sheet.provisional_note:
        paragraph(document, sheet.provisional_note, size=BODY_PT, before=2)
    vetoed = "、".join(sheet.veto_hits) + "（案卷评为不合格）" if sheet.veto_hits else "无"
    paragraph(document, f"否决项：{vetoed}", size=HEADER_PT, before=2)
    paragraph(
        document,
        "注：分值栏“否决”为基础标准否决项；扣分栏“待定”的项目列于下表，由评查人核定；页码为案卷页码。",
        size=BODY_PT,
        before=2,
    )


def _pending(document: Any, sheet: ReviewSheet, width: float) -> None:
    if not sheet.pending:
        return
    paragraph(document, "待人工核定事项", size=HEADER_PT, bold=True, font=HEI, before=10, after=4)
    head = ("序号", "表内序号", "评查项目", "待核定原因", "页码", "核定结论")
    number = fit_mm(["序号"], BODY_PT)
    position = fit_mm(["表内序号"], BODY_PT)
    pages = fit_mm(["12、13、14"], BODY_PT)
    verdict = fit_mm(["□符合 □扣＿＿分"], BODY_PT)
    name = fit_mm(["八个汉字宽度"], BODY_PT)
    widths = [number, position, name, width - number - position - pages - verdict - name, pages, verdict]
    table = fixed_table(document, 1, widths)
    row_flags(table.rows[0], header=True)
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        fill(cell, text, size=BODY_PT, bold=True, align="center")
        shade(cell, GREY)
    for item in sheet.pending:
        row = add_row(table, widths)
        row_flags(row)
        cells = row.cells
        values = (str(item.number), str(item.row.number), item.row.name, item.why, item.row.pages, "□符合 □扣＿＿分")
        for cell, text, align in zip(
            cells, values, ("center", "center", "left", "left", "center", "left"), strict=True
        ):
            fill(cell, text, size=BODY_PT, align=align)


def _signatures(document: Any) -> None:
    paragraph(document, "", after=10)
    line = "评查人（签字）：＿＿＿＿＿＿＿＿　　　　复核人（签字）：＿＿＿＿＿＿＿＿"
    paragraph(document, line, size=HEADER_PT, before=12)
    dates = "日　　期：　　　　年　　月　　日　　　　日　　期：　　　　年　　月　　日"
    paragraph(document, dates, size=HEADER_PT, before=10)
