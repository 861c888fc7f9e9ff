"""Split a case file's pages into instruments (立案审批表, 询问笔录, 决定书 …).

Each page is read once for what it says about where it belongs — a title near its top, a "第2页 共3页"
marker, Q/A lines, an index table — and pages are then grouped in order: a page with a new title opens an
instrument, every other page continues the open one. No page is dropped: pages nobody recognises become
`other` instruments, so later checks can still see and quote them.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extractors.fields.docnumber import standalone_doc_number, with_wrapped_place
from extractors.fields.furniture import furniture_line
from extractors.fields.marks import date_line, lone_seal_line
from extractors.fields.reflow import head_match, reflowed_head, restore_breaks
from extractors.index_evidence import index_starts
from extractors.titles import (
    NO_TOTAL,
    OTHER,
    TitleMatch,
    clean_title,
    edge_marker,
    heading_kind,
    is_agency_name,
    is_banner,
    is_form_label,
    is_running_header,
    looks_like_title,
    match_title,
    normalise,
    number_note,
    page_marker,
    possible_kinds,
    strip_page_marker,
    title_keys,
)
from reviewer.core.kinds import DECISION_DOCUMENT_KINDS
from reviewer.core.model import Instrument, Line, Page

#: Non-empty lines at the top of a page searched for a title.
TITLE_WINDOW = 8
#: Non-empty lines at the top of a first page searched for the instrument's own 文号.
DOC_NUMBER_WINDOW = 10
#: Without a layout cue a title must be one of the first content lines (after headers).
PLAIN_TITLE_LINES = 2
#: Unknown headings ("授权委托书") are only taken from the first content lines.
UNKNOWN_TITLE_LINES = 3
#: Distinct kinds named by whole lines (cells) from which a page is a listing (目录, 清单), not a title page.
LISTING_KINDS = 3
#: Distinct kinds named on a page from which it continues a 目录 it follows.
INDEX_KINDS = 3
#: A "第n页 共m页" matching the page's place in its source file from this many pages up numbers the file.
FILE_NUMBERING_PAGES = 4

#: A title set in a side column: at most this many lines, each at most this many characters before the last.
COLUMN_TITLE_LINES = 5
COLUMN_LINE_CHARS = 6
#: A 文号 line standing for a missing title must have the party block within this many lines.
NUMBERED_PARTY_LINES = 4
_PENALTY_NUMBER = re.compile("罚|处")
_OTHER_NUMBER = re.compile("告|听|催|立|检|询|通|不予|不罚|撤|强")
#: A line opening with a section number in Chinese numerals (五、处罚决定, （二）处罚依据, 第四部分) heads a part of
#: the document it stands in: no unknown document's title, however centred it looks in a narrow or indented
#: column. (Arabic numbers are left alone: a case file may head an evidence page 1、营业执照复印件.)
_SECTION_NUMBER = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章|节))"
)
#: A gap of two or more spaces (or one ideographic space) between a title and a 文号 set on the same line.
_WIDE_GAP = re.compile(r"(?:\s{2,}|\u3000+)")

#: Lines at the top of an untitled unclassified page read for what it might be.
HINT_LINES = 3

CONFIDENCE_EXACT = 1.0
CONFIDENCE_FUZZY = 0.8
CONFIDENCE_OTHER = 0.5
CONFIDENCE_INDEX_GUESS = 0.6

#: Kinds that quote other instruments' 文号 but rarely carry one: only a number right under the title counts.
_QUOTING_KINDS = frozenset({"service_receipt", "payment_receipt", "index", "cover"})
#: Receipts a decision may print under its signature (a tear-off 送达回执).
_RECEIPT_KINDS = frozenset({"service_receipt", "payment_receipt"})
#: Question-and-answer records, whose later pages may repeat the title.
_QA_KINDS = frozenset({"inquiry_record", "hearing_record", "statement_record", "collective_discussion"})
#: Decisions (and a correction of one): a published one may repeat its title as a running header on every page.
_DECISION_KINDS = frozenset(DECISION_DOCUMENT_KINDS)
#: A party block opening under a title: a new decision, not the next page of one.
_PARTY_OPENS = re.compile(r"^\s*(?:当\s*事\s*人|被处罚人|受处罚人|名\s*称|姓\s*名)\s*[（(:：]")
PARTY_WINDOW = 6

#: Notes after a repeated title that say "a later page of the same document": （续）, （续页）, （第2页）.
_NOTE_LATER_PAGE = re.compile(r"续.*|第0*(?:[2-9]|\d{2,})页|第[二三四五六七八九十]+页")
_QA = re.compile(r"(?:问|答)[:：]")
#: A cover sheet's line: a short label, its colon and a short value without a sentence's end (送达方式：直接送达).
_COVER_FIELD = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff \t\u3000]{0,9}[:：][^。；;]{0,40}")
#: A sentence's clause marks: a line holding one is running text, never the tail of a cover sheet's field.
_CLAUSE_MARK = re.compile(r"[，。；;,]")
#: A note in brackets on a line of its own (（送达文书）, （副本）).
_BRACKET_NOTE = re.compile(r"[（(][^（()）]{1,12}[)）]")
_INDEX_COLUMNS = ("序号", "题名", "页号", "页次", "责任者", "文号", "备注", "文件名称", "日期")
_INDEX_KEY_COLUMNS = ("题名", "页号", "页次", "责任者", "文件名称")
_RECORD_HEADERS = ("时间", "地点", "被询问人", "询问人", "记录人", "主持人", "参加人")


@dataclass(frozen=True)
class _Layout:
    """What the page tells about typography, when the reader knew it."""

    present: bool
    median_size: float | None = None
    left: float | None = None
    width: float | None = None
    height: float | None = None


@dataclass(frozen=True)
class _Title:
    """A title found on a page: where, what it matched (None for an unknown heading), as written."""

    first_line: int
    last_line: int
    position: int
    text: str
    match: TitleMatch | None
    cue: bool
    #: A 文号 printed on the title's own last line (a side-column title ends beside its number).
    number: str | None = None
    #: The lines above the title are a printed web page's furniture (site name, breadcrumbs, summaries), no part
    #: of the instrument's text.
    furnished: bool = False

    @property
    def kind(self) -> str:
        return self.match.kind if self.match else OTHER

    @property
    def key(self) -> str:
        """Identity used to tell "same document continues" from "next document of the same kind"."""
        return self.match.kind if self.match else normalise(self.text)


@dataclass(frozen=True)
class _Reading:
    """What one page says about where it belongs."""

    blank: bool
    title: _Title | None = None
    marker: tuple[int, int] | None = None
    qa_continues: bool = False
    #: A record's header (时间, 地点, 被询问人 …) right under the title: a new session, whatever the title says.
    record_header: bool = False
    #: Distinct kinds named on the page, and named by whole lines.
    mentioned: int = 0
    cells: int = 0
    index_header: bool = False
    #: The page's own 文号 under its title, and whether a party block opens there (a decision's first page).
    own_number: str | None = None
    party_opens: bool = False
    #: The page's marker stands among its first lines with the page's text below it (a footer written late).
    marker_on_top: bool = False
    #: Only a date (and perhaps a seal mark) stands above the page's title: the signing date of the instrument the
    #: page before ends, pushed over the break with the receipt printed under it.
    signing_lead: bool = False
    #: Under its title the page holds only short label：value lines and notes (案由：…, 文号：…, 送达方式：…): a cover
    #: sheet put before the instrument, with no text of its own.
    cover_only: bool = False
    #: The page's first line, normalised: perhaps a running header its instrument prints on every page.
    top_line: str = ""
    #: The page's first line that is no running header opens with punctuation no sentence starts with (；三、并处…):
    #: the sentence of the page before goes on.
    mid_sentence: bool = False
    #: Under its first line the page prints a decision's title or party label again (当事人名称：, 被处罚人：): it
    #: opens a document, whatever header it shares with the page before.
    opens_again: bool = False


@dataclass
class _Open:
    """The instrument being built while pages are read."""

    kind: str
    key: str
    title: str
    doc_number: str | None
    confidence: float
    pages: list[Page] = field(default_factory=list)
    could_be: list[str] = field(default_factory=list)
    #: Whether the instrument's first page carried a page marker (第n页 共m页) of its own.
    first_page_marked: bool = False
    #: Its first page prints the title again just below it: the top one is a running header, which later pages
    #: repeat without being new instruments.
    headed: bool = False
    #: Lines printed above the title on its first page (a banner such as 某某区市场监管行政处罚文书), normalised:
    #: later pages repeat them as a running header, which is no heading of a new instrument.
    banners: frozenset[str] = frozenset()
    #: Its first page is a cover sheet (label：value lines only under the title).
    cover_only: bool = False
    #: The first line of its first page, normalised (a running header when later pages open with it too).
    top_line: str = ""
    #: Non-empty lines at the top of its first page that are a printed web page's furniture, left out of its text.
    furniture_lines: int = 0
    #: It was opened by a title that may be a printed web page's own heading for the decision, with the decision's
    #: head not on that page (the heading with its 文号 and no party block under it).
    web_page: bool = False


# ── lines and layout ────────────────────────────────────────────────────────────────────────────────────


def _page_lines(page: Page) -> list[Line]:
    """Non-empty lines; a page read as plain text gets one line per text line."""
    lines = [line for line in page.lines if line.text.strip()]
    if lines:
        return lines
    return [Line(text=text) for text in page.text.splitlines() if text.strip()]


def _page_text(page: Page) -> str:
    """The page's text as read; rebuilt from its lines when a reader only filled those."""
    return page.text or "\n".join(line.text for line in page.lines)


