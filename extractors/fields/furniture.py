"""Page furniture: the lines a printed form repeats on its pages that are no part of what the instrument says.

A published PDF's text layer interleaves them with the body, often mid-sentence: page numbers (第 2 页 共 6 页,
- 2 -, ·2·, 2/6, also after the agency's or the document's name: 某局 第 2 页（共 6 页）), the copy note (本文书一式二份，一份送达，一份归档), the publication note ((市场监督管理部门将依法
向社会公示…信息)) and the empty service line of the served copy ((送达日期：  年 月 日 送达方式：)), and a line holding a lone asterisk glyph. Read as
text they split amounts and citations, pose as the signing block's last lines and give blank dates.

A bare number (`26`) is a page number only where a page ends: given the offsets where the caller's pages end,
the last line of a page that holds nothing but a number is furniture too (elsewhere such a line is a table cell).

`blank_furniture` replaces each such run by spaces of the same length (line breaks kept), so every offset
into the cleaned text is an offset into the original: evidence still quotes the page as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.fields.folding import WIDE_ALNUM

__all__ = ["PAGE_DASHES", "blank_furniture", "furniture_line", "furniture_spans"]

_SP = r"[ \t\u3000]*"
#: The dashes a page number is printed between (- 2 -, — 2 —, – 2 –, －2－, ——2——).
PAGE_DASHES = "-－—–―‐−﹣"
#: A page's number (第 2 页) and the count of pages after it (共 6 页, or in brackets: （共 6 页）).
_PAGE_NO = rf"第{_SP}\d+{_SP}页{_SP}[/／，,]?{_SP}"
_PAGE_COUNT = rf"(?:共{_SP}\d+{_SP}页|[（(]{_SP}共{_SP}\d+{_SP}页{_SP}[）)])"
#: The count first, then the number: 共6页 第2页.
_COUNT_FIRST = rf"共{_SP}\d+{_SP}页{_SP}第{_SP}\d+{_SP}页"
#: The dots a page number may be printed between instead (·2·, ・2・, •2•).
_PAGE_DOTS = "·・•∙"
#: A line that is only a page number: 第2页 共6页, 第 2 页/共 6 页 (or a full-width ／), 第2页（共6页）, 共6页 第2页, - 2 -, ——2——,
#: ·2·, 2/6, — 2 / 6 —, — 第2页 —.
_PAGE_MARK = (
    rf"(?:{_PAGE_NO}{_PAGE_COUNT}?|{_COUNT_FIRST}"
    rf"|[{PAGE_DASHES}]{{1,2}}{_SP}(?:\d+{_SP}[/／]{_SP})?\d+{_SP}[{PAGE_DASHES}]{{1,2}}"
    rf"|[{_PAGE_DOTS}]{_SP}\d+{_SP}[{_PAGE_DOTS}]|\d+{_SP}[/／]{_SP}\d+"
    # the 第N页 forms between dashes or dots too (— 第2页 —, ·第2页 共3页·)
    rf"|[{PAGE_DASHES}{_PAGE_DOTS}]{{1,2}}{_SP}(?:{_PAGE_NO}{_PAGE_COUNT}?|{_COUNT_FIRST}){_SP}[{PAGE_DASHES}{_PAGE_DOTS}]{{1,2}})"
)
_PAGE_LINE = re.compile(rf"^{_SP}{_PAGE_MARK}{_SP}$", re.MULTILINE)
#: The same marker as a piece of a line (what other furniture on the line leaves), matched whole.
_PAGE_PIECE = re.compile(rf"{_SP}{_PAGE_MARK}{_SP}")
#: A running head or foot that names the agency or the document before a page number with its total (某局　第 1 页
#: （共 2 页）, 某局行政处罚决定书 第1页 共2页, 某局行政处罚决定书（第1页/共2页）): a short line with no sentence mark, the total makes it no body text.
_NAMED_PAGE_LINE = re.compile(
    rf"^{_SP}[^\n。，,；;：:、“”]{{2,40}}?{_SP}"
    rf"(?:{_PAGE_NO}{_PAGE_COUNT}|[（(]{_SP}{_PAGE_NO}共{_SP}\d+{_SP}页{_SP}[）)]|{_COUNT_FIRST}){_SP}$",
    re.MULTILINE,
)
#: The copy note (本文书一式三份…, 本决定书一式两份…), which may wrap once onto a line that finishes the distribution (…一份归档):
#: a short tail, never the next page's sentence that happens to tell a service (2025年3月25日，本局向当事人送达了…).
_COPIES = re.compile(
    rf"本{_SP}(?:文{_SP}书|决{_SP}定{_SP}书){_SP}一{_SP}式[^。\n]*(?:\n(?![^\n]*年)[^。\n]{{0,30}}?(?:归档|存档|留存|送达)[^。\n]{{0,12}}(?=[。\n]|$))?。?"
)
#: The publication note of the national forms, a bracketed line.
_PUBLISHED = re.compile(
    rf"^{_SP}[（(][^（()）\n]{{0,30}}向社会{_SP}(?:公示|公开)[^（()）\n]{{0,20}}[）)]{_SP}$", re.MULTILINE
)
#: The served copy's service line left empty on the published one: （送达日期：  年 月 日 送达方式：  ）.
_SERVICE_LINE = re.compile(rf"^{_SP}[（(]{_SP}送达日期[^\n]*$", re.MULTILINE)
#: A line that is a lone asterisk glyph: a mark the page layer drops mid-sentence (第十四\n*\n条), never text.
_LONE_ASTERISK = re.compile(rf"^{_SP}[*＊]{_SP}$", re.MULTILINE)
#: The print stamp a case system puts on the copy it prints (打印时间：2024-03-12 16:40, 打印日期 2024.11.07, 打印时间：2025年
#: 07月22日 09:15 打印人：某某): a line holding the stamp and nothing else, never a sentence of the decision.
_DAY_TIME = (
    rf"[0-9０-９〇○]{{2,4}}{_SP}[-－/／.．年]{_SP}[0-9０-９]{{1,2}}{_SP}[-－/／.．月]{_SP}[0-9０-９]{{1,2}}{_SP}日?"
)
_PRINT_STAMP = re.compile(
    rf"^{_SP}打{_SP}印{_SP}(?:时{_SP}间|日{_SP}期){_SP}[:：]?{_SP}{_DAY_TIME}"
    rf"(?:{_SP}[0-9０-９]{{1,2}}(?:{_SP}[:：]{_SP}[0-9０-９]{{2}}){{1,2}})?"
    rf"(?:{_SP}打{_SP}印{_SP}(?:人|者){_SP}[:：]?{_SP}[^\s，,。；;]{{0,12}})?{_SP}$",
    re.MULTILINE,
)
#: The watermark of a published copy (仅供公示使用, 仅 供 公 示 使 用, — 仅供公示使用 —, printed once or several times on a line):
#: a line of nothing else, or of nothing else but the page's number after it (仅供公示使用　第1页).
_WATERMARK_WORDS = rf"仅{_SP}供{_SP}(?:公{_SP}示|公{_SP}开|公{_SP}布|查{_SP}阅|参{_SP}考){_SP}使{_SP}用"
_WATERMARK = re.compile(
    rf"^{_SP}[{PAGE_DASHES}（(【]*{_SP}(?:{_WATERMARK_WORDS}{_SP})+[{PAGE_DASHES}）)】]*{_SP}"
    rf"(?:第{_SP}\d{{1,3}}{_SP}页(?:{_SP}[，,/／]?{_SP}共{_SP}\d{{1,3}}{_SP}页)?{_SP})?$",
    re.MULTILINE,
)
#: A web page printed from a browser: the browser's footer holds the page's address (or the print date) and ends with
#: the page's number (http://…/t20240527_88213.html　1/2, 打印日期：2019年4月15日　第1页，共2页, 某某网　https://…　2/2);
#: a site's own footer names the site beside its 版权所有 and the page's number (某某县人民政府门户网站　版权所有　第1页);
#: its header holds the print date with slashes, after or before the page's title across a wide gap
#: (2024/6/3 09:42　　某某局行政处罚决定书（某罚〔2024〕117号）, 某某县人民政府 - 行政处罚　　2024/9/10). No sentence
#: of a decision ends in a page number after an address, and a decision writes its dates in 年月日.
_URL = r"(?:https?[:：]//|www\.)[^\s\u3000]+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+){2,}/[^\s\u3000]*"
_SLASH_DATE = r"\d{4}/\d{1,2}/\d{1,2}(?:[ \t]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
_PAGE_END = (
    rf"(?:\d{{1,3}}{_SP}[/／]{_SP}\d{{1,3}}|第{_SP}\d{{1,3}}{_SP}页(?:{_SP}[，,/／]?{_SP}共{_SP}\d{{1,3}}{_SP}页)?)"
)
#: 打印：, 打印时间：, or a case system's 打印时间 with no colon whose stamp runs straight into the page's number
#: (打印时间 2022-10-12 09:41:05　1/1): with nothing between them, no sentence that tells a printing.
_PRINTED_ON = (
    rf"打{_SP}印(?:(?:{_SP}日{_SP}期|{_SP}时{_SP}间)?{_SP}[:：]|{_SP}(?:日{_SP}期|时{_SP}间){_SP}"
    rf"(?={_DAY_TIME}(?:{_SP}\d{{1,2}}(?:[:：]\d{{2}}){{1,2}})?[ \t\u3000]+{_PAGE_END}{_SP}$))"
)
#: What a site's footer says of the site (版权所有, 主办：…, its ICP 备案号).
_SITE_NOTE = rf"版{_SP}权{_SP}所{_SP}有|主{_SP}办{_SP}[:：]|ICP|备{_SP}案{_SP}号"
#: A case system's footer that gives the page's number first and its print stamp after (某局　第1页　共4页　打印：
#: 2024-10-30): the stamp ends the line, nothing of a sentence around it.
_MARKED_PRINT_FOOT = re.compile(
    rf"^(?:[^\n。，,；;、“”]{{0,40}}?[ \t\u3000]+)?{_SP}{_PAGE_MARK}[ \t\u3000]+打{_SP}印(?:{_SP}(?:日{_SP}期|时{_SP}间))?{_SP}[:：]?{_SP}"
    rf"{_DAY_TIME}(?:{_SP}\d{{1,2}}(?:[:：]\d{{2}}){{1,2}})?{_SP}$",
    re.MULTILINE,
)
_BROWSER_FOOT = re.compile(
    rf"^[^\n。；;]*?(?:{_URL}|{_PRINTED_ON}|{_SITE_NOTE})[^\n。；;]*?[ \t\u3000]{_PAGE_END}{_SP}$", re.MULTILINE
)
_WIDE = r"(?:[ \t]{2,}|\u3000+[ \t]*)"
_BROWSER_HEAD = re.compile(
    rf"^{_SP}(?:{_SLASH_DATE}{_WIDE}[^\n。，,；;：:]{{2,60}}?|[^\n。，,；;：:]{{2,60}}?{_WIDE}{_SLASH_DATE}){_SP}$",
    re.MULTILINE,
)
#: The note that a published copy hides personal details (本决定书涉及个人信息部分已作处理, （本文书中涉及的个人隐私已
#: 隐去）), at a line's end — alone or after the page's marker: the publisher's note, nothing the decision says.
_PRIVACY_NOTE = re.compile(
    rf"[（(【]?{_SP}本{_SP}(?:决{_SP}定{_SP}书|文{_SP}书)?{_SP}中?{_SP}涉{_SP}及[^\n。，,；;]{{0,12}}?"
    rf"(?:个{_SP}人{_SP}信{_SP}息|个{_SP}人{_SP}隐{_SP}私|隐{_SP}私|商{_SP}业{_SP}秘{_SP}密)[^\n。，,；;]{{0,12}}?"
    rf"已[^\n。，,；;]{{0,8}}?(?:处{_SP}理|隐{_SP}去|删{_SP}除|遮{_SP}蔽){_SP}。?{_SP}[）)】]?(?={_SP}$)",
    re.MULTILINE,
)
_PATTERNS = (
    _PAGE_LINE,
    _NAMED_PAGE_LINE,
    _COPIES,
    _PUBLISHED,
    _SERVICE_LINE,
    _LONE_ASTERISK,
    _PRINT_STAMP,
    _MARKED_PRINT_FOOT,
    _WATERMARK,
    _BROWSER_FOOT,
    _BROWSER_HEAD,
    _PRIVACY_NOTE,
)
#: A line that is only a number: a page number when it is a page's last line.
_BARE_NUMBER = re.compile(rf"{_SP}\d{{1,4}}{_SP}")


def _page_end_numbers(text: str, page_ends: Sequence[int]) -> list[tuple[int, int]]:
    """The last line of each page (pages end at `page_ends`) when it is only a number."""
    spans = []
    for end in page_ends:
        body = text[:end].rstrip()
        start = body.rfind("\n") + 1
        if body and _BARE_NUMBER.fullmatch(body[start:]):
            spans.append((start, len(body)))
    return spans


def _first_after_furniture(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The page's first line that is a bare number or no furniture at all; [] when there is none."""
    for a, b in lines:
        if _BARE_NUMBER.fullmatch(text, a, b) or not _furniture_line(text, a, b):
            return [(a, b)]
    return []


