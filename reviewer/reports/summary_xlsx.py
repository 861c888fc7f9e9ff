"""The 汇总表 of a batch as XLSX: one row per case file, and a ranking of agencies (like a 排序通报).

Sheet 1 「汇总表」: 序号, 执法机关, 案号, 结案日期, 状态, 得分, 等次, 主要问题 (当事人 only when asked for: it can be a
person's name). Sheet 2 「排名」: 排名, 执法机关, 案卷数, 已评查, 平均分, 不合格数, 不合格率. Row 1 of each sheet is
the header, so other programs can read the tables as they are.
"""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.core.status import CaseStatus
from reviewer.reports.summary import AgencyRank, BatchSummary, SummaryRow

STATUS_NAMES: dict[str, str] = {
    CaseStatus.QUEUED: "排队中",
    CaseStatus.PROCESSING: "评查中",
    CaseStatus.FAILED: "处理失败",
    CaseStatus.DRAFTED: "已出草稿",
    CaseStatus.SIGNED: "已定稿",
}
SUMMARY_HEADER = ["序号", "执法机关", "案号", "结案日期", "状态", "得分", "等次", "主要问题"]
RANKING_HEADER = ["排名", "执法机关", "案卷数", "已评查", "平均分", "不合格数", "不合格率"]
#: Marks a grade that unsettled (unknown) checks could still change.
PROVISIONAL = "（待定）"


def summary_xlsx(summary: BatchSummary, *, show_party: bool = False) -> bytes:
    """The batch's 汇总表 and ranking as XLSX bytes."""
    workbook = Workbook()
    workbook.properties.title = f"{summary.name} 汇总表"
    rows_sheet = workbook.active
    assert rows_sheet is not None
    rows_sheet.title = "汇总表"
    header = SUMMARY_HEADER + (["当事人"] if show_party else [])
    _table(
        rows_sheet,
        header,
        [_summary_cells(i + 1, row, show_party) for i, row in enumerate(summary.rows)],
        widths=[6, 28, 26, 12, 10, 8, 10, 60, 24],
    )
    ranking_sheet = workbook.create_sheet("排名")
    _table(
        ranking_sheet,
        RANKING_HEADER,
        [_ranking_cells(rank) for rank in summary.ranking],
        widths=[6, 28, 8, 8, 8, 10, 10],
    )
    for cell in ranking_sheet["G"][1:]:
        cell.number_format = "0.0%"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _summary_cells(number: int, row: SummaryRow, show_party: bool) -> list[Any]:
    grade = None if row.grade is None else row.grade + (PROVISIONAL if row.grade_provisional else "")
    cells: list[Any] = [
        number,
        row.agency,
        row.case_number or "",
        row.closing_date,
        STATUS_NAMES.get(row.status, row.status),
        row.score,
        grade,
        "；".join(row.main_defects),
    ]
    return cells + ([row.party or ""] if show_party else [])


def _ranking_cells(rank: AgencyRank) -> list[Any]:
    return [rank.rank, rank.agency, rank.cases, rank.reviewed, rank.mean_score, rank.unqualified, rank.unqualified_rate]


def _table(sheet: Worksheet, header: list[str], rows: list[list[Any]], *, widths: list[int]) -> None:
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for row in rows:
        sheet.append(row)
    for column, width in zip("ABCDEFGHIJ", widths, strict=False):
        sheet.column_dimensions[column].width = width
    for cell in sheet["D"][1:]:
        if cell.value is not None and sheet.title == "汇总表":
            cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
