"""Check-box lists of printed forms: only the ticked options are the document's content (ruling 74).

A form printed from a case system lists every option and ticks the chosen ones: "□警告　☑罚款 人民币壹佰元",
"■当场缴纳　□自收到本决定书之日起十五日内到指定银行缴纳", "警告（　）　罚款（√）". The unticked options are neither
penalties, nor payment ways, nor remedies offered, so the readers must not see them.

Decisions:

* Only a text that ticks something (☑ ☒ ■ √ ✓ ✔, or "（√）") is read as a check-box form: a lone □ elsewhere is
  left alone, and so is a run of □ or ■ (a masked name).
* A leading box (□ 选项) covers its option up to the next box, a full stop or the end of the line; a trailing
  empty box (选项（　）) covers the option back to the previous space, colon or box.
* The unticked option and every tick glyph are replaced by spaces: same length, same offsets, so evidence still
  quotes the page.
"""

from __future__ import annotations

import re

__all__ = ["blank_unticked", "is_checkbox_form"]

_TICK = "☑☒■√✓✔"
_BOX = "□☐"
#: A single tick glyph (not a run of ■ masking a name), or a ticked trailing box "（√）".
_TICKED = re.compile(rf"(?<![{_TICK}])[{_TICK}](?![{_TICK}])|[（(]\s*[√✓✔]\s*[）)]")
#: An unticked leading box and its option: up to the next box or tick, a full stop or the line's end.
_UNTICKED_LEAD = re.compile(rf"(?<![{_BOX}■])[{_BOX}](?=[^\s{_BOX}■])[^\n{_BOX}{_TICK}。]*")
#: An option followed by an empty trailing box "（　）": back to the previous space, colon or box.
_UNTICKED_TRAIL = re.compile(rf"[^\s\u3000:：{_BOX}{_TICK}（）()]{{1,30}}[（(][\s\u3000]+[）)]")


def is_checkbox_form(text: str) -> bool:
    """Whether `text` ticks an option anywhere (so its □ are unticked options, not stray marks)."""
    return _TICKED.search(text) is not None


def _blank(found: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", found.group())


def blank_unticked(text: str) -> str:
    """`text` with its unticked options and its tick glyphs replaced by spaces (same length, same offsets)."""
    if not is_checkbox_form(text):
        return text
    text = _UNTICKED_LEAD.sub(_blank, text)
    text = _UNTICKED_TRAIL.sub(_blank, text)
    return _TICKED.sub(_blank, text)
