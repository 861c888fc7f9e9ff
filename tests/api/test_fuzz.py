"""Schemathesis against our own OpenAPI document: generated requests for every operation (bounded, so CI
stays quick and the examples are reproducible) must never get a 5xx, and every response must match what
the document says — status codes, content types and bodies."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from reviewer.core.settings import Settings
from tests.api.conftest import DEFECT_SAMPLE, add_drafted_case, api_settings, build_world, drop_queue

MAX_EXAMPLES = 25
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def fuzz_world(pg_service_settings: Settings, redis_url: str, sample_draft: Any) -> Iterator[Any]:
    """On PostgreSQL: stricter than SQLite about what a value may hold (NUL bytes, integer ranges)."""
    settings = api_settings(pg_service_settings, max_upload_bytes=2 * 1024 * 1024)
    world = build_world(settings)
    add_drafted_case(world, sample_draft(DEFECT_SAMPLE), sample=DEFECT_SAMPLE)
    yield world
    drop_queue(settings)


def _fuzz(operation: Any, headers: dict[str, str]) -> None:
    @given(case=operation.as_strategy())
    @hypothesis_settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        response = case.call(headers=headers)
        case.validate_response(response, checks=CHECKS)

    run()


def test_no_server_errors_and_responses_match_the_spec(fuzz_world: Any) -> None:
    """Every operation, `MAX_EXAMPLES` generated requests each (as admin, so the handlers run rather than
    stopping at 403); all failures are reported together."""
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", fuzz_world.client.app)
    failures = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 17
    for operation in operations:
        try:
            _fuzz(operation, fuzz_world.headers("admin"))
        except Exception as error:
            failures.append(f"{operation.label}: {error}")
    assert not failures, "\n\n".join(failures)
