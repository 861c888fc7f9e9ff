"""Periods the law sets for a decision's remedies that changed over time, as in force on the decision's date.

Read from `law_versions.yaml` (every period names its article and the text it was read from): the direct-litigation
period (`administrative_litigation` → `litigation_period.direct`) was three months under the 1989 行政诉讼法
第三十九条 and is six months under 第四十六条第一款 from 2015-05-01 (the 2014 amendment's first day in force).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

LAW_VERSIONS = Path(__file__).resolve().parent / "law_versions.yaml"


@dataclass(frozen=True)
class Period:
    """One period in force from `since` (to `until`, inclusive, when a later text replaced it)."""

    since: dt.date
    until: dt.date | None
    months: int
    article: str


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@cache
def direct_litigation_periods() -> tuple[Period, ...]:
    """The direct-litigation periods of `law_versions.yaml`, oldest first."""
    data = yaml.safe_load(LAW_VERSIONS.read_text(encoding="utf-8"))
    rule = next(r for r in data["administrative_litigation"]["rules"] if r["id"] == "litigation_period.direct")
    periods = [
        Period(
            since=_day(row["from"]),
            until=_day(row["until"]) if row.get("until") else None,
            months=int(row["months"]),
            article=str(row["article"]["cn"]),
        )
        for row in rule["periods"]
    ]
    return tuple(sorted(periods, key=lambda period: period.since))


def direct_litigation_months(day: dt.date | None, default: int) -> int:
    """The months a party had to sue directly under the law in force on `day` (the decision's date); `default`
    (the checklist's current period) when the day is unknown or before every tabled period."""
    if day is None:
        return default
    for period in reversed(direct_litigation_periods()):
        if period.since <= day and (period.until is None or day <= period.until):
            return period.months
    return default
