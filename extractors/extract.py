"""The extract stage: read every instrument's facts once, then the case's facts, timeline and penalty class.

`extract` is the only place fields are read for the checks: it fills `Instrument.date` and `Instrument.facts`
and returns `CaseFacts`; the predicates of `checklists/` read those and parse nothing themselves.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.facts.case import case_facts
from extractors.facts.instrument import read_facts
from reviewer.core.facts import PenaltyThresholds
from reviewer.core.model import CaseFacts, Instrument, Page

#: Kinds that list other instruments' dates (立案日期, 结案日期 …) but carry no date of their own.
UNDATED_KINDS = frozenset({"cover", "index"})


def read_instruments(instruments: Sequence[Instrument], pages: Sequence[Page] = ()) -> None:
    """Give each instrument its facts and its own (signing) date."""
    for instrument in instruments:
        instrument.facts = read_facts(instrument, pages)
        signed = instrument.facts.signed
        instrument.date = None if instrument.kind in UNDATED_KINDS or signed is None else signed.value


def extract(instruments: Sequence[Instrument], pages: Sequence[Page], thresholds: PenaltyThresholds) -> CaseFacts:
    """Facts of every instrument, then of the case: procedure, timeline, party, penalty, agency and sector, and
    whether the penalty is major or hearing-eligible by the standard's `thresholds`."""
    read_instruments(instruments, pages)
    return case_facts(instruments, thresholds)
