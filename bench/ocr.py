"""OCR accuracy (CER) and speed (s/page) by engine setting, dpi and scan quality; Tesseract beside it.

    .venv/bin/python -m bench.ocr                       # the tuning table at 200 dpi (≈ 10 min on 2 cores)
    .venv/bin/python -m bench.ocr --dpi 150 200 300 --configs tuned
    .venv/bin/python -m bench.ocr --configs tuned tesseract --styles clean noisy

Pages are real case-file pages (a form, an inquiry record, decision pages …) from samples/case-01-market.pdf,
rendered as scans by samples/scan.py in three qualities: clean, scan (noise, blur, JPEG, 1–3° skew, one
page sideways, red seals, signatures by "hand") and noisy (more of everything). The truth is the page's text
layer; CER is in reading order (extractors/ocr/metrics.py). Each setting runs in a fresh subprocess, warm
(the first page is read once before timing), so its peak RSS is its own; times are medians over pages of
the per-page median of `--repeat` runs, wall clock and CPU (CPU is less bent by other load on a shared
machine). The machine's load average is printed with the table. Numbers are for docs/benchmarks.md, never
asserted in tests.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "samples" / "case-01-market.pdf"
PAGES = [4, 6, 12, 17, 18, 21]

#: name → (engine, RapidOcrEngine keyword arguments, rapidocr parameter overrides).
CONFIGS: dict[str, tuple[str, dict, dict]] = {
    "stock": (
        "rapidocr",
        {"squeeze": 1.0, "threads": 0, "own_sessions": False},
        {
            "Global.use_cls": True,
            "Global.max_side_len": 2000,
            "Det.limit_type": "min",
            "Det.limit_side_len": 736,
            "Rec.rec_batch_num": 6,
        },
    ),
    # The tuning before issue 15: rapidocr's own (spinning) sessions.
    "tuned-spin": ("rapidocr", {"threads": 0, "own_sessions": False}, {}),
    "fp32": ("rapidocr", {"threads": 0}, {}),
    "int8-det": ("rapidocr", {"threads": 0, "precision": "int8-det"}, {}),
    "int8": ("rapidocr", {"threads": 0, "precision": "int8"}, {}),
    "int8-1thread": ("rapidocr", {"threads": 1, "precision": "int8"}, {}),
    # REVIEWER_OCR_WORKERS=2: two processes read the pages of one file (extractors/ocr/pool.py); times are
    # the batch's wall and CPU (both workers) divided by its pages, peak RSS the larger worker's.
    "fp32-2proc": ("pool", {"workers": 2, "precision": "fp32"}, {}),
    "int8-det-2proc": ("pool", {"workers": 2, "precision": "int8-det"}, {}),
    "int8-2proc": ("pool", {"workers": 2, "precision": "int8"}, {}),
    "det1280": ("rapidocr", {"squeeze": 1.0, "det_side": 1280, "threads": 0}, {}),
    "det1280-sq0.7": ("rapidocr", {"squeeze": 0.7, "det_side": 1280, "threads": 0}, {}),
    "det1280-sq0.5": ("rapidocr", {"det_side": 1280, "threads": 0}, {}),
    "tuned": ("rapidocr", {"threads": 0}, {}),
    "tuned-1thread": ("rapidocr", {"threads": 1}, {}),
    "tesseract": ("tesseract", {"threads": 1}, {}),
}

_CHILD = r"""
import json, re, resource, statistics, sys, time
from pathlib import Path
from PIL import Image
from extractors.ocr.metrics import bag_cer, cer
from extractors.ocr.page import ocr_page
engine_name, kwargs, overrides, folder, repeat = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5])
if engine_name == "tesseract":
    from extractors.ocr.tesseract import TesseractEngine
    engine = TesseractEngine(**kwargs)
else:
    from extractors.ocr.rapid import RapidOcrEngine
    engine = RapidOcrEngine(**kwargs, overrides=overrides)
truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
images = sorted(folder.glob("*.png"))
dpi = truth["dpi"]
ocr_page(Image.open(images[0]), engine, dpi=dpi, source="warm", number=1)
rows = []
for path, reference in zip(images, truth["texts"]):
    image = Image.open(path); image.load()
    walls, cpus = [], []
    for _ in range(repeat):
        children = resource.getrusage(resource.RUSAGE_CHILDREN)  # tesseract runs as a child process
        wall, cpu = time.perf_counter(), time.process_time() + children.ru_utime + children.ru_stime
        page = ocr_page(image, engine, dpi=dpi, source=path.name, number=1)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() + children.ru_utime + children.ru_stime - cpu)
    rows.append({"wall": statistics.median(walls), "cpu": statistics.median(cpus), "cer": cer(reference, page.text), "bag": bag_cer(reference, page.text)})
