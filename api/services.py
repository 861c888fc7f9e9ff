"""Small pieces the routes share: agency scope, standard choice, enqueueing, and case rows as API dicts."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.errors import ApiError
from checklists.scopes import get_scope
from checklists.standards import load_standard, standard_paths
from reviewer.core.errors import UnknownScope, UnknownStandard
from reviewer.core.settings import Settings
from reviewer.core.status import CaseStatus
from reviewer.reports.sheet import SheetHeader
from reviewer.store import Principal
from reviewer.store.drafts import signoff_json
from reviewer.store.models import Agency, Case, SignOff, User
from worker import enqueue_or_defer

log = logging.getLogger("api")


def agency_code_of(session: Session, agency_id: int | None) -> str | None:
    if agency_id is None:
        return None
    agency = session.get(Agency, agency_id)
    return agency.code if agency else None


def agency_id_of(session: Session, code: str) -> int | None:
    return session.scalar(select(Agency.id).where(Agency.code == code))


def agency_code_for_upload(session: Session, principal: Principal, requested: str | None) -> str:
    """A scoped caller uploads into its own agency (naming another is refused); an all-agency caller must
    say which agency the case belongs to."""
    requested = (requested or "").strip() or None
    if principal.agency_id is None:
        if requested is None:
            raise ApiError(422, "agency_required", "请填写执法机关代码（agency）。")
        return requested
    own = agency_code_of(session, principal.agency_id)
    assert own is not None, "a principal's agency row is never deleted"
    if requested is not None and requested != own:
        raise ApiError(403, "agency_forbidden", f"当前账号只能上传本机关（{own}）的案卷。")
    return own


def agency_ids_for_listing(session: Session, principal: Principal, requested: str | None) -> list[int] | None:
    """Agency ids a listing may show: None = all; [] = nothing (an unknown or foreign agency)."""
    if requested:
        wanted = agency_id_of(session, requested)
        if wanted is None or not principal.sees(wanted):
            return []
        return [wanted]
    return None if principal.agency_id is None else [principal.agency_id]


def standard_for_upload(requested: str | None, settings: Settings, scope: str | None = None) -> str:
    """A shipped standard id only: an API caller may never make the server read a file path. A review scope
    (`decision`: 文书评查) picks its own standard, and the stored standard carries the scope to the worker, so a
    standard named with a scope must be one written for it."""
    chosen = get_scope((scope or "").strip() or None)
    standard_id = (requested or "").strip() or (chosen.standard if chosen else settings.default_standard)
    known = standard_paths()
    if standard_id not in known:
        raise UnknownStandard(
            f"unknown standard {standard_id!r}", f"找不到评查标准 {standard_id}（可用：{'、'.join(sorted(known))}）。"
        )
    if chosen is not None and load_standard(standard_id).standard.scope != chosen.id:
        raise UnknownScope(
            f"standard {standard_id} is not for scope {chosen.id}",
            f"评查标准 {standard_id} 用于案卷评查，{chosen.name}请使用 {chosen.standard} 或不指定标准。",
        )
    return standard_id


def enqueue(settings: Settings, case_id: str) -> str | None:
    """The job id, or None when Redis is down: the case stays stored as `queued` and a worker's sweep
    enqueues it when the queue is back (nothing is lost)."""
    job_id = enqueue_or_defer(settings, case_id)
    if job_id is None:
        log.warning("case %s stored but not enqueued: the queue is unavailable; the sweep will enqueue it", case_id)
    return job_id


def case_summary(case: Any) -> dict[str, Any]:
    return {
        "id": case.id,
        "agency": case.agency.code if case.agency else None,
        "case_number": case.case_number,
        "party": case.party,
        "closing_date": case.closing_date,
        "procedure": case.procedure,
        "status": case.status,
        "progress": case.progress or 0.0,
        "score": case.score,
        "grade": case.grade,
        "batch_id": case.batch_id,
        "created_at": case.created_at,
        "updated_at": case.updated_at,
    }


def case_detail(session: Session, case: Any) -> dict[str, Any]:
    error = {"code": case.error_code, "message": case.error_message} if case.status == CaseStatus.FAILED else None
    files = [
        {"position": f.position, "name": f.name, "size": f.size, "sha256": f.sha256, "media_type": f.media_type}
        for f in case.files
    ]
    signoff = signoff_json(session.get(SignOff, case.id))
    return case_summary(case) | {
        "standard_id": case.standard_id,
        "pages": case.pages,
        "error": error,
        "files": files,
        "signoff": signoff and {"case_id": case.id, **signoff},
    }


def person_name(session: Session, username: str) -> str:
    """How a signed-in person is called on paper: their display name, else their user name."""
    user = session.scalar(select(User).where(User.username == username))
    return (user.display_name or user.username) if user is not None else username


def sheet_header(session: Session, case: Case, principal: Principal) -> SheetHeader:
    """The 评查表's header from what the service knows: the agency under review, the case number on file, and
    the evaluator and date — the signer's once signed off, else the person exporting it and today."""
    signoff = session.get(SignOff, case.id)
    if signoff is not None:
        evaluator, day = person_name(session, signoff.actor), signoff.at.date()
    else:
        evaluator = person_name(session, principal.name) if principal.user_id is not None else ""
        day = dt.date.today()
    return SheetHeader(
        agency=case.agency.name if case.agency else "",
        case_number=case.case_number or "",
        evaluator=evaluator,
        date=day,
    )
