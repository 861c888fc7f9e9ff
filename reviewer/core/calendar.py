"""Working days and statutory periods on China's official holiday calendar (放假调休安排).

Counting rules (see shared/domain/README.md, "Statutory periods" and "Counting"):

* The day of the event is never counted; a period starts on the next day.
* Working-day periods (《行政处罚法》第85条: 二日/三日/五日/七日 are working days): the last day is the n-th
  working day after the start. Statutory holidays and rest days are skipped, adjusted working weekends
  (调休上班日) count as working days.
* Natural-day and month periods (民法典第201–203条, the civil and administrative procedure laws): the last
  day is ``start + n days`` or, for months, the corresponding day of the final month (the month's last day
  when it has none). A last day that is a statutory holiday or rest day moves to the next working day.

Source of the calendar: the ``chinesecalendar`` package, chosen over ``holidays`` after a comparison
(chinesecalendar 1.11.0 vs holidays 0.109, every day of 2004–2026):

* Both are right on the facts checked against the State Council notices for 2023–2026, e.g. 2023-10-07/08
  and 2024-02-04/18 are working days, 2023-10-02, 2024-02-12, 2025-10-08 and 2026-02-17 are holidays.
* They disagree on one day only, 2005-12-31, where ``holidays`` is right (see `OVERRIDES`).
* The deciding difference is the unknown future. chinesecalendar raises for a year the State Council has
  not announced yet, so we can say "unknown". ``holidays`` computes such a year by rule: it invents
  "observed" days and has no adjusted working weekends, a silent guess that would mark correct
  deadlines late. chinesecalendar also names the holiday behind every special day (used in explanations),
  is one small module without dependencies and is updated each year after the notice.

Dates outside the range the package knows give ``None`` / ``known=False``, never a guess. The last days of
the final known year are outside that range as well: the next year's notice has changed days as early as
12-29 in the past (2005-12-31, 2006-12-30/31, 2007-12-29/31, 2011-12-31 and 2018-12-29 were working days or
holidays announced with the following year), so the range ends `NEXT_NOTICE_MARGIN_DAYS` before the year
ends. Upgrade chinesecalendar every year (after the notice, usually in November) to move the range on.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

import chinese_calendar
from chinese_calendar import constants as _cc_data

Unit = Literal["day", "working_day", "month"]
_UNITS: tuple[str, ...] = ("day", "working_day", "month")

#: Days at the end of the last known year that the next year's notice may still change.
NEXT_NOTICE_MARGIN_DAYS = 7

#: Holiday names as chinesecalendar spells them → the Chinese names used in explanations.
HOLIDAY_NAMES_ZH: dict[str, str] = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


class Override(NamedTuple):
    """A correction of the package's data for one day, with the notice that proves it."""

    working: bool
    holiday: str | None  # chinesecalendar's holiday name the day belongs to, if any
    source: str


#: Project-side corrections, checked before the package. Entries only correct days inside `known_range()`;
#: they never extend it (a partial table for an unannounced year would be a guess for the other days).
OVERRIDES: dict[dt.date, Override] = {
    # chinesecalendar 1.11.0 has it as a rest day; the 2006 notice moved it: "12月31日（星期六）上班".
    dt.date(2005, 12, 31): Override(True, "New Year's Day", "国办发明电〔2005〕35号 一、元旦"),
}


@dataclass(frozen=True)
class KnownRange:
    """The days whose working/holiday status the calendar knows (both ends included)."""

    first: dt.date
    last: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last

    def describe(self) -> str:
        return f"{format_date(self.first)}至{format_date(self.last)}"


def _package_years() -> range:
    years = {day.year for day in _cc_data.holidays} | {day.year for day in _cc_data.workdays}
    return range(min(years), max(years) + 1)


_YEARS = _package_years()
_RANGE = KnownRange(
    dt.date(_YEARS.start, 1, 1),
    dt.date(_YEARS.stop - 1, 12, 31) - dt.timedelta(days=NEXT_NOTICE_MARGIN_DAYS),
)


def known_years() -> range:
    """The years the holiday package has the State Council's notice for (the last one minus its final days)."""
    return _YEARS


def known_range() -> KnownRange:
    return _RANGE


def format_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _detail(day: dt.date) -> tuple[bool, str | None] | None:
    """(working, holiday name) for a known day, None outside the known range."""
    if day not in _RANGE:
        return None
    override = OVERRIDES.get(day)
    if override is not None:
        return override.working, override.holiday
    is_holiday, name = chinese_calendar.get_holiday_detail(day)
    return not is_holiday, name


def is_working_day(day: dt.date) -> bool | None:
    """True on working days (adjusted working weekends included), None outside the known range."""
    detail = _detail(day)
    return None if detail is None else detail[0]


def holiday_name(day: dt.date) -> str | None:
    """Chinese name of the holiday a day belongs to (a holiday or its adjusted working day), else None."""
    detail = _detail(day)
    if detail is None or detail[1] is None:
        return None
    return HOLIDAY_NAMES_ZH.get(detail[1], detail[1])


