"""Whether the case is major (重大) or hearing-eligible (听证), for the checks that depend on it.

The pipeline classifies the penalty that the decision imposes. A file without a decision still shows the
penalty that was proposed (告知书, 审批表), and a file that proposes a major penalty yet lacks 法制审核 or 集体讨论
is deficient whether or not the decision was filed; so without a decision the last proposal that states a
penalty classifies the case, by the same thresholds of the standard.
"""

from __future__ import annotations

from decimal import Decimal

from checklists.engine import CaseView
from checklists.schema import Standard
from extractors.fields.money import read_penalty
from extractors.fields.penalty import PenaltyThresholds, classify, penalty_kinds

_PROPOSALS = ("prior_notice", "penalty_approval")
_CONFISCATION_ROLES = ("confiscated_gains", "confiscated_goods")


def thresholds(standard: Standard) -> PenaltyThresholds:
    """The standard's jurisdiction thresholds in the form `extractors.fields.penalty.classify` takes."""
    major, hearing = standard.thresholds.major_penalty, standard.thresholds.hearing
    heavy = frozenset(kind for kind, on in (("suspension", major.suspension), ("revocation", major.revocation)) if on)
    return PenaltyThresholds(
        major.fine_citizen,
        major.fine_organisation,
        major.confiscation_equal_value,
        heavy,
        hearing.fine_citizen,
        hearing.fine_organisation,
    )


def proposed_class(view: CaseView) -> tuple[bool | None, bool | None] | None:
    """(major?, hearing-eligible?) from the last proposal, for a file with no decision; None otherwise."""
    if view.decision is not None:
        return None
    for proposal in reversed(view.all(*_PROPOSALS)):
        reading = read_penalty(proposal.text)
        if reading.section is None:
            continue
        values = reading.values
        confiscated = [values[role] for role in _CONFISCATION_ROLES if role in values]
        return classify(
            set(penalty_kinds(proposal.text)),
            values.get("fine"),
            sum(confiscated, Decimal(0)) if confiscated else None,
            view.facts.party_type,
            thresholds(view.standard),
        )
    return None


def is_major(view: CaseView) -> bool | None:
    proposed = proposed_class(view)
    return view.facts.is_major if proposed is None else proposed[0]


def hearing_eligible(view: CaseView) -> bool | None:
    proposed = proposed_class(view)
    return view.facts.hearing_eligible if proposed is None else proposed[1]
