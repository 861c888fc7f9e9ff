"""The decision scope (文书评查) over the labelled dev part of the real decisions: no regression, per check.

Each check's outcome on each dev decision is compared with the hand label (`tests/real/checks/dNNN.json`). A
document on which a check is wrong — a fail the label does not confirm, or a labelled fail not reported — is a
regression unless `decision_known_misses.json` lists it (written by `bench/decision_checks.py --split dev
--write-known`). A listed document that has become right is reported as a warning, not a failure: other issues
improve the readers this scope shares, and their landings must not break this test. The held-out part is not read. The decisions are read in place (`REVIEWER_REAL_DIR`, else ../shared/real); a missing folder fails.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("bench_decision_checks", ROOT / "bench" / "decision_checks.py")
assert _SPEC and _SPEC.loader
bench = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = bench
_SPEC.loader.exec_module(bench)

DEV = bench.documents("dev")


@pytest.fixture(scope="module")
def tallies() -> dict[str, Any]:
    if not bench.REAL.is_dir():
        pytest.fail(f"real decisions not found at {bench.REAL}: set REVIEWER_REAL_DIR to the folder holding decisions/")
    return bench.evaluate(DEV)


@pytest.fixture(scope="module")
def known() -> dict[str, list[str]]:
    return dict(json.loads(bench.KNOWN_MISSES.read_text(encoding="utf-8")))


def test_known_misses_cover_the_scope(known: dict[str, list[str]]) -> None:
    from checklists.scopes import get_scope

    scope = get_scope("decision")
    assert scope is not None and set(known) == set(scope.checks)
    assert all(doc in DEV for docs in known.values() for doc in docs)


@pytest.mark.parametrize("check_id", sorted(json.loads(bench.KNOWN_MISSES.read_text(encoding="utf-8"))))
def test_check_on_dev_part(check_id: str, tallies: dict[str, Any], known: dict[str, list[str]]) -> None:
    wrong = set(tallies[check_id].wrong)
    expected = set(known[check_id])
    assert not sorted(wrong - expected), f"{check_id}: new misses (regressions) on {sorted(wrong - expected)}"
    if expected - wrong:
        warnings.warn(f"{check_id}: now right on {sorted(expected - wrong)}: rewrite the known misses", stacklevel=1)
