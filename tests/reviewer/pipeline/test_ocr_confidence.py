"""REVIEWER_OCR_LOW_CONFIDENCE governs the check engine: the same scanned page, reviewed under two bars,
leaves different findings `unknown`."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from checklists.engine import LOW_OCR_NOTE
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review

ROOT = Path(__file__).resolve().parents[3]
OCR_NOTE = LOW_OCR_NOTE.split("{")[0]


@pytest.fixture(scope="module")
def scanned_decision(tmp_path_factory) -> Path:
    """The on-the-spot decision of a committed sample (a one-page case file) as a 200-dpi scan."""
    document = pdfium.PdfDocument(str(ROOT / "samples" / "case-03-simple.pdf"))
    try:
        image = document[0].render(scale=200 / 72).to_pil()
    finally:
        document.close()
    path = tmp_path_factory.mktemp("scan") / "decision.png"
    image.save(path)
    return path


def test_the_confidence_setting_decides_which_findings_are_unknown(scanned_decision, monkeypatch):
    case, lenient = review([scanned_decision], Settings(ocr_low_confidence=0.5))
    assert case.pages[0].origin == "ocr" and min(line.confidence for line in case.pages[0].lines) > 0.5
    decided = {f.check_id: f.confidence for f in lenient.findings if f.status in ("pass", "fail") and f.evidence}
    assert not any(f.message.startswith(OCR_NOTE) for f in lenient.findings)
    # A bar at the surest decided finding's confidence: the others fall under it, that one stays decided.
    bar = max(decided.values())
    under = {check for check, confidence in decided.items() if confidence < bar}
    assert under and under != set(decided)

    monkeypatch.setenv("REVIEWER_OCR_LOW_CONFIDENCE", repr(bar))  # as a deployment sets it
    _, strict = review([scanned_decision], Settings())
    by_id = {f.check_id: f for f in strict.findings}
    assert all(by_id[check].status == "unknown" and by_id[check].message.startswith(OCR_NOTE) for check in under)
    assert all(by_id[check].status in ("pass", "fail") for check in set(decided) - under)
    assert under <= set(strict.needs_review) and not under & set(lenient.needs_review)
    unknown = {f.check_id for f in strict.findings if f.status == "unknown"}
    assert unknown == under | {f.check_id for f in lenient.findings if f.status == "unknown"}
