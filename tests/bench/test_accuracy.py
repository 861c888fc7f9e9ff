"""bench/accuracy.py: defect detection counts, the truth's score, and a run over committed samples."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from checklists.standards import load_standard

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
assert _SPEC and _SPEC.loader
accuracy = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(accuracy)


def test_truth_score_deducts_capped_points_and_vetoes() -> None:
    standard = load_standard("henan-2022")
    assert accuracy.truth_score(standard, set()) == 100.0
    deduction = next(c for c in standard.checks if not c.veto and c.points < 10)
    assert accuracy.truth_score(standard, {deduction.id}) == 100.0 - deduction.points
    veto = standard.veto_checks[0]
    assert accuracy.truth_score(standard, {veto.id, deduction.id}) == 0.0


def test_detection_splits_misses_into_unknown_and_silent() -> None:
    d = accuracy.Detection()
    for expected, status in [
        (True, "fail"),
        (True, "unknown"),
        (True, "pass"),
        (True, "not_applicable"),
        (False, "fail"),
        (False, "unknown"),
        (False, "pass"),
    ]:
        d.add(expected, status)
    assert (d.tp, d.fp, d.unknown_miss, d.silent_miss, d.support) == (1, 1, 1, 2, 4)
    assert d.precision() == 0.5 and d.recall() == 0.25
    assert accuracy.Detection().precision() is None and accuracy.ratio(None) == "–"


def test_findings_tally_and_score_error() -> None:
    tally = accuracy.Tally()
    truth = {"case_id": "x", "expected_failing": ["docs.execution", "officers.certificates"]}
    draft = {
        "standard": {"id": "henan-2022"},
        "score": 100.0,
        "findings": [
            {"check_id": "docs.execution", "status": "fail"},
            {"check_id": "officers.certificates", "status": "unknown"},
            {"check_id": "party.consistent", "status": "fail"},
            {"check_id": "subject.agency_competent", "status": "unknown"},  # no predicate: left out of the rate
        ],
    }
    tally.add_findings(truth, draft)
    assert (tally.overall.tp, tally.overall.fp, tally.overall.unknown_miss) == (1, 1, 1)
    assert tally.unknown == [1, 3]
    standard = load_standard("henan-2022")
    lost = standard.check("docs.execution").points + standard.check("officers.certificates").points
    assert tally.score_errors == [pytest.approx(lost)] and lost > 0  # two categories, neither capped
    assert [(m[1], m[3]) for m in tally.misses] == [("officers.certificates", True), ("party.consistent", False)]


def test_committed_sample_scores_exactly(tmp_path: Path) -> None:
    for suffix in (".pdf", ".truth.json"):
        shutil.copy(ROOT / "samples" / f"case-05-market-late{suffix}", tmp_path)
    truth = json.loads((tmp_path / "case-05-market-late.truth.json").read_text("utf-8"))
    tally = accuracy.evaluate(tmp_path)["pdf"]
    assert tally.files == 1 and tally.overall.tp == len(truth["expected_failing"]) and tally.overall.fp == 0
    assert tally.score_errors == [0.0]
    table = accuracy.markdown({"pdf": tally}, "test")
    assert "| `deadline.service_7d` | 1 | 1.000 | 1.000 | 0 |" in table and "score MAE" in table
