"""The second hand-written held-out set (samples/handdec2): every committed PDF is what its text renders to, byte
for byte, and every truth value occurs in the PDF's text (read with pdfplumber, never with the project's extractors)
or a note in the label says why not — the real labels' mechanical second pass, as for samples/handdec."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pdfplumber
import pytest

from samples.handdec2 import render

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "samples" / "handdec2" / "cases"
STEMS = render.stems()


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_the_set_is_complete() -> None:
    assert len(STEMS) >= 10
    for stem in STEMS:
        for path in (CASES / f"{stem}.pdf", CASES / "labels" / f"{stem}.json", CASES / "checks" / f"{stem}.json"):
            assert path.exists(), f"{path} missing: run python -m samples.handdec2.render and write its truth"
    assert sorted(p.stem for p in (CASES / "labels").glob("*.json")) == STEMS
    assert sorted(p.stem for p in (CASES / "checks").glob("*.json")) == STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_rendering_is_deterministic(stem: str, tmp_path: Path) -> None:
    first = render.render_one(stem, tmp_path / "a")
    second = render.render_one(stem, tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == (CASES / f"{stem}.pdf").read_bytes(), f"{stem}.pdf is stale: render it again"


@pytest.mark.parametrize("stem", STEMS)
def test_truth_holds_against_the_pdf_text(stem: str, labelcheck: ModuleType) -> None:
    label = json.loads((CASES / "labels" / f"{stem}.json").read_text(encoding="utf-8"))
    checks = json.loads((CASES / "checks" / f"{stem}.json").read_text(encoding="utf-8"))
    assert label["file"] == checks["file"] == f"{stem}.pdf"
    assert label["split"] == "heldout"
    found = list(labelcheck.problems(label, pdf_text(CASES / f"{stem}.pdf")))
    found += list(labelcheck.check_problems(checks))
    assert not found, "\n".join(found)


def test_the_second_pass_catches_a_value_the_pdf_lacks(labelcheck: ModuleType) -> None:
    stem = STEMS[0]
    label = json.loads((CASES / "labels" / f"{stem}.json").read_text(encoding="utf-8"))
    label["party"]["name"] = "未印此名的虚构公司"
    label["notes"] = []
    found = list(labelcheck.problems(label, pdf_text(CASES / f"{stem}.pdf")))
    assert any(p.startswith("party.name") for p in found)


def test_the_set_shares_the_handdec_renderer() -> None:
    """One renderer for both hand-written sets: this set's texts go through samples/handdec's layout code."""
    assert render.stems() == sorted(p.stem for p in (render.ROOT / "texts").glob("*.md"))
    assert all(stem.startswith("k") for stem in STEMS)
