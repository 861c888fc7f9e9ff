"""The 评查表 as data: what the paper form evaluators sign holds, built from a corrected draft and its standard.

A header (agency under review, case, party, standard, evaluator, date); the checks grouped as the standard groups
them — its veto items first (基础标准), then each deduction category with its subtotal; the total and the grade;
and the checks the machine could not settle, listed for the evaluator. `sheet_docx` lays this out on A4.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from checklists.names import describe
from checklists.schema import CheckSpec, Standard
from reviewer.core.kinds import DECISION_DOCUMENT_KINDS

CHINESE_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class SheetHeader:
    """What the form's header says about the case; empty strings are left blank for the evaluator's pen."""

    agency: str = ""
    case_number: str = ""
    case_name: str = ""
    party: str = ""
    standard: str = ""
    evaluator: str = ""
    date: dt.date | None = None


@dataclass(frozen=True)
class SheetRow:
    """One check as the form prints it: every cell already the text to print."""

    number: int
    check_id: str
    name: str
    content: str
    points: str
    deducted: str
    reason: str
    pages: str
    status: str
    veto: bool


@dataclass(frozen=True)
class SheetSection:
    """A group of rows: the veto items (no points) or one deduction category with its subtotal."""

    title: str
    rows: list[SheetRow]
    #: The category's points; None for the veto section.
    points: float | None = None
    deducted: float = 0.0


@dataclass(frozen=True)
class PendingItem:
    """A check the evaluator must settle: unknown, or decided on evidence read with low confidence."""

    number: int
    row: SheetRow
    why: str


@dataclass(frozen=True)
class ReviewSheet:
    title: str
    header: SheetHeader
    sections: list[SheetSection]
    total_points: float
    score: float | None
    grade: str | None
    score_range: tuple[float, float] | None
    veto_hits: list[str]
    pending: list[PendingItem] = field(default_factory=list)
    #: The 预评等级 sentence while the grade is 待定 (reviewer.core.grading); None once it is settled.
    provisional_note: str | None = None

    @property
    def rows(self) -> list[SheetRow]:
        return [row for section in self.sections for row in section.rows]


def points_text(value: float) -> str:
    return f"{value:g}"


def pages_text(evidence: list[dict[str, Any]]) -> str:
    """Evidence pages in order, joined as the forms write them: 3、5、12."""
    return "、".join(str(page) for page in sorted({int(e["page"]) for e in evidence if e.get("page")}))


def header_from(draft: dict[str, Any], standard: Standard, given: SheetHeader | None = None) -> SheetHeader:
    """The header: what the caller knows (agency, case number, evaluator …) over what the draft read."""
    given = given or SheetHeader()
    party = given.party or (draft.get("facts") or {}).get("party") or ""
    decision = next((i for i in draft.get("instruments") or [] if i.get("kind") in DECISION_DOCUMENT_KINDS), None)
    return SheetHeader(
        agency=given.agency,
        case_number=given.case_number or (decision or {}).get("doc_number") or "",
        case_name=given.case_name or (f"{party}行政处罚案" if party else ""),
        party=party,
        standard=given.standard or standard.standard.name,
        evaluator=given.evaluator,
        date=given.date,
    )


def _row(number: int, finding: dict[str, Any], spec: CheckSpec | None, standard: Standard) -> SheetRow:
    text = describe(finding["check_id"], standard)
    veto = bool(spec and spec.veto)
    status = finding["status"]
    if veto:
        points = "否决"
    elif spec is None:
        points = ""
    else:
        points = points_text(spec.points) + ("/次" if spec.per_instance else "")
    deducted, reason = {
        "fail": ("否决" if veto else points_text(float(finding["deducted"])), finding.get("message") or ""),
        "pass": ("0", ""),
        "unknown": ("待定", "待人工核定（见表后待人工核定事项）"),
        "not_applicable": ("—", "本案不适用"),
    }.get(status, ("", finding.get("message") or ""))
    return SheetRow(
        number=number,
        check_id=finding["check_id"],
        name=finding.get("check_name") or text.name,
        content=text.content,
        points=points,
        deducted=deducted,
        reason=reason.rstrip(),
        pages=pages_text(finding.get("evidence") or []),
        status=status,
        veto=veto,
    )


def _ordered(draft: dict[str, Any], standard: Standard) -> list[tuple[dict[str, Any], CheckSpec | None]]:
    """Findings in the standard's order of checks (a finding the standard no longer has goes last)."""
    position = {check.id: index for index, check in enumerate(standard.checks)}
    specs = {check.id: check for check in standard.checks}
    findings = sorted(draft["findings"], key=lambda f: position.get(f["check_id"], len(position)))
    return [(finding, specs.get(finding["check_id"])) for finding in findings]


