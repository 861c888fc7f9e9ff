"""Small text readings every family shares: lines around a position, and the wording of statements and reviews."""

from __future__ import annotations

import re

from reviewer.core.text import compact

#: The party made a statement (当事人提出陈述、申辩), not "未提出".
_MADE = re.compile(r"(?<!未)(?<!没有)提出(?:了)?(?:书面)?(?:的)?陈述|(?<!未)(?<!没有)进行(?:了)?陈述(?:、|和)?申辩")
_REVIEWED = re.compile("复核|采纳")
_ANSWERED = re.compile("复核|采纳|予以考虑|不予支持|予以支持")


def line_at(text: str, position: int) -> str:
    """The stripped line of `text` that holds `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : len(text) if end < 0 else end].strip()


def last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def first_match(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group() if found else None


def statement_reported(text: str) -> str | None:
    """The words saying the party made a statement, as the approval form or decision writes them."""
    return first_match(_MADE, compact(text))


def review_word(text: str) -> str | None:
    """复核 or 采纳: the statement was reviewed."""
    return first_match(_REVIEWED, compact(text))


def answer_word(text: str) -> str | None:
    """How a decision answers the statement (复核, 采纳, 予以考虑, 不予支持 …)."""
    return first_match(_ANSWERED, compact(text))


def statement_line(text: str) -> str:
    """The line that reports the statement (where its review should follow), else the last line."""
    for line in text.splitlines():
        if re.search("陈述|申辩", line):
            return line.strip()
    return last_line(text)
