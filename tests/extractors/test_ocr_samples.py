"""The committed scanned samples, reviewed end to end with the real PP-OCR model.

samples/scans/ holds a scanned PDF (skew, a page fed sideways, red seals over text, signatures by "hand",
noise, JPEG), the same case printed with light toner (`--scans faint`: ink at 30 % of its darkness), struck
with seals over its dates and signatures and filled in by a slanted hand (`--scans stamped`), photographed at
an angle on a desk (`--scans angled`) and a folder of phone photos (uneven light, one stored sideways with an
EXIF turn), each with the truth of the case it was rendered from. They sit in a subfolder so tests/reviewer/cli/test_main.py, which
wants a PDF and a DOCX per truth, does not pick them up; the same truth assertions are applied here.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractors.ocr.metrics import cer
from reviewer.core.model import CaseFile, ReviewDraft
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review

ROOT = Path(__file__).resolve().parents[2]
SCANS = ROOT / "samples" / "scans"
SCAN_TRUTHS = sorted(SCANS.glob("*.truth.json"))
#: Reading-order CER bounds per page on the committed samples (measured 0–1.2 %; docs/benchmarks.md).
MAX_PAGE_CER = 0.03
MAX_MEAN_CER = 0.015


def _cli_checks():
    """The corpus test's own truth assertions, loaded from its file so both tests hold scans to one bar."""
    spec = importlib.util.spec_from_file_location(
        "cli_truth_checks", ROOT / "tests" / "reviewer" / "cli" / "test_main.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def reviewed(name: str) -> tuple[CaseFile, dict]:
    """Review one committed scan once per test session (OCR is the slow part)."""
    target = SCANS / name.removesuffix(".truth.json")
    if not target.exists():
        target = target.with_suffix(".pdf")
    case, draft = review([target], Settings())
    assert isinstance(draft, ReviewDraft)
    return case, json.loads(json.dumps(draft.to_contract(), ensure_ascii=False))


def source_texts(truth_path: Path) -> list[str]:
    """The text layer of the born-digital PDF the scan was made from, page by page."""
    stem = json.loads(truth_path.read_text(encoding="utf-8"))["case_id"]
    document = pdfium.PdfDocument(str(ROOT / "samples" / f"{stem}.pdf"))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def test_committed_scans_exist_and_stay_small():
    assert [p.name for p in SCAN_TRUTHS] == [
        "case-03-simple-angled-photos.truth.json",
        "case-03-simple-faint.truth.json",
        "case-03-simple-scan.truth.json",
        "case-03-simple-stamped.truth.json",
        "case-17-simple-over-limit-photos.truth.json",
    ]
    for name in ("scan", "faint", "stamped"):
        assert (SCANS / f"case-03-simple-{name}.pdf").is_file()
    for folder in ("case-03-simple-angled-photos", "case-17-simple-over-limit-photos"):
        assert sorted(p.suffix for p in (SCANS / folder).iterdir()) == [".jpg"] * 4
    assert sum(p.stat().st_size for p in SCANS.rglob("*") if p.is_file()) < 4 * 1024 * 1024


@pytest.mark.parametrize("truth_path", SCAN_TRUTHS, ids=lambda p: p.name.removesuffix(".truth.json"))
def test_scan_review_matches_ground_truth(truth_path):
    checks = _cli_checks()
    truth = checks.truth_of(truth_path)
    case, draft = reviewed(truth_path.name)
    assert draft["pages"] == truth["pages"] and {p.origin for p in case.pages} == {"ocr"}
    assert draft["blank_pages"] == [] and not [item for item in draft["needs_review"] if item.startswith("page:")]
    assert checks.spans(draft["instruments"]) == checks.spans(truth["instruments"])
    assert [i["doc_number"] for i in draft["instruments"]] == [i["doc_number"] for i in truth["instruments"]]
    assert [i["date"] for i in draft["instruments"]] == [i["date"] for i in truth["instruments"]]
    assert draft["procedure"] == truth["procedure"]
    keys = ("party", "party_type", "fine_yuan", "is_major", "hearing_eligible")
    assert {key: draft["facts"][key] for key in keys} == {key: truth["facts"][key] for key in keys}
    checks.check_findings_against_truth(draft, truth)
    filled = {key: value for key, value in truth["timeline"].items() if value}
    assert {key: draft["timeline"][key] for key in filled} == filled


@pytest.mark.parametrize("truth_path", SCAN_TRUTHS, ids=lambda p: p.name.removesuffix(".truth.json"))
def test_scan_pages_read_within_cer_bounds(truth_path):
    case, _ = reviewed(truth_path.name)
    rates = [cer(reference, page.text) for reference, page in zip(source_texts(truth_path), case.pages, strict=True)]
    assert max(rates) <= MAX_PAGE_CER, rates
    assert sum(rates) / len(rates) <= MAX_MEAN_CER, rates
    assert all(line.box and 0 < line.confidence <= 1 for page in case.pages for line in page.lines)


def test_sideways_page_is_turned_back_and_seals_are_seen():
    case, _ = reviewed("case-03-simple-scan.truth.json")
    # Page 2 was fed turned 90° clockwise; turning it back is 270° clockwise, as a PDF /Rotate counts.
    assert [page.rotation for page in case.pages] == [0, 270, 0, 0]
    # Seals were stamped over "（印章）" (decision, service receipt) and "（收讫章）" (payment receipt), none on
    # the photo-evidence page.
    assert [page.red_seal for page in case.pages] == [True, True, False, True]
    decision = case.pages[0]
    (x0, top, x1, _bottom) = decision.seals[0]
    assert x0 > decision.width / 2 and top > decision.height / 2 and 80 < x1 - x0 < 160  # a 42-mm seal, lower right
    assert "嵩川市嵩北区城市管理综合行政执法局" in decision.text.splitlines()[-3]  # read through the seal's red ink


def test_the_draft_says_how_each_scanned_page_was_read():
    case, draft = reviewed("case-03-simple-scan.truth.json")
    scans = draft["scans"]
    assert [scan["page"] for scan in scans] == [1, 2, 3, 4] and {scan["source"] for scan in scans} == {
        "case-03-simple-scan.pdf"
    }
    assert [scan["rotation"] for scan in scans] == [0, 270, 0, 0]
    assert [scan["red_seal"] for scan in scans] == [True, True, False, True]
    assert [scan["confidence"] for scan in scans] == [round(page.confidence, 4) for page in case.pages]
    assert all(0.8 < scan["confidence"] <= 1 and not scan["blank"] for scan in scans)


def test_photo_with_exif_turn_reads_upright():
    case, _ = reviewed("case-17-simple-over-limit-photos.truth.json")
    first = case.pages[0]
    assert first.source == "page-01.jpg" and first.rotation == 0  # EXIF applied before OCR: nothing left to turn
    assert first.width < first.height and "行政处罚决定书" in first.text


def test_scan_generator_rewrites_the_committed_scan_byte_for_byte(tmp_path):
    """samples/scan.py is seeded and clock-free: the committed scan is what `--scans scan` writes."""
    from samples.scan import STYLES, write_scanned_pdf

    out = tmp_path / "case-03-simple-scan.pdf"
    assert write_scanned_pdf(ROOT / "samples" / "case-03-simple.pdf", out, STYLES["scan"]) == 4
    assert out.read_bytes() == (SCANS / "case-03-simple-scan.pdf").read_bytes()
