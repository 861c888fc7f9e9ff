"""Cutting the reader's item stream into pages the way Word would show them. Boundaries come from, in order of
trust: explicit breaks (`w:br w:type="page"`, `pageBreakBefore`, and section breaks whose *next* section
starts on a new page: in OOXML a section's `w:type` says how that section begins), together with Word's
rendered hints (`w:lastRenderedPageBreak`) when a hint follows every explicit break, since then the hints come
from the last save of this very text and their other boundaries (pages that simply filled up) hold too; then
rendered hints alone; and when there are neither, an estimate from page size, margins, font size and line
spacing (`Page.estimated`). A section's default header is put once, at the top of the first page the section
starts; a header equal to the one already shown (or linked to it) is not repeated. Footers are ignored: in case
files they hold page numbers (`PAGE` fields whose cached values are stale) and nothing the review needs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from lxml import etree

from extractors.readers.docx_styles import NS, R_ID, VAL, Attrs, pt, w
from reviewer.core.model import Line, Page

IMAGE_ONLY_WARNING = "本页只有图片、没有文字（可能是粘贴的扫描件），图片中的文字未能读取。"
EMPTY_WARNING = "文档中没有文字内容。"
_DEFAULT_SIZE = 10.5  # 五号: what Chinese Word templates use when nothing says otherwise
_LINE_FACTOR = 1.3  # single line spacing of 宋体/仿宋 is about 1.3 em


# ── geometry and measuring ────────────────────────────────────────────────────────────────────────────


@dataclass
class Section:
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
    def parse(cls, sect: etree._Element, headers: dict[str, list[Line]]) -> Section:
        size, margin, grid = sect.find(w("pgSz")), sect.find(w("pgMar")), sect.find(w("docGrid"))
        width, height = pt(size, "w", 595.3), pt(size, "h", 841.9)
        vertical = abs(pt(margin, "top", 72.0)) + abs(pt(margin, "bottom", 72.0))
        snaps = grid is not None and grid.get(w("type")) in {"lines", "linesAndChars", "snapToChars"}
        start, cols = sect.find(w("type")), sect.find(w("cols"))
        refs = [ref.get(R_ID) for ref in sect.iterfind("w:headerReference", NS) if ref.get(w("type")) == "default"]
        return cls(
            width=round(width, 1),
            height=round(height, 1),
            body=max(height - vertical, 72.0),
            text=max(width - pt(margin, "left", 90.0) - pt(margin, "right", 90.0), 72.0),
            pitch=pt(grid, "linePitch") if snaps else None,
            start=start.get(VAL, "nextPage") if start is not None else "nextPage",
            cols=int(cols.get(w("num"))) if cols is not None and (cols.get(w("num")) or "").isdigit() else 1,
            header=headers.get(refs[0], []) if refs else None,
        )


@dataclass(slots=True)
class Item:
    """One thing in reading order: a line, a blank paragraph, an image, or a page/section marker."""

    kind: str  # line | blank | image | seal (the image before it is a seal picture) | hard | before | hint | section
    line: Line | None = None
    lines: int = 1  # visual lines, so an estimated page can cut a long paragraph
    line_h: float = 0.0
    extra: float = 0.0  # spacing before and after
    section: int = 0

    @property
    def height(self) -> float:
        return self.lines * self.line_h + self.extra


def text_lines(text: str, size: float | None, width: float, fmt: Attrs, pitch: float | None) -> tuple[int, float]:
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


# ── cutting into pages ────────────────────────────────────────────────────────────────────────────────


@dataclass
class _Draft:
    section: int
    lines: list[Line]
    body_lines: int = 0
    images: int = 0
    seals: int = 0
    used: float = 0.0
    placed: bool = False  # anything, blank paragraphs included, is on the page

    @property
    def content(self) -> bool:
        return bool(self.body_lines or self.images)


class _Cutter:
    """Cuts the item stream into page drafts by the chosen rule."""

    def __init__(self, sections: list[Section], *, hints: bool, estimate: bool):
        self.sections, self.hints, self.estimate = sections, hints, estimate
        self.headers: list[list[Line]] = []
        for section in sections:  # a section without its own header shows the previous one
            self.headers.append(section.header if section.header is not None else (self.headers or [[]])[-1])
        self.pending, self.shown, self.section = self.headers[0], _joined(self.headers[0]), 0
        self.drafts: list[_Draft] = []
        self._new_page()

    def run(self, items: list[Item]) -> list[_Draft]:
        for item in items:
            page = self.drafts[-1]
            if item.kind == "section":
                self.section = item.section
                if _joined(header := self.headers[item.section]) != self.shown:
                    self.pending, self.shown = header, _joined(header)
            elif (
                item.kind == "hard"
                or (item.kind == "before" and page.placed)
                or (item.kind == "hint" and self.hints and page.content)
            ):
                self._new_page()
            elif item.kind not in {"before", "hint"}:
                self._place(item)
        return self.drafts

    def _new_page(self) -> None:
        self.drafts.append(_Draft(self.section, list(self.pending)))
        self.pending = []

    def _place(self, item: Item) -> None:
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
    def _add(page: _Draft, item: Item) -> None:
        page.used += item.height
        page.placed = True
        if item.line is not None:
            page.lines.append(item.line)
            page.body_lines += 1
        page.images += item.kind == "image"
        page.seals += item.kind == "seal"


def _split(item: Item, fit: int) -> tuple[Item, Item]:
    """Cut an estimated paragraph after `fit` of its visual lines, by share of characters."""
    line = item.line
    assert line is not None, "only paragraphs with a line are split"
    text = line.text
    cut = max(1, round(len(text) * fit / item.lines))
    head = line.model_copy(update={"text": text[:cut].rstrip()})
    tail = line.model_copy(update={"text": text[cut:].lstrip()})
    return (
        Item("line", head, fit, item.line_h, item.extra, item.section),
        Item("line", tail, item.lines - fit, item.line_h, 0.0, item.section),
    )


def _joined(lines: list[Line]) -> str:
    return "\n".join(line.text for line in lines)


def _hints_agree(items: list[Item]) -> bool:
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


def paginate(items: list[Item], sections: list[Section], source: str) -> list[Page]:
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
        pages.append(
            Page(
                index=number,
                source=source,
                source_page=number,
                text=_joined(draft.lines),
                lines=draft.lines,
                origin="docx",
                width=section.width,
                height=section.height,
                estimated=estimate,
                red_seal=True if draft.seals else None,
                warnings=[EMPTY_WARNING] if len(drafts) == 1 and not draft.content else warnings,
            )
        )
    return pages
