"""A period counted in days within which something must be done (十五日内, 15天内, 拾伍日之内, 三个工作日内).

The payment terms and the statement period a decision recounts are both written this way; one reader keeps
them agreeing on what counts as a period and what is only the day of a date (3月20日内 is a deadline by date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fields.folding import cn_int

__all__ = ["DaysWithin", "days_within", "labelled_days"]

_NUMERALS = "0-9０-９一二三四五六七八九十拾壹贰叁肆伍陆柒捌玖"
#: Not after 月 or another numeral, so the day of a date (3月20日内) is no period; 个 and spaces may stand
#: between the number and its unit (十五 个 工作日内 in a text layer that spaces its characters).
_DAYS_WITHIN = re.compile(
    rf"(?<![月{_NUMERALS}])(?P<n>[{_NUMERALS}]+)\s*个?\s*(?P<unit>工作日|日|天)\s*(?:内|之内|以内)"
)

#: A period under a 期限 label that leaves 内 off (缴款期限为自收到本决定书之日起十五日): a few words may stand between
#: the label and the number, never a clause break.
_LABELLED_DAYS = re.compile(
    rf"期限(?:为|是|[:：])(?:自|从)?[^。；;，,]{{0,24}}?(?<![月{_NUMERALS}])(?P<n>[{_NUMERALS}]+)个?(?P<unit>工作日|日|天)"
)


@dataclass(frozen=True)
class DaysWithin:
    """A period of `amount` days (working days when `working`), as `raw` is printed, at `start` in the text."""

    amount: int
    working: bool
    raw: str
    start: int


def days_within(text: str) -> DaysWithin | None:
    """The first period in days in `text`; None without one (or when its number cannot be read)."""
    for found in _DAYS_WITHIN.finditer(text):
        amount = cn_int(found.group("n"))
        if amount:
            return DaysWithin(
                amount=amount, working=found.group("unit") == "工作日", raw=found.group(), start=found.start()
            )
    return None


def labelled_days(text: str) -> DaysWithin | None:
    """The first period in days under a 期限 label (期限为十五日), with `raw` from its number; None without one."""
    for found in _LABELLED_DAYS.finditer(text):
        amount = cn_int(found.group("n"))
        if amount:
            start = found.start("n")
            return DaysWithin(
                amount=amount, working=found.group("unit") == "工作日", raw=text[start : found.end()], start=start
            )
    return None
