"""OpenAPI `responses=` entries for the error statuses a route can answer, all in the one error shape."""

from __future__ import annotations

from typing import Any

from api.errors import STATUS_TEXT
from api.schemas import ErrorResponse


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """422 is always listed: any parameter can be malformed, and FastAPI's own 422 schema is not our shape."""
    return {
        status: {"model": ErrorResponse, "description": STATUS_TEXT[status][1]} for status in sorted({*statuses, 422})
    }