def _layout(page: Page, lines: Sequence[Line]) -> _Layout:
    """The page's typography: whether any hint exists, its usual font size and its left margin."""
    sizes = [line.size for line in lines if line.size]
    boxes = [line.box for line in lines if line.box]
    present = bool(sizes or boxes or any(line.align or line.bold is not None for line in lines))
    return _Layout(
        present=present,
        median_size=statistics.median(sizes) if sizes else None,
        left=min(box[0] for box in boxes) if boxes else None,
        width=page.width,
        height=page.height,
    )


def _centred(line: Line, layout: _Layout) -> bool:
    """Centred by alignment, or a short box around the page's middle, indented, in the top part."""
    if line.align == "center":
        return True
    if not line.box or not layout.width:
        return False
    x0, top, x1, _ = line.box
    width = layout.width
    middle = abs((x0 + x1) / 2 - width / 2) <= 0.08 * width
    short = x1 - x0 <= 0.6 * width
    indented = layout.left is None or x0 - layout.left >= 0.08 * width or x0 >= 0.25 * width
    high = layout.height is None or top <= 0.45 * layout.height
    return middle and short and indented and high


def _has_cue(line: Line, layout: _Layout) -> bool:
    """Any typographic sign of a heading: centred, bold, or clearly larger than the page's text."""
    larger = bool(line.size and layout.median_size and line.size > 1.2 * layout.median_size)
    return larger or bool(line.bold) or _centred(line, layout)


