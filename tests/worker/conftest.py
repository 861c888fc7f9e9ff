"""Helpers for the worker tests: real `reviewer worker` processes, real Redis, the committed samples."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reviewer.core.settings import Settings, get_settings
from reviewer.store import Case, accept_upload, get_case, open_blobs, open_database

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
#: Fast failure detection and retries for tests; production keeps the defaults (docs/service.md).
FAST = {
    "REVIEWER_WORKER_MONITOR_INTERVAL_S": "1",
    "REVIEWER_WORKER_HEARTBEAT_GRACE_S": "2",
    "REVIEWER_WORKER_MAINTENANCE_INTERVAL_S": "1",
    "REVIEWER_JOB_RETRY_INTERVALS": "[1, 1, 1]",
}


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment that gives a worker process these settings."""
    return {
        "REVIEWER_DATA_DIR": str(settings.data_dir),
        "REVIEWER_DATABASE_URL": settings.database_url,
        "REVIEWER_REDIS_URL": settings.redis_url,
        "REVIEWER_QUEUE_NAME": settings.queue_name,
        "REVIEWER_BLOB_STORE": settings.blob_store,
    } | FAST


def fast(settings: Settings) -> Settings:
    return settings.model_copy(
        update={
            "worker_monitor_interval_s": 1,
            "worker_heartbeat_grace_s": 2,
            "worker_maintenance_interval_s": 1,
            "job_retry_intervals": [1, 1, 1],
        }
    )


class WorkerProcess:
    """A `reviewer worker` in its own process group, so kill -9 takes the work-horse and scheduler too."""

    def __init__(self, settings: Settings, log: Path, *args: str):
        env = os.environ | settings_env(settings)
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, "-m", "reviewer.cli", "worker", *args],
            cwd=ROOT,
            env=env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill_hard(self) -> None:
        """SIGKILL the worker and every process under it (rq's work-horse runs in a process group of its own),
        as when the machine dies."""
        victims = [self.process.pid, *descendants(self.process.pid)]
        for pid in victims:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)

    def running(self) -> bool:
        """True while the process lives; an AssertionError with its output once it has died on its own."""
        if self.process.poll() is None:
            return True
        raise AssertionError(f"worker exited with {self.process.returncode}:\n{self.output()[-3000:]}")

    def wait(self, timeout: float) -> int:
        return self.process.wait(timeout=timeout)

    def output(self) -> str:
        return self.log.read_text(errors="replace")


def descendants(pid: int) -> list[int]:
    """Child processes, recursively, from /proc (Linux)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            found += [child, *descendants(child)]
    return found


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    started: list[WorkerProcess] = []

    def start(settings: Settings, *args: str) -> WorkerProcess:
        worker = WorkerProcess(settings, tmp_path / f"worker-{len(started)}.log", *args)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


def wait_for(predicate: Callable[[], object], timeout: float, what: str, step: float = 0.1) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def upload(
    settings: Settings, *names: str, content: dict[str, bytes] | None = None, agency: str = "嵩川市市场监督管理局"
) -> str:
    """Accept sample files (or given bytes) as one case; its id."""
    files = [(name, (content or {}).get(name) or (SAMPLES / name).read_bytes()) for name in names]
    with open_database(settings).session() as session:
        return accept_upload(session, open_blobs(settings), files, agency_code=agency, uploaded_by="测试").id


def case_state(settings: Settings, case_id: str) -> Case:
    with open_database(settings).session() as session:
        case = get_case(session, case_id)
        assert case is not None
        return case


@pytest.fixture
def job_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Settings], Settings]]:
    """Make these settings the process's own (what a worker reads from its environment), for in-process jobs."""

    def use(settings: Settings) -> Settings:
        for key, value in settings_env(settings).items():
            monkeypatch.setenv(key, value)
        get_settings.cache_clear()
        return get_settings()

    yield use
    get_settings.cache_clear()
