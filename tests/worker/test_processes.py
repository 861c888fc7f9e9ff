"""Real `reviewer worker` processes on real Redis and PostgreSQL: end to end, transient retries with backoff,
a worker killed with -9 mid-job, and a Redis restart."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

from rq.job import Job

from reviewer.store import LocalBlobStore, open_blobs
from worker import connect, enqueue_or_defer, enqueue_review, job_id_for, job_status

from .conftest import SAMPLES, case_state, descendants, fast, upload, wait_for

LATE = "case-05-market-late.pdf"
#: Every committed sample PDF as one big case (~440 pages): long enough to be killed mid-way.
MANY = sorted(path.name for path in SAMPLES.glob("case-*.pdf"))


def test_burst_worker_drafts_good_cases_and_fails_bad_ones(queue_settings, start_worker) -> None:
    settings = fast(queue_settings)
    good = upload(settings, LATE)
    bad = upload(settings, "坏文件.docx", content={"坏文件.docx": b"PK\x03\x04 broken zip"})
    for case_id in (good, bad):
        enqueue_review(settings, case_id)
    worker = start_worker(settings, "--burst")
    assert worker.wait(timeout=60) == 0, worker.output()
    assert (case_state(settings, good).status, case_state(settings, good).score) == ("drafted", 94.0)
    failed = case_state(settings, bad)
    assert failed.status == "failed" and "坏文件.docx" in failed.error_message
    connection = connect(settings)
    assert job_status(connection, job_id_for(bad)) == "finished"  # ended on purpose: no retry for a bad file


def test_transient_error_is_retried_with_backoff(queue_settings, start_worker, tmp_path: Path) -> None:
    settings = fast(queue_settings)
    case_id = upload(settings, LATE)
    blobs = open_blobs(settings)
    assert isinstance(blobs, LocalBlobStore)
    blob = blobs.path_for(case_state(settings, case_id).files[0].sha256)
    shutil.move(blob, tmp_path / "away")  # the blob store is briefly unreachable
    enqueue_review(settings, case_id)
    worker = start_worker(settings)

    def waiting_for_retry() -> bool:
        state = case_state(settings, case_id)
        return (state.status, state.error_code) == ("queued", "FileNotFoundError")

    wait_for(waiting_for_retry, 30, "the failed attempt to leave the case queued for a retry")
    shutil.move(tmp_path / "away", blob)  # and back
    wait_for(lambda: case_state(settings, case_id).status == "drafted", 30, "the retry to draft the case")
    job = Job.fetch(job_id_for(case_id), connection=connect(settings))
    assert job.retries_left < len(settings.job_retry_intervals) and case_state(settings, case_id).error_code is None
    assert "scheduled for retry" in worker.output()  # after a wait (backoff), not at once


def test_kill_9_mid_job_is_requeued_and_finished_by_another_worker(queue_settings, start_worker) -> None:
    settings = fast(queue_settings)
    case_id = upload(settings, *MANY)
    enqueue_review(settings, case_id)
    doomed = start_worker(settings, "--without-scheduler", "--name", f"doomed-{settings.queue_name}")
    wait_for(
        lambda: doomed.running() and case_state(settings, case_id).progress > 0,
        60,
        "the first worker to be reading pages",
    )
    assert descendants(doomed.process.pid), "the work-horse should be running"
    doomed.kill_hard()
    stopped = case_state(settings, case_id)
    assert (stopped.status, stopped.attempts) == ("processing", 1) and stopped.progress < 0.9
    rescuer = start_worker(settings, "--name", f"rescuer-{settings.queue_name}")
    wait_for(lambda: case_state(settings, case_id).status == "drafted", 60, "the second worker to finish the case")
    done = case_state(settings, case_id)
    assert done.attempts == 2 and done.progress == 1.0
    job = Job.fetch(job_id_for(case_id), connection=connect(settings))
    assert job.retries_left == len(settings.job_retry_intervals) - 1  # rq's abandoned-job retry, not a fresh job
    assert "scheduled for retry" in rescuer.output()  # the rescuer's registry cleanup found the abandoned job


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _redis_server(port: int) -> subprocess.Popen:
    redis_server = shutil.which("redis-server")
    assert redis_server, "redis-server missing: run scripts/services.sh"
    process = subprocess.Popen(
        [redis_server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(lambda: _answers(port), 10, "the private redis-server to answer")
    return process


def _answers(port: int) -> bool:
    import redis

    try:
        return bool(redis.Redis(port=port, socket_connect_timeout=0.5).ping())
    except redis.exceptions.ConnectionError:
        return False


def test_uploads_survive_a_redis_restart_and_are_enqueued_when_it_returns(queue_settings, start_worker) -> None:
    port = _free_port()
    settings = fast(queue_settings).model_copy(update={"redis_url": f"redis://127.0.0.1:{port}/0"})
    redis_process = _redis_server(port)
    try:
        before = upload(settings, LATE)
        assert enqueue_or_defer(settings, before) == job_id_for(before)
        redis_process.terminate()  # Redis goes away with its queue (it keeps nothing on disk)
        redis_process.wait(timeout=10)
        during = upload(settings, "case-03-simple.pdf")  # still accepted and stored
        started = time.monotonic()
        assert enqueue_or_defer(settings, during) is None and time.monotonic() - started < 5
        assert case_state(settings, during).status == "queued"
        assert open_blobs(settings).exists(case_state(settings, during).files[0].sha256)
        redis_process = _redis_server(port)  # back, empty
        worker = start_worker(settings, "--burst")  # its start-up sweep enqueues both
        assert worker.wait(timeout=60) == 0, worker.output()
        assert [case_state(settings, c).status for c in (before, during)] == ["drafted", "drafted"]
    finally:
        redis_process.terminate()
        redis_process.wait(timeout=10)
