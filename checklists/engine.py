"""The check engine: run every check of a standard over a case and turn outcomes into findings.

Predicates are small named functions registered in `checklists.registry` under a check id. Each gets a
`CaseView` (instruments, facts, pages, the standard) and the check's spec, and returns an `Outcome`: fail,
pass, unknown or not_applicable, with evidence and the values its message needs. The engine adds the
points and the Chinese message from the standard. A check with no predicate yet is `unknown` — a person
must look — never a silent pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from checklists.registry import PREDICATES, SCOPED_PREDICATES
from checklists.schema import CheckSpec, Standard
from checklists.scopes import Scope
from reviewer.core.kinds import CORRECTION_KIND, DECISION_KINDS
from reviewer.core.model import CaseFacts, Evidence, Finding, Instrument, Page, Status, low_ocr_note
from reviewer.core.registers import Registers
from reviewer.core.settings import DEFAULT_OCR_LOW_CONFIDENCE
from reviewer.core.text import FULL_WIDTH

NOT_IMPLEMENTED = "该检查项尚未实现自动评查，请人工核查。"
LOW_OCR_NOTE = "依据的文字为扫描件 OCR 识别结果，置信度仅 {:.0%}，请人工核对原件后判定。"


@dataclass(frozen=True)
class Outcome:
    status: Status
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 1.0
    #: Values for the message's {placeholders}, and a note to use instead of the template (pass/unknown).
    values: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    #: Instances found, for checks the standard deducts per instance.
    count: int = 1


def fail(*evidence: Evidence, confidence: float = 1.0, count: int = 1, **values: Any) -> Outcome:
    return Outcome("fail", list(evidence), confidence, values, count=count)


def passed(*evidence: Evidence, confidence: float = 1.0) -> Outcome:
    return Outcome("pass", list(evidence), confidence)


def unknown(note: str, *evidence: Evidence) -> Outcome:
    return Outcome("unknown", list(evidence), 0.0, note=note)


def not_applicable(note: str = "") -> Outcome:
    return Outcome("not_applicable", note=note or None)


@dataclass(frozen=True)
class CaseView:
    """What predicates may look at; helpers answer the questions most checks ask."""

    instruments: Sequence[Instrument]
    facts: CaseFacts
    standard: Standard
    pages: Sequence[Page] = ()
    #: Registers of bodies and certificates (None: none loaded; the register checks then say `unknown`).
    registers: Registers | None = None
    #: The review scope (None: the whole case file); checks outside it are not applicable.
    scope: Scope | None = None

    def all(self, *kinds: str) -> list[Instrument]:
        return [i for i in self.instruments if i.kind in kinds]

    def first(self, *kinds: str) -> Instrument | None:
        return next((i for i in self.instruments if i.kind in kinds), None)

    def has(self, *kinds: str) -> bool:
        return self.first(*kinds) is not None

    @cached_property
    def decision(self) -> Instrument | None:
        """The decision under review: the case's own decision first; a correction of one (in a scope that reviews
        corrections) only where none is there."""
        kinds = self.scope.instruments if self.scope is not None else DECISION_KINDS
        return self.first(*(kind for kind in kinds if kind != CORRECTION_KIND)) or self.first(*kinds)

    @property
    def general(self) -> bool | None:
        return None if self.facts.procedure is None else self.facts.procedure == "general"

    def cite(self, instrument: Instrument, quote: str | None = None) -> Evidence:
        """Evidence on the page of `instrument` that shows `quote` (spaces and widths ignored: a reader may quote
        full-width digits as ASCII); its first page otherwise."""
        quote = quote or instrument.title or instrument.kind
        needle = "".join(quote.split()).translate(FULL_WIDTH)
        for page in self.pages[instrument.first_page - 1 : instrument.last_page]:
            if needle and needle in "".join(page.text.split()).translate(FULL_WIDTH):
                return Evidence(page=page.index, quote=quote)
        return Evidence(page=instrument.first_page, quote=quote)


def evidence_confidence(pages: Sequence[Page], evidence: Evidence) -> float:
    """How sure the reader was of the lines that show `evidence` (1.0 when they cannot be found)."""
    shown = _shown_by(pages, evidence)
    return min(shown, default=1.0)


def _shown_by(pages: Sequence[Page], evidence: Evidence, *, ocr_only: bool = False) -> list[float]:
    """The confidences of the page's lines that show the quote (of OCR pages only, with `ocr_only`)."""
    needle = "".join(evidence.quote.split()).translate(FULL_WIDTH)
    page = next((p for p in pages if p.index == evidence.page), None)
    if page is None or not needle or (ocr_only and page.origin != "ocr"):
        return []
    lines = ["".join(line.text.split()).translate(FULL_WIDTH) for line in page.lines]
    return [
        line.confidence
        for line, text in zip(page.lines, lines, strict=False)
        if text and (needle in text or text in needle)
    ]


