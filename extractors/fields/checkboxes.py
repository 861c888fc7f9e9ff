"""Check-box lists of printed forms: only the ticked options are the document's content (ruling 74).

A form printed from a case system lists every option and ticks the chosen ones: "□警告　☑罚款 人民币壹佰元",
"■当场缴纳　□自收到本决定书之日起十五日内到指定银行缴纳", "警告（　）　罚款（√）". The unticked options are neither
penalties, nor payment ways, nor remedies offered, so the readers must not see them.

Decisions:

* Only a text that ticks something (☑ ☒ ■ √ ✓ ✔, or "（√）") and leaves a box unticked (□, or an empty "（　）")
  is read as a check-box form: a lone □ elsewhere is left alone, and so is a run of □ or ■ (a masked name), and so
  is a lone ■ or √ in a text with no empty box (张■明, a name masked one character at a time).
* A leading box (□ 选项) covers its option up to the next box, a full stop or the end of the line; a trailing
  empty box (选项（　）) covers the option back to the previous space, colon or box.
* A list none of whose options is ticked is a choice left unmade (□向某县人民政府申请行政复议 / □向某县人民法院
  提起行政诉讼, nothing ticked): a blank of the form. A list is a run of lines that open with a box, with the line
  before them when that line holds boxes too (履行方式：■当场缴纳 / 　　□十五日内…), even when the ticked option
  wraps onto a short line of its own between them.
* The unticked option and every tick glyph are replaced by spaces: same length, same offsets, so evidence still
  quotes the page.
"""

from __future__ import annotations

import re

__all__ = ["blank_unticked", "is_checkbox_form", "unmade_choices"]

_TICK = "☑☒■√✓✔"
_BOX = "□☐"
#: A single tick glyph (not a run of ■ masking a name), or a ticked trailing box "（√）".
_TICKED = re.compile(rf"(?<![{_TICK}])[{_TICK}](?![{_TICK}])|[（(]\s*[√✓✔]\s*[）)]")
#: An unticked leading box and its option: up to the next box or tick, a full stop or the line's end.
_UNTICKED_LEAD = re.compile(rf"(?<![{_BOX}■])[{_BOX}](?=[^\s{_BOX}■])[^\n{_BOX}{_TICK}。]*")
#: An option followed by an empty trailing box "（　）": back to the previous space, colon or box.
#: An unticked box of either kind: a lone □ (not a masked run), or an empty trailing "（　）".
_ANY_BOX = re.compile(rf"(?<![{_BOX}])[{_BOX}](?![{_BOX}])|[（(][\s\u3000]+[）)]")
_UNTICKED_TRAIL = re.compile(rf"[^\s\u3000:：{_BOX}{_TICK}（）()]{{1,30}}[（(][\s\u3000]+[）)]")


def is_checkbox_form(text: str) -> bool:
    """Whether `text` ticks an option and leaves another unticked (so its □ are options, not stray marks)."""
    return _TICKED.search(text) is not None and _ANY_BOX.search(text) is not None


def _blank(found: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", found.group())


def blank_unticked(text: str) -> str:
    """`text` with its unticked options and its tick glyphs replaced by spaces (same length, same offsets)."""
    if not is_checkbox_form(text):
        return text
    text = _UNTICKED_LEAD.sub(_blank, text)
    text = _UNTICKED_TRAIL.sub(_blank, text)
    return _TICKED.sub(_blank, text)


_OPENS_WITH_BOX = re.compile(rf"^[ \t\u3000]*[{_BOX}{_TICK}](?![{_BOX}{_TICK}])")


def _list_start(lines: list[str], at: int) -> int:
    """Where the list whose box-led line `at` continues begins: the nearest line before it with boxes, over lines
    that only wrap an option (short, no label's colon); else `at` itself."""
    for back in range(at - 1, max(-1, at - 4), -1):
        line = lines[back]
        if _ANY_BOX.search(line) or _TICKED.search(line):
            return back
        if len(line.strip()) > _WRAP_LIMIT or re.search("[:：]", line):
            break
    return at


#: The longest line read as the wrapped tail of an option above it.
_WRAP_LIMIT = 30


def unmade_choices(text: str) -> list[str]:
    """The lists of a check-box form with no option ticked, each as its first line (stripped)."""
    if not is_checkbox_form(text):
        return []
    lines = text.splitlines()
    found: list[str] = []
    at = 0
    while at < len(lines):
        if not _OPENS_WITH_BOX.match(lines[at]):
            at += 1
            continue
        start = _list_start(lines, at)
        end = at
        while end < len(lines) and _OPENS_WITH_BOX.match(lines[end]):
            end += 1
        group = lines[start:end]
        if not any(_TICKED.search(line) for line in group):
            found.append(lines[at].strip())
        at = end
    return found
