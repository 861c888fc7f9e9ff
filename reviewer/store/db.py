"""Opening the database: SQLite by default (one file under data_dir), PostgreSQL when REVIEWER_DATABASE_URL says so.

Engines are cached per URL and per process: rq forks a work-horse for each job, and a pooled connection must
never be shared across a fork.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from reviewer.core.settings import Settings

MIGRATIONS = Path(__file__).parent / "migrations"
_engines: dict[tuple[str, int], Engine] = {}
_lock = threading.Lock()


def database_url(settings: Settings) -> str:
    """The configured URL, or SQLite at `{data_dir}/reviewer.db` (the folder is created)."""
    if settings.database_url:
        return settings.database_url
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(settings.data_dir / 'reviewer.db').resolve()}"


class Database:
    """An engine and its session factory; `session()` commits on success and rolls back on error."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def ping(self) -> None:
        """Raise when the database does not answer (readiness checks)."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")


def open_database(settings: Settings) -> Database:
    return Database(engine_for(database_url(settings)))


def engine_for(url: str) -> Engine:
    key = (url, os.getpid())
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _create(url)
            _engines[key] = engine
        return engine


def _create(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    """Foreign keys on (SQLite's default is off); WAL lets the API read while a worker writes."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["url"] = url
    return config


def upgrade(settings: Settings, revision: str = "head") -> None:
    """Bring the database schema to `revision` (Alembic migrations shipped in reviewer/store/migrations)."""
    from alembic import command

    command.upgrade(alembic_config(database_url(settings)), revision)