# ── title search ────────────────────────────────────────────────────────────────────────────────────────


def _joined_match(window: Sequence[Line], index: int, fuzzy: bool) -> tuple[TitleMatch | None, str, int]:
    """Match a line, or the line and a short next line ("行政处罚决定书" + "（简易程序）")."""
    raw = strip_page_marker(window[index].text).strip()
    match = match_title(raw, fuzzy=fuzzy)
    if index + 1 < len(window) and not is_banner(raw):  # a banner over the title is no head of it
        follower = window[index + 1].text.strip()
        if len(normalise(follower)) <= 12:
            joined = match_title(raw + follower, fuzzy=fuzzy)
            if joined and (match is None or len(joined.title) > len(match.title)):
                return joined, raw + follower, index + 1
    return match, raw, index


def _number_beside(raw: str) -> tuple[str, str] | None:
    """A line holding a title and, after a wide gap, its 文号 ("行政处罚决定书　　　某市监处〔2023〕47号"): (the
    text before the gap, the 文号); None when the part after the last wide gap is not a 文号 alone."""
    parts = _WIDE_GAP.split(raw.strip())
    if len(parts) < 2:
        return None
    number = standalone_doc_number(parts[-1])
    head = " ".join(parts[:-1]).strip()
    return (head, number) if number and head else None


def _inside_quoted_name(window: Sequence[Line], index: int) -> bool:
    """The line is the middle of a document's name quoted in running text and wrapped by a narrow column
    ("…送达了《价" / "格行政处罚事先告知书" / "》（某告〔2012〕5号），"): a 《 left open on the line above, or the
    line below opening with the closing 》."""
    above = window[index - 1].text if index > 0 else ""
    below = window[index + 1].text.strip() if index + 1 < len(window) else ""
    return above.rfind("《") > above.rfind("》") or below.startswith("》")


def _page_titled(text: str, match: TitleMatch, below: str) -> tuple[str, str] | None:
    """A web page's title over a published decision: the decision's title with its own 文号 in brackets
    (某局行政处罚决定书（某罚〔2020〕14号）), a number the page repeats below it (in a summary table, in the decision's
    own head). A link to another decision (相关链接: · 某局行政处罚决定书（某罚〔2020〕7号）) names a number the page
    does not repeat. (the text before the bracket, the 文号) or None."""
    numbered = number_note(text)
    if numbered is None or not match.exact or match.kind not in _DECISION_KINDS:
        return None
    return numbered if normalise(numbered[1]) in below else None


def _title_at(window: Sequence[Line], index: int, position: int, layout: _Layout, below: str = "") -> _Title | None:
    """The title starting at this content line, if the line may be one. `below` is the rest of the page past the
    window, normalised."""
    line = window[index]
    raw = strip_page_marker(line.text).strip()
    if raw.endswith(("。", "，", ",", "；", ";")) or _inside_quoted_name(window, index):
        return None
    cue = _has_cue(line, layout)
    match, text, last = _joined_match(window, index, fuzzy=cue or position == 0)
    if match is None and (beside := _number_beside(raw)):
        head, number = beside
        found = match_title(head, fuzzy=cue or position == 0)
        if found and (cue or position < (PLAIN_TITLE_LINES if found.exact else 1)):
            return _Title(index, index, position, clean_title(head), found, cue, number)
    if match:
        later = "".join(normalise(other.text) for other in window[last + 1 :]) + below
        if titled := _page_titled(text, match, later):
            return _Title(index, last, position, clean_title(titled[0]), match, cue, titled[1], furnished=True)
        allowed = cue or position < (PLAIN_TITLE_LINES if match.exact else 1)
        if allowed and (
            numbered := number_note(text)
        ):  # 某局行政处罚决定书（某罚〔2020〕14号）: the number is no part of it
            return _Title(index, last, position, clean_title(numbered[0]), match, cue, numbered[1])
        return _Title(index, last, position, clean_title(text), match, cue) if allowed else None
    unknown_ok = _centred(line, layout) if layout.present else position == 0
    if unknown_ok and position < UNKNOWN_TITLE_LINES and not _SECTION_NUMBER.match(raw):
        if named := heading_kind(raw):  # "现场照片（1）": a heading that says what it is
            return _Title(index, index, position, clean_title(raw), named, cue)
        if looks_like_title(raw):
            return _Title(index, index, position, clean_title(raw), None, cue)
    return None


def _starts_split_title(window: Sequence[Line], index: int) -> bool:
    """A header-looking line that is the first half of a title split over two lines ("履行行政处" over
    "罚决定催告书": the half ends like an agency name)."""
    if index + 1 >= len(window):
        return False
    joined = match_title(window[index].text + window[index + 1].text, fuzzy=False)
    return joined is not None and match_title(window[index + 1].text, fuzzy=False) != joined


def _column_title(window: Sequence[Line]) -> _Title | None:
    """A title set in a narrow side column, a few characters a line ("南江县" / "市场监督管" / "理局行政处" /
    "罚决定书 南市监处罚〔2025〕172号"): short lines joined with the head of the line that ends them."""
    for first in range(len(window)):
        joined = ""
        for last in range(first, min(first + COLUMN_TITLE_LINES, len(window))):
            text = window[last].text.strip()
            match, rest = _column_tail(joined, text) if last > first else (None, "")
            if match is not None:
                number = standalone_doc_number(rest) if rest.strip() else None
                if number and not number.endswith("号") and _wrapped_hao(window, last + 1):
                    number, last = number + "号", last + 1
                return _Title(first, last, first, clean_title(match.title), match, True, number)
            if len(normalise(text)) > COLUMN_LINE_CHARS:
                break
            joined += normalise(text)
    return None


