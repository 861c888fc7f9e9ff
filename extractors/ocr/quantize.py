"""Int8 copies of the packaged PP-OCR models, built on this machine from the wheel's own files (no download).

ONNX Runtime's static quantisation runs the detector (every op) and the recogniser's convolutions as int8
kernels (VNNI on current x86): ≈ 0.7× the fp32 CPU time per model run each. Dynamic quantisation was
measured too and is slower than fp32 on these conv nets, so it is not offered. Static quantisation needs
activation ranges: they are calibrated on the committed sample case files (born-digital pages and the
committed scan), read through the same pre-processing the pipeline uses, so the ranges are those of
case-file pages.

Building takes 1–2 minutes and needs the `onnx` package; it runs once per machine
(`python -m extractors.ocr.quantize`, or the first engine asking for int8) into a cache folder, written under a temporary name and renamed, so
two workers starting together cannot read half a file. Without the built files the engine falls back to
fp32 and says so in the log.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

#: Pages of the committed samples the activation ranges are calibrated on: forms, prose, a scan.
CALIBRATION_PAGES: tuple[tuple[str, int], ...] = (
    ("case-01-market.pdf", 2),
    ("case-01-market.pdf", 5),
    ("case-01-market.pdf", 9),
    ("case-02-environment.pdf", 3),
    ("case-02-environment.pdf", 7),
    ("scans/case-03-simple-scan.pdf", 1),
    ("scans/case-03-simple-scan.pdf", 3),
)
STEPS = ("Det", "Rec")
_SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def default_cache() -> Path:
    """Where built models live unless REVIEWER_OCR_MODEL_CACHE says otherwise (XDG cache folder)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "casefile-reviewer" / "ocr"


def int8_path(source: Path, cache: Path) -> Path:
    """The int8 file for `source`, named by the source's content so a new wheel gets new files."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    return cache / f"{source.stem}.{digest}.int8.onnx"


def int8_models(
    sources: dict[str, Path], cache: Path, *, build: bool, steps: tuple[str, ...] = STEPS
) -> dict[str, Path] | None:
    """The int8 models of `steps` ("Det", "Rec") for `sources` (step → fp32 path); built when missing and
    `build`. None when they are not there and cannot be built (no `onnx`, no samples, a quantiser error):
    the caller runs fp32."""
    wanted = {step: int8_path(sources[step], cache) for step in steps}
    if all(path.is_file() for path in wanted.values()):
        return wanted
    if not build:
        return None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        if not os.access(cache, os.W_OK):
            raise OSError(f"model cache {cache} is not writable")
        calibration = _calibration_inputs(sources)
        for step, path in wanted.items():
            if not path.is_file():
                _quantise(step, sources[step], path, calibration[step])
    except (ImportError, OSError, RuntimeError, ValueError) as error:
        log.warning("int8 OCR models could not be built (%s); using fp32", error)
        return None
    return wanted


def _quantise(step: str, source: Path, target: Path, inputs: list[np.ndarray]) -> None:
    from onnxruntime import InferenceSession
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static
    from onnxruntime.quantization.shape_inference import quant_pre_process

    class Reader(CalibrationDataReader):
        def __init__(self, name: str) -> None:
            self._feeds: Iterator[dict[str, np.ndarray]] = iter([{name: array} for array in inputs])

        def get_next(self) -> dict[str, np.ndarray] | None:
            return next(self._feeds, None)

    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".build-") as work:
        prepared, built = Path(work) / "prepared.onnx", Path(work) / "int8.onnx"
        quant_pre_process(str(source), str(prepared), skip_symbolic_shape=True)
        name = InferenceSession(str(prepared), providers=["CPUExecutionProvider"]).get_inputs()[0].name
        # Per-tensor QDQ: per-channel weights broke a fused Conv+Add bias of these models (invalid graph).
        # The recogniser's convolutions only: with its attention MatMuls in int8 too, line-final characters
        # were dropped (CER 0 → 1.3 % on a prose page) for no further speed. The detector: every op.
        quantize_static(
            str(prepared),
            str(built),
            Reader(name),
            quant_format=QuantFormat.QDQ,
            per_channel=False,
            activation_type=QuantType.QUInt8,
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["Conv"] if step == "Rec" else None,
        )
        os.replace(built, target)
    log.info("built int8 OCR model %s", target)


def _calibration_inputs(sources: dict[str, Path]) -> dict[str, list[np.ndarray]]:
    """The detector's and recogniser's real inputs on the calibration pages, caught from an fp32 pipeline."""
    import pypdfium2 as pdfium

    from extractors.ocr.cleanup import text_channel
    from extractors.ocr.rapid import RapidOcrEngine

    engine = RapidOcrEngine(models=sources["Det"].parent, precision="fp32")
    caught: dict[str, list[np.ndarray]] = {step: [] for step in STEPS}
    engine.watch_inputs(lambda step, array: caught[step].append(array.copy()))
    for name, number in CALIBRATION_PAGES:
        path = _SAMPLES / name
        if not path.is_file():
            raise OSError(f"calibration page missing: {path}")
        document = pdfium.PdfDocument(str(path))
        try:
            image = document[number - 1].render(scale=200 / 72).to_pil()
        finally:
            document.close()
        engine.read(text_channel(image))
    engine.watch_inputs(None)
    return caught


def describe(paths: dict[str, Any] | None) -> str:
    """One log line's worth: which files an engine runs."""
    return "fp32" if not paths else ", ".join(f"{step}={Path(path).name}" for step, path in paths.items())


def main(argv: list[str] | None = None) -> int:
    """Build the int8 models now (an install step), so no worker waits for them on its first page."""
    import argparse

    from extractors.ocr.rapid import MODEL_FILES, model_dir

    parser = argparse.ArgumentParser(prog="python -m extractors.ocr.quantize", description=main.__doc__)
    parser.add_argument("--cache", type=Path, default=None, help="folder for the int8 files (REVIEWER_OCR_MODEL_CACHE)")
    parser.add_argument("--steps", nargs="+", choices=STEPS, default=["Det"], help="models to build (default: Det)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    cache = args.cache or Path(os.environ.get("REVIEWER_OCR_MODEL_CACHE") or default_cache())
    sources = {step: model_dir() / MODEL_FILES[step] for step in STEPS}
    steps = tuple(args.steps)
    built = int8_models(sources, cache, build=True, steps=steps)
    print(describe(built) if built else "int8 models could not be built; the engine runs fp32")
    return 0 if built else 1


if __name__ == "__main__":
    raise SystemExit(main())
