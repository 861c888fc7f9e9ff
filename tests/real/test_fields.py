"""Every labelled field of the real decisions' dev part, read by the pipeline: no regression.

The decisions are read in place (`REVIEWER_REAL_DIR`, else ../shared/real beside the repository); a missing
folder fails the suite with a message saying where it was looked for. Each field is one test over the whole dev
part. The documents a field is still wrong on are listed in `known_misses.json` (written by
`bench/real.py --split dev --write-known`): a document outside that list that is wrong is a regression and
fails; one inside it that has become right fails too, so the list is kept exact and a later regression on it
cannot hide. The held-out part is not read here (it is for the final figure only).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("bench_real_fields", ROOT / "bench" / "real_fields.py")
assert _SPEC and _SPEC.loader
real_fields = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = real_fields
_SPEC.loader.exec_module(real_fields)

DEV = real_fields.load_labels("dev")


@pytest.fixture(scope="module")
def predictions() -> dict[str, dict[str, Any]]:
    try:
        folder = real_fields.real_dir()
    except real_fields.RealSetMissing as error:
        pytest.fail(str(error))
    return dict(real_fields.read_all(sorted(DEV), folder))


@pytest.fixture(scope="module")
def known() -> dict[str, list[str]]:
    return dict(json.loads(real_fields.KNOWN_MISSES.read_text(encoding="utf-8")))


def test_dev_part_is_most_of_the_labels() -> None:
    """130 dev documents; the 30 held out stay out of this test."""
    assert len(DEV) == 130
    assert all(label["split"] == "dev" for label in DEV.values())


def test_known_misses_name_labelled_fields_and_dev_documents(known: dict[str, list[str]]) -> None:
    assert set(known) == set(real_fields.FIELD_NAMES)
    assert all(doc in DEV for docs in known.values() for doc in docs)


@pytest.mark.parametrize("spec", real_fields.FIELDS, ids=real_fields.FIELD_NAMES)
def test_field_on_dev_part(spec: Any, predictions: dict[str, dict[str, Any]], known: dict[str, list[str]]) -> None:
    wrong = {doc for doc, label in DEV.items() if not spec.right(label, predictions[doc])}
    expected = set(known[spec.name])
    regressions = sorted(wrong - expected)
    fixed = sorted(expected - wrong)
    details = [f"{doc}: label {spec.get(DEV[doc])!r} · got {spec.get(predictions[doc])!r}" for doc in regressions]
    assert not regressions, f"{spec.name} now wrong on:\n" + "\n".join(details)
    assert not fixed, f"{spec.name} now right on {fixed}: remove them from known_misses.json"


def test_missing_real_set_fails_with_where_it_looked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REVIEWER_REAL_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(real_fields.RealSetMissing, match="nowhere"):
        real_fields.real_dir()
