"""Putting review jobs on the rq queue.

One job per case, with the id `review-<case_id>`: enqueuing a case whose job is still waiting or running is a
no-op, so the API, `reviewer batch` and the workers' sweep may all enqueue the same case without running it twice.
The job function is named by its import path, so the API process never imports the review pipeline.
"""

from __future__ import annotations

import math
from typing import Any

import redis
from rq import Callback, Queue, Retry
from rq.job import Job, JobStatus
from sqlalchemy import select

from reviewer.core.settings import Settings
from reviewer.store import Case, QueueUnavailable, SourceFile, open_blobs, open_database

JOB_FUNCTION = "worker.jobs.review_case"
FAILURE_CALLBACK = "worker.jobs.on_review_failure"
#: Job states in which the job will still run (or is running): enqueuing again would duplicate it.
LIVE_STATES = frozenset({JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED})
#: Without a page count (S3 blobs, DOCX), size bounds the pages from above for scans, the slow kind (OCR):
#: scanned pages weigh well over this, text pages far less and take almost no time.
BYTES_PER_PAGE_ESTIMATE = 20_000
RESULT_TTL_S = 24 * 3600
FAILURE_TTL_S = 30 * 24 * 3600


def job_id_for(case_id: str) -> str:
    return f"review-{case_id}"


def connect(settings: Settings) -> redis.Redis:
    """A Redis client that gives up quickly, so an upload answers even while Redis is down."""
    return redis.Redis.from_url(settings.redis_url, socket_connect_timeout=3, socket_timeout=10)


def review_queue(settings: Settings, connection: redis.Redis | None = None) -> Queue:
    return Queue(settings.queue_name, connection=connection or connect(settings))


def job_status(connection: redis.Redis, job_id: str) -> JobStatus | None:
    """The job's state as rq keeps it, None when Redis has no such job (finished long ago, or Redis restarted)."""
    raw = connection.hget(Job.key_for(job_id), "status")
    return _status(raw.decode()) if isinstance(raw, bytes) else None


def _status(value: str) -> JobStatus | None:
    try:
        return JobStatus(value)
    except ValueError:  # a state a newer rq added: not one we know to be live
        return None


def estimate_pages(settings: Settings, case_id: str) -> int:
    """Pages of the case: as read by an earlier run, else PDF page counts, else an estimate from file sizes."""
    with open_database(settings).session() as session:
        case = session.get(Case, case_id)
        if case is not None and case.pages:
            return case.pages
        files = list(session.scalars(select(SourceFile).where(SourceFile.case_id == case_id)))
    blobs = open_blobs(settings)
    return max(1, sum(_file_pages(blobs, f) for f in files))


def _file_pages(blobs: Any, source: SourceFile) -> int:
    by_size = max(1, math.ceil(source.size / BYTES_PER_PAGE_ESTIMATE))
    path_for = getattr(blobs, "path_for", None)
    if path_for is None or not source.name.lower().endswith(".pdf"):
        return by_size
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path_for(source.sha256)))
    except (pypdfium2.PdfiumError, OSError):
        return by_size  # unreadable: the job will say so quickly
    try:
        return max(1, len(document))
    finally:
        document.close()


def job_timeout(settings: Settings, pages: int) -> int:
    return settings.job_timeout_base_s + settings.job_timeout_per_page_s * pages


def enqueue_review(settings: Settings, case_id: str, *, connection: redis.Redis | None = None) -> str:
    """Queue the case's review (no-op when its job is already waiting or running); the job id.

    Raises QueueUnavailable when Redis does not answer — the case stays `queued` in the database and a
    worker's sweep enqueues it once Redis is back."""
    job_id = job_id_for(case_id)
    try:
        connection = connection or connect(settings)
        if job_status(connection, job_id) in LIVE_STATES:
            return job_id
        pages = estimate_pages(settings, case_id)
        retry = (
            Retry(max=len(settings.job_retry_intervals), interval=list(settings.job_retry_intervals))
            if settings.job_retry_intervals
            else None
        )
        review_queue(settings, connection).enqueue_call(
            JOB_FUNCTION,
            args=(case_id,),
            job_id=job_id,
            timeout=job_timeout(settings, pages),
            retry=retry,
            on_failure=Callback(FAILURE_CALLBACK),
            result_ttl=RESULT_TTL_S,
            failure_ttl=FAILURE_TTL_S,
            description=f"review case {case_id} (~{pages} pages)",
        )
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as error:
        raise QueueUnavailable(f"redis unavailable while enqueuing {case_id}: {error}") from error
    return job_id


def enqueue_or_defer(settings: Settings, case_id: str) -> str | None:
    """enqueue_review, or None while Redis is down (the upload is kept; the sweep enqueues it later)."""
    try:
        return enqueue_review(settings, case_id)
    except QueueUnavailable:
        return None
