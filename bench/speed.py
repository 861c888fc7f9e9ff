"""Ingest + segment speed and peak memory on text-layer PDFs and DOCX of growing size.

    .venv/bin/python bench/speed.py [--sizes 10 60 100 1000] [--repeat 3] [--markdown docs/benchmarks.md]

Inputs are the committed sample case files repeated to the wanted page count (real layouts, real fonts).
Each measurement runs in a fresh subprocess pinned to one core (taskset when available), so peak RSS is
that run's own; the table quotes the median of the repeats. pdfplumber and pypdfium2 read the same files
in the same run. Numbers are for people, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from copy import deepcopy
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PDF = ROOT / "samples" / "case-01-market.pdf"
SAMPLE_DOCX = ROOT / "samples" / "case-01-market.docx"

_CHILD = r"""
import json, re, sys, time
from pathlib import Path
from extractors.ingest import ReadOptions, iter_case
from extractors.segment import segment
path, engine = Path(sys.argv[1]), sys.argv[2]
started = time.perf_counter()
pages = [p for p in iter_case([path], ReadOptions(pdf_engine=engine if engine != "docx" else "pdfium"))]
instruments = segment(pages)
elapsed = time.perf_counter() - started
# VmHWM belongs to this exec's address space; ru_maxrss would carry over the parent's high-water mark.
peak_kib = int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1))
print(json.dumps({"pages": len(pages), "instruments": len(instruments), "seconds": elapsed, "peak_mib": peak_kib / 1024}))
"""


def build_pdf(pages: int, target: Path) -> Path:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(SAMPLE_PDF))
    document = pdfium.PdfDocument.new()
    while len(document) < pages:
        take = min(len(source), pages - len(document))
        document.import_pages(source, list(range(take)))
    document.save(str(target))
    return target


def build_docx(pages: int, target: Path) -> Path:
    """Repeat the sample's body (with its page breaks) until the page count is reached."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    sample = Document(str(SAMPLE_DOCX))
    body = [el for el in sample.element.body if not el.tag.endswith("}sectPr")]
    per_copy = _docx_pages(sample)
    document = Document(str(SAMPLE_DOCX))
    copies = max(1, -(-pages // per_copy))
    for _ in range(copies - 1):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for element in body:
            document.element.body.insert(len(document.element.body) - 1, deepcopy(element))
    document.save(str(target))
    return target


def _docx_pages(document: Any) -> int:
    xml = document.element.body.xml
    return xml.count('w:type="page"') + 1


def measure(path: Path, engine: str, repeat: int) -> dict:
    runs = []
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    for _ in range(repeat):
        out = subprocess.run(
            [*pin, sys.executable, "-c", _CHILD, str(path), engine], capture_output=True, text=True, env=env, check=True
        )
        runs.append(json.loads(out.stdout))
    seconds = statistics.median(r["seconds"] for r in runs)
    return {
        "engine": engine,
        "pages": runs[0]["pages"],
        "instruments": runs[0]["instruments"],
        "seconds": seconds,
        "pages_per_s": runs[0]["pages"] / seconds,
        "peak_mib": statistics.median(r["peak_mib"] for r in runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 60, 100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            pdf = build_pdf(size, Path(tmp) / f"case-{size}.pdf")
            docx = build_docx(size, Path(tmp) / f"case-{size}.docx")
            for path, engine in ((pdf, "pdfium"), (pdf, "plumber"), (docx, "docx")):
                row = measure(path, engine, args.repeat)
                rows.append(row)
                print(
                    f"{row['engine']:8} {row['pages']:5d} pages  {row['seconds']:8.3f} s  {row['pages_per_s']:8.1f} pages/s  {row['peak_mib']:7.1f} MiB peak",
                    flush=True,
                )
    table = _markdown(rows, args.repeat)
    print(table)
    if args.markdown:
        args.markdown.write_text(table, encoding="utf-8")


def _markdown(rows: list[dict], repeat: int) -> str:
    lines = [
        "| reader | pages | instruments | median s | pages/s | peak RSS MiB |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    names = {"pdfium": "PDF · pypdfium2", "plumber": "PDF · pdfplumber", "docx": "DOCX · lxml (own reader)"}
    lines += [
        f"| {names[r['engine']]} | {r['pages']} | {r['instruments']} | {r['seconds']:.3f} | {r['pages_per_s']:.0f} "
        f"| {r['peak_mib']:.0f} |"
        for r in rows
    ]
    return (
        "\n".join(lines)
        + f"\n\nMedian of {repeat} runs per row, each in a fresh process on one core; ingest + segment.\n"
    )


if __name__ == "__main__":
    main()
