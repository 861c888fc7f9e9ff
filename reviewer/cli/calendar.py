"""`reviewer calendar`: show a year's holidays and adjusted working days, validate a holiday year file.

Registered by reviewer.cli with `app.add_typer(calendar_app, name="calendar")`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from reviewer.core import calendar
from reviewer.core.errors import ExitCode, ReviewerError
from reviewer.core.holidays import parse_file

calendar_app = typer.Typer(
    help="节假日日历：查看某年的放假调休安排，校验节假日文件。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_WEEKDAYS = "一二三四五六日"


def _day(day: dt.date) -> str:
    return f"{calendar.format_date(day)}（周{_WEEKDAYS[day.weekday()]}）"


def _year_days(year: int) -> list[dt.date]:
    """The year's days plus the late-December days of the year before that belong to its notice."""
    first = dt.date(year - 1, 12, 15)
    return [first + dt.timedelta(days=i) for i in range((dt.date(year, 12, 31) - first).days + 1)]


def _blocks(year: int) -> list[str]:
    """Per holiday: its days off (as runs) and its adjusted working days, as the calendar in force has them."""
    off: dict[str, list[dt.date]] = {}
    work: dict[str, list[dt.date]] = {}
    for day in _year_days(year):
        name = calendar.holiday_name(day)
        if name is None or (day.year < year and name != "元旦"):
            continue
        working = calendar.is_working_day(day)
        (work if working else off).setdefault(name, []).append(day)
    lines: list[str] = []
    for name in sorted(off, key=lambda n: off[n][0]):
        days = off[name]
        text = f"{_day(days[0])}至{_day(days[-1])}" if len(days) > 1 else _day(days[0])
        lines.append(f"  {name}：放假 {text}，共 {len(days)} 天")
        if name in work:
            lines.append(f"      调休上班：{'、'.join(_day(d) for d in work[name])}")
    return lines


@calendar_app.command("show")
def show_command(year: Annotated[int, typer.Argument(metavar="YEAR", help="年份，例如 2027。")]) -> None:
    """显示某年的法定节假日放假日期和调休上班日，以及数据来源。"""
    try:
        source = calendar.year_source(year)
        if source is None:
            typer.echo(f"{calendar.missing_year_message(year)}。", err=True)
            raise typer.Exit(ExitCode.BAD_INPUT)
        lines = [f"{year}年放假调休安排", f"数据来源：{source}"]
        file = calendar.year_file(year)
        if file is not None:
            lines += [
                f"依据：{notice.describe()}" + (f"　{notice.note}" if notice.note else "") for notice in file.notices
            ]
        lines += _blocks(year)
        if calendar.year_source(year + 1) is None:
            lines.append(
                f"注意：{year + 1}年的安排尚未收录，{year}年12月最后{calendar.NEXT_NOTICE_MARGIN_DAYS}天"
                "可能被下一年的通知调整，按“未知”处理。"
            )
    except ReviewerError as error:
        typer.echo(error.user_message, err=True)
        raise typer.Exit(error.exit_code) from error
    typer.echo("\n".join(lines))


@calendar_app.command("validate")
def validate_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="要校验的节假日 YAML 文件（例如 2027.yaml）。")],
) -> None:
    """校验节假日文件；有问题时逐条列出文件、行号和问题，退出码 2。"""
    year, problems = parse_file(file)
    if problems or year is None:
        typer.echo(f"节假日文件无效，共 {len(problems)} 处问题：", err=True)
        for problem in problems:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(ExitCode.BAD_INPUT)
    typer.echo(
        f"{file}：校验通过（{year.year}年，放假 {len(year.off)} 天，调休上班 {len(year.work)} 天；"
        f"依据：{'；'.join(n.describe() for n in year.notices)}）。"
    )
