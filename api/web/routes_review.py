"""The review page: page images on the left with the selected finding's evidence boxed, the checklist on the
right; corrections and sign-off through small JSON endpoints that answer with the recomputed score."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from api.deps import BlobsDep, SessionDep, SettingsDep
from api.errors import ApiError
from api.masking import for_principal
from api.web.common import FINDING_TEXT, JsonPrincipal, PagePrincipal, WebRoute, need, render
from api.web.evidence import highlight
from api.web.pages_render import CaseRenderer, StoredLayout
from checklists.names import describe
from checklists.standards import load_standard
from reviewer.core.settings import DEFAULT_OCR_LOW_CONFIDENCE, Settings
from reviewer.core.status import CaseStatus
from reviewer.reports.draft_html import provisional_note
from reviewer.store import (
    BlobStore,
    Principal,
    correct_finding,
    current_layout_sha,
    draft_with_corrections,
    finding_json,
    get_case,
    load_layout,
    sign_off,
)
from reviewer.store.models import Case, Finding, ReviewRun

router = APIRouter(route_class=WebRoute, include_in_schema=False)
_RENDER_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _case_or_404(session: Session, principal: Principal, case_id: str) -> Case:
    case = get_case(session, case_id)
    if case is None or not principal.sees(case.agency_id):
        raise ApiError(404, "case_not_found", "找不到该案卷，或无权查看。")
    return case


def renderer_for(case: Case, blobs: BlobStore, settings: Settings, layout_sha256: str | None = None) -> CaseRenderer:
    """Page renderer over the case's stored files (local blobs in place; other stores copied once), with the
    current run's stored layout when it has one (then the files are only drawn, never read or OCRed)."""
    root = settings.data_dir / "render"
    files: list[tuple[str, Path]] = []
    for source in case.files:
        if hasattr(blobs, "path_for"):
            files.append((source.name, blobs.path_for(source.sha256)))
            continue
        local = root / "blobs" / source.sha256
        if not local.exists():
            local.parent.mkdir(parents=True, exist_ok=True)
            blobs.copy_to(source.sha256, local)
        files.append((source.name, local))
    layout = StoredLayout(layout_sha256, partial(load_layout, blobs, layout_sha256)) if layout_sha256 else None
    return CaseRenderer(files, root, settings, soffice=settings.soffice or None, layout=layout)


def _pages(renderer: CaseRenderer) -> Any:
    """Read the case's pages once even when the browser asks for many page images at the same time."""
    with _LOCKS_GUARD:
        lock = _RENDER_LOCKS.setdefault(str(renderer.cache), threading.Lock())
    with lock:
        return renderer.pages()


def order_findings(
    findings: list[dict[str, Any]], category_order: list[str], low_confidence: float = DEFAULT_OCR_LOW_CONFIDENCE
) -> list[tuple[str, list[dict[str, Any]]]]:
    """Group by category in the standard's order, categories holding unknown or low-confidence items first;
    inside a group unknown first, then low confidence (below the draft's `ocr_low_confidence`), then failures,
    then the rest — what needs a person's eyes comes first."""

    def rank(item: dict[str, Any]) -> tuple[int, float]:
        if item["status"] == "unknown":
            return 0, item["confidence"]
        if item["confidence"] < low_confidence:
            return 1, item["confidence"]
        return (2 if item["status"] == "fail" else 3), 0.0

    groups: dict[str, list[dict[str, Any]]] = {}
    for item in findings:
        groups.setdefault(item["category"], []).append(item)
    known = [c for c in category_order if c in groups] + [c for c in groups if c not in category_order]
    known.sort(key=lambda c: min(rank(item)[0] for item in groups[c]) > 1)  # categories needing a look first
    return [(category, sorted(groups[category], key=rank)) for category in known]


@router.get("/cases/{case_id}")
def review_page(case_id: str, request: Request, principal: PagePrincipal, session: SessionDep) -> Response:
    need(principal, "case.read", "查看案卷")
    case = get_case(session, case_id)
    if case is None or not principal.sees(case.agency_id):
        return render(
            request, "error.html", principal, status_code=404, title="找不到案卷", message="找不到该案卷，或无权查看。"
        )
    draft = draft_with_corrections(session, case_id)
    if draft is None:
        return render(request, "pending.html", principal, case=case)
    draft = for_principal(draft, principal)  # ID numbers, phones, addresses masked without personal.read
    standard = load_standard(draft["standard"]["id"])
    categories = {c.id: c.name for c in standard.categories}
    recorded = draft.get("ocr_low_confidence")
    bar = DEFAULT_OCR_LOW_CONFIDENCE if recorded is None else float(recorded)
    groups = order_findings(draft["findings"], list(categories), bar)
    return render(
        request,
        "review.html",
        principal,
        case=case,
        draft=draft,
        groups=groups,
        categories=categories,
        checks={c.id: c for c in standard.checks},
        texts={f["check_id"]: describe(f["check_id"], standard) for f in draft["findings"]},
        locked=case.status == CaseStatus.SIGNED,
        can_correct=principal.can("finding.correct"),
        can_sign=principal.can("case.signoff"),
        low_confidence=bar,
        scans={scan["page"]: scan for scan in draft.get("scans") or []},
        provisional=provisional_note(draft),
    )


