"""What every reviewer page shares: the templates, who is signed in, the CSRF token, and Chinese labels.

Pages answer a missing sign-in with a redirect to /login (a person is reading), while the small JSON
endpoints under /web answer 401/403 in the API's JSON error shape (a script is reading).
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates

from api.auth import session_principal
from api.deps import SessionDep
from api.errors import ApiError
from api.web.dates import chinese_day, chinese_time
from reviewer.core.status import CaseStatus
from reviewer.store import Principal

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))

STATUS_TEXT = {
    CaseStatus.QUEUED: "排队中",
    CaseStatus.PROCESSING: "评查中",
    CaseStatus.FAILED: "失败",
    CaseStatus.DRAFTED: "待复核",
    CaseStatus.SIGNED: "已签字",
}
FINDING_TEXT = {"fail": "扣分", "pass": "符合", "unknown": "待核查", "not_applicable": "不适用"}
ROLE_TEXT = {"evaluator": "评查员", "reviewer": "复核人", "admin": "管理员", "system": "系统接口"}


def case_label(case: Any) -> str:
    """How the pages name a case: its number, else the file it came from, else the start of its id."""
    if case.case_number:
        return str(case.case_number)
    return f"未识别案号（{case.files[0].name}）" if case.files else str(case.id[:8])


templates.env.globals.update(
    STATUS_TEXT=STATUS_TEXT, FINDING_TEXT=FINDING_TEXT, ROLE_TEXT=ROLE_TEXT, case_label=case_label
)
templates.env.filters.update(cn_date=chinese_day, cn_time=chinese_time)


class SignInRequired(Exception):
    """Raised by page dependencies; the router's handler turns it into a redirect to the sign-in page."""

    def __init__(self, next_url: str) -> None:
        super().__init__(next_url)
        self.next_url = next_url


class Forbidden(Exception):
    """A signed-in user without the right: an HTML page saying so (never a bare JSON body for a person)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def page_principal(request: Request, session: SessionDep) -> Principal:
    principal = session_principal(request, session)
    if principal is None:
        raise SignInRequired(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
    return principal


def json_principal(request: Request, session: SessionDep) -> Principal:
    """For the pages' own JSON endpoints: session only, and every write must carry the CSRF header."""
    principal = session_principal(request, session)
    if principal is None:
        raise ApiError(401, "unauthenticated", "登录已失效，请重新登录。")
    if request.method not in ("GET", "HEAD"):
        check_csrf(request, request.headers.get("x-csrf-token"))
    return principal


PagePrincipal = Annotated[Principal, Depends(page_principal)]
JsonPrincipal = Annotated[Principal, Depends(json_principal)]


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use; forms carry it as `csrf_token`, fetches as X-CSRF-Token."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(24)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, given: str | None) -> None:
    expected = request.session.get("csrf")
    if not expected or not given or not hmac.compare_digest(str(expected), str(given)):
        raise ApiError(403, "csrf_failed", "页面已过期或请求来源不明，请刷新页面后重试。")


def need(principal: Principal, action: str, what: str) -> None:
    if not principal.can(action):
        raise Forbidden(f"当前账号（{ROLE_TEXT.get(principal.role, principal.role)}）无权{what}。")


def render(
    request: Request, name: str, principal: Principal | None = None, status_code: int = 200, **context: Any
) -> HTMLResponse:
    context.update(principal=principal, csrf=csrf_token(request))
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def html_error(request: Request, status: int, code: str, message: str) -> Response:
    """An error a person reads in the browser (the app's handlers call this for paths outside /api/)."""
    titles = {401: "需要登录", 403: "无权访问", 404: "找不到页面", 409: "暂不能操作", 413: "文件过大"}
    if status == 401:
        return to_sign_in(request.url.path)
    return render(request, "error.html", None, status_code=status, title=titles.get(status, "出错了"), message=message)


def to_sign_in(next_url: str) -> RedirectResponse:
    return RedirectResponse(f"/login?next={quote(next_url, safe='/')}", status_code=303)


def safe_next(next_url: str | None) -> str:
    """Only local paths: a sign-in link must not bounce the user to another site."""
    if next_url and next_url.startswith("/") and not next_url.startswith("//") and "\\" not in next_url:
        return next_url
    return "/cases"


class WebRoute(APIRoute):
    """Turns the pages' SignInRequired / Forbidden into a redirect or an HTML page. A route class, because
    exception handlers belong to the app (created by the api package) and the pages must work in any app."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except SignInRequired as missing:
                return to_sign_in(missing.next_url)
            except Forbidden as refused:
                return render(request, "error.html", None, status_code=403, title="无权访问", message=refused.message)

        return guarded
