"""DOCX reader: the body's paragraphs and table rows as lines, cut into pages the way Word would show them.
The package is read with `zipfile` + lxml, not python-docx proxies: one pass over the body XML keeps a
1,000-page file near a second. This module opens the package (refusing OLE, encrypted, mislabeled and damaged
files with typed errors) and walks the body in reading order into items: lines, blank paragraphs, images and
page/section markers (a red, seal-sized picture is also a seal marker, so the page is known to be sealed).
Formatting comes from `docx_styles`; page geometry and the cutting of items into pages
from `docx_pages`.
"""

from __future__ import annotations

import io
import logging
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from PIL import Image, UnidentifiedImageError

from extractors.readers.docx_pages import EMPTY_WARNING, IMAGE_ONLY_WARNING, Item, Section, paginate, text_lines
from extractors.readers.docx_styles import NS, PPR, RPR, VAL, Attrs, Styles, ppr_values, pt, rpr_values, w
from extractors.readers.seal_images import MIN_RED_SHARE, red_share, seal_sized
from extractors.sniff import OLE_MAGIC, is_encrypted_ooxml
from reviewer.core.errors import CorruptFile, EncryptedFile, FileTooLarge, MislabeledFile
from reviewer.core.model import Line, Page

__all__ = ["EMPTY_WARNING", "IMAGE_ONLY_WARNING", "read_docx"]

log = logging.getLogger(__name__)

_MAX_PART_BYTES = 256 * 1024 * 1024
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_PAGE_STARTS = {"nextPage", "oddPage", "evenPage"}
_OTHER_ZIPS = {"xl/workbook.xml": "，而是 Excel 表格", "ppt/presentation.xml": "，而是 PowerPoint 演示文稿"}

P, TBL, TR, TC, R, T, SDT, SDT_CONTENT, CUSTOM_XML = map(
    w, ("p", "tbl", "tr", "tc", "r", "t", "sdt", "sdtContent", "customXml")
)
SECTPR, BR, CR, TAB, HINT, DRAWING, PICT = map(
    w, ("sectPr", "br", "cr", "tab", "lastRenderedPageBreak", "drawing", "pict")
)
_INLINE = {w(t) for t in ("hyperlink", "ins", "smartTag", "customXml", "fldSimple", "moveTo", "sdt", "sdtContent")}
_SECT_PRS = "./w:p/w:pPr/w:sectPr | ./w:sdt/w:sdtContent/w:p/w:pPr/w:sectPr | ./w:sectPr"
_Nested = tuple[etree._Element, float]  # a nested table and the width of the cell holding it
_IMAGE = ".//*[local-name()='blip' or local-name()='imagedata']"
_EMBED = ".//*[local-name()='blip']/@*[local-name()='embed']"
_EMU_PER_PT = 12700
#: Pictures larger than this are photos or scans, not seals; they are not decoded.
_MAX_SEAL_BYTES = 4 * 1024 * 1024


# ── package ───────────────────────────────────────────────────────────────────────────────────────────


def read_docx(path: Path, source: str | None = None) -> list[Page]:
    """Read a DOCX into pages; raise `CorruptFile`, `MislabeledFile` or `EncryptedFile` when it cannot be."""
    source = source or path.name
    body, styles, headers, seals = _open_package(path, source)
    sect_prs = body.xpath(_SECT_PRS, namespaces=NS)
    sections = [Section.parse(s, headers) for s in sect_prs] or [Section()]
    walker = _Walker(styles, sections, seals=seals)
    walker.blocks(body)
    pages = paginate(walker.items, sections, source)
    log.debug("%s: %d pages%s", source, len(pages), " (estimated)" if pages[0].estimated else "")
    return pages


def _open_package(path: Path, source: str) -> tuple[etree._Element, Styles, dict[str, list[Line]], frozenset[str]]:
    """Body, styles, header lines by relationship id and the ids of red pictures, with the typed errors of a bad
    file."""
    with path.open("rb") as handle:
        if handle.read(8) == OLE_MAGIC:
            _refuse_ole(path, source)
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if "word/document.xml" not in names:
                kind = next((label for name, label in _OTHER_ZIPS.items() if name in names), "，而是普通 ZIP 压缩包")
                raise MislabeledFile(
                    f"{source}: ZIP without word/document.xml is not a Word document",
                    f"文件“{source}”不是 Word（DOCX）文档{kind}，请核对文件后重新上传。",
                    source=source,
                )
            body = _parse(package, "word/document.xml", source).find(w("body"))
            if body is None:
                raise CorruptFile(
                    f"{source}: word/document.xml has no w:body",
                    f"Word 文件“{source}”已损坏，没有正文。",
                    source=source,
                )
            rels = _relationships(package, "word/_rels/document.xml.rels")
            styles = Styles(_optional(package, rels.pop("styles", None), source))
            images = {rid: name for rid, name in rels.items() if rid.startswith("image:")}
            headers = {
                rid: _header_lines(_optional(package, name, source), styles)
                for rid, name in rels.items()
                if rid not in images
            }
            return body, styles, headers, _red_pictures(package, images, source)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        etree.XMLSyntaxError,
        NotImplementedError,
        KeyError,
        UnicodeDecodeError,
    ) as error:
        raise CorruptFile(
            f"{source}: DOCX cannot be read ({error!r})",
            f"Word 文件“{source}”已损坏或不完整，无法打开。",
            source=source,
        ) from error


