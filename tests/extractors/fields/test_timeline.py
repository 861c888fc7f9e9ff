from __future__ import annotations

import datetime as dt

from extractors.fields.timeline import build_timeline, procedure_of
from reviewer.model import Instrument


def ins(kind: str, day: str | None, page: int = 1) -> Instrument:
    return Instrument(kind=kind, title="", first_page=page, last_page=page, date=dt.date.fromisoformat(day) if day else None)


def test_general_case_timeline_and_service_matching():
    instruments = [
        ins("case_source", "2023-06-06"), ins("inspection_record", "2023-06-05"), ins("filing_approval", "2023-06-12"),
        ins("inquiry_record", "2023-06-15"), ins("prior_notice", "2023-07-05"), ins("service_receipt", "2023-07-06"),
        ins("penalty_decision", "2023-07-31"), ins("service_receipt", "2023-08-02"), ins("major_filing", "2023-08-09"),
        ins("closing_report", None),
    ]
    timeline = build_timeline(instruments)
    assert timeline["discovered"] == dt.date(2023, 6, 5)  # the inspection before 立案 found the lead
    assert timeline["investigated"] == dt.date(2023, 6, 15)  # first record after 立案
    assert timeline["notice_served"] == dt.date(2023, 7, 6)
    assert timeline["served"] == dt.date(2023, 8, 2)
    assert timeline["reported"] == dt.date(2023, 8, 9)
    assert timeline["closed"] is None  # undated closing report: unknown, not guessed
    assert procedure_of(instruments) == "general"


def test_receipt_before_the_decision_does_not_count_as_its_service():
    timeline = build_timeline([ins("penalty_decision", "2023-05-12"), ins("service_receipt", "2023-05-10")])
    assert timeline["served"] is None and timeline["notice_served"] is None


def test_simple_procedure_is_discovered_and_decided_on_the_spot():
    instruments = [ins("onsite_decision", "2024-03-14"), ins("service_receipt", "2024-03-14"), ins("payment_receipt", "2024-03-18")]
    timeline = build_timeline(instruments)
    assert procedure_of(instruments) == "simple"
    assert timeline["discovered"] == timeline["decided"] == timeline["served"] == dt.date(2024, 3, 14)
    assert timeline["paid"] == dt.date(2024, 3, 18) and timeline["filed"] is None


def test_no_decision_means_unknown_procedure():
    assert procedure_of([ins("filing_approval", "2023-01-01")]) is None
