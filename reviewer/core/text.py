"""Character-level normalisation shared by every layer: full-width ASCII read as ASCII, whitespace dropped.

Scans, DOCX and PDF text layers write the same digits and colons in full width (０-９, ：, （); identifier
checks, field extractors and masking all compare them as ASCII.
"""

from __future__ import annotations

import re

__all__ = ["FULL_WIDTH", "compact"]

#: Full-width ASCII (０-９, Ａ-Ｚ, ：, （ …) to ASCII, one character for one (a `str.translate` table).
FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def compact(text: str) -> str:
    """The text without any whitespace: a name or a sentence wrapped across lines is one string again."""
    return re.sub(r"\s+", "", text)
