"""Render this set's texts (texts/rNNN.md) to cases/rNNN.pdf with samples/handdec's renderer, so both hand-written
sets are laid out by one code path: `python -m samples.handdec6.render [rNNN ...]`."""

from __future__ import annotations

import sys
from pathlib import Path

from samples.handdec import render as _render

ROOT = Path(__file__).resolve().parent


def stems() -> list[str]:
    """The texts of this set, in order."""
    return _render.stems(ROOT)


def render_one(stem: str, out_dir: Path | None = None) -> Path:
    """Render texts/<stem>.md to <out_dir>/<stem>.pdf (default cases/)."""
    return _render.render_one(stem, out_dir, root=ROOT)


if __name__ == "__main__":
    sys.exit(_render.main(sys.argv[1:], root=ROOT))