def _page_start_numbers(text: str, page_ends: Sequence[int]) -> list[tuple[int, int]]:
    """The first line of each page when it is only a number that counts the pages (a page number printed at the
    top): the same offset from the page's place on every page that has one, or the page's own place when only one
    page has it — a table cell opening a page counts nothing. Furniture printed above the number (the copy note
    over 5) is passed over: a sentence cut by the page break goes on below the number."""
    found = [
        (int(text[a:b].strip(" \t\u3000")) - index, (a, b))
        for index, lines in enumerate(_page_lines(text, page_ends))
        for a, b in _first_after_furniture(text, lines)
        if _BARE_NUMBER.fullmatch(text, a, b)
    ]
    offsets = {offset for offset, _ in found}
    if len(offsets) != 1 or (len(found) == 1 and offsets != {1}):
        return []
    return [span for _, span in found]


def _markers_beside_furniture(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A page marker that shares its line with other furniture (第1页　共2页　　本文书一式三份…): the line is
    furniture when what the other furniture leaves of it is a page marker."""
    found = []
    for start, end in spans:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        for a, b in ((line_start, start), (end, line_end)):
            if text[a:b].strip(" \t\u3000") and _PAGE_PIECE.fullmatch(text, a, b):
                found.append((a, b))
    return found


#: How many lines at the top of the first page may be repeated as a later page's running head.
_HEAD_LINES = 6
#: How many lines a running head at a later page's top may have.
_HEAD_RUN = 3


#: A seal mark or a date on the next line: the agency at the top of the page signs the decision (the page break fell
#: between its last sentence and the signature), it is no running header.
_SIGNS_NEXT = re.compile(
    rf"\s*\n{_SP}(?:[（(]{_SP}(?:印{_SP}章|公{_SP}章|盖{_SP}章|章){_SP}[）)]"
    rf"|[0-9〇○零一二三四五六七八九]{{4}}{_SP}年{_SP}[0-9一二三四五六七八九十]{{1,3}}{_SP}月)"
)


def _running_heads(text: str, page_ends: Sequence[int]) -> list[tuple[int, int]]:
    """The first lines of each later page while they repeat one of the first lines of the first page (the title or
    the agency printed as a running header, one line or a few): a published decision's later pages start so,
    mid-sentence."""
    if len(page_ends) < 2:
        return []
    heads = [flat for line in text[: page_ends[0]].splitlines() if len(flat := "".join(line.split())) >= 4]
    top = set(heads[:_HEAD_LINES])
    spans = []
    for start in (end + 1 for end in page_ends[:-1]):
        # a head of two lines (the agency, then the title; or the agency printed twice) goes whole
        for _ in range(_HEAD_RUN):
            while start < len(text) and text[start] == "\n":
                start += 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if "".join(text[start:end].split()) not in top or _SIGNS_NEXT.match(text, end):
                break
            spans.append((start, end))
            start = end + 1
    return spans


#: The end of a 文号 (…〔2024〕77号): a running foot may print the decision's number before its page's.
_DOC_NUMBER_END = rf"[〔\[［（(【]{_SP}\d{{4}}{_SP}[〕\]］）)】]{_SP}第?{_SP}\d{{1,20}}{_SP}号"
#: A header or footer that names the page beside other words: with the page count (某某局行政处罚决定书（第1页，共3页）,
#: 某某局　第 1 页／共 2 页), or with the page's number only — or its number over the count (某某局　1/2) — after words that
#: end as an agency's or a document's name or number does (某某局　第1页, 某某局行政处罚决定书 第2页, 某市监罚〔2024〕7号
#: 第2页), so a body line ending in a page reference (详见清单第2页) or a ratio (占比1/2) stays. Nothing before the marker
#: may end a sentence or a clause, so a body line that mentions pages stays. A letter-spaced foot (某 某 局 行 政 处 罚 决 定 书
#: 第1页) is the same foot: up to 40 characters besides the spaces, its name's ending spaced or not.
_MARKED_EDGE = re.compile(
    rf"{_SP}(?:[^\n \t\u3000。，,；;：:“”《》]{_SP}){{1,40}}?"
    rf"(?:{_SP}[（(]?{_SP}{_PAGE_NO}共{_SP}\d+{_SP}页"
    rf"|(?:{'|'.join(_SP.join(word) for word in ('局', '委员会', '人民政府', '决定书', '告知书'))}|{_DOC_NUMBER_END})"
    rf"{_SP}(?:[{_PAGE_DOTS}|｜]{_SP})?"
    rf"(?:[（(]?{_SP}第{_SP}\d+{_SP}页|\d+{_SP}[/／]{_SP}\d+))"
    rf"{_SP}[)）]?{_SP}"
)


def _page_lines(text: str, page_ends: Sequence[int]) -> list[list[tuple[int, int]]]:
    """The (start, end) of every non-empty line, page by page."""
    starts = [0, *(end + 1 for end in page_ends[:-1])]
    return [
        [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n]+", text[start:end]) if m.group().strip()]
        for start, end in zip(starts, page_ends, strict=False)
    ]


def _marked_edges(text: str, page_ends: Sequence[int]) -> list[tuple[int, int]]:
    """The last line of each page and the first line of each later page when it is a header or footer holding a
    page marker after other words (`_MARKED_EDGE`): where a page breaks mid-sentence it splits the text."""
    spans = []
    for number, lines in enumerate(_page_lines(text, page_ends)):
        edges = lines[-1:] + (lines[:1] if number else [])
        spans += [(a, b) for a, b in edges if _MARKED_EDGE.fullmatch(text, a, b)]
    return spans


def furniture_line(line: str) -> bool:
    """One line that is furniture whatever page it is on and wherever on it: a page marker (第2页 共3页, — 2 —), the copy
    note (本文书一式两份，一份送达当事人，一份存档。), the publication note… — never a bare number, which only a page's
    last line makes a page number. Full-width digits and letters read as ASCII (第２页 共３页 is a page marker)."""
    line = line.translate(WIDE_ALNUM)
    return any(p.fullmatch(line) for p in _PATTERNS)


def _furniture_line(text: str, start: int, end: int) -> bool:
    """The line is furniture whatever page it is on: a page number (— 2 —, 第2页 共3页, 2/3, 2), a copy note…"""
    return bool(_BARE_NUMBER.fullmatch(text, start, end) or any(p.fullmatch(text, start, end) for p in _PATTERNS))


#: A foot that names a document or the form's maker (某某局行政处罚决定书, 某某局制, 某省市场监督管理局印制): no sentence
#: ends so, and no signature block either — the signing agency's name never ends in 决定书 or 制.
_FOOT_SHAPE = re.compile(
    r"[^\s。，,；;：:、“”]{2,40}?(?:局|委员会|人民政府|厅)(?:[^\s。，,；;：:、“”]{0,12}?(?:决定书|告知书|通知书)|(?:印|监)?制)"
)


#: A foot of words and the page's number after a gap (某某县市场监督管理局　2).
_NUMBERED_FOOT = re.compile(rf"{_SP}([^\n。，,；;：:、“”]{{4,40}}?){_SP}[ \t\u3000]\d{{1,3}}{_SP}")
#: How an agency's or a document's name ends.
_NAMED_END = re.compile(r"(?:局|委员会|人民政府|厅|决定书|告知书)$")


def _running_feet(text: str, page_ends: Sequence[int]) -> list[tuple[int, int]]:
    """The last line of every page when all pages end with the same line and it repeats one of the first page's top
    lines (the agency printed as a running footer, no page number) or is shaped as a document's name or a form
    maker's note (某某局行政处罚决定书, 某某局制), or the same agency's or document's name beside each page's number
    (某某局　1, 某某局　2): on a page broken mid-sentence it splits the text
    (…向某某县人民政府申请行\n某某县市场监督管理局\n政复议). A decision without such a footer ends its first page
    with body text, so one page ending with the signing agency is no footer."""
    pages = [lines for lines in _page_lines(text, page_ends) if lines]
    if len(pages) < 2 or len(pages) != len(page_ends):
        return []
    # a page number or copy note printed below the foot (某某县市场监督管理局 / — 2 —) is furniture of its own: the
    # foot is above it
    pages = [[(a, b) for a, b in lines if not _furniture_line(text, a, b)] or lines for lines in pages]
    feet = [lines[-1] for lines in pages]
    numbered = [_NUMBERED_FOOT.fullmatch(text, a, b) for a, b in feet]
    if all(numbered):  # 某某局　1 … 某某局　2: the same words beside each page's number
        named = {"".join(match[1].split()) for match in numbered if match}
        return feet if len(named) == 1 and _NAMED_END.search(next(iter(named))) else []
    words = {"".join(text[a:b].split()) for a, b in feet}
    top = {"".join(text[a:b].split()) for a, b in pages[0][:_HEAD_LINES]}
    if len(words) != 1 or len(word := next(iter(words))) < 4:
        return []
    if not (words <= top or _FOOT_SHAPE.fullmatch(word)):
        return []
    return feet


def furniture_spans(text: str, page_ends: Sequence[int] = ()) -> list[tuple[int, int]]:
    """(start, end) of every furniture run in `text`, in order, not overlapping; `page_ends` are the offsets where
    the pages of `text` end (none known: no bare page numbers are looked for). Full-width digits and letters are
    read as ASCII, one character for one, so the offsets hold: a footer typed in full width (ｈｔｔｐ：//…　１/２) is
    as much furniture as one in ASCII."""
    text = text.translate(WIDE_ALNUM)
    spans = sorted((m.start(), m.end()) for pattern in _PATTERNS for m in pattern.finditer(text) if m.end() > m.start())
    spans = sorted(
        spans
        + _page_end_numbers(text, page_ends)
        + _page_start_numbers(text, page_ends)
        + _running_heads(text, page_ends)
        + _marked_edges(text, page_ends)
        + _running_feet(text, page_ends)
    )
    spans = sorted(spans + _markers_beside_furniture(text, spans))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def blank_furniture(text: str, page_ends: Sequence[int] = ()) -> str:
    """`text` with its furniture replaced by spaces (line breaks kept): same length, same offsets."""
    spans = furniture_spans(text, page_ends)
    if not spans:
        return text
    parts, position = [], 0
    for start, end in spans:
        parts.append(text[position:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        position = end
    parts.append(text[position:])
    return "".join(parts)
