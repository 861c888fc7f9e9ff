"""Machine drafts in, corrected drafts out.

A run is identified by (case, standard, engine version): saving the same draft again updates that run in place,
keeping finding ids and every human correction. A draft from a new engine or standard becomes a new current run,
and the case's corrections are carried over to it by check id — people's work is never lost to a re-run.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from checklists.names import check_name, check_names
from checklists.schema import Standard
from checklists.standards import load_standard
from reviewer.core.grading import provisional_note
from reviewer.core.model import Finding as DraftFinding
from reviewer.core.model import ReviewDraft, low_ocr_note
from reviewer.core.settings import DEFAULT_OCR_LOW_CONFIDENCE
from reviewer.core.status import CaseStatus
from reviewer.pipeline.scoring import Score, page_reviews, score
from reviewer.store.errors import CaseLocked, CaseNotFound
from reviewer.store.models import Case, Correction, Finding, ReviewRun, SignOff, utcnow


@lru_cache(maxsize=16)
def standard_of(standard_id: str) -> Standard:
    return load_standard(standard_id)


def max_deduction(standard: Standard, check_id: str, category: str) -> float:
    """The most one finding of this check may deduct: its points, its cap, or its category's points."""
    try:
        check = standard.check(check_id)
    except KeyError:
        return 0.0
    if not check.per_instance:
        return check.points
    if check.cap is not None:
        return check.cap
    try:
        return standard.category(category).points
    except KeyError:
        return check.points


def current_run(session: Session, case_id: str) -> ReviewRun | None:
    return session.scalar(select(ReviewRun).where(ReviewRun.case_id == case_id, ReviewRun.is_current.is_(True)))


def findings_of(session: Session, run_id: int) -> list[Finding]:
    return list(session.scalars(select(Finding).where(Finding.run_id == run_id).order_by(Finding.id)))


def latest_corrections(session: Session, case_id: str) -> dict[str, Correction]:
    """The newest correction per check id of a case."""
    rows = session.scalars(
        select(Correction).where(Correction.case_id == case_id).order_by(Correction.at, Correction.id)
    )
    return {row.check_id: row for row in rows}


def unlocked_case(session: Session, case_id: str, doing: str) -> Case:
    """The case, if it exists and is not signed off (CaseNotFound, CaseLocked otherwise)."""
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound(f"case {case_id} not found")
    if case.status == CaseStatus.SIGNED:
        raise CaseLocked(f"case {case_id} is signed off: {doing} refused")
    return case


def save_draft(session: Session, case_id: str, draft: ReviewDraft, *, layout_sha256: str | None = None) -> ReviewRun:
    """Store the machine's draft as the case's current run (see the module docstring); CaseLocked once signed.

    `layout_sha256` names the page layout blob the run read (store.layouts); None keeps the run's earlier one."""
    case = unlocked_case(session, case_id, "new draft")
    standard = standard_of(draft.standard.id)
    run = session.scalar(
        select(ReviewRun).where(
            ReviewRun.case_id == case_id,
            ReviewRun.standard_id == draft.standard.id,
            ReviewRun.engine_version == draft.engine_version,
        )
    )
    if run is None:
        run = ReviewRun(
            case_id=case_id, standard_id=draft.standard.id, engine_version=draft.engine_version, draft_json={}
        )
        session.add(run)
        session.flush()
    session.execute(
        update(ReviewRun)
        .where(ReviewRun.case_id == case_id, ReviewRun.id != run.id)
        .values(is_current=False)
        .execution_options(synchronize_session="fetch")
    )
    run.is_current = True
    run.standard_version = draft.standard.version
    run.draft_json = draft.to_contract()
    run.timings = dict(draft.timings)
    run.layout_sha256 = layout_sha256 or run.layout_sha256
    run.registers = draft.registers.model_dump() if draft.registers else None
    run.created_at = utcnow()
    _merge_findings(run, draft.findings, standard, latest_corrections(session, case_id))
    session.flush()
    _describe_case(case, draft)
    rescore(session, run, case)
    return run


def _merge_findings(
    run: ReviewRun, machine: list[DraftFinding], standard: Standard, corrections: dict[str, Correction]
) -> None:
    existing = {finding.check_id: finding for finding in run.findings}
    keep = {finding.check_id for finding in machine}
    for finding in list(run.findings):
        if finding.check_id not in keep:
            run.findings.remove(finding)
    for item in machine:
        row = existing.get(item.check_id)
        if row is None:
            row = Finding(check_id=item.check_id, version=1)
            run.findings.append(row)
        elif (row.pre_status, row.pre_deducted) != (item.status, item.deducted):
            row.version = (row.version or 1) + 1
        row.category = item.category
        row.points = max_deduction(standard, item.check_id, item.category)
        row.pre_status, row.pre_deducted = item.status, item.deducted
        row.message = item.message
        row.evidence_json = [evidence.model_dump(mode="json") for evidence in item.evidence]
        row.confidence = item.confidence
        corrected = corrections.get(item.check_id)
        row.status = corrected.new_status if corrected else item.status
        row.deducted = corrected.new_deducted if corrected else item.deducted


