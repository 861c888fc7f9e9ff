"""Remedies set as a table: a row per route (行政复议｜某县人民政府｜自收到本决定书之日起六十日内), no verb.

Some decisions print the 复议 and 诉讼 routes as rows of a table under a heading (途径　受理机关　期限) instead of
a sentence. The text layer gives each row as a line whose cells are parted by a bar (｜, │) or a run of spaces.
A row is read only when it has the three cells in that order: the route's label alone, a body's name (no verb in
it) and a period. A line holding only another body between two rows (樾阳市某某局　（两机关任选其一）) is a
further option of the row above it. The rows are turned back into the sentences a decision would write, so the
sentence readers read them as they read any other offer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["TableRoute", "as_sentences", "table_routes"]

#: A gap between two cells: a bar with any spacing, or a run of spaces.
_GAP = r"(?:[ \t\u3000]*[｜|│┃][ \t\u3000]*|[ \t\u3000]+)"
#: A body's name: no space, bar or verb in it, ending in what a body is called.
_NAME = r"(?:(?![向申提之])[^\s｜|│┃，,。；;：:]){1,40}?(?:人民政府|法院|局|委员会|部门|机关|办公室)"
_ROW = re.compile(
    rf"^[ \t\u3000]*[｜|│┃]?[ \t\u3000]*(?P<route>(?:申请)?行政复议|(?:提起)?行政诉讼){_GAP}(?P<body>{_NAME}(?:(?:或者|或|、){_NAME})*)"
    rf"{_GAP}(?P<period>[^\n｜|│┃]{{0,30}}?[0-9０-９〇零一二两三四五六七八九十百]+[ \t\u3000]*(?:日|天|个月|月)内?)"
    r"[ \t\u3000]*[｜|│┃]?[ \t\u3000]*$"
)
#: Another option on a line of its own, a bracketed note on the choice after it allowed.
_MORE = re.compile(
    rf"^[ \t\u3000]*[｜|│┃]?{_GAP}?(?P<body>{_NAME})(?:{_GAP}[（(][^（）()\n]{{0,20}}[)）])?[ \t\u3000]*[｜|│┃]?[ \t\u3000]*$"
)
#: The table's heading: the columns of route, body and period.
_HEADING = re.compile(
    r"^[ \t\u3000｜|│┃]*(?:救济)?途径[ \t\u3000｜|│┃]*(?:受理|复议|管辖)?(?:机关|法院)[^\n]{0,20}期限[^\n]{0,4}$"
)


@dataclass(frozen=True)
class TableRoute:
    """One route read off a table: its bodies in order, its period cell and where its lines stand."""

    route: Literal["review", "litigation"]
    bodies: list[str]
    period: str
    #: where the period cell starts in the caller's text
    period_start: int
    start: int
    end: int


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of the text with where it starts."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def table_routes(text: str) -> list[TableRoute]:
    """The routes of the text's remedies table, in the order printed (none when there is no such table)."""
    lines = _lines(text)
    routes: list[TableRoute] = []
    for index, (at, line) in enumerate(lines):
        row = _ROW.match(line)
        if row is None:
            continue
        bodies = re.split("或者|或|、", row.group("body"))
        end = at + len(line)
        # further options below the row count only up to the next row: the signature may follow the last one
        more: list[str] = []
        more_end = end
        for later_at, later in lines[index + 1 :]:
            if _ROW.match(later):
                bodies, end = bodies + more, more_end
                break
            option = _MORE.match(later)
            if option is None:
                break
            more.append(option.group("body"))
            more_end = later_at + len(later)
        route: Literal["review", "litigation"] = "review" if "复议" in row.group("route") else "litigation"
        routes.append(TableRoute(route, bodies, row.group("period"), at + row.start("period"), at, end))
    return routes


def as_sentences(text: str) -> str:
    """The text with its remedies table (heading and rows) written as sentences: 自…六十日内向某县人民政府或者某市
    某某局申请行政复议。"""
    out, at = [], 0
    for found in table_routes(text):
        start = found.start
        heading = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start and heading >= at and _HEADING.match(text[heading : start - 1]):
            start = heading
        verb = "申请行政复议" if found.route == "review" else "提起行政诉讼"
        # a full stop first: the words before the table (…途径和期限如下：) are no part of the row's sentence
        out += [text[at:start], f"。{found.period.strip()}向{'或者'.join(found.bodies)}{verb}。"]
        at = found.end
    out.append(text[at:])
    return "".join(out)
