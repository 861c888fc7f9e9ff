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


def _serve_until_running(env: dict[str, str]) -> str:
    """Start `reviewer serve` on a free port, read its stderr until uvicorn says it runs, stop it; the stderr."""
    import os
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "reviewer.cli", "serve", "--port", str(port)]
    process = subprocess.Popen(command, env={**os.environ, **env}, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    deadline = time.monotonic() + 60
    try:
        assert process.stderr is not None
        for line in process.stderr:
            lines.append(line)
            if "Uvicorn running on" in line or time.monotonic() > deadline:
                break
    finally:
        process.terminate()
        process.wait(timeout=30)
    return "".join(lines)


def test_first_serve_on_an_empty_database_tells_how_to_create_the_first_account(env, tmp_path: Path) -> None:
    served = {"REVIEWER_DATA_DIR": str(tmp_path), "REVIEWER_DATABASE_URL": ""}
    first = _serve_until_running(served)
    assert "还没有任何账号" in first and "reviewer users create admin --role admin" in first, first
    assert "Uvicorn running on" in first
    env(data_dir=str(tmp_path), database_url="", new_password="评查-pass-2024")
    created = CliRunner().invoke(app, ["users", "create", "admin", "--role", "admin"])
    assert created.exit_code == 0, created.output
    again = _serve_until_running(served)
    assert "Uvicorn running on" in again and "还没有任何账号" not in again, again
