"""Randomly damaged copies of the committed samples through the whole review: no traceback, no hang, no empty draft.

    .venv/bin/python bench/fuzz.py --count 2000 --seed 1 [--workers 2] [--timeout 600] [--ocr-dpi 72] [--with-long] [--keep out/fuzz] [--json out/fuzz.json]

Each case is one sample (a text PDF, a DOCX, a ZIP of both, a scan page as JPEG, PNG or TIFF) with one damage
applied: flipped bytes, truncation, a zeroed or overwritten range, a duplicated range, a duplicated PDF object,
a broken xref / startxref, a DOCX or ZIP with a part missing or malformed. The case runs through
`reviewer.pipeline.run.review` in a worker process; a case taking longer than `--timeout` seconds is a hang
(the worker is killed and replaced). Outcomes:

* ``draft``: reviewed, nothing refused;  ``partial``: reviewed, with the parts it could not read listed in
  ``errors``;  ``refused``: a typed error with a Chinese message and exit code 2;
* failures: ``traceback`` (any other exception), ``hang``, ``empty`` (a draft whose pages are all empty
  and say nothing about why), ``untyped`` (a refusal without a Chinese message or with another exit code).

The tests drive the same damage functions with hypothesis (tests/bench/test_fuzz.py); this run is the long one.
Numbers are for people, never asserted in tests.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing as mp
import os
import random
import re
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
#: Longest side of the scan page used for the image formats (OCR time grows with pixels; damage does not).
IMAGE_SIDE = 400
OUTCOMES_OK = ("draft", "partial", "refused")
OUTCOMES_BAD = ("traceback", "hang", "empty", "untyped")
_CJK = re.compile(r"[\u4e00-\u9fff]")

Mutator = Callable[[bytes, random.Random], bytes]


# ── the inputs ─────────────────────────────────────────────────────────────────────────────────────────


def _zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _image(fmt: str) -> bytes:
    from PIL import Image

    with Image.open(SAMPLES / "scans" / "case-17-simple-over-limit-photos" / "page-01.jpg") as image:
        image.thumbnail((IMAGE_SIDE, IMAGE_SIDE))
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format=fmt)
    return buffer.getvalue()


def bases() -> dict[str, tuple[str, bytes]]:
    """name → (suffix, bytes): the undamaged inputs, all from committed samples."""
    pdf = (SAMPLES / "case-03-simple.pdf").read_bytes()
    docx = (SAMPLES / "case-03-simple.docx").read_bytes()
    return {
        "pdf": (".pdf", pdf),
        "pdf-long": (".pdf", (SAMPLES / "case-01-market.pdf").read_bytes()),
        "docx": (".docx", docx),
        "zip": (".zip", _zip_of({"1-案卷.pdf": pdf, "2-文书.docx": docx})),
        "jpeg": (".jpg", _image("JPEG")),
        "png": (".png", _image("PNG")),
        "tiff": (".tif", _image("TIFF")),
    }


# ── damage ─────────────────────────────────────────────────────────────────────────────────────────────


def _span(data: bytes, rnd: random.Random, longest: int = 4096) -> tuple[int, int]:
    start = rnd.randrange(len(data))
    return start, min(len(data), start + rnd.randint(1, longest))


def flip_bytes(data: bytes, rnd: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 32)):
        out[rnd.randrange(len(out))] ^= rnd.randint(1, 255)
    return bytes(out)


def truncate(data: bytes, rnd: random.Random) -> bytes:
    return data[: rnd.randrange(len(data))]


def zero_range(data: bytes, rnd: random.Random) -> bytes:
    start, end = _span(data, rnd)
    return data[:start] + bytes(end - start) + data[end:]


def overwrite_range(data: bytes, rnd: random.Random) -> bytes:
    start, end = _span(data, rnd)
    return data[:start] + rnd.randbytes(end - start) + data[end:]


def duplicate_range(data: bytes, rnd: random.Random) -> bytes:
    start, end = _span(data, rnd)
    at = rnd.randrange(len(data))
    return data[:at] + data[start:end] + data[at:]


_PDF_OBJECT = re.compile(rb"\d+ \d+ obj\b.*?endobj", re.DOTALL)


def pdf_duplicate_object(data: bytes, rnd: random.Random) -> bytes:
    """Insert a copy of one object (same number) before another object, or at the end."""
    objects = list(_PDF_OBJECT.finditer(data))
    if not objects:
        return duplicate_range(data, rnd)
    copy = rnd.choice(objects).group()
    at = rnd.choice(objects).start() if rnd.random() < 0.7 else len(data)
    return data[:at] + copy + b"\n" + data[at:]


def pdf_break_xref(data: bytes, rnd: random.Random) -> bytes:
    """Point startxref somewhere wrong, or scramble entries of the xref table / stream."""
    choice = rnd.random()
    start = data.rfind(b"startxref")
    if choice < 0.4 and start >= 0:
        end = data.find(b"%%EOF", start)
        end = end if end > 0 else len(data)
        return data[:start] + b"startxref\n" + str(rnd.randrange(len(data) * 2)).encode() + b"\n" + data[end:]
    table = data.rfind(b"xref")
    if table < 0:
        return flip_bytes(data, rnd)
    out = bytearray(data)
    for _ in range(rnd.randint(1, 12)):
        pos = table + rnd.randrange(max(1, min(2000, len(data) - table)))
        out[pos] = rnd.choice(b"0123456789 nf\n")
    return bytes(out)


def _rezip(data: bytes, change: Callable[[dict[str, bytes]], dict[str, bytes]]) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
    except (zipfile.BadZipFile, OSError, EOFError):
        return data
    return _zip_of(change(members))


def zip_drop_member(data: bytes, rnd: random.Random) -> bytes:
    """A DOCX or ZIP without one of its parts ([Content_Types].xml, word/document.xml, a rels file …)."""

    def drop(members: dict[str, bytes]) -> dict[str, bytes]:
        if members:
            members.pop(rnd.choice(sorted(members)))
        return members

    return _rezip(data, drop)


def zip_damage_member(data: bytes, rnd: random.Random) -> bytes:
    """One part damaged inside a well-formed archive: XML cut short or garbled, a member's bytes mangled."""

    def damage(members: dict[str, bytes]) -> dict[str, bytes]:
        if not members:
            return members
        name = rnd.choice(sorted(members))
        part = members[name] or b" "
        if name.endswith((".xml", ".rels")) and rnd.random() < 0.5:
            members[name] = part[: rnd.randrange(len(part))] + rnd.choice([b"", b"<w:p><w:r>", b"&bogus;", b"\xff\xfe"])
        else:
            members[name] = rnd.choice(GENERIC)(part, rnd)
        return members

    return _rezip(data, damage)