def _column_tail(joined: str, text: str) -> tuple[TitleMatch | None, str]:
    """The exact title that the column's pieces so far and the head of this line make, with the rest of the line.
    The tail ends at the first space, or at a wide gap when it is letter-spaced (决 定 书   某罚…); where a stray
    space splits the tail itself (罚决 定书 某罚…), at a later space that completes an exact title and leaves only a
    文号 or nothing after it."""
    cut = _WIDE_GAP.search(text)
    if cut is not None and " " in text[: cut.start()]:
        match = match_title(joined + normalise(text[: cut.start()]), fuzzy=False)
        return (match, text[cut.end() :]) if match is not None and match.exact else (None, "")
    spaces = [m.start() for m in re.finditer(r"\s", text)] + [len(text)]
    for order, space in enumerate(spaces):
        rest = text[space:]
        if order and rest.strip() and standalone_doc_number(rest) is None:
            continue
        match = match_title(joined + normalise(text[:space]), fuzzy=False)
        if match is not None and match.exact:
            return match, rest
    return None, ""


def _wrapped_hao(window: Sequence[Line], index: int) -> bool:
    """The line is only the 号 a narrow column pushed off its number's line (某罚〔2025〕172 / 号)."""
    return index < len(window) and normalise(window[index].text) == "号"


#: The words a decision's party block opens with, whichever form the agency prints (当事人名称：, 被处罚单位：).
_PARTY_WORDS = ("当事人", "被处罚人", "受处罚人", "被处罚单位")


def _numbered_decision(window: Sequence[Line]) -> _Title | None:
    """A decision whose title is not in the text (printed as a picture): the first line is only a penalty
    文号 (…罚〔2023〕…号, …处〔…〕…号; not a notice's 告) and the party block follows (当事人：, 被处罚人：…)."""
    if not window:
        return None
    number = standalone_doc_number(window[0].text)
    if number is None or not _PENALTY_NUMBER.search(number) or _OTHER_NUMBER.search(number):
        return None
    if not any(normalise(line.text).startswith(_PARTY_WORDS) for line in window[1:NUMBERED_PARTY_LINES]):
        return None
    return _Title(0, 0, 0, "", TitleMatch("penalty_decision", "", distance=1), False, number)


def _find_title(lines: Sequence[Line], layout: _Layout) -> _Title | None:
    """The first acceptable title among the top lines, skipping headers and lines after a form label; else a
    title set in a side column, or a penalty 文号 over the party block where the title is a picture."""
    found = _find_line_title(lines, layout)
    if found is not None and found.furnished:
        # The web page's own title over the decision: the decision's printed title further down opens it.
        return _deep_decision_title(lines, layout, found.last_line + 1) or found
    if found is not None and found.match is not None:
        return found
    window = lines[:TITLE_WINDOW]
    column = _column_title(window) or (_numbered_decision(window) if found is None else None)
    reflowed = next((title for at, line in enumerate(lines) if (title := _reflowed_title(line, at))), None)
    # from the top: the line search passes over a heading right after a label line (决定书全文： / 行政处罚决定书)
    return column or reflowed or _deep_decision_title(lines, layout, 0) or found


def _deep_decision_title(lines: Sequence[Line], layout: _Layout, start: int) -> _Title | None:
    """A decision's title below the top lines, where a printed web page puts its furniture first (site name,
    breadcrumbs, 发布时间/浏览次数, a 公示 summary table, other decisions' summaries): a line that is a decision's
    title and nothing else, set as a heading (larger or centred), with its 文号 right under it (or beside it) and
    the party block opening below. A body sentence naming the decision is no line of its own, a summary's 决定书文号：
    no title, and a receipt's cell naming the decision has no party block under it."""
    for index in range(start, len(lines)):
        line = lines[index]
        if reflowed := _reflowed_title(line, index):
            return reflowed
        match = match_title(line.text, fuzzy=False)
        if match is None or not match.exact or match.kind not in _DECISION_KINDS or not _has_cue(line, layout):
            continue
        numbered = number_note(line.text)
        number = numbered[1] if numbered else None
        at = index
        for below in range(index + 1, min(index + 3, len(lines))):
            if number is None and (number := standalone_doc_number(lines[below].text)):
                at = below
                break
        head = lines[at + 1 : at + 1 + PARTY_WINDOW]
        if number and any(_PARTY_OPENS.match(other.text) or _PARTY_LABEL.match(other.text) for other in head):
            text = numbered[0] if numbered else line.text
            return _Title(index, index, index, clean_title(text), match, True, number, furnished=True)
    return None


def _printed_under(window: Sequence[Line], title: _Title, position: int, layout: _Layout) -> _Title | None:
    """The same title printed again right under a smaller one ("价格行政处罚决定书" in a header's small type over
    the heading "行政处罚决定书"): the larger line is the heading, the small one above it a running header."""
    below = title.last_line + 1
    if below >= len(window) or title.match is None:
        return None
    small, large = window[title.first_line].size, window[below].size
    if not small or not large or large <= 1.2 * small:
        return None
    under = _title_at(window, below, position + 1, layout)
    return under if under is not None and under.match is not None and under.match.kind == title.match.kind else None


