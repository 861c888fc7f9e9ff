"""Working days and statutory periods on China's official holiday calendar (放假调休安排).

Counting rules (see shared/domain/README.md, "Statutory periods" and "Counting"):

* The day of the event is never counted; a period starts on the next day.
* Working-day periods (《行政处罚法》第85条: 二日/三日/五日/七日 are working days): the last day is the n-th
  working day after the start. Statutory holidays and rest days are skipped, adjusted working weekends
  (调休上班日) count as working days.
* Natural-day and month periods (民法典第201–203条, the civil and administrative procedure laws): the last
  day is ``start + n days`` or, for months, the corresponding day of the final month (the month's last day
  when it has none). A last day that is a statutory holiday or rest day moves to the next working day.

Sources of the calendar, later ones winning for a whole year (see `reviewer.core.holidays`):

1. the ``chinesecalendar`` package, chosen over ``holidays`` after a comparison (chinesecalendar 1.11.0 vs
   holidays 0.109, every day of 2004–2026): both are right on the facts checked against the State Council
   notices for 2023–2026; they disagree on one day only, 2005-12-31, where ``holidays`` is right. The deciding
   difference is the unknown future: ``holidays`` computes an unannounced year by rule (invented "observed" days,
   no adjusted working weekends), a silent guess; chinesecalendar raises, so we can say "unknown";
2. the year files shipped in ``reviewer/core/holidays/`` (one per year, each citing its notice; 2005-12-31 is
   corrected there, in 2006.yaml);
3. the operator's year files in ``REVIEWER_HOLIDAYS_DIR``, for a year whose notice came out after our release.

Dates in a year no source knows give ``None`` / ``known=False``, never a guess; the explanation names the missing
year and the file to add. The last days of the final known year are unknown as well: the next year's notice has
changed days as early as 12-29 in the past (2005-12-31, 2006-12-30/31, 2007-12-29/31, 2011-12-31 and 2018-12-29
were working days or holidays announced with the following year), so a year's last `NEXT_NOTICE_MARGIN_DAYS`
are known only once the next year is.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import chinese_calendar
from chinese_calendar import constants as _cc_data

from reviewer.core import holidays
from reviewer.core.holidays import HolidayYear
from reviewer.core.settings import get_settings

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


@dataclass(frozen=True)
class KnownRange:
    """The days whose working/holiday status the calendar knows (both ends included)."""

    first: dt.date
    last: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last

    def describe(self) -> str:
        return f"{format_date(self.first)}至{format_date(self.last)}"


def _package_years() -> frozenset[int]:
    return frozenset({day.year for day in _cc_data.holidays} | {day.year for day in _cc_data.workdays})


@dataclass(frozen=True)
class _Calendar:
    """Everything the calendar knows: the package's years and the year files that override them."""

    package_years: frozenset[int]
    files: dict[int, HolidayYear]
    #: Days a file lists (also those in December of the year before its own), winning over everything else.
    listed: dict[dt.date, tuple[bool, str | None]]

    @property
    def years(self) -> frozenset[int]:
        return self.package_years | frozenset(self.files)

    def detail(self, day: dt.date) -> tuple[bool, str | None] | None:
        listed = self.listed.get(day)
        if listed is not None:
            return listed
        years = self.years
        if day.year not in years:
            return None
        if day.month == 12 and day.day > 31 - NEXT_NOTICE_MARGIN_DAYS and day.year + 1 not in years:
            return None  # the next year's notice may still change it
        file = self.files.get(day.year)
        if file is not None:
            return file.status(day)
        is_holiday, name = chinese_calendar.get_holiday_detail(day)
        return not is_holiday, (HOLIDAY_NAMES_ZH.get(name, name) if name else None)

    def source(self, year: int) -> str | None:
        """Where a year's days come from, in Chinese; None when nowhere."""
        if year in self.files:
            return f"节假日文件 {self.files[year].source}"
        if year in self.package_years:
            return f"软件包 chinesecalendar {_package_version()}"
        return None


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("chinesecalendar")
    except PackageNotFoundError:
        return "(version unknown)"


@lru_cache(maxsize=4)
def _build(user_dir: Path | None) -> _Calendar:
    files = holidays.bundled()
    if user_dir is not None:
        files.update(holidays.load_dir(user_dir))
    listed: dict[dt.date, tuple[bool, str | None]] = {}
    for year in sorted(files):
        file = files[year]
        listed.update({day: (False, name) for day, name in file.off.items()})
        listed.update({day: (True, name) for day, name in file.work.items()})
    return _Calendar(_package_years(), files, listed)


def _calendar() -> _Calendar:
    return _build(get_settings().holidays_dir)


def reload() -> None:
    """Read the year files again (after adding one to REVIEWER_HOLIDAYS_DIR in a running process)."""
    _build.cache_clear()


def year_source(year: int) -> str | None:
    """Where the calendar takes a year's days from (a file or the package), None for a year it lacks."""
    return _calendar().source(year)


def year_file(year: int) -> HolidayYear | None:
    """The year file in force for `year` (the operator's over the shipped one), if any."""
    return _calendar().files.get(year)


def known_years() -> range:
    """The run of consecutive years, from the first, that some source has the State Council's notice for."""
    years = _calendar().years
    first = min(years)
    last = first
    while last + 1 in years:
        last += 1
    return range(first, last + 1)


def known_range() -> KnownRange:
    """The unbroken span of known days from the first known year (a later isolated year is known as well)."""
    years = known_years()
    end = dt.date(years.stop - 1, 12, 31) - dt.timedelta(days=NEXT_NOTICE_MARGIN_DAYS)
    return KnownRange(dt.date(years.start, 1, 1), end)


def format_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _detail(day: dt.date) -> tuple[bool, str | None] | None:
    """(working, holiday name) for a known day, None for a day no source knows."""
    return _calendar().detail(day)


def is_working_day(day: dt.date) -> bool | None:
    """True on working days (adjusted working weekends included), None for a day no source knows."""
    detail = _detail(day)
    return None if detail is None else detail[0]


def holiday_name(day: dt.date) -> str | None:
    """Chinese name of the holiday a day belongs to (a holiday or its adjusted working day), else None."""
    detail = _detail(day)
    return None if detail is None else detail[1]


def missing_year(start: dt.date, limit_days: int = 800) -> int | None:
    """The first year after `start` whose arrangement the calendar lacks (what a period from `start` needs)."""
    cal = _calendar()
    for offset in range(1, limit_days + 1):
        day = start + dt.timedelta(days=offset)
        if cal.detail(day) is None:
            return day.year if day.year not in cal.years else day.year + 1
    return None


def missing_year_message(year: int) -> str:
    """Why a date in `year` is unknown and what to add, in Chinese: the notice to look for and the file."""
    return (
        f"日历缺少{year}年的放假调休安排，无法确定截止日期；可按《国务院办公厅关于{year}年部分节假日安排的通知》"
        f"编写 {year}.yaml，放入 REVIEWER_HOLIDAYS_DIR 所指目录（reviewer calendar validate 可校验）"
    )


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
        missing = missing_year(start)
        why = (
            missing_year_message(missing) if missing is not None else "日历不含所需日期的放假调休安排，无法确定截止日期"
        )
        text = f"{head}：{why}"
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
