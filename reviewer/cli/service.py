"""Service commands: `reviewer db upgrade`, `reviewer worker`, `reviewer requeue`, `reviewer batch`."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from reviewer.core.errors import ExitCode
from reviewer.core.settings import get_settings

db_app = typer.Typer(help="数据库维护。", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="目标版本，默认最新。")] = "head") -> None:
    """Create or migrate the database schema (Alembic) to the newest version."""
    from sqlalchemy.engine import make_url

    from reviewer.store import database_url, upgrade

    settings = get_settings()
    upgrade(settings, revision)
    typer.echo(
        f"数据库已升级到 {revision}：{make_url(database_url(settings)).render_as_string(hide_password=True)}", err=True
    )


def worker(
    burst: Annotated[bool, typer.Option("--burst", help="队列清空后退出。")] = False,
    with_scheduler: Annotated[
        bool, typer.Option("--with-scheduler/--without-scheduler", help="同时运行定时调度（带间隔的重试需要它）。")
    ] = True,
    name: Annotated[str | None, typer.Option("--name", help="工作进程名称，默认自动生成。")] = None,
) -> None:
    """Run a review worker on the Redis queue (any number of them, on any number of machines)."""
    from redis.exceptions import ConnectionError as RedisDown

    from worker.runner import run_worker

    settings = get_settings()
    try:
        run_worker(settings, burst=burst, with_scheduler=with_scheduler, name=name, logging_level="INFO")
    except RedisDown as error:
        print(f"错误：reviewer worker：无法连接任务队列 Redis：{error}", file=sys.stderr)
        raise typer.Exit(ExitCode.UNAVAILABLE) from error


def requeue() -> None:
    """Enqueue every case left queued or processing without a live job (after a Redis restart)."""
    from worker.sweep import sweep

    cases = sweep(get_settings(), lock_s=1)
    typer.echo(f"已重新排队 {len(cases)} 份案卷。", err=True)


def batch(
    folder: Annotated[Path | None, typer.Argument(help="文件夹：其中每个文件或子文件夹是一份案卷。")] = None,
    agency: Annotated[
        str | None, typer.Option("--agency", help="执法机关（代码或名称）：文件夹批次的所属机关，或按期间评查的机关。")
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="结案日期起，YYYY-MM-DD（按已入库案卷评查）。")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="结案日期止，YYYY-MM-DD（按已入库案卷评查）。")] = None,
    by_agency: Annotated[
        bool, typer.Option("--by-agency", help="文件夹的每个子文件夹是一个执法机关，其下每项是一份案卷。")
    ] = False,
    rerun: Annotated[
        bool, typer.Option("--rerun", help="按期间评查时，已出草稿的案卷也重新评查（保留人工更正）。")
    ] = False,
    name: Annotated[str | None, typer.Option("--name", help="批次名称。")] = None,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="等待评查完成并写出汇总表。")] = True,
    out: Annotated[Path, typer.Option("--out", help="汇总表 XLSX 的路径。")] = Path("out/汇总表.xlsx"),
    local_workers: Annotated[
        int, typer.Option("--local-workers", help="在本机另起几个评查进程（默认 0：由已运行的 reviewer worker 处理）。")
    ] = 0,
    timeout: Annotated[float, typer.Option("--timeout", help="最长等待秒数。")] = 24 * 3600,
    scope: Annotated[
        str | None,
        typer.Option("--scope", help="评查范围：decision 为文书评查（文件夹中每个文件是一份决定书，在本进程内评查）。"),
    ] = None,
    standard: Annotated[
        str | None, typer.Option("--standard", help="文书评查使用的标准，默认取评查范围的标准。")
    ] = None,
) -> None:
    """Review a folder of case files, or an agency's stored cases closed in a period; write the 汇总表."""
    from worker.batch import BatchRequest, run_batch

    by_period = date_from is not None or date_to is not None
    if scope not in (None, "case"):
        if folder is None or by_period:
            _fail("文书评查（--scope）只用于文件夹：文件夹中每个文件是一份决定书。")
        assert folder is not None
        from reviewer.cli.decision_batch import run_decision_batch

        raise typer.Exit(run_decision_batch(folder, out, get_settings(), scope=scope, standard_id=standard))
    if (folder is None) == (not by_period):
        _fail("请给出一个文件夹，或者用 --from/--to（可加 --agency）选择已入库的案卷，二者选一。")
    request = BatchRequest(
        folder=folder,
        agency=agency,
        period=(_date(date_from, "--from"), _date(date_to, "--to")),
        name=name,
        by_agency=by_agency,
        rerun=rerun,
        wait=wait,
        out=out,
        timeout=timeout,
        local_workers=local_workers,
    )
    raise typer.Exit(run_batch(get_settings(), request))


def _date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        _fail(f"{option} 的日期格式应为 YYYY-MM-DD：{text}")
        raise  # unreachable: _fail exits


def _fail(message: str) -> None:
    print(f"错误：reviewer：{message}", file=sys.stderr)
    raise typer.Exit(ExitCode.BAD_INPUT)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
    app.command("worker")(worker)
    app.command("requeue")(requeue)
    app.command("batch")(batch)
