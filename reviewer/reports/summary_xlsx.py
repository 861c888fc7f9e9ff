"""The 汇总表 of a batch as XLSX: one row per case file, and a ranking of agencies (like a 排序通报).

Sheet 1 「汇总表」: 序号, 执法机关, 案号, 结案日期, 状态, 得分, 等次, 主要问题 (当事人 only when asked for: it can be a
person's name). Sheet 2 「排名」: 排名, 执法机关, 案卷数, 已评查, 平均分, 不合格数, 不合格率. Row 1 of each sheet is
the header, so other programs can read the tables as they are; it stays in view and carries filters, and an
unqualified file (等次 不合格) is shown in the defect colour.
"""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.core.status import CaseStatus
from reviewer.reports.summary import AgencyRank, BatchSummary, SummaryRow
from reviewer.reports.xlsx_style import DATE_FORMAT, PERCENT_FORMAT, SCORE_FORMAT, mark_defects, style_table

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
    _fill(rows_sheet, header, [_summary_cells(i + 1, row, show_party) for i, row in enumerate(summary.rows)])
    style_table(
        rows_sheet,
        header_row=1,
        columns=len(header),
        widths=[6, 28, 26, 16, 10, 8, 12, 60, 24],
        wrap=(2, 3, 8),
        centre=(1, 4, 5, 6, 7),
        formats={4: DATE_FORMAT, 6: SCORE_FORMAT},
    )
    mark_defects(rows_sheet, column=7, header_row=1, formula='ISNUMBER(SEARCH("不合格",{cell}))')
    ranking_sheet = workbook.create_sheet("排名")
    _fill(ranking_sheet, RANKING_HEADER, [_ranking_cells(rank) for rank in summary.ranking])
    style_table(
        ranking_sheet,
        header_row=1,
        columns=len(RANKING_HEADER),
        widths=[6, 28, 8, 8, 10, 10, 10],
        centre=(1, 3, 4, 5, 6, 7),
        formats={5: "0.00", 7: PERCENT_FORMAT},
    )
    mark_defects(ranking_sheet, column=6, header_row=1, formula="{cell}>0", whole_row=False)
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


def _fill(sheet: Worksheet, header: list[str], rows: list[list[Any]]) -> None:
    sheet.append(header)
    for row in rows:
        sheet.append(row)