def _find_line_title(lines: Sequence[Line], layout: _Layout) -> _Title | None:
    """The first acceptable title among the top lines, skipping headers and lines after a form label."""
    window = lines[:TITLE_WINDOW]
    below = "".join(normalise(line.text) for line in lines[TITLE_WINDOW:])
    position, after_label = 0, False
    unknown: _Title | None = None
    for index, line in enumerate(window):
        raw = line.text.strip()
        norm = normalise(raw)
        if is_running_header(raw) and not _starts_split_title(window, index):
            continue
        if not after_label and (title := _title_at(window, index, position, layout, below)):
            if title.match is not None:
                return _printed_under(window, title, position, layout) or title
            # A banner above the real title ("河南省非税收入票据" over "罚没款缴款书"): keep looking.
            unknown = unknown or title
        elif _QA.match(norm):
            break  # the body of a record has begun
        position += 1
        after_label = is_form_label(raw)
    return unknown


# ── page reading ────────────────────────────────────────────────────────────────────────────────────────


def _named_kinds(lines: Sequence[Line]) -> tuple[int, int]:
    """Distinct kinds the page names anywhere, and those named by whole lines (table cells): many means
    a 目录 or a list rather than one document's heading."""
    keys = [(key, kind) for key, kind in title_keys() if len(key) >= 4]
    mentioned: set[str] = set()
    cells: set[str] = set()
    for line in lines:
        norm = normalise(line.text)
        mentioned.update(kind for key, kind in keys if key in norm)
        if len(norm) <= 20 and (match := match_title(line.text, fuzzy=False)):
            cells.add(match.kind)
    return len(mentioned | cells), len(cells)


def _has_index_header(lines: Sequence[Line]) -> bool:
    """The column heads of a 卷内文件目录 (序号 题名 页号 …), on one line or as separate cells."""
    norms = [normalise(line.text) for line in lines[:15]]
    found = {column for column in _INDEX_COLUMNS if any(column in norm for norm in norms if len(norm) <= 40)}
    return len(found) >= 3 and any(column in found for column in _INDEX_KEY_COLUMNS)


def _qa_continues(lines: Sequence[Line], title: _Title | None) -> bool:
    """Q/A lines right at the top and no record header (时间/地点/被询问人): a record carries on."""
    start = title.last_line + 1 if title else 0
    top = [normalise(line.text) for line in lines[start : start + 6]]
    if not any(_QA.match(norm) for norm in top):
        return False
    heads = [norm for norm in top if not _QA.match(norm)]
    return not any(word in norm for norm in heads for word in _RECORD_HEADERS)


def _record_header(lines: Sequence[Line], title: _Title | None) -> bool:
    """Two or more header fields of a record (询问时间, 地点, 被询问人 …) in the lines under the title."""
    if title is None:
        return False
    heads = [normalise(line.text)[:8] for line in lines[title.last_line + 1 : title.last_line + 9]]
    return len({word for word in _RECORD_HEADERS for head in heads if word in head}) >= 2


def _marker_on_top(lines: Sequence[Line]) -> bool:
    """A marker in the page's first three lines with at least two lines of text under it."""
    top = [index for index, line in enumerate(lines[:3]) if edge_marker(line.text)]
    return bool(top) and top[0] < len(lines) - 2


def _instrument_marker(page: Page, lines: Sequence[Line], source_pages: int) -> tuple[int, int] | None:
    """The page's "第n页 共m页" (or dashed "- n -"), unless it numbers the whole source file rather than one
    instrument."""
    found = page_marker(lines)
    numbers_file = source_pages >= FILE_NUMBERING_PAGES and found is not None and found[0] == page.source_page
    if numbers_file and found is not None and found[1] in (source_pages, NO_TOTAL):
        return None
    return found


def _signing_lead(above: Sequence[Line]) -> bool:
    """The lines above a title are a signing block's tail: a date, perhaps with a seal mark and the agency's name
    signing over it (the whole block pushed over the break)."""
    texts = [line.text for line in above if line.text.strip()]
    return any(date_line(text) for text in texts) and all(
        date_line(text) or lone_seal_line(text) or is_agency_name(normalise(text)) for text in texts
    )


def _cover_rows(texts: Sequence[str]) -> list[str]:
    """The cover sheet's lines with a field's value that ran onto the next line put back on its own line
    (案由：某某公司价格 / 欺诈案): a line that is neither a field, a note nor a 文号, and holds no clause of a
    sentence, carries on the field above it as long as the two still read as one field."""
    rows: list[str] = []
    for text in texts:
        carried = (
            rows
            and _COVER_FIELD.fullmatch(rows[-1])
            and not _COVER_FIELD.fullmatch(text)
            and not _BRACKET_NOTE.fullmatch(text)
            and not standalone_doc_number(text)
            and not _CLAUSE_MARK.search(text)
        )
        if carried and _COVER_FIELD.fullmatch(rows[-1] + text):
            rows[-1] += text
        else:
            rows.append(text)
    return rows


def _cover_only(lines: Sequence[Line], title: _Title | None) -> bool:
    """Under the title only label：value fields, bracketed notes and a 文号 line, and at least one field or the 文号:
    a cover sheet (案由：…／当事人：…／文号：…／送达方式：…), or a title page (行政处罚决定书／（送达当事人用）／某罚〔2024〕
    77号), that repeats the head of the instrument it is put before. A running footer (本文书一式两份…, 第1页 共3页)
    is the page's furniture, not a line under the title."""
    if title is None:
        return False
    below = [line.text.strip() for line in lines[title.last_line + 1 :] if line.text.strip()]
    texts = _cover_rows([text for text in below if not furniture_line(text)])
    fields = sum(bool(_COVER_FIELD.fullmatch(text)) for text in texts)
    rest = [text for text in texts if not _COVER_FIELD.fullmatch(text)]
    numbered = any(standalone_doc_number(text) for text in rest)
    return (fields > 0 or numbered) and all(
        _BRACKET_NOTE.fullmatch(text) or standalone_doc_number(text) for text in rest
    )


