"""The one reader of periods in days, shared by the payment terms and the statement period a decision recounts."""

from __future__ import annotations

import pytest

from extractors.fields.periods import days_within, labelled_days


@pytest.mark.parametrize(
    ("text", "amount", "working"),
    [
        ("自收到本决定书之日起十五日内缴纳罚款", 15, False),
        ("请于15天内到指定银行缴纳", 15, False),
        ("应在拾伍日之内缴清", 15, False),
        ("可在收到告知书之日起三个工作日内提出陈述、申辩", 3, True),
        ("可在 五 个 工作日 内提出", 5, True),
        ("于收到后３０日以内缴纳", 30, False),
        ("限二十日内改正", 20, False),
    ],
)
def test_a_period_in_days_is_read(text: str, amount: int, working: bool) -> None:
    found = days_within(text)
    assert found is not None
    assert (found.amount, found.working) == (amount, working)
    assert found.raw in text


@pytest.mark.parametrize(
    "text",
    [
        "请于2025年3月20日内缴纳",  # the day of a date: a deadline by date, not a period
        "于三月十五日之内缴清",
        "自收到本决定书之日起缴纳罚款",  # no period at all
        "在一个月内缴纳",  # months are another reader's
    ],
)
def test_no_period_in_days(text: str) -> None:
    assert days_within(text) is None


def test_the_first_period_is_the_one_read() -> None:
    found = days_within("十五日内缴纳；逾期每日按罚款数额的3%加处罚款，三日内不缴的…")
    assert found is not None
    assert (found.amount, found.start) == (15, 0)


@pytest.mark.parametrize(
    ("text", "amount", "raw"),
    [
        ("缴纳期限为自收到本决定书之日起十五日", 15, "十五日"),
        ("履行期限：15天", 15, "15天"),
        ("缴款期限是五个工作日", 5, "五个工作日"),
    ],
)
def test_a_labelled_period_needs_no_nei(text: str, amount: int, raw: str) -> None:
    found = labelled_days(text)
    assert found is not None and (found.amount, found.raw) == (amount, raw)
    assert text[found.start :].startswith(raw)


@pytest.mark.parametrize("text", ["缴纳期限为2024年3月20日", "期限为3月20日", "十五日缴纳", "期限为收到后，十五日"])
def test_a_date_or_an_unlabelled_number_is_no_labelled_period(text: str) -> None:
    assert labelled_days(text) is None
