"""A period's decisions reviewed alone (文书评查) as one workbook: a row per decision, and agencies ranked.

Sheet 1 「文书汇总」: 序号, 文件, 执法机关, 文号, 当事人, 决定日期, 得分, 等次, 问题数, 主要问题 — the problems are the
failed checks' messages, in the standard's order. Sheet 2 「机关排名」: 排名, 执法机关, 决定书数, 问题总数, 每份问题数,
平均分 — fewest problems per decision first (the 排序通报 of a 文书评查), mean score breaking ties. Plain functions
over drafts; the CLI and the API write what they return.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook

from reviewer.core.kinds import DECISION_DOCUMENT_KINDS
from reviewer.core.model import ReviewDraft
from reviewer.reports.xlsx_style import DATE_FORMAT, SCORE_FORMAT, mark_defects, style_table

ROWS_HEADER = ["序号", "文件", "执法机关", "文号", "当事人", "决定日期", "得分", "等次", "问题数", "主要问题"]
RANKING_HEADER = ["排名", "执法机关", "决定书数", "问题总数", "每份问题数", "平均分"]
UNKNOWN_AGENCY = "未识别机关"


@dataclass(frozen=True)
class DecisionRow:
    source: str
    agency: str
    doc_number: str | None
    party: str | None
    decided: dt.date | None
    score: float | None
    grade: str | None
    #: Failed checks' messages (an error message when the file was refused).
    defects: list[str] = field(default_factory=list)
    refused: bool = False


@dataclass(frozen=True)
class AgencyDefects:
    rank: int
    agency: str
    decisions: int
    defects: int
    per_decision: float
    mean_score: float | None


def decision_row(source: str, draft: ReviewDraft) -> DecisionRow:
    """One decision's row: who decided, its 文号, the party, the score and what failed."""
    decision = next((i for i in draft.instruments if i.kind in DECISION_DOCUMENT_KINDS), None)
    alone = decision.facts.alone if decision is not None else None
    agency = draft.facts.agency
    if agency is None and decision is not None:
        terms = decision.facts.decision
        agency = (terms.signing_agency if terms is not None else None) or decision.facts.agency
    number = alone.number.raw if alone is not None and alone.number is not None else None
    decided = alone.date.value if alone is not None and alone.date is not None else None
    return DecisionRow(
        source=source,
        agency=agency or UNKNOWN_AGENCY,
        doc_number=number or (decision.doc_number if decision is not None else None),
        party=draft.facts.party,
        decided=decided,
        score=draft.score,
        grade=draft.grade,
        defects=[f.message or f.check_name for f in draft.findings if f.status == "fail"],
    )


def decision_row_of_contract(source: str, draft: dict[str, Any], agency: str | None = None) -> DecisionRow:
    """The row of a stored draft (the output contract, corrections applied): the service's batches."""
    decision: dict[str, Any] = next(
        (i for i in draft.get("instruments", []) if i.get("kind") in DECISION_DOCUMENT_KINDS), {}
    )
    decided = decision.get("date")
    return DecisionRow(
        source=source,
        agency=(draft.get("facts") or {}).get("agency") or agency or UNKNOWN_AGENCY,
        doc_number=decision.get("doc_number"),
        party=(draft.get("facts") or {}).get("party"),
        decided=dt.date.fromisoformat(decided) if decided else None,
        score=draft.get("score"),
        grade=draft.get("grade"),
        defects=[
            f.get("message") or f.get("check_name", "") for f in draft.get("findings", []) if f["status"] == "fail"
        ],
    )


def refused_row(source: str, message: str) -> DecisionRow:
    return DecisionRow(source, UNKNOWN_AGENCY, None, None, None, None, None, [message], refused=True)


def rank_by_defects(rows: Iterable[DecisionRow]) -> list[AgencyDefects]:
    """Agencies by problems per reviewed decision, fewest first; refused files are not counted."""
    by_agency: dict[str, list[DecisionRow]] = {}
    for row in rows:
        if not row.refused:
            by_agency.setdefault(row.agency, []).append(row)
    stats = []
    for agency, items in by_agency.items():
        defects = sum(len(r.defects) for r in items)
        scored = [r.score for r in items if r.score is not None]
        mean = round(sum(scored) / len(scored), 2) if scored else None
        stats.append((agency, len(items), defects, round(defects / len(items), 2), mean))
    stats.sort(key=lambda s: (s[3], -(s[4] or 0.0), s[0]))
    return [AgencyDefects(i + 1, *item) for i, item in enumerate(stats)]


def decision_summary_xlsx(rows: list[DecisionRow], name: str = "文书评查") -> bytes:
    """The rows and the agency ranking as XLSX bytes."""
    workbook = Workbook()
    workbook.properties.title = f"{name} 汇总表"
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "文书汇总"
    sheet.append(ROWS_HEADER)
    for number, row in enumerate(rows, start=1):
        sheet.append(_row_cells(number, row))
    style_table(
        sheet,
        header_row=1,
        columns=len(ROWS_HEADER),
        widths=[6, 14, 26, 26, 26, 16, 8, 8, 8, 70],
        wrap=(3, 4, 5, 10),
        centre=(1, 6, 7, 8, 9),
        formats={6: DATE_FORMAT, 7: SCORE_FORMAT},
    )
    mark_defects(sheet, column=8, header_row=1, formula='ISNUMBER(SEARCH("不合格",{cell}))')
    ranking = workbook.create_sheet("机关排名")
    ranking.append(RANKING_HEADER)
    for rank in rank_by_defects(rows):
        ranking.append([rank.rank, rank.agency, rank.decisions, rank.defects, rank.per_decision, rank.mean_score])
    style_table(
        ranking,
        header_row=1,
        columns=len(RANKING_HEADER),
        widths=[6, 30, 10, 10, 12, 10],
        centre=(1, 3, 4, 5, 6),
        formats={5: "0.00", 6: "0.00"},
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _row_cells(number: int, row: DecisionRow) -> list[Any]:
    return [
        number,
        row.source,
        row.agency,
        row.doc_number or "",
        row.party or "",
        row.decided,
        row.score,
        row.grade or ("未评查" if row.refused else "待定"),
        None if row.refused else len(row.defects),
        "；".join(defect.rstrip("。") for defect in row.defects),
    ]