def build_sheet(draft: dict[str, Any], standard: Standard, header: SheetHeader | None = None) -> ReviewSheet:
    """The 评查表 of one corrected draft (`reviewer.store.draft_with_corrections` or a fresh contract)."""
    ordered = _ordered(draft, standard)
    veto_rows: list[SheetRow] = []
    by_category: dict[str, list[SheetRow]] = {}
    for finding, spec in ordered:
        row = _row(0, finding, spec, standard)
        if row.veto:
            veto_rows.append(row)
        else:
            by_category.setdefault(finding["category"], []).append(row)
    sections: list[SheetSection] = []
    if veto_rows:
        sections.append(SheetSection("基础标准（否决项：任一项不符合的，案卷评为不合格）", veto_rows))
    scores = draft.get("category_scores") or {}
    categories = list(standard.categories)
    known = {category.id for category in categories}
    for index, category in enumerate(categories):
        rows = by_category.get(category.id, [])
        lost = category.points - float(scores.get(category.id, category.points))
        numeral = CHINESE_NUMERALS[index] if index < len(CHINESE_NUMERALS) else str(index + 1)
        title = f"{numeral}、{category.name}（{points_text(category.points)}分）"
        sections.append(SheetSection(title, rows, category.points, round(lost, 2)))
    for name, rows in by_category.items():
        if name not in known:
            sections.append(SheetSection(name, rows, None, 0.0))
    sections = _numbered(sections)
    return ReviewSheet(
        title="行政处罚案卷评查表",
        header=header_from(draft, standard, header),
        sections=sections,
        total_points=standard.standard.total_points,
        score=draft.get("score"),
        grade=draft.get("grade"),
        score_range=_pair(draft.get("score_range")),
        veto_hits=[row.name for row in sections[0].rows if row.status == "fail"] if veto_rows else [],
        pending=_pending(sections, draft),
        provisional_note=None if draft.get("grade") else draft.get("provisional_note"),
    )


def _pair(values: list[float] | None) -> tuple[float, float] | None:
    return (float(values[0]), float(values[1])) if values else None


def _numbered(sections: list[SheetSection]) -> list[SheetSection]:
    """Rows numbered 1… through the whole form, in print order."""
    number = 0
    out = []
    for section in sections:
        rows = []
        for row in section.rows:
            number += 1
            rows.append(SheetRow(**{**row.__dict__, "number": number}))
        out.append(SheetSection(section.title, rows, section.points, section.deducted))
    return out


def _pending(sections: list[SheetSection], draft: dict[str, Any]) -> list[PendingItem]:
    waiting = set(draft.get("needs_review") or [])
    messages = {f["check_id"]: f.get("message") or "" for f in draft["findings"]}
    items: list[PendingItem] = []
    for section in sections:
        for row in section.rows:
            if row.check_id not in waiting:
                continue
            if row.status == "unknown":
                why = messages.get(row.check_id) or "机器无法判定，请人工核查。"
            else:
                verdict = "扣分" if row.status == "fail" else "符合"
                why = f"机器初判为“{verdict}”，但所依据文字的识别置信度低，请核对原件。"
            items.append(PendingItem(len(items) + 1, row, why))
    return items
