"""`reviewer batch`: review a folder of case files, or an agency's stored cases closed in a period, and write
the 汇总表 with the per-agency ranking.

Folder layout: every file or sub-folder directly under DIR is one case file. With `--by-agency`, every sub-folder
of DIR is an agency (its name is the agency) and the entries under it are its case files.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import or_, select

from reviewer.core.errors import ExitCode, InputNotFound
from reviewer.core.settings import Settings
from reviewer.core.status import FINISHED, CaseStatus
from reviewer.reports.summary_xlsx import summary_xlsx
from reviewer.store import (
    Agency,
    accept_upload,
    batch_cases,
    create_batch,
    get_batch,
    open_blobs,
    open_database,
    summarize,
)
from worker.queue import enqueue_or_defer

console = Console(stderr=True)


@dataclass(frozen=True)
class BatchRequest:
    folder: Path | None = None
    agency: str | None = None
    period: tuple[dt.date | None, dt.date | None] = (None, None)
    name: str | None = None
    by_agency: bool = False
    rerun: bool = False
    wait: bool = True
    out: Path = Path("out/汇总表.xlsx")
    timeout: float = 24 * 3600
    local_workers: int = 0
    created_by: str = "reviewer batch"


def case_inputs(folder: Path) -> list[Path]:
    """The entries of a folder that are case files: files and sub-folders, hidden ones skipped, sorted."""
    if not folder.is_dir():
        raise InputNotFound(f"not a folder: {folder}", f"找不到文件夹：{folder}")
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def _files_of(entry: Path) -> list[tuple[str, bytes]]:
    if entry.is_file():
        return [(entry.name, entry.read_bytes())]
    files = sorted(p for p in entry.rglob("*") if p.is_file() and not p.name.startswith("."))
    return [(str(p.relative_to(entry)).replace("/", "_"), p.read_bytes()) for p in files]


def upload_folder(settings: Settings, request: BatchRequest) -> tuple[str, list[str]]:
    """Store every case of the folder in a new batch; (batch id, case ids)."""
    assert request.folder is not None
    groups = (
        [(entry.name, case_inputs(entry)) for entry in case_inputs(request.folder) if entry.is_dir()]
        if request.by_agency
        else [(request.agency or "未指定机关", case_inputs(request.folder))]
    )
    db, blobs = open_database(settings), open_blobs(settings)
    case_ids: list[str] = []
    with db.session() as session:
        batch = create_batch(
            session,
            name=request.name or request.folder.name,
            created_by=request.created_by,
            agency_code=None if request.by_agency else request.agency,
        )
        batch_id = batch.id
    for agency, entries in groups:
        for entry in entries:
            with db.session() as session:  # one transaction per case: a bad file never loses the others
                case = accept_upload(
                    session,
                    blobs,
                    _files_of(entry),
                    agency_code=agency,
                    uploaded_by=request.created_by,
                    batch_id=batch_id,
                    case_number=None,
                )
                case_ids.append(case.id)
    return batch_id, case_ids


def select_stored(settings: Settings, request: BatchRequest) -> tuple[str, list[str]]:
    """A period batch over stored cases of the agency (by code or name); (batch id, case ids to enqueue)."""
    with open_database(settings).session() as session:
        agency = None
        if request.agency:
            agency = session.scalar(
                select(Agency).where(or_(Agency.code == request.agency, Agency.name == request.agency))
            )
            if agency is None:
                raise InputNotFound(f"unknown agency {request.agency}", f"找不到执法机关：{request.agency}")
        start, end = request.period
        name = request.name or f"{agency.name if agency else '全部机关'} {start or '…'}～{end or '…'}"
        batch = create_batch(
            session,
            name=name,
            created_by=request.created_by,
            agency_code=agency.code if agency else None,
            period_from=start,
            period_to=end,
        )
        wanted = (
            (CaseStatus.QUEUED, CaseStatus.PROCESSING, CaseStatus.DRAFTED)
            if request.rerun
            else (CaseStatus.QUEUED, CaseStatus.PROCESSING)
        )
        return batch.id, [case.id for case in batch_cases(session, batch) if case.status in wanted]


def run_batch(settings: Settings, request: BatchRequest) -> ExitCode:
    """Enqueue, optionally wait with a progress bar, and write the 汇总表; the exit code."""
    batch_id, to_queue = upload_folder(settings, request) if request.folder else select_stored(settings, request)
    deferred = sum(enqueue_or_defer(settings, case_id) is None for case_id in to_queue)
    console.print(f"批次 {batch_id}：{len(to_queue)} 份案卷已排队评查。")
    if deferred:
        console.print(f"[yellow]任务队列暂不可用：{deferred} 份案卷已保存，队列恢复后由评查进程自动排队。[/]")
    if not request.wait:
        return ExitCode.OK
    workers = [_start_local_worker() for _ in range(request.local_workers)]
    try:
        finished = _wait(settings, batch_id, request.timeout)
    finally:
        for process in workers:
            process.terminate()
            process.wait(timeout=30)
    _write_summary(settings, batch_id, request.out)
    return ExitCode.OK if finished else ExitCode.FAILED


def _start_local_worker() -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "reviewer.cli", "worker", "--burst"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _counts(settings: Settings, batch_id: str) -> tuple[int, int, dict[str, int]]:
    with open_database(settings).session() as session:
        batch = get_batch(session, batch_id)
        assert batch is not None
        statuses = [case.status for case in batch_cases(session, batch)]
    counts = {status: statuses.count(status) for status in set(statuses)}
    return len(statuses), sum(counts.get(s, 0) for s in FINISHED), counts


def _wait(settings: Settings, batch_id: str, timeout: float) -> bool:
    """Poll the batch's cases with a progress bar until all are finished; False on timeout."""
    total, done, counts = _counts(settings, batch_id)
    deadline = time.monotonic() + timeout
    columns = (
        TextColumn("评查进度"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("batch", total=total, detail="")
        while True:
            progress.update(task, completed=done, detail=_detail(counts))
            if done >= total or time.monotonic() > deadline:
                return done >= total
            time.sleep(0.5)
            total, done, counts = _counts(settings, batch_id)


def _detail(counts: dict[str, int]) -> str:
    names = {
        CaseStatus.DRAFTED: "完成",
        CaseStatus.SIGNED: "定稿",
        CaseStatus.FAILED: "失败",
        CaseStatus.PROCESSING: "评查中",
        CaseStatus.QUEUED: "排队",
    }
    return " ".join(f"{label} {counts[key]}" for key, label in names.items() if counts.get(key))


def _write_summary(settings: Settings, batch_id: str, out: Path) -> None:
    with open_database(settings).session() as session:
        batch = get_batch(session, batch_id)
        assert batch is not None
        summary = summarize(session, batch_cases(session, batch), name=batch.name, batch_id=batch.id)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(summary_xlsx(summary))
    failed = summary.counts.get(CaseStatus.FAILED, 0)
    console.print(f"已写出汇总表：{out}（{len(summary.rows)} 份案卷，失败 {failed} 份）")
