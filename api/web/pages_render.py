"""Page images of a case file for the reviewer's viewer, and where each line sits on them.

The pages come from the layout the worker stored with the run (`StoredLayout`); only for older runs without one
are they read again with the same readers the pipeline used (so page numbers match the draft's evidence) — for
scans that is a whole OCR pass. They are drawn per format: PDF pages by pdfium; DOCX through LibreOffice's PDF
when it is installed (boxes then come from that PDF's text layer), else a text layout drawn with Pillow whose
boxes are recorded as it draws; images as they are. Everything is cached on disk by the sources' hashes, so a
page is drawn once.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from reviewer.core.errors import BadInput, CorruptFile
from reviewer.core.model import Page
from reviewer.core.settings import Settings
from reviewer.pipeline.sources import extract_archive, file_kind, read_pages, read_pdf_pages

#: pdfium is not thread-safe; FastAPI runs sync endpoints in a thread pool.
PDFIUM_LOCK = threading.Lock()
CJK_FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
A4 = (595.3, 841.9)
MARGIN = 72.0
MANIFEST_VERSION = 2


@dataclass
class PageLine:
    text: str
    #: (x0, top, x1, bottom) in the page's own units (points), top-left origin.
    box: tuple[float, float, float, float] | None


@dataclass
class PageView:
    """One page as the viewer knows it: where it comes from, how it is drawn, and its lines."""

    index: int
    source: str
    source_page: int
    origin: str
    #: pdf | office (LibreOffice's PDF of a DOCX) | layout (drawn from text) | image
    drawing: str
    width: float
    height: float
    lines: list[PageLine] = field(default_factory=list)


@dataclass(frozen=True)
class StoredLayout:
    """The pages a review run read, kept in the blob store; loaded only when the manifest is not cached yet.
    `load` answers None when the blob is gone, and the files are read instead."""

    key: str
    load: Callable[[], list[Page] | None]


class CaseRenderer:
    """Pages of one case file; `files` are (original name, path) in upload order."""

    def __init__(
        self,
        files: list[tuple[str, Path]],
        cache_dir: Path,
        settings: Settings,
        soffice: str | None = None,
        layout: StoredLayout | None = None,
    ):
        self.files = files
        self.settings = settings
        self.soffice = soffice if soffice is not None else (shutil.which("soffice") or shutil.which("libreoffice"))
        self.layout = layout
        # The run's layout is part of the key: a later run's lines are not hidden behind an older manifest.
        names = "|".join(f"{n}:{_file_key(p)}" for n, p in files) + (f"|layout:{layout.key}" if layout else "")
        key = hashlib.sha256(names.encode()).hexdigest()[:24]
        self.cache = cache_dir / key
        self._pages: list[PageView] | None = None

    # --- the manifest -----------------------------------------------------------------------------------------
    def pages(self) -> list[PageView]:
        """Every page of the case file with its lines; read once, then loaded from the cache."""
        if self._pages is None:
            manifest = self.cache / "manifest.json"
            if manifest.exists():
                data = json.loads(manifest.read_text(encoding="utf-8"))
                if data.get("version") == MANIFEST_VERSION:
                    self._pages = [_page_from_json(item) for item in data["pages"]]
            if self._pages is None:
                self._pages = self._read_pages()
                _write_atomic(
                    manifest,
                    json.dumps(
                        {"version": MANIFEST_VERSION, "pages": [asdict(p) for p in self._pages]}, ensure_ascii=False
                    ).encode(),
                )
        return self._pages

    def page(self, index: int) -> PageView | None:
        return next((p for p in self.pages() if p.index == index), None)

    def _read_pages(self) -> list[PageView]:
        pages = self.layout.load() if self.layout is not None else None
        if pages is None:
            folder = self._staged()
            paths = [folder / str(n) / name for n, (name, _) in enumerate(self.files)]
            with PDFIUM_LOCK:
                pages = read_pages(paths, self.settings)
        return [self._view(page) for page in pages]

    def _view(self, page: Page) -> PageView:
        kind = self._kind(page.source)
        width, height = page.width or A4[0], page.height or A4[1]
        lines = [PageLine(line.text, line.box) for line in page.lines]
        if kind == "pdf":
            return PageView(page.index, page.source, page.source_page, page.origin, "pdf", width, height, lines)
        if kind == "image":
            return PageView(page.index, page.source, page.source_page, page.origin, "image", width, height, lines)
        office = self._office_pdf(page.source)
        if office is not None:
            with PDFIUM_LOCK:
                converted = read_pdf_pages(office, page.source)
            if page.source_page <= len(converted):
                twin = converted[page.source_page - 1]
                return PageView(
                    page.index,
                    page.source,
                    page.source_page,
                    page.origin,
                    "office",
                    twin.width or width,
                    twin.height or height,
                    [PageLine(line.text, line.box) for line in twin.lines],
                )
        return PageView(
            page.index, page.source, page.source_page, page.origin, "layout", width, height, _layout_lines(page, width)
        )

    # --- the sources ------------------------------------------------------------------------------------------
    def _staged(self) -> Path:
        """The uploads under their original names (the readers name pages after them), as links."""
        folder = self.cache / "src"
        for number, (name, path) in enumerate(self.files):
            target = folder / str(number) / name
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.symlink(path.resolve(), target)
                except OSError:
                    shutil.copyfile(path, target)
        return folder

    def _source_path(self, source: str) -> Path:
        """The file a page came from; ZIP members are extracted next to the staged archive once."""
        folder = self._staged()
        for number, (name, _) in enumerate(self.files):
            if source == name:
                return folder / str(number) / name
            if source.startswith(name + "/"):
                return self._zip_member(folder / str(number) / name, number, source[len(name) + 1 :])
        raise CorruptFile(f"page source {source!r} is not among the case's files", "找不到该页所属的文件。")

    def _zip_member(self, archive: Path, number: int, member: str) -> Path:
        target = self.cache / "zip" / str(number)
        if not (target / member).exists():
            extract_archive(archive, target, self.settings)
        return target / member

    def _kind(self, source: str) -> str:
        path = self._source_path(source)
        try:
            return file_kind(path, source, self.settings)
        except BadInput:
            return "unknown"

    def _office_pdf(self, source: str) -> Path | None:
        """LibreOffice's PDF of a DOCX (cached); None when LibreOffice is missing or fails."""
        if not self.soffice:
            return None
        digest = hashlib.sha256(source.encode()).hexdigest()[:16]
        out = self.cache / "office" / digest
        produced = out / "input.pdf"
        if produced.exists():
            return produced
        out.mkdir(parents=True, exist_ok=True)
        staged = out / f"input{Path(source).suffix or '.docx'}"
        shutil.copyfile(self._source_path(source), staged)
        command = [
            self.soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{out / 'profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(staged),
        ]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=self.settings.converter_timeout_s)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError):
            return None
        return produced if produced.exists() else None

    # --- drawing ----------------------------------------------------------------------------------------------
    def render(self, index: int, width_px: int) -> bytes:
        """The page as PNG, `width_px` wide (clamped to 200..2400); cached per width."""
        view = self.page(index)
        if view is None:
            raise KeyError(index)
        width_px = max(200, min(int(width_px), 2400))
        cached = self.cache / "png" / f"{index}-{width_px}.png"
        if cached.exists():
            return cached.read_bytes()
        image = self._draw(view, width_px)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=False)
        data = buffer.getvalue()
        _write_atomic(cached, data)
        return data

    def _draw(self, view: PageView, width_px: int) -> Image.Image:
        scale = width_px / view.width
        if view.drawing in ("pdf", "office"):
            path = self._office_pdf(view.source) if view.drawing == "office" else self._source_path(view.source)
            with PDFIUM_LOCK:
                document = pdfium.PdfDocument(str(path))
                try:
                    image = document[view.source_page - 1].render(scale=scale).to_pil().convert("RGB")
                finally:
                    document.close()
            if image.width != width_px:
                image = image.resize((width_px, max(1, round(width_px * image.height / image.width))))
            return image
        if view.drawing == "image":
            with Image.open(self._source_path(view.source)) as original:
                image = original.convert("RGB")
            return image.resize((width_px, max(1, round(width_px * image.height / image.width))))
        return _draw_layout(view, scale)


