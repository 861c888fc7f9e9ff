"""The 整改台账 (rectification ledger) in which agencies track each problem of a review to its fix: one row per
problem in the columns of the supervision offices' template, the deadline a real date, and 整改进度 shown in the
defect colour until someone writes something other than 未整改 there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from reviewer.core.calendar import format_date
from reviewer.reports.supervision import Problem, problems_of
from reviewer.reports.xlsx_style import DATE_FORMAT, mark_defects, style_table

LEDGER_HEAD = ("序号", "发现问题", "整改措施", "整改时限", "整改进度", "责任部门", "责任领导", "备注")
WIDTHS = (6, 48, 24, 16, 10, 22, 10, 28)
HEADER_ROW = 3
PENDING = "未整改"


@dataclass(frozen=True)
class LedgerCase:
    """One reviewed case for the ledger: whose it is and its corrected draft."""

    agency_name: str
    case_number: str
    draft: dict[str, Any]


def rectification_xlsx(
    cases: list[LedgerCase],
    *,
    reporter_unit: str = "",
    reporter: str = "",
    phone: str = "",
    reported_on: dt.date | None = None,
    reply_days: int = 30,
) -> bytes:
    """The 整改台账: one row per problem found, the deadline `reply_days` after the report date and the
    progress left for the agency to fill in."""
    reported_on = reported_on or dt.date.today()
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "整改台账"
    sheet.append(["行政执法案卷评查问题整改台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(LEDGER_HEAD))
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    unit, person, call = f"填报单位：{reporter_unit}", f"填报人：{reporter}", f"电话：{phone}"
    sheet.append([unit, "", person, "", call, "", f"填报时间：{format_date(reported_on)}"])
    sheet.append(list(LEDGER_HEAD))
    deadline = reported_on + dt.timedelta(days=reply_days)
    number = 0
    for case in cases:
        for problem in problems_of(case.draft):
            number += 1
            text = f"{case.case_number}：{problem.text}"
            sheet.append([number, text, "", deadline, PENDING, case.agency_name, "", _remark(problem)])
    style_table(
        sheet,
        header_row=HEADER_ROW,
        columns=len(LEDGER_HEAD),
        widths=WIDTHS,
        wrap=(2, 3, 6, 8),
        centre=(1, 4, 5),
        formats={4: DATE_FORMAT},
    )
    mark_defects(sheet, column=5, header_row=HEADER_ROW, formula=f'{{cell}}="{PENDING}"', whole_row=False)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _remark(problem: Problem) -> str:
    pages = f"案卷第{'、'.join(map(str, problem.pages))}页；" if problem.pages else ""
    return f"{pages}扣{problem.deducted:g}分（{problem.name}）"
