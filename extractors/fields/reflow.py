"""A decision reflowed into one paragraph, its line breaks put back.

A web page that publishes a decision may run its text together: title, 文号, the party block's fields, every
paragraph and the signature in one paragraph, each former line break left as a space (某局 行政处罚决定书 某罚〔2020〕14号
当事人：某某公司 统一社会信用代码：… 住所：… 2020年9月24日，本局…). Printed, that paragraph wraps at the page's
edge like any other. Chinese running text has no spaces of its own, so in such a paragraph a space between two
words of Chinese text (or before a date or a number) is where a line ended: `restore_breaks` turns those
spaces back into line breaks, one character for one, so every offset into the text still holds.

Only from a reflowed head on: a line holding a decision's title, its 文号 and the party label inline
(行政处罚决定书 某罚〔2020〕14号 当事人：…). Text without such a head is returned as it is.
"""

from __future__ import annotations

import re

__all__ = ["head_match", "reflowed_head", "restore_breaks"]

#: A text layer may print a space between any two characters of the title or the 文号 (处罚决定 书, 某市监处 罚〔…).
_TITLE = r"(?:不 ?予 ?)?(?:行 ?政 ?)?处 ?罚 ?决 ?定 ?书"
_NUMBER = r"(?:[^\s] ?){0,13}[^\s][〔［\[（(【][0-9０-９]{4}[〕］\]）)】][^\s]{0,6}号"
_PARTY = r"(?:当\s*事\s*人|被处罚人|受处罚人|被处罚单位)(?:名称|姓名)?\s*[：:]"
#: A decision's head run together on one line: its title, after a space its 文号, after a space the party label —
#: which the paragraph, printed at another width, may wrap onto the next line right after that space
#: (… 某罚〔2020〕14号 / 当事人：…); a line ending without the space is a decision printed line by line.
_HEAD = re.compile(rf"(?P<title>{_TITLE}) +(?P<number>{_NUMBER}) +\n? *{_PARTY}")
#: A space that was a line break: a run of plain spaces between text and Chinese text, a date or a number
#: (…有限公司 统一社会信用代码, …杭*平 2020年9月24日); a space before Latin letters (Room A) or after a
#: list's bullet (· 某某通知) stays.
_BREAK = re.compile(r"(?<=[^\s·•・]) +(?=[\u4e00-\u9fff0-9０-９（(【〔《“])")


#: A letter-spaced run (芫 河 县 市 场 监 督 管 理 局): three characters or more, one space between each; those spaces
#: are the text layer's letter spacing, not line breaks, since no line of a page holds a single character.
_LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fff] ){2,}[\u4e00-\u9fff]")


def head_match(text: str) -> re.Match[str] | None:
    """The reflowed head (title, 文号, party label) in the text, or None."""
    return _HEAD.search(text)


def reflowed_head(text: str) -> int | None:
    """The offset of the line that opens a reflowed decision head, or None."""
    found = _HEAD.search(text)
    return None if found is None else text.rfind("\n", 0, found.start()) + 1


def restore_breaks(text: str, *, whole: bool = False) -> str:
    """The text with the spaces of a reflowed decision, from its head on (or `whole`, a later page of a decision
    reflowed from an earlier one), made line breaks again (same length)."""
    start = 0 if whole else reflowed_head(text)
    if start is None:
        return text
    tail = text[start:]
    spaced = [run.span() for run in _LETTER_SPACED.finditer(tail)]
    at = 0

    def restored(space: re.Match[str]) -> str:
        nonlocal at
        while at < len(spaced) and spaced[at][1] <= space.start():
            at += 1
        if at < len(spaced) and spaced[at][0] <= space.start():
            return space.group()
        return "\n" + " " * (len(space.group()) - 1)

    return text[:start] + _BREAK.sub(restored, tail)
