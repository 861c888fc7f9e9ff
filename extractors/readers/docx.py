"""DOCX reader: the body's paragraphs and table rows as lines, cut into pages the way Word would show them.

The package is read with `zipfile` + lxml, not python-docx proxies: one pass over the body XML keeps a
1,000-page file near a second. Page boundaries come from, in order of trust:

1. explicit breaks: `w:br w:type="page"`, `pageBreakBefore`, and section breaks whose *next* section starts
   on a new page (in OOXML a section's `w:type` says how that section begins). When Word's rendered hints
   (`w:lastRenderedPageBreak`) follow every explicit break they come from the last save of this very text,
   so their other boundaries (pages that simply filled up) are used as well;
2. rendered hints alone;
3. neither: pages are estimated from page size, margins, font size and line spacing (`Page.estimated`).

A section's default header is put once, at the top of the first page the section starts; a header equal to
the one already shown (or linked to it) is not repeated. Footers are ignored: in case files they hold page
numbers (`PAGE` fields whose cached values are stale) and nothing the review needs.
"""

from __future__ import annotations

import logging
import math
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from reviewer.errors import CorruptFile, EncryptedFile, FileTooLarge, MislabeledFile
from reviewer.model import Line, Page

log = logging.getLogger(__name__)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
NS = {"w": W_NS, "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"}
IMAGE_ONLY_WARNING = "本页只有图片、没有文字（可能是粘贴的扫描件），图片中的文字未能读取。"
EMPTY_WARNING = "文档中没有文字内容。"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_PART_BYTES = 256 * 1024 * 1024
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_OFF = {"0", "false", "off", "none"}
_ALIGN = {"center": "center", "right": "right", "end": "right"}
_PAGE_STARTS = {"nextPage", "oddPage", "evenPage"}
_DEFAULT_SIZE = 10.5  # 五号: what Chinese Word templates use when nothing says otherwise
_LINE_FACTOR = 1.3  # single line spacing of 宋体/仿宋 is about 1.3 em
_OTHER_ZIPS = {"xl/workbook.xml": "，而是 Excel 表格", "ppt/presentation.xml": "，而是 PowerPoint 演示文稿"}


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


P, TBL, TR, TC, R, T, SDT, SDT_CONTENT, CUSTOM_XML = map(
    _w, ("p", "tbl", "tr", "tc", "r", "t", "sdt", "sdtContent", "customXml"))
PPR, RPR, SECTPR, BR, CR, TAB, HINT, DRAWING, PICT = map(
    _w, ("pPr", "rPr", "sectPr", "br", "cr", "tab", "lastRenderedPageBreak", "drawing", "pict"))
_INLINE = {_w(t) for t in ("hyperlink", "ins", "smartTag", "customXml", "fldSimple", "moveTo", "sdt", "sdtContent")}
VAL = _w("val")
_SECT_PRS = "./w:p/w:pPr/w:sectPr | ./w:sdt/w:sdtContent/w:p/w:pPr/w:sectPr | ./w:sectPr"
Attrs = dict[str, object]
_Nested = tuple[etree._Element, float]  # a nested table and the width of the cell holding it
_IMAGE = ".//*[local-name()='blip' or local-name()='imagedata']"


# ── package ───────────────────────────────────────────────────────────────────────────────────────────


def read_docx(path: Path, source: str | None = None) -> list[Page]:
    """Read a DOCX into pages; raise `CorruptFile`, `MislabeledFile` or `EncryptedFile` when it cannot be."""
    source = source or path.name
    body, styles, headers = _open_package(path, source)
    sect_prs = body.xpath(_SECT_PRS, namespaces=NS)
    sections = [_Section.parse(s, headers) for s in sect_prs] or [_Section()]
    walker = _Walker(styles, sections)
    walker.blocks(body)
    pages = _paginate(walker.items, sections, source)
    log.debug("%s: %d pages%s", source, len(pages), " (estimated)" if pages[0].estimated else "")
    return pages