#: A party block's label at a line's start (当事人：, 当事人名称：, 被处罚人姓名：, 当事人一：), not 当事人于… in a sentence.
_PARTY_LABEL = re.compile(
    r"^\s*(?:当\s*事\s*人|被处罚人|受处罚人|被处罚单位)\s*(?:名\s*称|姓\s*名|[一二三四五六七八九])?\s*[（(:：]"
)


def _opens_again(lines: Sequence[Line]) -> bool:
    """Under the page's first line, among its top lines, a decision's title on a line of its own or a party
    label: the page is a first page."""
    for line in lines[1:DOC_NUMBER_WINDOW]:
        match = match_title(line.text, fuzzy=False)
        if (match is not None and match.kind in _DECISION_KINDS and normalise(line.text) == match.title) or (
            _PARTY_LABEL.match(line.text)
        ):
            return True
    return False


def _read_page(page: Page, lines: Sequence[Line], source_pages: int) -> _Reading:
    """Everything the grouping needs to know about one page, read once."""
    if not lines:
        return _Reading(blank=True)
    title = _find_title(lines, _layout(page, lines))
    mentioned, cells = _named_kinds(lines)
    if cells >= LISTING_KINDS and title and title.match and title.kind != "index" and title.position:
        title = title if title.cue else None  # a cell of a list, not a heading
    return _Reading(
        blank=False,
        title=title,
        marker=_instrument_marker(page, lines, source_pages),
        qa_continues=_qa_continues(lines, title),
        record_header=_record_header(lines, title),
        mentioned=mentioned,
        cells=cells,
        index_header=_has_index_header(lines),
        marker_on_top=_marker_on_top(lines),
        signing_lead=title is not None and _signing_lead(lines[: title.first_line]),
        own_number=_doc_number(lines, title),
        cover_only=_cover_only(lines, title),
        top_line=normalise(lines[0].text),
        mid_sentence=_opens_mid_sentence(lines),
        opens_again=_opens_again(lines),
        party_opens=title is not None
        and any(
            _PARTY_OPENS.match(line.text) for line in lines[title.last_line + 1 : title.last_line + 1 + PARTY_WINDOW]
        ),
    )


#: Punctuation that ends or splits a clause: no sentence, title or heading starts with it.
_MID_SENTENCE = tuple("，,；;。、：:）)》」』")


def _opens_mid_sentence(lines: Sequence[Line]) -> bool:
    """The page's first line that is no running header or page marker starts with a clause's closing punctuation."""
    for line in lines:
        text = strip_page_marker(line.text).strip()
        if text and not is_running_header(text):
            return text.startswith(_MID_SENTENCE)
    return False


# ── grouping ────────────────────────────────────────────────────────────────────────────────────────────


def _continues_index(reading: _Reading) -> bool:
    """Later pages of a 目录 name many kinds; a cell at their top must not pass for a heading."""
    title = reading.title
    if title is None:
        return reading.index_header or reading.mentioned >= INDEX_KINDS
    return title.kind == "index" or (not title.cue and reading.cells >= INDEX_KINDS)


def _spilled_first_footer(reading: _Reading, current: _Open) -> bool:
    """第1页 共m页 (m > 1) at the top of the second page of an instrument whose first page has no marker: a text
    layer that writes each footer onto the next page numbers the previous page here, so the page carries on
    (its own marker, 第2页, turns up on the page after). A 第1页 at a page's foot still opens an instrument."""
    if reading.marker is None:
        return False
    total = reading.marker[1]
    return (
        (total > 1 or total == NO_TOTAL)
        and reading.marker_on_top
        and len(current.pages) == 1
        and not current.first_page_marked
    )


def _repeats_running_header(reading: _Reading, current: _Open) -> bool:
    """The page opens with the very line the open instrument's first page opens with, and that line carries the
    instrument's own 文号 (某局行政处罚决定书（某罚〔2024〕7号）, or the title and its 文号 set as one header line):
    a running header, so the page goes on with that instrument whatever heading a page break put under it
    (【证据清单】). A page that opens again as a first page (第1页, the title again under the header, a party
    block) is another copy, not a later page."""
    if not current.doc_number or not reading.top_line or reading.top_line != current.top_line:
        return False
    if normalise(current.doc_number) not in reading.top_line:
        return False
    return not reading.opens_again and not (reading.marker is not None and reading.marker[0] == 1)


def _continues(reading: _Reading, current: _Open) -> bool:
    """Whether the page belongs to the instrument already open."""
    if reading.blank:
        return True
    title = reading.title
    if current.kind == "index" and _continues_index(reading):
        return True
    if _repeats_running_header(reading, current):
        return True
    later_page = reading.marker is not None and reading.marker[0] >= 2
    if later_page and reading.marker is not None and reading.marker[1] == NO_TOTAL:
        # A dashed number has no count to say it numbers this instrument: it must follow the pages already open.
        later_page = reading.marker[0] == len(current.pages) + 1
    if reading.mid_sentence and (title is None or title.match is None):
        return True  # the page goes on with the sentence the page before broke off
    if title is None:
        if reading.index_header:
            return False
        if reading.marker is not None and reading.marker[0] == 1:
            return _spilled_first_footer(reading, current)
        return True
    if reading.signing_lead and current.kind in _DECISION_KINDS and title.kind in _RECEIPT_KINDS:
        return True  # the decision's date over the receipt printed below it: both are the decision's, as on one page
    if title.key == current.key:
        if title.kind in _QA_KINDS and reading.record_header:
            return False  # "询问笔录（续）" over a new 询问时间/被询问人: the next session's record
        said_continued = title.match is not None and bool(_NOTE_LATER_PAGE.fullmatch(title.match.note))
        # A decision's title over a page with no 文号 and no party block of its own, after a decision that had
        # its number or printed the title under the same header: the title is a running header and the
        # decision goes on.
        running = (
            title.kind in _DECISION_KINDS
            and (current.doc_number is not None or current.headed)
            and reading.own_number is None
            and not reading.party_opens
        )
        # A decision's first page that was only a cover sheet naming the 文号 the decision now opens under: the
        # cover and the decision are one document.
        covered = (
            title.kind in _DECISION_KINDS
            and current.cover_only
            and len(current.pages) == 1
            and reading.own_number is not None
            and reading.own_number == current.doc_number
        )
        return (
            said_continued
            or later_page
            or running
            or covered
            or _numbered_after_title(reading, current)
            or (reading.qa_continues and title.kind in _QA_KINDS)
        )
    return title.match is None and (later_page or normalise(title.text) in current.banners)


