"""Statutory holidays and adjusted working days (调休) of 2023–2024, and working-day arithmetic.

Sources: 国务院办公厅关于2023年部分节假日安排的通知 (国办发明电〔2022〕16号) and
国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号). Art. 85 of the 行政处罚法 counts the
law's 二日/三日/五日/七日 as working days (不含法定节假日); natural-day periods that end on a non-working day end
on the next working day. Dates outside the years listed here are refused, not guessed.
"""

from __future__ import annotations

import datetime as dt

KNOWN_YEARS = (2023, 2024)


def _days(first: str, last: str) -> set[dt.date]:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return {start + dt.timedelta(days=n) for n in range((end - start).days + 1)}


#: Days off by the State Council's yearly notices (weekends inside the breaks included).
HOLIDAYS: frozenset[dt.date] = frozenset().union(
    _days("2023-01-01", "2023-01-02"),  # 元旦
    _days("2023-01-21", "2023-01-27"),  # 春节
    _days("2023-04-05", "2023-04-05"),  # 清明节
    _days("2023-04-29", "2023-05-03"),  # 劳动节
    _days("2023-06-22", "2023-06-24"),  # 端午节
    _days("2023-09-29", "2023-10-06"),  # 中秋节、国庆节
    _days("2024-01-01", "2024-01-01"),  # 元旦
    _days("2024-02-10", "2024-02-17"),  # 春节
    _days("2024-04-04", "2024-04-06"),  # 清明节
    _days("2024-05-01", "2024-05-05"),  # 劳动节
    _days("2024-06-10", "2024-06-10"),  # 端午节
    _days("2024-09-15", "2024-09-17"),  # 中秋节
    _days("2024-10-01", "2024-10-07"),  # 国庆节
)

#: Weekend days that are working days (调休上班).
ADJUSTED_WORKDAYS: frozenset[dt.date] = frozenset(
    dt.date.fromisoformat(day)
    for day in (
        "2023-01-28",
        "2023-01-29",
        "2023-04-23",
        "2023-05-06",
        "2023-06-25",
        "2023-10-07",
        "2023-10-08",
        "2024-02-04",
        "2024-02-18",
        "2024-04-07",
        "2024-04-28",
        "2024-05-11",
        "2024-09-14",
        "2024-09-29",
        "2024-10-12",
    )
)


class UnknownYear(ValueError):
    """A date outside the years whose holiday notices this table holds."""


def is_working_day(day: dt.date) -> bool:
    """True on a working day: not a statutory holiday, and a weekday or an adjusted working weekend day."""
    if day.year not in KNOWN_YEARS:
        raise UnknownYear(f"{day.isoformat()}: holiday table covers {KNOWN_YEARS} only")
    if day in HOLIDAYS:
        return False
    return day.weekday() < 5 or day in ADJUSTED_WORKDAYS


def add_working_days(day: dt.date, count: int) -> dt.date:
    """The `count`-th working day after `day` (before it when negative); `day` itself is not counted."""
    step = 1 if count >= 0 else -1
    left = abs(count)
    while left:
        day += dt.timedelta(days=step)
        if is_working_day(day):
            left -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days in (start, end]; negative when end is before start."""
    if end < start:
        return -working_days_between(end, start)
    return sum(is_working_day(start + dt.timedelta(days=n)) for n in range(1, (end - start).days + 1))


def natural_deadline(start: dt.date, days: int) -> dt.date:
    """Last day of a natural-day period from `start`, moved to the next working day when it falls on a day off."""
    end = start + dt.timedelta(days=days)
    while not is_working_day(end):
        end += dt.timedelta(days=1)
    return end


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day
