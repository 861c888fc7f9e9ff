"""Human corrections of the machine's findings, and the sign-off that makes a review final.

Two reviewers must not silently overwrite each other: a correction names the finding version it was made on,
and the update succeeds only if that is still the version in the database (one conditional UPDATE, so it holds
across processes and on both databases).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, case, func, select, update
from sqlalchemy.orm import Session

from checklists.names import check_name
from reviewer.core.status import CaseStatus
from reviewer.store.drafts import current_run, rescore, unlocked_case
from reviewer.store.errors import BadCorrection, FindingNotFound, NotReviewed, StaleVersion
from reviewer.store.models import Correction, Finding, ReviewRun, SignOff, utcnow

STATUSES = ("fail", "pass", "unknown", "not_applicable")


def _new_values(finding: Finding, status: str | None, deducted: float | None) -> tuple[str, float]:
    """Validated (status, deducted): only a fail deducts, and never more than the check allows."""
    new_status = finding.status if status is None else status
    if new_status not in STATUSES:
        raise BadCorrection(f"unknown status {status!r}", f"评查结论只能是：{'、'.join(STATUSES)}。")
    if deducted is None:
        if new_status != "fail":
            deducted = 0.0
        elif finding.status == "fail":
            deducted = finding.deducted
        else:
            deducted = finding.pre_deducted if finding.pre_status == "fail" else finding.points
    if new_status != "fail" and deducted != 0:
        raise BadCorrection("deduction on a non-failing finding", "只有“不符合”的评查项可以扣分。")
    if not 0 <= deducted <= finding.points:
        raise BadCorrection(
            f"deduction {deducted} outside 0..{finding.points}", f"扣分须在 0 到 {finding.points:g} 分之间。"
        )
    return new_status, float(deducted)


def correct_finding(
    session: Session,
    finding_id: int,
    *,
    expected_version: int,
    status: str | None = None,
    deducted: float | None = None,
    comment: str | None = None,
    actor: str,
) -> Finding:
    """Change a finding's status/deduction; StaleVersion if it changed since `expected_version`, CaseLocked when
    signed. The run's and case's score and grade are recomputed; the change is recorded in `corrections`."""
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise FindingNotFound(f"finding {finding_id} not found")
    run = session.get(ReviewRun, finding.run_id)
    assert run is not None
    case = unlocked_case(session, run.case_id, "correction")
    if finding.version != expected_version:
        raise _stale(finding_id, expected_version, finding.version)
    new_status, new_deducted = _new_values(finding, status, deducted)
    old_status, old_deducted = finding.status, finding.deducted
    changed = session.execute(
        update(Finding)
        .where(Finding.id == finding_id, Finding.version == expected_version)
        .values(status=new_status, deducted=new_deducted, version=Finding.version + 1)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        raise _stale(
            finding_id, expected_version, session.scalar(select(Finding.version).where(Finding.id == finding_id))
        )
    session.refresh(finding)
    session.add(
        Correction(
            finding_id=finding.id,
            case_id=case.id,
            check_id=finding.check_id,
            actor=actor,
            old_status=old_status,
            new_status=new_status,
            old_deducted=old_deducted,
            new_deducted=new_deducted,
            comment=comment,
        )
    )
    session.flush()
    rescore(session, run, case)
    case.updated_at = utcnow()
    return finding


def _stale(finding_id: int, expected: int, current: int | None) -> StaleVersion:
    return StaleVersion(f"finding {finding_id}: expected version {expected}, now {current}", current_version=current)


def sign_off(session: Session, case_id: str, actor: str) -> SignOff:
    """Make the current review final (score and grade as corrected now); later corrections raise CaseLocked."""
    case = unlocked_case(session, case_id, "second sign-off")
    run = current_run(session, case_id)
    if run is None:
        raise NotReviewed(f"case {case_id} has no draft to sign")
    result = rescore(session, run, case)
    signoff = SignOff(case_id=case_id, actor=actor, score=result.score, grade=result.grade)
    session.add(signoff)
    case.status = CaseStatus.SIGNED
    case.updated_at = utcnow()
    session.flush()
    return signoff


def agreement(session: Session, case_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Per check id over current runs: how many findings, and how many people overrode (status or deduction
    differs from the machine's) — where the machine and the reviewers disagree most."""
    overridden = (Finding.status != Finding.pre_status) | (Finding.deducted != Finding.pre_deducted)
    query = (
        select(Finding.check_id, func.count(Finding.id), func.sum(_as_int(overridden)))
        .join(ReviewRun, ReviewRun.id == Finding.run_id)
        .where(ReviewRun.is_current.is_(True))
        .group_by(Finding.check_id)
        .order_by(Finding.check_id)
    )
    if case_ids is not None:
        query = query.where(ReviewRun.case_id.in_(case_ids))
    return [
        {"check_id": check_id, "check_name": check_name(check_id), "findings": count, "overridden": int(changed or 0)}
        for check_id, count, changed in session.execute(query)
    ]


def _as_int(condition: Any) -> Any:
    return case((condition, 1), else_=0).cast(Integer)