def _numbered_after_title(reading: _Reading, current: _Open) -> bool:
    """A page break right under a decision's printed title: the title page holds nothing more, and the next page
    opens with the 文号 over the party block (a decision read from its number alone). One decision."""
    title = reading.title
    return (
        title is not None
        and title.kind in _DECISION_KINDS
        and not title.text
        and reading.own_number is not None
        and current.kind == title.kind
        and current.doc_number is None
        and len(current.pages) == 1
    )


def _web_page_over(current: _Open, reading: _Reading) -> bool:
    """The open instrument is a printed web page's first page, titled by the page's own heading for the decision
    (its 文号 in brackets), and this page opens the decision itself under the same 文号: the first page is the
    site's furniture, not the decision."""
    title = reading.title
    return (
        current.web_page
        and len(current.pages) == 1
        and title is not None
        and title.kind == current.kind
        and reading.own_number is not None
        and current.doc_number is not None
        and normalise(reading.own_number) == normalise(current.doc_number)
    )


def _doc_number(lines: Sequence[Line], title: _Title | None) -> str | None:
    """The instrument's own 文号: a number line under (or just above) the title on its first page."""
    if title is None:
        return None
    if title.number:
        return title.number
    start = title.last_line + 1
    if title.kind in _QUOTING_KINDS:
        candidates = list(range(start, min(start + 1, len(lines))))
    else:
        candidates = [*range(start, min(DOC_NUMBER_WINDOW, len(lines))), *reversed(range(title.first_line))]
    for at in candidates:
        number = standalone_doc_number(lines[at].text)
        if number:
            return with_wrapped_place(lines[at - 1].text, number) if at > 0 else number
    return None


def _without_agency(text: str, match: TitleMatch | None) -> str:
    """The title without the agency's name printed before it on the same line (某某市场监督管理局行政处罚决定书 →
    行政处罚决定书): the agency is no part of the title. Kept as written when the rest is not the title itself."""
    if match is None:
        return text
    compact = re.sub(r"\s+", "", text)
    at = compact.find(match.title)
    if at > 0 and is_agency_name(normalise(compact[:at])):
        return compact[at:]
    return text


def _open(page: Page, lines: Sequence[Line], reading: _Reading) -> _Open:
    """Start an instrument at this page."""
    title = reading.title
    if title is not None:
        if title.match is None:
            confidence = CONFIDENCE_OTHER
        else:
            confidence = CONFIDENCE_EXACT if title.match.exact else CONFIDENCE_FUZZY
        doc_number = _doc_number(lines, title)
        could_be = _could_be(lines, title) if title.kind == OTHER else []
        text = _without_agency(title.text, title.match)
        below = lines[title.last_line + 1 : title.last_line + 1 + PARTY_WINDOW]
        headed = any(normalise(line.text) == normalise(title.text) for line in below)
        banners = frozenset(normalise(line.text) for line in lines[: title.first_line]) - {""}
        opened = _Open(
            title.kind, title.key, text, doc_number, confidence, [page], could_be, headed=headed, banners=banners
        )
        if title.furnished:
            opened.furniture_lines = _furniture_above(lines, title)
        opened.web_page = _lone_numbered_heading(lines, title, reading)
        return opened
    if reading.index_header:
        return _Open("index", "index", "", None, CONFIDENCE_INDEX_GUESS, [page])
    return _Open(OTHER, "", "", None, CONFIDENCE_OTHER, [page], _could_be(lines, None))


def _lone_numbered_heading(lines: Sequence[Line], title: _Title, reading: _Reading) -> bool:
    """A title with its 文号 in brackets and nothing of the decision's own head under it on the page: no party block,
    no line that is the number again (a running header over the printed title and number is the decision's; a
    summary's 决定书文号：… row is the site's)."""
    if title.number is None or reading.party_opens:
        return False
    number = normalise(title.number)
    return not any(normalise(line.text) == number for line in lines[title.last_line + 1 :])


def _as_web_furniture(current: _Open) -> None:
    """Turn the open instrument into an unclassified page (a printed web page's furniture) that might be the kind
    its heading named."""
    current.could_be = [current.kind]
    current.kind, current.key, current.title, current.doc_number = OTHER, "", "", None
    current.confidence, current.furniture_lines = CONFIDENCE_OTHER, 0


def _could_be(lines: Sequence[Line], title: _Title | None) -> list[str]:
    """What an unclassified instrument might be: by its heading, or without one by its first lines."""
    if title is not None:
        return possible_kinds(title.text)
    top = [line.text for line in lines if not is_running_header(line.text)][:HINT_LINES]
    return possible_kinds(" ".join(top))


