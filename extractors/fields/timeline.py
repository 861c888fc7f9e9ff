"""The case's procedure and timeline, read off the instruments' own dates.

Each key takes the date of the first instrument of its kind; service dates are matched to what they
served by order (a receipt after the notice and before the decision served the notice). Finer field
extraction (receipt contents, hearing dates in records) refines this in later stages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reviewer.core.model import TIMELINE_KEYS, Instrument, Procedure

_FIRST_OF_KIND: dict[str, str] = {
    "case_source": "discovered",
    "filing_approval": "filed",
    "investigation_report": "investigation_reported",
    "legal_review": "legal_reviewed",
    "collective_discussion": "discussed",
    "prior_notice": "notified",
    "statement_record": "statement",
    "hearing_record": "hearing",
    "penalty_approval": "approved",
    "penalty_decision": "decided",
    "onsite_decision": "decided",
    "no_penalty_decision": "decided",
    "payment_receipt": "paid",
    "closing_report": "closed",
    "major_filing": "reported",
}
_EVIDENCE_KINDS = {"inquiry_record", "inspection_record"}
#: Instruments that only the general procedure produces (Art. 54–58, 62–65 行政处罚法): an on-the-spot case
#: has no 立案, no 询问 after it, no 告知书, no 审批 and no 结案. A 现场检查笔录 or a 陈述申辩 record is left out:
#: both may stand beside an on-the-spot decision.
GENERAL_ONLY_KINDS = frozenset(
    {
        "filing_approval",
        "inquiry_record",
        "evidence_preservation",
        "extension_approval",
        "investigation_report",
        "legal_review",
        "collective_discussion",
        "prior_notice",
        "hearing_notice",
        "hearing_record",
        "penalty_approval",
        "closing_report",
        "major_filing",
    }
)


def procedure_of(instruments: Sequence[Instrument]) -> Procedure | None:
    """The procedure the file followed: its decision says so first; without one, the instruments only the
    general procedure produces (立案, 调查终结, 告知, 审批 …) mean general. None when nothing tells."""
    kinds = {instrument.kind for instrument in instruments}
    if kinds & {"penalty_decision", "no_penalty_decision"}:
        return "general"
    if "onsite_decision" in kinds:
        return "simple"
    if kinds & GENERAL_ONLY_KINDS:
        return "general"
    return None


def build_timeline(instruments: Sequence[Instrument]) -> dict[str, dt.date | None]:
    timeline: dict[str, dt.date | None] = dict.fromkeys(TIMELINE_KEYS)
    for instrument in instruments:
        key = _FIRST_OF_KIND.get(instrument.kind)
        if key and timeline[key] is None and instrument.date:
            timeline[key] = instrument.date
    records = [i.date for i in instruments if i.kind in _EVIDENCE_KINDS and i.date]
    # Investigation is what follows 立案; a record made before it (the inspection that found the lead)
    # belongs to discovery instead. Without a dated 立案, the 案源登记 draws that line: what was recorded
    # before the lead was registered found it.
    boundary = timeline["filed"] or timeline["discovered"]
    timeline["investigated"] = (
        _first_between(records, boundary, None) if boundary else (records[0] if records else None)
    )
    early = [d for d in records if boundary and d < boundary]
    decided = timeline["decided"]
    if procedure_of(instruments) == "simple" and decided is not None:
        early.append(decided)  # 当场处罚: found and decided on the spot
    timeline["discovered"] = min((d for d in [timeline["discovered"], *early] if d), default=None)
    receipts = [i.date for i in instruments if i.kind == "service_receipt" and i.date]
    timeline["notice_served"] = _first_between(receipts, timeline["notified"], timeline["decided"])
    timeline["served"] = _first_between(receipts, timeline["decided"], None)
    return timeline


def _first_between(dates: list[dt.date], start: dt.date | None, end: dt.date | None) -> dt.date | None:
    if start is None:
        return None
    for date in dates:
        if date >= start and (end is None or date < end):
            return date
    return None
