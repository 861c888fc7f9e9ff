"""The FastAPI application: JSON API under /api/v1, health probes, and the reviewer pages when present.

`create_app(settings)` is a factory (uvicorn `--factory`, `reviewer serve`, tests): everything the routes
need is opened here and kept on `app.state`, so two apps on two databases can live in one test process.
Schema migrations are not run here — many API processes would race; `reviewer serve` and `reviewer db
upgrade` run them once.
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from api.errors import install_error_handlers
from api.limits import BodyLimitMiddleware
from api.routes import batches, cases, exports, findings, health, keys, registers
from reviewer import __version__
from reviewer.core.settings import Settings, get_settings
from reviewer.store import open_blobs, open_database

log = logging.getLogger("api")
API_PREFIX = "/api/v1"
DESCRIPTION = (
    "行政执法案卷评查预审服务。上传案卷（PDF、DOCX、DOC/WPS、图片或 ZIP）后由后台评查，返回带证据的评查草稿；"
    "评查人员可逐项更正（ETag / If-Match 防止互相覆盖）、签字定稿，并导出 JSON、DOCX 评查表和 XLSX 汇总表。"
    '认证：`Authorization: Bearer <key>` 或 `X-API-Key: <key>`；错误统一为 `{"error": {"code", "message"}}`。'
)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="案卷评查预审 API",
        version=__version__,
        description=DESCRIPTION,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.database = open_database(settings)
    app.state.blobs = open_blobs(settings)
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_upload_bytes)
    app.add_middleware(
        SessionMiddleware,
        secret_key=_secret(settings),
        same_site="lax",
        session_cookie="reviewer_session",
        max_age=12 * 3600,
    )
    app.include_router(health.router)
    for module in (cases, findings, batches, exports, keys, registers):
        app.include_router(module.router, prefix=API_PREFIX)
    _include_web(app)
    return app


def _secret(settings: Settings) -> str:
    """Sessions need a key shared by every API process; without one, sign-ins last only this process."""
    if settings.secret_key:
        return settings.secret_key
    log.warning("REVIEWER_SECRET_KEY is not set: sessions are signed with a random key for this process only")
    return secrets.token_urlsafe(32)


def _include_web(app: FastAPI) -> None:
    """The reviewer pages (`api.web`) share this app, its sessions and its error handlers."""
    from api.web import html_error, router

    app.include_router(router)
    app.state.html_error = html_error
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "web" / "static"), name="static")