def _reflowed_title(line: Line, index: int) -> _Title | None:
    """A decision run together into one paragraph opens with its head inline (某局 行政处罚决定书 某罚〔2020〕14号
    当事人：…): the line holding that head starts the decision."""
    head = head_match(line.text)
    if head is None:
        return None
    title, number = ("".join(head.group(part).split()) for part in ("title", "number"))
    match = match_title(title, fuzzy=False)
    found = standalone_doc_number(number)
    if match is None or match.kind not in _DECISION_KINDS or found is None:
        return None
    return _Title(index, index, index, match.title, match, True, found, furnished=True)


def _furniture_above(lines: Sequence[Line], title: _Title) -> int:
    """How many lines above a title a printed web page put before the decision: all of them but the agency's
    name printed right over the title (溆林市市场监督管理局 / 行政处罚决定书), which is the decision's."""
    first = title.first_line
    while first > 0 and is_agency_name(normalise(lines[first - 1].text)):
        first -= 1
    return first


def _blank_lines(text: str, count: int, lines: Sequence[Line], keep: frozenset[str] = frozenset()) -> str:
    """The page's text with its first `count` non-empty lines blanked (spaces, line breaks kept, so offsets hold),
    when the text's lines are those lines; the text as it is otherwise. Lines in `keep` (normalised) stay."""
    out, seen = [], 0
    for piece in text.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        if seen < count and body.strip():
            if body.strip() != lines[seen].text.strip():
                return text
            if normalise(body) not in keep:
                piece = " " * len(body) + piece[len(body) :]
            seen += 1
        out.append(piece)
    return "".join(out)


def _restored(texts: list[str]) -> list[str]:
    """Each page's text with a reflowed decision's line breaks put back: from its head on, and on every later page
    as well, where the paragraph runs on — all but a later page's first and last lines, where a printed web page
    sets its running header and footer (2026/2/26 10:07　某某人民政府, the address and 2/2)."""
    out: list[str] = []
    reflowed = False
    for text in texts:
        if not reflowed:
            reflowed = reflowed_head(text) is not None
            out.append(restore_breaks(text))
            continue
        lines = text.split("\n")
        filled = [at for at, line in enumerate(lines) if line.strip()]
        inner = set(filled[1:-1])
        out.append(
            "\n".join(restore_breaks(line, whole=True) if at in inner else line for at, line in enumerate(lines))
        )
    return out


def _close(current: _Open) -> Instrument:
    """The finished instrument; its date is left to the date extractor. A printed web page's furniture above a
    decision's title is left out of its text (blanked)."""
    texts = [_page_text(page) for page in current.pages]
    if current.furniture_lines:
        # a running header the later pages open with stays, so the furniture reader still knows it there
        heads = frozenset(normalise(lines[0].text) for page in current.pages[1:] if (lines := _page_lines(page)))
        texts[0] = _blank_lines(texts[0], current.furniture_lines, _page_lines(current.pages[0]), heads)
    if current.kind in _DECISION_KINDS:  # a decision run together into one paragraph gets its lines back
        texts = _restored(texts)
    return Instrument(
        kind=current.kind,
        title=current.title,
        first_page=current.pages[0].index,
        last_page=current.pages[-1].index,
        doc_number=current.doc_number,
        text="\n".join(texts),
        confidence=current.confidence,
        could_be=current.could_be,
    )


def segment(pages: Sequence[Page]) -> list[Instrument]:
    """Group the pages, in the order given, into contiguous instruments; every page lands in exactly one.
    When the file has a 卷内目录 whose rows the pages confirm, a second pass also starts a document where a row
    says one starts and names an unclassified heading by its row (`extractors.index_evidence`)."""
    source_pages = Counter(page.source for page in pages)
    readings = [_read_page(page, _page_lines(page), source_pages[page.source]) for page in pages]
    instruments = _group(pages, readings, {})
    starts = index_starts(instruments, pages)
    return _group(pages, readings, starts) if starts else instruments


def _from_index(reading: _Reading, named: TitleMatch | None) -> tuple[_Reading, bool]:
    """The page's reading with the index's word for it: (reading, whether the index opens a document here).
    The index only speaks where the page itself recognised no title."""
    if named is None or (reading.title is not None and reading.title.match is not None):
        return reading, False
    if reading.title is not None:  # an unknown heading: the row names its kind
        return replace(reading, title=replace(reading.title, match=named)), True
    title = _Title(0, 0, 0, named.title, named, False)
    return replace(reading, title=title), True


def _group(pages: Sequence[Page], readings: Sequence[_Reading], starts: dict[int, TitleMatch]) -> list[Instrument]:
    instruments: list[Instrument] = []
    current: _Open | None = None
    for page, read in zip(pages, readings, strict=True):
        reading, forced = _from_index(read, starts.get(page.index))
        if current is not None and not forced and _continues(reading, current):
            if _numbered_after_title(reading, current):  # the page gives the number the title page lacked
                current.doc_number = reading.own_number
            current.pages.append(page)
            continue
        if current is not None:
            if _web_page_over(current, reading):
                _as_web_furniture(current)
            instruments.append(_close(current))
        current = _open(page, _page_lines(page), reading)
        current.first_page_marked = reading.marker is not None
        current.cover_only = reading.cover_only
        current.top_line = reading.top_line
        if forced:
            current.confidence = min(current.confidence, CONFIDENCE_INDEX_GUESS)
    if current is not None:
        instruments.append(_close(current))
    return instruments
