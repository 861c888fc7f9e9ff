"""The limitation period (追责时效, 行政处罚法 第三十六条): substance.limitation.

A violation not discovered within two years (five for the listed life-, health- and financial-safety cases)
may no longer be punished; a continuing violation counts from the day it ends. Decisions state the act's
time loosely (于2023年1月初购进……至案发时已售出), so the predicate only decides what the text settles:

* the dates it reads are those of the decision's facts section (before 违反了 / 上述事实 / 以上事实), on or
  before the day the agency found the case (案源登记, else 立案, else the decision); a partial date
  (2023年1月, 2019年) stands for its whole month or year;
* pass when even the earliest such date lies within the short period before discovery: the act cannot have
  ended before a date the facts give for it;
* fail only when even the latest such date lies more than the long period before discovery and the text
  does not say the act went on (至今, 至案发, 持续 …);
* anything between is `unknown`: whether the long period applies depends on the kind of case.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.registry import register
from checklists.schema import CheckSpec
from extractors.fields.dates import find_dates

_FACTS_END = re.compile("违反了|上述事实|以上事实|主要证据|证据如下")
_PARTIAL = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月)?(?![0-9]{1,2}日)(?![0-9]{1,2}月)")
_GOING_ON = re.compile("至今|至案发|持续|一直|仍在|尚未停止")
PASS_CONFIDENCE = 0.9


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def facts_section(text: str) -> str | None:
    """The decision's statement of facts: its text up to the legal assessment (None when no marker shows)."""
    end = _FACTS_END.search(text)
    return text[: end.start()] if end else None


def act_spans(facts: str) -> list[tuple[dt.date, dt.date, str]]:
    """(first day, last day, as written) of every date in `facts`: one day for a full date, a month or a year
    for a partial one."""
    spans = [(found.value, found.value, found.raw) for found in find_dates(facts) if found.value is not None]
    for match in _PARTIAL.finditer(facts):
        year, month = int(match.group(1)), int(match.group(2)) if match.group(2) else None
        if month is not None and not 1 <= month <= 12:
            continue
        first = dt.date(year, month or 1, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1]) if month else dt.date(year, 12, 31)
        spans.append((first, last, match.group()))
    return spans


def _found_on(view: CaseView) -> dt.date | None:
    timeline = view.facts.timeline
    decision = view.decision
    return timeline.get("discovered") or timeline.get("filed") or (decision.date if decision else None)


@register("substance.limitation")
def limitation(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.decision
    if decision is None:
        return not_applicable("案卷中没有处罚决定书。")
    found_on = _found_on(view)
    facts = facts_section(decision.text)
    if found_on is None or facts is None:
        return unknown("未能确定违法行为发生日期或发现日期，请人工核查追责时效。", view.cite(decision))
    spans = [span for span in act_spans(facts) if span[0] <= found_on]
    if not spans:
        return unknown("决定书未载明违法行为发生的日期，请人工核查追责时效。", view.cite(decision))
    years, extended = int(check.parameters.get("years", 2)), int(check.parameters.get("years_extended", 5))
    earliest = min(spans)
    latest = max(spans, key=lambda span: min(span[1], found_on))
    if add_years(earliest[0], years) >= found_on:
        return passed(view.cite(decision, earliest[2]), confidence=PASS_CONFIDENCE)
    last_day = min(latest[1], found_on)
    if not _GOING_ON.search(facts) and add_years(last_day, extended) < found_on:
        return fail(
            view.cite(decision, latest[2]),
            act_date=last_day.isoformat(),
            found_date=found_on.isoformat(),
            years=extended,
        )
    return unknown(
        f"决定书所载违法行为日期（{earliest[2]}）距发现已超过{years}年，"
        f"是否适用{extended}年时效或属连续、继续状态，请人工核查。",
        view.cite(decision),
    )
