"""Valid but extreme inputs through the whole review: time, peak memory, progress, and the refusals past the limits.

    .venv/bin/python bench/pathological.py [--only NAME ...] [--json out/pathological.json]

Inputs are built from the committed samples in a temporary folder: a 3,000-page PDF (the sample's pages
repeated), a PDF with 10,000 tiny text objects on each page, a DOCX carrying a 50 MB image, a ZIP of 500
one-page PDFs, a 1 × 20,000 px image, and two inputs past the default limits (REVIEWER_MAX_PAGES_PER_CASE,
REVIEWER_MAX_IMAGE_PIXELS). Each runs `reviewer.pipeline.run.review` in a fresh subprocess, which reports
its wall time, its own peak RSS (VmHWM), the pages it reported progress for and the outcome (a draft, or the
typed refusal with its Chinese message). The target is ≤ 1.5 GB peak per case. Numbers are for people,
never asserted in tests.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PDF = ROOT / "samples" / "case-01-market.pdf"
SAMPLE_DOCX = ROOT / "samples" / "case-01-market.docx"
CJK_FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")

_CHILD = r"""
import json, re, sys, time
from pathlib import Path
from reviewer.core.errors import ReviewerError
from reviewer.core.settings import get_settings
from reviewer.pipeline.run import review
path = Path(sys.argv[1])
progress = []
started = time.perf_counter()
try:
    case, draft = review([path], get_settings(), on_page=lambda page: progress.append(page.index))
    outcome = {"outcome": "draft", "pages": draft.pages, "instruments": len(draft.instruments),
               "errors": [e.message for e in draft.errors], "findings": len(draft.findings),
               "stages": {k: round(v, 2) for k, v in draft.timings.items()}}
except ReviewerError as error:
    outcome = {"outcome": "refused", "error": type(error).__name__, "message": error.user_message,
               "exit_code": int(error.exit_code)}
elapsed = time.perf_counter() - started
peak_kib = int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1))
outcome.update(seconds=round(elapsed, 2), peak_mib=round(peak_kib / 1024), progress_events=len(progress))
print(json.dumps(outcome, ensure_ascii=False))
"""


def pdf_pages(pages: int, target: Path) -> Path:
    """The sample's pages repeated to `pages` pages."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(SAMPLE_PDF))
    document = pdfium.PdfDocument.new()
    while len(document) < pages:
        take = min(len(source), pages - len(document))
        document.import_pages(source, list(range(take)))
    document.save(str(target))
    return target


def pdf_tiny_objects(target: Path, pages: int = 5, per_page: int = 10_000) -> Path:
    """Pages of `per_page` separately placed 2-pt characters (each its own text object), a title on top."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("cjk", fname=str(CJK_FONT))
    pdf.set_auto_page_break(False)
    characters = "行政处罚决定书案卷评查"
    for _ in range(pages):
        pdf.add_page()
        pdf.set_font("cjk", size=16)
        pdf.text(70, 20, "行政处罚决定书")
        pdf.set_font("cjk", size=2)
        for n in range(per_page):
            pdf.text(10 + (n % 100) * 1.9, 30 + (n // 100) * 2.6, characters[n % len(characters)])
    pdf.output(str(target))
    return target


def docx_big_image(target: Path, megabytes: int = 50) -> Path:
    """The sample DOCX with one incompressible picture of about `megabytes` MB added to its body."""
    import numpy as np
    from docx import Document
    from docx.shared import Cm
    from PIL import Image

    side = int((megabytes * 1024 * 1024 / 3) ** 0.5)
    noise = np.random.default_rng(1).integers(0, 256, size=(side, side, 3), dtype=np.uint8)
    picture = io.BytesIO()
    Image.fromarray(noise).save(picture, format="PNG", compress_level=0)
    document = Document(str(SAMPLE_DOCX))
    document.add_paragraph("附件：现场照片")
    document.add_picture(io.BytesIO(picture.getvalue()), width=Cm(15))
    document.save(str(target))
    return target


def zip_of_small_pdfs(target: Path, members: int = 500) -> Path:
    """A ZIP of `members` one-page PDFs (the sample's pages in turn)."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(SAMPLE_PDF))
    singles = []
    for index in range(len(source)):
        single = pdfium.PdfDocument.new()
        single.import_pages(source, [index])
        buffer = io.BytesIO()
        single.save(buffer)
        singles.append(buffer.getvalue())
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(members):
            archive.writestr(f"第{n + 1}页.pdf", singles[n % len(singles)])
    return target


def thin_image(target: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (1, 20_000), "white").save(target)
    return target


def huge_image(target: Path) -> Path:
    """12,000 × 12,000 px (144 MP, past the default 80 MP), small on disk: a flat PNG."""
    from PIL import Image

    Image.new("L", (12_000, 12_000), 255).save(target, optimize=True)
    return target


CASES: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "pdf-3000-pages": (".pdf", lambda p: pdf_pages(3000, p)),
    "pdf-10000-objects-per-page": (".pdf", pdf_tiny_objects),
    "docx-50mb-image": (".docx", docx_big_image),
    "zip-500-files": (".zip", zip_of_small_pdfs),
    "image-1x20000": (".png", thin_image),
    "pdf-6000-pages-past-limit": (".pdf", lambda p: pdf_pages(6000, p)),
    "image-144mp-past-limit": (".png", huge_image),
}


def measure(path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=3600
    )
    if done.returncode != 0:
        return {"outcome": "crash", "stderr": done.stderr[-2000:]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def markdown(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| input | file size | outcome | pages | progress events | time (s) | peak RSS (MiB) |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        outcome = (
            row["outcome"] if row["outcome"] != "refused" else f"refused: {row['error']} (exit {row['exit_code']})"
        )
        lines.append(
            f"| {row['name']} | {row['mib']:.1f} MiB | {outcome} | {row.get('pages', '–')} | "
            f"{row.get('progress_events', '–')} | {row.get('seconds', '–')} | {row.get('peak_mib', '–')} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), help="run only these inputs")
    parser.add_argument("--json", type=Path, help="write the rows as JSON here")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="pathological-") as tmp:
        for name, (suffix, build) in CASES.items():
            if args.only and name not in args.only:
                continue
            path = build(Path(tmp) / f"{name}{suffix}")
            row = {"name": name, "mib": path.stat().st_size / 1048576, **measure(path)}
            path.unlink()
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr)
            rows.append(row)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(markdown(rows))


if __name__ == "__main__":
    main()
