"""What a justice bureau sends after a review: a draft 行政执法监督意见书 to the agency whose file has defects.

The letter follows the shape supervision offices use — letter number, the agency addressed, the case and its
decision number, the problems as 一是…二是…, a reply within 30 days — in our own words, laid out as a 公文
(GB/T 9704: A4, title in 二号, 文号 line, addressee, body in 三号仿宋 with 28-point lines, issuing body and date
on the right). It is a draft the evaluator edits before signing. It takes the contract dict with the reviewer's
corrections applied (`reviewer.store.draft_with_corrections`), so the problems are the final ones; the same
problems feed the 整改台账 (`reviewer.reports.ledger_xlsx`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from docx import Document
from docx.shared import Pt

from checklists.names import describe
from checklists.standards import load_standard
from reviewer.core.calendar import format_date
from reviewer.reports.docx_style import (
    FANG,
    SONG,
    a4_portrait,
    base_style,
    page_number_footer,
    paragraph,
)
from reviewer.reports.textwidth import text_width_pt

_DIGITS = "零一二三四五六七八九"
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
#: Spaces that templates put around figures: between a CJK character or full-width mark and anything.
_SPACES = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]+|[ \t]+(?=[\u3000-\u9fff\uff00-\uffef])")
#: The engine's message for a check it cannot decide yet; never a problem statement.
_UNDECIDED = "尚未实现"
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


#: 公文 body: 三号 (16 pt) 仿宋 on a fixed 28-point line.
BODY_PT = 16
LINE_PT = 28


@dataclass(frozen=True)
class Problem:
    check_id: str
    #: The check's Chinese name (评查项目), so a reader knows which item of the standard it is.
    name: str
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
    standard = load_standard(draft["standard"]["id"])
    checks = {check.id: check for check in standard.checks}
    comments = _latest_comments(draft)
    problems: list[Problem] = []
    for finding in draft["findings"]:
        if finding["status"] != "fail":
            continue
        name = finding.get("check_name") or describe(finding["check_id"], standard).name
        text = comments.get(finding["check_id"]) or finding.get("message") or ""
        if not text or _UNDECIDED in text:
            spec = checks.get(finding["check_id"])
            text = _PLACEHOLDER.sub("…", spec.message) if spec else f"{name}不符合要求"
        pages = tuple(sorted({int(e["page"]) for e in finding.get("evidence") or []}))
        deducted = float(finding.get("deducted") or 0)
        problems.append(Problem(finding["check_id"], name, _prose(text), deducted, pages))
    return problems


def _prose(text: str) -> str:
    """A message as a sentence of a letter: no spaces around figures inside Chinese text, no closing stop."""
    return _SPACES.sub("", text).rstrip("。；; ")


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
    a4_portrait(document, top=37, bottom=35, left=28, right=26)
    base_style(document, east_asia=FANG, size_pt=BODY_PT)
    document.styles["Normal"].paragraph_format.line_spacing = Pt(LINE_PT)
    document.core_properties.title = "行政执法监督意见书"
    page_number_footer(document, size=14, pattern="— {page} —")
    paragraph(document, "行政执法监督意见书", size=22, bold=True, font=SONG, align="center", after=LINE_PT)
    paragraph(document, options.letter_number, size=BODY_PT, align="center", after=LINE_PT)
    paragraph(document, f"{agency_name}：", size=BODY_PT)
    party = (draft.get("facts") or {}).get("party") or "（当事人）"
    number = decision_number(draft) or case_number or "决定书文号未识别"
    problems = problems_of(draft)
    grade = draft.get("grade") or "待定"
    opening = (
        f"经对你单位办理的{party}行政处罚案（{number}）案卷进行评查，"
        f"该案卷评查得分为{_points(draft.get('score'))}分，等级为“{grade}”。"
    )
    _body(document, opening + ("评查中发现以下问题：" if problems else "评查中未发现需要整改的问题。"))
    for position, problem in enumerate(problems, start=1):
        where = f"（见案卷第{'、'.join(map(str, problem.pages))}页）" if problem.pages else ""
        _body(document, f"{chinese_ordinal(position)}是{problem.name}：{problem.text}{where}。")
    if problems:
        _body(
            document,
            f"请你单位收到本意见书后认真研究，逐项制定整改措施，健全相关工作制度，"
            f"并在{options.reply_days}日内将整改情况书面报送{options.reply_to}。",
        )
    paragraph(document, "", size=BODY_PT)
    paragraph(document, "", size=BODY_PT)
    date = format_date(options.date)
    _signed(document, options.issuer, centred_over=date)
    _signed(document, date)
    paragraph(document, "", size=BODY_PT)
    _body(document, f"（联系人及联系方式：{options.contact}）")
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _body(document: Any, text: str) -> None:
    """A body paragraph: first line indented two characters, justified."""
    paragraph(document, text, size=BODY_PT, indent_chars=2, align="justify")


def _signed(document: Any, text: str, *, centred_over: str | None = None) -> None:
    """The date four characters in from the right margin, the issuing body centred over it (GB/T 9704 7.3.5)."""
    para = paragraph(document, text, size=BODY_PT, align="right")
    indent: float = BODY_PT * 4
    if centred_over is not None:
        indent += max(text_width_pt(centred_over, BODY_PT) - text_width_pt(text, BODY_PT), 0) / 2
    para.paragraph_format.right_indent = Pt(indent)


def _points(score: Any) -> str:
    return "—" if score is None else f"{float(score):g}"
