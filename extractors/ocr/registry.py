"""The OCR engines by name: each name brings its engine class and its own options model.

Adding an engine is one entry here and one module beside this one (OCRmyPDF's plugin idea, without the
plugin machinery). The pipeline validates `REVIEWER_OCR_ENGINE` against `ENGINES` and builds the named
engine's options from the settings whose names are `ocr_<option>`; no engine's knobs sit in a shared object.
Engine modules are imported only when their engine is first built: loading PP-OCR costs seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from reviewer.core.errors import OcrUnavailable

if TYPE_CHECKING:
    from extractors.ocr import OcrEngine

#: REVIEWER_OCR_ENGINE's value that switches OCR off (scans and photos are refused).
NO_OCR = "none"


class EngineSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RapidOcrOptions(EngineSettings):
    """PP-OCR on ONNX Runtime: runtime threads (0: one per core), the longest side the detector sees, which
    models run int8 (built once per machine into `model_cache`, default the user's cache folder)."""

    threads: int = Field(0, ge=0, le=64)
    det_side: int = Field(960, ge=320, le=4096)
    precision: Literal["fp32", "int8-det", "int8"] = "fp32"
    model_cache: str = ""


class TesseractOptions(EngineSettings):
    """The tesseract binary: OpenMP threads (0 means 1: its threads fight each other on small machines)."""

    threads: int = Field(0, ge=0, le=64)


def _rapid() -> type[OcrEngine]:
    from extractors.ocr.rapid import RapidOcrEngine

    return RapidOcrEngine


def _tesseract() -> type[OcrEngine]:
    from extractors.ocr.tesseract import TesseractEngine

    return TesseractEngine


@dataclass(frozen=True)
class EngineEntry:
    """How to get an engine's class (imported on first use) and the options it is built with."""

    engine_class: Callable[[], type[OcrEngine]]
    options: type[EngineSettings]


ENGINES: dict[str, EngineEntry] = {
    "rapidocr": EngineEntry(_rapid, RapidOcrOptions),
    "tesseract": EngineEntry(_tesseract, TesseractOptions),
}


@dataclass(frozen=True)
class EngineChoice:
    """A named engine with its own options; hashable, so the built engine is cached per choice."""

    name: str = "rapidocr"
    options: EngineSettings = field(default_factory=RapidOcrOptions)


def choose(name: str, settings: Mapping[str, Any]) -> EngineChoice:
    """The engine `name` with its options taken from `settings` (keys are the options' field names).

    Raises KeyError for a name that is not in `ENGINES`."""
    options_model = ENGINES[name].options
    values = {field: settings[field] for field in options_model.model_fields if field in settings}
    return EngineChoice(name, options_model.model_validate(values))


@lru_cache(maxsize=4)
def get_engine(choice: EngineChoice) -> OcrEngine:
    """The process's engine for `choice`, loaded on first use (models once per worker process)."""
    entry = ENGINES.get(choice.name)
    if entry is None:
        raise OcrUnavailable(f"OCR engine {choice.name!r} is disabled or unknown")
    return entry.engine_class()(**choice.options.model_dump())
