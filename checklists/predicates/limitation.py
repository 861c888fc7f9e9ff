"""The limitation period (追责时效, 行政处罚法 第三十六条): substance.limitation.

A violation not discovered within two years may no longer be punished; the period is five years only for
cases that touch life, health or financial safety *and* had harmful consequences; a continuing violation counts
from the day it ends. Decisions state the act's time loosely (于2023年1月初购进……至案发时已售出), so the predicate
only decides what the text settles:

* the dates it reads are those of the decision's facts section (before 违反了 / 上述事实 / 以上事实), on or
  before the day the agency found the case (案源登记, else 立案, else the decision), leaving out the dates of
  the complaint and the procedure (接到举报, 立案 …); a partial date (2023年1月, 2019年) stands for its whole
  month or year, a range (2017年3月至6月) for its whole span;
* pass when even the earliest such date (a range's end: the act went on through it) lies within the short
  period before discovery: the act cannot have ended before a date the facts give for it;
* fail only when even the latest such date lies beyond the period before discovery and the text does not say
  the act went on (至今, 至案发, 持续 …): the long period when the decision states harm (伤亡, 中毒, 危害后果 …),
  else the short one, since without harmful consequences the long period cannot apply;
* anything between is `unknown`: whether harm of the kind the law names followed is for a person to judge.
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
    spans = [(act.first, act.last, act.raw, act.through) for act in stated.acts if act.first <= found_on]
    if not spans:
        return unknown("决定书未载明违法行为发生的日期，请人工核查追责时效。", view.cite(decision))
    years, extended = int(check.parameters.get("years", 2)), int(check.parameters.get("years_extended", 5))
    earliest = min(spans)
    latest = max(spans, key=lambda span: min(span[1], found_on))
    known_until = min(earliest[1], found_on) if earliest[3] else earliest[0]
    if add_years(known_until, years) >= found_on:
        return passed(view.cite(decision, earliest[2]), confidence=PASS_CONFIDENCE)
    last_day = min(latest[1], found_on)
    applies = extended if stated.harm_stated else years
    if not stated.ongoing and add_years(last_day, applies) < found_on:
        return fail(
            view.cite(decision, latest[2]),
            act_date=last_day.isoformat(),
            found_date=found_on.isoformat(),
            years=applies,
        )
    return unknown(
        f"决定书所载违法行为日期（{earliest[2]}）距发现已超过{years}年，"
        f"是否适用{extended}年时效或属连续、继续状态，请人工核查。",
        view.cite(decision),
    )