def _open_package(path: Path, source: str) -> tuple[etree._Element, _Styles, dict[str, list[Line]]]:
    """Body, styles and header lines by relationship id, with the typed errors of a bad file."""
    with path.open("rb") as handle:
        if handle.read(8) == _OLE_MAGIC:
            _refuse_ole(path, source)
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if "word/document.xml" not in names:
                kind = next((label for name, label in _OTHER_ZIPS.items() if name in names), "，而是普通 ZIP 压缩包")
                raise MislabeledFile(f"{source}: ZIP without word/document.xml is not a Word document",
                                     f"文件“{source}”不是 Word（DOCX）文档{kind}，请核对文件后重新上传。", source=source)
            body = _parse(package, "word/document.xml", source).find(_w("body"))
            if body is None:
                raise CorruptFile(f"{source}: word/document.xml has no w:body",
                                  f"Word 文件“{source}”已损坏，没有正文。", source=source)
            rels = _relationships(package, "word/_rels/document.xml.rels")
            styles = _Styles(_optional(package, rels.pop("styles", None), source))
            headers = {rid: _header_lines(_optional(package, name, source), styles) for rid, name in rels.items()}
            return body, styles, headers
    except (zipfile.BadZipFile, zlib.error, EOFError, etree.XMLSyntaxError, NotImplementedError, KeyError) as error:
        raise CorruptFile(f"{source}: DOCX cannot be read ({error!r})",
                          f"Word 文件“{source}”已损坏或不完整，无法打开。", source=source) from error


def _refuse_ole(path: Path, source: str) -> None:
    """An encrypted DOCX is an OLE file holding an `EncryptedPackage` stream; any other OLE file is a .doc."""
    if "EncryptedPackage".encode("utf-16-le") in path.read_bytes():
        raise EncryptedFile(f"{source}: DOCX is password protected (OLE EncryptedPackage)",
                            f"Word 文件“{source}”设有打开密码（已加密），请取消密码后重新上传。", source=source)
    raise MislabeledFile(f"{source}: OLE compound file (legacy .doc/.wps), not a DOCX",
                         f"文件“{source}”是旧版 Word/WPS 文档（DOC），不是 DOCX。请另存为 DOCX 或 PDF 后上传。", source=source)


def _parse(package: zipfile.ZipFile, name: str, source: str) -> etree._Element:
    if package.getinfo(name).file_size > _MAX_PART_BYTES:
        raise FileTooLarge(f"{source}: {name} unpacks to more than {_MAX_PART_BYTES} bytes",
                           f"文件“{source}”的正文解压后超过 256 MB，无法读取，请拆分后上传。", source=source)
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


def _relationships(package: zipfile.ZipFile, rels_name: str) -> dict[str, str]:
    """Header part names by relationship id, and the styles part under the key "styles"."""
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
    return found


def _header_lines(root: etree._Element | None, styles: _Styles) -> list[Line]:
    if root is None:
        return []
    walker = _Walker(styles, [_Section()], floating=True)
    walker.blocks(root)
    return [item.line for item in walker.items if item.line is not None]


# ── formatting ────────────────────────────────────────────────────────────────────────────────────────


def _on(element: etree._Element) -> bool:
    return element.get(VAL, "true").lower() not in _OFF


def _pt(element: etree._Element | None, attr: str, default: float | None = None) -> float | None:
    """A twips attribute in points."""
    value = element.get(_w(attr)) if element is not None else None
    try:
        return float(value) / 20 if value is not None else default
    except ValueError:
        return default


def _ppr_values(ppr: etree._Element | None) -> Attrs:
    """The paragraph properties we use, only those the element sets, so styles can be layered."""
    values: Attrs = {}
    if ppr is None:
        return values
    if (jc := ppr.find(_w("jc"))) is not None:
        values["align"] = _ALIGN.get(jc.get(VAL, ""), "left")
    if (pbb := ppr.find(_w("pageBreakBefore"))) is not None:
        values["break_before"] = _on(pbb)
    if (spacing := ppr.find(_w("spacing"))) is not None:
        values.update({key: v for key in ("before", "after", "line") if (v := _pt(spacing, key)) is not None})
        if rule := spacing.get(_w("lineRule")):
            values["rule"] = rule
    if (ind := ppr.find(_w("ind"))) is not None:
        values["indent"] = sum(_pt(ind, key, 0.0) for key in ("left", "start", "right", "end"))
        values["first"] = _pt(ind, "firstLine", 0.0) - _pt(ind, "hanging", 0.0)
    return values


