"""The committed sample case files, read and segmented once per test session, with their ground truth."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from extractors.readers.pdf import read_pdf
from extractors.segment import segment
from reviewer.core.model import Instrument

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
SAMPLE_CASES = ("case-01-market", "case-02-environment", "case-03-simple")


@dataclass(frozen=True)
class Sample:
    case: str
    instruments: tuple[Instrument, ...]
    truth: dict[str, Any]

    def of_kind(self, *kinds: str) -> list[Instrument]:
        return [instrument for instrument in self.instruments if instrument.kind in kinds]

    @property
    def decision(self) -> Instrument:
        (decision,) = self.of_kind("penalty_decision", "onsite_decision")
        return decision


@cache
def _load(case: str) -> Sample:
    instruments = tuple(segment(list(read_pdf(SAMPLES / f"{case}.pdf"))))
    truth = json.loads((SAMPLES / f"{case}.truth.json").read_text(encoding="utf-8"))
    return Sample(case, instruments, truth)


@pytest.fixture(params=SAMPLE_CASES)
def sample(request: pytest.FixtureRequest) -> Sample:
    """Each committed sample case in turn."""
    return _load(request.param)
