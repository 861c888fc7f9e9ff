"""Registers of enforcement bodies and certificates, for administrators: import a CSV/XLSX as a new version,
list the versions, show one (old ones stay readable).

Registers serve every agency's reviews, so only an administrator not scoped to one agency may import. A file
with bad rows is refused whole: the 422 answer lists every row and its reason in `error.problems`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Path, Query, UploadFile
from fastapi.responses import JSONResponse

from api.auth import require
from api.deps import SessionDep, SettingsDep
from api.errors import ApiError, error_body
from api.responses import errors
from reviewer.core.register_import import RegisterInvalid
from reviewer.core.registers import RegisterKind
from reviewer.store import Principal
from reviewer.store.registers import current_versions, get_version, import_register, list_versions, version_entries
from reviewer.store.registers import version_json as stored_json

router = APIRouter(tags=["registers"])
Admin = Annotated[Principal, Depends(require("registers.manage"))]
KindParam = Annotated[RegisterKind | None, Query(description="bodies（执法主体清单）或 certificates（执法证登记册）")]


@router.post("/registers", status_code=201, summary="导入登记册（新版本）", responses=errors(401, 403, 413))
def import_(
    principal: Admin,
    session: SessionDep,
    settings: SettingsDep,
    file: Annotated[UploadFile, File(description="CSV 或 XLSX：执法主体清单或执法证登记册")],
    kind: Annotated[RegisterKind | None, Form(description="省略时按表头判断")] = None,
    note: Annotated[str | None, Form(max_length=2000)] = None,
) -> Any:
    if principal.agency_id is not None:
        raise ApiError(403, "registers_forbidden", "登记册供所有机关的评查使用，只有不限机关的管理员可以导入。")
    data = file.file.read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        raise ApiError(413, "file_too_large", "登记册文件超过大小限制。")
    try:
        version = import_register(
            session, data, filename=file.filename or "register.csv", actor=principal.name, kind=kind, note=note
        )
    except RegisterInvalid as error:
        session.rollback()
        problems = [{"row": p.row, "message": p.message} for p in error.problems]
        body = error_body("register_invalid", error.user_message, problems=problems)
        return JSONResponse(body, status_code=422)
    session.commit()
    return stored_json(version) | {"current": True}


@router.get("/registers", summary="登记册版本列表", responses=errors(401, 403))
def list_(principal: Admin, session: SessionDep, kind: KindParam = None) -> list[dict[str, Any]]:
    current = {v.id for v in current_versions(session).values()}
    return [stored_json(v) | {"current": v.id in current} for v in list_versions(session, kind)]


@router.get("/registers/{version_id}", summary="查看某一版本登记册", responses=errors(401, 403, 404))
def show(
    principal: Admin,
    session: SessionDep,
    version_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    search: Annotated[str | None, Query(max_length=200)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    version = get_version(session, version_id)
    current = {v.id for v in current_versions(session).values()}
    entries, total = version_entries(session, version_id, search=search, offset=offset, limit=limit)
    return stored_json(version) | {"current": version.id in current, "total": total, "entries": entries}
