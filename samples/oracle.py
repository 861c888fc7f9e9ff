"""Which date and period checks a case fails, worked out from the case data with the real calendar.

Injected date defects can break more than the check they target (pushing service later can push payment
past its period too); the truth's `expected_failing` adds what this finds, so it stays exact. A clean case
finds nothing here (a test holds the committed clean cases to that).
"""

from __future__ import annotations

import datetime as dt
import re

from samples.document import CaseDoc
from samples.edit import find, first, full_text
from samples.holidays import add_working_days, natural_deadline, working_days_between

#: Procedure order checked by timeline.order (法制审核/集体讨论 may follow a hearing, so they are left out).
ORDER = (
    "filed",
    "investigation_reported",
    "notified",
    "notice_served",
    "approved",
    "decided",
    "served",
    "paid",
    "closed",
)
#: The check ids this module decides.
CHECKS = frozenset(
    {
        "deadline.service_7d",
        "deadline.decision_90d",
        "deadline.payment_15d",
        "deadline.major_filing_15d",
        "deadline.statement_period",
        "deadline.hearing_request_5d",
        "deadline.hearing_notice_7d",
        "deadline.filing_15wd",
        "timeline.order",
        "timeline.investigate_before_filing",
    }
)
_PERIOD = re.compile(r"([三五七十])个工作日")
_CN_NUMBER = {"三": 3, "五": 5, "七": 7, "十": 10}


def failing(case: CaseDoc) -> set[str]:
    """Check ids of the date rules the case breaks."""
    out: set[str] = set()
    t = {key: day for key, day in case.timeline.items() if day}
    for check_id, broken in (
        ("deadline.service_7d", _service_late(case, t)),
        ("deadline.decision_90d", "filed" in t and "decided" in t and t["decided"] > natural_deadline(t["filed"], 90)),
        ("deadline.payment_15d", _payment_late(case, t)),
        ("deadline.major_filing_15d", _filing_late(case, t)),
        ("deadline.statement_period", _statement_early(case, t)),
        ("deadline.hearing_request_5d", _hearing_window_cut(case, t)),
        ("deadline.hearing_notice_7d", _hearing_notice_late(case, t)),
        (
            "deadline.filing_15wd",
            "discovered" in t and "filed" in t and working_days_between(t["discovered"], t["filed"]) > 15,
        ),
        ("timeline.order", _out_of_order(t)),
        ("timeline.investigate_before_filing", _investigated_early(case, t)),
    ):
        if broken:
            out.add(check_id)
    return out


def _service_late(case: CaseDoc, t: dict[str, dt.date]) -> bool:
    if case.procedure != "general" or "decided" not in t or "served" not in t:
        return False
    return working_days_between(t["decided"], t["served"]) > 7


def _payment_late(case: CaseDoc, t: dict[str, dt.date]) -> bool:
    if not case.fine_yuan or "served" not in t or "paid" not in t or find(case, "enforcement"):
        return False
    return t["paid"] > natural_deadline(t["served"], 15)


def _filing_late(case: CaseDoc, t: dict[str, dt.date]) -> bool:
    filing = first(case, "major_filing")
    if filing is None or filing.date is None or "decided" not in t:
        return False
    return filing.date > natural_deadline(t["decided"], 15)


def notice_period(case: CaseDoc) -> int:
    """The statement period the notice grants, in working days (3 when it names none)."""
    notice = first(case, "prior_notice")
    found = _PERIOD.search(full_text(notice)) if notice else None
    return _CN_NUMBER[found.group(1)] if found else 3


def _statement_early(case: CaseDoc, t: dict[str, dt.date]) -> bool:
    if first(case, "prior_notice") is None or "notice_served" not in t or "decided" not in t:
        return False
    return t["decided"] <= add_working_days(t["notice_served"], notice_period(case))


def _hearing_window_cut(case: CaseDoc, t: dict[str, dt.date]) -> bool:
    if not case.hearing_eligible or "notice_served" not in t or "decided" not in t:
        return False
    return t["decided"] <= add_working_days(t["notice_served"], 5)


def _hearing_notice_late(case: CaseDoc, t: dict[str, dt.date]) -> bool:
    notice = first(case, "hearing_notice")
    if notice is None or notice.date is None or "hearing" not in t:
        return False
    return working_days_between(notice.date, t["hearing"]) < 7


def _out_of_order(t: dict[str, dt.date]) -> bool:
    days = [t[key] for key in ORDER if key in t]
    late_investigation = (
        "investigated" in t and "investigation_reported" in t and t["investigated"] > t["investigation_reported"]
    )
    return days != sorted(days) or late_investigation


def _investigated_early(case: CaseDoc, t: dict[str, dt.date]) -> bool:
    if "filed" not in t:
        return False
    for ins in find(case, "inquiry_record") + find(case, "inspection_record"):
        led_to_case = ins.kind == "inspection_record" and ins.date == t.get("discovered")
        if ins.date and ins.date < t["filed"] and not led_to_case:
            return True
    return False
