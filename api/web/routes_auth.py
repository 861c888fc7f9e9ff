"""Sign-in with a username and password or with an API key, and sign-out.

The session cookie (signed by the app's SessionMiddleware) keeps only the user's or key's row id, never the
key itself; the CSRF token is kept across sign-in so an open form stays valid, and renewed at sign-out.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from api.auth import session_principal
from api.deps import SessionDep
from api.errors import ApiError
from api.web.common import WebRoute, check_csrf, render, safe_next
from reviewer.store import Principal, principal_for_key, verify_user

router = APIRouter(route_class=WebRoute, include_in_schema=False)
BAD_LOGIN = "用户名或密码错误。"
BAD_KEY = "API 密钥无效或已停用。"


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/cases", status_code=303)


@router.get("/login")
def login_form(request: Request, session: SessionDep, next: str = "/cases") -> Response:
    if session_principal(request, session) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "login.html", next=safe_next(next), error=None, username="")


@router.post("/login")
def login(
    request: Request,
    session: SessionDep,
    csrf_token: Annotated[str, Form()] = "",
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    api_key: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/cases",
) -> Response:
    try:
        check_csrf(request, csrf_token)
    except ApiError:
        return render(
            request,
            "login.html",
            status_code=403,
            next=safe_next(next),
            username=username,
            error="页面已过期，请重新登录。",
        )
    principal, error = _authenticate(session, username.strip(), password, api_key.strip())
    if principal is None:
        return render(request, "login.html", status_code=401, next=safe_next(next), username=username, error=error)
    csrf = request.session.get("csrf")
    request.session.clear()
    request.session.update(csrf=csrf)
    if principal.user_id is not None:
        request.session["user_id"] = principal.user_id
    else:
        request.session["api_key_id"] = principal.api_key_id
    return RedirectResponse(safe_next(next), status_code=303)


def _authenticate(session: Session, username: str, password: str, api_key: str) -> tuple[Principal | None, str]:
    if api_key:
        return principal_for_key(session, api_key), BAD_KEY
    if not username or not password:
        return None, "请输入用户名和密码，或输入 API 密钥。"
    return verify_user(session, username, password), BAD_LOGIN


@router.post("/logout")
def logout(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf_token)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
