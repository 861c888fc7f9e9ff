"""The one document model every stage speaks.

Readers turn files into `Page`s, segmentation groups pages into `Instrument`s, the extract stage fills each
instrument's `facts` (`reviewer.core.facts`) and the `CaseFacts`, the checklist engine emits `Finding`s and scoring wraps them in a `ReviewDraft`. Nothing
downstream of the readers knows the file format except through `Page.origin` and confidences.

Pages are 1-based over the whole case file; dates are `datetime.date`; money is `Decimal` yuan.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, SerializerFunctionWrapHandler, model_serializer
from pydantic import Field as PydField

from reviewer.core.facts import InstrumentFacts
from reviewer.core.registers import RegisterRef
from reviewer.core.settings import DEFAULT_OCR_LOW_CONFIDENCE

Origin = Literal["text", "ocr", "docx"]
Procedure = Literal["general", "simple"]
Status = Literal["fail", "pass", "unknown", "not_applicable"]

#: (x0, top, x1, bottom) in points, origin at the page's top-left corner as displayed (after rotation).
Box = tuple[float, float, float, float]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Line(_Model):
    """A line of text as read, with where it sits and how sure the reader is."""

    text: str
    box: Box | None = None
    confidence: float = 1.0
    #: Layout hints a reader may know (font size in points, paragraph alignment); segmentation uses them
    #: to spot centred titles without knowing the format.
    size: float | None = None
    align: Literal["left", "center", "right"] | None = None
    bold: bool | None = None


class Page(_Model):
    """One page of the case file, in filing order."""

    index: int = PydField(ge=1, description="1-based position in the whole case file")
    source: str = PydField(description="file name the page came from")
    source_page: int = PydField(ge=1, description="1-based page number inside its source file")
    text: str = ""
    lines: list[Line] = PydField(default_factory=list)
    origin: Origin
    width: float | None = None
    height: float | None = None
    rotation: int = 0
    #: True when page boundaries were estimated (a DOCX without page breaks), not read from the file.
    estimated: bool = False
    #: Problems seen on this page (e.g. no text layer), in Chinese, for the evaluator.
    warnings: list[str] = PydField(default_factory=list)
    #: Scanned pages: whether a red seal impression was seen (None: not looked at), and where. Text-layer
    #: pages: True with the boxes where the PDF carries a red seal picture (an electronic seal), else None.
    red_seal: bool | None = None
    seals: list[Box] = PydField(default_factory=list)
    #: Scanned pages only: no text was found on the page. It stays in the case file (its image is the source
    #: page) and goes to the evaluator: a page judged blank must never silently drop an instrument.
    blank: bool = False

    @property
    def confidence(self) -> float:
        """Mean line confidence; 0 for a page with no text at all."""
        if not self.lines:
            return 0.0
        return sum(line.confidence for line in self.lines) / len(self.lines)


class ScanLine(_Model):
    """A line OCR read below the confidence bar: what it read, where, and how sure it was."""

    text: str
    confidence: float
    box: Box | None = None


class ScanInfo(_Model):
    """How one scanned page was read, for the evaluator: where it came from, how sure OCR was, what it saw."""

    page: int
    source: str
    confidence: float = PydField(description="mean line confidence, 0 when no text was found")
    red_seal: bool | None = None
    #: Clockwise turn applied to read the page upright (0, 90, 180, 270).
    rotation: int = 0
    blank: bool = False
    #: The page's size in points as displayed, so `low_lines` boxes can be drawn over its image.
    width: float | None = None
    height: float | None = None
    #: The lines read below REVIEWER_OCR_LOW_CONFIDENCE, in reading order: the review page marks them.
    low_lines: list[ScanLine] = PydField(default_factory=list)

    @classmethod
    def of(cls, page: Page, low_confidence: float) -> ScanInfo:
        return cls(
            page=page.index,
            source=page.source,
            confidence=round(page.confidence, 4),
            red_seal=page.red_seal,
            rotation=page.rotation,
            blank=page.blank,
            width=page.width,
            height=page.height,
            low_lines=[
                ScanLine(text=line.text, confidence=line.confidence, box=line.box)
                for line in page.lines
                if line.confidence < low_confidence
            ],
        )


class Evidence(_Model):
    """Where a fact or a defect can be seen: the page, the words, and the box when known."""

    page: int
    quote: str
    box: Box | None = None
    #: When the quote was read by OCR: the lowest confidence of the scanned lines that show it (None otherwise;
    #: left out of the JSON then, so text-layer evidence reads as before).
    ocr_confidence: float | None = None

    @model_serializer(mode="wrap")
    def _drop_unread(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if data.get("ocr_confidence", 0) is None:
            del data["ocr_confidence"]
        return data


class Field(_Model):
    """One extracted value with its raw text and evidence."""

    name: str
    value: Any = None
    raw: str = ""
    evidence: Evidence | None = None
    confidence: float = 1.0


class Instrument(_Model):
    """A document of the case file (立案审批表, 询问笔录, 决定书 …) spanning one or more pages."""

    kind: str = PydField(description="kind code from instruments.yaml; 'other' when unknown")
    title: str = PydField(description="title as written, '' when none was found")
    first_page: int
    last_page: int
    doc_number: str | None = None
    date: dt.date | None = None
    text: str = ""
    fields: list[Field] = PydField(default_factory=list)
    confidence: float = 1.0
    #: An unclassified instrument's possible kinds, by the words of its heading (segmentation); a check that
    #: misses a document says `unknown` at such pages rather than `fail`. Not part of the output.
    could_be: list[str] = PydField(default_factory=list, exclude=True)
    #: What the extract stage read in it (`reviewer.core.facts`); empty until then. Not part of the output.
    facts: InstrumentFacts = PydField(default_factory=InstrumentFacts, exclude=True)

    def summary(self) -> dict[str, Any]:
        """The instrument as the output contract lists it."""
        return {
            "kind": self.kind,
            "title": self.title,
            "first_page": self.first_page,
            "last_page": self.last_page,
            "doc_number": self.doc_number,
            "date": self.date.isoformat() if self.date else None,
        }


class SourceError(_Model):
    """A source file that could not be read; the rest of the case file still is."""

    source: str
    error: str = PydField(description="exception class name")
    message: str = PydField(description="Chinese message for the user")


class CaseFile(_Model):
    """Everything read from the uploaded files of one case."""

    case_id: str
    sources: list[str] = PydField(default_factory=list)
    pages: list[Page] = PydField(default_factory=list)
    instruments: list[Instrument] = PydField(default_factory=list)
    errors: list[SourceError] = PydField(default_factory=list)


#: Timeline keys in procedural order. `reported` is the major-penalty filing (备案) as in DESIGN.md.
TIMELINE_KEYS: tuple[str, ...] = (
    "discovered",
    "filed",
    "investigated",
    "investigation_reported",
    "legal_reviewed",
    "discussed",
    "notified",
    "notice_served",
    "statement",
    "hearing",
    "approved",
    "decided",
    "served",
    "paid",
    "closed",
    "reported",
)


class CaseFacts(_Model):
    """The facts the checks need; None means 'not known', never 'no'."""

    procedure: Procedure | None = None
    party: str | None = None
    party_type: Literal["organisation", "citizen"] | None = None
    fine_yuan: Decimal | None = None
    confiscation_yuan: Decimal | None = None
    #: What the decision imposes: warning, fine, confiscation, suspension, revocation, qualification, detention.
    penalties: list[str] = PydField(default_factory=list)
    is_major: bool | None = None
    hearing_eligible: bool | None = None
    #: The agency as its decision, cover or forms name it, and the sector that name places it in
    #: (extractors/data/sectors.yaml); for rules that apply to some sectors only.
    agency: str | None = None
    sector: str | None = None
    timeline: dict[str, dt.date | None] = PydField(default_factory=lambda: dict.fromkeys(TIMELINE_KEYS))


class Finding(_Model):
    """The result of one check on one case file."""

    check_id: str
    #: The check's Chinese name as the standard prints it (评查项目); what people read instead of the id.
    check_name: str = ""
    category: str
    status: Status
    deducted: float = 0.0
    message: str = ""
    evidence: list[Evidence] = PydField(default_factory=list)
    confidence: float = 1.0
    #: Set when some evidence was read by OCR below REVIEWER_OCR_LOW_CONFIDENCE: says so in Chinese, with the
    #: page and the confidence (`low_ocr_note`); None otherwise.
    ocr_note: str | None = None


#: What a finding says when its evidence rests on a scanned line read with low confidence.
LOW_OCR_LINE_NOTE = "所依据的证据取自扫描件第 {page} 页中识别置信度偏低的文字（{confidence:.0%}），请核对原件。"


def low_ocr_note(evidence: list[dict[str, Any]], low_confidence: float) -> str | None:
    """The Chinese note for a finding whose evidence (as JSON: `page`, `ocr_confidence`) was read by OCR below
    the bar, naming the shakiest item; None when none was. The engine and the store both use it."""
    shaky = [
        (float(item["ocr_confidence"]), int(item.get("page") or 0))
        for item in evidence
        if item.get("ocr_confidence") is not None and float(item["ocr_confidence"]) < low_confidence
    ]
    if not shaky:
        return None
    confidence, page = min(shaky)
    return LOW_OCR_LINE_NOTE.format(page=page, confidence=confidence)


class StandardRef(_Model):
    id: str
    version: str | None = None


class ReviewDraft(_Model):
    """The pre-scored review of one case file, as the output contract describes it."""

    case_id: str
    standard: StandardRef
    #: What was reviewed: the whole case file, or one instrument alone ("decision": 文书评查).
    scope: str = "case"
    procedure: Procedure | None = None
    pages: int
    sources: list[str] = PydField(default_factory=list)
    instruments: list[Instrument] = PydField(default_factory=list)
    timeline: dict[str, dt.date | None] = PydField(default_factory=dict)
    facts: CaseFacts = PydField(default_factory=CaseFacts)
    findings: list[Finding] = PydField(default_factory=list)
    #: None until a standard has scored the file: never a made-up number.
    score: float | None = None
    grade: str | None = None
    veto: list[str] = PydField(default_factory=list)
    #: Check ids a person must settle, then `page:N` for each scanned page judged blank (N as in `blank_pages`).
    needs_review: list[str] = PydField(default_factory=list)
    #: Scanned pages on which no text was found: kept, numbered, and shown to the evaluator.
    blank_pages: list[int] = PydField(default_factory=list)
    #: One entry per page read by OCR (origin "ocr"): confidence, seal, turn, blank, lines read below the bar.
    scans: list[ScanInfo] = PydField(default_factory=list)
    #: REVIEWER_OCR_LOW_CONFIDENCE when the draft was made: the bar its `unknown`s, `needs_review` and marked
    #: lines follow, and the one the store rescoring after corrections keeps.
    ocr_low_confidence: float = DEFAULT_OCR_LOW_CONFIDENCE
    #: The score once every `unknown` check is settled: (all of them fail, all of them pass).
    score_range: tuple[float, float] | None = None
    #: 预评等级: the grade if every open check passes, while `grade` is still None (never a settled grade).
    provisional_grade: str | None = None
    #: The sentence that states it (reviewer.pipeline.scoring.provisional_note).
    provisional_note: str | None = None
    category_scores: dict[str, float] = PydField(default_factory=dict)
    errors: list[SourceError] = PydField(default_factory=list)
    engine_version: str
    timings: dict[str, float] = PydField(default_factory=dict)
    #: The registers the checks read (versions or files); None when none was loaded.
    registers: RegisterRef | None = None

    def to_contract(self) -> dict[str, Any]:
        """JSON-ready dict in the shape of DESIGN.md's output contract (ISO dates, money as strings)."""
        facts = self.facts
        return {
            "case_id": self.case_id,
            "standard": self.standard.model_dump(),
            "scope": self.scope,
            "procedure": self.procedure,
            "pages": self.pages,
            "sources": list(self.sources),
            "instruments": [instrument.summary() for instrument in self.instruments],
            "timeline": {k: (v.isoformat() if v else None) for k, v in self.timeline.items()},
            "facts": {
                "party": facts.party,
                "party_type": facts.party_type,
                "agency": facts.agency,
                "fine_yuan": _money(facts.fine_yuan),
                "confiscation_yuan": _money(facts.confiscation_yuan),
                "penalties": list(facts.penalties),
                "is_major": facts.is_major,
                "hearing_eligible": facts.hearing_eligible,
            },
            "findings": [finding.model_dump(mode="json") for finding in self.findings],
            "score": self.score,
            "grade": self.grade,
            "veto": list(self.veto),
            "needs_review": list(self.needs_review),
            "blank_pages": list(self.blank_pages),
            "scans": [scan.model_dump() for scan in self.scans],
            "ocr_low_confidence": self.ocr_low_confidence,
            # id → Chinese name of every check above, so `veto` and `needs_review` read without a lookup table.
            "check_names": {finding.check_id: finding.check_name for finding in self.findings},
            "score_range": list(self.score_range) if self.score_range else None,
            "provisional_grade": self.provisional_grade,
            "provisional_note": self.provisional_note,
            "category_scores": dict(self.category_scores),
            "errors": [error.model_dump() for error in self.errors],
            "engine_version": self.engine_version,
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "registers": self.registers.model_dump() if self.registers else None,
        }


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value.quantize(Decimal('0.01'))}"