@router.get("/web/cases/{case_id}/pages/{index}.png")
def page_image(
    case_id: str,
    index: int,
    principal: JsonPrincipal,
    session: SessionDep,
    blobs: BlobsDep,
    settings: SettingsDep,
    w: int = 900,
) -> Response:
    case = _case_or_404(session, principal, case_id)
    renderer = renderer_for(case, blobs, settings, current_layout_sha(session, case.id))
    _pages(renderer)
    try:
        data = renderer.render(index, w)
    except KeyError as missing:
        raise ApiError(404, "page_not_found", f"案卷没有第 {index} 页。") from missing
    return Response(data, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


@router.get("/web/cases/{case_id}/findings/{finding_id}/evidence")
def evidence(
    case_id: str, finding_id: int, principal: JsonPrincipal, session: SessionDep, blobs: BlobsDep, settings: SettingsDep
) -> dict[str, Any]:
    """Boxes to draw for each evidence item of a finding (fractions of the page), page by page."""
    case = _case_or_404(session, principal, case_id)
    finding = _finding_of_case(session, case, finding_id)
    renderer = renderer_for(case, blobs, settings, current_layout_sha(session, case.id))
    views = {view.index: view for view in _pages(renderer)}
    items = []
    for item in finding.evidence_json:
        view = views.get(int(item.get("page") or 0))
        boxes = highlight(view, item.get("quote") or "", item.get("box")) if view else []
        items.append({"page": item.get("page"), "quote": item.get("quote"), "boxes": boxes})
    return {"finding_id": finding.id, "evidence": items}


def _finding_of_case(session: Session, case: Case, finding_id: int) -> Finding:
    finding = session.get(Finding, finding_id)
    run = session.get(ReviewRun, finding.run_id) if finding is not None else None
    if finding is None or run is None or run.case_id != case.id:
        raise ApiError(404, "finding_not_found", "找不到该评查项。")
    return finding


class CorrectionIn(BaseModel):
    expected_version: int = Field(ge=1)
    status: str | None = Field(default=None, pattern="^(fail|pass|unknown|not_applicable)$")
    deducted: float | None = Field(default=None, ge=0)
    comment: str | None = Field(default=None, max_length=2000)


@router.post("/web/cases/{case_id}/findings/{finding_id}")
def correct(
    case_id: str,
    finding_id: int,
    change: Annotated[CorrectionIn, Body()],
    principal: JsonPrincipal,
    session: SessionDep,
) -> dict[str, Any]:
    """Accept or change one finding; the answer carries the finding as stored and the case's new score."""
    if not principal.can("finding.correct"):
        raise ApiError(403, "forbidden", "当前账号无权修改评查结果。")
    case = _case_or_404(session, principal, case_id)
    _finding_of_case(session, case, finding_id)
    row = correct_finding(
        session,
        finding_id,
        expected_version=change.expected_version,
        status=change.status,
        deducted=change.deducted,
        comment=(change.comment or "").strip() or None,
        actor=principal.name,
    )
    session.flush()
    return _scored(session, case.id, finding=finding_json(row))


def _scored(session: Session, case_id: str, **extra: Any) -> dict[str, Any]:
    draft = draft_with_corrections(session, case_id) or {}
    trail = [
        dict(
            c,
            new_status_text=FINDING_TEXT.get(c["new_status"], c["new_status"]),
            old_status_text=FINDING_TEXT.get(c["old_status"], c["old_status"]),
        )
        for c in draft.get("corrections", [])
    ]
    return {
        "score": draft.get("score"),
        "grade": draft.get("grade"),
        "score_range": draft.get("score_range"),
        "needs_review": draft.get("needs_review"),
        "provisional": provisional_note(draft) if draft else "",
        "corrections": trail,
        "signoff": draft.get("signoff"),
        **extra,
    }


@router.post("/web/cases/{case_id}/signoff")
def signoff(case_id: str, principal: JsonPrincipal, session: SessionDep) -> dict[str, Any]:
    if not principal.can("case.signoff"):
        raise ApiError(403, "forbidden", "当前账号无权签字确认。")
    case = _case_or_404(session, principal, case_id)
    sign_off(session, case.id, principal.name)
    session.flush()
    return _scored(session, case.id, status=CaseStatus.SIGNED)
