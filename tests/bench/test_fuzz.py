"""Damaged copies of the committed samples (bench/fuzz.py's damage, driven by hypothesis) end in a draft, a draft
listing what it could not read, or a typed refusal with a Chinese message and exit code 2 — never a traceback,
a hang or a silently empty draft. The long run is `bench/fuzz.py --count 2000` by hand."""

from __future__ import annotations

import importlib.util
import random
import re
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.readers.pdf import DAMAGED_PAGE_WARNING
from reviewer.core.settings import Settings, get_settings
from reviewer.pipeline.run import review

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("bench_fuzz", ROOT / "bench" / "fuzz.py")
assert _SPEC and _SPEC.loader
fuzz = importlib.util.module_from_spec(_SPEC)
sys.modules["bench_fuzz"] = fuzz
_SPEC.loader.exec_module(fuzz)

BASES = fuzz.bases()
#: Per case: far above a review of these small files (seconds, OCR on a busy machine included); catches a hang.
CASE_LIMIT_S = 300


@pytest.fixture(autouse=True)
def _cheap_ocr(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Damaged scans are still OCR'd, at the lowest dpi the settings allow: the test is about the readers."""
    monkeypatch.setenv("REVIEWER_OCR_DPI", "72")
    get_settings.cache_clear()
    yield
    monkeypatch.delenv("REVIEWER_OCR_DPI")
    get_settings.cache_clear()


class _Hang(Exception):
    pass


@contextmanager
def time_bound(seconds: int) -> Iterator[None]:
    """Raise `_Hang` in this thread when the block outlives `seconds` (a guard against hangs, not a speed test)."""

    def alarm(signum: int, frame: object) -> None:
        raise _Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _check(path: Path) -> tuple[str, str]:
    with time_bound(CASE_LIMIT_S):
        outcome, detail = fuzz.classify(path)
    assert outcome in fuzz.OUTCOMES_OK, f"{path.name}: {outcome}\n{detail}"
    return outcome, detail


#: The suite's inputs: the small samples (the 22-page PDF is the long run's, its OCR after damage takes minutes).
SUITE_BASES = sorted(name for name in fuzz.MUTATORS if name != "pdf-long")


@settings(
    max_examples=25,
    derandomize=True,  # the same cases on every run: the suite must not fail by chance; bench/fuzz.py explores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_damaged_samples_end_in_a_draft_or_a_typed_refusal(data: st.DataObject, tmp_path: Path) -> None:
    base = data.draw(st.sampled_from(SUITE_BASES), label="base")
    mutator = data.draw(st.sampled_from(fuzz.MUTATORS[base]), label="damage")
    rnd = data.draw(st.randoms(use_true_random=False), label="random")
    suffix, original = BASES[base]
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(mutator(original, rnd))
    _check(path)


@pytest.mark.parametrize(
    ("base", "damage"),
    [
        ("pdf", "pdf_break_xref"),
        ("pdf", "pdf_duplicate_object"),
        ("pdf", "truncate_after_header"),
        ("docx", "zip_drop_member"),
        ("docx", "zip_damage_member"),
        ("zip", "zip_drop_member"),
        ("zip", "zip_damage_member"),
        ("jpeg", "truncate_after_header"),
        ("png", "flip_bytes_after_header"),
        ("tiff", "zero_range_after_header"),
    ],
)
def test_each_format_survives_its_typical_damage(base: str, damage: str, tmp_path: Path) -> None:
    mutator = {m.__name__: m for m in fuzz.MUTATORS[base]}[damage]
    suffix, original = BASES[base]
    for seed in range(2):
        path = tmp_path / f"{seed}{suffix}"
        path.write_bytes(mutator(original, random.Random(seed)))
        _check(path)


def _break_page_object(data: bytes, page: int) -> bytes:
    """The PDF with page `page`'s dictionary opener garbled (same length, so every offset stays right)."""
    pages = [
        m
        for m in re.finditer(rb"\d+ 0 obj\s*<<(?:(?!endobj).)*?endobj", data, re.DOTALL)
        if re.search(rb"/Type\s*/Page\b(?!s)", m.group())
    ]
    target = pages[page - 1]
    at = target.start() + target.group().index(b"<<")
    return data[:at] + b"((" + data[at + 2 :]


def test_a_damaged_page_loses_that_page_only(tmp_path: Path) -> None:
    path = tmp_path / "one-bad-page.pdf"
    path.write_bytes(_break_page_object(BASES["pdf"][1], 2))
    case, draft = review([path], Settings())
    assert [p.source_page for p in case.pages] == [1, 2, 3, 4]
    assert case.pages[1].text == "" and DAMAGED_PAGE_WARNING in case.pages[1].warnings
    assert all(p.text.strip() for i, p in enumerate(case.pages) if i != 1)
    assert [e.error for e in case.errors] == ["DamagedPages"]
    assert "第 2 页已损坏" in case.errors[0].message and draft.errors == case.errors
    assert draft.instruments  # the readable pages were segmented and checked


def test_truncated_archive_members_are_listed(tmp_path: Path) -> None:
    suffix, original = BASES["zip"]
    members = fuzz._rezip(original, lambda m: {name: data[: len(data) // 3] for name, data in m.items()})
    path = tmp_path / f"cut{suffix}"
    path.write_bytes(members)
    outcome, detail = _check(path)
    assert outcome == "refused" and "没有可读取的页面" in detail


def test_a_zip_member_name_flagged_utf8_but_not_is_a_typed_refusal(tmp_path: Path) -> None:
    """Found by `bench/fuzz.py --count 2000 --seed 1` (case 1841): zipfile raised UnicodeDecodeError out of sniff."""
    suffix, original = BASES["zip"]
    name = "1-案卷.pdf".encode()
    assert original.count(name) == 2  # the local header and the central directory, both flagged UTF-8
    path = tmp_path / f"bad-name{suffix}"
    path.write_bytes(original.replace(name, b"1-\x98\x98\x98" + name[5:]))
    outcome, detail = _check(path)
    assert outcome in ("refused", "partial"), detail
