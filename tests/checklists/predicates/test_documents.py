"""docs.* presence/order checks and timeline.* checks: the committed samples agree with their truth, and
single predicates behave on hand-built case views."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import checklists.predicates  # noqa: F401 — registers the predicates
from checklists.engine import CaseView, Outcome
from checklists.predicates.timeline_checks import misplaced
from checklists.registry import PREDICATES
from checklists.schema import Standard
from checklists.standards import load_standard
from reviewer.core.model import CaseFacts, Finding, Instrument, Page, Procedure
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from tests.facts import with_facts

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
IDS = (
    "docs.filing_approval",
    "docs.evidence_gathering",
    "docs.investigation_report",
    "docs.prior_notice",
    "docs.penalty_approval",
    "docs.penalty_decision",
    "docs.decision_service",
    "docs.notice_service",
    "docs.legal_review",
    "docs.collective_discussion",
    "docs.hearing_record",
    "docs.execution",
    "docs.closing_report",
    "docs.major_filing",
    "docs.cover_index",
    "docs.order",
    "timeline.order",
    "timeline.investigate_before_filing",
    "timeline.dates_filled",
)
PDFS = sorted(SAMPLES.glob("case-*.pdf"))


@cache
def _findings(path: Path) -> dict[str, Finding]:
    _, draft = review([path], Settings())
    return {finding.check_id: finding for finding in draft.findings if finding.check_id in IDS}


def _expected(path: Path) -> set[str]:
    truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
    return set(truth["expected_failing"]) & set(IDS)


@pytest.mark.parametrize(
    "path",
    [*PDFS, SAMPLES / "case-10-market-order.docx", SAMPLES / "case-16-env-unfiled.docx"],
    ids=lambda path: path.name,
)
def test_samples_fail_exactly_as_truth(path: Path) -> None:
    findings = _findings(path)
    assert set(findings) == set(IDS), "every id has a predicate"
    failing = {check_id for check_id, finding in findings.items() if finding.status == "fail"}
    assert failing == _expected(path)
    for check_id in failing:
        finding = findings[check_id]
        assert finding.evidence and "{" not in finding.message, check_id


def test_sample_failures_cite_the_right_pages() -> None:
    order = _findings(SAMPLES / "case-10-market-order.pdf")["docs.order"]
    assert order.evidence[0].page == 5 and "第 5 页" in order.message
    early = _findings(SAMPLES / "case-10-market-order.pdf")["timeline.investigate_before_filing"]
    assert "2023-02-23" in early.message and early.evidence[0].page == 7
    blank = _findings(SAMPLES / "case-05-market-late.pdf")["timeline.dates_filled"]
    assert "第 15 页的送达回证" in blank.message
    late = _findings(SAMPLES / "case-15-env-late.pdf")["timeline.order"]
    assert "行政处罚决定书（2023-07-31）早于案件处理审批表（2023-08-01）" in late.message


def test_simple_procedure_sample_skips_general_only_checks() -> None:
    findings = _findings(SAMPLES / "case-03-simple.pdf")
    for check_id in ("docs.filing_approval", "docs.prior_notice", "docs.closing_report", "docs.cover_index"):
        assert findings[check_id].status == "not_applicable"
    assert findings["docs.decision_service"].status == "pass"


# --- hand-built views ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def standard() -> Standard:
    return load_standard("henan-2022")


def _doc(
    kind: str, page: int, title: str = "", text: str = "", date: dt.date | None = None, doc_number: str | None = None
) -> Instrument:
    return Instrument(
        kind=kind,
        title=title or kind,
        first_page=page,
        last_page=page,
        text=text or title,
        date=date,
        doc_number=doc_number,
    )


def _view(
    standard: Standard, instruments: list[Instrument], procedure: Procedure | None = "general", **facts: object
) -> CaseView:
    pages = [
        Page(index=i.first_page, source="t.pdf", source_page=i.first_page, text=i.text, origin="text")
        for i in instruments
    ]
    return CaseView(with_facts(instruments, pages), CaseFacts(procedure=procedure, **facts), standard, pages)


def _run(view: CaseView, check_id: str) -> tuple[Outcome, str]:
    check = view.standard.check(check_id)
    outcome = PREDICATES[check_id](view, check)
    return outcome, check.render(**outcome.values)


D = dt.date
DECISION = _doc("penalty_decision", 5, "行政处罚决定书", date=D(2023, 7, 31), doc_number="嵩罚〔2023〕8号")


def test_general_only_checks_follow_the_procedure(standard: Standard) -> None:
    assert _run(_view(standard, [DECISION], "simple"), "docs.filing_approval")[0].status == "not_applicable"
    assert _run(_view(standard, [DECISION], None), "docs.filing_approval")[0].status == "unknown"
    outcome, _ = _run(_view(standard, [DECISION]), "docs.filing_approval")
    assert outcome.status == "fail" and outcome.evidence[0].page == 5


def test_legal_review_needs_a_known_major_case(standard: Standard) -> None:
    assert _run(_view(standard, [DECISION], is_major=None), "docs.legal_review")[0].status == "unknown"
    assert _run(_view(standard, [DECISION], is_major=False), "docs.legal_review")[0].status == "not_applicable"
    major: dict[str, Any] = {"is_major": True, "party_type": "organisation", "fine_yuan": Decimal("150000")}
    outcome, message = _run(_view(standard, [DECISION], **major), "docs.legal_review")
    assert outcome.status == "fail" and "罚款 150000 元，达到对组织 100000 元的标准" in message
    late = _doc("legal_review", 6, "法制审核意见书", date=D(2023, 8, 2))
    outcome, _ = _run(_view(standard, [DECISION, late], **major), "docs.legal_review")
    assert outcome.status == "unknown" and "晚于决定日期" in (outcome.note or "")  # dated late: a person decides
    assert [e.page for e in outcome.evidence] == [6, 5]
    early = _doc("legal_review", 4, "法制审核意见书", date=D(2023, 7, 25))
    assert _run(_view(standard, [early, DECISION], **major), "docs.legal_review")[0].status == "pass"


def test_hearing_record_only_when_a_hearing_was_requested(standard: Standard) -> None:
    assert _run(_view(standard, [DECISION]), "docs.hearing_record")[0].status == "not_applicable"
    statement = _doc("statement_record", 3, "陈述申辩笔录", "当事人：我公司要求听证。")
    outcome, _ = _run(_view(standard, [statement, DECISION]), "docs.hearing_record")
    assert outcome.status == "fail" and outcome.evidence[0].page == 3
    waived = _doc("statement_record", 3, "陈述申辩笔录", "当事人：我公司放弃听证。")
    assert _run(_view(standard, [waived, DECISION]), "docs.hearing_record")[0].status == "not_applicable"


def test_notice_service_matches_the_receipt_to_what_it_served(standard: Standard) -> None:
    notice = _doc("prior_notice", 2, "行政处罚听证告知书", date=D(2023, 7, 5), doc_number="嵩听告〔2023〕8号")
    hearing = _doc("hearing_notice", 3, "听证通知书", date=D(2023, 7, 11))
    other = _doc("service_receipt", 4, "送达回证", "送达回证\n送达文书名称：听证通知书\n受送达人：某公司")
    outcome = _run(_view(standard, [notice, hearing, other, DECISION]), "docs.notice_service")[0]
    assert outcome.status == "fail"
    own = _doc("service_receipt", 3, "送达回证", "送达回证\n送达文书名称：行政处罚听证告知书\n受送达人：某公司")
    assert _run(_view(standard, [notice, own, DECISION]), "docs.notice_service")[0].status == "pass"


def test_execution_is_unknown_when_the_penalty_cannot_be_read(standard: Standard) -> None:
    assert _run(_view(standard, [DECISION]), "docs.execution")[0].status == "unknown"
    fined = _view(standard, [DECISION], fine_yuan=Decimal("3000"), penalties=["fine"])
    assert _run(fined, "docs.execution")[0].status == "fail"
    warned = _view(standard, [DECISION], penalties=["warning"])
    assert _run(warned, "docs.execution")[0].status == "not_applicable"


def test_investigation_before_filing(standard: Standard) -> None:
    source = _doc("case_source", 1, "案件来源登记表", date=D(2023, 6, 6))
    found = _doc("inspection_record", 2, "现场检查笔录", date=D(2023, 6, 5))
    filing = _doc("filing_approval", 3, "立案审批表", date=D(2023, 6, 12))
    assert _run(_view(standard, [source, found, filing]), "timeline.investigate_before_filing")[0].status == "pass"
    inquiry = _doc("inquiry_record", 4, "询问笔录", date=D(2023, 6, 10))
    outcome, message = _run(_view(standard, [source, found, filing, inquiry]), "timeline.investigate_before_filing")
    assert outcome.status == "fail"
    assert message == "第 4 页的询问笔录（2023-06-10）早于立案日期（2023-06-12），存在先调查后补立案。"


def test_blank_dates_fail_and_missing_dates_are_unknown(standard: Standard) -> None:
    blank = _doc("closing_report", 7, "结案报告", "结案报告\n同意结案。\n（印章）\n年  月  日")
    outcome, message = _run(_view(standard, [DECISION, blank]), "timeline.dates_filled")
    assert outcome.status == "fail" and message == "第 7 页的结案报告日期未填写完整。"
    undated = _doc("closing_report", 7, "结案报告", "结案报告\n同意结案。")
    assert _run(_view(standard, [undated]), "timeline.dates_filled")[0].status == "unknown"


def test_timeline_order_names_both_steps(standard: Standard) -> None:
    approval = _doc("penalty_approval", 4, "案件处理审批表", date=D(2023, 8, 1))
    notice = _doc("prior_notice", 2, "行政处罚事先告知书", date=D(2023, 7, 5))
    review_ = _doc("legal_review", 3, "法制审核意见书", date=D(2023, 7, 25))  # after the notice: allowed
    outcome, message = _run(_view(standard, [notice, review_, approval, DECISION]), "timeline.order")
    assert outcome.status == "fail"
    assert message == "文书日期顺序不合程序：行政处罚决定书（2023-07-31）早于案件处理审批表（2023-08-01）。"


def test_misplaced_picks_the_fewest_instruments() -> None:
    assert misplaced([0, 1, 7, 2, 2, 3, 5, 8]) == [2]
    assert misplaced([0, 1, 2, 3]) == []


def _other(page: int, title: str, could_be: list[str]) -> Instrument:
    return _doc("other", page, title).model_copy(update={"could_be": could_be})


def test_missing_document_is_unknown_when_an_unclassified_one_might_be_it(standard: Standard) -> None:
    maybe = _other(2, "立案登记审核单", ["filing_approval"])
    outcome, _ = _run(_view(standard, [maybe, DECISION]), "docs.filing_approval")
    assert outcome.status == "unknown" and [e.page for e in outcome.evidence] == [2]
    assert outcome.note is not None and "第2页（立案登记审核单）" in outcome.note and "立案审批" in outcome.note
    unrelated = _other(2, "责令改正通知书", [])
    outcome, _ = _run(_view(standard, [unrelated, DECISION]), "docs.filing_approval")
    assert outcome.status == "fail" and outcome.evidence[0].page == 5


def test_unclassified_pages_soften_each_kind_of_missing_document(standard: Standard) -> None:
    major: dict[str, Any] = {"is_major": True, "party_type": "organisation", "fine_yuan": Decimal("150000")}
    for kind, check_id in [
        ("legal_review", "docs.legal_review"),
        ("collective_discussion", "docs.collective_discussion"),
        ("prior_notice", "docs.prior_notice"),
        ("payment_receipt", "docs.execution"),
        ("service_receipt", "docs.decision_service"),
    ]:
        maybe = _other(6, "某某单", [kind])
        outcome, _ = _run(_view(standard, [DECISION, maybe], **major), check_id)
        assert outcome.status == "unknown", check_id
        outcome, _ = _run(_view(standard, [DECISION, _other(6, "某某单", [])], **major), check_id)
        assert outcome.status == "fail", check_id


def test_index_numbering_from_the_first_document(standard: Standard) -> None:
    cover = _doc("cover", 1, "行政处罚案卷", "行政处罚案卷\n本卷共 4 页")
    rows = "卷内目录\n序号 题名 页号\n1 立案审批表 1\n2 行政处罚决定书 2\n"
    index = _doc("index", 2, "卷内目录", rows)
    filing = _doc("filing_approval", 3, "立案审批表")
    decision = _doc("penalty_decision", 4, "行政处罚决定书")
    outcome, _ = _run(_view(standard, [cover, index, filing, decision]), "docs.cover_index")
    assert outcome.status == "pass"  # page 1 of the index is the file's page 3
    wrong = _doc("index", 2, "卷内目录", "卷内目录\n序号 题名 页号\n1 立案审批表 1\n2 行政处罚决定书 1\n")
    outcome, _ = _run(_view(standard, [cover, wrong, filing, decision]), "docs.cover_index")
    assert outcome.status == "fail" and outcome.evidence[0].page == 2


def test_a_scanned_index_whose_row_disagrees_is_unknown_not_failed(standard: Standard) -> None:
    cover = _doc("cover", 1, "行政处罚案卷", "行政处罚案卷\n本卷共 4 页")
    wrong = _doc("index", 2, "卷内目录", "卷内目录\n序号 题名 页号\n1 立案审批表 1\n2 行政处罚决定书 1\n")
    filing = _doc("filing_approval", 3, "立案审批表")
    decision = _doc("penalty_decision", 4, "行政处罚决定书")
    instruments = [cover, wrong, filing, decision]
    pages = [
        Page(
            index=i.first_page,
            source="t.pdf",
            source_page=i.first_page,
            text=i.text,
            origin="ocr" if i.kind == "index" else "text",
        )
        for i in instruments
    ]
    view = CaseView(with_facts(instruments, pages), CaseFacts(procedure="general"), standard, pages)
    outcome, _ = _run(view, "docs.cover_index")
    assert outcome.status == "unknown" and outcome.evidence[0].page == 2
