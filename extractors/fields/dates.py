"""Dates as case files write them: 2023年5月12日, 二〇二三年五月十二日, 2023-05-12, blank 年 月 日 templates.

Case files mix typed, scanned (OCR) and hand-filled text, so one small parser handles Arabic, full-width and
Chinese numerals (with OCR zero confusions O/o/〇/○/零), spaces and a line break inside a date, and an
optional time after it. Offsets always point into the caller's text: normalisation is character-for-character.

Decisions:

* A 年/月/日 date whose numbers are not a calendar date (2023年2月30日, 1800年…) is returned with
  ``value=None, blank=False`` (``DateMatch.invalid``): the writer clearly meant a date, and a wrong one is a
  defect a check can report. A separator form (2023.2.30, 2023-15-3) that is not a calendar date is skipped:
  such strings are as likely to be numbering or amounts as dates.
* Separator forms need a 19xx/20xx year and may not touch other digits or separators (ID numbers, phones).
* A blank template (年  月  日, 20  年  月  日, 2023年  月  日) is ``blank=True``: some slot is empty and that slot
  shows filling (spaces/underscores) or the template stands alone on its line, so 出生年月日 is not one.
* ``raw``/``start``/``end`` cover the time too when one was read; an impossible time (25时) is left out.
* `story_dates` also reads what a narrative writes from the dates before it (3月4日 without its year, 次日, 同日,
  同月12日); `find_dates` never does, since alone such words name no day.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

__all__ = ["DateMatch", "find_dates", "parse_date", "signed_end", "signing_date", "story_dates"]


@dataclass(frozen=True)
class DateMatch:
    """One date (or blank date template) found in a text, with where it sits."""

    value: dt.date | None
    raw: str
    start: int
    end: int
    blank: bool
    time: dt.time | None = None

    @property
    def invalid(self) -> bool:
        """Written as a date but not a real one (2023年2月30日): worth a finding of its own."""
        return self.value is None and not self.blank


# --- normalisation -------------------------------------------------------------------------------------

#: Full-width ASCII (０-９, Ｏ, ．, －, ／, ：, ＿ …) to ASCII, one character for one so offsets survive.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}

_DIGITS = {
    **{str(n): n for n in range(10)},
    "〇": 0,
    "○": 0,
    "◯": 0,
    "零": 0,
    "O": 0,
    "o": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

# --- patterns --------------------------------------------------------------------------------------------

_YC = "[0-9〇○◯零Oo一二三四五六七八九]"  # one character of a year
_NC = "[0-9〇○◯零Oo一二三四五六七八九十廿卅元]"  # one character of a month or day
_NOT_AFTER_NUMERAL = "(?<![0-9〇○◯零Oo一二三四五六七八九十百千万])"
#: Spaces and at most one line break; over a page break the furniture blanked between (第1页 共2页, a running
#: header) leaves a few lines of spaces, which count as that one break.
_BREAK = r"(?:\r?\n[ \t\u3000]*){1,3}"
_GAP = rf"[ \t\u3000]*(?:{_BREAK})?"
_SP = r"[ \t\u3000]*"
_FILL = r"[ \t\u3000_]"
_YEAR = rf"{_YC}(?:[ ]?{_YC}){{3}}"  # PDF text layers sometimes space out letters: 2 0 2 3
_NUM = rf"{_NC}(?:[ ]?{_NC}){{0,2}}"
#: A written month or day may also wrap inside its digits (2025年8月1 / 9日): a line break between them.
_NUM_WRAP = rf"{_NC}(?:(?:[ ]|{_BREAK})?{_NC}){{0,2}}"
_HOUR = "[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3}"
_AMPM = "上午|下午|中午|晚上|凌晨|早上|早晨|傍晚|夜间"

_TIME = (
    rf"(?:(?:{_SP}|T)(?P<ampm>{_AMPM})?{_SP}(?P<hh>{_HOUR}){_SP}"
    rf"(?:[时点]{_SP}(?:(?P<mm>{_HOUR}){_SP}分?(?:{_SP}(?P<ss>{_HOUR}){_SP}秒)?)?"
    rf"|:(?P<mm2>[0-9]{{2}})(?::(?P<ss2>[0-9]{{2}}))?))?"
)

#: 曰 for 日 after a month's day is a scanner's misreading (2024年8月20曰): nothing else is written so.
_CN_DATE = re.compile(
    rf"(?P<date>{_NOT_AFTER_NUMERAL}(?P<y>{_YEAR}){_GAP}年{_GAP}(?P<m>{_NUM_WRAP}){_GAP}月{_GAP}"
    rf"(?P<d>{_NUM_WRAP}){_GAP}[日号曰]){_TIME}"
)

_SEP_DATE = re.compile(
    rf"(?P<date>(?<![0-9./-])(?P<y>(?:19|20)[0-9]{{2}})(?P<sep>[./-])(?P<m>[0-9]{{1,2}})(?P=sep)"
    rf"(?P<d>[0-9]{{1,2}})(?![0-9]|[./-][0-9])){_TIME}"
)

#: Filling is bounded (and possessive) so long runs of layout spaces cannot make the search quadratic.
_FILLS = rf"{_FILL}{{0,40}}+"
_BLANK = re.compile(
    # A partly written year has two characters or more ("20  年", "二〇  年"), or is a digit: a lone
    # Chinese numeral before the blank is the end of a name (李四　年　月　日), not a year.
    rf"(?P<y>{_NOT_AFTER_NUMERAL}(?:{_YC}(?:[ ]?{_YC}){{1,3}}|[0-9]))?(?P<yf>{_FILLS})年"
    rf"(?P<mf1>{_FILLS})(?P<m>{_NUM})?(?P<mf2>{_FILLS})月"
    rf"(?P<df1>{_FILLS})(?P<d>{_NUM})?(?P<df2>{_FILLS})日"
)

#: Words of the signing block: the seal and signature marks that sit just above or beside the date.
_SIGN_MARK = re.compile("印章|公章|盖章|签章|签名|签字|（章）|\\(章\\)")
_TAIL_LINES = 6
_RECEIVER_LINE = re.compile("当事人|送达|签收|收件|受送达")
_MARK_LINES = 12
#: A signer's line in a signing block: an agency's (or body's) name and nothing else, a seal placeholder after it
#: allowed (某某市场监督管理局, 某某局（印章）); read without spaces.
_SIGNER_LINE = re.compile(
    r"[\u4e00-\u9fff（）()]{2,40}?(?:局|委员会|政府|厅|支队|大队|中队|办公室|所|中心)"
    r"(?:[（(][\u4e00-\u9fff]{0,12}?(?:印章|公章|盖章|签章|章)[）)])?"
)
#: A seal placeholder alone on its line (（印章）, （某某局公章）), read without spaces.
_SEAL_LINE = re.compile(r"[（(\[【〔][\u4e00-\u9fff]{0,20}?(?:印章|公章|盖章|签章|章|印)[）)\]】〕]")
#: How many lines (signer's and seals') a signing block holds above its date.
_SIGNER_LINES = 4
#: The first lines of a text are its heading: a name and a date there (a publication's header) sign nothing.
_HEAD_SKIP = 4


# --- numbers ---------------------------------------------------------------------------------------------


def _digits(text: str) -> int | None:
    """Positional numerals (2023, 二〇二三, 〇五) to an int; None on anything else."""
    if not text or any(ch not in _DIGITS for ch in text):
        return None
    return int("".join(str(_DIGITS[ch]) for ch in text))


def _numeral(text: str | None) -> int | None:
    """A month, day or hour in any notation: 12, １２, 十二, 二十一, 廿一, 元 (月)."""
    if not text:
        return None
    text = "".join(text.split()).replace("廿", "二十").replace("卅", "三十")
    if text == "元":
        return 1
    if "十" not in text:
        return _digits(text)
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1:
        return None
    high = _digits(tens) if tens else 1
    low = _digits(units) if units else 0
    return None if high is None or low is None else high * 10 + low


def _make_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    """The calendar date, or None when the numbers are not one (or the year is implausible)."""
    if year is None or month is None or day is None or not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _make_time(match: re.Match[str]) -> dt.time | None:
    """The time read after a date, or None when there is none or it is impossible."""
    hour = _numeral(match.group("hh"))
    if hour is None:
        return None
    minute = _numeral(match.group("mm") or match.group("mm2")) or 0
    second = _numeral(match.group("ss") or match.group("ss2")) or 0
    ampm = match.group("ampm")
    if (ampm in ("下午", "晚上", "傍晚", "夜间") and hour < 12) or (ampm == "中午" and hour < 11):
        hour += 12
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        return None


# --- matching --------------------------------------------------------------------------------------------


def _dated(text: str, match: re.Match[str], value: dt.date | None) -> DateMatch:
    """A filled date; the time is included in the span only when it could be read."""
    time = _make_time(match)
    start = match.start("date")
    end = match.end() if time else match.end("date")
    return DateMatch(value=value, raw=text[start:end], start=start, end=end, blank=False, time=time)


def _chinese_dates(text: str, norm: str) -> list[DateMatch]:
    """年/月/日 dates; impossible ones come back with value None (see module docstring)."""
    found = []
    for match in _CN_DATE.finditer(norm):
        year = _digits(match.group("y").replace(" ", ""))
        value = _make_date(year, _numeral(match.group("m")), _numeral(match.group("d")))
        found.append(_dated(text, match, value))
    return found


def _separator_dates(text: str, norm: str) -> list[DateMatch]:
    """2023.5.12 / 2023-05-12 / 2023/05/12; impossible ones are skipped (see module docstring)."""
    found = []
    for match in _SEP_DATE.finditer(norm):
        value = _make_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        if value is not None:
            found.append(_dated(text, match, value))
    return found


def _alone_on_line(norm: str, start: int, end: int) -> bool:
    """True when nothing but filling and brackets shares the line with [start, end)."""
    line_start = norm.rfind("\n", 0, start) + 1
    line_end = norm.find("\n", end)
    line_end = len(norm) if line_end < 0 else line_end
    rest = norm[line_start:start] + norm[end:line_end]
    return not rest.strip(" \t\r\u3000_()（）[]【】")


def _is_blank(match: re.Match[str], alone: bool) -> bool:
    """Some slot is empty, and each empty slot shows filling (or the template has a line to itself)."""
    year = (match.group("y") or "").replace(" ", "")
    month, day = match.group("m"), match.group("d")
    if len(year) == 4 and month and day:
        return False  # complete: a filled date, not a template
    if alone:
        return True
    month_ok = bool(month) or bool(match.group("mf1") or match.group("mf2"))
    day_ok = bool(day) or bool(match.group("df1") or match.group("df2"))
    # An empty year with nothing before 年 passes only when month and day are empty too (日期：年  月  日),
    # so that 今年 5 月 12 日 stays a non-date.
    year_ok = len(year) == 4 or bool(match.group("yf")) or (not month and not day)
    return month_ok and day_ok and year_ok


def _blank_dates(text: str, norm: str) -> list[DateMatch]:
    """Unfilled or half-filled 年 月 日 templates, as blank matches."""
    found = []
    for match in _BLANK.finditer(norm):
        start = match.start("y") if match.group("y") else match.end("yf")
        end = match.end()
        if _is_blank(match, _alone_on_line(norm, start, end)):
            found.append(DateMatch(value=None, raw=text[start:end], start=start, end=end, blank=True))
    return found


def find_dates(text: str) -> list[DateMatch]:
    """All dates and blank date templates in `text`, in order; offsets index `text` itself."""
    return list(_dates_in(text))


@functools.lru_cache(maxsize=64)
def _dates_in(text: str) -> tuple[DateMatch, ...]:
    """`find_dates`, kept for the last texts: the readers look for the dates of one decision many times over."""
    norm = text.translate(_FULL_WIDTH)
    kept: list[DateMatch] = []
    # Priority: 年/月/日 dates, then separator dates, then blanks; a later kind never overlaps an earlier one.
    for found in (_chinese_dates(text, norm), _separator_dates(text, norm), _blank_dates(text, norm)):
        for match in found:
            if all(match.end <= other.start or match.start >= other.end for other in kept):
                kept.append(match)
    return tuple(sorted(kept, key=lambda match: match.start))


# --- dates a narrative writes without their year -------------------------------------------------------------

#: A month and day without a year (3月4日, 三月二十四日), or with the year said to be the one just told (同年3月4日):
#: not the tail of a dated 年 (2025年3月4日 is read whole first), nor after a number (12个月 is no month).
_YEARLESS = re.compile(
    rf"(?:(?P<same_year>同年|当年){_SP}|(?<![0-9〇○◯零Oo一二三四五六七八九十百千万年./-]))"
    rf"(?P<m>{_NC}{{1,2}}){_SP}月{_SP}(?P<d>{_NUM}){_SP}[日曰]"
)
#: The day in the month just told (同月12日).
_SAME_MONTH = re.compile(rf"同月{_SP}(?P<d>{_NUM}){_SP}日")
#: The day after the one just told (次日, 翌日, 第二天) or that same day (同日, 当日, 当天).
_RELATIVE = re.compile(r"次日|翌日|第二天|第二日|同日|当日|当天")
_NEXT_DAY = ("次日", "翌日", "第二天", "第二日")
#: What may stand right before a relative day that tells the story's own next step (，次日, 于当日, 并于同日); after
#: other words it is the day of something else (检查当日, 立案次日, 收到之日起次日).
_RELATIVE_AFTER = frozenset("，,。；;：:、（(）) \t\n\u3000于并即且也在至到")


def _after_story_step(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _RELATIVE_AFTER


def _yearless_value(
    month: int | None, day: int | None, last: dt.date | None, ceiling: dt.date | None, same_year: bool
) -> dt.date | None:
    """The year a month and day without one belongs to: the year just told (同年); else the first such day on or
    after the last date told (a narrative moves forward: 2024年12月16日作出…，12月18日送达 / 1月3日送达), unless that
    passes the instrument's own date (`ceiling`, nothing it tells comes later), when it is the latest such day not
    after it; None when nothing gives a year or the numbers are no date."""
    if month is None or day is None:
        return None
    if same_year:
        return _make_date(last.year, month, day) if last is not None else None
    if last is not None:
        for year in (last.year, last.year + 1):
            found = _make_date(year, month, day)
            if found is not None and found >= last:
                if ceiling is None or found <= ceiling:
                    return found
                break
    if ceiling is not None:
        for year in (ceiling.year, ceiling.year - 1):
            found = _make_date(year, month, day)
            if found is not None and found <= ceiling:
                return found
        return None
    return _make_date(last.year, month, day) if last is not None else None


def story_dates(text: str, *, before: dt.date | None = None, ceiling: dt.date | None = None) -> list[DateMatch]:
    """`find_dates`, plus the dates a narrative writes from the ones it told before: a month and day without a year
    (3月4日), 同月12日, 次日 and 同日/当日, each resolved against the last date told (`before`: the last one told
    before `text`) and the instrument's own date (`ceiling`). One left unresolved (no date before it, or its words
    tell another event's day: 检查当日) is not returned."""
    norm = text.translate(_FULL_WIDTH)
    full = find_dates(text)
    taken = [(m.start, m.end) for m in full]
    told: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in (("month", _SAME_MONTH), ("yearless", _YEARLESS), ("relative", _RELATIVE)):
        for match in pattern.finditer(norm):
            if any(match.start() < b and match.end() > a for a, b in taken):
                continue
            if kind == "relative" and not _after_story_step(norm, match.start()):
                continue
            told.append((kind, match))
            taken.append(match.span())
    events: list[tuple[int, DateMatch | tuple[str, re.Match[str]]]] = [(m.start, m) for m in full]
    events += [(match.start(), (kind, match)) for kind, match in told]
    dates: list[DateMatch] = []
    last = before
    for start, event in sorted(events, key=lambda item: item[0]):
        if isinstance(event, DateMatch):
            dates.append(event)
            last = event.value or last
            continue
        kind, match = event
        value = _told_value(kind, match, last, ceiling)
        if value is not None:
            dates.append(
                DateMatch(value=value, raw=text[start : match.end()], start=start, end=match.end(), blank=False)
            )
            last = value
    return dates


