"""`reviewer worker`: an rq worker on the review queue, with the sweep and a configurable death detection.

rq takes a worker as dead when its job's heartbeat is older than the monitoring interval plus a fixed minute;
`worker_heartbeat_grace_s` makes that minute a setting, so a deployment (or a test) can notice a killed worker
sooner. The abandoned job is then retried by rq (it has retries left) and picked up by any other worker.
"""

from __future__ import annotations

import logging
from typing import Any

from redis.exceptions import RedisError
from rq import Worker
from rq.exceptions import StopRequested
from rq.job import Job
from sqlalchemy.exc import SQLAlchemyError

from reviewer.core.settings import Settings
from worker.queue import connect, review_queue
from worker.sweep import sweep

log = logging.getLogger(__name__)
#: rq adds this to the monitoring interval for a job's heartbeat TTL; ReviewWorker swaps it for the setting.
RQ_HEARTBEAT_MARGIN_S = 60


class ReviewWorker(Worker):
    """rq's forking worker, plus: heartbeat grace from settings, and the sweep in its maintenance tasks."""

    review_settings: Settings

    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        ttl = super().get_heartbeat_ttl(job, working_time)
        return max(1, ttl - RQ_HEARTBEAT_MARGIN_S + self.review_settings.worker_heartbeat_grace_s)

    def run_maintenance_tasks(self) -> None:
        super().run_maintenance_tasks()
        # rq stops a worker by raising StopRequested from its signal handler wherever the code is. Inside a
        # database call the driver's clean-up can turn it into a database error, so look at the request itself.
        asked_before = self._shutdown_requested_date
        try:
            sweep(self.review_settings)
        except (RedisError, SQLAlchemyError, OSError):
            if self._shutdown_requested_date is not asked_before:
                raise StopRequested() from None
            log.exception("sweep failed; retrying at the next maintenance interval")


def build_worker(settings: Settings, *, name: str | None = None) -> ReviewWorker:
    connection = connect(settings)
    interval = settings.worker_maintenance_interval_s
    worker = ReviewWorker(
        [review_queue(settings, connection)],
        connection=connection,
        name=name,
        job_monitoring_interval=settings.worker_monitor_interval_s,
        maintenance_interval=interval,
        # The idle wait for a job is worker_ttl - 15 s: keep it to the maintenance interval so sweeps run on time.
        worker_ttl=interval + 15,
    )
    worker.review_settings = settings
    return worker


def run_worker(
    settings: Settings, *, burst: bool = False, with_scheduler: bool = True, name: str | None = None, **options: Any
) -> bool:
    """Work the review queue until stopped (or, with burst, until it is empty); True if it ran any job."""
    worker = build_worker(settings, name=name)
    return worker.work(burst=burst, with_scheduler=with_scheduler, **options)
