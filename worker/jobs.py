"""The `review_case` job: fetch the case's files, run the pipeline, save the draft, report progress.

Failures come in two kinds. A bad file (any `reviewer.core.errors.ReviewerError`: corrupt, encrypted, unknown
standard …) will fail again however often it is tried, so the case is marked `failed` with the Chinese reason
and the job ends normally — no retry. Anything else (the database or blob store briefly away, a timeout, a
killed worker) is raised, and rq retries it with backoff; `on_review_failure` keeps the case's status honest
meanwhile.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from reviewer.core.errors import ReviewerError
from reviewer.core.model import CaseFile, Page, ReviewDraft
from reviewer.core.settings import Settings, get_settings
from reviewer.core.status import FINISHED, CaseStatus
from reviewer.store import Case, CaseLocked, open_blobs, open_database, save_draft, save_layout, set_status

log = logging.getLogger(__name__)
#: Reading pages is most of the work; the last part (segment, extract, check, save) gets the rest.
READ_SHARE = 0.9
PROGRESS_EVERY_S = 0.5


def review_case(case_id: str) -> str:
    """Review one stored case; returns the case's final status (drafted, failed, signed, missing)."""
    settings = get_settings()
    started = _start(settings, case_id)
    if started != CaseStatus.PROCESSING:
        return started
    try:
        with tempfile.TemporaryDirectory(prefix="review-") as scratch:
            paths = _fetch(settings, case_id, Path(scratch))
            case_file, draft = _run_pipeline(settings, case_id, paths)
    except ReviewerError as error:
        log.warning("case %s failed for good: %s", case_id, error)
        with open_database(settings).session() as session:
            set_status(
                session,
                case_id,
                CaseStatus.FAILED,
                progress=0.0,
                error_code=type(error).__name__,
                error_message=error.user_message,
            )
        return CaseStatus.FAILED
    layout = save_layout(open_blobs(settings), case_file.pages)  # the viewer's page lines: no second OCR pass
    with open_database(settings).session() as session:
        try:
            save_draft(session, case_id, draft, layout_sha256=layout)
        except CaseLocked:
            return CaseStatus.SIGNED  # signed off while this run was going: the signed review stands
    return CaseStatus.DRAFTED


def _start(settings: Settings, case_id: str) -> str:
    """Mark the case processing and count the attempt; a case that keeps killing workers is failed."""
    with open_database(settings).session() as session:
        case = session.get(Case, case_id)
        if case is None:
            return "missing"
        if case.status == CaseStatus.SIGNED:
            return CaseStatus.SIGNED
        case.attempts = (case.attempts or 0) + 1
        if case.attempts > settings.worker_max_attempts:
            set_status(
                session,
                case_id,
                CaseStatus.FAILED,
                progress=0.0,
                error_code="TooManyAttempts",
                error_message=f"案卷已处理 {settings.worker_max_attempts} 次仍未完成（处理进程多次中断），请检查文件后重新提交。",
            )
            return CaseStatus.FAILED
        set_status(session, case_id, CaseStatus.PROCESSING, progress=0.0)
        return CaseStatus.PROCESSING


def _fetch(settings: Settings, case_id: str, scratch: Path) -> list[Path]:
    """Copy the case's blobs into a private folder under their upload names, in upload order."""
    blobs = open_blobs(settings)
    with open_database(settings).session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        files = [(f.name, f.sha256) for f in case.files]
    return [blobs.copy_to(sha, scratch / name) for name, sha in files]


def _run_pipeline(settings: Settings, case_id: str, paths: list[Path]) -> tuple[CaseFile, ReviewDraft]:
    from reviewer.pipeline.run import review
    from reviewer.store.registers import load_registers
    from worker.queue import estimate_pages

    with open_database(settings).session() as session:
        case = session.get(Case, case_id)
        standard_id = case.standard_id if case else None
        registers = load_registers(session)
    expected = estimate_pages(settings, case_id)
    progress = _ProgressWriter(settings, case_id, expected)
    return review(paths, settings, standard_id=standard_id, case_id=case_id, on_page=progress, registers=registers)


class _ProgressWriter:
    """Writes `cases.progress` as pages are read, at most every PROGRESS_EVERY_S (not once per page)."""

    def __init__(self, settings: Settings, case_id: str, expected_pages: int):
        self.settings, self.case_id, self.expected = settings, case_id, max(1, expected_pages)
        self.pages, self.last = 0, 0.0

    def __call__(self, _page: Page) -> None:
        self.pages += 1
        now = time.monotonic()
        if now - self.last < PROGRESS_EVERY_S:
            return
        self.last = now
        share = min(READ_SHARE, READ_SHARE * self.pages / self.expected)
        with open_database(self.settings).session() as session:
            case = session.get(Case, self.case_id)
            if case is not None and case.status == CaseStatus.PROCESSING:
                case.progress = round(share, 3)


def on_review_failure(
    job: Any,
    connection: Any,
    exc_type: type[BaseException] | None,
    exc_value: BaseException | None,
    traceback: TracebackType | None,
) -> None:
    """rq failure callback (a raised error, a timeout, or a worker that died): `queued` again while retries are
    left, else `failed` with a Chinese reason."""
    case_id = job.args[0]
    reason = exc_type.__name__ if exc_type else "Error"
    settings = get_settings()
    with open_database(settings).session() as session:
        case = session.get(Case, case_id)
        if case is None or case.status in FINISHED:
            return
        if job.retries_left:
            set_status(
                session,
                case_id,
                CaseStatus.QUEUED,
                progress=0.0,
                error_code=reason,
                error_message="处理中断（临时故障），已自动重新排队。",
            )
        else:
            set_status(
                session,
                case_id,
                CaseStatus.FAILED,
                progress=0.0,
                error_code=reason,
                error_message="处理失败：多次重试后仍未完成，请联系管理员。",
            )
