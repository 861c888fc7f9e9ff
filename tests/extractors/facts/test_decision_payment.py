"""The payment terms a decision reviewed alone states (extractors/facts/decision_payment.py)."""

from __future__ import annotations

from extractors.facts.decision_payment import read_payment


def test_the_way_told_in_the_sentence_before_the_period() -> None:
    told = read_payment(
        "当事人应当通过某省非税收入统一缴款平台缴纳罚没款。其中，没收的违法所得5000元及第一期罚款5000元，应当自收到"
        "本决定书之日起十五日内缴纳；经本局批准，第二期罚款5000元可暂缓至2026年6月30日前缴纳。"
    )
    assert told is not None and told.days == 15 and told.how_named and told.manner


def test_a_narrative_sentence_before_the_period_names_no_way() -> None:
    """Must not match: the sentence before tells how the customers paid, not how the party is to pay."""
    told = read_payment(
        "经查，当事人通过某某平台收取顾客支付的款项，违法所得3000元。当事人应当自收到本决定书之日起十五日内到就近银行缴纳罚款。"
    )
    assert told is not None and told.days == 15 and not told.how_named
