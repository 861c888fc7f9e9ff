"""Real parts for the reviewer-page tests: the app served by uvicorn in its own process, `reviewer worker
--burst` processes on real Redis (a private queue), and Debian's headless Chromium driven by Playwright.

Nothing here skips: a missing Chromium, Redis or database fails the test with what to install.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

if TYPE_CHECKING:
    from reviewer.core.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts" / "web"
VIEWPORT = {"width": 1366, "height": 768}
PASSWORD = "评查-pass-2024"


@dataclass
class LiveServer:
    url: str
    env: dict[str, str]
    settings: Settings
    log: Path

    def run_worker(self, timeout: float = 240.0) -> subprocess.CompletedProcess:
        """`reviewer worker --burst`: works the private queue empty, then exits."""
        command = [str(ROOT / ".venv" / "bin" / "reviewer"), "worker", "--burst"]
        return subprocess.run(command, cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=timeout)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"uvicorn exited ({process.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    pytest.fail(f"uvicorn did not answer within {timeout:.0f} s:\n{log.read_text(errors='replace')[-3000:]}")


@pytest.fixture(scope="module")
def live_server(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path, redis_url: str
) -> Iterator[LiveServer]:
    """uvicorn serving `api.app:create_app` on a fresh SQLite database, with a reviewer and an evaluator user."""
    from reviewer.core.settings import Settings
    from reviewer.store import create_user, ensure_agency, open_database

    data_dir = tmp_path_factory.mktemp("web-live")
    shutil.copyfile(sqlite_template, data_dir / "reviewer.db")
    env = dict(
        os.environ,
        REVIEWER_DATA_DIR=str(data_dir),
        REVIEWER_DATABASE_URL="",
        REVIEWER_REDIS_URL=redis_url,
        REVIEWER_QUEUE_NAME=f"web-test-{secrets.token_hex(6)}",
        REVIEWER_SECRET_KEY=secrets.token_urlsafe(32),
        PYTHONUNBUFFERED="1",
    )
    settings = Settings(data_dir=data_dir, database_url="", redis_url=redis_url, queue_name=env["REVIEWER_QUEUE_NAME"])
    database = open_database(settings)
    with database.session() as session:
        ensure_agency(session, "scmsa", "嵩川市市场监督管理局")
        create_user(
            session,
            username="reviewer1",
            password=PASSWORD,
            role="reviewer",
            agency_code="scmsa",
            display_name="王复核",
        )
        create_user(session, username="evaluator1", password=PASSWORD, role="evaluator", agency_code="scmsa")
    database.engine.dispose()
    port = _free_port()
    log = data_dir / "uvicorn.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "api.app:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process, log)
        yield LiveServer(url, env, settings, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Chromium missing: run scripts/install-system-deps.sh (Debian package chromium)"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh browser context at 1366×768 that accepts downloads; console errors fail the test."""
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="zh-CN")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.set_default_timeout(30_000)
    yield tab
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def shot(page: object, name: str) -> Path:
    """Save a screenshot as a CI artefact (tests/artifacts/web/, git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)  # type: ignore[attr-defined]
    return path


def sign_in(page: object, server: LiveServer, username: str = "reviewer1") -> None:
    page.goto(server.url + "/cases")  # type: ignore[attr-defined]
    page.get_by_label("用户名").fill(username)  # type: ignore[attr-defined]
    page.get_by_label("密码", exact=True).fill(PASSWORD)  # type: ignore[attr-defined]
    page.get_by_role("button", name="登录").click()  # type: ignore[attr-defined]
    page.wait_for_url("**/cases")  # type: ignore[attr-defined]


def add_drafted_case(server: LiveServer, sample: str = "case-01-market.pdf", *, batch_id: str | None = None) -> str:
    """A case reviewed in-process (pipeline + save_draft) straight into the server's database — for tests of
    the pages themselves; the upload → worker path is driven for real in test_review_flow."""
    from reviewer.pipeline.run import review
    from reviewer.store import accept_upload, get_case, open_blobs, open_database, save_draft

    settings = server.settings
    database = open_database(settings)
    path = ROOT / "samples" / sample
    with database.session() as session:
        case = accept_upload(
            session,
            open_blobs(settings),
            [(sample, path.read_bytes())],
            agency_code="scmsa",
            uploaded_by="fixture",
            batch_id=batch_id,
        )
        case_id = case.id
    _, draft = review([path], settings, case_id=case_id)
    with database.session() as session:
        save_draft(session, case_id, draft)
        stored = get_case(session, case_id)
        stored.status, stored.progress = "drafted", 1.0
    database.engine.dispose()
    return case_id


def add_batch(server: LiveServer, name: str) -> str:
    """A batch of the scmsa agency in the server's database; its id."""
    from reviewer.store import create_batch, open_database

    database = open_database(server.settings)
    with database.session() as session:
        batch_id = create_batch(session, name=name, created_by="test", agency_code="scmsa").id
    database.engine.dispose()
    return batch_id
