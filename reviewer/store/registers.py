"""Registers in the database: every import is a new version (old ones stay queryable), the newest of each kind
is what reviews read, and a run records the versions it read.

An import validates the whole file first (`reviewer.core.register_import`) and then writes the version and its
entries in the caller's transaction, so a refused file leaves nothing behind and a failure half-way rolls back.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from reviewer.core.errors import ExitCode, ReviewerError
from reviewer.core.register_import import RegisterInvalid, RowProblem, detect_kind, parse_register, read_table
from reviewer.core.registers import (
    KIND_NAMES,
    REGISTER_KINDS,
    Body,
    Certificate,
    RegisterKind,
    RegisterRef,
    Registers,
    compact_name,
)
from reviewer.store.models import RegisterEntry, RegisterVersion


class RegisterVersionNotFound(ReviewerError):
    exit_code = ExitCode.BAD_INPUT
    http_status = 404
    default_user_message = "找不到该版本的登记册。"


def import_register(
    session: Session,
    data: bytes,
    *,
    filename: str,
    actor: str,
    kind: RegisterKind | None = None,
    note: str | None = None,
) -> RegisterVersion:
    """Validate `data` (CSV/XLSX) and add it as the newest version of its kind; RegisterInvalid lists every
    problem by row and nothing is written."""
    rows = read_table(data, filename)
    found = kind or detect_kind(rows)
    if found is None:
        problem = RowProblem(0, "无法判断登记册类型：表头应含“主体名称”（执法主体清单）或“执法证号”（执法证登记册）")
        raise RegisterInvalid("register", [problem], source=filename)
    entries = parse_register(found, rows)
    version = RegisterVersion(
        kind=found,
        source_name=filename,
        sha256=hashlib.sha256(data).hexdigest(),
        rows=len(entries),
        note=note,
        created_by=actor,
    )
    session.add(version)
    session.flush()
    session.add_all(_entry(version.id, entry) for entry in entries)
    session.flush()
    return version


def _entry(version_id: int, entry: Body | Certificate) -> RegisterEntry:
    if isinstance(entry, Body):
        return RegisterEntry(
            version_id=version_id, key=entry.name, agency=entry.name, data=entry.model_dump(mode="json")
        )
    return RegisterEntry(
        version_id=version_id, key=entry.number, agency=entry.agency, data=entry.model_dump(mode="json")
    )


def list_versions(session: Session, kind: str | None = None) -> list[RegisterVersion]:
    """Versions newest first, of one kind or all."""
    query = select(RegisterVersion).order_by(RegisterVersion.id.desc())
    if kind:
        query = query.where(RegisterVersion.kind == kind)
    return list(session.scalars(query))


def get_version(session: Session, version_id: int) -> RegisterVersion:
    version = session.get(RegisterVersion, version_id)
    if version is None:
        raise RegisterVersionNotFound(f"register version {version_id} not found", f"找不到第 {version_id} 版登记册。")
    return version


def current_versions(session: Session) -> dict[str, RegisterVersion]:
    """The newest version of each kind that has one."""
    found: dict[str, RegisterVersion] = {}
    for kind in REGISTER_KINDS:
        newest = session.scalars(
            select(RegisterVersion).where(RegisterVersion.kind == kind).order_by(RegisterVersion.id.desc()).limit(1)
        ).first()
        if newest is not None:
            found[kind] = newest
    return found


def version_entries(
    session: Session, version_id: int, *, search: str | None = None, offset: int = 0, limit: int = 100
) -> tuple[list[dict[str, Any]], int]:
    """A version's entries as dumped (bodies or certificates), filtered by name, number or agency."""
    get_version(session, version_id)
    query = select(RegisterEntry).where(RegisterEntry.version_id == version_id)
    if search:
        needle = f"%{compact_name(search)}%"
        query = query.where(or_(RegisterEntry.key.like(needle), RegisterEntry.agency.like(needle)))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(RegisterEntry.id).offset(offset).limit(limit))
    return [row.data for row in rows], total


def load_registers(session: Session, ref: RegisterRef | None = None) -> Registers:
    """The registers a review reads: the versions `ref` names, else the newest of each kind (a kind never
    imported stays None, so its checks say `unknown`)."""
    if ref is None:
        current = current_versions(session)
        ref = RegisterRef(
            bodies=current["bodies"].id if "bodies" in current else None,
            certificates=current["certificates"].id if "certificates" in current else None,
        )
    bodies = [Body.model_validate(d) for d in _data(session, ref.bodies, "bodies")] if ref.bodies else None
    certificates = (
        [Certificate.model_validate(d) for d in _data(session, ref.certificates, "certificates")]
        if ref.certificates
        else None
    )
    return Registers(ref=ref, bodies=bodies, certificates=certificates)


def _data(session: Session, version_id: int, kind: str) -> list[dict[str, Any]]:
    version = get_version(session, version_id)
    if version.kind != kind:
        raise RegisterVersionNotFound(
            f"register version {version_id} is {version.kind}, not {kind}",
            f"第 {version_id} 版登记册不是{KIND_NAMES[kind]}。",
        )
    rows = session.scalars(
        select(RegisterEntry.data).where(RegisterEntry.version_id == version_id).order_by(RegisterEntry.id)
    )
    return list(rows)


def version_json(version: RegisterVersion) -> dict[str, Any]:
    return {
        "id": version.id,
        "kind": version.kind,
        "source_name": version.source_name,
        "sha256": version.sha256,
        "rows": version.rows,
        "note": version.note,
        "created_by": version.created_by,
        "created_at": version.created_at.isoformat(),
    }
