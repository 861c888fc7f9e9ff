"""Edits on a built case, before rendering: rewrite text, move dates, drop instruments, renumber the index.

Defect injectors and corpus variants use these so that every change reaches each place the case prints it
(the instrument, the index, the cover's page count, the 备考表's document count) and the truth follows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from samples import forms
from samples.document import Block, CaseDoc, Footer, InstrumentDoc, Para, Table, Title

TextFn = Callable[[str], str]
DateFmt = Callable[[dt.date], str]

_NUMERALS = {ch: n for n, ch in enumerate("〇一二三四五六七八九")}
_DATE_RES: tuple[tuple[re.Pattern[str], DateFmt], ...] = (
    (re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日"), forms.cn_date),
    (
        re.compile(r"([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"),
        forms.cn_numeral_date,
    ),
    (re.compile(r"(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.])"), forms.dot_date),
    (re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])"), forms.iso_date),
)
#: How a blanked date is printed: the template's 年 月 日 with room for a pen.
BLANK_DATE = "年  月  日"


def _numeral_value(text: str) -> int:
    if len(text) == 4:
        return int("".join(str(_NUMERALS[ch]) for ch in text))
    if "十" not in text:
        return _NUMERALS[text]
    tens, _, ones = text.partition("十")
    return (_NUMERALS[tens] if tens else 1) * 10 + (_NUMERALS[ones] if ones else 0)


def _to_date(match: re.Match[str], fmt: DateFmt) -> dt.date | None:
    parts = match.groups()
    try:
        if fmt is forms.cn_numeral_date:
            return dt.date(*(_numeral_value(p) for p in parts))
        return dt.date(*(int(p) for p in parts))
    except (ValueError, KeyError):
        return None


def map_dates(text: str, fn: Callable[[dt.date, DateFmt], str]) -> str:
    """Replace every written date by fn(date, the style it was written in); a new date that ends in a digit
    keeps a space before a time that follows it (2024-03-14 10时20分, not 2024-03-1410时20分)."""
    for pattern, fmt in _DATE_RES:

        def sub(match: re.Match[str], fmt: DateFmt = fmt) -> str:
            day = _to_date(match, fmt)
            if day is None:
                return match.group(0)
            new, after = fn(day, fmt), match.string[match.end() : match.end() + 1]
            return f"{new} " if new[-1:].isdigit() and after.isdigit() else new

        text = pattern.sub(sub, text)
    return text


def date_styles(text: str) -> list[DateFmt]:
    """The styles of the dates written in `text`, in the order the patterns are tried."""
    return [fmt for pattern, fmt in _DATE_RES for match in pattern.finditer(text) if _to_date(match, fmt)]


# --- text of blocks ---------------------------------------------------------------------------------------


def _map_table(table: Table, fn: TextFn) -> Table:
    rows = tuple(
        tuple(
            replace(cell, content=_map_table(cell.content, fn) if isinstance(cell.content, Table) else fn(cell.content))
            for cell in row
        )
        for row in table.rows
    )
    return replace(table, rows=rows)


def map_block(block: Block, fn: TextFn, titles: bool = False) -> Block:
    """The block with its text passed through fn (titles only when asked: they identify the instrument)."""
    if isinstance(block, (Para, Footer)):
        return replace(block, text=fn(block.text))
    if isinstance(block, Title) and titles:
        return replace(block, text=fn(block.text))
    if isinstance(block, Table):
        return _map_table(block, fn)
    return block


def map_text(instruments: Iterable[InstrumentDoc], fn: TextFn) -> None:
    """Rewrite the text of the given instruments in place."""
    for ins in instruments:
        for page in ins.pages:
            page.blocks = [map_block(block, fn) for block in page.blocks]


def texts(ins: InstrumentDoc) -> list[str]:
    """Every text of an instrument (titles, paragraphs, cells), in order."""
    out: list[str] = []

    def keep(text: str) -> str:
        out.append(text)
        return text

    map_text([ins], keep)
    out[:0] = [b.text for page in ins.pages for b in page.blocks if isinstance(b, Title)]
    return out


def full_text(ins: InstrumentDoc) -> str:
    return "\n".join(texts(ins))


def drop_paras(ins: InstrumentDoc, pred: Callable[[str], bool]) -> int:
    """Remove the paragraphs whose text matches; returns how many went."""
    gone = 0
    for page in ins.pages:
        kept = [b for b in page.blocks if not (isinstance(b, Para) and pred(b.text))]
        gone += len(page.blocks) - len(kept)
        page.blocks = kept
    return gone


# --- instruments --------------------------------------------------------------------------------------------


def find(case: CaseDoc, kind: str) -> list[InstrumentDoc]:
    return [ins for ins in case.instruments if ins.kind == kind]


def first(case: CaseDoc, kind: str) -> InstrumentDoc | None:
    found = find(case, kind)
    return found[0] if found else None


def only(case: CaseDoc, kind: str) -> InstrumentDoc:
    """The first instrument of `kind`, which the caller knows the case holds (KeyError otherwise)."""
    found = first(case, kind)
    if found is None:
        raise KeyError(f"{case.case_id}: no {kind}")
    return found


def receipt_after(case: CaseDoc, kind: str) -> InstrumentDoc | None:
    """The first 送达回证 filed after the first instrument of `kind` (the one that proves its service)."""
    target = first(case, kind)
    if target is None:
        return None
    after = case.instruments[case.instruments.index(target) + 1 :]
    return next((ins for ins in after if ins.kind == "service_receipt"), None)


def drop(case: CaseDoc, *instruments: InstrumentDoc) -> None:
    """Remove instruments from the file and renumber what lists them."""
    case.instruments = [ins for ins in case.instruments if all(ins is not gone for gone in instruments)]
    reindex(case)


def reindex(case: CaseDoc) -> None:
    """Rebuild the 卷内文件目录 from the instruments, and fix the cover's page count and the 备考表's count."""
    lead = [ins for ins in case.instruments[:2] if ins.kind in ("cover", "index")]
    body = case.instruments[len(lead) :]
    old_index = first(case, "index")
    if old_index is not None:
        styles = date_styles(full_text(old_index))
        fmt = styles[0] if styles else forms.cn_date
        entries, page = [], 1 + sum(len(ins.pages) for ins in lead)
        for ins in body:
            last = page + len(ins.pages) - 1
            entries.append(
                (
                    ins.title.replace(" ", ""),
                    ins.doc_number or "",
                    fmt(ins.date) if ins.date else "",
                    str(page) if last == page else f"{page}-{last}",
                )
            )
            page = last + 1
        new_index = forms.index(case.agency, entries)
        case.instruments[case.instruments.index(old_index)] = new_index
    total = len(case.pages)
    counted = sum(ins.kind not in ("cover", "index", "record_back") for ins in case.instruments)
    map_text(find(case, "cover"), lambda t: re.sub(r"本卷共 \d+ 页", f"本卷共 {total} 页", t))
    map_text(find(case, "record_back"), lambda t: re.sub(r"文书材料\d+份", f"文书材料{counted}份", t))


def move(case: CaseDoc, index: int, to: int) -> None:
    """Refile the instrument at position `index` at position `to`."""
    ins = case.instruments.pop(index)
    case.instruments.insert(to, ins)
    reindex(case)


# --- dates --------------------------------------------------------------------------------------------------


def remap_dates(
    case: CaseDoc, mapping: Callable[[dt.date], dt.date], instruments: Iterable[InstrumentDoc] | None = None
) -> None:
    """Move dates through `mapping` everywhere they are written (or only in `instruments`), keeping each
    date's style; instrument dates and the timeline follow. The index is rebuilt afterwards."""
    scope = list(case.instruments if instruments is None else instruments)
    map_text(scope, lambda text: map_dates(text, lambda day, fmt: fmt(mapping(day))))
    for ins in scope:
        if ins.date:
            ins.date = mapping(ins.date)
    if instruments is None:
        case.timeline = {key: mapping(day) if day else day for key, day in case.timeline.items()}
    reindex(case)


def blank_dates(case: CaseDoc, ins: InstrumentDoc, day: dt.date) -> None:
    """Leave `day` unfilled (年  月  日) wherever `ins` writes it; the instrument then has no date."""
    map_text([ins], lambda text: map_dates(text, lambda d, fmt: BLANK_DATE if d == day else fmt(d)))
    if ins.date == day:
        ins.date = None
    reindex(case)


# --- amounts and words --------------------------------------------------------------------------------------


def amount_fn(old: int, new: int) -> TextFn:
    """A text rewrite changing a fine written as 30000元, ¥30,000.00 and 叁万元整."""
    figures = re.compile(rf"(?<![\d,.]){old}(?=元)")
    money = f"¥{old:,.2f}"

    def fn(text: str) -> str:
        text = figures.sub(str(new), text)
        return text.replace(money, f"¥{new:,.2f}").replace(forms.yuan_upper(old), forms.yuan_upper(new))

    return fn


def replace_words(case: CaseDoc, old: str, new: str, instruments: Iterable[InstrumentDoc] | None = None) -> None:
    """Plain word replacement over the given instruments (all by default)."""
    map_text(case.instruments if instruments is None else instruments, lambda text: text.replace(old, new))
