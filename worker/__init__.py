"""Review jobs on an rq queue in Redis (`REVIEWER_REDIS_URL`, queue `REVIEWER_QUEUE_NAME`).

- `enqueue_review(settings, case_id) -> job_id` — job `worker.jobs.review_case(case_id)`, id `review-<case_id>`,
  a no-op while that job waits or runs; raises `reviewer.store.QueueUnavailable` when Redis is down
- `enqueue_or_defer(settings, case_id) -> job_id | None` — None while Redis is down: the case stays `queued`
  in the database and a worker's sweep enqueues it when Redis is back (the upload is never lost)
- `job_status(connection, job_id)`, `connect(settings)`, `job_id_for(case_id)`
- `reviewer worker [--burst] [--with-scheduler/--without-scheduler]` runs `worker.runner.run_worker`;
  `reviewer requeue` runs one `worker.sweep.sweep`
See docs/service.md for retries, timeouts and running many workers.
"""

from __future__ import annotations

from worker.queue import connect, enqueue_or_defer, enqueue_review, job_id_for, job_status

__all__ = ["connect", "enqueue_or_defer", "enqueue_review", "job_id_for", "job_status"]
