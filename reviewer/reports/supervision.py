"""What a justice bureau sends after a review: a draft 行政执法监督意见书 to the agency whose file has defects,
and the 整改台账 (rectification ledger) in which agencies track each problem to its fix.

The letter follows the shape supervision offices use — letter number, the agency addressed, the case and its
decision number, the problems as 一是…二是…, a reply within 30 days — in our own words; it is a draft the
evaluator edits before signing. Both take the contract dict with the reviewer's corrections applied
(`reviewer.store.draft_with_corrections`), so the problems are the final ones, not the machine's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from checklists.standards import load_standard

_DIGITS = "零一二三四五六七八九"
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
#: The engine's message for a check it cannot decide yet; never a problem statement.
_UNDECIDED = "尚未实现"
LEDGER_HEAD = ("序号", "发现问题", "整改措施", "整改时限", "整改进度", "责任部门", "责任领导", "备注")
DECISION_KINDS = ("penalty_decision", "onsite_decision")


@dataclass
class LetterOptions:
    """What the draft cannot know from the case file: who writes, the letter number, when, whom to call."""

    issuer: str = "（监督机关名称）"
    letter_number: str = "〔　　〕　　号"
    reply_to: str = "（监督机构及地址）"
    reply_days: int = 30
    date: dt.date = field(default_factory=dt.date.today)
    contact: str = "（联系人及电话）"


@dataclass(frozen=True)
class Problem:
    check_id: str
    text: str
    deducted: float
    pages: tuple[int, ...]


def chinese_ordinal(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (lists of problems rarely pass 99)."""
    if number < 10:
        return _DIGITS[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def problems_of(draft: dict[str, Any]) -> list[Problem]:
    """The failed checks in the draft's order, each stated in a sentence a reader outside the tool understands:
    the reviewer's comment when they wrote one, else the finding's message, else the standard's wording."""
    checks = {check.id: check for check in load_standard(draft["standard"]["id"]).checks}
    comments = _latest_comments(draft)
    problems: list[Problem] = []
    for finding in draft["findings"]:
        if finding["status"] != "fail":
            continue
        text = comments.get(finding["check_id"]) or finding.get("message") or ""
        if not text or _UNDECIDED in text:
            spec = checks.get(finding["check_id"])
            text = _PLACEHOLDER.sub("…", spec.message) if spec else finding["check_id"]
        pages = tuple(sorted({int(e["page"]) for e in finding.get("evidence") or []}))
        problems.append(Problem(finding["check_id"], text.rstrip("。；; "), float(finding.get("deducted") or 0), pages))
    return problems


def _latest_comments(draft: dict[str, Any]) -> dict[str, str]:
    """check_id → the most recent non-empty comment among the corrections (ISO `at` orders them; the store
    lists them newest first)."""
    found: dict[str, str] = {}
    for correction in sorted(draft.get("corrections") or [], key=lambda c: c.get("at") or ""):
        comment = (correction.get("comment") or "").strip()
        if comment and correction.get("check_id"):
            found[correction["check_id"]] = comment
    return found


def decision_number(draft: dict[str, Any]) -> str | None:
    decision = next((i for i in draft.get("instruments") or [] if i.get("kind") in DECISION_KINDS), None)
    return (decision or {}).get("doc_number")


def supervision_letter_docx(
    draft: dict[str, Any], agency_name: str, options: LetterOptions | None = None, *, case_number: str | None = None
) -> bytes:
    """The 行政执法监督意见书 draft as a DOCX; a file with no failed check still gets a letter saying so."""
    options = options or LetterOptions()
    document = Document()
    _centred(document, "行政执法监督意见书", size=22, bold=True)
    _centred(document, options.letter_number, size=14)
    document.add_paragraph(f"{agency_name}：")
    party = (draft.get("facts") or {}).get("party") or "（当事人）"
    number = decision_number(draft) or case_number or "决定书文号未识别"
    problems = problems_of(draft)
    score = draft.get("score")
    grade = draft.get("grade") or "待定"
    opening = (
        f"经对你单位办理的{party}行政处罚案（{number}）案卷进行评查，"
        f"该案卷评查得分为{_points(score)}分，等级为“{grade}”。"
    )
    document.add_paragraph(opening + ("评查中发现以下问题：" if problems else "评查中未发现需要整改的问题。"))
    for position, problem in enumerate(problems, start=1):
        where = f"（见案卷第{'、'.join(map(str, problem.pages))}页）" if problem.pages else ""
        document.add_paragraph(f"{chinese_ordinal(position)}是{problem.text}{where}。")
    if problems:
        document.add_paragraph(
            f"请你单位收到本意见书后认真研究，逐项制定整改措施，健全相关工作制度，"
            f"并在{options.reply_days}日内将整改情况书面报送{options.reply_to}。"
        )
    document.add_paragraph("")
    _right(document, options.issuer)
    _right(document, _chinese_date(options.date))
    document.add_paragraph(f"（联系人及联系方式：{options.contact}）")
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _points(score: Any) -> str:
    return "—" if score is None else f"{float(score):g}"


def _chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _centred(document: Any, text: str, *, size: int, bold: bool = False) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _right(document: Any, text: str) -> None:
    document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT


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
    """The 整改台账: one row per problem found (columns as the supervision offices' template), with the
    deadline set `reply_days` after the report date and the progress left for the agency to fill in."""
    reported_on = reported_on or dt.date.today()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "整改台账"
    sheet.append(["行政执法案卷评查问题整改台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(LEDGER_HEAD))
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(
        [
            f"填报单位：{reporter_unit}",
            "",
            f"填报人：{reporter}",
            "",
            f"电话：{phone}",
            "",
            f"填报时间：{_chinese_date(reported_on)}",
        ]
    )
    sheet.append(list(LEDGER_HEAD))
    deadline = reported_on + dt.timedelta(days=reply_days)
    number = 0
    for case in cases:
        for problem in problems_of(case.draft):
            number += 1
            sheet.append(
                [
                    number,
                    f"{case.case_number}：{problem.text}",
                    "",
                    deadline.isoformat(),
                    "未整改",
                    case.agency_name,
                    "",
                    _remark(problem),
                ]
            )
    _style_table(sheet, header_row=3, last_row=3 + number)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _remark(problem: Problem) -> str:
    pages = f"案卷第{'、'.join(map(str, problem.pages))}页；" if problem.pages else ""
    return f"{pages}扣{problem.deducted:g}分（{problem.check_id}）"


def _style_table(sheet: Any, *, header_row: int, last_row: int) -> None:
    thin = Side(style="thin")
    widths = (6, 60, 30, 12, 10, 20, 10, 30)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    for row in sheet.iter_rows(min_row=header_row, max_row=last_row, max_col=len(LEDGER_HEAD)):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
