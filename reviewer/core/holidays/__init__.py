"""Official holidays and adjusted working days (放假调休安排) as data: one YAML file per year.

Why data and not only the `chinesecalendar` package: the State Council publishes each year's arrangement in the
autumn before, and a package release can lag by months; until then every working-day period in that year would be
`unknown`. A year's file (`2027.yaml`) can be added by the operator (`REVIEWER_HOLIDAYS_DIR`) the day the notice
appears. Layers, later ones win for a whole year: the package, the files shipped here, the operator's directory.

A file lists, per holiday, the days off (`off`: dates or `first..last` spans) and the adjusted working days
(`work`, always a Saturday or Sunday), and cites the notice (`notices`: number, date, title). Every other day of
the year is a working day from Monday to Friday. Days of the first notice that fall in late December of the year
before (元旦 blocks) belong to the later year's file. `parse_file` reports each problem with file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from reviewer.core.errors import InvalidHolidays

#: Where the shipped year files live (this package).
BUNDLED_DIR = Path(__file__).resolve().parent

#: Holiday names a file may use (the names of 《全国年节及纪念日放假办法》 and the one-off 2015 day).
HOLIDAY_NAMES: tuple[str, ...] = (
    "元旦",
    "春节",
    "清明节",
    "劳动节",
    "端午节",
    "中秋节",
    "国庆节",
    "抗战胜利70周年纪念日",
)

_NUMBER = re.compile(r"^国(办)?发明电〔\d{4}〕\d+号$")
_SPAN = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$")
#: The longest block a notice has given (春节 2020 with its extension ran ten days; 国庆 blocks eight).
_MAX_SPAN_DAYS = 15
#: How far into December of the year before a file's days may reach (元旦 blocks start on 12-30 at the earliest).
_EARLIEST_DECEMBER_DAY = 15


@dataclass(frozen=True)
class Notice:
    """The notice a year's days come from; number and date are None where they could not be confirmed."""

    title: str
    number: str | None
    date: dt.date | None
    note: str = ""
    #: False where the number or date was found in one secondary source only.
    verified: bool = True

    def describe(self) -> str:
        parts = [self.title]
        if self.number:
            parts.append(f"（{self.number}）")
        if self.date:
            parts.append(f"，{self.date.year}年{self.date.month}月{self.date.day}日")
        if not self.number or not self.date or not self.verified:
            parts.append("（文号或日期未经核实）")
        return "".join(parts)


