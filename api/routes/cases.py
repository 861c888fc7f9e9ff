"""Case files: upload, list with filters, status with progress, and the draft."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, UploadFile
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from api.auth import check_agency, require
from api.deps import BlobsDep, SessionDep, SettingsDep
from api.errors import ApiError
from api.masking import for_principal
from api.responses import errors
from api.schemas import CaseDetail, CaseList, UploadAccepted
from api.services import (
    agency_code_for_upload,
    agency_ids_for_listing,
    case_detail,
    case_summary,
    enqueue,
    standard_for_upload,
)
from api.uploads import staged
from reviewer.core.status import CaseStatus
from reviewer.store import Principal, accept_upload, draft_with_corrections, get_case, list_cases
from reviewer.store.models import Case

router = APIRouter(tags=["cases"])
Uploader = Annotated[Principal, Depends(require("case.upload"))]
Reader = Annotated[Principal, Depends(require("case.read"))]


@router.post(
    "/cases",
    status_code=202,
    response_model=UploadAccepted,
    summary="上传一份案卷",
    responses=errors(400, 401, 403, 413, 415, 422),
)
def upload_case(
    principal: Uploader,
    session: SessionDep,
    settings: SettingsDep,
    blobs: BlobsDep,
    files: Annotated[list[UploadFile], File(description="案卷文件：一个或多个 PDF/DOCX/DOC/WPS/图片，或一个 ZIP")],
    agency: Annotated[str | None, Form(max_length=64, description="执法机关代码；限定机关的密钥可省略")] = None,
    case_number: Annotated[str | None, Form(max_length=200, description="案号")] = None,
    standard: Annotated[str | None, Form(max_length=100, description="评查标准 ID，默认 henan-2022")] = None,
    closing_date: Annotated[dt.date | None, Form(description="结案日期 YYYY-MM-DD（可选，批次按它筛选）")] = None,
    scope: Annotated[
        str | None, Form(max_length=20, description="评查范围：case（整本案卷，默认）或 decision（文书评查）")
    ] = None,
) -> UploadAccepted:
    """All files of one request form one case file. The bytes are stored before anything else; the review
    runs in a worker. When the queue is down the case is still stored and is queued automatically later."""
    agency_code = agency_code_for_upload(session, principal, agency)
    standard_id = standard_for_upload(standard, settings, scope)
    with staged(files, settings, settings.data_dir / "incoming") as parts:
        case = accept_upload(
            session,
            blobs,
            parts,
            agency_code=agency_code,
            case_number=case_number,
            uploaded_by=principal.name,
            standard_id=standard_id,
            closing_date=closing_date,
            max_bytes=settings.max_upload_bytes,
        )
    session.commit()  # durable before a worker can look for it
    job_id = enqueue(settings, case.id)
    message = "已接收，正在排队评查。" if job_id else "已保存。任务队列暂不可用，恢复后将自动排队评查。"
    return UploadAccepted(
        case_id=case.id, job_id=job_id, status=CaseStatus.QUEUED, queued=job_id is not None, message=message
    )


@router.get("/cases", response_model=CaseList, summary="案卷列表（分页、筛选）", responses=errors(401, 403, 422))
def cases_list(
    principal: Reader,
    session: SessionDep,
    agency: Annotated[str | None, Query(max_length=64, description="执法机关代码")] = None,
    period_from: Annotated[dt.date | None, Query(description="结案日期起（含）")] = None,
    period_to: Annotated[dt.date | None, Query(description="结案日期止（含）")] = None,
    grade: Annotated[str | None, Query(max_length=50, description="等级，如 优秀、合格、不合格")] = None,
    status: Annotated[CaseStatus | None, Query(description="状态")] = None,
    q: Annotated[str | None, Query(max_length=200, description="按案号、当事人或案卷 ID 搜索")] = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> CaseList:
    agency_ids = agency_ids_for_listing(session, principal, agency)
    if agency_ids == []:
        return CaseList(items=[], total=0, offset=offset, limit=limit)
    rows, total = list_cases(
        session,
        agency_ids=agency_ids,
        status=status,
        grade=grade,
        period_from=period_from,
        period_to=period_to,
        search=q,
        offset=offset,
        limit=limit,
    )
    items = [for_principal(case_summary(case), principal) for case in rows]
    return CaseList(items=items, total=total, offset=offset, limit=limit)


def visible_case(session: Session, principal: Principal, case_id: str) -> Case:
    """The case, if it exists and the caller's agency scope covers it; 404 otherwise (no existence leak)."""
    case = get_case(session, case_id)
    if case is None:
        raise ApiError(404, "case_not_found", "案卷不存在或无权查看。")
    check_agency(principal, case.agency_id)
    return case


@router.get("/cases/{case_id}", response_model=CaseDetail, summary="案卷状态与进度", responses=errors(401, 403, 404))
def case_status(case_id: str, principal: Reader, session: SessionDep) -> CaseDetail:
    case = visible_case(session, principal, case_id)
    return CaseDetail.model_validate(for_principal(case_detail(session, case), principal))


DRAFT_SCHEMA: dict[str, Any] = {
    "200": {
        "description": "评查草稿（DESIGN.md 输出约定，已应用人工更正）",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


@router.get(
    "/cases/{case_id}/draft",
    summary="评查草稿（含人工更正）",
    responses=errors(401, 403, 404, 409),
    openapi_extra={"responses": DRAFT_SCHEMA},
)
def case_draft(case_id: str, principal: Reader, session: SessionDep) -> JSONResponse:
    return JSONResponse(corrected_draft(session, principal, case_id))


def corrected_draft(session: Session, principal: Principal, case_id: str) -> dict[str, Any]:
    """The DESIGN.md contract with corrections applied, as this caller may see it; 409 before the first draft."""
    visible_case(session, principal, case_id)
    draft = draft_with_corrections(session, case_id)
    if draft is None:
        raise ApiError(409, "draft_not_ready", "该案卷尚未生成评查草稿，请稍后再试。")
    return for_principal(draft, principal)
