"""Downloads from the reviewer pages: the case's 评查表 (DOCX) and supervision letter draft (DOCX), the
整改台账 (XLSX) of a case or a batch, and a batch's 汇总表 (XLSX). All are built from the corrected draft, and
personal data is masked for accounts without the right to see it."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import Response
from sqlalchemy.orm import Session

from api.deps import SessionDep
from api.errors import ApiError
from api.masking import for_principal
from api.services import sheet_header
from api.web.common import PagePrincipal, WebRoute, need
from api.web.routes_batches import batch_in_scope
from reviewer.reports.ledger_xlsx import LedgerCase, rectification_xlsx
from reviewer.reports.sheet_docx import render_docx
from reviewer.reports.supervision import LetterOptions, supervision_letter_docx
from reviewer.store import Principal, draft_with_corrections, get_case, summarize
from reviewer.store.models import Batch, Case

router = APIRouter(route_class=WebRoute, include_in_schema=False)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download(data: bytes, media_type: str, filename: str) -> Response:
    """A file response whose Chinese file name survives every browser (RFC 5987 filename*)."""
    ascii_name = "export" + filename[filename.rfind(".") :]
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition})


def _reviewed(session: Session, principal: Principal, case_id: str) -> tuple[Case, dict[str, Any]]:
    need(principal, "case.read", "导出案卷")
    case = get_case(session, case_id)
    if case is None or not principal.sees(case.agency_id):
        raise ApiError(404, "case_not_found", "找不到该案卷，或无权查看。")
    draft = draft_with_corrections(session, case_id)
    if draft is None:
        raise ApiError(409, "not_reviewed", "该案卷尚未完成预审，暂不能导出。")
    return case, for_principal(draft, principal)


def _label(case: Case) -> str:
    return (case.case_number or case.id[:8]).replace("/", "-")


@router.get("/cases/{case_id}/export/review.docx")
def review_docx(case_id: str, principal: PagePrincipal, session: SessionDep) -> Response:
    case, draft = _reviewed(session, principal, case_id)
    return download(render_docx(draft, sheet_header(session, case, principal)), DOCX, f"评查表-{_label(case)}.docx")


@router.get("/cases/{case_id}/export/supervision.docx")
def supervision_docx(case_id: str, principal: PagePrincipal, session: SessionDep) -> Response:
    case, draft = _reviewed(session, principal, case_id)
    agency = case.agency.name if case.agency else "（执法单位）"
    data = supervision_letter_docx(draft, agency, LetterOptions(date=dt.date.today()), case_number=case.case_number)
    return download(data, DOCX, f"行政执法监督意见书-{_label(case)}.docx")


@router.get("/cases/{case_id}/export/rectification.xlsx")
def case_ledger(case_id: str, principal: PagePrincipal, session: SessionDep) -> Response:
    case, draft = _reviewed(session, principal, case_id)
    ledger = [LedgerCase(case.agency.name if case.agency else "", case.case_number or case.id, draft)]
    return download(
        rectification_xlsx(ledger, reporter_unit=ledger[0].agency_name), XLSX, f"整改台账-{_label(case)}.xlsx"
    )


@router.get("/batches/{batch_id}/export/summary.xlsx")
def batch_summary_xlsx(batch_id: str, principal: PagePrincipal, session: SessionDep) -> Response:
    """The 汇总表 and per-agency ranking over the batch's cases the principal may see."""
    from reviewer.reports.summary_xlsx import summary_xlsx

    batch, cases = _batch(session, principal, batch_id)
    summary = summarize(session, cases, name=batch.name, batch_id=batch.id)
    return download(
        summary_xlsx(summary, show_party=principal.can("personal.read")), XLSX, f"评查汇总表-{batch.name}.xlsx"
    )


def _batch(session: Session, principal: Principal, batch_id: str) -> tuple[Batch, list[Case]]:
    batch, cases = batch_in_scope(session, principal, batch_id)
    if batch is None:
        raise ApiError(404, "batch_not_found", "找不到该批次，或无权查看。")
    return batch, cases


@router.get("/batches/{batch_id}/export/rectification.xlsx")
def batch_ledger(batch_id: str, principal: PagePrincipal, session: SessionDep) -> Response:
    batch, cases = _batch(session, principal, batch_id)
    ledger = []
    for case in cases:
        draft = draft_with_corrections(session, case.id)
        if draft is not None:
            ledger.append(
                LedgerCase(
                    case.agency.name if case.agency else "",
                    case.case_number or case.id,
                    for_principal(draft, principal),
                )
            )
    return download(rectification_xlsx(ledger), XLSX, f"整改台账-{batch.name}.xlsx")