peak = int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1)) / 1024
print(json.dumps({"rows": rows, "peak_mib": peak}))
"""


_POOL_CHILD = r"""
import json, os, re, statistics, sys, time
from pathlib import Path
from PIL import Image
from extractors.ocr.metrics import bag_cer, cer
from extractors.ocr.pool import page_pool, submit_page
from extractors.ocr.registry import EngineChoice, RapidOcrOptions
kwargs, folder, repeat = json.loads(sys.argv[2]), Path(sys.argv[4]), int(sys.argv[5])
workers = kwargs.pop("workers")
choice = EngineChoice("rapidocr", RapidOcrOptions(**kwargs))
truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
dpi = truth["dpi"]
images = [Image.open(path) for path in sorted(folder.glob("*.png"))]
for image in images:
    image.load()
def batch():
    futures = [submit_page(choice, workers, image, dpi=dpi, source="b", number=1, low=0.8) for image in images]
    return [future.result() for future in futures]
def cpu(pids):
    ticks = 0
    for pid in pids:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")
batch()  # warm: both workers started, models loaded
pids = list(page_pool(choice, workers)._processes)
walls, cpus = [], []
for _ in range(repeat):
    wall, used = time.perf_counter(), cpu(pids)
    pages = batch()
    walls.append((time.perf_counter() - wall) / len(images))
    cpus.append((cpu(pids) - used) / len(images))
rows = [{"wall": statistics.median(walls), "cpu": statistics.median(cpus), "cer": cer(reference, page.text), "bag": bag_cer(reference, page.text)} for page, reference in zip(pages, truth["texts"])]
peak = max(int(re.search(r"VmHWM:\s+(\d+)", open(f"/proc/{pid}/status").read()).group(1)) for pid in pids) / 1024
print(json.dumps({"rows": rows, "peak_mib": peak}))
"""


def prepare(folder: Path, style: str, dpi: int) -> Path:
    """Render the bench pages in one scan style at one dpi, as PNGs with their truth texts."""
    from dataclasses import replace

    import pypdfium2 as pdfium

    from samples.scan import STYLES, scan_pages

    target = folder / f"{style}-{dpi}"
    target.mkdir(parents=True)
    source = pdfium.PdfDocument(str(SOURCE))
    subset = pdfium.PdfDocument.new()
    subset.import_pages(source, [n - 1 for n in PAGES])
    subset.save(str(target / "subset.pdf"))
    texts = [source[n - 1].get_textpage().get_text_range() for n in PAGES]
    for number, image in enumerate(scan_pages(target / "subset.pdf", replace(STYLES[style], dpi=dpi), seed=dpi), 1):
        image.save(target / f"page-{number:02d}.png")
    (target / "truth.json").write_text(json.dumps({"dpi": dpi, "texts": texts}, ensure_ascii=False), encoding="utf-8")
    return target


def run(config: str, folder: Path, repeat: int) -> dict:
    engine, kwargs, overrides = CONFIGS[config]
    command = [
        sys.executable,
        "-c",
        _POOL_CHILD if engine == "pool" else _CHILD,
        engine,
        json.dumps(kwargs),
        json.dumps(overrides),
        str(folder),
        str(repeat),
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def row(config: str, style: str, dpi: int, result: dict) -> str:
    if "error" in result:
        return f"| {config} | {style} | {dpi} | — | — | — | — | — | {result['error'][:80]} |"
    rows = result["rows"]
    wall = statistics.median(r["wall"] for r in rows)
    cpu = statistics.median(r["cpu"] for r in rows)
    mean_cer = statistics.mean(r["cer"] for r in rows)
    worst = max(r["cer"] for r in rows)
    bag = statistics.mean(r["bag"] for r in rows)
    return (
        f"| {config} | {style} | {dpi} | {wall:.2f} | {cpu:.2f} | {100 * mean_cer:.2f} % | {100 * worst:.2f} % "
        f"| {100 * bag:.2f} % | {result['peak_mib']:.0f} MiB |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr", description=__doc__.splitlines()[0])
    parser.add_argument("--configs", nargs="+", default=list(CONFIGS), choices=list(CONFIGS))
    parser.add_argument("--styles", nargs="+", default=["clean", "scan", "noisy"])
    parser.add_argument("--dpi", nargs="+", type=int, default=[200])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    if "tesseract" in args.configs and not shutil.which("tesseract"):
        print("tesseract not installed: its rows are left out", file=sys.stderr)
        args.configs = [c for c in args.configs if c != "tesseract"]
    print(f"load average before: {os.getloadavg()}", flush=True)
    print(
        "| setting | scan | dpi | s/page wall (median) | CPU s/page | mean CER | worst page CER | order-free CER | peak RSS |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        folders = {(style, dpi): prepare(Path(tmp), style, dpi) for style in args.styles for dpi in args.dpi}
        for config in args.configs:
            for (style, dpi), folder in folders.items():
                print(row(config, style, dpi, run(config, folder, args.repeat)), flush=True)
    print(f"load average after: {os.getloadavg()}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
