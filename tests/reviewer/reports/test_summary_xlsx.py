"""The 汇总表 XLSX read back with openpyxl: headers, one row per case, the ranking, party only on request."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook

from reviewer.reports.summary import BatchSummary, SummaryRow, rank_agencies
from reviewer.reports.summary_xlsx import summary_xlsx

ROWS = [
    SummaryRow(
        "c1",
        "市场局",
        "罚〔2023〕1号",
        "某公司",
        dt.date(2023, 5, 26),
        "drafted",
        94.0,
        "优秀",
        False,
        False,
        ["送达超期", "缴款超期"],
    ),
    SummaryRow("c2", "市场局", None, "张三", None, "drafted", 65.0, "不合格", True, True, ["缺立案审批表"]),
    SummaryRow("c3", "环境局", None, None, None, "failed", None, None, False, None, []),
]


def _read(data: bytes, sheet: str) -> list[tuple]:
    return [tuple(row) for row in load_workbook(io.BytesIO(data))[sheet].iter_rows(values_only=True)]


def test_summary_sheet_has_one_row_per_case() -> None:
    data = summary_xlsx(BatchSummary("b", "第一批", {"drafted": 2, "failed": 1}, ROWS, rank_agencies(ROWS)))
    header, *rows = _read(data, "汇总表")
    assert header == ("序号", "执法机关", "案号", "结案日期", "状态", "得分", "等次", "主要问题")
    assert rows[0] == (
        1,
        "市场局",
        "罚〔2023〕1号",
        dt.datetime(2023, 5, 26),
        "已出草稿",
        94,
        "优秀",
        "送达超期；缴款超期",
    )
    assert rows[1][5:7] == (65, "不合格（待定）") and rows[2][4:7] == ("处理失败", None, None)
    assert all("张三" not in str(cell) for row in rows for cell in row)


def test_ranking_sheet_and_the_party_column_on_request() -> None:
    data = summary_xlsx(BatchSummary("b", "第一批", {}, ROWS, rank_agencies(ROWS)), show_party=True)
    _header, *ranking = _read(data, "排名")
    assert ranking == [(1, "市场局", 2, 2, 79.5, 1, 0.5), (2, "环境局", 1, 0, None, 0, None)]
    header, *rows = _read(data, "汇总表")
    assert header[-1] == "当事人" and rows[1][-1] == "张三"
