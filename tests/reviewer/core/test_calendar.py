"""Working days and statutory periods on China's holiday calendar.

Expected values are written from the State Council's yearly notices (国务院办公厅关于20XX年部分节假日安排的通知),
not read from the package: 2022 国办发明电〔2021〕11号, 2023 〔2022〕16号, 2024 〔2023〕7号, 2025 〔2024〕12号,
2026 〔2025〕7号.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core import calendar as cal

D = dt.date


def span(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


# (holidays first..last, adjusted working weekends) per notice.
SPRING_FESTIVAL = {
    2023: ((D(2023, 1, 21), D(2023, 1, 27)), [D(2023, 1, 28), D(2023, 1, 29)]),
    2024: ((D(2024, 2, 10), D(2024, 2, 17)), [D(2024, 2, 4), D(2024, 2, 18)]),
    2025: ((D(2025, 1, 28), D(2025, 2, 4)), [D(2025, 1, 26), D(2025, 2, 8)]),
    2026: ((D(2026, 2, 15), D(2026, 2, 23)), [D(2026, 2, 14), D(2026, 2, 28)]),
}
LABOUR_DAY = {
    2023: ((D(2023, 4, 29), D(2023, 5, 3)), [D(2023, 4, 23), D(2023, 5, 6)]),
    2024: ((D(2024, 5, 1), D(2024, 5, 5)), [D(2024, 4, 28), D(2024, 5, 11)]),
    2025: ((D(2025, 5, 1), D(2025, 5, 5)), [D(2025, 4, 27)]),
    2026: ((D(2026, 5, 1), D(2026, 5, 5)), [D(2026, 5, 9)]),
}
NATIONAL_DAY = {
    2023: ((D(2023, 9, 29), D(2023, 10, 6)), [D(2023, 10, 7), D(2023, 10, 8)]),
    2024: ((D(2024, 10, 1), D(2024, 10, 7)), [D(2024, 9, 29), D(2024, 10, 12)]),
    2025: ((D(2025, 10, 1), D(2025, 10, 8)), [D(2025, 9, 28), D(2025, 10, 11)]),
    2026: ((D(2026, 10, 1), D(2026, 10, 7)), [D(2026, 9, 20), D(2026, 10, 10)]),
}
ALL_BLOCKS = [
    pytest.param(name, year, block, id=f"{name}-{year}")
    for name, table in (("spring", SPRING_FESTIVAL), ("labour", LABOUR_DAY), ("national", NATIONAL_DAY))
    for year, block in table.items()
]


@pytest.mark.parametrize(("name", "year", "block"), ALL_BLOCKS)
def test_holiday_blocks_and_adjusted_working_weekends(name, year, block) -> None:
    (first, last), working_weekends = block
    for day in span(first, last):
        assert cal.is_working_day(day) is False, day
    # The days around the block are ordinary (or adjusted) working days where they are weekdays.
    assert cal.is_working_day(first - dt.timedelta(days=1)) is not None
    for day in working_weekends:
        assert day.weekday() >= 5, f"{day} is not a weekend: fix the test table"
        assert cal.is_working_day(day) is True, day


#: Every block of days off and every adjusted working weekend of 2022–2026, as each year's notice sets them (a block
#: the notice gives with a weekend it joins, 2024's 元旦 on a Monday, lists that weekend too).
NOTICES = {
    2022: [
        ((D(2022, 1, 1), D(2022, 1, 3)), []),
        ((D(2022, 1, 31), D(2022, 2, 6)), [D(2022, 1, 29), D(2022, 1, 30)]),
        ((D(2022, 4, 3), D(2022, 4, 5)), [D(2022, 4, 2)]),
        ((D(2022, 4, 30), D(2022, 5, 4)), [D(2022, 4, 24), D(2022, 5, 7)]),
        ((D(2022, 6, 3), D(2022, 6, 5)), []),
        ((D(2022, 9, 10), D(2022, 9, 12)), []),
        ((D(2022, 10, 1), D(2022, 10, 7)), [D(2022, 10, 8), D(2022, 10, 9)]),
    ],
    2023: [
        ((D(2023, 1, 1), D(2023, 1, 2)), []),
        ((D(2023, 1, 21), D(2023, 1, 27)), [D(2023, 1, 28), D(2023, 1, 29)]),
        ((D(2023, 4, 5), D(2023, 4, 5)), []),
        ((D(2023, 4, 29), D(2023, 5, 3)), [D(2023, 4, 23), D(2023, 5, 6)]),
        ((D(2023, 6, 22), D(2023, 6, 24)), [D(2023, 6, 25)]),
        ((D(2023, 9, 29), D(2023, 10, 6)), [D(2023, 10, 7), D(2023, 10, 8)]),
    ],
    2024: [
        ((D(2024, 1, 1), D(2024, 1, 1)), []),
        ((D(2024, 2, 10), D(2024, 2, 17)), [D(2024, 2, 4), D(2024, 2, 18)]),
        ((D(2024, 4, 4), D(2024, 4, 6)), [D(2024, 4, 7)]),
        ((D(2024, 5, 1), D(2024, 5, 5)), [D(2024, 4, 28), D(2024, 5, 11)]),
        ((D(2024, 6, 10), D(2024, 6, 10)), []),
        ((D(2024, 9, 15), D(2024, 9, 17)), [D(2024, 9, 14)]),
        ((D(2024, 10, 1), D(2024, 10, 7)), [D(2024, 9, 29), D(2024, 10, 12)]),
    ],
    2025: [
        ((D(2025, 1, 1), D(2025, 1, 1)), []),
        ((D(2025, 1, 28), D(2025, 2, 4)), [D(2025, 1, 26), D(2025, 2, 8)]),
        ((D(2025, 4, 4), D(2025, 4, 6)), []),
        ((D(2025, 5, 1), D(2025, 5, 5)), [D(2025, 4, 27)]),
        ((D(2025, 5, 31), D(2025, 6, 2)), []),
        ((D(2025, 10, 1), D(2025, 10, 8)), [D(2025, 9, 28), D(2025, 10, 11)]),
    ],
    2026: [
        ((D(2026, 1, 1), D(2026, 1, 3)), [D(2026, 1, 4)]),
        ((D(2026, 2, 15), D(2026, 2, 23)), [D(2026, 2, 14), D(2026, 2, 28)]),
        ((D(2026, 4, 4), D(2026, 4, 6)), []),
        ((D(2026, 5, 1), D(2026, 5, 5)), [D(2026, 5, 9)]),
        ((D(2026, 6, 19), D(2026, 6, 21)), []),
        ((D(2026, 9, 25), D(2026, 9, 27)), []),
        ((D(2026, 10, 1), D(2026, 10, 7)), [D(2026, 9, 20), D(2026, 10, 10)]),
    ],
}


@pytest.mark.parametrize("year", sorted(NOTICES))
def test_every_day_of_the_year_is_as_the_notice_sets_it(year: int) -> None:
    """A day is a working day when it is a weekday or an adjusted working weekend, and in no block of days off (up
    to the calendar's end: the last days of its last year wait for the next year's 元旦)."""
    off = {day for (first, last), _ in NOTICES[year] for day in span(first, last)}
    work = {day for _, weekends in NOTICES[year] for day in weekends}
    assert all(day.weekday() >= 5 for day in work), "fix the test table"
    wrong = [
        day
        for day in span(D(year, 1, 1), min(D(year, 12, 31), cal.known_range().last))
        if cal.is_working_day(day) is not ((day.weekday() < 5 or day in work) and day not in off)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("served", "n", "last_day"),
    [
        (D(2024, 2, 7), 5, D(2024, 2, 20)),  # 除夕 2024-02-09 a working day, Sunday 02-18 worked
        (D(2023, 9, 27), 5, D(2023, 10, 10)),  # 中秋国庆 2023, the weekend 10-07/10-08 worked
        (D(2024, 9, 27), 5, D(2024, 10, 10)),  # Sunday 2024-09-29 worked before 国庆
        (D(2025, 1, 24), 5, D(2025, 2, 7)),  # Sunday 2025-01-26 worked before 春节
        (D(2022, 4, 28), 5, D(2022, 5, 9)),  # 劳动节 2022, Saturday 05-07 worked
        (D(2025, 4, 22), 5, D(2025, 4, 28)),  # Sunday 2025-04-27 worked before 劳动节
    ],
)
def test_statement_periods_across_holidays_with_adjusted_weekends(served: dt.date, n: int, last_day: dt.date) -> None:
    assert cal.add_working_days(served, n) == last_day


@pytest.mark.parametrize(
    "day", [D(2023, 10, 7), D(2023, 10, 8), D(2024, 2, 4), D(2024, 2, 18), D(2026, 1, 4), D(2024, 2, 9)]
)
def test_brief_facts_working_days(day: dt.date) -> None:
    assert cal.is_working_day(day) is True


@pytest.mark.parametrize("day", [D(2023, 10, 2), D(2024, 2, 12), D(2025, 10, 8), D(2026, 2, 17), D(2026, 1, 2)])
def test_brief_facts_holidays(day: dt.date) -> None:
    assert cal.is_working_day(day) is False


def test_ordinary_days() -> None:
    assert cal.is_working_day(D(2024, 3, 13)) is True  # a Wednesday
    assert cal.is_working_day(D(2024, 3, 16)) is False  # a Saturday


def test_holiday_names_in_chinese() -> None:
    assert cal.holiday_name(D(2024, 2, 12)) == "春节"
    assert cal.holiday_name(D(2023, 10, 7)) == "国庆节"  # the adjusted working day belongs to the holiday
    assert cal.holiday_name(D(2024, 3, 13)) is None


def test_year_file_corrects_package() -> None:
    # The 2006 arrangement made Saturday 2005-12-31 a working day; chinesecalendar 1.11 has it as a rest day.
    assert cal.is_working_day(D(2005, 12, 31)) is True
    assert cal.holiday_name(D(2005, 12, 31)) == "元旦"


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (D(2023, 9, 27), 7, D(2023, 10, 12)),  # 9-28, then 10-7/10-8 (weekend made working), 10-9 … 10-12
        (D(2023, 4, 28), 5, D(2023, 5, 9)),  # 劳动节 4-29..5-3; 5-6 (Sat) works, 5-7 (Sun) rests
        (D(2024, 2, 8), 5, D(2024, 2, 21)),  # 2-9, then 2-18 (Sun) works, 2-19 … 2-21
        (D(2025, 9, 26), 3, D(2025, 9, 30)),  # 9-28 (Sun) works
        (D(2025, 9, 30), 1, D(2025, 10, 9)),
        (D(2025, 9, 30), 3, D(2025, 10, 11)),  # 10-11 (Sat) works
        (D(2026, 2, 12), 7, D(2026, 2, 28)),  # 2-13, 2-14 (Sat), 2-24 … 2-27, 2-28 (Sat)
        (D(2023, 5, 12), 7, D(2023, 5, 23)),
    ],
)
def test_add_working_days(start: dt.date, n: int, due: dt.date) -> None:
    assert cal.add_working_days(start, n) == due


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (D(2023, 9, 14), 15, D(2023, 10, 7)),  # ends 9-29 (holiday) → first working day 10-7
        (D(2024, 1, 26), 15, D(2024, 2, 18)),  # ends 2-10 (春节) → 2-18 (Sunday, a working day)
        (D(2025, 9, 23), 15, D(2025, 10, 9)),  # ends 10-8 → 10-9
        (D(2026, 2, 2), 15, D(2026, 2, 24)),  # ends 2-17 → 2-24
        (D(2024, 4, 13), 15, D(2024, 4, 28)),  # ends on an adjusted working Sunday: not moved
        (D(2023, 5, 12), 60, D(2023, 7, 11)),
        (D(2024, 6, 1), 7, D(2024, 6, 11)),  # Saturday, Sunday, then 端午 6-10
    ],
)
def test_add_days(start: dt.date, n: int, due: dt.date) -> None:
    assert cal.add_days(start, n) == due


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (D(2023, 8, 31), 1, D(2023, 10, 7)),  # 9-30 is in the 中秋/国庆 block
        (D(2024, 3, 31), 6, D(2024, 9, 30)),  # a Monday that works
        (D(2025, 8, 1), 2, D(2025, 10, 9)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # no 31st: the month's last day
        (D(2023, 5, 12), 6, D(2023, 11, 13)),  # 11-12 is a Sunday
    ],
)
def test_add_months(start: dt.date, n: int, due: dt.date) -> None:
    assert cal.add_months(start, n) == due


def test_known_range() -> None:
    years = cal.known_years()
    assert 2023 in years and 2026 in years and 2030 not in years
    rng = cal.known_range()
    assert rng.first == D(years.start, 1, 1)
    assert rng.last == D(years.stop - 1, 12, 31) - dt.timedelta(days=cal.NEXT_NOTICE_MARGIN_DAYS)
    assert D(2024, 6, 1) in rng and D(2030, 1, 1) not in rng


@pytest.mark.parametrize("day", [D(2030, 5, 1), D(2030, 1, 2), D(2003, 6, 2), D(2026, 12, 28), D(2027, 1, 4)])
def test_out_of_range_is_unknown(day: dt.date) -> None:
    assert cal.is_working_day(day) is None
    assert cal.holiday_name(day) is None
    assert cal.add_working_days(day, 5) is None
    assert cal.add_days(day, 5) is None or day < cal.known_range().first
    result = cal.deadline(day, 5, "working_day")
    assert result.due is None and result.known is False
    assert "无法确定" in result.explanation


def test_period_running_out_of_range_is_unknown() -> None:
    last = cal.known_range().last
    assert cal.add_working_days(D(2026, 12, 20), 4) == D(2026, 12, 24) == last
    assert cal.add_working_days(D(2026, 12, 20), 5) is None
    assert cal.add_days(D(2026, 12, 20), 5) is None
    assert cal.add_months(D(2026, 11, 30), 1) is None


def test_deadline_explanations() -> None:
    golden = cal.deadline(D(2023, 9, 27), 7, "working_day")
    assert golden.known and golden.due == D(2023, 10, 12)
    assert golden.explanation == (
        "自2023年9月27日起算7个工作日，截止2023年10月12日"
        "（不含中秋节、国庆节假日；含调休上班日2023年10月7日、2023年10月8日）"
    )
    plain = cal.deadline(D(2023, 5, 12), 7, "working_day")
    assert plain.explanation == "自2023年5月12日起算7个工作日，截止2023年5月23日"
    moved = cal.deadline(D(2024, 1, 26), 15, "day")
    assert moved.moved_from == D(2024, 2, 10) and moved.due == D(2024, 2, 18)
    assert moved.explanation == "自2024年1月26日起算15日，期满日2024年2月10日为法定节假日（春节），顺延至2024年2月18日"
    months = cal.deadline(D(2024, 3, 31), 6, "month")
    assert months.explanation == "自2024年3月31日起算6个月，截止2024年9月30日" and months.moved_from is None


def test_is_late() -> None:
    start = D(2023, 9, 27)  # service within 7 working days → due 2023-10-12
    assert cal.is_late(start, D(2023, 10, 12), 7, "working_day") is False
    assert cal.is_late(start, D(2023, 10, 13), 7, "working_day") is True
    assert cal.is_late(D(2023, 9, 14), D(2023, 10, 7), 15, "day") is False
    # Outside the calendar: in time by the calendar-free bound, otherwise unknown.
    assert cal.is_late(D(2030, 3, 1), D(2030, 3, 6), 7, "working_day") is False
    assert cal.is_late(D(2030, 3, 1), D(2030, 3, 20), 7, "working_day") is None
    assert cal.is_late(D(2030, 3, 1), D(2030, 3, 20), 15, "day") is None


@pytest.mark.parametrize("bad", [0, -3, 1.5, True])
def test_bad_amounts_rejected(bad) -> None:
    with pytest.raises(ValueError, match="whole number"):
        cal.add_working_days(D(2024, 3, 1), bad)
    with pytest.raises(ValueError, match="whole number"):
        cal.deadline(D(2024, 3, 1), bad, "day")


def test_bad_unit_rejected() -> None:
    with pytest.raises(ValueError, match="unknown unit"):
        cal.deadline(D(2024, 3, 1), 5, "week")  # type: ignore[arg-type]


# --- properties ------------------------------------------------------------------------------------------

RANGE = cal.known_range()
known_days = st.dates(min_value=RANGE.first, max_value=RANGE.last)
any_days = st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31))
amounts = st.integers(min_value=1, max_value=60)
units = st.sampled_from(["day", "working_day", "month"])


@given(known_days, amounts)
def test_working_day_result_is_the_nth_working_day(start: dt.date, n: int) -> None:
    due = cal.add_working_days(start, n)
    if due is None:  # ran past the end of the calendar: fewer than n working days are left in it
        assert sum(bool(cal.is_working_day(d)) for d in span(start + dt.timedelta(days=1), RANGE.last)) < n
        return
    assert cal.is_working_day(due) is True
    assert due >= start + dt.timedelta(days=n)  # n working days are at least n natural days
    assert sum(bool(cal.is_working_day(d)) for d in span(start + dt.timedelta(days=1), due)) == n


@given(known_days, amounts, amounts)
def test_working_days_monotone_and_composable(start: dt.date, a: int, b: int) -> None:
    first, second = cal.add_working_days(start, a), cal.add_working_days(start, a + b)
    if first is None:
        assert second is None
        return
    if second is not None:
        assert first < second
        assert cal.add_working_days(first, b) == second


@given(known_days, amounts)
def test_add_days_lands_on_the_first_working_day(start: dt.date, n: int) -> None:
    nominal = start + dt.timedelta(days=n)
    due = cal.add_days(start, n)
    if due is None:  # the end, or every day from it to the calendar's end, is past what the calendar knows
        assert nominal > RANGE.last or all(cal.is_working_day(d) is False for d in span(nominal, RANGE.last))
        return
    assert due >= nominal and cal.is_working_day(due) is True
    assert all(cal.is_working_day(d) is False for d in span(nominal, due - dt.timedelta(days=1)))
    result = cal.deadline(start, n, "day")
    assert result.due == due and (result.moved_from is not None) == (due != nominal)


@given(known_days, st.integers(min_value=1, max_value=24))
def test_add_months_corresponding_day_then_moved(start: dt.date, n: int) -> None:
    due = cal.add_months(start, n)
    if due is None:
        return
    assert cal.is_working_day(due) is True
    nominal = cal.deadline(start, n, "month").moved_from or due
    months = (nominal.year - start.year) * 12 + nominal.month - start.month
    assert months == n
    assert nominal.day == start.day or (nominal.day < start.day and (nominal + dt.timedelta(days=1)).day == 1)


@given(any_days, amounts, units, st.integers(min_value=-10, max_value=120))
def test_is_late_agrees_with_deadline(start: dt.date, n: int, unit: str, offset: int) -> None:
    actual = start + dt.timedelta(days=offset)
    result = cal.deadline(start, n, unit)  # type: ignore[arg-type]
    late = cal.is_late(start, actual, n, unit)  # type: ignore[arg-type]
    if result.due is not None:
        assert late is (actual > result.due)
    else:
        assert late in (False, None)
        assert not result.known and "无法确定" in result.explanation


@settings(max_examples=50)
@given(st.dates(min_value=RANGE.last + dt.timedelta(days=1), max_value=D(2100, 12, 31)), amounts, units)
def test_beyond_the_calendar_everything_is_unknown(start: dt.date, n: int, unit: str) -> None:
    assert cal.is_working_day(start) is None
    result = cal.deadline(start, n, unit)  # type: ignore[arg-type]
    assert result.due is None and not result.known
