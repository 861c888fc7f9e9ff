"""The database is the source of truth; Redis only carries work. The sweep puts back what Redis lost.

A case left `queued` or `processing` with no live rq job behind it — the upload was accepted while Redis was down,
or Redis restarted and forgot its queue (it keeps nothing on disk here) — is enqueued again. Every worker sweeps
when it starts and then every `worker_maintenance_interval_s`; a Redis lock lets one worker at a time do it.
`reviewer requeue` runs one sweep by hand.
"""

from __future__ import annotations

import logging

import redis
from rq.job import Job
from sqlalchemy import select

from reviewer.core.settings import Settings
from reviewer.core.status import PENDING
from reviewer.store import Case, open_database
from worker.queue import LIVE_STATES, connect, enqueue_review, job_id_for

log = logging.getLogger(__name__)


def stranded_cases(settings: Settings, connection: redis.Redis) -> list[str]:
    """Ids of pending cases whose job is missing or finished/failed without the case moving on."""
    with open_database(settings).session() as session:
        pending = list(session.scalars(select(Case.id).where(Case.status.in_(PENDING)).order_by(Case.created_at)))
    if not pending:
        return []
    with connection.pipeline(transaction=False) as pipeline:
        for case_id in pending:
            pipeline.hget(Job.key_for(job_id_for(case_id)), "status")
        states = pipeline.execute()
    candidates = [
        case_id for case_id, raw in zip(pending, states, strict=True) if raw is None or raw.decode() not in LIVE_STATES
    ]
    if not candidates:
        return []
    with open_database(settings).session() as session:  # a job may have finished its case meanwhile
        still = set(session.scalars(select(Case.id).where(Case.id.in_(candidates), Case.status.in_(PENDING))))
    return [case_id for case_id in candidates if case_id in still]


def sweep(settings: Settings, *, lock_s: int | None = None) -> list[str]:
    """Enqueue every stranded case; returns their ids (empty when another worker holds the sweep lock)."""
    connection = connect(settings)
    lock_key = f"reviewer:sweep-lock:{settings.queue_name}"
    hold = lock_s if lock_s is not None else max(1, settings.worker_maintenance_interval_s - 1)
    if not connection.set(lock_key, "1", nx=True, ex=hold):
        return []
    stranded = stranded_cases(settings, connection)
    for case_id in stranded:
        enqueue_review(settings, case_id, connection=connection)
    if stranded:
        log.info("sweep: re-enqueued %d case(s) without a live job", len(stranded))
    return stranded
