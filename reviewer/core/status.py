"""The states of a case in the service, named once (the stored strings and the API's values are these).

queued → processing → drafted (or failed) → signed. A str Enum, so a member is its string everywhere: in the
database column, in JSON, in comparisons with a row's plain string. The queue's own job states are rq's
`rq.job.JobStatus`, used as such by the worker.
"""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    QUEUED = "queued"
    PROCESSING = "processing"
    FAILED = "failed"
    DRAFTED = "drafted"
    SIGNED = "signed"


#: Waiting for, or in, a worker's review.
PENDING = frozenset({CaseStatus.QUEUED, CaseStatus.PROCESSING})
#: A worker is done with the case (its draft or its failure stands).
FINISHED = frozenset({CaseStatus.DRAFTED, CaseStatus.FAILED, CaseStatus.SIGNED})
#: A draft exists.
REVIEWED = frozenset({CaseStatus.DRAFTED, CaseStatus.SIGNED})
