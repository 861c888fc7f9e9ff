"""Layout robustness of the decision readers: the same decisions with their text layer printed differently.

    .venv/bin/python bench/perturb.py                       # real dev + pricedec + handdec, every perturbation
    .venv/bin/python bench/perturb.py --only rewrap items   # some perturbations
    .venv/bin/python bench/perturb.py --show basis          # the flipped documents' label, before and after
    .venv/bin/python bench/perturb.py --rounds 3 --seed 7   # more draws per document
    .venv/bin/python bench/perturb.py --checks              # …and the decision-scope checks against their labels

Metamorphic testing: no new labels. Each labelled decision is read once (ingest), then its pages are changed the
way real PDFs differ from one another and read again (segment → extract), exactly where the document text enters
the pipeline — the one `Page` model every format becomes — so nothing downstream knows. A field that was right
before and is wrong after is a *flip*: a rule that leaned on a layout accident. The perturbations:

* ``rewrap`` — every paragraph re-wrapped at another width, so line breaks fall elsewhere (inside law titles,
  article numbers, amounts, names);
* ``pagebreak`` — a page cut in two at a random line, with a running footer or header on the cut
  (第 N 页 共 M 页, - N -, 本文书一式…);
* ``wide`` / ``narrow`` — digits, letters, brackets and colons full-width, or half-width;
* ``items`` — the item forms swapped: （一） vs （1） vs 一、 vs 1. at line starts, 第（一）项 vs 第1项 vs 第一项;
* ``spaces`` — spaces between CJK characters: some lines letter-spaced, single spaces elsewhere;
* ``docno`` — the 文号's year brackets: 〔〕 vs [] vs （） vs 【】.

And the same decision in another clerk's words, each change one that leaves every label as it is:

* ``numerals`` — article and 款 numbers all in digits (第13条第1款) or all in Chinese (第十三条第一款);
* ``verbs`` — 依据 / 根据 / 依照 before a law's name swapped for one another;
* ``amounts`` — amounts in figures with or without thousands commas and 角分 (3000元 / 3,000.00元);
* ``laws`` — national laws named with or without 中华人民共和国, drawn per occurrence;
* ``dates`` — the signature's date line in Chinese numerals (二〇二四年五月十六日, 〇 or ○);
* ``periods`` — periods (十五日内, 六十日内, 六个月内, 五个工作日) all in digits or all in Chinese numerals;
* ``seals`` — the printed seal placeholder as （印章）, （公章） or （盖章）;
* ``parties`` — the party block's label as 当事人：, 当事人名称： or 被处罚人：;
* ``barelaws`` — national laws named without 《》, with or without 中华人民共和国;
* ``capitals`` — amounts in figures after a money word followed by their capitals in brackets (（大写：叁仟元整）);
* ``codelabels`` — the credit code's label as 统一社会信用代码, 社会信用代码, 信用代码 or 统一社会信用代码（注册号）.

Values are compared with the labels as `bench/real.py` does, after folding widths, spaces and the 文号's bracket
kinds on both sides (a bracket the perturbation changed is not a miss). Only the labelled DEV real decisions are
read (never a held-out one), with the committed pricedec and handdec corpora; it reads no other hand-written set.
Draws are seeded per (seed, round, document, perturbation): the same command prints the same table. The real set
is read in place (REVIEWER_REAL_DIR or ../shared/real) and nothing of its text is written anywhere.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.real_fields import FIELDS, FieldSpec, decision_of, load_labels, read_pages, real_dir  # noqa: E402
from extractors.fields.folding import cn_int  # noqa: E402
from reviewer.core.model import Box, Line, Page  # noqa: E402
from samples.pricedec.cn import capitals, small  # noqa: E402

CORPORA = (ROOT / "samples" / "pricedec" / "cases", ROOT / "samples" / "handdec" / "cases")
#: The real decisions' check outcomes, read by hand (tests/real/checks/dNNN.json).
CHECK_LABELS = ROOT / "tests" / "real" / "checks"

Perturbation = Callable[[list[Page], random.Random], list[Page]]

_CJK = re.compile(r"[\u3400-\u9fff]")


# ── pages and lines ────────────────────────────────────────────────────────────────────────────────────


def _with_lines(page: Page, lines: list[Line]) -> Page:
    """The page with new lines, its text rebuilt from them as the readers build it."""
    return page.model_copy(update={"lines": lines, "text": "\n".join(line.text for line in lines)})


def _map_text(pages: list[Page], change: Callable[[str], str]) -> list[Page]:
    """Every line's text changed by `change`; boxes and typography kept."""
    return [
        _with_lines(page, [line.model_copy(update={"text": change(line.text)}) for line in page.lines])
        for page in pages
    ]


def _size(line: Line) -> float:
    """The line's height in points: its box's (a reader's font size can be a PDF's unscaled one), else its font
    size, else a body size."""
    if line.box:
        return max(1.0, line.box[3] - line.box[1])
    return line.size or 12.0


def _ems(text: str) -> float:
    """Width in character cells: ASCII half a cell, everything else one."""
    return sum(0.5 if ord(char) < 0x80 else 1.0 for char in text)


# ── rewrap ─────────────────────────────────────────────────────────────────────────────────────────────


