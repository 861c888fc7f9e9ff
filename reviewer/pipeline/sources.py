"""The readers as the service layers use them, so that no layer above the pipeline knows a file format.

The API checks uploads at the door and the reviewer's page viewer re-reads pages of older runs; both go through
these functions, which take the settings and hand back the document model (`Page`) or typed errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractors.archive import check_zip_directory, extract_zip
from extractors.ingest import iter_case
from extractors.readers.pdf import read_pdf
from extractors.sniff import sniff
from reviewer.core.model import Page
from reviewer.pipeline.run import read_options

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from reviewer.core.settings import Settings


def vet_upload(path: Path, name: str, settings: Settings) -> str:
    """The file's real format (pdf, docx, zip, image …); raise the typed `BadInput` that refuses it at the door.

    A ZIP is refused by its directory (too many members, paths escaping the archive); a file damaged inside is
    accepted here and reported by the worker, so nothing the user sent is lost."""
    kind = sniff(path, name, settings.max_file_bytes)
    if kind == "zip":
        check_zip_directory(path, name, settings.zip_max_members)
    return kind


def file_kind(path: Path, source: str, settings: Settings) -> str:
    """The format of a stored file, from its bytes (raises `BadInput` when it is not one we read)."""
    return sniff(path, source, settings.max_file_bytes)


def read_pages(paths: Sequence[Path], settings: Settings) -> list[Page]:
    """The case file's pages as the pipeline reads them (same order and numbering); unreadable files are skipped."""
    return [item for item in iter_case(paths, read_options(settings)) if isinstance(item, Page)]


def read_pdf_pages(path: Path, source: str) -> list[Page]:
    """The text-layer pages of a PDF (e.g. LibreOffice's rendering of a DOCX), named after `source`."""
    return list(read_pdf(path, source))


def extract_archive(archive: Path, target: Path, settings: Settings) -> list[Path]:
    """Unpack a stored ZIP under `target` with the same limits as the readers."""
    return extract_zip(archive, target, archive.name, read_options(settings).archive)
