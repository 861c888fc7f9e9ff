"""`reviewer` command line: review case files, and look at what the machine read (pages, instruments)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from reviewer import __version__
from reviewer.cli.calendar import calendar_app
from reviewer.cli.progress import page_progress
from reviewer.cli.registers import registers_app, registers_from
from reviewer.cli.serve import keys_app, serve, users_app
from reviewer.cli.service import register as register_service_commands
from reviewer.cli.standards import standards_app
from reviewer.core.errors import ExitCode, ReviewerError
from reviewer.core.model import Page, SourceError
from reviewer.core.settings import get_settings
from reviewer.pipeline.run import ingest
from reviewer.pipeline.run import review as run_review
from reviewer.reports.draft_html import render_html
from reviewer.reports.sheet_docx import render_docx

app = typer.Typer(
    help="行政执法案卷评查预审：读取案卷（PDF、DOCX、文件夹或 ZIP），生成带证据的预评分草稿。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


app.add_typer(standards_app, name="standards")
app.add_typer(calendar_app, name="calendar")
app.add_typer(registers_app, name="registers")
register_service_commands(app)
app.add_typer(keys_app, name="keys")
app.add_typer(users_app, name="users")
app.command("serve")(serve)


class OutputFormat(StrEnum):
    json = "json"
    html = "html"
    docx = "docx"


PathsArg = Annotated[list[Path], typer.Argument(help="案卷文件、文件夹或 ZIP；每个参数是一份案卷。")]


@app.command()
def review(
    paths: PathsArg,
    standard: Annotated[
        str | None, typer.Option("--standard", help="评查标准 ID，默认取 REVIEWER_DEFAULT_STANDARD。")
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", help="输出格式：json、html 或 docx（评查表，需 --out）。")
    ] = OutputFormat.json,
    out: Annotated[Path | None, typer.Option("--out", help="输出目录；省略时打印到标准输出。")] = None,
    registers: Annotated[
        list[Path] | None,
        typer.Option("--registers", help="执法主体清单、执法证登记册（CSV/XLSX 文件或其所在文件夹，可重复）。"),
    ] = None,
    stored_registers: Annotated[
        bool, typer.Option("--stored-registers", help="使用数据库中最新版本的登记册（reviewer registers import）。")
    ] = False,
    scope: Annotated[
        str | None,
        typer.Option("--scope", help="评查范围：case（整本案卷，默认）或 decision（文书评查：只评决定书本身）。"),
    ] = None,
) -> None:
    """Review each case file and print or write its draft (DESIGN.md output contract)."""
    if fmt is OutputFormat.docx and out is None:
        _complain("reviewer", "DOCX 评查表需要用 --out 指定输出目录。")
        raise typer.Exit(ExitCode.BAD_INPUT)
    settings = get_settings()
    try:
        loaded = registers_from(registers, stored_registers)
    except ReviewerError as error:
        _complain("reviewer", error.user_message)
        raise typer.Exit(error.exit_code) from error
    failed = False
    for path in paths:
        try:
            with page_progress(f"读取 {path.name}") as on_page:
                case, draft = run_review(
                    [path], settings, standard_id=standard, on_page=on_page, registers=loaded, scope=scope
                )
        except ReviewerError as error:
            _complain(str(path), error.user_message)
            failed = True
            continue
        failed |= _report_errors(case.errors)
        _emit(draft.to_contract(), fmt, out, path)
    raise typer.Exit(ExitCode.BAD_INPUT if failed else ExitCode.OK)


@app.command()
def pages(path: Annotated[Path, typer.Argument(help="案卷文件、文件夹或 ZIP。")]) -> None:
    """Print one JSON line per page: page, source, origin, mean confidence, text."""
    from extractors.ingest import iter_case
    from reviewer.pipeline.run import read_options

    failed = False
    for item in iter_case([path], read_options(get_settings())):
        if isinstance(item, SourceError):
            failed |= _report_errors([item])
            continue
        typer.echo(_dumps(_page_line(item)))
    raise typer.Exit(ExitCode.BAD_INPUT if failed else ExitCode.OK)


@app.command()
def segment(path: Annotated[Path, typer.Argument(help="案卷文件、文件夹或 ZIP。")]) -> None:
    """Print the instruments found (kind, title, pages, document number)."""
    from extractors.segment import segment as split

    settings = get_settings()
    try:
        case = ingest([path], settings)
    except ReviewerError as error:
        _complain(str(path), error.user_message)
        raise typer.Exit(error.exit_code) from error
    failed = _report_errors(case.errors)
    instruments = [i.summary() | {"confidence": round(i.confidence, 3)} for i in split(case.pages)]
    typer.echo(_dumps({"case_id": case.case_id, "pages": len(case.pages), "instruments": instruments}, indent=2))
    raise typer.Exit(ExitCode.BAD_INPUT if failed else ExitCode.OK)


@app.command()
def version() -> None:
    """Print the engine version."""
    typer.echo(__version__)


def _emit(contract: dict[str, Any], fmt: OutputFormat, out: Path | None, path: Path) -> None:
    """Print the draft, or write it under `out` named after its input (a DOCX is always written)."""
    if fmt is OutputFormat.docx:
        data = render_docx(contract)
    else:
        text = render_html(contract) if fmt is OutputFormat.html else _dumps(contract, indent=2)
        data = (text + "\n").encode("utf-8")
    if out is None:
        typer.echo(data.decode("utf-8"), nl=False)
        return
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{path.name}.{fmt.value}"
    target.write_bytes(data)
    typer.echo(f"已生成评查草稿：{target}", err=True)


def _page_line(page: Page) -> dict[str, Any]:
    return {
        "page": page.index,
        "source": page.source,
        "source_page": page.source_page,
        "origin": page.origin,
        "confidence": round(page.confidence, 3),
        "estimated": page.estimated,
        "warnings": page.warnings,
        "rotation": page.rotation,
        "red_seal": page.red_seal,
        "text": page.text,
    }


def _report_errors(errors: list[SourceError]) -> bool:
    for error in errors:
        _complain(error.source, error.message)
    return bool(errors)


def _complain(source: str, message: str) -> None:
    print(f"错误：{source}：{message}", file=sys.stderr)


def _dumps(data: Any, indent: int | None = None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent, default=str)


def main() -> None:
    """Console entry point: typed errors outside a command (bad settings) become a Chinese message."""
    try:
        app()
    except ReviewerError as error:
        _complain("reviewer", error.user_message)
        raise SystemExit(error.exit_code) from error
