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

import datetime as dt

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.registry import register
from checklists.schema import CheckSpec

PASS_CONFIDENCE = 0.9


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


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
    stated = decision.facts.decision
    if found_on is None or stated is None or not stated.facts_found:
        return unknown("未能确定违法行为发生日期或发现日期，请人工核查追责时效。", view.cite(decision))
    spans = [(act.first, act.last, act.raw) for act in stated.acts if act.first <= found_on]
    if not spans:
        return unknown("决定书未载明违法行为发生的日期，请人工核查追责时效。", view.cite(decision))
    years, extended = int(check.parameters.get("years", 2)), int(check.parameters.get("years_extended", 5))
    earliest = min(spans)
    latest = max(spans, key=lambda span: min(span[1], found_on))
    if add_years(earliest[0], years) >= found_on:
        return passed(view.cite(decision, earliest[2]), confidence=PASS_CONFIDENCE)
    last_day = min(latest[1], found_on)
    if not stated.ongoing and add_years(last_day, extended) < found_on:
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