def _file_key(path: Path) -> str:
    stat = path.stat()
    return f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}"


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _page_from_json(item: dict) -> PageView:
    lines = [PageLine(line["text"], tuple(line["box"]) if line["box"] else None) for line in item.pop("lines")]
    return PageView(**item, lines=lines)


@lru_cache(maxsize=64)
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if path.exists():
        return ImageFont.truetype(str(path), max(6, size))
    return ImageFont.load_default()


def _runs(text: str, size: float) -> list[tuple[str, ImageFont.FreeTypeFont | ImageFont.ImageFont]]:
    """Split text into runs per font: the CJK font lacks Latin digits, DejaVu lacks Han characters."""
    runs: list[tuple[str, Path]] = []
    for char in text:
        font = LATIN_FONT if ord(char) < 0x2E80 else CJK_FONT
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + char, font)
        else:
            runs.append((char, font))
    return [(chunk, _font(font, round(size))) for chunk, font in runs]


def _measure(text: str, size: float) -> float:
    return sum(font.getlength(chunk) for chunk, font in _runs(text, size))


@lru_cache(maxsize=8192)
def _char_width(char: str, size: float) -> float:
    return _measure(char, size)


def _wrap(text: str, size: float, usable: float) -> list[str]:
    """Break a line where the next character would pass the right margin (widths summed per character)."""
    rows, row, width = [], "", 0.0
    for char in text:
        advance = _char_width(char, size)
        if row and width + advance > usable:
            rows.append(row)
            row, width = "", 0.0
        row += char
        width += advance
    return [*rows, row] if row or not rows else rows


def _layout_lines(page: Page, width: float) -> list[PageLine]:
    """Place the page's lines top to bottom between the margins, wrapping long ones; the boxes are where
    `_draw_layout` will draw them (points)."""
    lines: list[PageLine] = []
    top = MARGIN
    usable = width - 2 * MARGIN
    for line in page.lines:
        size = line.size or 12.0
        for row in _wrap(line.text, size, usable):
            advance = _measure(row, size)
            left = MARGIN + (usable - advance) / 2 if line.align == "center" else MARGIN
            left = width - MARGIN - advance if line.align == "right" else left
            lines.append(PageLine(row, (round(left, 2), round(top, 2), round(left + advance, 2), round(top + size, 2))))
            top += size * 1.6
    return lines


def _draw_layout(view: PageView, scale: float) -> Image.Image:
    image = Image.new("RGB", (round(view.width * scale), round(view.height * scale)), "white")
    draw = ImageDraw.Draw(image)
    for line in view.lines:
        if line.box is None or not line.text:
            continue
        x, top, _, bottom = line.box
        x *= scale
        for chunk, font in _runs(line.text, (bottom - top) * scale):
            draw.text((x, top * scale), chunk, fill=(20, 20, 20), font=font)
            x += font.getlength(chunk)
    draw.rectangle((0, 0, image.width - 1, image.height - 1), outline=(200, 200, 200))
    return image
