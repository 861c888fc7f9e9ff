"""Assemble the case's facts from its instruments' facts: procedure, timeline, party, penalty, agency and sector,
and the penalty class.

The decision is the authority on who was penalised and how much; earlier instruments (the notice, the filing
form) only stand in for the party when the decision does not name one. Whether the case is major or
hearing-eligible depends on the selected standard's thresholds, which the pipeline passes in; without a
decision the last proposal that states a penalty classifies the case (`extractors.facts.penalty`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import yaml

from extractors.facts.instrument import PARTY_KINDS
from extractors.facts.penalty import penalty_class
from extractors.fields.timeline import build_timeline, procedure_of
from reviewer.core.facts import PartyFacts, PenaltyThresholds
from reviewer.core.kinds import DECISION_DOCUMENT_KINDS, DECISION_KINDS
from reviewer.core.model import CaseFacts, Instrument

SECTORS_FILE = Path(__file__).resolve().parents[1] / "data" / "sectors.yaml"
#: Where the agency's name is read, in order: the decision (or a correction of it), the cover, the forms.
AGENCY_KINDS = (*DECISION_DOCUMENT_KINDS, "cover", "filing_approval", "case_source", "prior_notice")


@cache
def sectors() -> dict[str, tuple[str, ...]]:
    """Sector names as standards write them → words of an agency's name that place it in the sector."""
    data = yaml.safe_load(SECTORS_FILE.read_text(encoding="utf-8"))
    return {str(sector): tuple(str(word) for word in words) for sector, words in data.items()}


def agency_sector(name: str | None) -> str | None:
    """The sector an agency's name places it in (嵩川市市场监督管理局 → 市场监管); None when unclear."""
    if not name:
        return None
    return next((sector for sector, words in sectors().items() if any(w in name for w in words)), None)


def agency_of(instruments: Sequence[Instrument]) -> str | None:
    """The agency's name as the first lines of its decision, cover or forms write it."""
    for kind in AGENCY_KINDS:
        for instrument in instruments:
            if instrument.kind == kind and instrument.facts.agency:
                return instrument.facts.agency
    return None


def case_facts(instruments: Sequence[Instrument], thresholds: PenaltyThresholds | None = None) -> CaseFacts:
    """The case's facts from instruments whose own facts are read (`extractors.extract.read_instruments`).

    Without `thresholds` the penalty class stays unknown (None)."""
    facts = CaseFacts(procedure=procedure_of(instruments), timeline=build_timeline(instruments))
    party = _party(instruments)
    if party is not None:
        facts.party, facts.party_type = party.name, party.party_type
    decision = _first(instruments, DECISION_KINDS)
    penalty = decision.facts.penalty if decision is not None else None
    if penalty is not None:
        facts.fine_yuan = penalty.fine
        facts.confiscation_yuan = penalty.confiscation
        facts.penalties = sorted(penalty.kinds)
    facts.agency = agency_of(instruments)
    facts.sector = agency_sector(facts.agency)
    if thresholds is not None:
        facts.is_major, facts.hearing_eligible = penalty_class(instruments, decision, facts.party_type, thresholds)
    return facts


def _party(instruments: Sequence[Instrument]) -> PartyFacts | None:
    """The party of the most authoritative instrument that names it; a name masked whole (None) gives way to an
    instrument that prints it, and is the party only where none does."""
    found = [
        instrument.facts.party
        for kind in PARTY_KINDS
        for instrument in instruments
        if instrument.kind == kind and instrument.facts.party is not None
    ]
    return next((party for party in found if party.name is not None), found[0] if found else None)


def _first(instruments: Sequence[Instrument], kinds: Sequence[str]) -> Instrument | None:
    return next((i for i in instruments if i.kind in kinds), None)
