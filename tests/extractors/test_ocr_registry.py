"""OCR engines by name: each with its own options model; the settings' engine name is checked against them."""

from __future__ import annotations

from typing import Any

import pytest

from extractors.ocr.registry import ENGINES, EngineChoice, RapidOcrOptions, TesseractOptions, choose, get_engine
from reviewer.core.errors import InvalidSettings, OcrUnavailable
from reviewer.core.settings import Settings
from reviewer.pipeline.run import ocr_options


def test_each_engine_takes_only_its_own_options() -> None:
    assert set(ENGINES) == {"rapidocr", "tesseract"}
    knobs = {"threads": 2, "det_side": 1280, "dpi": 300}
    assert choose("rapidocr", knobs) == EngineChoice("rapidocr", RapidOcrOptions(threads=2, det_side=1280))
    assert choose("tesseract", knobs) == EngineChoice("tesseract", TesseractOptions(threads=2))


def test_settings_build_the_named_engine_with_its_options() -> None:
    options = ocr_options(Settings(ocr_engine="rapidocr", ocr_threads=1, ocr_det_side=736, ocr_dpi=300))
    assert options is not None and options.dpi == 300
    assert options.engine == EngineChoice("rapidocr", RapidOcrOptions(threads=1, det_side=736))
    assert ocr_options(Settings(ocr_engine="none")) is None


@pytest.mark.parametrize(
    ("values", "named"), [({"ocr_engine": "paddle"}, "rapidocr"), ({"ocr_threads": 99}, "THREADS")]
)
def test_a_bad_engine_setting_is_a_typed_error(values: dict[str, Any], named: str) -> None:
    with pytest.raises(InvalidSettings) as raised:
        ocr_options(Settings(**values))
    assert named in raised.value.user_message


def test_an_unknown_engine_is_unavailable() -> None:
    with pytest.raises(OcrUnavailable):
        get_engine(EngineChoice(name="none"))
