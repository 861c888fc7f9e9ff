"""`reviewer registers import|list|show`: the 执法主体清单 and 执法证登记册 the register checks read."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from reviewer.core.errors import ExitCode, ReviewerError
from reviewer.core.register_import import RegisterInvalid, read_register
from reviewer.core.registers import KIND_NAMES, RegisterKind, RegisterRef, Registers
from reviewer.core.settings import get_settings

registers_app = typer.Typer(help="执法主体清单与执法证登记册（导入、版本、查看）。", no_args_is_help=True)

KindOption = Annotated[
    str | None,
    typer.Option(
        "--kind", help="登记册类型：bodies（执法主体清单）或 certificates（执法证登记册）；省略时按表头判断。"
    ),
]


def _kind(value: str | None) -> RegisterKind | None:
    if value is None:
        return None
    if value not in KIND_NAMES:
        _fail("--kind 只能是 bodies 或 certificates。")
    return "bodies" if value == "bodies" else "certificates"


@registers_app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="CSV 或 XLSX 文件。")],
    kind: KindOption = None,
    note: Annotated[str | None, typer.Option("--note", help="版本说明（如 2024年第二季度公布）。")] = None,
    actor: Annotated[str, typer.Option("--by", help="导入人。")] = "cli",
) -> None:
    """Import a register as a new version; a file with any bad row is refused whole, every row's reason listed."""
    from reviewer.store import open_database, upgrade
    from reviewer.store.registers import import_register

    if not path.is_file():
        _fail(f"找不到文件：{path}")
    settings = get_settings()
    upgrade(settings)
    try:
        with open_database(settings).session() as session:
            version = import_register(
                session, path.read_bytes(), filename=path.name, actor=actor, kind=_kind(kind), note=note
            )
            summary = (version.id, version.kind, version.rows)
    except RegisterInvalid as error:
        for problem in error.problems:
            print(f"错误：{path.name}：{problem}", file=sys.stderr)
        print(f"错误：{path.name}：{error.user_message.split('：')[0]}。", file=sys.stderr)
        raise typer.Exit(error.exit_code) from error
    number, found, rows = summary
    typer.echo(f"已导入{KIND_NAMES[found]}第 {number} 版：{rows} 条（{path.name}）。", err=True)
    typer.echo(_dumps({"id": number, "kind": found, "rows": rows}))


@registers_app.command("list")
def list_(kind: KindOption = None) -> None:
    """Every version, newest first; the newest of each kind is the one reviews read (current)."""
    from reviewer.store import open_database, upgrade
    from reviewer.store.registers import current_versions, list_versions, version_json

    settings = get_settings()
    upgrade(settings)
    with open_database(settings).session() as session:
        current = {v.id for v in current_versions(session).values()}
        versions = [version_json(v) | {"current": v.id in current} for v in list_versions(session, _kind(kind))]
    typer.echo(_dumps(versions, indent=2))


@registers_app.command("show")
def show(
    version: Annotated[int, typer.Argument(help="版本号（见 reviewer registers list）。")],
    search: Annotated[str | None, typer.Option("--search", help="按名称、证号或单位筛选。")] = None,
    limit: Annotated[int, typer.Option("--limit", help="最多显示条数。")] = 100,
) -> None:
    """One version (old ones included) with its entries."""
    from reviewer.store import open_database, upgrade
    from reviewer.store.registers import get_version, version_entries, version_json

    settings = get_settings()
    upgrade(settings)
    try:
        with open_database(settings).session() as session:
            found = version_json(get_version(session, version))
            entries, total = version_entries(session, version, search=search, limit=limit)
    except ReviewerError as error:
        _fail(error.user_message)
    typer.echo(_dumps(found | {"total": total, "entries": entries}, indent=2))


def registers_from(paths: list[Path] | None, stored: bool) -> Registers | None:
    """The registers `reviewer review` reads: files (CSV/XLSX, or folders of them) or the stored newest versions."""
    if stored:
        from reviewer.store import open_database, upgrade
        from reviewer.store.registers import load_registers

        settings = get_settings()
        upgrade(settings)
        with open_database(settings).session() as session:
            return load_registers(session)
    if not paths:
        return None
    files = [f for p in paths for f in (sorted(p.iterdir()) if p.is_dir() else [p])]
    loaded: dict[str, Any] = {}
    names: list[str] = []
    for file in files:
        if file.suffix.lower() not in (".csv", ".xlsx", ".xlsm"):
            continue
        kind, entries = read_register(file)
        loaded[kind] = [*loaded.get(kind, []), *entries]
        names.append(file.name)
    if not loaded:
        _fail(f"没有找到登记册文件（CSV 或 XLSX）：{'、'.join(map(str, paths))}")
    return Registers(ref=RegisterRef(files=names), bodies=loaded.get("bodies"), certificates=loaded.get("certificates"))


def _fail(message: str) -> None:
    print(f"错误：reviewer registers：{message}", file=sys.stderr)
    raise typer.Exit(ExitCode.BAD_INPUT)


def _dumps(data: Any, indent: int | None = None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent, default=str)
