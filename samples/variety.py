"""Varied cases from a seed: template, fine, 文号 brackets, date styles and zero to three defects.

    python -m samples.generate --out /tmp/set --count 200 --seed 7

Each case starts from one of the agency templates (市场监管 general, 生态环境 major with a hearing, 城管 simple
procedure on a citizen), then takes a fine within the template's band (which sets hearing eligibility by
Henan's thresholds), re-brackets its 文号, rewrites some instruments' dates in another style, and draws
defects among those that apply. Everything comes from one `random.Random(seed)`, so a seed names a set.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
from collections import Counter
from collections.abc import Callable

from samples import forms
from samples.defects import DEFECTS, DefectError, inject_defects
from samples.defects_text import classify_fine
from samples.document import CaseDoc
from samples.edit import amount_fn, map_dates, map_text, reindex

#: Fine bands (yuan, step) per template; the organisation's hearing threshold is 50,000 (省政府令第204号).
BANDS: dict[str, tuple[int, int, int]] = {
    "case-01-market": (5000, 95000, 1000),
    "case-02-environment": (100000, 500000, 10000),
    "case-03-simple": (20, 200, 10),
    "case-18-market-statement": (5000, 95000, 1000),
}
BRACKETS = ("〔〕", "[]", "（）")
DATE_STYLES: tuple[Callable[[dt.date], str], ...] = (
    forms.cn_date,
    forms.cn_numeral_date,
    forms.dot_date,
    forms.iso_date,
)
_YEAR_NO = re.compile(r"[〔\[（](20\d\d)[〕\]）]")


def set_fine(case: CaseDoc, new: int) -> None:
    """Change the fine everywhere it is written; hearing eligibility follows Henan's thresholds."""
    map_text(case.instruments, amount_fn(int(case.fine_yuan), new))
    classify_fine(case, new)


def rebracket(case: CaseDoc, pair: str) -> None:
    """Write every 文号's year in `pair` brackets: 〔2023〕, [2023] or （2023）."""

    def fn(text: str) -> str:
        return _YEAR_NO.sub(lambda m: f"{pair[0]}{m.group(1)}{pair[1]}", text)

    map_text(case.instruments, fn)
    for ins in case.instruments:
        if ins.doc_number:
            ins.doc_number = fn(ins.doc_number)
    reindex(case)


def _restyled(style: Callable[[dt.date], str]) -> Callable[[str], str]:
    """A text edit writing every date of a text in `style`."""
    return lambda text: map_dates(text, lambda day, _: style(day))


def restyle_dates(case: CaseDoc, rng: random.Random, share: float = 0.3) -> None:
    """Rewrite every date of some instruments (about `share` of them) in one other style."""
    for ins in case.instruments:
        if ins.kind in ("cover", "index") or rng.random() >= share:
            continue
        map_text([ins], _restyled(rng.choice(DATE_STYLES)))
    reindex(case)


def vary(
    case: CaseDoc, rng: random.Random, name: str, max_defects: int = 3, drawn: Counter[str] | None = None
) -> CaseDoc:
    """A varied copy of a clean template case, named `name`, with zero to `max_defects` defects injected.

    With `drawn` (how often each defect was injected so far in the set, updated here), rarer defects are more
    likely: a defect that applies to one template only would otherwise be missing from small sets.
    """
    low, high, step = BANDS[case.case_id]
    if rng.random() < 0.7:
        set_fine(case, rng.randrange(low, high + 1, step))
    rebracket(case, rng.choice(BRACKETS))
    restyle_dates(case, rng)
    case.name = case.case_id = name
    for _ in range(rng.randint(0, max_defects)):
        options = sorted(cid for cid, d in DEFECTS.items() if d.varied and cid not in case.defects and d.applies(case))
        if not options:
            break
        pick = (
            rng.choice(options)
            if drawn is None
            else rng.choices(options, weights=[1 / (1 + drawn[cid]) ** 2 for cid in options])[0]
        )
        trial = copy.deepcopy(case)
        try:
            inject_defects(trial, [pick])
        except DefectError:
            continue  # this one would have undone an earlier defect; draw again next round
        case = trial
    if drawn is not None:
        drawn.update(case.defects)
    return case
