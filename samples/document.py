"""A case file as plain data, before any rendering.

Cases are built as instruments made of pages made of blocks, then handed to a renderer (PDF, DOCX, and
later scans). Keeping content apart from layout lets one truth file describe every rendering, and lets
later work inject defects by editing this data instead of each renderer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from reviewer.core.model import TIMELINE_KEYS

#: Instrument kinds that decide the case; a file without one has no decided fine.
DECISION_KINDS = ("penalty_decision", "onsite_decision", "no_penalty_decision")
Align = Literal["left", "center", "right"]

#: Layout constants shared by both renderers so that page fill is comparable (sizes in points).
BODY_SIZE = 12.0
TABLE_SIZE = 10.5
TITLE_SIZE = 18.0
AGENCY_SIZE = 15.0
FOOTER_SIZE = 9.0


@dataclass(frozen=True)
class Para:
    """A paragraph; `indent` means a two-character first-line indent, as official documents use."""

    text: str
    align: Align = "left"
    size: float = BODY_SIZE
    bold: bool = False
    indent: bool = False


@dataclass(frozen=True)
class Title:
    """The instrument's heading: centred, larger and bold in every rendering."""

    text: str
    size: float = TITLE_SIZE


@dataclass(frozen=True)
class Spacer:
    """Vertical room, e.g. where a seal or a handwritten signature would go (in body lines)."""

    lines: float = 1.0


@dataclass(frozen=True)
class Cell:
    """A table cell holding text (newlines split paragraphs) or a nested table."""

    content: str | Table
    span: int = 1
    bold: bool = False
    align: Align = "left"


@dataclass(frozen=True)
class Table:
    """A form drawn as real table cells; `widths` are relative column widths."""

    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]
    size: float = TABLE_SIZE

    def __post_init__(self) -> None:
        for row in self.rows:
            if sum(cell.span for cell in row) != len(self.widths):
                raise ValueError(f"table row spans {sum(c.span for c in row)} columns, expected {len(self.widths)}")


@dataclass(frozen=True)
class Footer:
    """Page footer such as 第2页 共3页; sits at the bottom of the PDF page, last on the DOCX page."""

    text: str


Block = Para | Title | Spacer | Table | Footer


@dataclass
class Page:
    """One physical page: the renderers start a new page for each of these, never more."""

    blocks: list[Block]


@dataclass
class InstrumentDoc:
    """One document of the file (决定书, 询问笔录 …) with the facts its truth entry records."""

    kind: str
    title: str
    pages: list[Page]
    doc_number: str | None = None
    date: dt.date | None = None


@dataclass
class CaseDoc:
    """A whole case file plus the ground truth that does not depend on layout."""

    case_id: str
    name: str
    agency: str
    procedure: Literal["general", "simple"]
    instruments: list[InstrumentDoc]
    timeline: dict[str, dt.date | None]
    party: str
    party_type: Literal["organisation", "citizen"]
    fine_yuan: Decimal
    is_major: bool
    hearing_eligible: bool
    #: 统一社会信用代码 of an organisation or 身份证号码 of a citizen, as printed in the file.
    party_code: str = ""
    defects: list[str] = field(default_factory=list)
    #: Check ids that should fail on this file: the injected ones plus any they drag along.
    expected_failing: list[str] = field(default_factory=list)

    def on(self, key: str) -> dt.date:
        """The date of timeline event `key`, which the caller knows is set (a defect's guard checked it)."""
        day = self.timeline.get(key)
        if day is None:
            raise KeyError(f"{self.case_id}: no {key} date")
        return day

    @property
    def decided(self) -> bool:
        """Whether the file holds a decision: the truth's fine is the one a decision in the file imposes."""
        return any(ins.kind in DECISION_KINDS for ins in self.instruments)

    @property
    def pages(self) -> list[Page]:
        return [page for instrument in self.instruments for page in instrument.pages]

    def spans(self) -> list[tuple[int, int]]:
        """1-based first/last page of each instrument, in filing order."""
        out, start = [], 1
        for instrument in self.instruments:
            out.append((start, start + len(instrument.pages) - 1))
            start += len(instrument.pages)
        return out

    def truth(self, renderings: list[str]) -> dict[str, Any]:
        """The ground-truth record written beside the rendered files."""
        unknown = set(self.timeline) - set(TIMELINE_KEYS)
        if unknown:
            raise ValueError(f"unknown timeline keys: {sorted(unknown)}")
        instruments = [
            {
                "kind": ins.kind,
                "title": ins.title,
                "first_page": first,
                "last_page": last,
                "doc_number": ins.doc_number,
                "date": _iso(ins.date),
            }
            for ins, (first, last) in zip(self.instruments, self.spans(), strict=False)
        ]
        return {
            "case_id": self.case_id,
            "agency": self.agency,
            "procedure": self.procedure,
            "pages": len(self.pages),
            "instruments": instruments,
            "timeline": {key: _iso(self.timeline.get(key)) for key in TIMELINE_KEYS},
            "facts": {
                "party": self.party,
                "party_type": self.party_type,
                "party_code": self.party_code,
                "fine_yuan": f"{self.fine_yuan.quantize(Decimal('0.01'))}" if self.decided else None,
                "is_major": self.is_major,
                "hearing_eligible": self.hearing_eligible,
            },
            "defects": list(self.defects),
            "expected_failing": list(self.expected_failing),
            "renderings": list(renderings),
        }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
