"""The real decisions' hand labels pass their own mechanical second pass: every labelled value occurs in the
document's text, or the label's `notes` says why, and every check outcome is well formed. A label edited by hand
(a ruling applied, a fix after a blind second reading) cannot drift from its document unnoticed. The documents
are read in place (`REVIEWER_REAL_DIR`, else ../shared/real) through pypdfium2, never through the extractors."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

LABELS = Path(__file__).resolve().parent / "labels"
STEMS = sorted(path.stem for path in LABELS.glob("d*.json"))


def test_every_real_decision_is_labelled() -> None:
    assert len(STEMS) == 160


@pytest.mark.parametrize("stem", STEMS)
def test_label_holds_against_the_document(stem: str, labelcheck: ModuleType) -> None:
    if not (labelcheck.REAL / "decisions").is_dir():
        pytest.fail(
            f"real decisions not found at {labelcheck.REAL}: set REVIEWER_REAL_DIR to the folder holding decisions/"
        )
    label = json.loads((LABELS / f"{stem}.json").read_text(encoding="utf-8"))
    assert label["file"] == f"{stem}.pdf"
    found = list(labelcheck.problems(label, labelcheck.document_text(label["file"])))
    checks = labelcheck.CHECKS / f"{stem}.json"
    if checks.exists():
        found += list(labelcheck.check_problems(json.loads(checks.read_text(encoding="utf-8"))))
    assert not found, "\n".join(found)


def test_the_second_pass_catches_a_fine_the_document_lacks(labelcheck: ModuleType) -> None:
    label = json.loads((LABELS / f"{STEMS[0]}.json").read_text(encoding="utf-8"))
    label["fine_yuan"] = "987654.32"
    label["notes"] = []
    found = list(labelcheck.problems(label, labelcheck.document_text(label["file"])))
    assert any(problem.startswith("fine_yuan") for problem in found), found
