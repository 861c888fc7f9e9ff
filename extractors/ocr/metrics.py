"""Character error rate, the one accuracy number the OCR tests and bench/ocr.py quote.

Whitespace is ignored (OCR and text layers space Chinese differently) and half-width brackets, colons and
commas count as their full-width forms (an OCR engine may print either; the extractors read both). Both
texts are compared in reading order, so a wrong order costs errors too.
"""

from __future__ import annotations

import re
from collections import Counter

_SPACE = re.compile(r"\s+")
_HALF_TO_FULL = str.maketrans(
    {"(": "（", ")": "）", "[": "［", "]": "］", ":": "：", ",": "，", ";": "；", "?": "？", "!": "！"}
)


def normalise(text: str) -> str:
    return _SPACE.sub("", text).translate(_HALF_TO_FULL)


def edit_distance(reference: str, hypothesis: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions each cost 1), in O(len·len) time."""
    if len(reference) < len(hypothesis):
        reference, hypothesis = hypothesis, reference
    previous = list(range(len(hypothesis) + 1))
    for i, ref_char in enumerate(reference, start=1):
        current = [i]
        for j, hyp_char in enumerate(hypothesis, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_char != hyp_char)))
        previous = current
    return previous[-1]


def cer(reference: str, hypothesis: str) -> float:
    """Edits needed per reference character, after `normalise`."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    return edit_distance(ref, hyp) / max(len(ref), 1)


def bag_cer(reference: str, hypothesis: str) -> float:
    """Order-free error: characters missing or misread, wherever they stand. Beside `cer` it tells a
    recognition error from a reading-order difference (a form's label cell beside another row)."""
    ref, hyp = Counter(normalise(reference)), Counter(normalise(hypothesis))
    shared = sum((ref & hyp).values())
    return (max(sum(ref.values()), sum(hyp.values())) - shared) / max(sum(ref.values()), 1)