#: A line opening with a label (当事人：, 主体资格证照名称：) starts a paragraph of its own, however long the line
#: above: a party block's lines are separate paragraphs a narrower column would never run together.
_LABEL_START = re.compile(r"^\s*[\u4e00-\u9fff（）()、]{2,16}\s*[:：]")
#: A table row typed with column gaps (当事人　　　　某某店　　　　经营者　　某某): its own paragraph, as is the row
#: below it — cells are never re-wrapped into running text.
_TABLE_ROW = re.compile(r"[\u3000]{2,}|[ ]{4,}")


def _continues(before: Line, line: Line, right: float, left: float) -> bool:
    """Whether `line` carries on `before`'s paragraph: `before` reaches the right margin, `line` starts at the
    left one just below it, in the same size, and opens with no label."""
    if not before.box or not line.box:
        return False
    size = _size(before)
    full = before.box[2] >= left + 0.85 * (right - left)
    below = 0 < line.box[1] - before.box[1] < 2.2 * size
    at_margin = line.box[0] <= left + 0.8 * size
    table = _TABLE_ROW.search(before.text.strip()) or _TABLE_ROW.search(line.text.strip())
    return (
        full
        and below
        and at_margin
        and abs(_size(line) - size) < 1.5
        and not _LABEL_START.match(line.text)
        and not table
    )


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """The page's lines grouped into paragraphs by the margins (lines without boxes stay alone)."""
    boxed = [line.box for line in lines if line.box]
    if not boxed:
        return [[line] for line in lines]
    right = max(box[2] for box in boxed)
    left = min(box[0] for box in boxed)
    groups: list[list[Line]] = []
    for line in lines:
        if groups and _continues(groups[-1][-1], line, right, left):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


#: Closing marks a typesetter never starts a line with (they hang on the line before) and opening marks it never
#: ends one with (they move down with what they open).
_NO_START = set("，。、；：？！）》」』”’〕】］,.;:?!)]%")
_NO_END = set("（《「『“‘〔【［([")
_WORD = re.compile(r"[!-~]+|.", re.S)
#: Opening marks at the end of a line so far, with the spaces a text layer prints after them.
_OPENING_END = re.compile("(?:[" + re.escape("".join(_NO_END)) + r"]\s*)+$")


def _cut(text: str, width: float) -> list[str]:
    """`text` in lines of about `width` cells, broken as a word processor breaks CJK text: anywhere between
    characters, but never inside a run of ASCII (a word, a number, a masked code), never before a closing mark or after an
    opening one — a space the text layer prints after an opening mark (〔 2025 〕) is no place to break either."""
    lines: list[str] = []
    current, used = "", 0.0
    for token in _WORD.findall(text):
        cells = _ems(token)
        if current and used + cells > width and token[0] not in _NO_START:
            opening = _OPENING_END.search(current)
            keep = current[: opening.start()] if opening else current
            carried = current[len(keep) :]
            if keep:
                lines.append(keep)
                current, used = carried, _ems(carried)
        current += token
        used += cells
    return [*lines, current] if current else lines


def _column(lines: list[Line], left: float, right: float) -> float:
    """How many cells a full line of the page holds: the usual width of the lines reaching both margins."""
    full = [
        _ems(line.text)
        for line in lines
        if line.box and line.box[0] <= left + 0.8 * _size(line) and line.box[2] >= left + 0.85 * (right - left)
    ]
    return statistics.median(full) if full else max((_ems(line.text) for line in lines), default=0.0)


def rewrap(pages: list[Page], rnd: random.Random) -> list[Page]:
    """Body paragraphs re-wrapped in a column a few cells narrower or wider than printed (a first-line indent
    kept); lines below move with them. Running heads and feet stay as printed: a word processor sets them in
    their own frame, never as part of the body's paragraphs."""
    shift = rnd.choice([-9, -7, -5, -4, -3, -2, 2, 3, 4, 5, 7])
    out = []
    for page, running in zip(pages, _running(pages), strict=True):
        fixed = {id(page.lines[position]) for position in running}
        boxed = [line.box for line in page.lines if line.box]
        if not boxed:
            out.append(page)
            continue
        left = min(box[0] for box in boxed)
        right = max(box[2] for box in boxed)
        width = max(8.0, _column(page.lines, left, right) + shift)
        lines: list[Line] = []
        moved = 0.0
        for group in _paragraphs(page.lines):
            first = group[0]
            size = _size(first)
            kept = _centred(group, page) or _table_rows(group) or any(id(line) in fixed for line in group)
            if not first.box or first.box[0] > left + 2.5 * size or kept:
                lines.extend(_moved(line, moved) for line in group)
                continue
            x_more = group[1].box[0] if len(group) > 1 and group[1].box else left
            indent = max(0.0, round((first.box[0] - x_more) / size))
            pieces = _cut(" " * int(indent) + "".join(line.text for line in group), width)
            pieces[0] = pieces[0][int(indent) :]
            if [line.text for line in group] == pieces:
                lines.extend(_moved(line, moved) for line in group)
                continue
            pitch = (group[-1].box[1] - first.box[1]) / (len(group) - 1) if len(group) > 1 else 1.6 * size  # type: ignore[index]
            for number, piece in enumerate(pieces):
                x0 = first.box[0] if number == 0 else x_more
                top = first.box[1] + moved + number * pitch
                box = (x0, top, x0 + _ems(piece) * size, top + size)
                lines.append(first.model_copy(update={"text": piece, "box": box}))
            moved += (len(pieces) - len(group)) * pitch
        out.append(_with_lines(page, lines))
    return out