def _rpr_values(rpr: etree._Element | None) -> Attrs:
    values: Attrs = {}
    if rpr is None:
        return values
    if (sz := rpr.find(_w("sz"))) is not None and (sz.get(VAL) or "").isdigit():
        values["size"] = int(sz.get(VAL)) / 2
    if (bold := rpr.find(_w("b"))) is not None:
        values["bold"] = _on(bold)
    if (vanish := rpr.find(_w("vanish"))) is not None:
        values["hidden"] = _on(vanish)
    return values


class _Styles:
    """Style look-ups along `basedOn` chains, cached: most paragraphs share a handful of styles."""

    def __init__(self, root: etree._Element | None):
        found = root.iterfind("w:style", NS) if root is not None else ()
        self._styles = {style.get(_w("styleId")): style for style in found}
        self.default = next((sid for sid, s in self._styles.items() if s.get(_w("type")) == "paragraph"
                             and s.get(_w("default"), "0") in {"1", "true", "on"}), None)
        defaults = root.find("w:docDefaults", NS) if root is not None else None
        self._defaults = {} if defaults is None else {**_ppr_values(defaults.find("w:pPrDefault/w:pPr", NS)),
                                                      **_rpr_values(defaults.find("w:rPrDefault/w:rPr", NS))}
        self._cache: dict[tuple[str | None, bool], Attrs] = {}

    def paragraph(self, style_id: str | None) -> Attrs:
        """Merged pPr/rPr values of a paragraph style (the default style when none is named)."""
        return self._resolve(style_id or self.default, True)

    def character(self, style_id: str | None) -> Attrs:
        return self._resolve(style_id, False) if style_id else {}

    def _resolve(self, style_id: str | None, with_defaults: bool) -> Attrs:
        key = (style_id, with_defaults)
        if key not in self._cache:
            chain: list[etree._Element] = []
            while style_id in self._styles and len(chain) < 20:
                chain.append(self._styles[style_id])
                based = chain[-1].find("w:basedOn", NS)
                style_id = based.get(VAL) if based is not None else None
            values = dict(self._defaults) if with_defaults else {}
            for style in reversed(chain):
                values.update(_ppr_values(style.find(PPR)), **_rpr_values(style.find(RPR)))
            self._cache[key] = values
        return self._cache[key]


@dataclass
class _Section:
    """Page geometry in points and start type of a section; `header` None means linked to the previous."""

    width: float = 595.3
    height: float = 841.9
    body: float = 697.9  # height less top and bottom margins
    text: float = 415.3  # width less left and right margins
    pitch: float | None = None  # document-grid line pitch, when lines snap to it
    start: str = "nextPage"
    cols: int = 1
    header: list[Line] | None = None

    @classmethod
    def parse(cls, sect: etree._Element, headers: dict[str, list[Line]]) -> _Section:
        size, margin, grid = sect.find(_w("pgSz")), sect.find(_w("pgMar")), sect.find(_w("docGrid"))
        width, height = _pt(size, "w", 595.3), _pt(size, "h", 841.9)
        vertical = abs(_pt(margin, "top", 72.0)) + abs(_pt(margin, "bottom", 72.0))
        snaps = grid is not None and grid.get(_w("type")) in {"lines", "linesAndChars", "snapToChars"}
        start, cols = sect.find(_w("type")), sect.find(_w("cols"))
        refs = [ref.get(R_ID) for ref in sect.iterfind("w:headerReference", NS) if ref.get(_w("type")) == "default"]
        return cls(
            width=round(width, 1), height=round(height, 1), body=max(height - vertical, 72.0),
            text=max(width - _pt(margin, "left", 90.0) - _pt(margin, "right", 90.0), 72.0),
            pitch=_pt(grid, "linePitch") if snaps else None,
            start=start.get(VAL, "nextPage") if start is not None else "nextPage",
            cols=int(cols.get(_w("num"))) if cols is not None and (cols.get(_w("num")) or "").isdigit() else 1,
            header=headers.get(refs[0], []) if refs else None,
        )


# ── walking the body ──────────────────────────────────────────────────────────────────────────────────


@dataclass(slots=True)
class _Item:
    """One thing in reading order: a line, a blank paragraph, an image, or a page/section marker."""

    kind: str  # line | blank | image | hard | before | hint | section
    line: Line | None = None
    lines: int = 1  # visual lines, so an estimated page can cut a long paragraph
    line_h: float = 0.0
    extra: float = 0.0  # spacing before and after
    section: int = 0

    @property
    def height(self) -> float:
        return self.lines * self.line_h + self.extra


