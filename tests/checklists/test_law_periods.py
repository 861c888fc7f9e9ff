"""The direct-litigation period in force on a decision's date, from checklists/law_versions.yaml."""

from __future__ import annotations

import datetime as dt

import pytest

from checklists.law_periods import direct_litigation_months, direct_litigation_periods


@pytest.mark.parametrize(
    ("day", "months"),
    [
        (dt.date(2014, 9, 16), 3),
        (dt.date(2015, 4, 30), 3),  # the 1989 text's last day
        (dt.date(2015, 5, 1), 6),  # the 2014 amendment in force
        (dt.date(2025, 1, 1), 6),
        (None, 6),  # an undated decision: the checklist's period
    ],
)
def test_the_period_in_force_on_the_day(day: dt.date | None, months: int) -> None:
    assert direct_litigation_months(day, 6) == months


def test_every_period_names_its_article() -> None:
    periods = direct_litigation_periods()
    assert [p.article for p in periods] == ["第三十九条", "第四十六条"]
    assert periods[0].until is not None and periods[0].until + dt.timedelta(days=1) == periods[1].since
