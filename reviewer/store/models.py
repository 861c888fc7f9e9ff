"""The tables of the service, as SQLAlchemy 2 typed models.

Times are stored as naive UTC (SQLite keeps no zone) and come back as aware UTC, so both databases read alike.
Statuses and roles are plain strings checked in code, so a new value needs no migration.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from reviewer.core.status import CaseStatus

ROLES = ("evaluator", "reviewer", "admin", "system")

#: Constraint names fixed by convention, so Alembic migrations name them the same on every database.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_id() -> str:
    return str(uuid.uuid4())


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC in Python, naive UTC in the database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Agency(Base):
    __tablename__ = "agencies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    display_name: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    agency: Mapped[Agency | None] = relationship(lazy="joined")


class ApiKey(Base):
    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(16), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    #: None = every agency.
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    agency: Mapped[Agency | None] = relationship(lazy="joined")


class Batch(Base):
    __tablename__ = "batches"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    #: A period batch selects stored cases by closing date; an upload batch owns its cases (cases.batch_id).
    period_from: Mapped[dt.date | None] = mapped_column(Date)
    period_to: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))
    agency: Mapped[Agency | None] = relationship(lazy="joined")


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_agency_status", "agency_id", "status"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    case_number: Mapped[str | None] = mapped_column(String(200))
    party: Mapped[str | None] = mapped_column(String(300))
    closing_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    procedure: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default=CaseStatus.QUEUED, index=True)
    error_code: Mapped[str | None] = mapped_column(String(100))
    error_message: Mapped[str | None] = mapped_column(Text)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    pages: Mapped[int | None] = mapped_column(Integer)
    standard_id: Mapped[str | None] = mapped_column(String(100))
    #: Score and grade of the current run after corrections, kept here so lists filter and sort cheaply.
    score: Mapped[float | None] = mapped_column(Float)
    grade: Mapped[str | None] = mapped_column(String(50), index=True)
    #: Times a worker started this case; a case that keeps killing workers is failed after a limit.
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    batch_id: Mapped[str | None] = mapped_column(ForeignKey("batches.id"), index=True)
    uploaded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    agency: Mapped[Agency] = relationship(lazy="joined")
    files: Mapped[list[SourceFile]] = relationship(
        order_by="SourceFile.position", back_populates="case", lazy="selectin", cascade="all, delete-orphan"
    )


class SourceFile(Base):
    __tablename__ = "source_files"
    __table_args__ = (UniqueConstraint("case_id", "position", name="uq_source_files_case_position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(200))
    case: Mapped[Case] = relationship(back_populates="files")


class ReviewRun(Base):
    __tablename__ = "review_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    standard_id: Mapped[str] = mapped_column(String(100))
    standard_version: Mapped[str | None] = mapped_column(String(100))
    engine_version: Mapped[str] = mapped_column(String(100))
    #: The machine's draft as the output contract (DESIGN.md), before any correction.
    draft_json: Mapped[dict[str, Any]] = mapped_column(JSON)
    score: Mapped[float | None] = mapped_column(Float)
    grade: Mapped[str | None] = mapped_column(String(50))
    timings: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    #: SHA-256 of the page layout blob (reviewer/store/layouts.py); None for runs made before it was kept.
    layout_sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    #: The register versions the run read ({"bodies": 3, "certificates": 2}); None when it read none.
    registers: Mapped[dict[str, int | None] | None] = mapped_column(JSON)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    findings: Mapped[list[Finding]] = relationship(
        order_by="Finding.id", back_populates="run", cascade="all, delete-orphan"
    )


class Finding(Base):
    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("run_id", "check_id", name="uq_findings_run_check"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("review_runs.id", ondelete="CASCADE"), index=True)
    check_id: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(100))
    #: The check's full points in the standard (the most a correction may deduct).
    points: Mapped[float] = mapped_column(Float)
    pre_status: Mapped[str] = mapped_column(String(20))
    pre_deducted: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20))
    deducted: Mapped[float] = mapped_column(Float)
    message: Mapped[str] = mapped_column(Text, default="")
    evidence_json: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    #: Bumped on every change; the API's ETag, checked by correct_finding (optimistic concurrency).
    version: Mapped[int] = mapped_column(Integer, default=1)
    run: Mapped[ReviewRun] = relationship(back_populates="findings")


class Correction(Base):
    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: The finding corrected; None once a later run of another engine replaced it (check_id still says which).
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id", ondelete="SET NULL"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    check_id: Mapped[str] = mapped_column(String(200))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    old_status: Mapped[str] = mapped_column(String(20))
    new_status: Mapped[str] = mapped_column(String(20))
    old_deducted: Mapped[float] = mapped_column(Float)
    new_deducted: Mapped[float] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text)


class SignOff(Base):
    __tablename__ = "signoffs"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    score: Mapped[float | None] = mapped_column(Float)
    grade: Mapped[str | None] = mapped_column(String(50))


class RegisterVersion(Base):
    """One import of a register (bodies or certificates). Imports only add versions; the newest of a kind is
    the one reviews read, and every older one stays queryable."""

    __tablename__ = "register_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: `bodies` (执法主体清单) or `certificates` (执法证登记册): reviewer.core.registers.REGISTER_KINDS.
    kind: Mapped[str] = mapped_column(String(20), index=True)
    source_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class RegisterEntry(Base):
    """One body or certificate of a register version, as the validated model (reviewer.core.registers) dumps it."""

    __tablename__ = "register_entries"
    __table_args__ = (Index("ix_register_entries_version_key", "version_id", "key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("register_versions.id", ondelete="CASCADE"))
    #: The body's name or the certificate's number, for lookups and listings.
    key: Mapped[str] = mapped_column(String(300))
    #: The certificate's agency (or the body's own name), so a register can be listed per agency.
    agency: Mapped[str] = mapped_column(String(300))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