def _describe_case(case: Case, draft: ReviewDraft) -> None:
    """Copy what the machine read into the case's searchable columns, keeping what a person typed in."""
    case.pages = draft.pages
    case.procedure = draft.procedure
    case.standard_id = draft.standard.id
    case.party = case.party or draft.facts.party
    closed = draft.timeline.get("closed") if draft.timeline else None
    case.closing_date = case.closing_date or closed
    if not case.case_number:
        case.case_number = _case_number(draft)
    case.status, case.progress, case.error_code, case.error_message = CaseStatus.DRAFTED, 1.0, None, None
    case.updated_at = utcnow()


def _case_number(draft: ReviewDraft) -> str | None:
    """The decision's 文号, else the filing approval's, else the first number found."""
    numbers = {i.kind: i.doc_number for i in draft.instruments if i.doc_number}
    for kind in ("penalty_decision", "filing_approval"):
        if kind in numbers:
            return numbers[kind]
    return next(iter(numbers.values()), None)


def ocr_bar(run: ReviewRun) -> float:
    """The REVIEWER_OCR_LOW_CONFIDENCE the run's draft was made under (drafts from before it was recorded: the
    default), so a rescore after corrections keeps the bar the machine's `unknown`s follow."""
    value = (run.draft_json or {}).get("ocr_low_confidence")
    return DEFAULT_OCR_LOW_CONFIDENCE if value is None else float(value)


def score_findings(rows: list[Finding], standard: Standard, low_confidence: float) -> Score:
    findings = [
        DraftFinding(
            check_id=r.check_id,
            category=r.category,
            status=r.status,
            deducted=r.deducted,
            confidence=r.confidence,
        )
        for r in rows
    ]
    return score(findings, standard, low_confidence=low_confidence)


def rescore(session: Session, run: ReviewRun, case: Case | None = None) -> Score:
    """Recompute the run's score and grade from its current findings; mirror them on the case when current."""
    result = score_findings(findings_of(session, run.id), standard_of(run.standard_id), ocr_bar(run))
    run.score, run.grade = result.score, result.grade
    case = case or session.get(Case, run.case_id)
    if case is not None and run.is_current:
        case.score, case.grade = result.score, result.grade
    return result


def draft_with_corrections(session: Session, case_id: str) -> dict[str, Any] | None:
    """The DESIGN.md contract with current statuses, deductions, score and grade, plus the corrections list.

    None while the case has no draft."""
    run = current_run(session, case_id)
    if run is None:
        return None
    rows = findings_of(session, run.id)
    result = score_findings(rows, standard_of(run.standard_id), ocr_bar(run))
    names = check_names([row.check_id for row in rows], run.standard_id)
    contract = dict(run.draft_json)
    contract.update(
        {
            "case_id": case_id,
            "findings": [finding_json(row) for row in rows],
            "check_names": names,
            "score": result.score,
            "grade": result.grade,
            "veto": result.veto,
            "needs_review": [*result.needs_review, *page_reviews(run.draft_json.get("blank_pages") or [])],
            "score_range": [result.low, result.high],
            "provisional_grade": result.provisional,
            "provisional_note": provisional_note(
                result.provisional, [names.get(row.check_id, row.check_id) for row in rows if row.status == "unknown"]
            ),
            "category_scores": result.categories,
            "corrections": [correction_json(c, run.standard_id) for c in corrections_of(session, case_id)],
            "signoff": signoff_json(session.get(SignOff, case_id)),
        }
    )
    return contract


def finding_json(row: Finding) -> dict[str, Any]:
    return {
        "id": row.id,
        "check_id": row.check_id,
        "check_name": check_name(row.check_id, row.run.standard_id),
        "category": row.category,
        "status": row.status,
        "deducted": row.deducted,
        "message": row.message,
        "confidence": row.confidence,
        "evidence": list(row.evidence_json),
        "ocr_note": low_ocr_note(list(row.evidence_json), ocr_bar(row.run)),
        "points": row.points,
        "pre_status": row.pre_status,
        "pre_deducted": row.pre_deducted,
        "corrected": (row.status, row.deducted) != (row.pre_status, row.pre_deducted),
        "version": row.version,
    }


def corrections_of(session: Session, case_id: str) -> list[Correction]:
    """The case's audit trail, newest first (check_id on each row)."""
    query = select(Correction).where(Correction.case_id == case_id).order_by(Correction.at.desc(), Correction.id.desc())
    return list(session.scalars(query))


def correction_json(row: Correction, standard_id: str | None = None) -> dict[str, Any]:
    """One correction; the check named as `standard_id` names it (the catalog's name without one)."""
    return {
        "id": row.id,
        "finding_id": row.finding_id,
        "check_id": row.check_id,
        "check_name": check_name(row.check_id, standard_id),
        "actor": row.actor,
        "at": _iso(row.at),
        "old_status": row.old_status,
        "new_status": row.new_status,
        "old_deducted": row.old_deducted,
        "new_deducted": row.new_deducted,
        "comment": row.comment,
    }


def signoff_json(row: SignOff | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"actor": row.actor, "at": _iso(row.at), "score": row.score, "grade": row.grade}


def _iso(value: dt.datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")
