"""Fixtures for the API tests: real databases (SQLite and PostgreSQL), real Redis, real keys and drafts.

Nothing is faked: the app is `create_app` on a migrated database, keys are created through the store, and a
drafted case holds the machine's real draft of a committed sample. A missing service FAILS the test with
the command that starts it — it never skips.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from reviewer.core.settings import Settings
from tests.conftest import REDIS_URL, with_private_queue

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
AGENCY_A, AGENCY_B = "agency-a", "agency-b"
#: A committed sample with failing checks (late service, late payment, a blank date).
DEFECT_SAMPLE = "case-05-market-late.pdf"
#: An ID number, phone and address that pass their checks; planted in a draft to test masking.
PERSONAL_ID = "410102199003071230"
PERSONAL_PHONE = "13812345678"
PERSONAL_ADDRESS = "嵩川市金水区纬三路6号"
PERSONAL_QUOTE = f"当事人张某，身份证号码：{PERSONAL_ID}，联系电话：{PERSONAL_PHONE}，住址：{PERSONAL_ADDRESS}。"


def api_settings(base: Settings, **extra: Any) -> Settings:
    """The shared fixtures' settings plus what the API needs: a private queue on the real Redis, a session key."""
    return with_private_queue(base, REDIS_URL).model_copy(update={"secret_key": "test-secret", **extra})


def drop_queue(settings: Settings) -> None:
    import redis
    from rq import Queue

    connection = redis.Redis.from_url(settings.redis_url)
    Queue(settings.queue_name, connection=connection).delete(delete_jobs=True)
    connection.close()


@pytest.fixture
def settings(service_settings: Settings, redis_url: str) -> Iterator[Settings]:
    """A migrated, empty database — SQLite, then PostgreSQL — and a queue of this test's own."""
    current = api_settings(service_settings)
    yield current
    drop_queue(current)


@pytest.fixture
def sqlite_settings(sqlite_service_settings: Settings, redis_url: str) -> Iterator[Settings]:
    """SQLite only: for tests whose subject is not the database (limits, probes, sessions)."""
    current = api_settings(sqlite_service_settings)
    yield current
    drop_queue(current)


@dataclass
class World:
    """An app with two agencies, a key per role, and helpers to put cases in."""

    settings: Settings
    client: Any
    keys: dict[str, str]

    def headers(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[who]}"}

    def session(self) -> Any:
        return self.client.app.state.database.session()


#: Who calls, in the matrix: role and agency scope.
PRINCIPALS: dict[str, tuple[str, str | None]] = {
    "evaluator_a": ("evaluator", AGENCY_A),
    "reviewer_a": ("reviewer", AGENCY_A),
    "system_a": ("system", AGENCY_A),
    "admin": ("admin", None),
    "evaluator_b": ("evaluator", AGENCY_B),
    "reviewer_b": ("reviewer", AGENCY_B),
}


def build_world(settings: Settings) -> World:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from reviewer.store import create_api_key, ensure_agency, open_database

    keys: dict[str, str] = {}
    with open_database(settings).session() as session:
        ensure_agency(session, AGENCY_A, "甲市场监督管理局")
        ensure_agency(session, AGENCY_B, "乙生态环境局")
        for who, (role, agency) in PRINCIPALS.items():
            keys[who] = create_api_key(session, role=role, agency_code=agency, name=who)[0]
    return World(settings, TestClient(create_app(settings), raise_server_exceptions=False), keys)


@pytest.fixture
def world(settings: Settings) -> Iterator[World]:
    current = build_world(settings)
    with current.client:
        yield current


def plant_personal_data(draft: Any) -> Any:
    """A copy of the draft with an ID number, phone and address in the first failing finding's evidence."""
    from reviewer.core.model import Evidence

    draft = draft.model_copy(deep=True)
    target = next((f for f in draft.findings if f.status == "fail"), draft.findings[0])
    target.evidence.append(Evidence(page=1, quote=PERSONAL_QUOTE))
    target.message = f"{target.message}（联系电话 {PERSONAL_PHONE}）"
    return draft


def add_drafted_case(world: World, draft: Any, agency: str = AGENCY_A, sample: str = "case-01-market.pdf") -> str:
    """Store a case (real bytes of the sample) and its draft, as a worker would; return the case id."""
    from reviewer.store import accept_upload, save_draft

    with world.session() as session:
        with (SAMPLES / sample).open("rb") as handle:
            case = accept_upload(
                session,
                world.client.app.state.blobs,
                [(sample, handle)],
                agency_code=agency,
                uploaded_by="fixture",
                standard_id=draft.standard.id,
            )
        save_draft(session, case.id, draft)
        return case.id


@pytest.fixture
def drafted_case(world: World, sample_draft: Callable[[str], Any]) -> str:
    return add_drafted_case(world, plant_personal_data(sample_draft(DEFECT_SAMPLE)), sample=DEFECT_SAMPLE)
