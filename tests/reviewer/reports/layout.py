"""Exports as LibreOffice prints them, measured: convert to PDF (and PNG for people to look at), then rebuild each
table cell from the ruling lines LibreOffice draws and read the text lines inside it, char boxes and all.

Only what a reader would notice is measured: a short word broken across two lines of its cell, a header wider than
its column, pages per item.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

#: A ruling line is thinner than this (points); rules closer than this are the same rule.
_THIN = 2.0
#: Runs that must never be split between lines: figures, Latin words, codes like 12.5 or a-b.
_RUN = re.compile(r"[0-9A-Za-z]+(?:[.\-/:][0-9A-Za-z]+)*")


@dataclass
class Cell:
    """A table cell found on a page: its box (points, origin bottom-left) and its text, line by line."""

    left: float
    right: float
    bottom: float
    top: float
    lines: list[str] = field(default_factory=list)
    #: Leftmost and rightmost ink of the text, to compare with the cell's width.
    ink: tuple[float, float] | None = None

    @property
    def text(self) -> str:
        return "".join(self.lines)

    @property
    def width(self) -> float:
        return self.right - self.left


@dataclass
class RenderedPage:
    number: int
    size: tuple[float, float]
    cells: list[Cell]
    text: str


def to_pdf(files: Iterable[Path], out: Path) -> dict[Path, Path]:
    """Each file converted by LibreOffice headless (one process for all); file → its PDF."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) missing: run scripts/install-system-deps.sh"
    files = list(files)
    profile = out / "profile"
    command = [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}"]
    subprocess.run(
        [*command, "--convert-to", "pdf", "--outdir", str(out), *map(str, files)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    found = {path: out / f"{path.stem}.pdf" for path in files}
    missing = [str(path) for path, pdf in found.items() if not pdf.exists()]
    assert not missing, f"LibreOffice made no PDF of {missing} (is libreoffice-calc-nogui installed for XLSX?)"
    return found


def to_pngs(pdf: Path, folder: Path, stem: str, scale: float = 1.5) -> list[Path]:
    """Every page of `pdf` as `folder/stem-N.png`."""
    folder.mkdir(parents=True, exist_ok=True)
    document = pdfium.PdfDocument(str(pdf))
    try:
        paths = []
        for index in range(len(document)):
            path = folder / f"{stem}-{index + 1}.png"
            document[index].render(scale=scale).to_pil().save(path)
            paths.append(path)
        return paths
    finally:
        document.close()


def read_pages(pdf: Path) -> list[RenderedPage]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [_read_page(document[index], index + 1) for index in range(len(document))]
    finally:
        document.close()


def _rules(page: pdfium.PdfPage) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Vertical rules as (x, bottom, top) and horizontal ones as (y, left, right)."""
    vertical, horizontal = [], []
    for item in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,)):
        left, bottom, right, top = item.get_bounds()
        if right - left < _THIN and top - bottom > _THIN:
            vertical.append(((left + right) / 2, bottom, top))
        elif top - bottom < _THIN and right - left > _THIN:
            horizontal.append(((bottom + top) / 2, left, right))
    return vertical, horizontal


def _cell_of(x: float, y: float, vertical: list, horizontal: list) -> tuple[float, float, float, float] | None:
    """The box of the rules around (x, y): the nearest rule on each side that spans the point."""
    lefts = [v[0] for v in vertical if v[0] <= x and v[1] - 1 <= y <= v[2] + 1]
    rights = [v[0] for v in vertical if v[0] > x and v[1] - 1 <= y <= v[2] + 1]
    belows = [h[0] for h in horizontal if h[0] <= y and h[1] - 1 <= x <= h[2] + 1]
    aboves = [h[0] for h in horizontal if h[0] > y and h[1] - 1 <= x <= h[2] + 1]
    if not (lefts and rights and belows and aboves):
        return None
    return round(max(lefts), 1), round(min(rights), 1), round(max(belows), 1), round(min(aboves), 1)


def _read_page(page: pdfium.PdfPage, number: int) -> RenderedPage:
    vertical, horizontal = _rules(page)
    textpage = page.get_textpage()
    chars: dict[tuple[float, float, float, float], list[_Char]] = {}
    for index in range(textpage.count_chars()):
        text = textpage.get_text_range(index, 1)
        if not text.strip():
            continue
        left, bottom, right, top = textpage.get_charbox(index)
        box = _cell_of((left + right) / 2, (bottom + top) / 2, vertical, horizontal)
        if box is not None:
            chars.setdefault(box, []).append(_Char(text, left, bottom, right, top))
    cells = [_cell(box, items) for box, items in chars.items()]
    width, height = page.get_size()
    return RenderedPage(number, (width, height), cells, textpage.get_text_range())


@dataclass(frozen=True)
class _Char:
    text: str
    left: float
    bottom: float
    right: float
    top: float

    @property
    def middle(self) -> float:
        return (self.bottom + self.top) / 2


def _cell(box: tuple[float, float, float, float], items: list[_Char]) -> Cell:
    """The cell's chars grouped into lines, top line first: a char whose middle lies within the height of the line
    being built belongs to it (punctuation such as 、 sits low in its line but inside it)."""
    lines: list[list[_Char]] = []
    span = (0.0, 0.0)
    for char in sorted(items, key=lambda c: -c.middle):
        if lines and span[0] - 1 <= char.middle <= span[1] + 1:
            lines[-1].append(char)
            span = (min(span[0], char.bottom), max(span[1], char.top))
        else:
            lines.append([char])
            span = (char.bottom, char.top)
    left, right, bottom, top = box
    ink = (min(c.left for c in items), max(c.right for c in items))
    texts = ["".join(c.text for c in sorted(line, key=lambda c: c.left)) for line in lines]
    return Cell(left, right, bottom, top, texts, ink)


def broken_words(cell: Cell, *, shorter_than: int = 8) -> list[str]:
    """Words of fewer than `shorter_than` characters that the layout split between two lines of `cell`: the whole
    text of a short cell (待定, 本案不适用, a header), and any run of figures or Latin letters (19, 2023, 3.5)."""
    if len(cell.lines) < 2:
        return []
    text = cell.text
    if len(text) < shorter_than:
        return [text]
    breaks = set()
    position = 0
    for line in cell.lines[:-1]:
        position += len(line)
        breaks.add(position)
    return [
        match.group(0)
        for match in _RUN.finditer(text)
        if len(match.group(0)) < shorter_than and any(match.start() < b < match.end() for b in breaks)
    ]


def header_cells(page: RenderedPage, head: Iterable[str]) -> dict[str, Cell]:
    """The cells of a table's header row on `page`, by their text (the first such row from the top)."""
    wanted = set(head)
    found: dict[str, Cell] = {}
    for cell in sorted(page.cells, key=lambda c: -c.top):
        if cell.text in wanted and cell.text not in found:
            found[cell.text] = cell
    return found