#: A labelled cell after a wide gap (名称：某某公司　　　法定代表人：某某): the line is a row of a two-column table.
_CELL_AFTER_GAP = re.compile(r"\S[ \t\u3000]{3,}[^\s:：，。；]{1,12}[:：]")


#: A table's walls as a text layer keeps them: box-drawing rules (┌─┬, │…│) or cells parted by " | ".
_WALLED_ROW = re.compile(r"[\u2500-\u257f]|\S[ \t\u3000]*\|[ \t\u3000]*\S")


def _table_rows(group: list[Line]) -> bool:
    """Lines set as the rows of a table (two labelled cells side by side, or cells between walls): a word processor
    wraps each cell in its own column, never the row as one paragraph, so re-wrapping it would print what no PDF
    prints."""
    return any(_CELL_AFTER_GAP.search(line.text) or _WALLED_ROW.search(line.text) for line in group)


def _centred(group: list[Line], page: Page) -> bool:
    """A single line set in the middle of the page (a title, an agency's name): never re-wrapped."""
    box = group[0].box
    if len(group) > 1 or not box or not page.width:
        return False
    return abs((box[0] + box[2]) / 2 - page.width / 2) <= 0.08 * page.width and box[0] > min(
        (line.box[0] for line in page.lines if line.box), default=0.0
    ) + _size(group[0])


def _moved(line: Line, down: float) -> Line:
    if not line.box or not down:
        return line
    x0, top, x1, bottom = line.box
    return line.model_copy(update={"box": (x0, top + down, x1, bottom + down)})


# ── page break ─────────────────────────────────────────────────────────────────────────────────────────

_FOOTERS = (
    "第{n}页 共{m}页",
    "第 {n} 页 共 {m} 页",
    "- {n} -",
    "— {n} —",
    "本文书一式两份，一份送达当事人，一份存档。",
)
_PAGE_OF = re.compile(r"(第\s*)(\d{1,3})(\s*页\s*[,，/／]?\s*共\s*)(\d{1,3})(\s*页)")
_OF_PAGE = re.compile(r"(共\s*)(\d{1,3})(\s*页\s*[,，/／]?\s*第\s*)(\d{1,3})(\s*页)")
_ALONE = re.compile(r"^(\s*[-—－]?\s*)(\d{1,3})(\s*[-—－]?\s*)$")
#: 第N页 with no page count (某局　第1页): a marker at a page's edge.
_PAGE_ONLY = re.compile(r"(第\s*)(\d{1,3})(\s*页)(?!\s*[,，/／]?\s*共)")
#: n/m alone, or after words and a gap (某局　1/2: a running foot of the agency's name with its page over the count).
_FRACTION = re.compile(r"^((?:[^\n]*?\s)?\s*[-—－]?\s*)(\d{1,3})(\s*/\s*)(\d{1,3})(\s*[-—－]?\s*)$")
#: Lines of the body kept on the first page of a file before a break may fall: a typesetter keeps the heading
#: block (agency, title, 文号, the start of the party block) together.
_HEADING_LINES = 8


def _at_edge(line: Line, page: Page) -> bool:
    """In the top or bottom tenth of the page (or placed nowhere)."""
    if not line.box or not page.height:
        return True
    return line.box[1] < 0.1 * page.height or line.box[1] > 0.9 * page.height


def _is_marker(line: Line, page: Page) -> bool:
    """A page marker: 第n页 共m页 anywhere in the line, or a line that is only a page number or n/m at an edge."""
    text = line.text
    if _PAGE_OF.search(text) or _OF_PAGE.search(text):
        return True
    return bool((_ALONE.match(text) or _FRACTION.match(text) or _PAGE_ONLY.search(text)) and _at_edge(line, page))


def _renumber(line: Line, page: Page, later: bool) -> Line:
    """A marker counting one page more in all, and one more before it when `later`."""
    if not _is_marker(line, page):
        return line
    step = 1 if later else 0
    text = _PAGE_OF.sub(lambda m: f"{m[1]}{int(m[2]) + step}{m[3]}{int(m[4]) + 1}{m[5]}", line.text)
    text = _OF_PAGE.sub(lambda m: f"{m[1]}{int(m[2]) + 1}{m[3]}{int(m[4]) + step}{m[5]}", text)
    text = _FRACTION.sub(lambda m: f"{m[1]}{int(m[2]) + step}{m[3]}{int(m[4]) + 1}{m[5]}", text)
    text = _ALONE.sub(lambda m: f"{m[1]}{int(m[2]) + step}{m[3]}", text)
    if not (_PAGE_OF.search(line.text) or _OF_PAGE.search(line.text)):
        text = _PAGE_ONLY.sub(lambda m: f"{m[1]}{int(m[2]) + step}{m[3]}", text)
    return line.model_copy(update={"text": text})


