"""The 卷内目录 as evidence for segmentation: where its rows say a document starts, and what it is.

A person splitting a case file looks at the index first. When the file has one whose rows agree with the pages
(the row's title is at the top of the page the row names, for most rows), a page it names as the start of a
document opens one even where no title was recognised there (a heading OCR misread, a title no catalogue knows),
and an unclassified heading takes the kind the index row names. Rows that the page does not confirm are ignored,
so a wrong index (a defect to report) never moves a boundary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.forms import index_rows
from extractors.titles import OTHER, TitleMatch, fuzzy_limit, is_running_header, levenshtein, normalise
from reviewer.core.facts import IndexRow
from reviewer.core.model import Instrument, Page

#: Lines at the top of a page searched for the title an index row gives.
TOP_LINES = 6
#: Rows an index needs, and the share of them its pages must confirm, before it is trusted.
MIN_ROWS = 3
MIN_AGREEMENT = 0.6


def _key(title: str) -> str:
    """A row's title as compared: normalised, without a trailing bracketed note or letter-spacing."""
    return re.sub(r"\([^()]*\)$", "", normalise(title))


def shows_title(page: Page, title: str) -> bool:
    """Whether the page's top lines carry `title` (inside a longer line, or within a few OCR edits)."""
    key = _key(title)
    if len(key) < 3:
        return False
    lines = [line.text for line in page.lines] or page.text.splitlines()
    top = [normalise(text) for text in lines if text.strip() and not is_running_header(text)][:TOP_LINES]
    limit = fuzzy_limit(len(key))
    return any(key in line or (limit and _near(line, key, limit)) for line in top)


def _near(line: str, key: str, limit: int) -> bool:
    """The line, or its end (after an agency's name), is within `limit` edits of the key."""
    return any(levenshtein(part, key, limit) <= limit for part in (line, line[-len(key) :]))


def _pages_of(rows: Sequence[IndexRow], offset: int, pages: Sequence[Page]) -> dict[int, IndexRow]:
    """Rows whose first page, shifted by `offset`, is in the file and shows the row's title."""
    found: dict[int, IndexRow] = {}
    for row in rows:
        at = row.first + offset
        if 1 <= at <= len(pages) and at not in found and shows_title(pages[at - 1], row.title):
            found[at] = row
    return found


def index_starts(instruments: Sequence[Instrument], pages: Sequence[Page]) -> dict[int, TitleMatch]:
    """Page index → the document the 卷内目录 says starts there (confirmed by the page), or {} when the file
    has no index or its rows do not agree with the pages."""
    index = next((i for i in instruments if i.kind == "index"), None)
    if index is None:
        return {}
    rows = index_rows(index.text)
    if len(rows) < MIN_ROWS:
        return {}
    best: dict[int, IndexRow] = {}
    for offset in sorted({0, index.last_page}):
        found = _pages_of(rows, offset, pages)
        if len(found) > len(best):
            best = found
    if len(best) < MIN_AGREEMENT * len(rows):
        return {}
    return {at: TitleMatch(row.kind or OTHER, row.title, 1) for at, row in best.items() if at > index.last_page}
