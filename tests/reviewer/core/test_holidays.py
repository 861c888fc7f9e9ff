"""Holiday year files: the shipped ones agree with the package, problems name their line, and an operator's
file for a year the release lacks turns that year's deadlines from unknown into decided."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from chinese_calendar import constants as cc_data

from reviewer.core import calendar as cal
from reviewer.core import holidays
from reviewer.core.errors import InvalidHolidays
from reviewer.core.settings import get_settings

D = dt.date

#: A year no notice exists for while these tests are written; its arrangement below is invented for the test.
FUTURE = 2031
FUTURE_YAML = f"""\
year: {FUTURE}
notices:
  - title: 测试用通知（虚构）
    number: null
    date: null
holidays:
  - name: 劳动节
    off: [{FUTURE}-05-01..{FUTURE}-05-05]
    work: [{FUTURE}-04-27, {FUTURE}-05-10]
"""


@pytest.fixture
def holidays_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """REVIEWER_HOLIDAYS_DIR pointing at an empty folder the test fills."""
    monkeypatch.setenv("REVIEWER_HOLIDAYS_DIR", str(tmp_path))
    get_settings.cache_clear()
    cal.reload()
    yield tmp_path
    monkeypatch.delenv("REVIEWER_HOLIDAYS_DIR")
    get_settings.cache_clear()
    cal.reload()


def test_one_valid_file_per_year_shipped() -> None:
    files = holidays.bundled()
    assert sorted(files) == list(range(2004, 2027))
    for year, file in files.items():
        assert file.notices and all(n.title for n in file.notices), year
        assert all(d.year == year or (d.year == year - 1 and d.month == 12) for d in [*file.off, *file.work])
        assert all(d.weekday() >= 5 for d in file.work), year


def test_cited_numbers_have_the_notice_form() -> None:
    for year, file in holidays.bundled().items():
        main = file.notices[0]
        assert main.title == f"国务院办公厅关于{year}年部分节假日安排的通知"
        if main.number is not None:  # the notice for year Y is numbered in year Y-1
            assert main.number.startswith(f"国办发明电〔{year - 1}〕"), year
        if main.date is not None:
            assert main.date.year == year - 1, year


def _package_status(day: dt.date) -> tuple[bool, str | None]:
    name = cc_data.holidays.get(day) or cc_data.workdays.get(day)
    if day in cc_data.holidays:
        return False, name
    if day in cc_data.workdays:
        return True, name
    return day.weekday() < 5, None


#: Where the files knowingly differ from chinesecalendar 1.11: the 2006 notice made Saturday 2005-12-31 a working day.
KNOWN_PACKAGE_ERRORS = {D(2005, 12, 31)}


def test_package_years_agree_with_the_files() -> None:
    files = holidays.bundled()
    listed: dict[dt.date, tuple[bool, str | None]] = {}
    for file in files.values():  # a file's days in December of the year before count for that day
        listed.update({day: file.status(day) for day in [*file.off, *file.work]})
    both = sorted({d.year for d in cc_data.holidays} & set(files))
    assert len(both) >= 20
    disagree = []
    for year in both:
        first = D(year, 1, 1)
        for day in (first + dt.timedelta(days=i) for i in range((D(year, 12, 31) - first).days + 1)):
            working, name = listed.get(day) or files[year].status(day)
            pkg_working, pkg_name = _package_status(day)
            if working != pkg_working or (name is None) != (pkg_name is None):
                disagree.append(day)
            elif pkg_name is not None:
                assert cal.HOLIDAY_NAMES_ZH[pkg_name] == name, day
    assert set(disagree) == KNOWN_PACKAGE_ERRORS


def test_calendar_uses_the_files() -> None:
    assert cal.is_working_day(D(2005, 12, 31)) is True
    assert cal.year_source(2024) is not None and "2024.yaml" in (cal.year_source(2024) or "")
    assert cal.year_source(FUTURE) is None


def _problems(text: str, name: str = "2027.yaml") -> list[str]:
    year = int(name[:4]) if name[:4].isdigit() else None
    parsed, problems = holidays.parse_text(text, name, year)
    assert parsed is None
    return [str(p) for p in problems]


GOOD_2027 = """\
year: 2027
notices:
  - title: 国务院办公厅关于2027年部分节假日安排的通知
    number: 国办发明电〔2026〕9号
    date: 2026-11-20
holidays:
  - name: 元旦
    off: [2027-01-01..2027-01-03]
