"""A batch's summary as the 汇总表 and the 排序通报 show it: one row per case file and the agencies ranked.

Plain data, filled by `reviewer.store.batches` from the database and written out by `summary_xlsx`, the API and
the worker's batch command.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reviewer.core.status import PENDING


@dataclass(frozen=True)
class SummaryRow:
    case_id: str
    agency: str
    case_number: str | None
    party: str | None
    closing_date: dt.date | None
    status: str
    score: float | None
    #: The grade as settled; when unknown checks remain, the grade the score alone would give (provisional).
    grade: str | None
    grade_provisional: bool
    unqualified: bool | None
    main_defects: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AgencyRank:
    rank: int
    agency: str
    cases: int
    reviewed: int
    mean_score: float | None
    unqualified: int
    unqualified_rate: float | None


@dataclass(frozen=True)
class BatchSummary:
    batch_id: str | None
    name: str
    counts: dict[str, int]
    rows: list[SummaryRow]
    ranking: list[AgencyRank]

    @property
    def done(self) -> bool:
        return not any(self.counts.get(status) for status in PENDING)


def rank_agencies(rows: list[SummaryRow]) -> list[AgencyRank]:
    """Agencies by mean score, best first (agencies with nothing reviewed last)."""
    by_agency: dict[str, list[SummaryRow]] = {}
    for row in rows:
        by_agency.setdefault(row.agency, []).append(row)
    stats = []
    for agency, items in by_agency.items():
        scored = [r for r in items if r.score is not None]
        mean = round(sum(r.score for r in scored) / len(scored), 2) if scored else None  # type: ignore[misc]
        bad = sum(1 for r in scored if r.unqualified)
        rate = round(bad / len(scored), 4) if scored else None
        stats.append((agency, len(items), len(scored), mean, bad, rate))
    stats.sort(key=lambda s: (s[3] is None, -(s[3] or 0.0), s[0]))
    return [AgencyRank(i + 1, *item) for i, item in enumerate(stats)]
