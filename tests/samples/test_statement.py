"""The statement variant (陈述申辩笔录 plus its 复核) and the defect that drops the review."""

from __future__ import annotations

from samples import generate as gen
from samples import oracle, statement
from samples.defects import DEFECTS
from samples.edit import first, full_text, only, receipt_after
from samples.holidays import add_working_days


def _case():
    return gen.build_case(statement.NAME)


def test_statement_is_made_inside_the_notice_period_and_filed_after_its_receipt() -> None:
    case = _case()
    record = first(case, "statement_record")
    t = case.timeline
    assert record is not None and record.date == t["statement"] == statement.STATEMENT_DAY
    assert t["notice_served"] < t["statement"] <= add_working_days(t["notice_served"], oracle.notice_period(case))
    assert t["statement"] < t["approved"] < t["decided"]
    kinds = [i.kind for i in case.instruments]
    receipt = receipt_after(case, "prior_notice")
    assert case.instruments.index(record) == case.instruments.index(receipt) + 1
    assert kinds.index("statement_record") < kinds.index("penalty_approval")
    assert "陈述申辩笔录" in full_text(only(case, "index")) and case.expected_failing == []


def test_agency_reviews_the_statement_and_the_decision_answers_it() -> None:
    case = _case()
    approval, decision = full_text(only(case, "penalty_approval")), full_text(only(case, "penalty_decision"))
    assert statement.REVIEW_LABEL in approval and "经复核" in approval and "见陈述申辩笔录" in approval
    assert "经复核" in decision and "未提出陈述、申辩" not in decision
    assert "复核" not in full_text(only(case, "statement_record"))
    assert statement.reviewed_statement(case) and not statement.reviewed_statement(gen.build_case("case-01-market"))


def test_review_dropped_while_the_statement_stays() -> None:
    case = gen.inject(_case(), ["rights.statement_reviewed"])
    assert all("复核" not in full_text(ins) for ins in case.instruments)
    record = full_text(only(case, "statement_record"))
    assert "请求减轻处罚" in record and case.timeline["statement"] == statement.STATEMENT_DAY
    approval, decision = full_text(only(case, "penalty_approval")), full_text(only(case, "penalty_decision"))
    assert "提出陈述、申辩" in approval and statement.REVIEW_LABEL not in approval and "承办人意见" in approval
    assert "提出陈述、申辩" in decision and "不予采纳" not in decision and "行政复议" in decision
    assert case.expected_failing == ["rights.statement_reviewed"]
    assert not DEFECTS["rights.statement_reviewed"].applies(case)
    assert not DEFECTS["rights.statement_reviewed"].applies(gen.build_case("case-01-market"))


def test_statement_period_defects_leave_answered_notices_alone() -> None:
    case = _case()
    for check_id in ("deadline.statement_period", "deadline.hearing_request_5d"):
        assert not DEFECTS[check_id].applies(case)
    assert DEFECTS["deadline.statement_period"].applies(gen.build_case("case-01-market"))


def test_statement_variant_survives_fine_changes() -> None:
    from samples.variety import set_fine

    case = _case()
    set_fine(case, 60000)
    assert "60000元" in full_text(only(case, "penalty_decision")) and statement.reviewed_statement(case)
    assert case.hearing_eligible
