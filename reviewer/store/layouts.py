"""The page layout a review read (per page: source, size, rotation, origin, lines with boxes, red seal), kept
with its run as one JSON blob in the blob store.

The reviewer page draws evidence boxes over page images. Without the layout it would have to read the case
again — for scanned pages a full OCR pass, tens of seconds — so the worker stores what it already has, and the
viewer reads the files only for runs made before this was kept.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.core.model import Page
from reviewer.store.blobs import BlobStore
from reviewer.store.models import ReviewRun

#: Bumped when the stored shape changes; a blob of another version is treated as missing (files read again).
LAYOUT_VERSION = 1
_LINE_FIELDS = {"text": True, "box": True, "confidence": True, "size": True, "align": True, "bold": True}
_PAGE_FIELDS: dict[str, Any] = dict.fromkeys(
    ("index", "source", "source_page", "origin", "width", "height", "rotation", "estimated", "red_seal", "seals"), True
)
_PAGE_FIELDS["lines"] = {"__all__": _LINE_FIELDS}


def layout_json(pages: list[Page]) -> bytes:
    """The pages without their joined text and warnings (the lines hold the text), as compact UTF-8 JSON."""
    items = [page.model_dump(mode="json", include=_PAGE_FIELDS, exclude_none=True) for page in pages]
    document = {"version": LAYOUT_VERSION, "pages": items}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def save_layout(blobs: BlobStore, pages: list[Page]) -> str:
    """Store the layout; returns its SHA-256 (the same layout is stored once)."""
    return blobs.put(layout_json(pages))


def load_layout(blobs: BlobStore, sha256: str) -> list[Page] | None:
    """The stored pages, or None when the blob is gone or of another version (the caller reads the files)."""
    if not blobs.exists(sha256):
        return None
    with blobs.open(sha256) as stream:
        document: dict[str, Any] = json.loads(stream.read().decode("utf-8"))
    if document.get("version") != LAYOUT_VERSION:
        return None
    try:
        return [Page.model_validate(item) for item in document.get("pages", [])]
    except ValidationError:
        return None


def current_layout_sha(session: Session, case_id: str) -> str | None:
    """The layout blob of the case's current run (None for runs made before layouts were kept)."""
    query = select(ReviewRun.layout_sha256).where(ReviewRun.case_id == case_id, ReviewRun.is_current.is_(True))
    return session.scalar(query)
