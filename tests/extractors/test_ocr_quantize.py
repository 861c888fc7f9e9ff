"""Int8 PP-OCR models built on this machine from the packaged ones: they read a page as well as fp32, and
without them the engine runs fp32 instead of failing."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from extractors.ocr.metrics import cer
from extractors.ocr.page import ocr_page
from extractors.ocr.quantize import STEPS, default_cache, int8_models, int8_path
from extractors.ocr.rapid import MODEL_FILES, RapidOcrEngine, model_dir
from extractors.ocr.registry import EngineChoice, get_engine

ROOT = Path(__file__).resolve().parents[2]
DPI = 200


def _page(name: str, number: int):
    document = pdfium.PdfDocument(str(ROOT / "samples" / name))
    try:
        page = document[number - 1]
        return page.render(scale=DPI / 72).to_pil(), page.get_textpage().get_text_range()
    finally:
        document.close()


def test_int8_files_are_named_by_their_source(tmp_path):
    source = model_dir() / MODEL_FILES["Det"]
    first = int8_path(source, tmp_path)
    assert first.parent == tmp_path and first.name.startswith("PP-OCRv6_det_small.") and first.suffix == ".onnx"
    copy = tmp_path / source.name
    copy.write_bytes(source.read_bytes()[:-1] + b"\0")  # another model under the same name: another file
    assert int8_path(copy, tmp_path) != first


def test_without_a_usable_cache_the_engine_runs_fp32(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    engine = RapidOcrEngine(precision="int8", model_cache=str(blocked))
    assert engine.precision == "fp32"
    sources = {step: model_dir() / MODEL_FILES[step] for step in STEPS}
    assert int8_models(sources, tmp_path / "empty", build=False) is None


def test_the_int8_detector_reads_a_page_as_well_as_fp32():
    """Built in the user's cache on first use (about a minute once per machine), then loaded."""
    image, truth = _page("case-01-market.pdf", 12)
    fp32 = ocr_page(image, get_engine(EngineChoice()), dpi=DPI, source="p.pdf", number=1)
    engine = RapidOcrEngine(precision="int8-det")
    assert engine.precision == "int8-det"
    assert int8_path(model_dir() / MODEL_FILES["Det"], default_cache()).is_file()
    quantised = ocr_page(image, engine, dpi=DPI, source="p.pdf", number=1)
    assert cer(truth, quantised.text) <= cer(truth, fp32.text) + 0.005
    assert len(quantised.lines) == len(fp32.lines)
