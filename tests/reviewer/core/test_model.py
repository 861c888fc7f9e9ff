from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from reviewer.core.model import (
    TIMELINE_KEYS,
    CaseFacts,
    Evidence,
    Finding,
    Instrument,
    Line,
    Page,
    ReviewDraft,
    StandardRef,
)


def draft() -> ReviewDraft:
    decision = Instrument(
        kind="penalty_decision",
        title="行政处罚决定书",
        first_page=30,
        last_page=32,
        doc_number="唐市监罚〔2023〕12号",
        date=dt.date(2023, 5, 12),
    )
    facts = CaseFacts(procedure="general", party="某公司", fine_yuan=Decimal("5000"), is_major=False)
    facts.timeline["decided"] = dt.date(2023, 5, 12)
    finding = Finding(
        check_id="deadline.service_7d",
        category="程序",
        status="fail",
        deducted=2,
        message="行政处罚决定书作出后超过7日送达",
        confidence=0.93,
        evidence=[Evidence(page=31, quote="二〇二三年五月十二日")],
    )
    return ReviewDraft(
        case_id="c1",
        standard=StandardRef(id="henan-2022", version="2022"),
        procedure="general",
        pages=42,
        instruments=[decision],
        timeline=facts.timeline,
        facts=facts,
        findings=[finding],
        engine_version="test",
    )


def test_contract_uses_iso_dates_money_strings_and_one_based_pages():
    contract = draft().to_contract()
    assert contract["instruments"] == [
        {
            "kind": "penalty_decision",
            "title": "行政处罚决定书",
            "first_page": 30,
            "last_page": 32,
            "doc_number": "唐市监罚〔2023〕12号",
            "date": "2023-05-12",
        }
    ]
    assert contract["timeline"]["decided"] == "2023-05-12" and contract["timeline"]["served"] is None
    assert list(contract["timeline"]) == list(TIMELINE_KEYS)
    assert contract["facts"]["fine_yuan"] == "5000.00" and contract["facts"]["confiscation_yuan"] is None
    assert contract["findings"][0]["evidence"] == [{"page": 31, "quote": "二〇二三年五月十二日", "box": None}]
    assert contract["score"] is None and contract["grade"] is None
    json.dumps(contract, ensure_ascii=False)  # serialisable as it is


def test_page_confidence_is_mean_of_lines_and_zero_when_empty():
    page = Page(
        index=1,
        source="a.pdf",
        source_page=1,
        origin="ocr",
        lines=[Line(text="甲", confidence=0.9), Line(text="乙", confidence=0.7)],
    )
    assert abs(page.confidence - 0.8) < 1e-9
    assert Page(index=2, source="a.pdf", source_page=2, origin="text").confidence == 0.0


def test_draft_round_trips_through_json():
    original = draft()
    again = ReviewDraft.model_validate_json(original.model_dump_json())
    assert again == original
