"""A decision form published with its disposition unfilled: nothing is imposed, so nothing is read from its
template wording; a filled form, even one that keeps the headings or leaves the bank blank, is still read."""

from __future__ import annotations

import pytest

from extractors.facts.decision import decision_facts
from extractors.facts.penalty import penalty_facts
from extractors.fields.unfilled import disposition_section, form_unfilled, imposes_penalty, payment_blank

HEAD = (
    "行政处罚决定书\n某市监处罚〔2030〕7号\n当事人：某某日用品商店\n"
    "（违法事实及证据）经查，当事人销售的毛巾未标明价格。\n"
    "（案件性质、自由裁量的事实和理由）\n"
)
PAY_BLANK = (
    "请 于 收 到 本 处 罚 决 定 书 之 日 起 十 五 日 内 将 罚 没 款 缴 到\n"
    "银行，地址： ，账号： 。逾期不缴纳罚款的，本局将每日按罚款数额的百分之三加处罚款。\n"
)
PAY_FILLED = "请于收到本处罚决定书之日起十五日内将罚没款缴到某某农村商业银行，账号：6200123。\n"
REMEDIES = "如对本行政处罚决定不服，可在收到本处罚决定书之日起 日内向 人民政府申请行政复议。\n（某某局印章）\n"
#: The law the disposition would rest on, quoted with its range of amounts: no penalty of the decision.
LAW_ONLY = (
    "（行政处罚的内容和依据） 1.《某某法》第四十条：经营者违反标价规定的，责令改正，没收违法所得，"
    "可以并处五千元以下\n的罚款。2.《某某规定》第九条：有下列行为之一的，处 5 万元以上 50 万元以下的罚款：\n"
    "（一）不标明价格的；\n"
)


def test_law_text_under_an_unfilled_form_is_no_penalty() -> None:
    text = HEAD + LAW_ONLY + PAY_BLANK + REMEDIES
    assert form_unfilled(text)
    penalty = penalty_facts(text)
    assert not penalty.stated and penalty.kinds == [] and penalty.fine is None and penalty.confiscation is None
    assert decision_facts(text).payment is None


def test_empty_disposition_under_the_heading_is_unfilled() -> None:
    text = HEAD + "（行政处罚的内容和依据）\n" + PAY_BLANK + REMEDIES
    assert form_unfilled(text)
    assert disposition_section(text) == ""


@pytest.mark.parametrize(
    "disposition",
    [
        "（行政处罚的内容和依据） 依据《某某法》第四十条，本局决定对当事人处以罚款 3000 元。\n",
        "（行政处罚的内容和依据） 依据《某某法》第四十条，作出如下行政处罚：罚款人民币贰仟元整。\n",
        "（行政处罚的内容和依据） 依据《某某法》第四十条，给予当事人警告。\n",
        "（行政处罚的内容和依据） 依据《某某法》第四十条：1.罚款 1500 元；2.没收违法所得 200 元。\n",
    ],
)
def test_a_filled_disposition_is_read_even_with_a_blank_bank(disposition: str) -> None:
    """Paying by 缴款书 can leave the form's bank blank; what the disposition imposes still counts."""
    text = HEAD + disposition + PAY_BLANK + REMEDIES
    assert not form_unfilled(text)
    assert penalty_facts(text).kinds


def test_filled_payment_sentence_is_not_an_unfilled_form() -> None:
    text = HEAD + LAW_ONLY + PAY_FILLED + REMEDIES
    assert not payment_blank(text) and not form_unfilled(text)


def test_without_the_forms_heading_nothing_is_judged_unfilled() -> None:
    text = (
        HEAD.replace("（案件性质、自由裁量的事实和理由）\n", "")
        + "依据上述规定，可以并处五千元以下的罚款。\n"
        + PAY_BLANK
    )
    assert disposition_section(text) is None and not form_unfilled(text)


@pytest.mark.parametrize(
    ("section", "imposes"),
    [
        ("可以并处5000元以下的罚款", False),
        ("处5万元以上50万元以下的罚款", False),
        ("建议责令当事人改正以上违法行为", False),
        ("应给予一般行政处罚", False),
        ("处以罚款5000元", True),
        ("罚款人民币伍仟元整", True),
        ("责令当事人停产停业", True),
    ],
)
def test_what_counts_as_imposing(section: str, imposes: bool) -> None:
    assert imposes_penalty(section) is imposes


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("请于十五日内将罚款缴至______银行。", True),
        ("请于十五日内将罚款缴到银行，地址：，账号：。", True),
        ("请于十五日内将罚款缴到某某银行，账号：6200123。", False),
        ("请于十五日内通过某省非税收入缴款平台缴纳罚款。", False),
    ],
)
def test_blank_payment_fields(sentence: str, blank: bool) -> None:
    assert payment_blank(sentence) is blank
