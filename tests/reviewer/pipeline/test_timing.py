"""Stage timings: one context manager records each stage, also when the stage fails."""

from __future__ import annotations

import pytest

from reviewer.pipeline.timing import timed


def test_stages_are_recorded_in_order_even_when_they_fail() -> None:
    timings: dict[str, float] = {}
    with timed(timings, "total"):
        with timed(timings, "ingest"):
            pass
        with pytest.raises(ValueError, match="bad"), timed(timings, "segment"):
            raise ValueError("bad")
    assert list(timings) == ["ingest", "segment", "total"]
    assert all(seconds >= 0 for seconds in timings.values()) and timings["total"] >= timings["ingest"]
