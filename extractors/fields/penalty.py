"""What a decision imposes (警告, 罚款, 没收, 责令停产停业, 吊销 …) and whether that makes the case major or
hearing-eligible under thresholds the caller supplies.

Thresholds differ by province and sector, so they are parameters here and come from the selected standard
(`checklists/*.yaml`); nothing in this module knows Henan's numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.fields.disposition import unquoted
from extractors.fields.money import read_penalty
from reviewer.core.facts import PenaltyKind, PenaltyThresholds

#: Words of each penalty kind inside a decision's penalty section (whitespace removed before matching).
_KIND_WORDS: dict[PenaltyKind, re.Pattern[str]] = {
    "warning": re.compile("警告|通报批评"),
    "fine": re.compile("罚款"),
    "confiscation": re.compile("没收"),
    "suspension": re.compile("责令(?:停产停业|停业|停产|关闭)|限制(?:开展)?生产经营|限制从业"),
    "revocation": re.compile("吊销"),
    "qualification": re.compile("降低资质等级|暂扣"),
    "detention": re.compile("行政拘留"),
}
_NOT_IMPOSED = re.compile("不予(?:行政)?处罚")


def penalty_kinds(decision_text: str) -> set[PenaltyKind]:
    """Kinds of penalty the decision's penalty section imposes; empty when it has no such section."""
    sections = read_penalty(decision_text).sections
    if not sections:
        return set()
    text = unquoted(re.sub(r"\s+", "", "。".join(decision_text[start:end] for start, end in sections)))
    if _NOT_IMPOSED.search(text):
        return set()
    return {kind for kind, pattern in _KIND_WORDS.items() if pattern.search(text)}


def classify(
    kinds: set[str],
    fine: Decimal | None,
    confiscation: Decimal | None,
    party_type: str | None,
    thresholds: PenaltyThresholds,
) -> tuple[bool | None, bool | None]:
    """(is_major, hearing_eligible); None where the party type or amounts needed are unknown."""
    amount = fine
    if thresholds.major_includes_confiscation and confiscation is not None:
        amount = max(amount or Decimal(0), confiscation)
    is_major = _over(
        kinds,
        thresholds.major_kinds,
        amount,
        party_type,
        thresholds.major_fine_citizen,
        thresholds.major_fine_organisation,
    )
    hearing = _over(
        kinds,
        thresholds.hearing_kinds,
        fine,
        party_type,
        thresholds.hearing_fine_citizen,
        thresholds.hearing_fine_organisation,
    )
    return is_major, hearing


def _over(
    kinds: set[str],
    heavy: frozenset[str],
    amount: Decimal | None,
    party_type: str | None,
    citizen: Decimal | None,
    organisation: Decimal | None,
) -> bool | None:
    if kinds & heavy:
        return True
    limit = {"citizen": citizen, "organisation": organisation}.get(party_type or "")
    if party_type is None or (limit is None and (citizen is not None or organisation is not None)):
        return None  # the rule depends on who the party is, and we could not tell
    if limit is None:
        return False  # the standard sets no amount rule
    if amount is None:
        return None if "fine" in kinds or "confiscation" in kinds else False
    return amount >= limit