def _running(pages: list[Page]) -> list[set[int]]:
    """Per page, the positions of its running lines: page markers, and lines in the page's top or bottom tenth
    printed at the same place on another page with the same words (digits aside). The same height alone is not
    enough: the agency's name centred over the title and the same name in the signature block, set right, may
    share a height on the first and the last page without being a running head."""

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    def same_place(one: Box, other: Box) -> bool:
        """The same height, and the same left edge, right edge or centre (a page number's width may change)."""
        across = (one[0] - other[0], one[2] - other[2], (one[0] + one[2] - other[0] - other[2]) / 2)
        return abs(one[1] - other[1]) <= 12 and min(abs(d) for d in across) <= 12

    seen: dict[str, list[tuple[int, Box]]] = defaultdict(list)
    for number, page in enumerate(pages):
        for line in page.lines:
            if line.box and line.text.strip():
                seen[key(line)].append((number, line.box))
    out = []
    for number, page in enumerate(pages):
        running = set()
        for position, line in enumerate(page.lines):
            box = line.box
            again = box and any(other != number and same_place(box, where) for other, where in seen[key(line)])
            if (again and _at_edge(line, page)) or _is_marker(line, page):
                running.add(position)
        out.append(running)
    return out


def page_break(pages: list[Page], rnd: random.Random) -> list[Page]:
    """One page cut in two at a random body line, its running header and footer on both halves and every page
    marker renumbered; a file with no page markers gets a running footer on every page."""
    running = _running(pages)
    bodies = [[i for i in range(len(page.lines)) if i not in running[n]] for n, page in enumerate(pages)]
    lowest = [_HEADING_LINES if n == 0 else 2 for n in range(len(pages))]
    candidates = [n for n, body in enumerate(bodies) if len(body) >= lowest[n] + 3]
    if not candidates:
        return pages
    at = rnd.choice(candidates)
    page, body = pages[at], bodies[at]
    cut = body[rnd.randrange(lowest[at], len(body) - 1)]
    head = [_renumber(line, page, later=False) for i, line in enumerate(page.lines) if i in running[at] or i < cut]
    lift = 0.0
    if page.lines[cut].box and page.lines[body[0]].box:
        lift = page.lines[cut].box[1] - page.lines[body[0]].box[1]  # type: ignore[index]
    rest = [
        _renumber(line, page, later=True) if i in running[at] else _moved(line, -lift)
        for i, line in enumerate(page.lines)
        if i in running[at] or i >= cut
    ]
    out = [
        *(_with_lines(p, [_renumber(line, p, later=False) for line in p.lines]) for p in pages[:at]),
        _with_lines(page, head),
        _with_lines(page, rest),
        *(_with_lines(p, [_renumber(line, p, later=True) for line in p.lines]) for p in pages[at + 1 :]),
    ]
    if not any(_is_marker(line, p) for p in pages for line in p.lines):
        style = rnd.choice(_FOOTERS)
        out = [_with_footer(p, style.format(n=n, m=len(out))) for n, p in enumerate(out, start=1)]
    return [p.model_copy(update={"index": i, "source_page": i}) for i, p in enumerate(out, start=1)]


def _with_footer(page: Page, text: str) -> Page:
    """The page with `text` centred in small print at its bottom."""
    width, height = page.width or 595.0, page.height or 842.0
    half = _ems(text) * 4.5
    footer = Line(text=text, box=(width / 2 - half, height - 60, width / 2 + half, height - 51), size=9.0)
    return _with_lines(page, [*page.lines, footer])


# ── characters ─────────────────────────────────────────────────────────────────────────────────────────

_SHAPES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz()[]:"
_TO_WIDE = {ord(c): ord(c) + 0xFEE0 for c in _SHAPES}
_TO_NARROW = {ord(c) + 0xFEE0: ord(c) for c in _SHAPES}


def to_wide(pages: list[Page], rnd: random.Random) -> list[Page]:
    """Digits, letters, brackets and colons full-width, and a decimal point between digits with them."""

    def change(text: str) -> str:
        return re.sub(r"(?<=\d)\.(?=\d)", "．", text).translate(_TO_WIDE)

    return _map_text(pages, change)


def to_narrow(pages: list[Page], rnd: random.Random) -> list[Page]:
    """Full-width digits, letters, brackets and colons half-width."""
    return _map_text(pages, lambda text: text.replace("．", ".").translate(_TO_NARROW))


def cjk_spaces(pages: list[Page], rnd: random.Random) -> list[Page]:
    """Spaces between CJK characters: some lines letter-spaced throughout (a gap already printed there, a table
    cell's or a label's, stays wider than the letter spacing), a single space in others."""

    def change(text: str) -> str:
        pairs = [i for i in range(1, len(text)) if _CJK.match(text[i - 1]) and _CJK.match(text[i])]
        if not pairs:
            return text
        draw = rnd.random()
        if draw < 0.12:
            return _letter_spaced(text, set(pairs))
        if draw < 0.45:
            at = rnd.choice(pairs)
            return text[:at] + " " + text[at:]
        return text

    return _map_text(pages, change)


def _letter_spaced(text: str, pairs: set[int]) -> str:
    """`text` with a space before each position in `pairs`, and its own gaps widened to three spaces."""
    out: list[str] = []
    for i, char in enumerate(text):
        if char in " \t\u3000":
            if out and out[-1] != "   ":
                out.append("   ")
            continue
        out.append((" " if i in pairs else "") + char)
    return "".join(out)


# ── item forms ─────────────────────────────────────────────────────────────────────────────────────────

_CN = "[一二三四五六七八九十]{1,3}"


