"""The case list (filters, search, live progress) and the upload the list page sends by XHR.

Each dropped file is its own XHR, so the page can show a progress bar per file; a case file made of several
parts is uploaded as one ZIP. Uploads are checked at the door by `api.uploads.staged` (the API's own checks),
stored by the store, then queued for the worker; if Redis is down the case stays `queued` and the worker's
maintenance enqueues it when Redis is back — the upload is never refused for that.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.deps import BlobsDep, SessionDep, SettingsDep
from api.errors import ApiError
from api.services import standard_for_upload
from api.uploads import staged
from api.web.common import STATUS_TEXT, JsonPrincipal, PagePrincipal, WebRoute, case_label, need, render
from api.web.dates import HINT, chinese_day, chinese_time, parse_day
from checklists.standards import load_standard
from reviewer.core.settings import Settings
from reviewer.store import Principal, accept_upload, get_case, list_cases
from reviewer.store.models import Agency

log = logging.getLogger("api.web")
router = APIRouter(route_class=WebRoute, include_in_schema=False)
PAGE_SIZE = 30
ACCEPT = ".pdf,.docx,.doc,.wps,.zip,.jpg,.jpeg,.png,.tif,.tiff,.bmp"


def _period(values: dict[str, str]) -> tuple[dict[str, dt.date | None], list[str]]:
    """The period filters as dates, and a Chinese note for each one that is not a date (that one is ignored)."""
    days: dict[str, dt.date | None] = {}
    problems = []
    for key, label in (("period_from", "结案日期自"), ("period_to", "结案日期至")):
        try:
            days[key] = parse_day(values[key])
        except ValueError:
            days[key] = None
            problems.append(f"{label}“{values[key]}”不是有效日期，请{HINT}；该条件未使用。")
    return days, problems


def grades(settings: Settings) -> list[str]:
    bands = load_standard(settings.default_standard).grading
    names = [band.name for band in bands.bands]
    return names + ([bands.veto_grade] if bands.veto_grade not in names else [])


def visible_agencies(session: Session, principal: Principal) -> list[Agency]:
    query = select(Agency).order_by(Agency.code)
    if principal.agency_id is not None:
        query = query.where(Agency.id == principal.agency_id)
    return list(session.scalars(query))


@router.get("/cases")
def case_list(
    request: Request,
    principal: PagePrincipal,
    session: SessionDep,
    settings: SettingsDep,
    agency: str = "",
    status: str = "",
    grade: str = "",
    period_from: str = "",
    period_to: str = "",
    q: str = "",
    page: Annotated[int, Query(ge=1)] = 1,
) -> Response:
    need(principal, "case.read", "查看案卷")
    agencies = visible_agencies(session, principal)
    scope = [principal.agency_id] if principal.agency_id is not None else None
    chosen = int(agency) if agency.isdigit() else None  # the form sends agency= for 全部
    if chosen is not None:
        scope = [chosen] if principal.sees(chosen) else []
    days, date_problems = _period({"period_from": period_from, "period_to": period_to})
    cases, total = list_cases(
        session,
        agency_ids=scope,
        status=status if status in STATUS_TEXT else None,
        grade=grade or None,
        period_from=days["period_from"],
        period_to=days["period_to"],
        search=q.strip() or None,
        offset=(page - 1) * PAGE_SIZE,
        limit=PAGE_SIZE,
    )
    filters = {
        "agency": chosen,
        "status": status,
        "grade": grade,
        "period_from": chinese_day(days["period_from"]) or period_from,
        "period_to": chinese_day(days["period_to"]) or period_to,
        "q": q,
    }
    return render(
        request,
        "cases.html",
        principal,
        cases=cases,
        total=total,
        page=page,
        page_size=PAGE_SIZE,
        agencies=agencies,
        grades=grades(settings),
        filters=filters,
        date_problems=date_problems,
        date_hint=HINT,
        accept=ACCEPT,
        can_upload=principal.can("case.upload"),
    )


def case_json(case: Any) -> dict[str, Any]:
    """A case as the list page shows it (the upload answer and the progress polling both use it)."""
    return {
        "id": case.id,
        "status": case.status,
        "status_text": STATUS_TEXT.get(case.status, case.status),
        "progress": round(case.progress or 0.0, 3),
        "score": case.score,
        "grade": case.grade,
        "case_number": case.case_number,
        "label": case_label(case),
        "party": case.party,
        "agency": case.agency.name if case.agency else "",
        "closing_date": chinese_day(case.closing_date),
        "created": chinese_time(case.created_at),
        "error": case.error_message,
    }


@router.get("/web/cases/progress")
def progress(principal: JsonPrincipal, session: SessionDep, ids: str = "") -> dict[str, Any]:
    """Status and progress of the listed cases (the list page polls this while any is queued or running)."""
    found = []
    for case_id in [i for i in ids.split(",") if i][:100]:
        case = get_case(session, case_id)
        if case is not None and principal.can("case.read") and principal.sees(case.agency_id):
            found.append(case_json(case))
    return {"cases": found}


@router.post("/web/upload")
def upload(
    principal: JsonPrincipal,
    session: SessionDep,
    blobs: BlobsDep,
    settings: SettingsDep,
    files: Annotated[list[UploadFile], File()],
    agency: Annotated[str, Form()] = "",
    case_number: Annotated[str, Form()] = "",
    scope: Annotated[str, Form(max_length=20)] = "",
) -> dict[str, Any]:
    if not principal.can("case.upload"):
        raise ApiError(403, "forbidden", "当前账号无权上传案卷。")
    agency_code = _agency_code(session, principal, agency.strip())
    # 文书评查 is stored as its scope's standard; the workers take the scope from it.
    standard_id = standard_for_upload(None, settings, scope.strip() or None)
    with staged(files, settings, settings.data_dir / "tmp") as parts:
        case = accept_upload(
            session,
            blobs,
            parts,
            agency_code=agency_code,
            case_number=case_number.strip() or None,
            uploaded_by=principal.name,
            standard_id=standard_id,
            max_bytes=settings.max_upload_bytes,
        )
    session.commit()
    queued = enqueue(settings, case.id)
    return {
        "case": case_json(case),
        "queued": queued,
        "message": "已上传，正在排队评查。" if queued else "已上传并保存；队列暂不可用，恢复后将自动评查。",
    }


def _agency_code(session: Session, principal: Principal, wanted: str) -> str:
    """A scoped principal uploads into its own agency; an unscoped one must say which agency."""
    if principal.agency_id is not None:
        own = session.get(Agency, principal.agency_id)
        if own is None or (wanted and wanted != own.code):
            raise ApiError(403, "forbidden", "只能上传本单位的案卷。")
        return own.code
    if not wanted:
        raise ApiError(422, "agency_required", "请选择或填写案卷所属的执法单位。")
    return wanted


def enqueue(settings: Settings, case_id: str) -> bool:
    """Queue the review; False when Redis is unreachable (the case stays queued; a worker's sweep picks it up)."""
    from worker import enqueue_or_defer

    job = enqueue_or_defer(settings, case_id)
    if job is None:
        log.warning("case %s stored but not queued: Redis unavailable", case_id)
    return job is not None
