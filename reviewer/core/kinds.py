"""The instrument kinds of instruments.yaml (codes, Chinese names, title examples), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

KINDS_FILE = Path(__file__).parent / "data" / "instruments.yaml"
#: The decisions a case ends in (处罚决定书, 当场处罚决定书, 不予处罚决定书), in the order a file is searched.
DECISION_KINDS = ("penalty_decision", "onsite_decision", "no_penalty_decision")
#: A decision correcting the wording of an earlier one (行政处罚决定更正决定书): it imposes nothing of its own and
#: never stands for the case's decision, yet it is read as a decision (its own 文号, party, remedies, 落款).
CORRECTION_KIND = "correction_decision"
#: Every instrument read as a decision's text: the decisions a case ends in, then a correction of one.
DECISION_DOCUMENT_KINDS = (*DECISION_KINDS, CORRECTION_KIND)


@dataclass(frozen=True)
class Kind:
    code: str
    name: str
    titles: tuple[str, ...]
    procedure: str


@lru_cache(maxsize=1)
def load_kinds() -> tuple[Kind, ...]:
    """Kinds in filing order, as listed in the data file."""
    entries = yaml.safe_load(KINDS_FILE.read_text(encoding="utf-8"))
    return tuple(Kind(e["kind"], e["name"], tuple(e.get("titles") or ()), e.get("procedure", "both")) for e in entries)


def kind_name(code: str) -> str:
    """Chinese name of a kind code; the code itself when unknown."""
    return next((kind.name for kind in load_kinds() if kind.code == code), code)