def _value(numeral: str) -> int:
    """An item's number, in Chinese numerals (一 … 九十九) or digits of either width."""
    value = cn_int(numeral)
    assert value is not None, numeral
    return value


_LINE_ITEM = re.compile(
    rf"^(\s*)(?:(?P<pcn>[（(]\s*{_CN}\s*[)）])|(?P<cnc>{_CN}、)|(?P<pnum>[（(]\s*[0-9０-９]{{1,2}}\s*[)）])"
    r"|(?P<num>[0-9０-９]{1,2}(?:、|[.．](?![0-9０-９]))))"
)
_ITEM_FORMS = ("（{c}）", "({c})", "{c}、", "（{n}）", "({n})", "{n}、", "{n}.", "{n}．")
_ONE_ITEM = rf"[（(]?\s*(?:{_CN}|[0-9０-９]{{1,2}})\s*[)）]?"
#: 第（一）项 after its article or paragraph (第十三条第（三）项, 第二款\n第1项), or a run of items under one 项
#: (第三、第八项 / 第（一）、（二）项), rewritten as a whole — not an ordinal in the decision's own words (对第二项
#: 违法行为: the second of its acts), which no clerk brackets.
_CITED_ITEM = re.compile(
    r"(?:(?<=[条款])|(?<=[条款]\s)|(?<=[条款]\s\s))"
    rf"第\s*{_ONE_ITEM}(?:\s*[、和及]\s*第?\s*{_ONE_ITEM})*\s*项"
)
#: A line opening with （一）项: the end of a citation broken after its 第, not an item marker.
_CITED_AFTER = re.compile(rf"\s*[（(]?\s*(?:{_CN}|[0-9０-９]{{1,2}})\s*[)）]?\s*项")
_CITED_FORMS = ("{c}", "（{c}）", "({c})", "{n}", "（{n}）")


def item_forms(pages: list[Page], rnd: random.Random) -> list[Page]:
    """Each kind of item marker opening a paragraph printed in another form; 第（一）项 in citations likewise,
    also where a line break falls inside it."""
    targets = dict(zip(("pcn", "cnc", "pnum", "num"), rnd.sample(_ITEM_FORMS, 4), strict=True))
    cited = rnd.choice(_CITED_FORMS)

    def marker(match: re.Match[str]) -> str:
        kind = match.lastgroup or "num"
        number = _value(re.sub(r"[^0-9０-９一二三四五六七八九十]", "", match[kind]))
        return match[1] + targets[kind].format(c=small(number), n=number)

    def citation(match: re.Match[str]) -> str:
        numbers = [_value(n) for n in re.findall(rf"{_CN}|[0-9０-９]{{1,2}}", match[0])]
        text = "第" + "、".join(cited.format(c=small(n), n=n) for n in numbers) + "项"
        return text[0] + "\n" * match[0].count("\n") + text[1:]  # a line break inside stays after 第

    out = []
    for page in pages:
        texts = [line.text for line in page.lines]
        for i, text in enumerate(texts):
            opens = i == 0 or texts[i - 1].rstrip().endswith(("。", "：", ":", "；", ";"))
            if opens and not _CITED_AFTER.match(text):
                texts[i] = _LINE_ITEM.sub(marker, text, count=1)
        joined = _CITED_ITEM.sub(citation, "\n".join(texts)).split("\n")
        if len(joined) != len(texts):  # a line holding a line break of its own: its citations stay as printed
            joined = texts
        out.append(
            _with_lines(page, [line.model_copy(update={"text": t}) for line, t in zip(page.lines, joined, strict=True)])
        )
    return out


# ── 文号 brackets ──────────────────────────────────────────────────────────────────────────────────────

_YEAR = re.compile(r"[〔\[［【（(]\s*((?:19|20)\d\d)\s*[〕\]］】）)](?=\s*第?\s*\d{1,6}\s*号)")
_PAIRS = ("〔〕", "[]", "［］", "【】", "（）", "()")


def doc_number_brackets(pages: list[Page], rnd: random.Random) -> list[Page]:
    """The year brackets of every 文号 printed as another pair."""
    pair = rnd.choice(_PAIRS)
    return _map_text(pages, lambda text: _YEAR.sub(lambda m: f"{pair[0]}{m[1]}{pair[1]}", text))


# ── wording: the same decision in another clerk's words ─────────────────────────────────────────────────

_ARTICLE_NO = re.compile(r"第\s*([一二三四五六七八九十百零〇]{1,6}|[0-9]{1,3})\s*(条|款)")


def article_numerals(pages: list[Page], rnd: random.Random) -> list[Page]:
    """Article and 款 numbers (1–999) all printed in Arabic digits (第13条第1款) or all in Chinese (第十三条第一款)."""
    digits = rnd.random() < 0.5

    def numeral(match: re.Match[str]) -> str:
        number = cn_int(match[1])
        if number is None or not 0 < number < 1000:
            return match[0]
        return f"第{number if digits else small(number)}{match[2]}"

    return _map_text(pages, lambda text: _ARTICLE_NO.sub(numeral, text))


#: The verb, not a label's noun (处罚依据　《…》, 法律依据：《…》).
_BASIS_VERB = re.compile(r"(?<![罚律定])(依据|根据|依照)(?=\s*《)")


