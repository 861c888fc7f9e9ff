"""Turn the uploaded paths of one case (files, a folder, a ZIP) into its pages, in filing order.

This is the only place that knows about formats: it sniffs each file, hands it to the one reader for that
format and renumbers pages over the whole case file. A bad file becomes a `SourceError` and the others
are still read.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractors.archive import ArchiveLimits, extract_zip
from extractors.ocr import OcrOptions
from extractors.readers.docx import read_docx
from extractors.readers.image import read_image
from extractors.readers.pdf import DAMAGED_PAGE_WARNING, Engine, pdf_page_count, read_pdf
from extractors.sniff import refuse_encrypted_ole, sniff
from reviewer.core.errors import (
    BadInput,
    ConverterMissing,
    CorruptFile,
    InputNotFound,
    TooManyPages,
    UnsupportedFormat,
)
from reviewer.core.model import Page, SourceError

_DIGITS = re.compile(r"(\d+)")
_JUNK_NAMES = re.compile(r"^(\.|~\$|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)


@dataclass(frozen=True)
class ReadOptions:
    """What the readers may do; built from `reviewer.core.settings` by the pipeline."""

    max_file_bytes: int = 200 * 1024 * 1024
    archive: ArchiveLimits = field(default_factory=ArchiveLimits)
    pdf_engine: Engine = "pdfium"
    soffice: str = ""
    converter_timeout_s: float = 120.0
    #: OCR for images and PDF pages without a usable text layer; None refuses images (OcrUnavailable).
    ocr: OcrOptions | None = field(default_factory=OcrOptions)
    #: Most pages of one case file (all inputs together); past it the case is refused (`TooManyPages`).
    max_pages: int = 5000
    #: Most pixels of one image; a PDF page rendered for OCR is scaled down to fit.
    max_image_pixels: int = 80_000_000


def natural_key(name: str) -> tuple:
    """Sort key that puts 2 before 10 (and is stable on case)."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in _DIGITS.split(name))


def iter_case(paths: Sequence[Path], options: ReadOptions) -> Iterator[Page | SourceError]:
    """Yield pages (numbered over the whole case file) and per-file errors, in order, one at a time.

    Raises `TooManyPages` as soon as the case passes `options.max_pages` (readers are lazy, so a huge file is
    not read to its end first)."""
    index = 0
    with tempfile.TemporaryDirectory(prefix="reviewer-") as tmp:
        for number, path in enumerate(paths):
            for item in _iter_input(Path(path), options, Path(tmp) / str(number)):
                if isinstance(item, Page):
                    index += 1
                    if index > options.max_pages:
                        raise TooManyPages(
                            f"case has more than {options.max_pages} pages (at {item.source} page {item.source_page})",
                            f"案卷超过 {options.max_pages} 页（读到“{item.source}”第 {item.source_page} 页时超出），"
                            "超过页数上限，请拆分后分别评查。",
                            source=item.source,
                        )
                    item.index = index
                yield item


def _iter_input(path: Path, options: ReadOptions, scratch: Path) -> Iterator[Page | SourceError]:
    if not path.exists():
        yield _error(
            InputNotFound(f"{path}: no such file or folder", f"找不到文件或文件夹“{path}”。", source=str(path)),
            str(path),
        )
        return
    if path.is_dir():
        for member in _folder_files(path):
            yield from _iter_file(member, member.relative_to(path).as_posix(), options, scratch, allow_zip=True)
        return
    yield from _iter_file(path, path.name, options, scratch, allow_zip=True)


def _folder_files(folder: Path) -> list[Path]:
    files = [
        p
        for p in folder.rglob("*")
        if p.is_file() and not any(_JUNK_NAMES.match(part) for part in p.relative_to(folder).parts)
    ]
    return sorted(files, key=lambda p: natural_key(p.relative_to(folder).as_posix()))