def _refuse_ole(path: Path, source: str) -> None:
    """An encrypted DOCX is an OLE file holding an `EncryptedPackage` stream; any other OLE file is a .doc."""
    if is_encrypted_ooxml(path):
        raise EncryptedFile(
            f"{source}: DOCX is password protected (OLE EncryptedPackage)",
            f"Word 文件“{source}”设有打开密码（已加密），请取消密码后重新上传。",
            source=source,
        )
    raise MislabeledFile(
        f"{source}: OLE compound file (legacy .doc/.wps), not a DOCX",
        f"文件“{source}”是旧版 Word/WPS 文档（DOC），不是 DOCX。请另存为 DOCX 或 PDF 后上传。",
        source=source,
    )


def _parse(package: zipfile.ZipFile, name: str, source: str) -> etree._Element:
    if package.getinfo(name).file_size > _MAX_PART_BYTES:
        raise FileTooLarge(
            f"{source}: {name} unpacks to more than {_MAX_PART_BYTES} bytes",
            f"文件“{source}”的正文解压后超过 256 MB，无法读取，请拆分后上传。",
            source=source,
        )
    return etree.fromstring(package.read(name), _PARSER)


def _optional(package: zipfile.ZipFile, name: str | None, source: str) -> etree._Element | None:
    """Styles and headers only refine the text: a damaged one is logged and skipped, not fatal."""
    if not name or name not in package.NameToInfo:
        return None
    try:
        return _parse(package, name, source)
    except (zipfile.BadZipFile, zlib.error, EOFError, etree.XMLSyntaxError) as error:
        log.warning("%s: skipping damaged part %s (%r)", source, name, error)
        return None


def _red_pictures(package: zipfile.ZipFile, images: dict[str, str], source: str) -> frozenset[str]:
    """Relationship ids of the pictures whose pixels are largely red ink (an electronic seal's colour)."""
    red = set()
    for key, name in images.items():
        info = package.NameToInfo.get(name)
        if info is None or info.file_size > _MAX_SEAL_BYTES:
            continue
        try:
            with Image.open(io.BytesIO(package.read(name))) as picture:
                share = red_share(picture)
        except (UnidentifiedImageError, OSError, ValueError, zipfile.BadZipFile, zlib.error) as error:
            log.debug("%s: picture %s not decoded (%r)", source, name, error)
            continue
        if share >= MIN_RED_SHARE:
            red.add(key.removeprefix("image:"))
    return frozenset(red)


