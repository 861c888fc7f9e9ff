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
            # An id no predicate answers (every shipped check has one now): left out of the unknown rate.
            {"check_id": "example.not_implemented", "status": "unknown"},
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


def test_segments_are_counted_per_kind_and_listed() -> None:
    tally = accuracy.Tally()
    truth = {
        "case_id": "x",
        "instruments": [
            {"kind": "filing_approval", "first_page": 1, "last_page": 1},
            {"kind": "inquiry_record", "first_page": 2, "last_page": 3},
            {"kind": "penalty_decision", "first_page": 4, "last_page": 4},
        ],
    }
    draft = {
        "instruments": [
            {"kind": "filing_approval", "first_page": 1, "last_page": 1},
            {"kind": "inquiry_record", "first_page": 2, "last_page": 4},  # swallowed the decision
        ]
    }
    tally.add_segments(truth, draft)
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 2)
    assert tally.kinds["inquiry_record"] == [0, 1, 1] and tally.kinds["penalty_decision"] == [0, 0, 1]
    assert ("x", "missing", "penalty_decision", 4, 4) in tally.segment_errors
    assert ("x", "extra", "inquiry_record", 2, 4) in tally.segment_errors
    table = accuracy.kind_table({"alt · pdf": tally})
    assert "| `filing_approval` | 1 | 1.000 |" in table
    assert "| `penalty_decision` | 1 | 0.000 (0.000 / 0.000) |" in table


def test_missed_vetoes_and_scores_within_tolerance() -> None:
    standard = load_standard("henan-2022")
    veto = standard.veto_checks[0].id
    tally = accuracy.Tally()
    for expected, status, score in [([veto], "pass", 100.0), ([veto], "fail", 0.0), ([], "pass", 97.5)]:
        draft = {
            "standard": {"id": "henan-2022"},
            "score": score,
            "findings": [{"check_id": veto, "status": status}],
        }
        tally.add_findings({"case_id": "x", "expected_failing": expected}, draft)
    assert tally.vetoes == [1, 2]
    rows = dict(tally.rows())
    assert rows["veto defects missed"] == "1 of 2"
    assert rows["score within ±3"] == "0.667 (2/3)"  # 100 against 0 is out; 97.5 against 100 is in
    assert tally.score_misses == [("x", 100.0, 0.0)]  # listed by --misses


def test_alt_renderings_name_scans_and_their_text_rendering(tmp_path: Path) -> None:
    truth = {"case_id": "a", "renderings": ["pdf", "docx", "scan"]}
    (tmp_path / "a.truth.json").write_text(json.dumps(truth), encoding="utf-8")
    for name in ("a.pdf", "a.scan.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-")
    found = [(fmt, path.name, text and text.name) for fmt, _, path, text in accuracy.renderings(tmp_path)]
    assert found == [("pdf", "a.pdf", None), ("scan", "a.scan.pdf", "a.pdf")]  # no DOCX in the folder: skipped
