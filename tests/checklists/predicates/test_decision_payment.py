"""rights.payment_terms_in_decision over decisions read alone: a bank or account left blank where money is owed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checklists.predicates.contents_rights import payment_period_problem
from reviewer.core.facts import PaymentTold
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from tests.reviewer.pipeline.test_scope import DECISION

PAYMENT = "当事人应自收到本决定书之日起十五日内到指定银行缴纳罚款。"
BLANK = "当事人应自收到本决定书之日起十五日内将罚款缴到银行，地址：，账号：。"


def _finding(make_pdf: Callable[..., Path], lines: list[str]) -> tuple[str, str]:
    _, draft = review([make_pdf("d.pdf", [lines])], Settings(), scope="decision")
    finding = next(f for f in draft.findings if f.check_id == "rights.payment_terms_in_decision")
    return finding.status, finding.message


def test_blank_account_fails_where_a_fine_is_owed(make_pdf: Callable[..., Path]) -> None:
    assert PAYMENT in DECISION
    lines = [BLANK if line == PAYMENT else line for line in DECISION]
    status, message = _finding(make_pdf, lines)
    assert status == "fail" and "留空" in message, message


def test_blank_account_in_a_form_left_unfilled_is_not_judged(make_pdf: Callable[..., Path]) -> None:
    lines = [BLANK if line == PAYMENT else line for line in DECISION]
    lines.insert(lines.index(BLANK), "（行政处罚的内容和依据）")
    assert _finding(make_pdf, lines)[0] == "unknown"


@pytest.mark.parametrize(
    ("payment", "status"),
    [
        ("当事人应自收到本决定书之日起十五日内通过电子缴款方式缴纳罚款。", "pass"),
        ("当事人应自收到本决定书之日起十五日内持缴款书到代理银行缴纳罚款。", "pass"),
        ("当事人应在十五日内通过“嵩川通”缴纳罚款。", "unknown"),  # a channel in a wording not known
        ("当事人应当于2024年3月20日前到中国银行嵩川支行缴纳罚款。", "unknown"),  # a deadline by date
        ("当事人应自收到本决定书之日起十五日内通过银行缴纳罚款。", "fail"),  # a bank with no name
        ("当事人应在十五日内通过“嵩川通”缴纳罚款，逾期每日加处百分之三。", "unknown"),
        ("当事人应在三十日内通过“嵩川通”缴纳罚款。", "fail"),  # the period fails whatever the channel
    ],
)
def test_payment_wordings(make_pdf: Callable[..., Path], payment: str, status: str) -> None:
    lines = [payment if line == PAYMENT else line for line in DECISION]
    got, message = _finding(make_pdf, lines)
    assert got == status, message


def test_a_fine_collected_on_the_spot_is_left_to_a_person(make_pdf: Callable[..., Path]) -> None:
    lines = [("履行方式：罚款已由执法人员当场收缴。" if line == PAYMENT else line) for line in DECISION]
    got, message = _finding(make_pdf, lines)
    assert got == "unknown" and "当场" in message, message
    _, draft = review([make_pdf("d.pdf", [lines])], Settings(), scope="decision")
    contents = next(f for f in draft.findings if f.check_id == "decision.contents")
    assert "履行方式" not in contents.message, contents.message


@pytest.mark.parametrize(
    ("payment", "status", "said"),
    [
        ("当事人应自收到本决定书之日起十五个工作日内持缴款书到代理银行缴纳罚款。", "fail", "工作日"),
        ("当事人应自收到本决定书之日起30日内持缴款书到代理银行缴纳罚款。", "fail", "十五日"),
        ("当事人应自收到本决定书之日起一个月内持缴款书到代理银行缴纳罚款。", "fail", "1个月"),
        ("当事人应自收到本决定书之日起半个月内持缴款书到代理银行缴纳罚款。", "unknown", "半个月"),
        ("当事人应自收到本决定书之日起15日内持缴款书到代理银行缴纳罚款。", "pass", ""),
    ],
)
def test_a_period_other_than_the_laws_fifteen_days_fails_with_the_reason(
    make_pdf: Callable[..., Path], payment: str, status: str, said: str
) -> None:
    lines = [payment if line == PAYMENT else line for line in DECISION]
    got, message = _finding(make_pdf, lines)
    assert got == status and said in message, message


@pytest.mark.parametrize(
    ("told", "problem"),
    [
        ({"days": 15}, None),
        ({}, None),  # no period: the caller's matter
        ({"days": 15, "working_days": True}, "15个工作日"),
        ({"days": 30}, "30日"),
        ({"months": 1}, "1个月"),
    ],
)
def test_one_rule_judges_the_period_of_a_decision_and_of_a_case_file(told: dict, problem: str | None) -> None:
    period = PaymentTold(sentence="…缴纳罚款。", **told).period
    wrong = payment_period_problem(period, 15)
    assert (wrong is None) == (problem is None)
    if problem is not None:
        assert wrong is not None and problem in wrong and "第六十七条" in wrong


@pytest.mark.parametrize(("year", "status"), [("2024", "pass"), ("2020", "unknown")])
def test_a_small_fine_collected_on_the_spot_is_within_the_law(
    make_pdf: Callable[..., Path], year: str, status: str
) -> None:
    """行政处罚法 2021 第六十八条第（一）项: 100 yuan or less may be collected on the spot; the 2017 text allowed 20."""
    lines = [
        ("履行方式：罚款由执法人员当场收缴。" if line == PAYMENT else line).replace("罚款2000元", "罚款50元")
        for line in DECISION
    ]
    lines = [line.replace("2024", year) for line in lines]
    got, message = _finding(make_pdf, lines)
    assert got == status, message
