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


def test_a_remedies_table_offers_both_routes() -> None:
    told = read_remedies(
        "当事人可以选择申请行政复议或者直接提起行政诉讼：\n救济途径｜受理机关｜期限\n"
        "行政复议｜某甲县人民政府或者某乙市市场监督管理局｜收到本决定书之日起60日内\n"
        "行政诉讼｜某甲县人民法院｜收到本决定书之日起6个月内\n某甲县市场监督管理局\n"
    )
    assert told is not None and told.review_body_named and told.review_days == 60
    assert told.direct_litigation and told.litigation_months == 6 and not told.review_body_unread


def test_a_body_named_after_its_role_with_即_is_named() -> None:
    told = read_remedies(
        "不服的，可在六十日内向本级人民政府即某甲县人民政府申请行政复议，也可在六个月内向某甲县人民法院起诉。"
    )
    assert told is not None and told.review_body_named


def test_a_body_by_its_role_alone_is_not_named() -> None:
    """Must not match: the role with no name after it (本局的本级人民政府) names no body."""
    told = read_remedies("不服的，可在六十日内向本局的本级人民政府或者上一级主管部门申请行政复议。")
    assert told is not None and not told.review_body_named


def test_bodies_listed_in_brackets_after_the_following_body_are_named() -> None:
    told = read_remedies(
        "不服本决定的，可以在六十日内向下列机关申请行政复议（　　　　　某市某局），或者在六个月内向某县人民法院提起行政诉讼。"
    )
    assert told is not None and told.review_body_named and told.review_days == 60
    # must not match: "the following" with no bracket after it names no body
    bare = read_remedies(
        "不服本决定的，可以在六十日内向下列机关申请行政复议，或者在六个月内向某县人民法院提起行政诉讼。"
    )
    assert bare is not None and not bare.review_body_named
