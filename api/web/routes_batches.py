"""Batches and the agreement view: per check, how often reviewers overrode the machine's pre-score in a
batch — the calibration signal that says which rules to improve first."""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from api.deps import SessionDep
from api.web.common import FINDING_TEXT, PagePrincipal, WebRoute, need, render
from reviewer.core.status import REVIEWED, CaseStatus
from reviewer.store import Principal, agreement, batch_cases, get_batch
from reviewer.store.models import Batch, Case, Finding, ReviewRun

router = APIRouter(route_class=WebRoute, include_in_schema=False)


@router.get("/batches")
def batches(request: Request, principal: PagePrincipal, session: SessionDep) -> Response:
    need(principal, "batch.read", "查看批次")
    query = select(Batch).order_by(Batch.created_at.desc()).limit(50)
    if principal.agency_id is not None:
        # a batch over all agencies is listed too; its pages show only the principal's own cases
        query = query.where(or_(Batch.agency_id == principal.agency_id, Batch.agency_id.is_(None)))
    found = list(session.scalars(query))
    counts = {b.id: Counter(c.status for c in batch_cases(session, b) if principal.sees(c.agency_id)) for b in found}
    active = any(count.get(CaseStatus.QUEUED) or count.get(CaseStatus.PROCESSING) for count in counts.values())
    return render(request, "batches.html", principal, batches=found, counts=counts, active=active)


def transitions(session: Session, case_ids: list[str]) -> dict[str, Counter[str]]:
    """check_id → counts of 'pre → final' status changes among overridden findings of current runs."""
    if not case_ids:
        return {}
    query = (
        select(Finding.check_id, Finding.pre_status, Finding.status)
        .join(ReviewRun, ReviewRun.id == Finding.run_id)
        .where(
            ReviewRun.is_current.is_(True),
            ReviewRun.case_id.in_(case_ids),
            (Finding.status != Finding.pre_status) | (Finding.deducted != Finding.pre_deducted),
        )
    )
    found: dict[str, Counter[str]] = {}
    for check_id, before, after in session.execute(query):
        label = f"{FINDING_TEXT.get(before, before)}→{FINDING_TEXT.get(after, after)}" if before != after else "改扣分"
        found.setdefault(check_id, Counter())[label] += 1
    return found


def batch_in_scope(session: Session, principal: Principal, batch_id: str) -> tuple[Batch | None, list[Case]]:
    """The batch and those of its cases the principal may see; None when the batch is not theirs to see."""
    need(principal, "batch.read", "查看批次")
    batch = get_batch(session, batch_id)
    if batch is None or (batch.agency_id is not None and not principal.sees(batch.agency_id)):
        return None, []
    return batch, [case for case in batch_cases(session, batch) if principal.sees(case.agency_id)]


@router.get("/batches/{batch_id}/agreement")
def agreement_view(batch_id: str, request: Request, principal: PagePrincipal, session: SessionDep) -> Response:
    batch, cases = batch_in_scope(session, principal, batch_id)
    if batch is None:
        return render(
            request, "error.html", principal, status_code=404, title="找不到批次", message="找不到该批次，或无权查看。"
        )
    reviewed = [c.id for c in cases if c.status in REVIEWED]
    rows = agreement(session, reviewed) if reviewed else []
    changes = transitions(session, reviewed)
    for row in rows:
        row["rate"] = row["overridden"] / row["findings"] if row["findings"] else 0.0
        row["changes"] = sorted(changes.get(row["check_id"], Counter()).items(), key=lambda kv: -kv[1])
    rows.sort(key=lambda r: (-r["rate"], -r["overridden"], r["check_id"]))
    signed = sum(1 for c in cases if c.status == CaseStatus.SIGNED)
    return render(
        request,
        "agreement.html",
        principal,
        batch=batch,
        rows=rows,
        cases=len(cases),
        reviewed=len(reviewed),
        signed=signed,
    )
