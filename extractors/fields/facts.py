"""Assemble the case's facts from its instruments: procedure, timeline, party, fine and confiscation.

The decision is the authority on who was penalised and how much; earlier instruments (the notice, the
filing form) only stand in for the party when the decision does not name one. Whether the case is major
or hearing-eligible depends on the selected standard's thresholds, so it is left to the checklist stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from extractors.fields.money import read_penalty
from extractors.fields.parties import Party, find_party
from extractors.fields.penalty import penalty_kinds
from extractors.fields.timeline import build_timeline, procedure_of
from reviewer.core.model import CaseFacts, Instrument

DECISION_KINDS = ("penalty_decision", "onsite_decision", "no_penalty_decision")
#: Where to look for the party, most authoritative first.
PARTY_SOURCES = (*DECISION_KINDS, "prior_notice", "penalty_approval", "filing_approval", "case_source")
_CONFISCATION_ROLES = ("confiscated_gains", "confiscated_goods")


def case_facts(instruments: Sequence[Instrument]) -> CaseFacts:
    facts = CaseFacts(procedure=procedure_of(instruments), timeline=build_timeline(instruments))
    party = _party(instruments)
    if party is not None:
        facts.party, facts.party_type = party.name.value, party.party_type
    decision = _first(instruments, DECISION_KINDS)
    if decision is not None:
        values = read_penalty(decision.text).values
        facts.fine_yuan = values.get("fine")
        confiscated = [values[role] for role in _CONFISCATION_ROLES if role in values]
        facts.confiscation_yuan = sum(confiscated, Decimal(0)) if confiscated else None
        facts.penalties = sorted(penalty_kinds(decision.text))
    return facts


def _party(instruments: Sequence[Instrument]) -> Party | None:
    for kind in PARTY_SOURCES:
        for instrument in instruments:
            if instrument.kind == kind and (party := find_party(instrument.text)) is not None:
                return party
    return None


def _first(instruments: Sequence[Instrument], kinds: Sequence[str]) -> Instrument | None:
    return next((i for i in instruments if i.kind in kinds), None)