def _relationships(package: zipfile.ZipFile, rels_name: str) -> dict[str, str]:
    """Header part names by relationship id, the styles part under the key "styles", and image parts under
    "image:" + their id."""
    found: dict[str, str] = {}
    if rels_name not in package.NameToInfo:
        return found
    for rel in etree.fromstring(package.read(rels_name), _PARSER):
        target, kind = rel.get("Target", ""), rel.get("Type", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
        if kind.endswith("/styles"):
            found["styles"] = name
        elif kind.endswith("/header"):
            found[rel.get("Id", "")] = name
        elif kind.endswith("/image"):
            found["image:" + rel.get("Id", "")] = name
    return found


def _header_lines(root: etree._Element | None, styles: Styles) -> list[Line]:
    if root is None:
        return []
    walker = _Walker(styles, [Section()], floating=True)
    walker.blocks(root)
    return [item.line for item in walker.items if item.line is not None]


# ── walking the body ──────────────────────────────────────────────────────────────────────────────────


@dataclass(slots=True)
class _Run:
    text: str
    size: float | None
    bold: bool


class _Walker:
    """Turns block-level XML (body, cell, header) into `Item`s in reading order."""

    def __init__(
        self, styles: Styles, sections: list[Section], *, floating: bool = False, seals: frozenset[str] = frozenset()
    ):
        self.styles, self.sections, self.floating, self.seals = styles, sections, floating, seals
        self.items: list[Item] = []
        self.section = 0
        self.depth = 0  # table nesting: page breaks inside tables are not honoured, as in Word
        self.width = sections[0].text

    def blocks(self, container: etree._Element) -> None:
        for block in _children(container, P, TBL):
            if block.tag == TBL:
                self.table(block)
            else:
                self.paragraph(block)

    def paragraph(self, p: etree._Element) -> None:
        ppr = p.find(PPR)
        fmt = self._format(ppr)
        breaks, placed, runs = self.depth == 0 and not self.floating, False, []
        if breaks and fmt.get("break_before"):
            self.items.append(Item("before", section=self.section))
        for piece in [*_pieces(p, fmt, self.styles, self.seals), "end"]:
            if isinstance(piece, _Run):
                runs.append(piece)
                continue
            if (line := _make_line(runs, fmt)) is not None:
                self.items.append(self._measure(Item("line", line), line.text, line.size, fmt, first=not placed))
                placed = True
            runs = []
            if isinstance(piece, float):
                self.items.append(Item("image", line_h=0.0 if self.floating else piece, section=self.section))
                placed = True
            elif breaks and (piece == "hard" or (piece == "column" and self.sections[self.section].cols == 1)):
                self.items.append(Item("hard", section=self.section))
            elif breaks and piece == "hint":
                self.items.append(Item("hint", section=self.section))
            elif piece == "seal" and not self.floating:
                self.items.append(Item("seal", section=self.section))
        if not placed:
            self.items.append(self._measure(Item("blank"), "", None, fmt, first=True))
        if breaks and ppr is not None and ppr.find(SECTPR) is not None:
            self._end_section()

    def table(self, tbl: etree._Element) -> None:
        """One line per row; a nested table's rows follow the row that holds it."""
        grid = [pt(col, "w", 0.0) for col in tbl.iterfind("w:tblGrid/w:gridCol", NS)]
        outer, self.depth = self.width, self.depth + 1
        for row in _children(tbl, TR):
            cells = [self._cell(cell, width) for cell, width in _cells(row, grid, outer)]
            if any(hint for *_, hint, _ in cells) and self.depth == 1 and not self.floating:
                self.items.append(Item("hint", section=self.section))
            if any(lines for lines, *_ in cells):
                height = 0.0 if self.floating else max(h for *_, h in cells) + 2.0
                line = _row_line([lines for lines, *_ in cells])
                self.items.append(Item("line", line, line_h=height, section=self.section))
            for table, width in (pair for _, nested, *_ in cells for pair in nested):
                self.width = width
                self.table(table)
        self.width, self.depth = outer, self.depth - 1

    def _cell(self, cell: etree._Element, width: float) -> tuple[list[Line], list[_Nested], bool, float]:
        """A cell's paragraph lines, its nested tables, whether it holds a rendered page hint, its height."""
        lines, nested, hint, height = [], [], False, 0.0
        for block in _children(cell, P, TBL):
            if block.tag == TBL:
                nested.append((block, width))
                continue
            fmt = self._format(block.find(PPR))
            pieces = _pieces(block, fmt, self.styles, self.seals)
            hint = hint or "hint" in pieces
            if "seal" in pieces and not self.floating:
                self.items.append(Item("seal", section=self.section))
            pieces = [piece for piece in pieces if piece != "seal"]
            line = _make_line([p if isinstance(p, _Run) else _Run(" ", None, True) for p in pieces if p != "hint"], fmt)
            lines += [line] if line else []
            count, line_h = text_lines(line.text if line else "", line.size if line else None, width - 10.8, fmt, None)
            height += count * line_h
        return lines, nested, hint, height

    def _format(self, ppr: etree._Element | None) -> Attrs:
        style = ppr.find(w("pStyle")) if ppr is not None else None
        fmt = self.styles.paragraph(style.get(VAL) if style is not None else None)
        return {**fmt, **ppr_values(ppr)} if ppr is not None and len(ppr) else fmt

    def _measure(self, item: Item, text: str, size: float | None, fmt: Attrs, *, first: bool) -> Item:
        item.section = self.section
        if not self.floating:
            width = self.width - float(fmt.get("indent", 0.0))
            pitch = self.sections[self.section].pitch
            item.lines, item.line_h = text_lines(text, size or fmt.get("size"), width, fmt, pitch)
            item.extra = float(fmt.get("before", 0.0)) + float(fmt.get("after", 0.0)) if first else 0.0
        return item

    def _end_section(self) -> None:
        """The next section starts here, on a new page unless its own start type says otherwise."""
        if self.section + 1 >= len(self.sections):
            return
        self.section += 1
        following = self.sections[self.section]
        self.items.append(Item("section", section=self.section))
        if following.start in _PAGE_STARTS or (following.start == "nextColumn" and following.cols == 1):
            self.items.append(Item("hard", section=self.section))
        self.width = following.text


def _children(container: etree._Element, *tags: str) -> Iterator[etree._Element]:
    """Children with these tags, looking through content controls and custom-XML wrappers."""
    for child in container.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag == SDT and (content := child.find(SDT_CONTENT)) is not None:
            yield from _children(content, *tags)
        elif child.tag == CUSTOM_XML:
            yield from _children(child, *tags)


def _cells(row: etree._Element, grid: list[float], outer: float) -> list[tuple[etree._Element, float]]:
    """Cells that show content, with widths. Raw `w:tc`s hold a merged cell once (python-docx's `row.cells`
    repeats it per grid column); vertical and legacy horizontal merge continuations are skipped."""
    cells, column, raw = [], 0, list(_children(row, TC))
    for cell in raw:
        tcpr = cell.find(w("tcPr"))
        span_el = tcpr.find(w("gridSpan")) if tcpr is not None else None
        span = int(span_el.get(VAL)) if span_el is not None and (span_el.get(VAL) or "").isdigit() else 1
        width = sum(grid[column : column + span]) if column + span <= len(grid) else outer / len(raw)
        column += span
        merges = [tcpr.find(w("vMerge")), tcpr.find(w("hMerge"))] if tcpr is not None else []
        if not any(m is not None and m.get(VAL, "continue") != "restart" for m in merges):
            cells.append((cell, width))
    return cells


def _runs(element: etree._Element) -> Iterator[etree._Element]:
    """Runs in reading order through hyperlinks, insertions and fields; deleted or moved-away text is not."""
    for child in element.iterchildren():
        if child.tag == R:
            yield child
        elif child.tag in _INLINE:
            yield from _runs(child)


def _is_seal(drawing: etree._Element, seals: frozenset[str]) -> bool:
    """A drawing showing one of the red pictures at about a seal's size."""
    if not seals or not any(rid in seals for rid in drawing.xpath(_EMBED)):
        return False
    extent = drawing.xpath(".//wp:extent", namespaces=NS)
    if not extent:
        return False
    try:
        width, tall = (float(extent[0].get(a, "0")) / _EMU_PER_PT for a in ("cx", "cy"))
    except ValueError:
        return False
    return seal_sized(width, tall)


def _pieces(
    p: etree._Element, fmt: Attrs, styles: Styles, seals: frozenset[str] = frozenset()
) -> list[_Run | str | float]:
    """Text runs and markers ("soft", "hard", "column", "hint"; an image as its height in points, followed by
    "seal" when it is a seal picture)."""
    pieces: list[_Run | str | float] = []
    for run in _runs(p):
        values = fmt
        if (rpr := run.find(RPR)) is not None:
            style = rpr.find(w("rStyle"))
            values = {**fmt, **styles.character(style.get(VAL) if style is not None else None), **rpr_values(rpr)}
            if values.get("hidden"):
                continue
        size, bold = values.get("size"), bool(values.get("bold", False))
        for child in run.iterchildren():
            tag = child.tag
            if tag == T:
                pieces.append(_Run(child.text or "", size, bold))
            elif tag == TAB:
                pieces.append(_Run(" ", size, bold))
            elif tag in (BR, CR):
                kind = child.get(w("type")) if tag == BR else None
                pieces.append({"page": "hard", "column": "column"}.get(kind or "", "soft"))
            elif tag == HINT:
                pieces.append("hint")
            elif (tag in (DRAWING, PICT)) and child.xpath(_IMAGE):
                extent = child.xpath(".//wp:extent/@cy", namespaces=NS)
                pieces.append(float(extent[0]) / _EMU_PER_PT if extent and extent[0].isdigit() else 100.0)
                if _is_seal(child, seals):
                    pieces.append("seal")
    return pieces


def _make_line(runs: list[_Run], fmt: Attrs) -> Line | None:
    text = "".join(run.text for run in runs).replace("\n", " ").replace("\r", " ").strip()
    if not text:
        return None
    visible = [run for run in runs if run.text.strip()]
    sizes = [run.size for run in visible if run.size]
    return Line(
        text=text,
        size=max(sizes) if sizes else None,
        align=fmt.get("align", "left"),
        bold=all(run.bold for run in visible),
    )


def _row_line(cells: list[list[Line]]) -> Line:
    """A table row: paragraphs of a cell joined by one space, cells by two; layout hints when all agree."""
    lines = [line for cell in cells for line in cell]
    sizes, aligns = [line.size for line in lines if line.size], {line.align for line in lines}
    text = "  ".join(joined for cell in cells if (joined := " ".join(line.text for line in cell)))
    return Line(
        text=text,
        size=max(sizes) if sizes else None,
        align=aligns.pop() if len(aligns) == 1 else None,
        bold=all(line.bold for line in lines),
    )
