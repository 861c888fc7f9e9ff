"""The extract stage: read every instrument's facts once, then the case's facts, timeline and penalty class.

`extract` is the only place fields are read for the checks: it fills `Instrument.date` and `Instrument.facts`
and returns `CaseFacts`; the predicates of `checklists/` read those and parse nothing themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from extractors.facts.case import case_facts
from extractors.facts.instrument import read_facts
from extractors.fields.receipts import read_record_header
from reviewer.core.facts import PenaltyThresholds
from reviewer.core.model import CaseFacts, Instrument, Page

#: Kinds that list other instruments' dates (立案日期, 结案日期 …) but carry no date of their own.
UNDATED_KINDS = frozenset({"cover", "index"})
#: Meetings recorded under a 时间： header: the record is not dated before the meeting it records.
SESSION_KINDS = frozenset({"collective_discussion", "hearing_record"})


def read_instruments(instruments: Sequence[Instrument], pages: Sequence[Page] = ()) -> None:
    """Give each instrument its facts and its own (signing) date."""
    for instrument in instruments:
        instrument.facts = read_facts(instrument, pages)
        signed = instrument.facts.signed
        instrument.date = None if instrument.kind in UNDATED_KINDS or signed is None else signed.value
        if instrument.kind in SESSION_KINDS:
            instrument.date = _not_before_session(instrument)


def _not_before_session(instrument: Instrument) -> dt.date | None:
    """A meeting record's date: its signing date, unless that falls before the session its header dates (then
    it was a date told in the minutes — of the act, of a finding — and the session's day is the record's)."""
    start = read_record_header(instrument.text).start
    if start is None:
        return instrument.date
    if instrument.date is None or instrument.date < start.date():
        return start.date()
    return instrument.date


def extract(instruments: Sequence[Instrument], pages: Sequence[Page], thresholds: PenaltyThresholds) -> CaseFacts:
    """Facts of every instrument, then of the case: procedure, timeline, party, penalty, agency and sector, and
    whether the penalty is major or hearing-eligible by the standard's `thresholds`."""
    read_instruments(instruments, pages)
    return case_facts(instruments, thresholds)