def _iter_file(
    path: Path, source: str, options: ReadOptions, scratch: Path, *, allow_zip: bool
) -> Iterator[Page | SourceError]:
    try:
        kind = sniff(path, source, options.max_file_bytes)
        if kind == "zip":
            if not allow_zip:
                raise UnsupportedFormat(
                    f"{source}: nested archive", f"压缩包内的“{source}”又是压缩包，不支持嵌套压缩包。", source=source
                )
            yield from _iter_zip(path, source, options, scratch)
            return
        if kind == "pdf":
            _refuse_past_page_limit(path, source, options.max_pages)
        damaged: list[int] = []
        for page in _read_document(path, source, kind, options, scratch):
            if DAMAGED_PAGE_WARNING in page.warnings:
                damaged.append(page.source_page)
            yield page
        if damaged:
            yield _damaged_pages(source, damaged)
    except TooManyPages:
        raise  # the whole case is refused, not this file
    except BadInput as error:
        yield _error(error, source)


def _refuse_past_page_limit(path: Path, source: str, max_pages: int) -> None:
    """A PDF that alone has more pages than a case may is refused from its page count, before any is read."""
    count = pdf_page_count(path, source)
    if count > max_pages:
        raise TooManyPages(
            f"{source}: {count} pages, more than the {max_pages} a case may have",
            f"文件“{source}”共 {count} 页，超过每份案卷 {max_pages} 页的上限，请拆分后分别评查。",
            source=source,
        )


def _damaged_pages(source: str, numbers: list[int]) -> SourceError:
    """What a partly readable file could not give: its damaged pages, listed with the case's errors."""
    listed = "、".join(str(n) for n in numbers[:20]) + ("等" if len(numbers) > 20 else "")
    return SourceError(
        source=source,
        error="DamagedPages",
        message=f"文件“{source}”第 {listed} 页已损坏，无法读取（共 {len(numbers)} 页）；其余页面已照常评查。",
    )


def _iter_zip(path: Path, source: str, options: ReadOptions, scratch: Path) -> Iterator[Page | SourceError]:
    target = scratch / "zip"
    members = extract_zip(path, target, source, options.archive)
    members = [m for m in members if not any(_JUNK_NAMES.match(part) for part in m.relative_to(target).parts)]
    for member in sorted(members, key=lambda p: natural_key(p.relative_to(target).as_posix())):
        name = f"{source}/{member.relative_to(target).as_posix()}"
        yield from _iter_file(member, name, options, scratch / "inner", allow_zip=False)


def _read_document(path: Path, source: str, kind: str, options: ReadOptions, scratch: Path) -> Iterator[Page]:
    if kind == "pdf":
        yield from read_pdf(
            path, source, engine=options.pdf_engine, ocr=options.ocr, max_pixels=options.max_image_pixels
        )
    elif kind == "docx":
        yield from read_docx(path, source)
    elif kind == "ole":
        refuse_encrypted_ole(path, source)
        yield from read_docx(convert_legacy(path, source, options, scratch), source)
    else:
        yield from read_image(path, source, ocr=options.ocr, max_pixels=options.max_image_pixels)


def convert_legacy(path: Path, source: str, options: ReadOptions, scratch: Path) -> Path:
    """Convert .doc/.wps to .docx with LibreOffice headless; a clear error when it is not installed."""
    soffice = options.soffice or shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not Path(soffice).exists():
        raise ConverterMissing(f"{source}: LibreOffice (soffice) not found for .doc/.wps conversion", source=source)
    out_dir = scratch / "converted"
    out_dir.mkdir(parents=True, exist_ok=True)
    staged = out_dir / f"input{path.suffix or '.doc'}"
    shutil.copyfile(path, staged)
    command = [
        soffice,
        "--headless",
        "--norestore",
        f"-env:UserInstallation=file://{out_dir / 'profile'}",
        "--convert-to",
        "docx",
        "--outdir",
        str(out_dir),
        str(staged),
    ]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=options.converter_timeout_s)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
        raise CorruptFile(
            f"{source}: LibreOffice conversion failed ({error})", f"文件“{source}”转换失败，可能已损坏。", source=source
        ) from error
    converted = out_dir / "input.docx"
    if not converted.exists():
        raise CorruptFile(
            f"{source}: LibreOffice produced no output", f"文件“{source}”转换失败，可能已损坏。", source=source
        )
    return converted


def _error(error: BadInput, source: str) -> SourceError:
    return SourceError(source=error.source or source, error=type(error).__name__, message=error.user_message)
