"""A folded view of a text for the field extractors: full-width ASCII made ASCII, whitespace dropped.

PDF text layers wrap paragraphs at the page edge, so amounts (壹拾伍\\n万元整), citations (第六十条第\\n二款) and
rights sentences are often split by a line break; OCR also spaces out digits (30 000元). The extractors
search the folded text and map every hit back to offsets in the caller's text, so evidence always quotes
what is really on the page.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from reviewer.core.text import FULL_WIDTH

__all__ = ["CN_DIGIT", "WIDE_ALNUM", "Folded", "cn_int", "fold"]


#: What folding drops: whitespace, the ideographic and no-break spaces, zero-width spaces.
_SPACE = r"\s\u3000\u00a0\u200b"
#: What folding keeps, a run at a time: everything but those (and, when asked, line breaks too).
_KEPT_RUN = re.compile(rf"[^{_SPACE}]+")
_KEPT_RUN_OR_NEWLINE = re.compile(rf"[^{_SPACE}]+|\n")

#: Full-width digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) to ASCII and nothing else, one character for one (a
#: `str.translate` table): a reader that quotes what it matched keeps the line's Chinese punctuation (，：（）) as
#: printed, yet reads ９１４１… and １５日 as it reads 9141… and 15日.
WIDE_ALNUM = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}

#: Chinese digits (lower case, financial capitals and OCR zero look-alikes) to their value.
CN_DIGIT: dict[str, int] = {
    "〇": 0,
    "○": 0,
    "◯": 0,
    "零": 0,
    "O": 0,
    "o": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
    **{str(n): n for n in range(10)},
}
#: Units below 万.
CN_SMALL_UNIT: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}


@dataclass(frozen=True)
class Folded:
    """`text` with whitespace removed and full-width ASCII folded; `origin[i]` is where text[i] came from."""

    text: str
    origin: tuple[int, ...]
    source_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the source text of the folded range [start, end)."""
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else self.source_length
            return position, position
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str, *, keep_newlines: bool = False) -> Folded:
    """Fold `text`: drop whitespace (line breaks too unless `keep_newlines`), make full-width ASCII ASCII.

    The readers fold the same decision text many times over, so the last few results are kept (a `Folded` is
    immutable)."""
    return _fold(text, keep_newlines)


@functools.lru_cache(maxsize=64)
def _fold(text: str, keep_newlines: bool) -> Folded:
    wide = text.translate(FULL_WIDTH)
    kept = (_KEPT_RUN_OR_NEWLINE if keep_newlines else _KEPT_RUN).finditer(wide)
    runs = [(match.group(), match.start(), match.end()) for match in kept]
    origin = tuple(itertools.chain.from_iterable(range(start, end) for _, start, end in runs))
    return Folded("".join(run for run, _, _ in runs), origin, len(text))


def cn_int(text: str) -> int | None:
    """A whole number written in Chinese or Arabic numerals, below 10^8: 五十七, 十, 一百零五, 57, 二〇."""
    text = text.translate(FULL_WIDTH)
    if not text:
        return None
    if all(char in CN_DIGIT for char in text):
        return int("".join(str(CN_DIGIT[char]) for char in text))
    total, section, digit = 0, 0, None
    for char in text:
        if char in CN_DIGIT:
            digit = CN_DIGIT[char]
        elif char in CN_SMALL_UNIT:
            section += (1 if digit is None else digit) * CN_SMALL_UNIT[char]
            digit = None
        elif char in "万萬":
            total += (section + (digit or 0)) * 10_000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)
