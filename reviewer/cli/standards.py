"""`reviewer standards`: list the shipped review standards, show one, validate a standard file.

Registered by reviewer.cli with `app.add_typer(standards_app, name="standards")`.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Annotated

import typer

from checklists.names import describe
from checklists.registry import implementation_label
from checklists.schema import Period, Standard
from checklists.standards import list_standards, load_standard, validate_file
from reviewer.core.errors import ExitCode, ReviewerError

standards_app = typer.Typer(
    help="评查标准：列出、查看、校验评查标准文件。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _fail(error: ReviewerError) -> typer.Exit:
    typer.echo(error.user_message, err=True)
    return typer.Exit(error.exit_code)


def _points(value: float) -> str:
    return f"{value:g}"


def _money(value: Decimal | None) -> str:
    return "未设定" if value is None else f"{value:,.0f} 元"


def _period(period: Period | None) -> str:
    if period is None:
        return "未设定"
    return f"{period.days} 个工作日" if period.unit == "working_days" else f"{period.days} 日"


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


@standards_app.command("list")
def list_command() -> None:
    """列出内置的评查标准。"""
    try:
        standards = list_standards()
    except ReviewerError as error:
        raise _fail(error) from error
    for standard in standards:
        meta = standard.standard
        typer.echo(
            f"{meta.id}\t{meta.name}\t地区：{meta.jurisdiction}\t版本：{meta.version}\t"
            f"检查项 {len(standard.checks)} 项（否决项 {len(standard.veto_checks)} 项）"
        )


def _header(standard: Standard) -> list[str]:
    meta = standard.standard
    lines = [
        f"评查标准：{meta.name}（{meta.id}）",
        f"地区：{meta.jurisdiction}　版本：{meta.version}　施行日期：{meta.effective_date or '未知'}",
        (
            f"适用程序：{'、'.join({'general': '普通程序', 'simple': '简易程序'}[p] for p in meta.applies_to)}"
            f"　一般标准总分：{_points(meta.total_points)}"
        ),
        "依据文件：",
    ]
    lines += [f"  [{source.key}] {source.title}" + (f"　{source.url}" if source.url else "") for source in meta.sources]
    if meta.notes:
        lines.append(f"说明：{meta.notes}")
    bands_list = standard.grading.bands
    bands = "，".join(
        f"{band.name} < {_points(bands_list[i - 1].min_score)}"
        if band.min_score == 0 and i
        else f"{band.name} ≥ {_points(band.min_score)}"
        for i, band in enumerate(bands_list)
    )
    lines.append(f"评定等级：{bands}；触及否决项为{standard.grading.veto_grade}")
    return lines


def _thresholds(standard: Standard) -> list[str]:
    t = standard.thresholds
    major = t.major_penalty
    kinds = [
        name
        for flag, name in (
            (major.confiscation_equal_value, "没收同等价值财物"),
            (major.suspension, "责令停产停业"),
            (major.revocation, "吊销许可证或执照"),
        )
        if flag
    ]
    filing_rule = "不适用"
    if t.filing_deadline.applies:
        scope = "、".join(t.filing_deadline.sectors) or "全部领域"
        filing_rule = f"适用（{scope}，{_period(t.filing_deadline.period)}）"
    return [
        "地区阈值：",
        f"  听证标准：公民 {_money(t.hearing.fine_citizen)}，组织 {_money(t.hearing.fine_organisation)}（{t.hearing.basis}）",
        f"  重大行政处罚：公民罚款 {_money(major.fine_citizen)}，组织罚款 {_money(major.fine_organisation)}"
        + (f"，{'、'.join(kinds)}" if kinds else "")
        + f"（{major.basis}）",
        f"  重大行政处罚备案：{'要求，期限 ' + _period(t.major_filing.period) if t.major_filing.required else '不要求'}",
        f"  立案期限规则：{filing_rule}",
        f"  陈述申辩期默认：{_period(t.statement_period)}",
    ]


@standards_app.command("show")
def show_command(
    standard_id: Annotated[str, typer.Argument(metavar="ID", help="评查标准 ID 或标准文件路径。")],
) -> None:
    """显示一个评查标准：基本信息、阈值、分类和全部检查项（含实现状态）。"""
    try:
        standard = load_standard(standard_id)
    except ReviewerError as error:
        raise _fail(error) from error
    lines = _header(standard) + _thresholds(standard)
    lines.append("基础标准（否决项目）：")
    for item in standard.veto_items:
        count = sum(1 for check in standard.veto_checks if check.category == item.id)
        lines.append(f"  {item.id}：{item.name}（{count} 项）")
    lines.append("一般标准（分类，扣完为止，不计负分）：")
    for category in standard.categories:
        count = sum(1 for check in standard.deduction_checks if check.category == category.id)
        lines.append(f"  {category.id}：{category.name}　{_points(category.points)} 分（{count} 项）")
    lines.append("检查项（评查项目　[分类]　分值　实现状态　编号）：")
    for check in standard.checks:
        kind = "否决" if check.veto else f"扣 {_points(check.points)} 分" + ("/次" if check.per_instance else "")
        text = describe(check.id, standard)
        lines.append(f"  {check.name}　[{check.category}]　{kind}　{implementation_label(check.id)}　{check.id}")
        if text.content:
            lines.append(f"      评查内容：{text.content}")
        lines.append(f"      依据：{check.basis}　来源：{check.source}")
    implemented = sum(1 for check in standard.checks if implementation_label(check.id) == "已实现")
    lines.append(
        f"共 {len(standard.checks)} 项检查，已实现 {implemented} 项，未实现 {len(standard.checks) - implemented} 项。"
    )
    typer.echo("\n".join(lines))


@standards_app.command("validate")
def validate_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="要校验的评查标准 YAML 文件。")],
) -> None:
    """校验评查标准文件；有问题时逐条列出文件、行号和检查项，退出码 2。"""
    problems = validate_file(file)
    if problems:
        typer.echo(f"评查标准文件无效，共 {len(problems)} 处问题：", err=True)
        for problem in problems:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(ExitCode.BAD_INPUT)
    typer.echo(f"{file}：校验通过。")
