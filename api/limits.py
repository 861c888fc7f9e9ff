"""A request-body size limit enforced while the bytes arrive, not after.

A declared Content-Length over the limit is refused before a byte of the body is read; a body without one
(chunked) or one that lies is counted as it streams in and cut off at the limit. Either way the client
gets our JSON 413, and the multipart parser never spools more than the limit to disk.
"""

from __future__ import annotations

import json

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import ApiError, error_body


def too_large(limit: int) -> ApiError:
    return ApiError(413, "file_too_large", f"上传内容超过大小上限 {limit / 1048576:.0f} MB，请拆分后分批上传。")


class BodyLimitMiddleware:
    """Pure ASGI middleware (no BaseHTTPMiddleware: that would buffer and break streaming)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise too_large(self.max_bytes)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except ApiError as error:
            if started or error.status_code != 413:
                raise
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        error = too_large(self.max_bytes)
        body = json.dumps(error_body(error.code, error.message), ensure_ascii=False).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