def header_kept(mutator: Mutator) -> Mutator:
    """The same damage past the first bytes, so the format is still recognised and the reader gets to work."""

    def mutate(data: bytes, rnd: random.Random) -> bytes:
        keep = min(len(data) - 1, 64)
        return data[:keep] + mutator(data[keep:], rnd)

    mutate.__name__ = f"{mutator.__name__}_after_header"
    return mutate


GENERIC: tuple[Mutator, ...] = (flip_bytes, truncate, zero_range, overwrite_range, duplicate_range)
KEPT = tuple(header_kept(m) for m in GENERIC)
MUTATORS: dict[str, tuple[Mutator, ...]] = {
    "pdf": GENERIC + KEPT + (pdf_duplicate_object, pdf_break_xref),
    "pdf-long": (*KEPT, pdf_duplicate_object, pdf_break_xref),
    "docx": (*GENERIC, zip_drop_member, zip_damage_member, zip_damage_member),
    "zip": (*GENERIC, zip_drop_member, zip_damage_member, zip_damage_member),
    "jpeg": GENERIC + KEPT,
    "png": GENERIC + KEPT,
    "tiff": GENERIC + KEPT,
}


# ── one case ───────────────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Result:
    base: str
    mutator: str
    outcome: str
    detail: str
    #: CPU seconds of the review (or wall seconds waited, for a hang or a dead worker).
    seconds: float


def classify(path: Path) -> tuple[str, str]:
    """Review one file in this process: (outcome, detail)."""
    from reviewer.core.errors import ExitCode, ReviewerError
    from reviewer.core.settings import get_settings
    from reviewer.pipeline.run import review

    try:
        case, draft = review([path], get_settings())
    except ReviewerError as error:
        if error.exit_code != ExitCode.BAD_INPUT or not _CJK.search(error.user_message):
            return "untyped", f"{type(error).__name__} exit {int(error.exit_code)}: {error.user_message}"
        return "refused", f"{type(error).__name__}: {error.user_message}"
    except Exception as error:  # the point is to catch what nobody planned for
        import traceback

        return "traceback", "".join(traceback.format_exception(error)[-6:])
    if case.errors:
        if not all(_CJK.search(e.message) for e in case.errors):
            return "untyped", "; ".join(f"{e.error}: {e.message}" for e in case.errors)
        return "partial", "; ".join(f"{e.error}: {e.message}" for e in case.errors)
    if not any(p.text.strip() for p in case.pages) and not any(p.warnings for p in case.pages):
        return "empty", f"{draft.pages} pages, no text, no warning"
    return "draft", f"{draft.pages} pages"


def _worker(connection: Any) -> None:
    while True:
        message = connection.recv()
        if message is None:
            return
        started = time.process_time()  # CPU of all this process's threads: wall time depends on the machine's load
        outcome, detail = classify(Path(message))
        connection.send((outcome, detail, time.process_time() - started))