def basis_verbs(pages: list[Page], rnd: random.Random) -> list[Page]:
    """Each 依据/根据/依照 before a law's name swapped for another of the three: they mean the same."""
    return _map_text(pages, lambda text: _BASIS_VERB.sub(lambda m: rnd.choice(("依据", "根据", "依照")), text))


_YUAN = re.compile(r"(?<![0-9０-９.,，])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]{1,2})?(?=\s*元)")


def amount_notation(pages: list[Page], rnd: random.Random) -> list[Page]:
    """Every amount in figures before 元 printed in one other notation: with or without thousands commas and
    with or without 角分 (3000元, 3,000元, 3000.00元, 3,000.00元). Figures opening a line are left as printed: they
    may be the tail of an amount broken at the line before."""
    commas, cents = rnd.random() < 0.5, rnd.random() < 0.5

    def notation(match: re.Match[str]) -> str:
        if match.start() == 0:
            return match[0]
        whole = int(match[1].replace(",", ""))
        fraction = (match[2] or ".00").ljust(3, "0")
        text = f"{whole:,}" if commas else str(whole)
        return text + (fraction if cents or fraction != ".00" else "")

    return _map_text(pages, lambda text: _YUAN.sub(notation, text))


_NATIONAL = re.compile(
    r"《(?:中华人民共和国([^《》\n]{2,20}法)"
    r"|(价格法|行政处罚法|行政复议法|行政诉讼法|反不正当竞争法|消费者权益保护法|产品质量法))》"
)


def law_names(pages: list[Page], rnd: random.Random) -> list[Page]:
    """National laws named with or without 中华人民共和国 (《价格法》 / 《中华人民共和国价格法》), each occurrence
    drawn on its own, as clerks mix them within one decision."""

    def either(match: re.Match[str]) -> str:
        name = match[1] or match[2]
        return f"《{name}》" if rnd.random() < 0.5 else f"《中华人民共和国{name}》"

    return _map_text(pages, lambda text: _NATIONAL.sub(either, text))


_DATE_LINE = re.compile(r"^(\s*)((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日(\s*)$")


def han_dates(pages: list[Page], rnd: random.Random) -> list[Page]:
    """A line holding only a date (the signature's) printed in Chinese numerals, with 〇 or ○ as zero."""
    zero = rnd.choice("〇○")

    def han(match: re.Match[str]) -> str:
        year = "".join("〇一二三四五六七八九"[int(c)] for c in match[2]).replace("〇", zero)
        return f"{match[1]}{year}年{small(int(match[3]))}月{small(int(match[4]))}日{match[5]}"

    return _map_text(pages, lambda text: _DATE_LINE.sub(han, text))


#: A period counted in days or months (十五日内, 60日内, 六个月内, 3个工作日内): never a date's day (3月5日).
_PERIOD = re.compile(
    r"(?<![年月0-9０-９〇○零一二三四五六七八九十百])([一二三四五六七八九十百]{1,4}|[0-9]{1,3})(?=\s*(?:个月|日内|日之内|天内|个工作日))"
)


def period_numerals(pages: list[Page], rnd: random.Random) -> list[Page]:
    """Every period (十五日内, 六十日内, 六个月内, 五个工作日) printed all in digits or all in Chinese numerals. A
    number opening a line is left as printed: it may be the tail of one broken at the line before (六\n十日内)."""
    digits = rnd.random() < 0.5

    def numeral(match: re.Match[str]) -> str:
        number = cn_int(match[1])
        if match.start() == 0 or number is None or not 0 < number < 1000:
            return match[0]
        return str(number) if digits else small(number)

    return _map_text(pages, lambda text: _PERIOD.sub(numeral, text))


_SEAL_MARK = re.compile(r"([（(])\s*(?:印章|公章|盖章)\s*([)）])")


def seal_marks(pages: list[Page], rnd: random.Random) -> list[Page]:
    """The printed seal placeholder worded as another clerk words it: （印章）, （公章）, （盖章）."""
    word = rnd.choice(("印章", "公章", "盖章"))
    return _map_text(pages, lambda text: _SEAL_MARK.sub(lambda m: f"{m[1]}{word}{m[2]}", text))


#: The party block's opening label at a line's start (当事人：某公司), not the word inside a sentence.
_PARTY_LABEL = re.compile(r"^(\s*)(?:当事人名称|当事人|被处罚人)(\s*[：:])")


def party_labels(pages: list[Page], rnd: random.Random) -> list[Page]:
    """The party block's label printed as another form prints it: 当事人：, 当事人名称：, 被处罚人：."""
    word = rnd.choice(("当事人", "当事人名称", "被处罚人"))
    return _map_text(pages, lambda text: _PARTY_LABEL.sub(lambda m: f"{m[1]}{word}{m[2]}", text))


def bare_laws(pages: list[Page], rnd: random.Random) -> list[Page]:
    """National laws named without their 《》 (违反了中华人民共和国价格法第十三条), as some clerks write them all
    through a decision, with or without 中华人民共和国."""
    state = rnd.random() < 0.5

    def bare(match: re.Match[str]) -> str:
        name = match[1] or match[2]
        return f"中华人民共和国{name}" if state else name

    return _map_text(pages, lambda text: _NATIONAL.sub(bare, text))


