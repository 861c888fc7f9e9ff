"""Accepting uploads and finding cases again.

Nothing is lost once accepted: every file's bytes go to the blob store first, and only then are the case and its
source-file rows written (status `queued`). A crash in between leaves an orphan blob, never a row without bytes.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import IO

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from reviewer.core.status import CaseStatus
from reviewer.store.auth import ensure_agency
from reviewer.store.blobs import BlobStore
from reviewer.store.errors import NoFiles
from reviewer.store.models import Case, SourceFile, utcnow


def safe_name(name: str, position: int) -> str:
    """The file's base name without any folder part (names become paths in the worker's temp dir)."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name.strip()
    return base if base not in ("", ".", "..") else f"file-{position + 1}"


def accept_upload(
    session: Session,
    blobs: BlobStore,
    files: Sequence[tuple[str, IO[bytes] | bytes]],
    *,
    agency_code: str,
    case_number: str | None = None,
    uploaded_by: str,
    batch_id: str | None = None,
    standard_id: str | None = None,
    closing_date: dt.date | None = None,
    max_bytes: int | None = None,
) -> Case:
    """Store the files' bytes, then the case (status queued); FileTooLarge past `max_bytes` in all."""
    if not files:
        raise NoFiles("upload without files")
    stored: list[tuple[str, str, int]] = []
    left = max_bytes
    for position, (name, data) in enumerate(files):
        sha = blobs.put(data, max_bytes=left)
        size = blobs.size(sha)
        left = None if left is None else left - size
        stored.append((safe_name(name, position), sha, size))
    agency = ensure_agency(session, agency_code)
    case = Case(
        agency_id=agency.id,
        case_number=case_number,
        status=CaseStatus.QUEUED,
        progress=0.0,
        standard_id=standard_id,
        batch_id=batch_id,
        uploaded_by=uploaded_by,
        closing_date=closing_date,
    )
    names: set[str] = set()
    for position, (name, sha, size) in enumerate(stored):
        unique = name if name not in names else f"{position + 1}-{name}"
        names.add(unique)
        media_type = mimetypes.guess_type(unique)[0] or "application/octet-stream"
        case.files.append(SourceFile(position=position, name=unique, sha256=sha, size=size, media_type=media_type))
    session.add(case)
    session.flush()
    return case


def get_case(session: Session, case_id: str) -> Case | None:
    return session.get(Case, case_id)


def set_status(
    session: Session,
    case_id: str,
    status: str,
    *,
    progress: float | None = None,
    error_code: str | None = None,
    error_message: str | None = None,
) -> Case | None:
    """Move a case along (worker side); clears the error unless one is given."""
    case = session.get(Case, case_id)
    if case is None:
        return None
    case.status = status
    case.error_code, case.error_message = error_code, error_message
    if progress is not None:
        case.progress = progress
    case.updated_at = utcnow()
    return case


def list_cases(
    session: Session,
    *,
    agency_ids: list[int] | None = None,
    status: str | None = None,
    grade: str | None = None,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
    search: str | None = None,
    batch_id: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> tuple[list[Case], int]:
    """One page of cases, newest first, and the total matching; agency_ids None = every agency."""
    query = _filtered(select(Case), agency_ids, status, grade, period_from, period_to, search, batch_id)
    total = session.scalar(query.with_only_columns(func.count(Case.id)).order_by(None)) or 0
    page = session.scalars(query.order_by(Case.created_at.desc(), Case.id).offset(offset).limit(limit))
    return list(page), total


def _filtered(
    query: Select,
    agency_ids: list[int] | None,
    status: str | None,
    grade: str | None,
    period_from: dt.date | None,
    period_to: dt.date | None,
    search: str | None,
    batch_id: str | None,
) -> Select:
    if agency_ids is not None:
        query = query.where(Case.agency_id.in_(agency_ids))
    if status:
        query = query.where(Case.status == status)
    if grade:
        query = query.where(Case.grade == grade)
    if period_from:
        query = query.where(Case.closing_date >= period_from)
    if period_to:
        query = query.where(Case.closing_date <= period_to)
    if batch_id:
        query = query.where(Case.batch_id == batch_id)
    if search:
        like = f"%{search.replace('%', '').replace('_', '')}%"
        query = query.where(or_(Case.case_number.ilike(like), Case.party.ilike(like), Case.id == search))
    return query
