"""Tesseract (Debian `tesseract-ocr` + `tesseract-ocr-chi-sim`) as a baseline engine for the bench.

It reads Chinese capitals worse than PP-OCR (叁→参, 仟→什; docs/benchmarks.md), so it is not the default.
`OMP_THREAD_LIMIT` is pinned: left alone, tesseract's OpenMP threads fight each other on small machines.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

from PIL import Image

from extractors.ocr import OcrLine
from reviewer.core.errors import OcrUnavailable

LANG = "chi_sim"


class TesseractEngine:
    name = "tesseract"

    def __init__(self, *, threads: int = 0, binary: str | None = None) -> None:
        self.binary = binary or shutil.which("tesseract") or ""
        if not self.binary:
            raise OcrUnavailable("tesseract binary not found on PATH")
        langs = subprocess.run([self.binary, "--list-langs"], capture_output=True, text=True, check=False).stdout
        if LANG not in langs.split():
            raise OcrUnavailable(f"tesseract has no {LANG} language data")
        self.env = {**os.environ, "OMP_THREAD_LIMIT": str(threads or 1)}

    def read(self, image: Image.Image) -> list[OcrLine]:
        with tempfile.TemporaryDirectory(prefix="tess-") as tmp:
            path = Path(tmp) / "page.png"
            image.convert("L").save(path)
            command = [self.binary, str(path), "stdout", "-l", LANG, "--psm", "3", "tsv"]
            done = subprocess.run(command, capture_output=True, text=True, env=self.env, check=False)
        if done.returncode != 0:
            raise OcrUnavailable(f"tesseract failed: {done.stderr.strip()[:200]}")
        return _lines_from_tsv(done.stdout)


def _lines_from_tsv(tsv: str) -> list[OcrLine]:
    """Group tesseract's word rows into lines: text joined, box united, confidence the words' mean."""
    words: dict[tuple[str, str, str, str], list[dict[str, str]]] = defaultdict(list)
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") == "5" and (row.get("text") or "").strip():
            words[(row["page_num"], row["block_num"], row["par_num"], row["line_num"])].append(row)
    lines = []
    for rows in words.values():
        x0 = min(int(r["left"]) for r in rows)
        top = min(int(r["top"]) for r in rows)
        x1 = max(int(r["left"]) + int(r["width"]) for r in rows)
        bottom = max(int(r["top"]) + int(r["height"]) for r in rows)
        confidence = sum(max(float(r["conf"]), 0.0) for r in rows) / len(rows) / 100
        text = "".join(r["text"] for r in rows)
        lines.append(OcrLine(text=text, box=(x0, top, x1, bottom), confidence=round(confidence, 4)))
    return lines