@dataclass(slots=True)
class _Run:
    text: str
    size: float | None
    bold: bool


class _Walker:
    """Turns block-level XML (body, cell, header) into `_Item`s in reading order."""

    def __init__(self, styles: _Styles, sections: list[_Section], *, floating: bool = False):
        self.styles, self.sections, self.floating = styles, sections, floating
        self.items: list[_Item] = []
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
            self.items.append(_Item("before", section=self.section))
        for piece in [*_pieces(p, fmt, self.styles), "end"]:
            if isinstance(piece, _Run):
                runs.append(piece)
                continue
            if (line := _make_line(runs, fmt)) is not None:
                self.items.append(self._measure(_Item("line", line), line.text, line.size, fmt, first=not placed))
                placed = True
            runs = []
            if isinstance(piece, float):
                self.items.append(_Item("image", line_h=0.0 if self.floating else piece, section=self.section))
                placed = True
            elif breaks and (piece == "hard" or (piece == "column" and self.sections[self.section].cols == 1)):
                self.items.append(_Item("hard", section=self.section))
            elif breaks and piece == "hint":
                self.items.append(_Item("hint", section=self.section))
        if not placed:
            self.items.append(self._measure(_Item("blank"), "", None, fmt, first=True))
        if breaks and ppr is not None and ppr.find(SECTPR) is not None:
            self._end_section()

    def table(self, tbl: etree._Element) -> None:
        """One line per row; a nested table's rows follow the row that holds it."""
        grid = [_pt(col, "w", 0.0) for col in tbl.iterfind("w:tblGrid/w:gridCol", NS)]
        outer, self.depth = self.width, self.depth + 1
        for row in _children(tbl, TR):
            cells = [self._cell(cell, width) for cell, width in _cells(row, grid, outer)]
            if any(hint for *_, hint, _ in cells) and self.depth == 1 and not self.floating:
                self.items.append(_Item("hint", section=self.section))
            if any(lines for lines, *_ in cells):
                height = 0.0 if self.floating else max(h for *_, h in cells) + 2.0
                line = _row_line([lines for lines, *_ in cells])
                self.items.append(_Item("line", line, line_h=height, section=self.section))
            for nested, width in (pair for _, nested, *_ in cells for pair in nested):
                self.width = width
                self.table(nested)
        self.width, self.depth = outer, self.depth - 1

    def _cell(self, cell: etree._Element, width: float) -> tuple[list[Line], list[_Nested], bool, float]:
        """A cell's paragraph lines, its nested tables, whether it holds a rendered page hint, its height."""
        lines, nested, hint, height = [], [], False, 0.0
        for block in _children(cell, P, TBL):
            if block.tag == TBL:
                nested.append((block, width))
                continue
            fmt = self._format(block.find(PPR))
            pieces = _pieces(block, fmt, self.styles)
            hint = hint or "hint" in pieces
            line = _make_line([p if isinstance(p, _Run) else _Run(" ", None, True) for p in pieces if p != "hint"], fmt)
            lines += [line] if line else []
            count, line_h = _text_lines(line.text if line else "", line.size if line else None, width - 10.8, fmt, None)
            height += count * line_h
        return lines, nested, hint, height

    def _format(self, ppr: etree._Element | None) -> Attrs:
        style = ppr.find(_w("pStyle")) if ppr is not None else None
        fmt = self.styles.paragraph(style.get(VAL) if style is not None else None)
        return {**fmt, **_ppr_values(ppr)} if ppr is not None and len(ppr) else fmt

    def _measure(self, item: _Item, text: str, size: float | None, fmt: Attrs, *, first: bool) -> _Item:
        item.section = self.section
        if not self.floating:
            width = self.width - float(fmt.get("indent", 0.0))
            pitch = self.sections[self.section].pitch
            item.lines, item.line_h = _text_lines(text, size or fmt.get("size"), width, fmt, pitch)
            item.extra = float(fmt.get("before", 0.0)) + float(fmt.get("after", 0.0)) if first else 0.0
        return item

    def _end_section(self) -> None:
        """The next section starts here, on a new page unless its own start type says otherwise."""
        if self.section + 1 >= len(self.sections):
            return
        self.section += 1
        following = self.sections[self.section]
        self.items.append(_Item("section", section=self.section))
        if following.start in _PAGE_STARTS or (following.start == "nextColumn" and following.cols == 1):
            self.items.append(_Item("hard", section=self.section))
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
        tcpr = cell.find(_w("tcPr"))
        span_el = tcpr.find(_w("gridSpan")) if tcpr is not None else None
        span = int(span_el.get(VAL)) if span_el is not None and (span_el.get(VAL) or "").isdigit() else 1
        width = sum(grid[column:column + span]) if column + span <= len(grid) else outer / len(raw)
        column += span
        merges = [tcpr.find(_w("vMerge")), tcpr.find(_w("hMerge"))] if tcpr is not None else []
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