@dataclass(frozen=True)
class HolidayYear:
    """One year's arrangement: days off and adjusted working days, each with the holiday it belongs to."""

    year: int
    notices: tuple[Notice, ...]
    off: dict[dt.date, str] = field(default_factory=dict)
    work: dict[dt.date, str] = field(default_factory=dict)
    source: str = ""

    def status(self, day: dt.date) -> tuple[bool, str | None]:
        """(working, holiday name) of a day of this year, or of one this file lists in the year before."""
        if day in self.off:
            return False, self.off[day]
        if day in self.work:
            return True, self.work[day]
        return day.weekday() < 5, None


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class _Reader:
    """Walks the YAML node tree so every problem can name its line."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, node: Node | None, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(Problem(self.file, line, message))

    def mapping(self, node: Node, what: str, allowed: tuple[str, ...]) -> dict[str, Node] | None:
        if not isinstance(node, MappingNode):
            self.problem(node, f"{what}应为键值映射")
            return None
        result: dict[str, Node] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, ScalarNode) else str(key)
            if name not in allowed:
                self.problem(key, f"{what}中有未知字段“{name}”（可用字段：{'、'.join(allowed)}）")
            elif name in result:
                self.problem(key, f"{what}中字段“{name}”重复")
            else:
                result[name] = value
        return result

    def sequence(self, node: Node, what: str) -> list[Node]:
        if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
            return []
        if not isinstance(node, SequenceNode):
            self.problem(node, f"{what}应为列表")
            return []
        return list(node.value)

    def text(self, node: Node | None, what: str, *, optional: bool = False) -> str | None:
        if node is None or (isinstance(node, ScalarNode) and node.tag.endswith(":null")):
            if not optional:
                self.problem(node, f"缺少{what}")
            return None
        if not isinstance(node, ScalarNode) or not str(node.value).strip():
            self.problem(node, f"{what}应为非空文字")
            return None
        return str(node.value).strip()

    def date(self, node: Node, text: str, what: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.problem(node, f"{what}“{text}”不是有效日期（格式：2027-01-01）")
            return None

    def days(self, node: Node, what: str) -> list[tuple[dt.date, Node]]:
        """Dates and `first..last` spans of a list, expanded to days."""
        found: list[tuple[dt.date, Node]] = []
        for item in self.sequence(node, what):
            raw = str(item.value).strip() if isinstance(item, ScalarNode) else ""
            span = _SPAN.match(raw)
            if span:
                first, last = self.date(item, span[1], what), self.date(item, span[2], what)
                if first is None or last is None:
                    continue
                if not first <= last or (last - first).days >= _MAX_SPAN_DAYS:
                    self.problem(item, f"{what}区间“{raw}”应为先后有序、不超过{_MAX_SPAN_DAYS}天的日期区间")
                    continue
                found += [(first + dt.timedelta(days=i), item) for i in range((last - first).days + 1)]
            elif raw:
                day = self.date(item, raw, what)
                if day is not None:
                    found.append((day, item))
            else:
                self.problem(item, f"{what}应为日期或“起..止”区间")
        return found


def _notices(reader: _Reader, node: Node | None, year: int | None) -> list[Notice]:
    if node is None:
        reader.problem(None, "缺少 notices（国务院办公厅通知的文号、日期和标题）")
        return []
    notices: list[Notice] = []
    for item in reader.sequence(node, "notices"):
        fields = reader.mapping(item, "通知", ("title", "number", "date", "note", "verified"))
        if fields is None:
            continue
        title = reader.text(fields.get("title"), "通知标题（title）")
        number = reader.text(fields.get("number"), "通知文号（number）", optional=True)
        if number is not None and not _NUMBER.match(number):
            reader.problem(fields["number"], f"通知文号“{number}”格式应为“国办发明电〔2026〕7号”；未核实时写 null")
            number = None
        raw_date = reader.text(fields.get("date"), "通知日期（date）", optional=True)
        date = reader.date(fields["date"], raw_date, "通知日期") if raw_date is not None else None
        if date is not None and year is not None and date.year > year:
            reader.problem(fields["date"], f"通知日期{date}晚于所安排的{year}年")
        note = reader.text(fields.get("note"), "说明（note）", optional=True) or ""
        verified = reader.text(fields.get("verified"), "是否核实（verified）", optional=True) or "true"
        if verified not in ("true", "false"):
            reader.problem(fields["verified"], f"verified 应为 true 或 false，而不是“{verified}”")
        if title is not None:
            notices.append(Notice(title, number, date, note, verified == "true"))
    if not notices:
        reader.problem(node, "notices 至少要列出一份通知")
    return notices


def _in_scope(day: dt.date, year: int) -> bool:
    return day.year == year or (day.year == year - 1 and day.month == 12 and day.day >= _EARLIEST_DECEMBER_DAY)


def _holidays(reader: _Reader, node: Node | None, year: int | None) -> tuple[dict[dt.date, str], dict[dt.date, str]]:
    off: dict[dt.date, str] = {}
    work: dict[dt.date, str] = {}
    if node is None:
        reader.problem(None, "缺少 holidays（各节日的放假日期和调休上班日）")
        return off, work
    for item in reader.sequence(node, "holidays"):
        fields = reader.mapping(item, "节日", ("name", "off", "work"))
        if fields is None:
            continue
        name = reader.text(fields.get("name"), "节日名称（name）")
        if name is not None and name not in HOLIDAY_NAMES:
            reader.problem(fields["name"], f"未知的节日名称“{name}”（可用：{'、'.join(HOLIDAY_NAMES)}）")
        if "off" not in fields:
            reader.problem(item, f"节日“{name}”缺少放假日期（off）")
        label = name or "?"
        for kind, table, days in (
            ("放假日期", off, reader.days(fields["off"], "放假日期") if "off" in fields else []),
            ("调休上班日", work, reader.days(fields["work"], "调休上班日") if "work" in fields else []),
        ):
            for day, where in days:
                if year is not None and not _in_scope(day, year):
                    reader.problem(where, f"{kind}{day}不在{year}年（或其前一年12月下旬）")
                elif day in off or day in work:
                    reader.problem(where, f"{day}重复出现（一天只能是放假日或调休上班日之一，且只列一次）")
                elif table is work and day.weekday() < 5:
                    reader.problem(
                        where, f"调休上班日{day}是工作日（星期{'一二三四五'[day.weekday()]}），应为周六或周日"
                    )
                else:
                    table[day] = label
    return off, work


def parse_text(text: str, file: str, expected_year: int | None = None) -> tuple[HolidayYear | None, list[Problem]]:
    """Validate one year's YAML; the year when valid, and every problem found with its line."""
    reader = _Reader(file)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return None, [Problem(file, line, f"YAML 语法错误：{getattr(error, 'problem', None) or error}")]
    if root is None:
        return None, [Problem(file, 1, "文件为空")]
    fields = reader.mapping(root, "文件", ("year", "notices", "holidays"))
    if fields is None:
        return None, reader.problems
    year: int | None = None
    raw_year = reader.text(fields.get("year"), "年份（year）")
    if raw_year is not None:
        if re.fullmatch(r"\d{4}", raw_year):
            year = int(raw_year)
        else:
            reader.problem(fields["year"], f"年份“{raw_year}”应为四位数字")
    if year is not None and expected_year is not None and year != expected_year:
        reader.problem(fields["year"], f"文件名是{expected_year}年，内容写的是{year}年；文件名应为 {year}.yaml")
    notices = _notices(reader, fields.get("notices"), year)
    off, work = _holidays(reader, fields.get("holidays"), year)
    if reader.problems or year is None:
        return None, reader.problems
    return HolidayYear(year, tuple(notices), off, work, file), []


