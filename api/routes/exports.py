"""Downloads: a case's corrected draft as JSON or as the DOCX 评查表, and a batch's XLSX 汇总表.

Exports go through the same masking as the API: a file leaves the service with personal data only for
callers who may see it.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from api.auth import require
from api.deps import SessionDep
from api.responses import errors
from api.routes.cases import corrected_draft, visible_case
from api.services import sheet_header
from reviewer.reports.sheet_docx import render_docx
from reviewer.store import Principal

router = APIRouter(tags=["exports"])
Reader = Annotated[Principal, Depends(require("case.read"))]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def attachment(data: bytes, media_type: str, filename: str) -> Response:
    return Response(data, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _binary(media_type: str, what: str) -> dict[str, Any]:
    return {"200": {"description": what, "content": {media_type: {"schema": {"type": "string", "format": "binary"}}}}}


@router.get(
    "/cases/{case_id}/export.json",
    summary="导出评查结果（JSON，含更正）",
    responses=errors(401, 403, 404, 409),
    openapi_extra={
        "responses": {
            "200": {
                "description": "评查结果 JSON（附件）",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        }
    },
)
def export_json(case_id: str, principal: Reader, session: SessionDep) -> Response:
    draft = corrected_draft(session, principal, case_id)
    data = json.dumps(draft, ensure_ascii=False, indent=2).encode("utf-8")
    return attachment(data, "application/json", f"case-{case_id}.json")


@router.get(
    "/cases/{case_id}/export.docx",
    summary="导出评查表（DOCX，含更正后的得分）",
    responses=errors(401, 403, 404, 409),
    openapi_extra={"responses": _binary(DOCX, "评查表 DOCX")},
)
def export_docx(case_id: str, principal: Reader, session: SessionDep) -> Response:
    draft = corrected_draft(session, principal, case_id)
    case = visible_case(session, principal, case_id)
    return attachment(render_docx(draft, sheet_header(session, case, principal)), DOCX, f"case-{case_id}.docx")
