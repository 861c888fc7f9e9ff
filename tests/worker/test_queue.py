"""Enqueuing on real Redis: one job per case, timeouts scaled by pages, Redis down, and the sweep."""

from __future__ import annotations

import json
import socket

import pytest
from rq.job import Job

from reviewer.store import QueueUnavailable, open_database, set_status
from worker import connect, enqueue_or_defer, enqueue_review, job_id_for, job_status
from worker.queue import review_queue
from worker.sweep import stranded_cases, sweep

from .conftest import SAMPLES, upload


def _dead_redis_url() -> str:
    with socket.socket() as sock:  # a port nothing listens on once closed
        sock.bind(("127.0.0.1", 0))
        return f"redis://127.0.0.1:{sock.getsockname()[1]}/0"


def test_one_live_job_per_case_with_a_timeout_scaled_by_pages(queue_settings) -> None:
    settings = queue_settings
    small = upload(settings, "case-03-simple.pdf")
    large = upload(settings, "case-01-market.pdf", "case-02-environment.pdf")
    assert enqueue_review(settings, small) == job_id_for(small) == enqueue_review(settings, small)
    enqueue_review(settings, large)
    queue = review_queue(settings)
    assert queue.job_ids == [job_id_for(small), job_id_for(large)]  # the second enqueue of `small` was a no-op
    small_job = Job.fetch(job_id_for(small), connection=queue.connection)
    large_job = Job.fetch(job_id_for(large), connection=queue.connection)
    per_page, base = settings.job_timeout_per_page_s, settings.job_timeout_base_s
    pages = sum(
        json.loads((SAMPLES / f"{name}.truth.json").read_text())["pages"]
        for name in ("case-01-market", "case-02-environment")
    )
    assert large_job.timeout - base == per_page * pages  # the PDFs' page counts, read before the review
    assert small_job.timeout < large_job.timeout
    assert large_job.retries_left == len(settings.job_retry_intervals)
    queue.empty()


def test_redis_down_is_a_typed_error_and_the_case_stays_queued(queue_settings) -> None:
    settings = queue_settings.model_copy(update={"redis_url": _dead_redis_url()})
    case_id = upload(settings, "case-03-simple.pdf")
    with pytest.raises(QueueUnavailable) as down:
        enqueue_review(settings, case_id)
    assert "案卷已保存" in down.value.user_message
    assert enqueue_or_defer(settings, case_id) is None


def test_sweep_enqueues_cases_without_a_live_job_only(queue_settings) -> None:
    settings = queue_settings
    lost, live, done = (
        upload(settings, name) for name in ("case-01-market.pdf", "case-03-simple.pdf", "case-02-environment.pdf")
    )
    enqueue_review(settings, live)
    with open_database(settings).session() as session:
        set_status(session, done, "drafted")
    connection = connect(settings)
    assert stranded_cases(settings, connection) == [lost]
    assert sweep(settings, lock_s=30) == [lost]
    assert job_status(connection, job_id_for(lost)) == "queued"
    assert sweep(settings, lock_s=30) == []  # another worker holds the sweep lock for now
    connection.delete(f"reviewer:sweep-lock:{settings.queue_name}")
    assert sweep(settings) == []  # nothing stranded any more
    review_queue(settings).empty()