#: An amount in figures after a money word (罚款3000元, 没收违法所得1,234.50元, 合计人民币5000元), not yet followed by
#: its capitals in brackets.
_MONEY_FIGURES = re.compile(
    r"((?:罚款|违法所得|罚没款|合计|共计|人民币)[^，,。；;：:\n0-9０-９（(]{0,4})"
    r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]{1,2})?元(?!\s*[（(])"
)


def money_capitals(pages: list[Page], rnd: random.Random) -> list[Page]:
    """Amounts in figures after a money word given their capitals in brackets, as many clerks print them
    (罚款3000元（大写：叁仟元整）, …（人民币叁仟元整））; the money word before them keeps a broken amount's tail
    (figures opening a line) as printed, and an amount inside brackets (其中…罚款500元) is left alone."""
    form = rnd.choice(("（大写：{}）", "（人民币{}）", "({})"))

    def spelled(match: re.Match[str]) -> str:
        before = match.string[: match.start()]
        if len(re.findall(r"[（(]", before)) > len(re.findall(r"[）)]", before)):
            return match[0]  # inside a bracket already (其中…罚款500元): brackets are not nested so
        amount = Decimal(match[2].replace(",", "") + (match[3] or ""))
        return match[0] + form.format(capitals(amount))

    return _map_text(pages, lambda text: _MONEY_FIGURES.sub(spelled, text))


#: The credit code's label at a line's start or after a separator (统一社会信用代码：9…).
_CODE_LABEL = re.compile(r"(?<![\u4e00-\u9fff])统一社会信用代码(\s*[：:])")


def code_labels(pages: list[Page], rnd: random.Random) -> list[Page]:
    """The credit code's label worded as other forms word it: 统一社会信用代码, 社会信用代码, 信用代码,
    统一社会信用代码（注册号）."""
    word = rnd.choice(("统一社会信用代码", "社会信用代码", "信用代码", "统一社会信用代码（注册号）"))
    return _map_text(pages, lambda text: _CODE_LABEL.sub(lambda m: word + m[1], text))


PERTURBATIONS: dict[str, Perturbation] = {
    "rewrap": rewrap,
    "pagebreak": page_break,
    "wide": to_wide,
    "narrow": to_narrow,
    "items": item_forms,
    "spaces": cjk_spaces,
    "docno": doc_number_brackets,
    "numerals": article_numerals,
    "verbs": basis_verbs,
    "amounts": amount_notation,
    "laws": law_names,
    "dates": han_dates,
    "periods": period_numerals,
    "seals": seal_marks,
    "parties": party_labels,
    "barelaws": bare_laws,
    "capitals": money_capitals,
    "codelabels": code_labels,
}


# ── comparing ──────────────────────────────────────────────────────────────────────────────────────────

_BRACKETS = str.maketrans("〔〕[]［］【】()", "（）（）（）（）（）")


def _canon(value: Any) -> Any:
    """Strings with width, spaces and bracket kinds folded, on both sides of a comparison."""
    if isinstance(value, str):
        wide = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
        return re.sub(r"\s+", "", value.translate(wide)).translate(_BRACKETS)
    if isinstance(value, list):
        return [_canon(item) for item in value]
    return value


def right(spec: FieldSpec, label: dict[str, Any], got: dict[str, Any]) -> bool:
    return bool(spec.same(_canon(spec.get(label)), _canon(spec.get(got))))


@dataclass(frozen=True)
class Flip:
    """One field of one document that was right as printed and wrong after a perturbation (or the reverse)."""

    doc: str
    field: str
    perturbation: str
    round: int
    label: Any
    before: Any
    after: Any
    broke: bool


def documents(with_real: bool, corpora: Sequence[Path]) -> list[tuple[str, Path, dict[str, Any]]]:
    """(id, pdf, label) of every document read: the real DEV decisions, then each corpus's. A label carries its
    decision-scope check outcomes under `_checks` (from checks/NAME.json beside labels/)."""
    out = []
    if with_real:
        folder = real_dir() / "decisions"
        out += [
            (doc, folder / f"{doc}.pdf", _with_checks(lab, CHECK_LABELS / f"{doc}.json"))
            for doc, lab in load_labels(split="dev").items()
        ]
    for corpus in corpora:
        out += [
            (doc, corpus / f"{doc}.pdf", _with_checks(lab, corpus / "checks" / f"{doc}.json"))
            for doc, lab in load_labels(folder=corpus / "labels").items()
        ]
    return out


def _with_checks(label: dict[str, Any], path: Path) -> dict[str, Any]:
    if not path.exists():
        return label
    checks = json.loads(path.read_text(encoding="utf-8"))["checks"]
    return {**label, "_checks": {check_id: entry["status"] for check_id, entry in checks.items()}}


def checks_of(pages: list[Page]) -> dict[str, str]:
    """Check id → status of the decision scope on these pages (segment → extract → check, as a review runs it after
    ingest); {} when no decision is found in them."""
    from reviewer.core.errors import NoDecision
    from reviewer.core.model import CaseFile
    from reviewer.core.settings import Settings
    from reviewer.pipeline.run import read_and_check, resolve_scope

    settings = Settings(ocr_engine="none")
    standard, scope = resolve_scope("decision", None, settings)
    try:
        _, findings = read_and_check(CaseFile(case_id="perturbed", pages=pages), settings, standard, scope)
    except NoDecision:
        return {}
    return {finding.check_id: finding.status for finding in findings}