def with_ocr_confidence(pages: Sequence[Page], evidence: list[Evidence]) -> list[Evidence]:
    """Evidence read by OCR carries the lowest confidence of the scanned lines showing it (`ocr_confidence`),
    so the draft, the store and the review page can say a finding rests on a shaky line."""
    marked: list[Evidence] = []
    for item in evidence:
        shown = _shown_by(pages, item, ocr_only=True)
        marked.append(item.model_copy(update={"ocr_confidence": min(shown)}) if shown else item)
    return marked


def _weighed(outcome: Outcome, pages: Sequence[Page], low_confidence: float = DEFAULT_OCR_LOW_CONFIDENCE) -> Outcome:
    """A decision resting on OCR text read below `low_confidence` becomes `unknown`: a person must look."""
    if outcome.status not in ("fail", "pass") or not outcome.evidence:
        return outcome
    confidence = min([outcome.confidence, *(evidence_confidence(pages, e) for e in outcome.evidence)])
    if confidence >= low_confidence:
        return (
            outcome if confidence == outcome.confidence else Outcome(**{**outcome.__dict__, "confidence": confidence})
        )
    note = LOW_OCR_NOTE.format(confidence)
    return Outcome("unknown", outcome.evidence, confidence, note=note)


def run_checks(view: CaseView, *, low_confidence: float = DEFAULT_OCR_LOW_CONFIDENCE) -> list[Finding]:
    """Every check of the standard, in its order; `low_confidence` is REVIEWER_OCR_LOW_CONFIDENCE."""
    return [_finding(view, check, low_confidence) for check in view.standard.checks]


def _finding(view: CaseView, check: CheckSpec, low_confidence: float) -> Finding:
    category = check.category
    if view.scope is not None and not view.scope.runs(check.id):
        return Finding(
            check_id=check.id,
            check_name=check.name,
            category=category,
            status="not_applicable",
            message=view.scope.not_applicable,
        )
    scoped = SCOPED_PREDICATES.get((view.scope.id, check.id)) if view.scope is not None else None
    predicate = scoped or PREDICATES.get(check.id)
    if predicate is None:
        return Finding(
            check_id=check.id,
            check_name=check.name,
            category=category,
            status="unknown",
            message=NOT_IMPLEMENTED,
            confidence=0.0,
        )
    outcome: Outcome = _weighed(predicate(view, check), view.pages, low_confidence)
    deducted = 0.0
    message = outcome.note or ""
    if outcome.status == "fail":
        deducted = check.points * (outcome.count if check.per_instance else 1)
        if check.cap is not None:
            deducted = min(deducted, check.cap)
        message = check.render(**outcome.values)
    evidence = with_ocr_confidence(view.pages, outcome.evidence)
    return Finding(
        check_id=check.id,
        check_name=check.name,
        category=category,
        status=outcome.status,
        deducted=deducted,
        message=message,
        evidence=evidence,
        confidence=outcome.confidence,
        ocr_note=low_ocr_note([item.model_dump() for item in evidence], low_confidence),
    )
