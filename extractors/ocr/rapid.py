"""PP-OCR (PaddleOCR's detection and recognition models) on ONNX Runtime through rapidocr.

The models come from inside the rapidocr wheel (PP-OCRv6 small det/rec); nothing is ever downloaded:
every model path is given explicitly, and a missing file is an `OcrUnavailable` before rapidocr could try
to fetch one. `paddleocr` itself is not used: it fetches its models from a hosting platform at run time.

Tuning (measured in bench/ocr.py, docs/benchmarks.md): the detector sees the page scaled so its longest
side is `det_side` (rapidocr's default 736-min rule ran it on 1414×2000 px, the costliest step after
recognition); recognition crops come from the full-resolution page; the per-line 0/180 classifier is off
because orientation is settled once per page (extractors/ocr/cleanup.py).
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import cv2
import numpy as np
from PIL import Image

from extractors.ocr import OcrLine
from extractors.ocr.quantize import default_cache, describe, int8_models
from reviewer.core.errors import OcrUnavailable

log = logging.getLogger(__name__)

MODEL_FILES = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}
#: Longest side the detector sees: 960 px found the lines of a 200-dpi A4 as well as 1280 (CER 1.45 vs
#: 1.53 %) for 0.57× the CPU time and 0.75× the memory (bench/ocr.py).
DET_SIDE = 960
#: Recognition batch: crops are sorted by width, so a batch pads little; measured in bench/ocr.py.
REC_BATCH = 8
#: Recognition cost is linear in the crop's width at the model's fixed 48-px height. Square Chinese glyphs
#: still read when squeezed to half their width (CER 0.05 → 0.24 % on clean pages), for half the cost;
#: at a third they do not (1.2 %). Measured in bench/ocr.py.
REC_SQUEEZE = 0.5
#: Which models run int8: none, the detector only, or the detector and the recogniser.
Precision = Literal["fp32", "int8-det", "int8"]
#: Called with ("Det" | "Rec", the model's input array) on every model run; for calibration.
InputWatcher = Callable[[str, np.ndarray], None]
#: A gap of this many usual character pitches (and at least two time steps more) inside a line is a space.
_GAP_PITCHES = 2.0


def model_dir() -> Path:
    """Where the wheel keeps its models; `OcrUnavailable` when rapidocr is not installed."""
    try:
        import rapidocr
    except ImportError as error:
        raise OcrUnavailable(f"rapidocr is not installed ({error})") from error
    return Path(rapidocr.__file__).parent / "models"


def gpu_available() -> bool:
    """onnxruntime-gpu is installed and sees a CUDA device."""
    import onnxruntime

    return "CUDAExecutionProvider" in onnxruntime.get_available_providers()


class RapidOcrEngine:
    """One loaded PP-OCR pipeline; build it once per worker process (see `extractors.ocr.get_engine`)."""

    name = "rapidocr"

    def __init__(
        self,
        *,
        threads: int = 0,
        det_side: int = DET_SIDE,
        squeeze: float = REC_SQUEEZE,
        models: Path | None = None,
        overrides: dict[str, object] | None = None,
        precision: Precision = "fp32",
        model_cache: str = "",
        own_sessions: bool = True,
    ) -> None:
        """`overrides` are raw rapidocr parameters, for bench/ocr.py's comparisons with stock settings.
        `precision` "int8" runs the int8 detector and recogniser built from the packaged ones
        (extractors/ocr/quantize.py) in `model_cache`, building them on first use; "int8-det" the detector
        only; fp32 when the build fails. `own_sessions` False keeps rapidocr's sessions (bench: stock)."""
        folder = models or model_dir()
        paths = {step: folder / file for step, file in MODEL_FILES.items()}
        missing = [str(path) for path in paths.values() if not path.is_file()]
        if missing:
            raise OcrUnavailable(f"PP-OCR model files missing: {', '.join(missing)}")
        quantised = None
        if precision != "fp32":
            cache = Path(model_cache) if model_cache else default_cache()
            steps = ("Det", "Rec") if precision == "int8" else ("Det",)
            quantised = int8_models(paths, cache, build=True, steps=steps)
            paths.update(quantised or {})
        self.precision: Precision = precision if quantised else "fp32"
        threads = threads or os.cpu_count() or 1
        self.uses_gpu = gpu_available()
        params = {
            "Global.log_level": "error",
            "Global.use_cls": False,
            "Global.max_side_len": 6000,
            "Det.limit_type": "max",
            "Det.limit_side_len": det_side,
            "Rec.rec_batch_num": REC_BATCH,
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            "EngineConfig.onnxruntime.use_cuda": self.uses_gpu,
            **{f"{step}.model_path": str(path) for step, path in paths.items()},
            **(overrides or {}),
        }
        self._ocr = _squeezed_pipeline(params, squeeze)
        self._watcher: InputWatcher | None = None
        if own_sessions:
            self._quiet_sessions(paths, threads)
        log.info(
            "PP-OCR loaded from %s (%s, threads=%s, det_side=%s, gpu=%s)",
            folder,
            describe(quantised),
            threads,
            det_side,
            self.uses_gpu,
        )

    def _quiet_sessions(self, paths: dict[str, Path], threads: int) -> None:
        """Run the detector and recogniser in sessions whose idle threads sleep instead of spinning:
        rapidocr's own sessions spin, which burns CPU another worker on a small machine could use."""
        from onnxruntime import InferenceSession

        for step, holder in (("Det", self._ocr._load_det_model()), ("Rec", self._ocr._load_rec_model())):
            if not self.uses_gpu:
                holder.session.session = InferenceSession(
                    str(paths[step]), self._options(threads), providers=["CPUExecutionProvider"]
                )
            holder.session = _Watched(holder.session, step, self)

    @staticmethod
    def _options(threads: int) -> Any:
        from onnxruntime import GraphOptimizationLevel, SessionOptions

        options = SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 4
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return options

    def watch_inputs(self, watcher: InputWatcher | None) -> None:
        """See every model input from now on (None: stop); used to calibrate int8 models."""
        self._watcher = watcher

    def read(self, image: Image.Image) -> list[OcrLine]:
        """OCR one upright page image. A greyscale page is stacked to three equal channels, so rapidocr's
        BGR reading of arrays cannot swap anything."""
        grey = np.asarray(image.convert("L"))
        result = self._ocr(np.dstack([grey, grey, grey]))
        boxes, texts, scores = (
            getattr(result, "boxes", None),
            getattr(result, "txts", None),
            getattr(result, "scores", None),
        )
        if boxes is None or texts is None or scores is None:
            return []
        lines = []
        for quad, text, score in zip(boxes, texts, scores, strict=False):
            xs, ys = quad[:, 0], quad[:, 1]
            box = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
            quad_points = tuple((float(x), float(y)) for x, y in quad)
            lines.append(OcrLine(text=str(text), box=box, confidence=round(float(score), 4), quad=quad_points))
        return lines


