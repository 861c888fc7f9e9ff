"""Dates on the reviewer pages are typed and shown as 2024年1月31日, whatever the browser's language: a native
date field would show mm/dd/yyyy in an English browser, so the pages use a text field and read it here."""

from __future__ import annotations

import datetime as dt
import re

from reviewer.core.calendar import format_date

#: 2024年1月31日, 2024-01-31, 2024/1/31, 2024.1.31 (spaces allowed), or 20240131.
_DAY = re.compile(r"^\s*(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*日?\s*$|^\s*(\d{4})(\d{2})(\d{2})\s*$")
HINT = "按“2024年1月31日”的格式填写"


def parse_day(text: str | None) -> dt.date | None:
    """The date `text` names; None when it is empty. ValueError when it is not a date."""
    if not text or not text.strip():
        return None
    match = _DAY.match(text)
    if match is None:
        raise ValueError(text)
    year, month, day = (int(part) for part in (match.groups()[:3] if match.group(1) else match.groups()[3:]))
    return dt.date(year, month, day)


def chinese_day(day: dt.date | None) -> str:
    return format_date(day) if day else ""


def chinese_time(moment: dt.datetime | None) -> str:
    """2024年1月31日 09:05: a day as above and the time to the minute."""
    return f"{chinese_day(moment.date())} {moment:%H:%M}" if moment else ""
