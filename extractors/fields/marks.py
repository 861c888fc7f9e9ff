"""Seals, signature lines and blank fields: the marks that show an instrument was completed.

* Seals: a bracketed seal mark standing for an impression — "（印章）", "（公章）", "（盖章）", "（章）",
  "（收讫章）", "（单位印章）", "（登记机关章）", also with half-width, square or lenticular brackets and
  OCR spaces ("( 印 章 )"). `signing_seal` says whether one sits in the signing block at the end.
* Signatures: labelled lines — "签名：", "签字：", "被询问人签名：", "当事人（签名）：", "收件人签名（盖章） 董英",
  "受送达人签名或盖章" — with the value written after the label and the date that follows (same line, or
  the next line when that line holds only a date).
* Blank fields: "label：" followed by nothing but spaces, underscores or a blank 年 月 日 template (a "/"
  is a deliberate "not applicable" and does not count as blank).

Decisions:

* A seal mark that is part of a label ("当事人（盖章）：…", "收件人签名（盖章） 董英") is a place to seal or
  sign, not an impression: it is read as a signature label, not as a seal.
* A signature is `filled` when its value holds anything but spaces, underscores and a "/" (the "not
  applicable" stroke of table forms). A blank date after the label is reported in `date` (blank=True).
* A signature label must be followed by a colon, or by spaces, or end its own line; prose such as
  "核对笔录后签名。" is not read.
* Offsets index the caller's text: normalisation is character-for-character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.fields.dates import DateMatch, find_dates, signed_end
from reviewer.core.model import Page
from reviewer.core.text import FULL_WIDTH

__all__ = [
    "BlankField",
    "Marks",
    "Seal",
    "Signature",
    "date_line",
    "find_blank_fields",
    "find_seals",
    "find_signatures",
    "read_marks",
    "scanned_seal",
    "signing_seal",
]


@dataclass(frozen=True)
class Seal:
    """A seal impression mark: `kind` is the word inside the brackets ("印章", "公章", "收讫章" …)."""

    kind: str
    raw: str
    start: int
    end: int
    in_signing_block: bool


@dataclass(frozen=True)
class Signature:
    """A signature line: `label` as written ("被询问人签名"), the value after it and the date that follows."""

    label: str
    value: str
    filled: bool
    start: int
    end: int
    value_start: int
    value_end: int
    date: DateMatch | None = None

    @property
    def dated(self) -> bool:
        """A filled (non-blank, valid) date follows the signature."""
        return self.date is not None and self.date.value is not None


@dataclass(frozen=True)
class BlankField:
    """A label with nothing after it; `start`/`end` index the label, `value_end` the end of the filling."""

    label: str
    start: int
    end: int
    value_end: int


@dataclass(frozen=True)
class Marks:
    """All marks of one instrument."""

    seals: list[Seal]
    signatures: list[Signature]
    blanks: list[BlankField]

    @property
    def sealed(self) -> bool:
        """A seal mark sits in the signing block."""
        return any(seal.in_signing_block for seal in self.seals)

    @property
    def empty_signatures(self) -> list[Signature]:
        return [signature for signature in self.signatures if not signature.filled]


# --- patterns --------------------------------------------------------------------------------------------

_SP = r"[ \t\u3000]"
_OPEN, _CLOSE = r"[(（\[【〔〖]", r"[)）\]】〕〗]"
_SEAL_WORD = r"(?:[\u4e00-\u9fff]{0,6}?(?:印章|公章|盖章|收讫章|专用章|签章)|章)"
#: A placeholder naming the agency may be wrapped over two lines (（某某县市场监督管理局印\n章）), also before its
#: closing bracket (（印章\n）), and spaced out as widely as a letter-spaced line sets it (（印   章）).
_WRAP = rf"(?:{_SP}{{0,4}}|{_SP}*\n{_SP}*)"
#: The date a seal's stamp line may carry inside its bracket (（某某局印章　2024.5.6）, （印章　二〇二四年五月六日）).
_NUM = r"[0-9〇○零一二三四五六七八九十]"
_STAMP_DATE = rf"(?:{_SP}*{_NUM}{{2,4}}(?:年{_NUM}{{1,3}}月{_NUM}{{1,3}}日|[./\-]{_NUM}{{1,2}}[./\-]{_NUM}{{1,2}}))"
_SEAL = re.compile(
    rf"{_OPEN}{_SP}*(?P<kind>(?:[\u4e00-\u9fff]{_WRAP}){{0,16}}?(?:印{_WRAP}章|公{_WRAP}章|专用章|签{_WRAP}章)|"
    rf"(?:[\u4e00-\u9fff]{_SP}?){{0,6}}?(?:盖{_SP}?章|收{_SP}?讫{_SP}?章|章)){_STAMP_DATE}?{_SP}*\n?{_SP}*{_CLOSE}"
)
#: The shortest placeholder, （印） or （盖印）, and the agency's name with 印 (（某某县市场监督管理局印）), are
#: seal marks only on a line of their own: inside a sentence the bracket may say something else.
#: Letter spacing inside the name aside (（某 某县市场监督管理局印）).
_AGENCY_SEAL = rf"(?:[\u4e00-\u9fff]{_SP}?){{2,30}}?(?:局|委员会|政府|办公室|大队|支队|中队|分局|所|厅){_SP}?"
_BARE_SEAL = re.compile(
    rf"(?m)^{_SP}*(?P<mark>{_OPEN}{_SP}*(?P<kind>(?:{_AGENCY_SEAL})?盖?{_SP}?印){_SP}*{_CLOSE}){_SP}*$"
)
_SIGN_WORD = r"(?:签名或盖章|签字或盖章|签名或签章|签名|签字|签章|签收)"
_SIGN_LABEL = re.compile(
    rf"(?<![\u4e00-\u9fff])(?P<label>[\u4e00-\u9fff]{{0,10}}?"
    rf"(?:{_SIGN_WORD}(?:{_OPEN}{_SEAL_WORD}{_CLOSE})?|{_OPEN}{_SP}*(?:{_SIGN_WORD}|盖章|签名[或/、]盖章){_SP}*{_CLOSE}))"
    rf"(?P<sep>{_SP}*[:：]|{_SP}+|{_SP}*(?=\n|$))"
)
#: "label：" anywhere on a line (after its start, a space or punctuation).
_FIELD_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff（）()]{0,11})[:：]")
_FILLING = re.compile(r"[ \t\u3000_＿]*")
_TAIL_LINES = 7
_FOOTER = re.compile(r"^\s*(?:第\s*\d+\s*页.*|（[^）]*公示[^）]*）|共\s*\d+\s*页)\s*$")


# --- helpers ---------------------------------------------------------------------------------------------


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


#: The heading of law text appended after the signature (附：相关法律条文, 附件：本决定适用的法律依据), on its own line.
_LAW_APPENDIX = re.compile(
    rf"(?m)^{_SP}*附(?:页|件|录)?[0-9一二三]?{_SP}*[:：]?{_SP}*[^\n。；;]{{0,16}}?"
    rf"(?:法律|法规|法条|条文|法律依据)[^\n。；;，,]{{0,8}}$"
)

#: How many lines above an appendix's heading the signing date may stand.
_DATE_ABOVE_APPENDIX = 3


def _signed_end(text: str) -> int:
    """Where the signed decision ends: before law text appended after its signing date (a date alone on one of the
    few lines right above the appendix's heading), and right after a signing block that other text follows
    (`signed_end`: attachments, 抄送, appended pages); else the text's end."""
    for heading in _LAW_APPENDIX.finditer(text):
        above = [line for line in text[: heading.start()].splitlines() if line.strip()][-_DATE_ABOVE_APPENDIX:]
        if any(date_line(line) for line in above):
            return min(heading.start(), signed_end(text))
    return signed_end(text)


def date_line(line: str) -> bool:
    """The line holds a filled date and nothing else (a signing date)."""
    dates = find_dates(line)
    return len(dates) == 1 and dates[0].value is not None and line.strip(" \t\u3000") == dates[0].raw.strip()


def signing_block_start(text: str) -> int:
    """Start of the signing block: the last few non-empty lines before any law text appended after the signature,
    page footers not counted."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[: _signed_end(text)]) if m.group().strip()]
    while lines and _FOOTER.match(lines[-1][1]):
        lines.pop()
    if not lines:
        return len(text)
    return lines[-min(_TAIL_LINES, len(lines))][0]


def _is_label_part(norm: str, end: int) -> bool:
    """The seal mark is followed by a colon or a value on its line: it belongs to a label."""
    line_end = _line_bounds(norm, end)[1]
    rest = norm[end:line_end]
    if re.match(rf"{_SP}*[:：]", rest):
        return True
    rest = rest.strip(" \t\u3000")
    return bool(rest) and not re.match(r"[（(0-9〇○零OoＯ一二三四五六七八九]", rest)


# --- seals -----------------------------------------------------------------------------------------------


def find_seals(text: str) -> list[Seal]:
    """Seal impression marks in `text`, in order (labels such as "当事人（盖章）：" left out)."""
    norm = text.translate(FULL_WIDTH)
    block, end = signing_block_start(norm), _signed_end(norm)
    seals = []
    for match in _SEAL.finditer(norm):
        before = norm[_line_bounds(norm, match.start())[0] : match.start()]
        if _is_label_part(norm, match.end()) or re.search(rf"{_SIGN_WORD}{_SP}*$", before):
            continue
        kind = re.sub(r"\s", "", match.group("kind"))
        signing = block <= match.start() < end
        seals.append(Seal(kind, text[match.start() : match.end()], match.start(), match.end(), signing))
    for bare in _BARE_SEAL.finditer(norm):
        start, stop = bare.start("mark"), bare.end("mark")
        kind = re.sub(r"\s", "", bare.group("kind"))
        seals.append(Seal(kind, text[start:stop], start, stop, block <= start < end))
    return sorted(seals, key=lambda seal: seal.start)


def signing_seal(text: str) -> Seal | None:
    """The last seal mark of the signing block, or None when the block carries none."""
    in_block = [seal for seal in find_seals(text) if seal.in_signing_block]
    return in_block[-1] if in_block else None


def lone_seal_line(line: str) -> bool:
    """Whether the line is only a seal placeholder (（印章）, （某某局印章）) and nothing else: such a line at
    the top of a page is the signature's seal pushed over the page break, not part of what follows."""
    seals = find_seals(line.strip())
    return len(seals) == 1 and seals[0].start == 0 and seals[0].end == len(line.strip())


def scanned_seal(pages: Sequence[Page], first: int, last: int) -> bool | None:
    """What the scan itself shows: True when the instrument's last page (where it is signed) carries a red
    seal impression, False when that page was scanned and shows none, None when it was not scanned (a
    text-layer page says nothing about ink). A real seal leaves no "（印章）" text behind, so a scan's
    instrument is sealed when either its text or its image says so. A born-digital instrument is sealed when
    any of its text-layer or DOCX pages carries a seal picture (`extractors.readers.seal_images`)."""
    signed = next((page for page in pages if page.index == last), None)
    if signed is None or first > last:
        return None
    if signed.origin in ("text", "docx") and not signed.red_seal:
        # born digital: an electronic seal picture may sit on the signing page before appended pages
        pictured = any(
            page.red_seal for page in pages if first <= page.index <= last and page.origin in ("text", "docx")
        )
        return True if pictured else signed.red_seal
    return signed.red_seal


# --- signatures ------------------------------------------------------------------------------------------


def _value_end(norm: str, start: int, line_end: int, dates: list[DateMatch]) -> int:
    """End of a signature value: the next label on the line, a date, or the line end."""
    end = line_end
    label = _FIELD_LABEL.search(norm, start, line_end)
    sign = _SIGN_LABEL.search(norm, start, line_end)
    for match in (label, sign):
        if match and match.start() > start:
            end = min(end, match.start())
    for date in dates:
        if start <= date.start < end:
            end = date.start
    return end


def _following_date(norm: str, value_end: int, line_end: int, dates: list[DateMatch]) -> DateMatch | None:
    """A date right after the value on the line, or alone on the next line."""
    for date in dates:
        if value_end <= date.start < line_end and not norm[value_end : date.start].strip(" \t\u3000_"):
            return date
    if norm[value_end:line_end].strip():
        return None
    next_start = line_end + 1
    next_end = _line_bounds(norm, next_start)[1] if next_start < len(norm) else len(norm)
    for date in dates:
        if next_start <= date.start < next_end:
            alone = not (norm[next_start : date.start] + norm[date.end : next_end]).strip(" \t\u3000_()（）")
            return date if alone else None
    return None


def _signature(text: str, norm: str, match: re.Match[str], dates: list[DateMatch]) -> Signature | None:
    line_start, line_end = _line_bounds(norm, match.start())
    sep = match.group("sep")
    has_colon = ":" in sep or "：" in sep
    at_line_start = not norm[line_start : match.start()].strip()
    if not has_colon and not at_line_start:
        return None  # "… 签名 …" in prose; table labels open their line
    value_start = match.end()
    value_end = _value_end(norm, value_start, line_end, dates)
    value = norm[value_start:value_end]
    filled = bool(value.strip(" \t\u3000_＿/／"))
    stripped_start = value_start + len(value) - len(value.lstrip())
    stripped_end = value_start + len(value.rstrip())
    date = _following_date(norm, value_end, line_end, dates)
    label = text[match.start("label") : match.end("label")]
    value_text = text[stripped_start:stripped_end].strip() if filled else ""
    return Signature(
        label,
        value_text,
        filled,
        match.start("label"),
        match.end("label"),
        stripped_start,
        max(stripped_start, stripped_end),
        date,
    )


def find_signatures(text: str) -> list[Signature]:
    """Signature lines in `text`, in order, filled or empty."""
    norm = text.translate(FULL_WIDTH)
    dates = find_dates(text)
    found = []
    for match in _SIGN_LABEL.finditer(norm):
        signature = _signature(text, norm, match, dates)
        if signature is not None:
            found.append(signature)
    return found


# --- blank fields ----------------------------------------------------------------------------------------


def _filled_to(norm: str, start: int, end: int) -> int:
    """Past the filling (underscores, spaces) from `start`."""
    match = _FILLING.match(norm, start, end)
    return match.end() if match else start


def _blank_value_end(norm: str, start: int, line_end: int, dates: list[DateMatch]) -> int | None:
    """End of the filling after a label when only filling (or a blank date) follows; None when filled."""
    position = _filled_to(norm, start, line_end)
    for date in dates:
        if date.blank and date.start == position and date.end <= line_end:
            position = _filled_to(norm, date.end, line_end)
            break
    if position >= line_end:
        return line_end if position > start or _next_line_is_label(norm, line_end) else None
    following = _FIELD_LABEL.match(norm, position)
    if following and position > start:
        return position  # "性别：　　年龄：54岁": the next label starts after the filling
    return None


def _next_line_is_label(norm: str, line_end: int) -> bool:
    """The label ends its line and the form goes on with another label (or ends): nothing was written."""
    rest = norm[line_end:].lstrip()
    if not rest:
        return True
    return bool(_FIELD_LABEL.match(rest) or re.match(r"[0-9〇○零一二三四五六七八九]{2,4}\s*年|年\s", rest))


def find_blank_fields(text: str) -> list[BlankField]:
    """Labels followed by nothing (spaces, underscores, "/" or a blank date) on their line."""
    norm = text.translate(FULL_WIDTH)
    dates = find_dates(text)
    found = []
    for match in _FIELD_LABEL.finditer(norm):
        line_end = _line_bounds(norm, match.start())[1]
        end = _blank_value_end(norm, match.end(), line_end, dates)
        if end is not None:
            label = text[match.start("label") : match.end("label")]
            found.append(BlankField(label, match.start("label"), match.end(), end))
    return found


def read_marks(text: str) -> Marks:
    """Seals, signatures and blank fields of one instrument's text."""
    return Marks(find_seals(text), find_signatures(text), find_blank_fields(text))
