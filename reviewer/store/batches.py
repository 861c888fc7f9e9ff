"""Batches: many uploads reviewed together, or every stored case of an agency closed within a period.

The summary is what a justice bureau's 排序通报 needs: one row per case file (agency, case number, score, grade,
main defects) and a ranking of agencies by mean score with their count and unqualified rate.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from checklists.names import check_name
from reviewer.core.status import REVIEWED
from reviewer.reports.summary import BatchSummary, SummaryRow, rank_agencies
from reviewer.store.auth import ensure_agency
from reviewer.store.drafts import standard_of
from reviewer.store.models import Agency, Batch, Case, Finding, ReviewRun

#: How many failing checks a summary row names as the file's main defects.
MAIN_DEFECTS = 3


def create_batch(
    session: Session,
    *,
    name: str,
    created_by: str,
    agency_code: str | None = None,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
) -> Batch:
    agency = ensure_agency(session, agency_code) if agency_code else None
    batch = Batch(
        name=name,
        created_by=created_by,
        agency_id=agency.id if agency else None,
        period_from=period_from,
        period_to=period_to,
    )
    session.add(batch)
    session.flush()
    return batch


def get_batch(session: Session, batch_id: str) -> Batch | None:
    return session.get(Batch, batch_id)


def batch_cases(session: Session, batch: Batch) -> list[Case]:
    """An upload batch's own cases, or — for a period batch — the agency's cases closed within the period."""
    query = select(Case).order_by(Case.created_at, Case.id)
    if batch.period_from is None and batch.period_to is None:
        return list(session.scalars(query.where(Case.batch_id == batch.id)))
    if batch.agency_id is not None:
        query = query.where(Case.agency_id == batch.agency_id)
    if batch.period_from is not None:
        query = query.where(Case.closing_date >= batch.period_from)
    if batch.period_to is not None:
        query = query.where(Case.closing_date <= batch.period_to)
    return list(session.scalars(query))


def batch_summary(session: Session, batch_id: str) -> BatchSummary | None:
    batch = session.get(Batch, batch_id)
    if batch is None:
        return None
    return summarize(session, batch_cases(session, batch), name=batch.name, batch_id=batch.id)


def summarize(session: Session, cases: list[Case], *, name: str, batch_id: str | None = None) -> BatchSummary:
    """Rows and ranking for these cases, in three queries whatever their number (runs and failing findings in bulk)."""
    reviewed = [case.id for case in cases if case.status in REVIEWED and case.score is not None]
    standards, defects = _current_runs(session, reviewed)
    rows = [summary_row(case, standards.get(case.id), defects.get(case.id, [])) for case in cases]
    counts: dict[str, int] = {}
    for case in cases:
        counts[case.status] = counts.get(case.status, 0) + 1
    return BatchSummary(batch_id, name, counts, rows, rank_agencies(rows))


def _current_runs(session: Session, case_ids: list[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Per case: its current run's standard id, and its main defects (largest deductions first)."""
    standards: dict[str, str] = {}
    defects: dict[str, list[str]] = {}
    for chunk in (case_ids[i : i + 500] for i in range(0, len(case_ids), 500)):
        runs = session.execute(
            select(ReviewRun.id, ReviewRun.case_id, ReviewRun.standard_id).where(
                ReviewRun.case_id.in_(chunk), ReviewRun.is_current.is_(True)
            )
        ).all()
        standards.update({case_id: standard for _id, case_id, standard in runs})
        case_of = {run_id: case_id for run_id, case_id, _standard in runs}
        failing = session.execute(
            select(Finding.run_id, Finding.message, Finding.check_id)
            .where(Finding.run_id.in_(list(case_of)), Finding.status == "fail", Finding.deducted > 0)
            .order_by(Finding.run_id, Finding.deducted.desc(), Finding.check_id)
        )
        for run_id, message, check_id in failing:
            found = defects.setdefault(case_of[run_id], [])
            if len(found) < MAIN_DEFECTS:
                found.append(message or check_name(check_id, standards.get(case_of[run_id])))
    return standards, defects


def summary_row(case: Case, standard_id: str | None, defects: list[str]) -> SummaryRow:
    agency = case.agency.name if case.agency else str(case.agency_id)
    if standard_id is None or case.score is None:
        return SummaryRow(
            case.id, agency, case.case_number, case.party, case.closing_date, case.status, None, None, False, None
        )
    grading = standard_of(standard_id).grading
    grade = case.grade or grading.grade(case.score)
    return SummaryRow(
        case.id,
        agency,
        case.case_number,
        case.party,
        case.closing_date,
        case.status,
        case.score,
        grade,
        case.grade is None,
        grade == grading.veto_grade,
        list(defects),
    )


def agencies(session: Session) -> list[Agency]:
    return list(session.scalars(select(Agency).order_by(Agency.code)))
