"""Where a finding's evidence sits on a page image: its own box when the draft has one, else the lines that
hold the quote. Boxes go to the browser as fractions of the page, so they fit any image width."""

from __future__ import annotations

import re
from typing import Any

from api.web.pages_render import PageView

_SPACE = re.compile(r"\s+")
#: A quote not found whole is tried by its head, which is usually the distinctive part (a title, a date).
HEAD_CHARS = 6


def _fold(text: str) -> str:
    return _SPACE.sub("", text).replace("（", "(").replace("）", ")").replace("：", ":")


def quote_lines(view: PageView, quote: str) -> list[int]:
    """Indices of the lines the quote covers (a quote may run over several lines); [] when not found."""
    folded = _fold(quote)
    if not folded:
        return []
    starts: list[int] = []
    joined = ""
    for line in view.lines:
        starts.append(len(joined))
        joined += _fold(line.text)
    at = joined.find(folded)
    length = len(folded)
    if at < 0 and len(folded) > HEAD_CHARS:
        at, length = joined.find(folded[:HEAD_CHARS]), HEAD_CHARS
    if at < 0:
        return []
    end = at + length
    return [i for i, start in enumerate(starts) if start < end and start + len(_fold(view.lines[i].text)) > at]


def highlight(view: PageView, quote: str, box: Any = None) -> list[dict[str, float]]:
    """Boxes to draw over the page, as {left, top, width, height} fractions of the page."""
    boxes = [tuple(box)] if box else [view.lines[i].box for i in quote_lines(view, quote) if view.lines[i].box]
    return [_fraction(b, view.width, view.height) for b in boxes if b]


def _fraction(box: tuple[float, float, float, float], width: float, height: float) -> dict[str, float]:
    x0, top, x1, bottom = box
    pad = 2.0
    return {
        "left": round(max(0.0, (x0 - pad) / width), 5),
        "top": round(max(0.0, (top - pad) / height), 5),
        "width": round(min(1.0, (x1 - x0 + 2 * pad) / width), 5),
        "height": round(min(1.0, (bottom - top + 2 * pad) / height), 5),
    }
