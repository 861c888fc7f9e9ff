"""Working-day arithmetic on China's holiday calendar (chinesecalendar): statutory holidays and 调休 weekends.

The day an event happens is not counted; ``add_workdays(d, n)`` is the n-th working day after d."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar


def is_workday(d: date) -> bool:
    return bool(chinese_calendar.is_workday(d))


def add_workdays(d: date, n: int) -> date:
    """The n-th working day after d (n >= 0; n == 0 gives the next working day on or after d)."""
    if n == 0:
        while not is_workday(d):
            d += timedelta(days=1)
        return d
    count = 0
    while count < n:
        d += timedelta(days=1)
        if is_workday(d):
            count += 1
    return d


def workdays_between(start: date, end: date) -> int:
    """Working days after start up to and including end (0 when end <= start)."""
    n, d = 0, start
    while d < end:
        d += timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


def natural_deadline(start: date, days: int) -> date:
    """Last day of a natural-day period; a period ending on a rest day ends on the next working day."""
    end = start + timedelta(days=days)
    while not is_workday(end):
        end += timedelta(days=1)
    return end


def on_workday(d: date) -> date:
    """d itself when a working day, else the next one."""
    return add_workdays(d, 0)


def is_statutory_holiday(d: date) -> bool:
    on_holiday, name = chinese_calendar.get_holiday_detail(d)
    return bool(on_holiday and name)