"""


def test_a_good_file_parses() -> None:
    parsed, problems = holidays.parse_text(GOOD_2027, "2027.yaml", 2027)
    assert problems == [] and parsed is not None
    assert parsed.year == 2027 and parsed.status(D(2027, 1, 2)) == (False, "元旦")
    assert parsed.status(D(2027, 3, 3)) == (True, None) and parsed.status(D(2027, 3, 6)) == (False, None)


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("2027-01-01..2027-01-03", "2027-01-01..2027-13-03"), 8, "不是有效日期"),
        (("2027-01-01..2027-01-03", "2027-01-03..2027-01-01"), 8, "先后有序"),
        (("name: 元旦", "name: 元旦节"), 7, "未知的节日名称"),
        (("year: 2027", "year: 2028"), 1, "文件名应为 2028.yaml"),
        (("国办发明电〔2026〕9号", "国办〔2026〕9号"), 4, "格式应为"),
        (("date: 2026-11-20", "date: 2028-01-05"), 5, "晚于"),
        (("    off: [2027-01-01..2027-01-03]", "    off: [2027-01-01]\n    work: [2027-01-04]"), 9, "应为周六或周日"),
        (("    off: [2027-01-01..2027-01-03]", "    off: [2027-01-01, 2027-01-01]"), 8, "重复出现"),
        (("    off: [2027-01-01..2027-01-03]", "    off: [2029-01-01]"), 8, "不在2027年"),
        (("    off: [2027-01-01..2027-01-03]", "    of: [2027-01-01]"), 8, "未知字段"),
        (("holidays:", "holidays: [\n"), 8, "YAML 语法错误"),
    ],
)
def test_problems_name_the_line(change: tuple[str, str], line: int, words: str) -> None:
    problems = _problems(GOOD_2027.replace(*change))
    assert any(p.startswith(f"2027.yaml:{line}:") and words in p for p in problems), problems


def test_validate_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "2027.yaml"
    path.write_text(GOOD_2027, encoding="utf-8")
    assert holidays.parse_file(path)[1] == []
    _, problems = holidays.parse_file(tmp_path / "2030.yaml")
    assert "文件不存在" in str(problems[0])


def test_an_operator_year_decides_deadlines(holidays_dir: Path) -> None:
    start = D(FUTURE, 4, 29)
    before = cal.deadline(start, 3, "working_day")
    assert before.due is None and f"{FUTURE}年" in before.explanation and f"{FUTURE}.yaml" in before.explanation
    (holidays_dir / f"{FUTURE}.yaml").write_text(FUTURE_YAML, encoding="utf-8")
    cal.reload()
    after = cal.deadline(start, 3, "working_day")
    # 4-30 (Wed), then 劳动节 5-1..5-5, 5-6 (Tue), 5-7 (Wed): the 3rd working day.
    assert after.due == D(FUTURE, 5, 7) and "劳动节" in after.explanation
    assert cal.is_working_day(D(FUTURE, 5, 10)) is True  # an adjusted working Saturday
    assert cal.year_source(FUTURE) == f"节假日文件 {holidays_dir / f'{FUTURE}.yaml'}"
    # Its last days stay unknown: the next year's notice may still change them.
    assert cal.is_working_day(D(FUTURE, 12, 29)) is None
    assert cal.known_years().stop == 2027  # an isolated year does not extend the unbroken range


def test_an_operator_file_replaces_the_shipped_year(holidays_dir: Path) -> None:
    assert cal.is_working_day(D(2024, 3, 13)) is True
    text = (holidays.BUNDLED_DIR / "2024.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "  - name: 清明节\n", "  - name: 抗战胜利70周年纪念日\n    off: [2024-03-13]\n  - name: 清明节\n"
    )
    (holidays_dir / "2024.yaml").write_text(text, encoding="utf-8")
    cal.reload()
    assert cal.is_working_day(D(2024, 3, 13)) is False
    assert cal.holiday_name(D(2024, 3, 13)) == "抗战胜利70周年纪念日"
    assert cal.is_working_day(D(2024, 2, 18)) is True  # the rest of the year as the file says


def test_an_invalid_operator_file_is_a_typed_error(holidays_dir: Path) -> None:
    (holidays_dir / "2031.yaml").write_text(FUTURE_YAML.replace("劳动节", "劳动日"), encoding="utf-8")
    cal.reload()
    with pytest.raises(InvalidHolidays) as raised:
        cal.is_working_day(D(2024, 3, 13))
    assert "2031.yaml:" in raised.value.user_message and "劳动日" in raised.value.user_message


def test_a_missing_operator_dir_is_a_typed_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWER_HOLIDAYS_DIR", str(tmp_path / "nowhere"))
    get_settings.cache_clear()
    try:
        cal.reload()
        with pytest.raises(InvalidHolidays, match="does not exist"):
            cal.is_working_day(D(2024, 3, 13))
    finally:
        monkeypatch.delenv("REVIEWER_HOLIDAYS_DIR")
        get_settings.cache_clear()
        cal.reload()
