"""The hand-written held-out decisions (samples/handdec): every committed PDF is what its text renders to, byte for
byte, and every truth value occurs in the PDF's text (read with pdfplumber, never with the project's extractors) or
a note in the label says why not — the same mechanical second pass as the real decisions' labels."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pdfplumber
import pytest

from samples.handdec import render

ROOT = Path(__file__).resolve().parents[2]
HANDDEC = ROOT / "samples" / "handdec"
CASES = HANDDEC / "cases"
STEMS = render.stems()


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_the_set_is_complete() -> None:
    assert len(STEMS) >= 15
    for stem in STEMS:
        for path in (CASES / f"{stem}.pdf", CASES / "labels" / f"{stem}.json", CASES / "checks" / f"{stem}.json"):
            assert path.exists(), f"{path} missing: run python -m samples.handdec.render and write its truth"
    assert sorted(p.stem for p in (CASES / "labels").glob("*.json")) == STEMS


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
    label["doc_number"] = "未印此号〔2099〕1号"
    label["notes"] = []
    found = list(labelcheck.problems(label, pdf_text(CASES / f"{stem}.pdf")))
    assert any(p.startswith("doc_number") for p in found)


def test_a_text_sets_its_own_page() -> None:
    style, blocks = render.parse("%% size: 14\n%% align: L\n^^标题\n>落款\n正文\n===\n<左\n")
    assert style.size == 14.0 and style.align == "L"
    assert [b.kind for b in blocks] == ["title", "right", "para", "page", "left"]
