"""The case file as data: blocks → pages → instruments → case. Renderers only read this."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Text:
    """A paragraph; '\\n' in the text is a hard line break. Sizes in pt, spaces in mm."""

    text: str
    size: float = 12.0
    align: str = "left"  # left | center | right
    indent: float = 0.0  # first-line indent, in characters
    left: float = 0.0  # left indent of every line, mm
    bold: bool = False
    spacing: float = 0.0  # extra space between characters, pt
    leading: float = 1.6  # line height as a multiple of the size
    before: float = 0.0
    after: float = 0.0
    seal: bool = False  # the agency's seal is stamped over this paragraph
    keep: bool = False  # never split; when it moves to the next page, two lines of the text above go with it


@dataclass
class Cell:
    text: str
    span: int = 1
    align: str = "left"
    bold: bool = False
    min_h: float = 0.0  # mm
    valign: str = "center"  # top | center
    seal: bool = False


@dataclass
class Table:
    widths: list[float]  # mm, summing to the content width
    rows: list[list[Cell]]
    size: float = 10.5
    leading: float = 1.45
    header_rows: int = 0  # repeated on the next page when the table splits
    before: float = 0.0
    after: float = 0.0


@dataclass
class Picture:
    """A raster on the page: a photo, a copied licence or ID card, drawn from a seed."""

    kind: str  # photo | licence | idcard | slip
    width: float  # mm
    height: float
    seed: int
    data: dict = field(default_factory=dict)
    before: float = 2.0
    after: float = 2.0


@dataclass
class Gap:
    height: float  # mm


@dataclass
class PageBreak:
    pass


Block = Text | Table | Picture | Gap | PageBreak


@dataclass
class Placed:
    """A block placed on a page: its top y (mm) and its height; for split paragraphs, the lines it holds."""

    block: Block
    y: float
    height: float
    lines: list[str] | None = None  # Text: the wrapped lines on this page
    row_heights: list[float] | None = None  # Table: heights of the rows on this page
    line0: int = 0  # Text: index of the paragraph's line this chunk starts with


@dataclass
class Page:
    placed: list[Placed]
    footer: list[Text] = field(default_factory=list)
    stamp: str | None = None  # the archive page number written on the page
    stamp_pos: str = "br"  # br | tr
    seals: list[tuple[float, float]] = field(default_factory=list)  # (x, y) mm centres of seal stamps


FooterFn = Callable[[int, int], list[Text]]


@dataclass
class Instrument:
    kind: str
    title: str
    blocks: list[Block]
    doc_number: str | None = None
    date: dt.date | None = None
    footer: FooterFn | None = None
    name: str = ""  # short label for the index (题名)
    responsible: str = ""  # 责任者 column of the index
    served_doc: str | None = None  # for receipts: which instrument they serve
    pages: list[Page] = field(default_factory=list)
    first_page: int = 0
    seal: bool = True  # seals are drawn where blocks ask for them (False: the seal is missing)
