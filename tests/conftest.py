"""Shared fixtures: small PDFs and DOCX files built on the fly, so every input is reproducible."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings as hypothesis_settings

if TYPE_CHECKING:
    from reviewer.core.model import ReviewDraft

# Property tests judge behaviour, not speed: on a loaded CI machine hypothesis's per-example deadline
# turns slowness into failures, so it is off (speed lives in bench/).
hypothesis_settings.register_profile("casefile", deadline=None)
hypothesis_settings.load_profile("casefile")

CJK_FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

#: A page is a list of lines; a line starting with "# " is a centred title in a large size.
PageSpec = Sequence[str]


def build_pdf(path: Path, pages: Sequence[PageSpec], *, rotation: int = 0, password: str | None = None) -> Path:
    from fpdf import FPDF

    assert CJK_FONT.exists(), "fonts-droid-fallback missing: run scripts/install-system-deps.sh"
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=UTC))
    pdf.add_font("cjk", fname=str(CJK_FONT))
    pdf.add_font("latin", fname=str(LATIN_FONT))
    pdf.set_fallback_fonts(["latin"])
    pdf.set_auto_page_break(False)
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    for lines in pages:
        pdf.add_page()
        pdf.set_y(30)
        for line in lines:
            if line.startswith("# "):
                pdf.set_font("cjk", size=20)
                pdf.cell(0, 14, line[2:], align="C", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("cjk", size=12)
                pdf.cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    if rotation:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(path))
        for page in document:
            page.set_rotation(rotation)
        document.save(str(path) + ".rot")
        document.close()
        Path(str(path) + ".rot").replace(path)
    return path


def build_docx(path: Path, pages: Sequence[PageSpec]) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = Document()
    for number, lines in enumerate(pages):
        if number:
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        for line in lines:
            if line.startswith("# "):
                paragraph = document.add_paragraph()
                run = paragraph.add_run(line[2:])
                run.bold = True
                run.font.size = Pt(20)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.fixture(scope="session")
def labelcheck() -> ModuleType:
    """tests/real/labelcheck.py, the labels' mechanical second pass, shared by every labelled corpus's tests
    (loaded by path: the tests are no package)."""
    path = Path(__file__).resolve().parent / "real" / "labelcheck.py"
    spec = importlib.util.spec_from_file_location("labelcheck", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def sample_draft() -> Callable[[str], ReviewDraft]:
    """Drafts of committed samples, reviewed once per session (store and API tests need real drafts)."""
    from reviewer.core.settings import Settings
    from reviewer.pipeline.run import review

    samples = Path(__file__).resolve().parents[1] / "samples"
    cache: dict[str, ReviewDraft] = {}

    def draft(name: str) -> ReviewDraft:
        if name not in cache:
            cache[name] = review([samples / name], Settings())[1]
        return cache[name]

    return draft


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str, pages: Sequence[PageSpec], **options) -> Path:
        return build_pdf(tmp_path / name, pages, **options)

    return make


@pytest.fixture
def make_docx(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str, pages: Sequence[PageSpec]) -> Path:
        return build_docx(tmp_path / name, pages)

    return make


# --- Service fixtures (reviewer/store, worker, api): real SQLite, PostgreSQL and Redis, never skipped. ---
# PostgreSQL: one fresh schema per test session (parallel runs never collide), tables emptied before each test.
# Redis: one private queue name per test. A service that does not answer FAILS the test with a message.

PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REDIS_URL = "redis://127.0.0.1:6379/0"


def _service_down(what: str, error: Exception) -> None:
    pytest.fail(
        f"{what} is not answering ({error}); run scripts/services.sh (or scripts/install-system-deps.sh) "
        "to install and start it — service tests never skip.",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def pg_schema_url():
    """A PostgreSQL URL whose search_path is a schema made for this test session, migrated to head."""
    import os
    import secrets

    import sqlalchemy

    from reviewer.core.settings import Settings
    from reviewer.store import upgrade

    schema = f"t_{os.getpid()}_{secrets.token_hex(4)}"
    admin = sqlalchemy.create_engine(PG_ADMIN_URL)
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    except sqlalchemy.exc.OperationalError as error:
        _service_down("PostgreSQL at 127.0.0.1:5432 (database test)", error)
    url = f"{PG_ADMIN_URL}?options=-csearch_path%3D{schema}"
    upgrade(Settings(database_url=url))
    yield url
    with admin.begin() as connection:
        connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated SQLite file, copied for each test (migrating once is faster than once per test)."""
    from reviewer.core.settings import Settings
    from reviewer.store import open_database, upgrade

    data_dir = tmp_path_factory.mktemp("sqlite-template")
    settings = Settings(data_dir=data_dir)
    upgrade(settings)
    open_database(settings).engine.dispose()  # the last connection's close folds the WAL into the file
    return data_dir / "reviewer.db"


def _empty_tables(url: str) -> None:
    from reviewer.store.db import engine_for
    from reviewer.store.models import Base

    names = ", ".join(table.name for table in Base.metadata.sorted_tables)
    with engine_for(url).begin() as connection:
        connection.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")


def _service_settings(backend: str, tmp_path: Path, request: pytest.FixtureRequest):
    import shutil

    from reviewer.core.settings import Settings

    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    if backend == "sqlite":
        shutil.copyfile(request.getfixturevalue("sqlite_template"), data_dir / "reviewer.db")
        url = ""
    else:
        url = request.getfixturevalue("pg_schema_url")
        _empty_tables(url)
    return Settings(data_dir=data_dir, database_url=url, redis_url=REDIS_URL, queue_name="unused")


@pytest.fixture(params=["sqlite", "postgresql"])
def service_settings(request: pytest.FixtureRequest, tmp_path: Path):
    """Settings for a migrated, empty database — once on SQLite, once on PostgreSQL — and a local blob store."""
    return _service_settings(request.param, tmp_path, request)


@pytest.fixture
def sqlite_service_settings(request: pytest.FixtureRequest, tmp_path: Path):
    return _service_settings("sqlite", tmp_path, request)


@pytest.fixture
def pg_service_settings(request: pytest.FixtureRequest, tmp_path: Path):
    return _service_settings("postgresql", tmp_path, request)


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The shared test Redis; fails (never skips) when it does not answer."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.exceptions.RedisError as error:
        _service_down("Redis at 127.0.0.1:6379", error)
    return REDIS_URL


def with_private_queue(settings, redis_url: str):
    """The settings with real Redis and a queue name no other test (or test run) uses."""
    import secrets

    return settings.model_copy(update={"redis_url": redis_url, "queue_name": f"test-{secrets.token_hex(6)}"})


@pytest.fixture
def queue_settings(pg_service_settings, redis_url: str):
    """PostgreSQL (as deployed), a local blob store, real Redis and a private queue."""
    return with_private_queue(pg_service_settings, redis_url)
