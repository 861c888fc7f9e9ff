"""Every error the API returns has one shape: `{"error": {"code": "...", "message": "<中文>"}}`.

Clients (supervision platforms, the reviewer pages) branch on `code`; people read `message`. Typed project
errors (reviewer.core.errors, reviewer.store.errors) carry their own Chinese message and HTTP status; HTTP errors raised by FastAPI itself (404 route,
405, validation) get a Chinese message here, so no response ever leaks an English `detail` or a bare 500
for bad input.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from reviewer.core.errors import ReviewerError

log = logging.getLogger("api")

#: Default code and Chinese message per status, for errors raised without our own wording.
STATUS_TEXT: dict[int, tuple[str, str]] = {
    400: ("bad_request", "请求有误。"),
    401: ("unauthenticated", "未登录或 API 密钥无效，请提供有效的凭据。"),
    403: ("forbidden", "当前账号无权执行此操作。"),
    404: ("not_found", "请求的资源不存在。"),
    405: ("method_not_allowed", "不支持该请求方法。"),
    406: ("not_acceptable", "无法按要求的格式返回。"),
    409: ("conflict", "当前状态下不能执行此操作。"),
    412: ("precondition_failed", "数据已被他人修改，请刷新后重试。"),
    413: ("too_large", "上传内容超过大小限制，请拆分后上传。"),
    415: ("unsupported_media_type", "不支持的请求内容类型。"),
    422: ("invalid_request", "请求参数有误。"),
    428: ("precondition_required", "修改评查结果需要提供 If-Match 请求头（取自该项的 ETag）。"),
    500: ("internal", "服务器内部错误，请稍后重试或联系管理员。"),
    503: ("unavailable", "服务暂不可用，请稍后重试。"),
}


class ApiError(StarletteHTTPException):
    """An HTTP error with our own code and Chinese message."""

    def __init__(
        self,
        status_code: int,
        code: str | None = None,
        message: str | None = None,
        headers: dict[str, str] | None = None,
    ):
        default_code, default_message = STATUS_TEXT.get(status_code, ("error", "请求失败。"))
        super().__init__(status_code, detail=message or default_message, headers=headers)
        self.code = code or default_code
        self.message = message or default_message


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}}


def code_for(error: ReviewerError) -> str:
    """`FileTooLarge` → `file_too_large`: the class name is the stable machine-readable code."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(error).__name__).lower()


#: Paths whose errors are JSON for programs; any other path is a page, and a person gets an HTML error page.
JSON_PREFIXES = ("/api/", "/web/", "/static/", "/healthz", "/readyz")
HtmlError = Callable[[Request, int, str, str], Response]


def respond(
    request: Request, status: int, code: str, message: str, headers: Mapping[str, str] | None = None, **extra: Any
) -> Response:
    """The error as JSON, or — on the reviewer pages, when create_app registered their renderer — as a page."""
    html_error: HtmlError | None = getattr(request.app.state, "html_error", None)
    if html_error is not None and not request.url.path.startswith(JSON_PREFIXES):
        return html_error(request, status, code, message)
    return JSONResponse(error_body(code, message, **extra), status_code=status, headers=headers)


def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if isinstance(exc, ApiError):
        code, message = exc.code, exc.message
    else:
        code, message = STATUS_TEXT.get(exc.status_code, ("error", "请求失败。"))
    return respond(request, exc.status_code, code, message, exc.headers)


def _reviewer_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ReviewerError)
    status = exc.http_status
    log.log(logging.ERROR if status >= 500 else logging.INFO, "%s %s: %s", request.method, request.url.path, exc)
    return respond(request, status, code_for(exc), exc.user_message)


def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    fields = [
        {"location": ".".join(str(part) for part in e.get("loc", ())), "problem": e.get("msg", "")}
        for e in exc.errors()
    ]
    names = "、".join(f["location"] for f in fields[:5]) or "请求体"
    message = f"请求参数有误：{names}。请检查字段名称、类型和取值范围。"
    return respond(request, 422, "invalid_request", message, fields=fields)


def _bad_data(request: Request, exc: Exception) -> Response:
    """The database refused a value the client sent (a NUL byte in a string, a number out of range):
    the client's input is wrong, not the server — a 422, never a 500."""
    log.info("%s %s: database refused a value: %s", request.method, request.url.path, exc)
    message = "请求中含有无法保存的字符或超出范围的数值（如 NUL 字符），请检查后重试。"
    return respond(request, 422, "invalid_value", message)


def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    code, message = STATUS_TEXT[500]
    return respond(request, 500, code, message)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(ReviewerError, _reviewer_error)
    app.add_exception_handler(DataError, _bad_data)
    app.add_exception_handler(Exception, _unexpected)


__all__ = ["ApiError", "error_body", "install_error_handlers", "respond"]
