"""Findings, corrections with optimistic concurrency, the audit trail, and sign-off.

Two reviewers correcting the same finding must not silently overwrite each other: GET of one finding
returns an ETag (finding id + version), PATCH must send it back in If-Match — missing → 428, stale → 412.
The store's conditional UPDATE repeats the version check, so the guarantee holds across API processes.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import require
from api.deps import SessionDep
from api.errors import ApiError
from api.masking import for_principal
from api.responses import errors
from api.routes.cases import visible_case
from api.schemas import CorrectionList, FindingList, FindingOut, FindingPatch, PatchResult, SignoffOut
from reviewer.store import Principal, correct_finding, current_run, findings_of, sign_off
from reviewer.store.drafts import correction_json, corrections_of, finding_json, signoff_json
from reviewer.store.models import Finding, ReviewRun

router = APIRouter(tags=["findings"])
Reader = Annotated[Principal, Depends(require("case.read"))]
Corrector = Annotated[Principal, Depends(require("finding.correct"))]
Signer = Annotated[Principal, Depends(require("case.signoff"))]


def etag_of(finding: Finding) -> str:
    return f'"f{finding.id}-v{finding.version}"'


def _run_of(session: Session, case_id: str) -> ReviewRun:
    run = current_run(session, case_id)
    if run is None:
        raise ApiError(409, "draft_not_ready", "该案卷尚未生成评查草稿，请稍后再试。")
    return run


def _finding(session: Session, case_id: str, check_id: str) -> Finding:
    run = _run_of(session, case_id)
    finding = session.scalar(select(Finding).where(Finding.run_id == run.id, Finding.check_id == check_id))
    if finding is None:
        raise ApiError(404, "finding_not_found", f"该案卷没有评查项 {check_id}。")
    return finding


@router.get(
    "/cases/{case_id}/findings",
    response_model=FindingList,
    summary="评查项与证据",
    responses=errors(401, 403, 404, 409),
)
def list_findings(case_id: str, principal: Reader, session: SessionDep) -> FindingList:
    case = visible_case(session, principal, case_id)
    run = _run_of(session, case_id)
    rows = [finding_json(row) for row in findings_of(session, run.id)]
    return FindingList(case_id=case_id, score=case.score, grade=case.grade, findings=for_principal(rows, principal))


@router.get(
    "/cases/{case_id}/findings/{check_id}",
    response_model=FindingOut,
    summary="单个评查项（带 ETag）",
    responses=errors(401, 403, 404, 409),
)
def get_finding(case_id: str, check_id: str, principal: Reader, session: SessionDep, response: Response) -> FindingOut:
    visible_case(session, principal, case_id)
    finding = _finding(session, case_id, check_id)
    response.headers["ETag"] = etag_of(finding)
    return FindingOut.model_validate(for_principal(finding_json(finding), principal))


def _expected_version(if_match: str | None, finding: Finding) -> int:
    """The version the client saw, from If-Match; 428 without it, 412 when it names another state."""
    if not if_match or not if_match.strip():
        raise ApiError(428, "if_match_required")
    tags = [tag.strip().removeprefix("W/") for tag in if_match.split(",")]
    if etag_of(finding) not in tags:
        raise ApiError(412, "stale_version", "该评查项已被他人修改，请刷新后再改。", headers={"ETag": etag_of(finding)})
    return finding.version


@router.patch(
    "/cases/{case_id}/findings/{check_id}",
    response_model=PatchResult,
    summary="更正评查项",
    responses=errors(400, 401, 403, 404, 409, 412, 422, 428),
)
def patch_finding(
    case_id: str,
    check_id: str,
    patch: FindingPatch,
    principal: Corrector,
    session: SessionDep,
    response: Response,
    if_match: Annotated[str | None, Header(description="GET 该评查项时返回的 ETag")] = None,
) -> PatchResult:
    case = visible_case(session, principal, case_id)
    if patch.status is None and patch.deducted is None and not patch.comment:
        raise ApiError(422, "empty_correction", "请至少提供 status、deducted 或 comment 之一。")
    finding = _finding(session, case_id, check_id)
    expected = _expected_version(if_match, finding)
    finding = correct_finding(
        session,
        finding.id,
        expected_version=expected,
        status=patch.status,
        deducted=patch.deducted,
        comment=patch.comment,
        actor=principal.name,
    )
    session.commit()
    response.headers["ETag"] = etag_of(finding)
    out = FindingOut.model_validate(for_principal(finding_json(finding), principal))
    return PatchResult(finding=out, score=case.score, grade=case.grade)


@router.get(
    "/cases/{case_id}/corrections",
    response_model=CorrectionList,
    summary="更正记录（审计轨迹）",
    responses=errors(401, 403, 404),
)
def list_corrections(case_id: str, principal: Reader, session: SessionDep) -> CorrectionList:
    visible_case(session, principal, case_id)
    run = current_run(session, case_id)
    standard_id = run.standard_id if run is not None else None
    rows = [correction_json(row, standard_id) for row in corrections_of(session, case_id)]
    return CorrectionList(case_id=case_id, corrections=for_principal(rows, principal))


@router.post(
    "/cases/{case_id}/signoff",
    response_model=SignoffOut,
    summary="签字定稿（之后不能再更正）",
    responses=errors(401, 403, 404, 409),
)
def signoff(case_id: str, principal: Signer, session: SessionDep) -> SignoffOut:
    visible_case(session, principal, case_id)
    row = sign_off(session, case_id, principal.name)
    session.commit()
    return SignoffOut.model_validate({"case_id": case_id, **(signoff_json(row) or {})})
