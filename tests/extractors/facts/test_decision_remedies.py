"""The remedies a decision offers, read clause by clause (extractors/facts/decision_remedies.py)."""

from __future__ import annotations

from extractors.facts.decision_remedies import read_remedies


def test_the_litigation_period_before_an_aside_clause() -> None:
    told = read_remedies(
        "当事人对本决定不服的，可以在收到本决定书之日起六十日内，向某某县人民政府申请行政复议；也可以在收到本决定书之日起"
        "六个月内，依照某省行政案件集中管辖的规定，向某某区人民法院提起行政诉讼。"
    )
    assert told is not None and told.direct_litigation and told.litigation_months == 6 and told.review_days == 60


def test_a_review_period_two_clauses_back_is_no_litigation_period() -> None:
    """Must not match: the period two clauses before the litigation offer is the 复议's."""
    told = read_remedies(
        "当事人对本决定不服的，可以在三个月内向某某县人民政府申请行政复议，依照某省行政案件集中管辖的规定，"
        "向某某区人民法院提起行政诉讼。"
    )
    assert told is not None and told.direct_litigation and told.litigation_months is None
