"""`reviewer db upgrade`, `reviewer requeue` and `reviewer batch`'s argument checks, through the real CLI app."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect
from typer.testing import CliRunner

from reviewer.cli.main import app
from reviewer.core.settings import get_settings
from reviewer.store import accept_upload, open_blobs, open_database


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch):
    def use(**values: str) -> None:
        for key, value in values.items():
            monkeypatch.setenv(f"REVIEWER_{key.upper()}", value)
        get_settings.cache_clear()

    yield use
    get_settings.cache_clear()


def test_db_upgrade_creates_the_schema(env, tmp_path: Path) -> None:
    env(data_dir=str(tmp_path), database_url="")
    result = CliRunner().invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    tables = set(inspect(open_database(get_settings()).engine).get_table_names())
    assert {"cases", "findings", "corrections", "alembic_version"} <= tables


def test_requeue_enqueues_cases_redis_lost(env, sqlite_service_settings, redis_url: str) -> None:
    import secrets

    from worker import connect, job_id_for, job_status

    queue = f"test-{secrets.token_hex(6)}"
    env(data_dir=str(sqlite_service_settings.data_dir), database_url="", redis_url=redis_url, queue_name=queue)
    settings = get_settings()
    with open_database(settings).session() as session:
        case_id = accept_upload(
            session, open_blobs(settings), [("a.pdf", b"%PDF")], agency_code="A", uploaded_by="u"
        ).id
    result = CliRunner().invoke(app, ["requeue"])
    assert result.exit_code == 0, result.output
    assert "已重新排队 1 份案卷" in result.output
    connection = connect(settings)
    assert job_status(connection, job_id_for(case_id)) == "queued"
    connection.delete(f"rq:queue:{queue}", f"rq:job:{job_id_for(case_id)}")


@pytest.mark.parametrize(
    "args", [["batch"], ["batch", "some-dir", "--from", "2023-01-01"], ["batch", "--from", "2023-13-01"]]
)
def test_batch_wants_a_folder_or_a_period_and_real_dates(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
