"""Drafts of committed samples, reviewed once per session (the store tests need real drafts, not made-up ones)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.model import ReviewDraft

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


@pytest.fixture(scope="session")
def sample_draft() -> Callable[[str], ReviewDraft]:
    from reviewer.pipeline import review
    from reviewer.settings import Settings

    cache: dict[str, ReviewDraft] = {}

    def draft(name: str) -> ReviewDraft:
        if name not in cache:
            cache[name] = review([SAMPLES / name], Settings())[1]
        return cache[name]

    return draft


def sample_path(name: str) -> Path:
    return SAMPLES / name
