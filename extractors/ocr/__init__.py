"""OCR engines behind one small interface: a page image in, lines (text, box, confidence) out.

Like OCRmyPDF's built-in plugins, each engine is one module and swapping engines touches one file:
`rapid` runs the PP-OCR models shipped inside the rapidocr wheel on ONNX Runtime (the default, see
docs/benchmarks.md for why), `tesseract` calls the Debian tesseract binary (the bench baseline).
`extractors.ocr.registry` names the engines, each with its own options model, and builds each once per
process: loading PP-OCR costs seconds, a page should not.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass, field
from typing import Protocol

from PIL import Image

from extractors.ocr.registry import EngineChoice
from reviewer.core.settings import DEFAULT_OCR_LOW_CONFIDENCE

#: (x0, top, x1, bottom) in pixels of the image given to the engine.
PixelBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class OcrLine:
    """One text line as an engine read it."""

    text: str
    box: PixelBox
    confidence: float
    #: The line's four corners (clockwise from top-left) when the engine gives them: they carry the skew.
    quad: tuple[tuple[float, float], ...] | None = None


@dataclass(frozen=True)
class OcrOptions:
    """What the readers need to OCR a page: the engine, the dpi PDF pages are rendered at, the line
    confidence under which a page is flagged for a human look, and how many processes read the scanned
    pages of one file (extractors/ocr/pool.py; 1: the calling process)."""

    engine: EngineChoice = field(default_factory=EngineChoice)
    dpi: int = 200
    low_confidence: float = DEFAULT_OCR_LOW_CONFIDENCE
    workers: int = 1

    @property
    def pooled(self) -> bool:
        """Whether pages go to the worker pool: more than one worker, and a process allowed to start them
        (Python refuses children to a daemonic process, e.g. a multiprocessing worker that reviews files:
        there the pages are read in the process itself rather than the file being lost)."""
        return self.workers > 1 and not multiprocessing.current_process().daemon


class OcrEngine(Protocol):
    """Read the text lines of one page image (greyscale or RGB, upright)."""

    name: str

    def read(self, image: Image.Image) -> list[OcrLine]: ...
