"""API keys, for administrators: create (the plain key is shown once), list, revoke.

An administrator scoped to one agency manages only that agency's keys, so it cannot mint a key that sees
more than it does.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path

from api.auth import require
from api.deps import SessionDep
from api.errors import ApiError
from api.responses import errors
from api.schemas import KeyCreate, KeyCreated, KeyOut
from api.services import agency_code_of
from reviewer.store import Principal, create_api_key, list_api_keys, revoke_api_key
from reviewer.store.models import ApiKey

router = APIRouter(tags=["keys"])
Admin = Annotated[Principal, Depends(require("keys.manage"))]


def key_json(key: ApiKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "prefix": key.prefix,
        "role": key.role,
        "agency": key.agency.code if key.agency else None,
        "name": key.name,
        "created_at": key.created_at,
        "revoked_at": key.revoked_at,
    }


@router.post(
    "/keys", status_code=201, response_model=KeyCreated, summary="创建 API 密钥", responses=errors(401, 403, 422)
)
def create_key(body: KeyCreate, principal: Admin, session: SessionDep) -> KeyCreated:
    agency = body.agency
    if principal.agency_id is not None:
        own = agency_code_of(session, principal.agency_id)
        if agency not in (None, own):
            raise ApiError(403, "agency_forbidden", f"当前账号只能为本机关（{own}）创建密钥。")
        agency = own
    plain, key = create_api_key(session, role=body.role, agency_code=agency, name=body.name)
    session.commit()
    session.refresh(key)
    return KeyCreated.model_validate(key_json(key) | {"key": plain})


@router.get("/keys", response_model=list[KeyOut], summary="API 密钥列表", responses=errors(401, 403))
def list_keys(principal: Admin, session: SessionDep) -> list[KeyOut]:
    return [KeyOut.model_validate(key_json(key)) for key in list_api_keys(session) if principal.sees(key.agency_id)]


@router.delete("/keys/{key_id}", response_model=KeyOut, summary="吊销 API 密钥", responses=errors(401, 403, 404))
def revoke_key(key_id: Annotated[int, Path(ge=1, le=2**31 - 1)], principal: Admin, session: SessionDep) -> KeyOut:
    key = session.get(ApiKey, key_id)
    if key is None or not principal.sees(key.agency_id):
        raise ApiError(404, "key_not_found", "密钥不存在。")
    if key.revoked_at is None:
        revoke_api_key(session, key.id)
    session.commit()
    return KeyOut.model_validate(key_json(key))