def _pieces(p: etree._Element, fmt: Attrs, styles: _Styles) -> list[_Run | str | float]:
    """Text runs and markers ("soft", "hard", "column", "hint"; an image as its height in points)."""
    pieces: list[_Run | str | float] = []
    for run in _runs(p):
        values = fmt
        if (rpr := run.find(RPR)) is not None:
            style = rpr.find(_w("rStyle"))
            values = {**fmt, **styles.character(style.get(VAL) if style is not None else None), **_rpr_values(rpr)}
            if values.get("hidden"):
                continue
        size, bold = values.get("size"), bool(values.get("bold", False))
        for child in run.iterchildren():
            tag = child.tag
            if tag == T:
                pieces.append(_Run(child.text or "", size, bold))
            elif tag == TAB:
                pieces.append(_Run(" ", size, bold))
            elif tag == BR or tag == CR:
                kind = child.get(_w("type")) if tag == BR else None
                pieces.append({"page": "hard", "column": "column"}.get(kind, "soft"))
            elif tag == HINT:
                pieces.append("hint")
            elif (tag == DRAWING or tag == PICT) and child.xpath(_IMAGE):
                extent = child.xpath(".//wp:extent/@cy", namespaces=NS)
                pieces.append(float(extent[0]) / 12700 if extent and extent[0].isdigit() else 100.0)
    return pieces


def _make_line(runs: list[_Run], fmt: Attrs) -> Line | None:
    text = "".join(run.text for run in runs).replace("\n", " ").replace("\r", " ").strip()
    if not text:
        return None
    visible = [run for run in runs if run.text.strip()]
    sizes = [run.size for run in visible if run.size]
    return Line(text=text, size=max(sizes) if sizes else None, align=fmt.get("align", "left"),
                bold=all(run.bold for run in visible))


def _row_line(cells: list[list[Line]]) -> Line:
    """A table row: paragraphs of a cell joined by one space, cells by two; layout hints when all agree."""
    lines = [line for cell in cells for line in cell]
    sizes, aligns = [line.size for line in lines if line.size], {line.align for line in lines}
    text = "  ".join(joined for cell in cells if (joined := " ".join(line.text for line in cell)))
    return Line(text=text, size=max(sizes) if sizes else None, align=aligns.pop() if len(aligns) == 1 else None,
                bold=all(line.bold for line in lines))


def _text_lines(text: str, size: float | None, width: float, fmt: Attrs, pitch: float | None) -> tuple[int, float]:
    """Visual lines and line height of a paragraph: CJK chars are 1 em wide, others about half an em."""
    size = size or _DEFAULT_SIZE
    wide = (len(text.encode("utf-8")) - len(text)) / 2  # a 3-byte CJK char counts 1, a 2-byte one 0.5
    needed = (wide + (len(text) - wide) * 0.5) * size + max(float(fmt.get("first", 0.0)), 0.0)
    count = max(1, math.ceil(needed / max(width, size) - 1e-6))
    rule, line = fmt.get("rule", "auto"), fmt.get("line")
    if rule == "exact" and line:
        return count, float(line)
    height = size * _LINE_FACTOR * (float(line) / 12 if line and rule == "auto" else 1.0)  # auto: 240ths of a line
    if rule == "atLeast" and line:
        height = max(height, float(line))
    return count, math.ceil(height / pitch - 0.05) * pitch if pitch else height


# ── pages ─────────────────────────────────────────────────────────────────────────────────────────────


@dataclass
class _Draft:
    section: int
    lines: list[Line]
    body_lines: int = 0
    images: int = 0
    used: float = 0.0
    placed: bool = False  # anything, blank paragraphs included, is on the page

    @property
    def content(self) -> bool:
        return bool(self.body_lines or self.images)