def _told_value(kind: str, match: re.Match[str], last: dt.date | None, ceiling: dt.date | None) -> dt.date | None:
    """The day a date told from earlier ones stands for (see `story_dates`)."""
    if kind == "relative":
        if last is None:
            return None
        return last + dt.timedelta(days=1) if match.group() in _NEXT_DAY else last
    if kind == "month":
        return _make_date(last.year, last.month, _numeral(match.group("d"))) if last is not None else None
    month, day = _numeral(match.group("m")), _numeral(match.group("d"))
    return _yearless_value(month, day, last, ceiling, bool(match.group("same_year")))


def parse_date(raw: str) -> dt.date | None:
    """The date written in `raw` (its first date); None for a blank, impossible or missing date."""
    matches = find_dates(raw)
    return matches[0].value if matches else None


# --- the instrument's own date ----------------------------------------------------------------------------


def _nonempty_line_starts(text: str) -> list[int]:
    """Start offsets of the lines that hold more than whitespace."""
    return [m.start() for m in re.finditer(r"[^\n]*", text) if m.group().strip()]


def _signing_block_start(text: str) -> int:
    """Where the signing block begins: the last few non-empty lines, reaching back to a seal or
    signature mark among the last dozen lines when there is one (notes may follow the seal)."""
    starts = _nonempty_line_starts(text)
    if not starts:
        return len(text)
    block = starts[-min(_TAIL_LINES, len(starts))]
    window = starts[-min(_MARK_LINES, len(starts))]
    marks = [m.start() for m in _SIGN_MARK.finditer(text.translate(_FULL_WIDTH), window)]
    if marks:
        mark_line = text.rfind("\n", 0, marks[-1]) + 1
        block = min(block, mark_line)
    return block


