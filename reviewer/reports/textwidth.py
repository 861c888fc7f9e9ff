"""How wide text prints, roughly: enough to size table columns and rows before a word processor lays them out."""

from __future__ import annotations

import unicodedata

#: Width of a narrow character (figures, Latin letters) in ems; wide and ambiguous ones (CJK, □) are square.
NARROW_EM = 0.62


def text_width_pt(text: str, size_pt: float) -> float:
    """Printed width of `text` at `size_pt`, on the generous side (the fallback fonts' figures are wide)."""
    return sum(size_pt * (1.0 if unicodedata.east_asian_width(char) in "WFA" else NARROW_EM) for char in text)