class _Cutter:
    """Cuts the item stream into page drafts by the chosen rule."""

    def __init__(self, sections: list[_Section], *, hints: bool, estimate: bool):
        self.sections, self.hints, self.estimate = sections, hints, estimate
        self.headers: list[list[Line]] = []
        for section in sections:  # a section without its own header shows the previous one
            self.headers.append(section.header if section.header is not None else (self.headers or [[]])[-1])
        self.pending, self.shown, self.section = self.headers[0], _joined(self.headers[0]), 0
        self.drafts: list[_Draft] = []
        self._new_page()

    def run(self, items: list[_Item]) -> list[_Draft]:
        for item in items:
            page = self.drafts[-1]
            if item.kind == "section":
                self.section = item.section
                if _joined(header := self.headers[item.section]) != self.shown:
                    self.pending, self.shown = header, _joined(header)
            elif item.kind == "hard" or (item.kind == "before" and page.placed):
                self._new_page()
            elif item.kind == "hint" and self.hints and page.content:
                self._new_page()
            elif item.kind not in {"before", "hint"}:
                self._place(item)
        return self.drafts

    def _new_page(self) -> None:
        self.drafts.append(_Draft(self.section, list(self.pending)))
        self.pending = []

    def _place(self, item: _Item) -> None:
        page = self.drafts[-1]
        if self.estimate:
            room = self.sections[self.section].body
            item.line_h = min(item.line_h, room)
            while page.used + item.height > room + 0.01:
                fit = int((room - page.used - item.extra) // item.line_h) if item.line and item.lines > 1 else 0
                if 1 <= fit < item.lines:
                    first, item = _split(item, fit)
                    self._add(page, first)
                elif not page.placed:
                    break  # taller than a page and cannot be cut: it gets a page of its own
                self._new_page()
                page = self.drafts[-1]
        self._add(page, item)

    @staticmethod
    def _add(page: _Draft, item: _Item) -> None:
        page.used += item.height
        page.placed = True
        if item.line is not None:
            page.lines.append(item.line)
            page.body_lines += 1
        page.images += item.kind == "image"


def _split(item: _Item, fit: int) -> tuple[_Item, _Item]:
    """Cut an estimated paragraph after `fit` of its visual lines, by share of characters."""
    text = item.line.text
    cut = max(1, round(len(text) * fit / item.lines))
    head = item.line.model_copy(update={"text": text[:cut].rstrip()})
    tail = item.line.model_copy(update={"text": text[cut:].lstrip()})
    return (_Item("line", head, fit, item.line_h, item.extra, item.section),
            _Item("line", tail, item.lines - fit, item.line_h, 0.0, item.section))


def _joined(lines: list[Line]) -> str:
    return "\n".join(line.text for line in lines)


def _hints_agree(items: list[_Item]) -> bool:
    """Word writes a rendered hint at the top of every page it lays out; when one follows each explicit break
    the hints are from the last save of this text, and their other boundaries (full pages) can be trusted."""
    waiting = placed = False
    for item in items:
        if item.kind == "hard" or (item.kind == "before" and placed):
            waiting = True
        elif item.kind == "hint":
            waiting = False
        elif item.kind in {"line", "image", "blank"}:
            if waiting and item.kind != "blank":
                return False
            placed = True
    return True


def _paginate(items: list[_Item], sections: list[_Section], source: str) -> list[Page]:
    kinds = {item.kind for item in items}
    hard = bool(kinds & {"hard", "before"})
    hints = "hint" in kinds and (not hard or _hints_agree(items))
    estimate = not hard and not hints
    drafts = _Cutter(sections, hints=hints, estimate=estimate).run(items)
    while len(drafts) > 1 and not drafts[-1].content:
        drafts.pop()  # a document ending with a break has no real last page
    pages = []
    for number, draft in enumerate(drafts, start=1):
        section = sections[draft.section]
        warnings = [IMAGE_ONLY_WARNING] if draft.images and not draft.body_lines else []
        pages.append(Page(index=number, source=source, source_page=number, text=_joined(draft.lines), lines=draft.lines,
                          origin="docx", width=section.width, height=section.height, estimated=estimate,
                          warnings=[EMPTY_WARNING] if len(drafts) == 1 and not draft.content else warnings))
    return pages