def _compact(line: str) -> str:
    return re.sub(r"[ \t\u3000]", "", line.translate(_FULL_WIDTH))


@functools.lru_cache(maxsize=64)
def signed_end(text: str) -> int:
    """Where the signed instrument ends: right after its first signing block — a signer's name alone on its line
    (seal placeholders beside or below it), a date alone on the next line, seal placeholders after it — when
    anything follows (附件, 证据清单, 抄送, a 送达回证 or 缴款通知书 page): what comes after the signature is not
    the instrument's own. The text's end when no such block stands before other text."""
    lines = [(m.start(), m.end(), _compact(m.group())) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    dates = find_dates(text)
    heading = _heading_repeats([line for _, _, line in lines[:_HEAD_SKIP]])
    for index in range(_HEAD_SKIP, len(lines)):
        start, end, line = lines[index]
        on_line = [match for match in dates if start <= match.start < end]
        if len(on_line) != 1 or _compact(on_line[0].raw) != line:
            continue
        # the signer's and seals' lines right above the date, a page's running header among them (a page break)
        above = list(
            itertools.takewhile(
                lambda entry: bool(
                    _SIGNER_LINE.fullmatch(entry[2]) or _SEAL_LINE.fullmatch(entry[2]) or entry[2] in heading
                ),
                reversed(lines[max(_HEAD_SKIP, index - _SIGNER_LINES) : index]),
            )
        )
        # …or the signer run onto the last sentence's line (…提起行政诉讼。某某市场监督管理局), as a decision reflowed
        # into one paragraph prints it, right above the date
        run_on = index > _HEAD_SKIP and not above and _signer_after_sentence(lines[index - 1][2])
        if not run_on and not any(_SIGNER_LINE.fullmatch(entry[2]) for entry in above):
            continue
        after = index + 1
        while after < len(lines):
            if _seal_line(lines[after], dates):
                end, after = lines[after][1], after + 1
            elif lines[after][2] in heading and after + 1 < len(lines) and _SEAL_LINE.fullmatch(lines[after + 1][2]):
                after += 1  # the seal pushed over the page break, below the next page's running header
            else:
                break
        return end if after < len(lines) else len(text)
    return len(text)


def _signer_after_sentence(line: str) -> bool:
    """The line ends a sentence and then names the signer alone (…提起行政诉讼。某某市场监督管理局)."""
    return "。" in line and bool(_SIGNER_LINE.fullmatch(line.rsplit("。", 1)[1]))


def _seal_line(line: tuple[int, int, str], dates: list[DateMatch]) -> bool:
    """A seal placeholder alone on its line, or stamped with the signing date inside its bracket or beside it
    (（某某局印章　2024.5.6）, （印章）二〇二四年五月六日): what is left without the date is the placeholder."""
    start, end, compact = line
    if _SEAL_LINE.fullmatch(compact):
        return True
    on_line = [match for match in dates if start <= match.start < end and match.value is not None]
    if len(on_line) != 1:
        return False
    return bool(_SEAL_LINE.fullmatch(compact.replace(_compact(on_line[0].raw), "", 1)))


def _heading_repeats(head: list[str]) -> set[str]:
    """What a running header repeating the heading prints: one of its first lines, or two or three of them joined
    (某县市场监督管理局 / 行政处罚决定书 → 某县市场监督管理局行政处罚决定书)."""
    return {
        "".join(head[first:last])
        for first in range(len(head))
        for last in range(first + 1, min(first + 3, len(head)) + 1)
    }


def signing_date(text: str, *, strict: bool = False) -> DateMatch | None:
    """The instrument's own (落款) date: the last date or blank date of the signing block at the end.

    Without a date in the signing block, falls back to the last filled date of the whole text (a blank
    template in the body is no signing date), then to the last match of any kind; None when there is none.
    `strict` (decisions, whose date is only ever the 落款) falls back only to a filled date standing alone on its
    line: a date told in a sentence is the date of an act, not of the instrument; and it reads only up to the end of
    its signing block (`signed_end`), since what follows the signature is not the decision's.
    A blank or impossible date in the signing block is returned as such, so checks can report it.
    """
    if strict:
        text = text[: signed_end(text)]  # a decision's attachments and appended pages carry dates of their own
    matches = find_dates(text)
    if not matches:
        return None
    block = _signing_block_start(text)
    in_block = [match for match in matches if match.end > block]
    while len(in_block) > 1 and in_block[-1].blank and _RECEIVER_LINE.search(_lead_in(text, in_block[-1].start)):
        in_block.pop()  # the served copy's receipt line (当事人签收：  年 月 日), left blank on the agency's copy
    if in_block:
        return in_block[-1]
    alone = [match for match in matches if match.value is not None and _alone(text, match)]
    if alone or strict:
        return alone[-1] if alone else None
    filled = [match for match in matches if match.value is not None]
    return (filled or matches)[-1]


def _line_of(text: str, index: int) -> str:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return text[start : len(text) if end < 0 else end]


def _unspaced_line(text: str, index: int) -> str:
    """The line without its spaces: a letter-spaced label (当 事 人 签 收) reads as its words."""
    return re.sub(r"[ \t\u3000]", "", _line_of(text, index))


def _lead_in(text: str, index: int) -> str:
    """The words that label what starts at `index`: its line without spaces, and the line before too when nothing
    but spaces comes before it on its own (签收日期：\n  年  月  日, the label left on the line above by a wrap)."""
    line = _unspaced_line(text, index)
    start = text.rfind("\n", 0, index) + 1
    if text[start:index].strip(" \t\u3000") or start == 0:
        return line
    return _unspaced_line(text, start - 1) + line


def _alone(text: str, match: DateMatch) -> bool:
    """The date is all its line holds (a signing date stands alone; a narrated one sits in a sentence)."""
    return _line_of(text, match.start).strip(" \t\u3000") == text[match.start : match.end].strip()
