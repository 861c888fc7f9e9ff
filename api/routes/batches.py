"""Batches: review many uploaded files together, or every stored case of an agency closed within a period;
then follow the progress and read the summary (汇总表 rows and the per-agency ranking).

POST /batches takes either body: `multipart/form-data` (files — each file is one case file — plus name,
agency, standard) or `application/json` (`BatchCreate`: agency and closing-date period over stored cases).
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from api.auth import check_agency, require
from api.deps import BlobsDep, SessionDep, SettingsDep
from api.errors import ApiError
from api.masking import for_principal, mask_value
from api.responses import errors
from api.routes.exports import attachment
from api.schemas import BatchAccepted, BatchCreate, BatchOut, BatchProgress
from api.services import agency_code_for_upload, agency_code_of, agency_id_of, enqueue, standard_for_upload
from api.uploads import staged
from reviewer.core.settings import Settings
from reviewer.core.status import FINISHED, CaseStatus
from reviewer.reports.summary import BatchSummary
from reviewer.reports.summary_xlsx import summary_xlsx
from reviewer.store import BlobStore, Principal, accept_upload, batch_cases, batch_summary, create_batch, get_batch
from reviewer.store.models import Batch

router = APIRouter(tags=["batches"])
Creator = Annotated[Principal, Depends(require("batch.create"))]
Reader = Annotated[Principal, Depends(require("batch.read"))]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: Statuses a period batch (re-)enqueues: cases without a finished review.
PENDING = (CaseStatus.QUEUED, CaseStatus.FAILED)

_UPLOAD_FORM = {
    "type": "object",
    "required": ["files"],
    "properties": {
        "files": {
            "type": "array",
            "items": {"type": "string", "format": "binary"},
            "description": "每个文件是一份案卷",
        },
        "name": {"type": "string", "maxLength": 200},
        "agency": {"type": "string", "maxLength": 64},
        "standard": {"type": "string", "maxLength": 100},
        "scope": {"type": "string", "maxLength": 20, "description": "评查范围：case 或 decision（文书评查）"},
    },
}
BATCH_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": BatchCreate.model_json_schema()},
            "multipart/form-data": {"schema": _UPLOAD_FORM},
        },
    }
}


@router.post(
    "/batches",
    status_code=202,
    response_model=BatchAccepted,
    summary="创建批次（上传多份案卷，或按机关与结案期间）",
    responses=errors(400, 401, 403, 404, 413, 415, 422),
    openapi_extra=BATCH_BODY,
)
async def create(
    request: Request, principal: Creator, session: SessionDep, settings: SettingsDep, blobs: BlobsDep
) -> BatchAccepted:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        body = await _json_body(request)
        return await run_in_threadpool(_period_batch, body, principal, session, settings)
    if content_type == "multipart/form-data":
        form = await request.form(max_files=settings.zip_max_members, max_fields=50)
        files = [item for item in form.getlist("files") if isinstance(item, UploadFile)]
        fields = {
            key: str(form.get(key) or "").strip()[:200] or None for key in ("name", "agency", "standard", "scope")
        }
        return await run_in_threadpool(_upload_batch, files, fields, principal, session, settings, blobs)
    raise ApiError(
        415, "unsupported_media_type", "请以 multipart/form-data（上传文件）或 application/json（按期间）提交。"
    )


async def _json_body(request: Request) -> BatchCreate:
    try:
        return BatchCreate.model_validate(json.loads(await request.body()))
    except json.JSONDecodeError as error:
        raise ApiError(400, "invalid_json", "请求体不是合法的 JSON。") from error
    except ValidationError as error:
        raise RequestValidationError(error.errors(include_url=False, include_context=False)) from error


def _period_batch(body: BatchCreate, principal: Principal, session: Session, settings: Settings) -> BatchAccepted:
    if body.period_from > body.period_to:
        raise ApiError(422, "invalid_period", "结案日期起不能晚于止。")
    agency_id = agency_id_of(session, body.agency)
    if agency_id is None or not principal.sees(agency_id):
        raise ApiError(404, "agency_not_found", f"执法机关 {body.agency} 不存在或无权查看。")
    name = body.name or f"{body.agency} {body.period_from}—{body.period_to}"
    batch = create_batch(
        session,
        name=name,
        created_by=principal.name,
        agency_code=body.agency,
        period_from=body.period_from,
        period_to=body.period_to,
    )
    cases = batch_cases(session, batch)
    session.commit()
    pending = [case.id for case in cases if case.status in PENDING]
    return _enqueue_all(settings, batch.id, pending, [case.id for case in cases])


def _upload_batch(
    files: list[UploadFile],
    fields: dict[str, str | None],
    principal: Principal,
    session: Session,
    settings: Settings,
    blobs: BlobStore,
) -> BatchAccepted:
    if not principal.can("case.upload"):
        raise ApiError(403, "forbidden", "当前账号无权上传案卷。")
    agency_code = agency_code_for_upload(session, principal, fields["agency"])
    standard_id = standard_for_upload(fields["standard"], settings, fields["scope"])
    with staged(files, settings, settings.data_dir / "incoming") as parts:
        batch = create_batch(
            session,
            name=fields["name"] or f"{agency_code} 批量上传",
            created_by=principal.name,
            agency_code=agency_code,
        )
        ids = [
            accept_upload(
                session,
                blobs,
                [part],
                agency_code=agency_code,
                uploaded_by=principal.name,
                batch_id=batch.id,
                standard_id=standard_id,
            ).id
            for part in parts
        ]
    session.commit()
    return _enqueue_all(settings, batch.id, ids, ids)


def _enqueue_all(settings: Settings, batch_id: str, pending: list[str], case_ids: list[str]) -> BatchAccepted:
    queued = sum(1 for case_id in pending if enqueue(settings, case_id))
    return BatchAccepted(
        batch_id=batch_id, cases=len(case_ids), queued=queued, deferred=len(pending) - queued, case_ids=case_ids
    )


def _visible_batch(session: Session, principal: Principal, batch_id: str) -> Batch:
    batch = get_batch(session, batch_id)
    if batch is None:
        raise ApiError(404, "batch_not_found", "批次不存在或无权查看。")
    check_agency(principal, batch.agency_id, what="批次")
    return batch


@router.get("/batches/{batch_id}", response_model=BatchOut, summary="批次进度与汇总", responses=errors(401, 403, 404))
def batch_status(
    batch_id: str,
    principal: Reader,
    session: SessionDep,
    summary: Annotated[bool, Query(description="是否附带汇总（逐卷行与排名）；轮询进度时可设为 false，更快")] = True,
) -> BatchOut:
    batch = _visible_batch(session, principal, batch_id)
    full = batch_summary(session, batch.id) if summary else None
    if full is not None:
        counts = full.counts
        rows = for_principal(
            {
                "rows": [dataclasses.asdict(row) for row in full.rows],
                "ranking": [dataclasses.asdict(rank) for rank in full.ranking],
            },
            principal,
        )
    else:
        counts = dict(Counter(case.status for case in batch_cases(session, batch)))
        rows = {}
    total = sum(counts.values())
    finished = sum(counts.get(status, 0) for status in FINISHED)
    progress = BatchProgress(total=total, by_status=counts, done=round(finished / total, 4) if total else 1.0)
    return BatchOut(
        id=batch.id,
        name=batch.name,
        agency=agency_code_of(session, batch.agency_id),
        period_from=batch.period_from,
        period_to=batch.period_to,
        created_at=batch.created_at,
        progress=progress,
        summary=rows,
    )


def _masked(summary: BatchSummary) -> BatchSummary:
    """The summary with personal data masked in the free-text columns (main defects quote the file)."""
    rows = [
        dataclasses.replace(row, main_defects=mask_value(row.main_defects), party=mask_value(row.party))
        for row in summary.rows
    ]
    return dataclasses.replace(summary, rows=rows)


@router.get(
    "/batches/{batch_id}/export.xlsx",
    summary="导出汇总表（XLSX：逐卷得分与机关排名）",
    responses=errors(401, 403, 404),
    openapi_extra={
        "responses": {
            "200": {"description": "汇总表 XLSX", "content": {XLSX: {"schema": {"type": "string", "format": "binary"}}}}
        }
    },
)
def export_xlsx(batch_id: str, principal: Reader, session: SessionDep) -> Response:
    batch = _visible_batch(session, principal, batch_id)
    summary = batch_summary(session, batch.id)
    assert summary is not None
    personal = principal.can("personal.read")
    data = summary_xlsx(summary if personal else _masked(summary), show_party=personal)
    return attachment(data, XLSX, f"batch-{batch.id}.xlsx")


@router.get(
    "/batches/{batch_id}/decisions.xlsx",
    summary="导出文书评查汇总表（XLSX：逐份决定书与机关排名）",
    responses=errors(401, 403, 404),
    openapi_extra={
        "responses": {
            "200": {
                "description": "文书评查汇总表 XLSX",
                "content": {XLSX: {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def export_decisions_xlsx(batch_id: str, principal: Reader, session: SessionDep) -> Response:
    """One row per reviewed decision of the batch (文书评查) and agencies ranked by problems per decision."""
    from reviewer.reports.decision_summary import decision_row_of_contract, decision_summary_xlsx, refused_row
    from reviewer.store.drafts import draft_with_corrections

    batch = _visible_batch(session, principal, batch_id)
    personal = principal.can("personal.read")
    rows = []
    for case in batch_cases(session, batch):
        name = case.files[0].name if case.files else case.id
        draft = draft_with_corrections(session, case.id)
        if draft is None:
            rows.append(refused_row(name, case.error_message or "尚未评查完成。"))
            continue
        row = decision_row_of_contract(name, draft, case.agency.name if case.agency else None)
        rows.append(
            row if personal else dataclasses.replace(row, party=mask_value(row.party), defects=mask_value(row.defects))
        )
    return attachment(decision_summary_xlsx(rows, name=batch.name), XLSX, f"batch-{batch.id}-decisions.xlsx")