class Runner:
    """A worker process that reviews one case at a time; replaced when a case outlives the timeout."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._start()

    def _start(self) -> None:
        context = mp.get_context("spawn")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()

    def run(self, path: Path) -> tuple[str, str, float]:
        started = time.perf_counter()
        self.connection.send(str(path))
        if self.connection.poll(self.timeout):
            try:
                outcome, detail, seconds = self.connection.recv()
                return outcome, detail, seconds
            except EOFError:
                pass
            self._restart()
            return "traceback", f"worker died (exit {self.process.exitcode})", time.perf_counter() - started
        self._restart()
        return "hang", f"no result after {self.timeout:g} s", time.perf_counter() - started

    def _restart(self) -> None:
        self.process.kill()
        self.process.join()
        self._start()

    def close(self) -> None:
        self.connection.send(None)
        self.process.join(timeout=10)


def plan(count: int, seed: int, with_long: bool = False) -> list[tuple[str, Mutator, int]]:
    """The cases: (base, mutator, the mutator's own seed), reproducible from `seed`."""
    rnd = random.Random(seed)
    # The 22-page PDF costs an OCR run per page once its text layer is damaged: only with --with-long.
    names = [name for name in sorted(MUTATORS) if with_long or name != "pdf-long"]
    # Images cost an OCR run each; keep them a minority so the run stays about the readers.
    weights = [3 if n in ("pdf", "docx", "zip") else 1 for n in names]
    cases = []
    for _ in range(count):
        base = rnd.choices(names, weights)[0]
        cases.append((base, rnd.choice(MUTATORS[base]), rnd.randrange(2**32)))
    return cases


def run(
    count: int,
    seed: int,
    timeout: float,
    keep: Path | None,
    progress: Path | None = None,
    *,
    workers: int = 1,
    with_long: bool = False,
) -> list[Result]:
    """Every case of the plan, `workers` worker processes at a time; results in plan order."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    inputs = bases()
    cases = plan(count, seed, with_long)
    results: dict[int, Result] = {}
    lock = threading.Lock()

    def lane(lane_number: int, tmp: Path) -> None:
        runner = Runner(timeout)
        try:
            for number in range(lane_number + 1, len(cases) + 1, workers):
                base, mutator, case_seed = cases[number - 1]
                suffix, data = inputs[base]
                path = tmp / f"case-{number:05d}{suffix}"
                path.write_bytes(mutator(data, random.Random(case_seed)))
                outcome, detail, seconds = runner.run(path)
                result = Result(base, mutator.__name__, outcome, detail, seconds)
                if outcome in OUTCOMES_BAD:
                    print(
                        f"[{number}] {base} {mutator.__name__} seed={case_seed}: {outcome}\n{detail}", file=sys.stderr
                    )
                    if keep is not None:
                        keep.mkdir(parents=True, exist_ok=True)
                        path.replace(keep / path.name)
                path.unlink(missing_ok=True)
                with lock:
                    results[number] = result
                    done = [results[n] for n in sorted(results)]
                    if len(done) % 100 == 0:
                        print(f"{len(done)}/{count} {dict(Counter(r.outcome for r in done))}", file=sys.stderr)
                        if progress is not None:  # a long run can be read while it goes on
                            progress.write_text(json.dumps(summary(done), ensure_ascii=False, indent=2), "utf-8")
        finally:
            runner.close()

    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp, ThreadPoolExecutor(workers) as pool:
        for future in [pool.submit(lane, k, Path(tmp)) for k in range(workers)]:
            future.result()
    return [results[n] for n in sorted(results)]


def summary(results: list[Result]) -> dict[str, Any]:
    times = sorted(r.seconds for r in results)
    by_base: dict[str, Counter[str]] = {}
    for r in results:
        by_base.setdefault(r.base, Counter())[r.outcome] += 1
    return {
        "cases": len(results),
        "outcomes": dict(Counter(r.outcome for r in results)),
        "by_base": {base: dict(counts) for base, counts in sorted(by_base.items())},
        "median_cpu_s": round(times[len(times) // 2], 3) if times else None,
        "max_cpu_s": round(times[-1], 3) if times else None,
        "failures": [r.__dict__ for r in results if r.outcome in OUTCOMES_BAD][:50],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--timeout", type=float, default=600.0, help="wall seconds before a case counts as a hang (mind the load)"
    )
    parser.add_argument("--workers", type=int, default=1, help="worker processes reviewing cases side by side")
    parser.add_argument("--with-long", action="store_true", help="also damage the 22-page sample (OCR-heavy)")
    parser.add_argument("--keep", type=Path, help="folder to keep the files of failing cases in")
    parser.add_argument("--json", type=Path, help="write the summary as JSON here")
    parser.add_argument(
        "--ocr-dpi", type=int, default=72, help="OCR render dpi (REVIEWER_OCR_DPI); low keeps the run about the readers"
    )
    args = parser.parse_args()
    os.environ["REVIEWER_OCR_DPI"] = str(args.ocr_dpi)  # the spawned worker reads its settings from here
    started = time.perf_counter()
    result = summary(
        run(args.count, args.seed, args.timeout, args.keep, args.json, workers=args.workers, with_long=args.with_long)
    )
    result["wall_s"] = round(time.perf_counter() - started, 1)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    sys.exit(1 if any(result["outcomes"].get(bad) for bad in OUTCOMES_BAD) else 0)


if __name__ == "__main__":
    main()
