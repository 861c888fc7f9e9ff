"""Check uploaded files before the store accepts them, without trusting names or sizes the client declares.

Each part is copied (in chunks) to a temporary file, and `reviewer.pipeline.sources.vet_upload` tells its real
format from its bytes. Refused at the door, with a typed error naming the file: empty files, files over the limit,
formats we cannot read at all, files whose content contradicts their extension, and ZIPs that are unsafe
by their directory (too many members, paths escaping the archive). Everything else is accepted — a file
that looks like a PDF but is damaged inside is stored and then marked failed by the worker with the reason,
so the evaluator sees what went wrong and nothing they sent is lost.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO

from starlette.datastructures import UploadFile

from reviewer.core.errors import BadInput
from reviewer.core.settings import Settings
from reviewer.pipeline.sources import vet_upload
from reviewer.store.cases import safe_name

_CHUNK = 1 << 20


def _stage_one(upload: UploadFile, position: int, folder: Path, settings: Settings) -> tuple[str, Path]:
    name = safe_name(upload.filename or "", position)[-200:]
    target = folder / f"{position:04d}{Path(name).suffix.lower()[:16]}"
    with target.open("wb") as out:
        shutil.copyfileobj(upload.file, out, _CHUNK)
    vet_upload(target, name, settings)
    return name, target


@contextmanager
def staged(
    uploads: Sequence[UploadFile], settings: Settings, folder: Path | None = None
) -> Iterator[list[tuple[str, BinaryIO]]]:
    """Yield `(clean name, open binary file)` pairs, ready for `store.accept_upload`; temporary copies are
    removed afterwards. Any refused file refuses the whole upload (a case file is accepted whole or not at all)."""
    if not uploads:
        raise BadInput("upload without files", "请至少上传一个文件（字段名 files）。")
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="upload-", dir=folder) as tmp, ExitStack() as stack:
        staged_files = [_stage_one(upload, position, Path(tmp), settings) for position, upload in enumerate(uploads)]
        yield [(name, stack.enter_context(path.open("rb"))) for name, path in staged_files]
