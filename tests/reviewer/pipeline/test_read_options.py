"""The readers' limits come from the settings (REVIEWER_MAX_PAGES_PER_CASE, REVIEWER_MAX_IMAGE_PIXELS)."""

from __future__ import annotations

import pytest


def test_limits_come_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core.settings import Settings
    from reviewer.pipeline.run import read_options

    monkeypatch.setenv("REVIEWER_MAX_PAGES_PER_CASE", "12")
    monkeypatch.setenv("REVIEWER_MAX_IMAGE_PIXELS", "3000000")
    options = read_options(Settings())
    assert (options.max_pages, options.max_image_pixels) == (12, 3_000_000)
