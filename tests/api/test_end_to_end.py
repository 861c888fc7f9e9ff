"""End to end with real processes: `reviewer serve` (uvicorn) and `reviewer worker --burst` on PostgreSQL and
Redis — upload a committed sample, wait for the draft, correct a finding, sign off, download DOCX and JSON."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from docx import Document

from reviewer.core.settings import Settings
from tests.api.conftest import DEFECT_SAMPLE, SAMPLES, drop_queue

REVIEWER = [sys.executable, "-m", "reviewer.cli"]
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def service_env(pg_service_settings: Settings, redis_url: str) -> Iterator[dict[str, str]]:
    """PostgreSQL (as deployed) and Redis, handed to the processes through the environment."""
    env = dict(
        os.environ,
        REVIEWER_DATABASE_URL=pg_service_settings.database_url,
        REVIEWER_DATA_DIR=str(pg_service_settings.data_dir),
        REVIEWER_REDIS_URL=redis_url,
        REVIEWER_QUEUE_NAME=f"api-e2e-{uuid.uuid4().hex[:8]}",
        REVIEWER_SECRET_KEY="e2e-secret",
        PYTHONPATH=str(ROOT),
    )
    yield env
    drop_queue(
        pg_service_settings.model_copy(update={"redis_url": redis_url, "queue_name": env["REVIEWER_QUEUE_NAME"]})
    )


def _cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([*REVIEWER, *args], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def server(service_env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [*REVIEWER, "serve", "--port", str(port)],
        env=service_env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"reviewer serve did not start: {process.stderr.read().decode() if process.stderr else ''}")
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait_drafted(client: httpx.Client, case_id: str, env: dict[str, str]) -> dict:
    worker = subprocess.run(
        [*REVIEWER, "worker", "--burst", "--without-scheduler"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert worker.returncode == 0, worker.stderr[-2000:]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        status = client.get(f"/api/v1/cases/{case_id}").json()
        if status["status"] in ("drafted", "failed"):
            return status
        time.sleep(0.5)
    pytest.fail(f"case {case_id} not drafted: {status}; worker said: {worker.stderr[-2000:]}")


def test_upload_review_correct_sign_and_export(service_env: dict[str, str], server: str) -> None:
    key = _cli(service_env, "keys", "create", "--role", "reviewer", "--agency", "agency-a", "--name", "端到端")
    assert key.startswith("rk_")
    client = httpx.Client(base_url=server, headers={"Authorization": f"Bearer {key}"}, timeout=60)
    assert client.get("/readyz").json()["checks"] == {"database": "ok", "redis": "ok"}

    sample = SAMPLES / DEFECT_SAMPLE
    uploaded = client.post("/api/v1/cases", files=[("files", (sample.name, sample.read_bytes(), "application/pdf"))])
    assert uploaded.status_code == 202, uploaded.text
    case_id = uploaded.json()["case_id"]
    assert uploaded.json()["queued"] is True

    status = _wait_drafted(client, case_id, service_env)
    assert status["status"] == "drafted" and status["progress"] == 1.0 and status["pages"] == 22, status

    draft = client.get(f"/api/v1/cases/{case_id}/draft").json()
    failing = next(f for f in draft["findings"] if f["status"] == "fail" and f["deducted"] > 0)
    assert all(f["check_name"] and f["check_name"] != f["check_id"] for f in draft["findings"])
    assert set(draft["needs_review"]) <= set(draft["check_names"])
    url = f"/api/v1/cases/{case_id}/findings/{failing['check_id']}"
    one = client.get(url)
    assert one.json()["check_name"] == failing["check_name"]
    etag = one.headers["etag"]
    patched = client.patch(url, json={"status": "pass", "comment": "复核：送达期限符合"}, headers={"If-Match": etag})
    assert patched.status_code == 200, patched.text
    corrected = patched.json()["score"]
    assert corrected == round(draft["score"] + failing["deducted"], 2)

    signed = client.post(f"/api/v1/cases/{case_id}/signoff")
    assert signed.status_code == 200 and signed.json()["score"] == corrected
    late = client.patch(url, json={"status": "fail"}, headers={"If-Match": patched.headers["etag"]})
    assert late.status_code == 409

    exported = client.get(f"/api/v1/cases/{case_id}/export.json")
    assert exported.status_code == 200 and exported.json()["score"] == corrected
    assert exported.json()["signoff"]["actor"] == "端到端"
    docx = client.get(f"/api/v1/cases/{case_id}/export.docx")
    assert docx.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert f"总得分：{corrected:g} 分" in text
    trail = client.get(f"/api/v1/cases/{case_id}/corrections").json()["corrections"]
    assert [(c["check_id"], c["check_name"], c["actor"]) for c in trail] == [
        (failing["check_id"], failing["check_name"], "端到端")
    ]


def test_keys_cli_lists_and_revokes(tmp_path: Path) -> None:
    env = dict(os.environ, REVIEWER_DATA_DIR=str(tmp_path / "data"), REVIEWER_DATABASE_URL="", PYTHONPATH=str(ROOT))
    key = _cli(env, "keys", "create", "--role", "system", "--agency", "county-1", "--name", "监督平台")
    listed = _cli(env, "keys", "list")
    assert key[:8] in listed and "system" in listed and "county-1" in listed and "有效" in listed
    _cli(env, "keys", "revoke", key[:8])
    assert "有效" not in _cli(env, "keys", "list")
    bad = subprocess.run(
        [*REVIEWER, "keys", "create", "--role", "wizard"], env=env, capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert bad.returncode != 0 and "未知角色" in bad.stderr
    missing = subprocess.run(
        [*REVIEWER, "keys", "revoke", "nothing"], env=env, capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert missing.returncode == 2 and "找不到密钥" in missing.stderr


def test_users_cli_creates_sign_in_accounts(tmp_path: Path) -> None:
    from reviewer.core.settings import Settings as Plain
    from reviewer.store import open_database, verify_user

    env = dict(
        os.environ,
        REVIEWER_DATA_DIR=str(tmp_path / "data"),
        REVIEWER_DATABASE_URL="",
        PYTHONPATH=str(ROOT),
        REVIEWER_NEW_PASSWORD="s3cret-pass",
    )
    _cli(env, "users", "create", "王评查", "--role", "reviewer", "--agency", "county-1", "--name", "王五")
    again = subprocess.run(
        [*REVIEWER, "users", "create", "王评查", "--role", "reviewer"],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert again.returncode == 2 and "已存在" in again.stderr
    short = subprocess.run(
        [*REVIEWER, "users", "create", "李", "--role", "evaluator"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**env, "REVIEWER_NEW_PASSWORD": "short"},
    )
    assert short.returncode == 2 and "至少" in short.stderr
    database = open_database(Plain(data_dir=tmp_path / "data"))
    with database.session() as session:
        principal = verify_user(session, "王评查", "s3cret-pass")
        assert principal is not None and principal.role == "reviewer" and principal.agency_id is not None
        assert verify_user(session, "王评查", "wrong-pass") is None
    database.engine.dispose()