def check_right(label: str, got: str | None) -> bool:
    """A check's outcome agrees with its label as bench/decision_checks.py counts it: a fail is reported exactly
    where the label says fail (an `unknown` on a labelled pass costs nothing)."""
    return (got == "fail") == (label == "fail")


def run_document(
    doc: str, pdf: Path, label: dict[str, Any], names: Sequence[str], rounds: int, seed: int, checks: bool = False
) -> tuple[int, list[Flip], list[str]]:
    """The flips of one document: (fields right as printed, flips both ways, perturbations that crashed); with
    `checks`, the decision-scope checks' outcomes are compared with their labels too."""
    pages = read_pages(pdf)
    base = decision_of(copy.deepcopy(pages))
    right_before = {spec.name: right(spec, label, base) for spec in FIELDS}
    wanted = label.get("_checks", {}) if checks else {}
    base_checks = checks_of(copy.deepcopy(pages)) if wanted else {}
    checks_before = {check: check_right(status, base_checks.get(check)) for check, status in wanted.items()}
    flips, crashed = [], []
    for name in names:
        for number in range(rounds):
            rnd = random.Random(f"{seed}/{number}/{doc}/{name}")
            try:
                changed = PERTURBATIONS[name](copy.deepcopy(pages), rnd)
                got = decision_of(copy.deepcopy(changed))
                got_checks = checks_of(changed) if wanted else {}
            except Exception as error:  # a crash is a finding, not the end of the bench
                crashed.append(f"{doc} {name} round {number}: {type(error).__name__}: {error}")
                continue
            for spec in FIELDS:
                now = right(spec, label, got)
                if now != right_before[spec.name]:
                    flips.append(
                        Flip(doc, spec.name, name, number, spec.get(label), spec.get(base), spec.get(got), not now)
                    )
            for check, status in wanted.items():
                now = check_right(status, got_checks.get(check))
                if now != checks_before[check]:
                    flips.append(
                        Flip(doc, check, name, number, status, base_checks.get(check), got_checks.get(check), not now)
                    )
    return sum(right_before.values()), flips, crashed


def table(flips: Sequence[Flip], names: Sequence[str], broke: bool = True) -> list[str]:
    """Field × perturbation counts of right→wrong flips (or wrong→right), fields with none left out."""
    counts: Counter[tuple[str, str]] = Counter((f.field, f.perturbation) for f in flips if f.broke == broke)
    width = max(7, *(len(n) for n in names))
    rows = [f"{'field or check':32} " + " ".join(f"{n:>{width}}" for n in names) + f" {'total':>{width}}"]
    keys = [spec.name for spec in FIELDS] + sorted({f.field for f in flips} - {spec.name for spec in FIELDS})
    for key in keys:
        cells = [counts[(key, n)] for n in names]
        if any(cells):
            rows.append(f"{key:32} " + " ".join(f"{c:>{width}}" for c in cells) + f" {sum(cells):>{width}}")
    totals = [sum(counts[(key, n)] for key in keys) for n in names]
    rows.append(f"{'total':32} " + " ".join(f"{c:>{width}}" for c in totals) + f" {sum(totals):>{width}}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=list(PERTURBATIONS), help="these perturbations only")
    parser.add_argument("--show", nargs="+", metavar="FIELD", help="print these fields' flips: label, before, after")
    parser.add_argument("--rounds", type=int, default=1, help="draws per document and perturbation")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--docs", nargs="+", help="only these documents (d001 p001 h001 …)")
    parser.add_argument("--no-real", action="store_true", help="leave out the real dev decisions")
    parser.add_argument("--corpus", type=Path, nargs="*", help="labelled corpora (default: pricedec, handdec)")
    parser.add_argument(
        "--checks", action="store_true", help="also compare the decision-scope checks with their labels (slower)"
    )
    args = parser.parse_args(argv)
    names = args.only or list(PERTURBATIONS)
    corpora = CORPORA if args.corpus is None else tuple(args.corpus)
    wanted = documents(not args.no_real, corpora)
    if args.docs:
        wanted = [item for item in wanted if item[0] in set(args.docs)]
    started = time.perf_counter()
    flips: list[Flip] = []
    crashed: list[str] = []
    right_before = 0
    for doc, pdf, label in wanted:
        good, found, broken = run_document(doc, pdf, label, names, args.rounds, args.seed, args.checks)
        right_before += good
        flips += found
        crashed += broken
    seconds = time.perf_counter() - started
    print(f"{len(wanted)} documents × {len(names)} perturbations × {args.rounds} round(s), seed {args.seed}")
    print(f"{right_before}/{len(wanted) * len(FIELDS)} field values right as printed")
    print("\nright → wrong:")
    print("\n".join(table(flips, names)))
    print("\nwrong → right:")
    print("\n".join(table(flips, names, broke=False)))
    for line in crashed:
        print("CRASH", line)
    shown: dict[str, list[Flip]] = defaultdict(list)
    for flip in flips:
        if args.show and flip.field in args.show:
            shown[flip.field].append(flip)
    for field, found in shown.items():
        print(f"\n== {field}")
        for flip in found:
            arrow = "right→wrong" if flip.broke else "wrong→right"
            print(f"{flip.doc} {flip.perturbation}#{flip.round} {arrow}: label {flip.label!r}")
            print(f"    before {flip.before!r}\n    after  {flip.after!r}")
    print(f"\n{seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