class _Watched:
    """A rapidocr session wrapper that shows its inputs to the engine's watcher, if any."""

    def __init__(self, inner: Any, step: str, engine: RapidOcrEngine) -> None:
        self._inner, self._step, self._engine = inner, step, engine

    def __call__(self, array: np.ndarray) -> Any:
        if self._engine._watcher is not None:
            self._engine._watcher(self._step, array)
        return self._inner(array)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def spaced_text(text: str, cols: list[int]) -> str:
    """Put back the gaps a line had: a form's "董洋军　性别：男" comes out of recognition as "董洋军性别：男"
    unless a space goes where consecutive characters sit unusually far apart (in model time steps)."""
    if len(cols) != len(text) or len(text) < 3 or any(char.isspace() for char in text):
        return text
    steps = [b - a for a, b in itertools.pairwise(cols)]
    pitch = sorted(steps)[len(steps) // 2]
    pieces = [text[0]]
    for char, step in zip(text[1:], steps, strict=False):
        if step >= max(_GAP_PITCHES * pitch, pitch + 2):
            pieces.append(" ")
        pieces.append(char)
    return "".join(pieces)


def _squeezed_pipeline(params: dict[str, object], squeeze: float) -> Any:
    """rapidocr's pipeline with each line crop narrowed by `squeeze` before recognition, and the gaps
    inside a line kept as spaces (from the recogniser's own character positions, no extra pass)."""
    from rapidocr import RapidOCR
    from rapidocr.ch_ppocr_rec import TextRecInput

    class SqueezedOCR(RapidOCR):
        def recognize_txt(self, img: list[np.ndarray]) -> Any:
            result = self._load_rec_model()(TextRecInput(img=img, return_word_box=True))
            if result.txts is None:
                return super().recognize_txt(img)
            cols = [[col for word in (info.word_cols or []) for col in word] for info in result.word_results]
            result.txts = tuple(spaced_text(text, col) for text, col in zip(result.txts, cols, strict=False))
            result.word_results = tuple(() for _ in result.txts)
            return result

        def crop_text_regions(self, img: np.ndarray, det_boxes: np.ndarray) -> list[np.ndarray]:
            crops = super().crop_text_regions(img, det_boxes)
            if squeeze >= 1:
                return crops
            return [
                cv2.resize(crop, (max(8, round(crop.shape[1] * squeeze)), crop.shape[0]), interpolation=cv2.INTER_AREA)
                for crop in crops
            ]

    return SqueezedOCR(params=params)
