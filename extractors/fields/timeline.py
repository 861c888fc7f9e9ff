"""The case's procedure and timeline, read off the instruments' own dates.

Each key takes the date of the first instrument of its kind; service dates are matched to what they
served by order (a receipt after the notice and before the decision served the notice). Finer field
extraction (receipt contents, hearing dates in records) refines this in later stages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reviewer.model import TIMELINE_KEYS, Instrument, Procedure

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


def procedure_of(instruments: Sequence[Instrument]) -> Procedure | None:
    """general when a general-procedure decision is present, simple for an on-the-spot decision."""
    kinds = {instrument.kind for instrument in instruments}
    if kinds & {"penalty_decision", "no_penalty_decision"}:
        return "general"
    if "onsite_decision" in kinds:
        return "simple"
    return None


def build_timeline(instruments: Sequence[Instrument]) -> dict[str, dt.date | None]:
    timeline: dict[str, dt.date | None] = {key: None for key in TIMELINE_KEYS}
    for instrument in instruments:
        key = _FIRST_OF_KIND.get(instrument.kind)
        if key and timeline[key] is None and instrument.date:
            timeline[key] = instrument.date
    records = [i.date for i in instruments if i.kind in _EVIDENCE_KINDS and i.date]
    filed = timeline["filed"]
    # Investigation is what follows 立案; a record made before it (the inspection that found the lead)
    # belongs to discovery instead.
    timeline["investigated"] = _first_between(records, filed, None) if filed else (records[0] if records else None)
    early = [d for d in records if filed and d < filed]
    if procedure_of(instruments) == "simple":
        early.append(timeline["decided"])  # 当场处罚: found and decided on the spot
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
