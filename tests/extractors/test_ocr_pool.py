"""Scanned pages read by worker processes come back complete and in page order, as one process reads them."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import Future
from multiprocessing.connection import Connection
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractors.ocr import OcrOptions
from extractors.ocr.pool import in_order, worker_choice
from extractors.ocr.registry import EngineChoice, RapidOcrOptions
from extractors.readers.pdf import read_pdf
from reviewer.core.model import Page

ROOT = Path(__file__).resolve().parents[2]


def _page(number: int) -> Page:
    return Page(index=number, source="s.pdf", source_page=number, origin="ocr", text=str(number))


def test_in_order_keeps_the_order_and_looks_ahead_while_the_first_page_is_read():
    futures: list[Future[Page]] = [Future() for _ in range(4)]
    consumed: list[int] = []

    def items():
        for number, future in enumerate(futures, start=1):
            consumed.append(number)
            if number == 3:  # the first page finishes while the third is being handed out
                futures[0].set_result(_page(1))
            yield future
        consumed.append(5)
        yield _page(5)

    pages = in_order(items(), ahead=2)
    assert next(pages).source_page == 1 and consumed == [1, 2, 3]
    futures[3].set_result(_page(4))  # the fourth is done before the second and third: still yielded after them
    futures[2].set_result(_page(3))
    futures[1].set_result(_page(2))
    assert [page.source_page for page in pages] == [2, 3, 4, 5]


def test_a_failed_page_raises_where_it_stands():
    failed: Future[Page] = Future()
    failed.set_exception(RuntimeError("engine died"))
    pages = in_order([_page(1), failed, _page(3)], ahead=2)
    assert next(pages).source_page == 1
    with pytest.raises(RuntimeError):
        next(pages)


def test_workers_split_the_cores_between_them():
    split = worker_choice(EngineChoice(), 2).options
    assert isinstance(split, RapidOcrOptions) and split.threads >= 1
    kept = worker_choice(EngineChoice(options=RapidOcrOptions(threads=3)), 2).options
    assert isinstance(kept, RapidOcrOptions) and kept.threads == 3
    assert worker_choice(EngineChoice(), 1) == EngineChoice()


def test_two_workers_read_a_mixed_pdf_like_one_process(tmp_path):
    """Text-layer pages pass straight through; scanned pages come back from the pool in their places."""
    mixed = pdfium.PdfDocument.new()
    scan = pdfium.PdfDocument(str(ROOT / "samples" / "scans" / "case-03-simple-scan.pdf"))
    mixed.import_pages(scan, [0])
    mixed.import_pages(pdfium.PdfDocument(str(ROOT / "samples" / "case-03-simple.pdf")), [1])
    mixed.import_pages(scan, [2, 3])
    mixed.save(str(tmp_path / "mixed.pdf"))
    alone = list(read_pdf(tmp_path / "mixed.pdf", ocr=OcrOptions()))
    pooled = list(read_pdf(tmp_path / "mixed.pdf", ocr=OcrOptions(workers=2)))
    assert [p.origin for p in pooled] == ["ocr", "text", "ocr", "ocr"]
    assert [p.source_page for p in pooled] == [1, 2, 3, 4] == [p.index for p in pooled]
    assert [p.text for p in pooled] == [p.text for p in alone]
    assert [p.red_seal for p in pooled] == [p.red_seal for p in alone]


def test_workers_leave_when_the_process_that_started_them_is_killed():
    """An rq work horse ends with os._exit: its OCR workers must not stay behind holding their models."""
    script = (
        "import os, sys\n"
        "from extractors.ocr.pool import page_pool\n"
        "from extractors.ocr.registry import EngineChoice\n"
        "pool = page_pool(EngineChoice(), 2)\n"
        "pool.submit(os.getpid).result()\n"
        "print(' '.join(map(str, pool._processes)), flush=True)\n"
        "os._exit(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    pids = [int(pid) for pid in done.stdout.split()]
    assert pids, done.stderr  # workers start on demand: at least the one that answered
    deadline = time.monotonic() + 60
    while any(Path(f"/proc/{pid}").exists() for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not [pid for pid in pids if Path(f"/proc/{pid}").exists()]


def test_two_workers_read_a_multipage_tiff_in_frame_order(tmp_path):

    from extractors.readers.image import read_image

    scan = pdfium.PdfDocument(str(ROOT / "samples" / "scans" / "case-03-simple-scan.pdf"))
    frames = [scan[i].render(scale=150 / 72).to_pil().convert("L") for i in (2, 0, 3)]
    frames[0].save(tmp_path / "scan.tif", save_all=True, append_images=frames[1:], dpi=(150, 150))
    alone = list(read_image(tmp_path / "scan.tif", ocr=OcrOptions()))
    pooled = list(read_image(tmp_path / "scan.tif", ocr=OcrOptions(workers=2)))
    assert [p.source_page for p in pooled] == [1, 2, 3] and all(p.text for p in pooled)
    assert [p.text for p in pooled] == [p.text for p in alone]
    assert "行政处罚决定书" in pooled[1].text


def _read_in_daemon(path: str, answer: Connection) -> None:
    try:
        pages = list(read_pdf(Path(path), ocr=OcrOptions(workers=2)))
        answer.send(("ok", [page.origin for page in pages]))
    except BaseException as error:  # the assertion under test: nothing may escape
        answer.send(("error", repr(error)))


def test_a_daemonic_process_reads_its_scans_itself_rather_than_failing():
    """Python forbids a daemonic process children: such a process (a batch tool's worker) gets no pool."""
    import multiprocessing

    assert OcrOptions(workers=2).pooled and not OcrOptions(workers=1).pooled
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    scan = ROOT / "samples" / "scans" / "case-03-simple-scan.pdf"
    worker = context.Process(target=_read_in_daemon, args=(str(scan), child), daemon=True)
    worker.start()
    assert parent.poll(600), "the daemonic reader gave no answer"
    outcome, detail = parent.recv()
    worker.join(30)
    assert outcome == "ok", detail
    assert detail and set(detail) == {"ocr"}
