"""What every route needs from the running app: settings, the database, the blob store.

`create_app` opens them once and keeps them on `app.state` (`settings`, `database`, `blobs`; the reviewer
pages read the same names), so a test can build an app on its own database and no route reads globals.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from reviewer.core.settings import Settings
from reviewer.store import BlobStore


def app_settings(request: Request) -> Settings:
    return request.app.state.settings


def blob_store(request: Request) -> BlobStore:
    return request.app.state.blobs


def db_session(request: Request) -> Iterator[Session]:
    """One database session per request; the store's context manager commits or rolls back."""
    with request.app.state.database.session() as session:
        yield session


SettingsDep = Annotated[Settings, Depends(app_settings)]
BlobsDep = Annotated[BlobStore, Depends(blob_store)]
SessionDep = Annotated[Session, Depends(db_session)]
