"""Probes for the orchestrator: `/healthz` says the process answers, `/readyz` that it can do work."""

from __future__ import annotations

import logging

import redis
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from api.deps import SettingsDep
from api.schemas import Health

router = APIRouter(tags=["health"])
log = logging.getLogger("api")


@router.get("/healthz", response_model=Health, summary="进程存活")
def healthz() -> Health:
    return Health(status="ok")


def _database_ok(request: Request) -> bool:
    try:
        request.app.state.database.ping()
    except (SQLAlchemyError, OSError) as error:
        log.warning("readyz: database unreachable: %s", error)
        return False
    return True


def _redis_ok(url: str) -> bool:
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except (redis.RedisError, OSError) as error:
        log.warning("readyz: redis unreachable: %s", error)
        return False


@router.get(
    "/readyz",
    response_model=Health,
    summary="可以接收请求（数据库与 Redis 均可达）",
    responses={503: {"model": Health, "description": "数据库或 Redis 不可达"}},
)
def readyz(request: Request, settings: SettingsDep) -> JSONResponse:
    checks = {
        "database": "ok" if _database_ok(request) else "unreachable",
        "redis": "ok" if _redis_ok(settings.redis_url) else "unreachable",
    }
    ready = all(value == "ok" for value in checks.values())
    body = Health(status="ready" if ready else "not_ready", checks=checks)
    return JSONResponse(body.model_dump(), status_code=200 if ready else 503)
