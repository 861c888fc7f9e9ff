"""The scanned pages of one file read by several worker processes at once, handed back in page order.

One process reading a page leaves a core idle through most of it: ONNX Runtime spreads the two model runs
over the cores, but image preparation, line cropping and the detector's post-processing are Python on one
core. Two processes, each with its own engine and one runtime thread per core share, keep both cores busy
(bench/ocr.py: `int8-2proc`). REVIEWER_OCR_WORKERS sets how many; 1 reads in the calling process.

Each worker process loads its engine once (`spawn`: no runtime threads inherited from the parent) and keeps
it for every later page and file; the pool lives as long as the process that made it (an rq worker, the
CLI). Pages go out as images and come back as `Page`s; at most `2 × workers` are in flight, so memory stays
flat in the page count.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace

from PIL import Image

from extractors.ocr.registry import EngineChoice, RapidOcrOptions, get_engine
from reviewer.core.model import Page

_POOLS: dict[tuple[EngineChoice, int], ProcessPoolExecutor] = {}
_WORKER_CHOICE: EngineChoice | None = None
_PARENT_POLL_S = 2.0


def worker_choice(choice: EngineChoice, workers: int) -> EngineChoice:
    """The engine each of `workers` processes builds: PP-OCR's automatic runtime threads split the cores."""
    options = choice.options
    if isinstance(options, RapidOcrOptions) and options.threads == 0 and workers > 1:
        share = max(1, (os.cpu_count() or 1) // workers)
        return replace(choice, options=options.model_copy(update={"threads": share}))
    return choice


def _start_worker(choice: EngineChoice) -> None:
    global _WORKER_CHOICE
    _WORKER_CHOICE = choice
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    get_engine(choice)  # load the models now, not on the first page


def _exit_with_parent(parent: int) -> None:
    """Leave when the process that started the pool is gone: an rq work horse ends with `os._exit`, which
    shuts no pool down, and a worker holding its models must not outlive it."""
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_S)
    os._exit(0)


def _read(image: Image.Image, dpi: float, source: str, number: int, low_confidence: float) -> Page:
    from extractors.ocr.page import ocr_page

    assert _WORKER_CHOICE is not None, "OCR pool worker started without an engine"
    engine = get_engine(_WORKER_CHOICE)
    return ocr_page(image, engine, dpi=dpi, source=source, number=number, low_confidence=low_confidence)


def page_pool(choice: EngineChoice, workers: int) -> ProcessPoolExecutor:
    """The process's pool for this engine and size, started on first use."""
    key = (choice, workers)
    if key not in _POOLS:
        context = multiprocessing.get_context("spawn")
        _POOLS[key] = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(worker_choice(choice, workers),)
        )
    return _POOLS[key]


def submit_page(
    choice: EngineChoice, workers: int, image: Image.Image, *, dpi: float, source: str, number: int, low: float
) -> Future[Page]:
    """OCR one page image in the pool; the future's `Page` is what `ocr_page` would have returned."""
    return page_pool(choice, workers).submit(_read, image, dpi, source, number, low)


def in_order(items: Iterable[Page | Future[Page]], ahead: int) -> Iterator[Page]:
    """Yield `items` in their order, each future once it is done, keeping at most `ahead` futures pending
    (the iterator is consumed ahead of what was yielded, which is what lets the workers overlap)."""
    waiting: deque[Page | Future[Page]] = deque()
    pending = 0

    def ready(item: Page | Future[Page]) -> Page:
        return item.result() if isinstance(item, Future) else item

    for item in items:
        waiting.append(item)
        pending += isinstance(item, Future)
        while waiting and (pending > ahead or not isinstance(waiting[0], Future) or waiting[0].done()):
            head = waiting.popleft()
            pending -= isinstance(head, Future)
            yield ready(head)
    while waiting:
        yield ready(waiting.popleft())


@atexit.register
def _shutdown() -> None:
    for pool in _POOLS.values():
        pool.shutdown(wait=False, cancel_futures=True)
    _POOLS.clear()
