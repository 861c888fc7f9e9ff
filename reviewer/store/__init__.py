"""The service's storage: cases, their uploaded files, review runs, findings, corrections, sign-offs, batches,
users and API keys — SQLAlchemy 2 on SQLite (default, `{data_dir}/reviewer.db`) or PostgreSQL
(`REVIEWER_DATABASE_URL`), schema by the Alembic migrations in `reviewer/store/migrations/`.

Public API (every function takes an open `Session`; callers commit through `Database.session()`):

Database and blobs
- `open_database(settings) -> Database`; `with db.session() as s:` commits on success; `db.ping()`
- `upgrade(settings, revision="head")` — run the migrations (`reviewer db upgrade`)
- `open_blobs(settings) -> BlobStore` (`LocalBlobStore` | `S3BlobStore`): `put(bytes|stream, max_bytes=None) -> sha256`,
  `open(sha) -> BinaryIO`, `exists(sha)`, `size(sha)`, `copy_to(sha, path)`; `LocalBlobStore.path_for(sha)`

Cases
- `accept_upload(session, blobs, files: list[(name, stream|bytes)], *, agency_code, case_number=None, uploaded_by,
  batch_id=None, standard_id=None, closing_date=None, max_bytes=None) -> Case` — bytes first, then rows; `queued`
- `get_case(session, case_id) -> Case | None`
- `list_cases(session, *, agency_ids=None, status=None, grade=None, period_from=None, period_to=None, search=None,
  batch_id=None, offset=0, limit=50) -> (cases, total)`
- `save_draft(session, case_id, draft, *, layout_sha256=None) -> ReviewRun` — idempotent per (standard, engine
  version); keeps corrections
- `save_layout(blobs, pages) -> sha256`, `load_layout(blobs, sha) -> list[Page] | None`,
  `current_layout_sha(session, case_id)` — the pages a run read, kept so the viewer need not read (OCR) again
- `current_run(session, case_id) -> ReviewRun | None`; `findings_of(session, run_id) -> list[Finding]`
- `correct_finding(session, finding_id, *, expected_version, status=None, deducted=None, comment=None, actor)
  -> Finding` — raises `StaleVersion` (HTTP 412), `CaseLocked` (409), `BadCorrection` (422), `FindingNotFound`
- `sign_off(session, case_id, actor) -> SignOff` — raises `CaseLocked`, `NotReviewed`, `CaseNotFound`
- `draft_with_corrections(session, case_id) -> dict | None` — the contract as corrected, + `corrections`, `signoff`
- `corrections_of(session, case_id) -> list[Correction]` (newest first); `agreement(session, case_ids=None)`
- `finding_json(finding)`, `correction_json(correction)` — JSON shapes used by the draft

People and keys
- `Principal(name, role, agency_id, user_id=None, api_key_id=None)`: `.can(action)`, `.sees(agency_id)`;
  actions: case.upload, case.read, finding.correct, case.signoff, batch.create, batch.read, keys.manage, personal.read,
  registers.manage
- `create_user(session, *, username, password, role, agency_code=None, display_name=None) -> User` (scrypt)
- `verify_user(session, username, password) -> Principal | None`; `principal_for_user(session, user_id)`
- `create_api_key(session, *, role, agency_code, name) -> (plain_key, ApiKey)` (SHA-256 at rest)
- `principal_for_key(session, plain_key)`, `principal_for_api_key_id(session, key_id)`, `list_api_keys(session)`, `has_accounts(session)`,
  `revoke_api_key(session, prefix_or_id) -> ApiKey | None`; `ensure_agency(session, code, name=None) -> Agency`

Batches
- `create_batch(session, *, name, created_by, agency_code=None, period_from=None, period_to=None) -> Batch`
- `get_batch`, `batch_cases(session, batch)`, `batch_summary(session, batch_id) -> BatchSummary | None`
  (`reviewer.reports.summary`: `rows`, `ranking`, `counts`, `done`); `summarize(session, cases, name=…)`

Errors are `reviewer.core.errors.ReviewerError` subclasses with Chinese `user_message`s (reviewer/store/errors.py).
"""

from __future__ import annotations

from reviewer.store.auth import (
    ACTIONS,
    ROLE_ACTIONS,
    Principal,
    create_api_key,
    create_user,
    ensure_agency,
    has_accounts,
    list_api_keys,
    principal_for_api_key_id,
    principal_for_key,
    principal_for_user,
    revoke_api_key,
    verify_user,
)
from reviewer.store.batches import (
    agencies,
    batch_cases,
    batch_summary,
    create_batch,
    get_batch,
    summarize,
)
from reviewer.store.blobs import BlobStore, LocalBlobStore, S3BlobStore, open_blobs
from reviewer.store.cases import accept_upload, get_case, list_cases, set_status
from reviewer.store.corrections import agreement, correct_finding, sign_off
from reviewer.store.db import Database, database_url, open_database, upgrade
from reviewer.store.drafts import (
    correction_json,
    corrections_of,
    current_run,
    draft_with_corrections,
    finding_json,
    findings_of,
    save_draft,
)
from reviewer.store.errors import (
    BadCorrection,
    CaseLocked,
    CaseNotFound,
    FindingNotFound,
    NoFiles,
    NotReviewed,
    QueueUnavailable,
    StaleVersion,
    UnknownRole,
)
from reviewer.store.layouts import current_layout_sha, load_layout, save_layout
from reviewer.store.models import Agency, ApiKey, Batch, Case, Correction, Finding, ReviewRun, SignOff, SourceFile, User

__all__ = [
    "ACTIONS",
    "ROLE_ACTIONS",
    "Agency",
    "ApiKey",
    "BadCorrection",
    "Batch",
    "BlobStore",
    "Case",
    "CaseLocked",
    "CaseNotFound",
    "Correction",
    "Database",
    "Finding",
    "FindingNotFound",
    "LocalBlobStore",
    "NoFiles",
    "NotReviewed",
    "Principal",
    "QueueUnavailable",
    "ReviewRun",
    "S3BlobStore",
    "SignOff",
    "SourceFile",
    "StaleVersion",
    "UnknownRole",
    "User",
    "accept_upload",
    "agencies",
    "agreement",
    "batch_cases",
    "batch_summary",
    "correct_finding",
    "correction_json",
    "corrections_of",
    "create_api_key",
    "create_batch",
    "create_user",
    "current_layout_sha",
    "current_run",
    "database_url",
    "draft_with_corrections",
    "ensure_agency",
    "finding_json",
    "findings_of",
    "get_batch",
    "get_case",
    "has_accounts",
    "list_api_keys",
    "list_cases",
    "load_layout",
    "open_blobs",
    "open_database",
    "principal_for_api_key_id",
    "principal_for_key",
    "principal_for_user",
    "revoke_api_key",
    "save_draft",
    "save_layout",
    "set_status",
    "sign_off",
    "summarize",
    "upgrade",
    "verify_user",
]