def _check_amount(amount: int) -> None:
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 1:
        raise ValueError(f"a period must be a whole number ≥ 1, got {amount!r}")


def add_working_days(start: dt.date, n: int) -> dt.date | None:
    """The n-th working day after `start` (start not counted); None if a day needed is unknown."""
    _check_amount(n)
    day, counted = start, 0
    while counted < n:
        day += dt.timedelta(days=1)
        working = is_working_day(day)
        if working is None:
            return None
        counted += working
    return day


def next_working_day_from(day: dt.date) -> dt.date | None:
    """`day` itself if it is a working day, else the first working day after it; None if unknown."""
    while True:
        working = is_working_day(day)
        if working is None:
            return None
        if working:
            return day
        day += dt.timedelta(days=1)


def _month_end_day(start: dt.date, n: int) -> dt.date:
    """The corresponding day n months later, or that month's last day when it has none (民法典第202条)."""
    index = start.month - 1 + n
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, _stdlib_calendar.monthrange(year, month)[1]))


def _nominal_end(start: dt.date, amount: int, unit: Unit) -> dt.date:
    """The last day before any holiday rule; never later than the real last day (a calendar-free bound)."""
    if unit == "month":
        return _month_end_day(start, amount)
    return start + dt.timedelta(days=amount)


def add_days(start: dt.date, n: int) -> dt.date | None:
    """Last day of an n-day period: start + n, moved to the next working day if that is a holiday/rest day."""
    _check_amount(n)
    return next_working_day_from(start + dt.timedelta(days=n))


def add_months(start: dt.date, n: int) -> dt.date | None:
    """Last day of an n-month period: the corresponding day (or month end), moved like `add_days`."""
    _check_amount(n)
    return next_working_day_from(_month_end_day(start, n))


@dataclass(frozen=True)
class Deadline:
    start: dt.date
    amount: int
    unit: Unit
    due: dt.date | None
    explanation: str
    #: The nominal last day when it fell on a holiday or rest day and the period was extended.
    moved_from: dt.date | None = None
    #: False when a day the period needs is outside `known_range()` (then `due` is None).
    known: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "known", self.due is not None)


_UNIT_ZH: dict[str, str] = {"day": "日", "working_day": "个工作日", "month": "个月"}


def _join_names(days: list[dt.date]) -> str:
    names: list[str] = []
    for day in days:
        name = holiday_name(day)
        if name and name not in names:
            names.append(name)
    return "、".join(names)


def _working_day_notes(start: dt.date, due: dt.date) -> str:
    span = [start + dt.timedelta(days=i) for i in range(1, (due - start).days + 1)]
    skipped = [d for d in span if not is_working_day(d) and holiday_name(d)]
    adjusted = [d for d in span if is_working_day(d) and d.weekday() >= 5]
    notes: list[str] = []
    if skipped:
        notes.append(f"不含{_join_names(skipped)}假日")
    if adjusted:
        notes.append("含调休上班日" + "、".join(format_date(d) for d in adjusted))
    return f"（{'；'.join(notes)}）" if notes else ""


def deadline(start: dt.date, amount: int, unit: Unit) -> Deadline:
    """The last day of a statutory period with a Chinese explanation; `due` is None when unknown."""
    if unit not in _UNITS:
        raise ValueError(f"unknown unit {unit!r}; expected one of {', '.join(_UNITS)}")
    _check_amount(amount)
    head = f"自{format_date(start)}起算{amount}{_UNIT_ZH[unit]}"
    if unit == "working_day":
        due = add_working_days(start, amount)
        moved_from = None
    else:
        nominal = _nominal_end(start, amount, unit)
        due = next_working_day_from(nominal)
        moved_from = nominal if due is not None and due != nominal else None
    if due is None:
        text = f"{head}：日历只含{_RANGE.describe()}的放假调休安排，无法确定截止日期"
        return Deadline(start, amount, unit, None, text)
    if unit == "working_day":
        text = f"{head}，截止{format_date(due)}{_working_day_notes(start, due)}"
    elif moved_from is not None:
        name = holiday_name(moved_from)
        kind = f"法定节假日（{name}）" if name else "休息日"
        run = [moved_from + dt.timedelta(days=i) for i in range(1, (due - moved_from).days)]
        later = [n for n in _join_names(run).split("、") if n and n != name]
        via = f"连{'、'.join(later)}假日" if later else ""
        text = f"{head}，期满日{format_date(moved_from)}为{kind}，{via}顺延至{format_date(due)}"
    else:
        text = f"{head}，截止{format_date(due)}"
    return Deadline(start, amount, unit, due, text, moved_from)


def is_late(start: dt.date, actual: dt.date, amount: int, unit: Unit) -> bool | None:
    """Whether `actual` is after the period's last day; None when the calendar cannot tell.

    Holidays only ever push a period's end later, so `actual` on or before the nominal end
    (start + n days, or the corresponding day of the month) is in time without any calendar.
    """
    result = deadline(start, amount, unit)
    if result.due is not None:
        return actual > result.due
    if actual <= _nominal_end(start, amount, unit):
        return False
    return None
