from __future__ import annotations

import datetime as dt

import pytest

from extractors.fields.timeline import build_timeline, procedure_of
from reviewer.core.model import Instrument


def ins(kind: str, day: str | None, page: int = 1) -> Instrument:
    return Instrument(
        kind=kind, title="", first_page=page, last_page=page, date=dt.date.fromisoformat(day) if day else None
    )


def test_general_case_timeline_and_service_matching():
    instruments = [
        ins("case_source", "2023-06-06"),
        ins("inspection_record", "2023-06-05"),
        ins("filing_approval", "2023-06-12"),
        ins("inquiry_record", "2023-06-15"),
        ins("prior_notice", "2023-07-05"),
        ins("service_receipt", "2023-07-06"),
        ins("penalty_decision", "2023-07-31"),
        ins("service_receipt", "2023-08-02"),
        ins("major_filing", "2023-08-09"),
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
    instruments = [
        ins("onsite_decision", "2024-03-14"),
        ins("service_receipt", "2024-03-14"),
        ins("payment_receipt", "2024-03-18"),
    ]
    timeline = build_timeline(instruments)
    assert procedure_of(instruments) == "simple"
    assert timeline["discovered"] == timeline["decided"] == timeline["served"] == dt.date(2024, 3, 14)
    assert timeline["paid"] == dt.date(2024, 3, 18) and timeline["filed"] is None


@pytest.mark.parametrize(
    "kind",
    [
        "filing_approval",
        "prior_notice",
        "investigation_report",
        "penalty_approval",
        "inquiry_record",
        "hearing_record",
        "closing_report",
        "major_filing",
    ],
)
def test_file_without_decision_is_general_by_its_general_procedure_instruments(kind):
    instruments = [ins("cover", None), ins(kind, "2023-03-01"), ins("service_receipt", "2023-03-02")]
    assert procedure_of(instruments) == "general"


def test_lost_decision_leaves_the_rest_of_a_general_file_readable():
    instruments = [
        ins("case_source", "2023-02-20"),
        ins("filing_approval", "2023-02-24"),
        ins("inquiry_record", "2023-03-02"),
        ins("prior_notice", "2023-04-06"),
        ins("service_receipt", "2023-04-07"),
        ins("penalty_approval", "2023-04-18"),
        ins("payment_receipt", "2023-04-26"),
        ins("closing_report", "2023-05-10"),
    ]
    timeline = build_timeline(instruments)
    assert procedure_of(instruments) == "general"
    assert (
        timeline["decided"] is None and timeline["served"] is None
    )  # nothing after an unknown decision is its service
    assert timeline["notice_served"] == dt.date(2023, 4, 7)  # the receipt after the notice still serves it
    assert timeline["filed"] == dt.date(2023, 2, 24) and timeline["paid"] == dt.date(2023, 4, 26)


def test_decision_outranks_the_other_instruments():
    assert procedure_of([ins("filing_approval", "2023-01-01"), ins("penalty_decision", "2023-02-01")]) == "general"
    assert procedure_of([ins("onsite_decision", "2024-03-14"), ins("inspection_record", "2024-03-14")]) == "simple"
    # a 简易程序 decision beside a stray general instrument: the decision says how the case was decided
    assert procedure_of([ins("prior_notice", "2024-03-10"), ins("onsite_decision", "2024-03-14")]) == "simple"


@pytest.mark.parametrize(
    "kinds",
    [
        [],
        ["service_receipt"],
        ["payment_receipt", "evidence"],
        ["inspection_record"],
        ["statement_record", "other"],
        ["cover", "index", "record_back"],
    ],
)
def test_nothing_telling_means_unknown_procedure(kinds):
    assert procedure_of([ins(kind, "2023-01-01") for kind in kinds]) is None


def test_without_filing_the_case_source_separates_discovery_from_investigation():
    instruments = [
        ins("case_source", "2023-06-06"),
        ins("inspection_record", "2023-06-05"),
        ins("inquiry_record", "2023-06-15"),
        ins("penalty_decision", "2023-07-31"),
    ]
    timeline = build_timeline(instruments)
    assert timeline["filed"] is None
    assert timeline["discovered"] == dt.date(2023, 6, 5)  # the inspection before the 案源登记 found the lead
    assert timeline["investigated"] == dt.date(2023, 6, 15)
    only_records = build_timeline([ins("inspection_record", "2023-06-05"), ins("inquiry_record", "2023-06-15")])
    assert only_records["investigated"] == dt.date(2023, 6, 5) and only_records["discovered"] is None
