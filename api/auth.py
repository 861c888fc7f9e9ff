"""Who is calling, and may they do this?

Three ways in, tried in order: `Authorization: Bearer <key>`, `X-API-Key: <key>` (integrations), and the
signed session cookie set by the reviewer pages' sign-in (`request.session["user_id"]`). A key that is
present but wrong is a 401 even when a session exists: a client that sends a key means that key.
Roles and agency scope come from the store's `Principal`; `require(action)` guards a route, and
`check_agency` keeps a caller scoped to one agency out of every other agency's cases.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from api.deps import SessionDep
from api.errors import ApiError
from reviewer.store import Principal, principal_for_api_key_id, principal_for_key, principal_for_user

# auto_error=False: we answer missing credentials ourselves, in Chinese and in our error shape.
_bearer = HTTPBearer(auto_error=False, description="API 密钥：Authorization: Bearer <key>")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="API 密钥：X-API-Key: <key>")

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
UNAUTHENTICATED = "未登录或 API 密钥无效，请提供有效的凭据。"


def current_principal(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_header)],
    session: SessionDep,
) -> Principal:
    """The caller as a store `Principal`; 401 JSON error when there is none."""
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    key = bearer.credentials if bearer is not None else header_key
    principal = principal_for_key(session, key.strip()) if key else session_principal(request, session)
    if principal is not None and not key and request.method not in SAFE_METHODS:
        _check_csrf(request)
    if principal is None:
        raise ApiError(401, "unauthenticated", UNAUTHENTICATED, headers={"WWW-Authenticate": "Bearer"})
    request.state.principal = principal
    return principal


def _check_csrf(request: Request) -> None:
    """A browser sends the session cookie on its own; a write through the cookie must also prove it comes
    from our pages by echoing the session's CSRF token (the reviewer pages put it in every form and fetch)."""
    expected = request.session.get("csrf")
    given = request.headers.get("x-csrf-token")
    if not expected or not given or not hmac.compare_digest(str(expected), given):
        raise ApiError(403, "csrf_failed", "页面已过期或请求来源不明，请刷新页面后重试。")


def session_principal(request: Request, session: Session) -> Principal | None:
    """The signed-in user of the reviewer pages (or the API key they signed in with); None when signed out."""
    if "session" not in request.scope:
        return None
    cookie = request.session
    if cookie.get("user_id") is not None:
        return principal_for_user(session, cookie["user_id"])
    if cookie.get("api_key_id") is not None:
        return principal_for_api_key_id(session, cookie["api_key_id"])
    return None


PrincipalDep = Annotated[Principal, Depends(current_principal)]

ACTION_TEXT = {
    "case.upload": "上传案卷",
    "case.read": "查看案卷",
    "finding.correct": "修改评查结果",
    "case.signoff": "确认评查结果（签字）",
    "batch.create": "创建批次",
    "batch.read": "查看批次",
    "keys.manage": "管理 API 密钥",
    "registers.manage": "管理执法主体清单和执法证登记册",
    "personal.read": "查看个人信息",
}


def require(action: str) -> Callable[..., Principal]:
    """A dependency that returns the principal when it may do `action`, else answers 403."""

    def dependency(principal: PrincipalDep) -> Principal:
        if not principal.can(action):
            what = ACTION_TEXT.get(action, action)
            raise ApiError(403, "forbidden", f"当前账号（角色：{principal.role}）无权{what}。")
        return principal

    dependency.__name__ = f"require_{action.replace('.', '_')}"
    return dependency


def check_agency(principal: Principal, agency_id: int | None, *, what: str = "案卷") -> None:
    """A caller scoped to one agency gets 404 for another agency's records: it may not even learn they exist."""
    if not principal.sees(agency_id):
        raise ApiError(404, "not_found", f"{what}不存在或无权查看。")