def parse_file(path: Path) -> tuple[HolidayYear | None, list[Problem]]:
    """Validate one year's file; the file name, when it is a year (`2027.yaml`), must match its `year`."""
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Problem(file, 1, "文件不存在")]
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(file, 1, f"无法读取文件（{type(error).__name__}），请确认是 UTF-8 编码的 YAML")]
    expected = int(path.stem) if re.fullmatch(r"\d{4}", path.stem) else None
    return parse_text(text, file, expected)


def load_dir(directory: Path) -> dict[int, HolidayYear]:
    """Every `YYYY.yaml` of a directory; any invalid file (or a missing directory) is a typed error."""
    if not directory.is_dir():
        raise InvalidHolidays(
            f"holidays directory {directory} does not exist",
            f"节假日目录 {directory} 不存在，请检查 REVIEWER_HOLIDAYS_DIR。",
        )
    years: dict[int, HolidayYear] = {}
    problems: list[Problem] = []
    for path in sorted(directory.glob("*.yaml")):
        if not re.fullmatch(r"\d{4}", path.stem):
            problems.append(Problem(str(path), 1, "文件名应为年份，例如 2027.yaml"))
            continue
        parsed, found = parse_file(path)
        problems += found
        if parsed is not None:
            years[parsed.year] = parsed
    if problems:
        listed = "；".join(str(p) for p in problems[:5])
        raise InvalidHolidays(
            f"invalid holiday files in {directory}: {problems[0]}",
            f"节假日文件有误，共 {len(problems)} 处：{listed}。可用 reviewer calendar validate 逐个校验。",
        )
    return years


def bundled() -> dict[int, HolidayYear]:
    """The year files shipped with the project."""
    return load_dir(BUNDLED_DIR)
