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


def test_a_fine_collected_on_the_spot_is_the_clause() -> None:
    """履行方式：由执法人员当场收缴 names no period and not the fine again: still the decision's terms."""
    told = read_payment(
        "罚款人民币捌拾元。\n履行方式：依照行政处罚法第六十八条第（一）项的规定，由执法人员当场收缴，并出具票据。"
    )
    assert told is not None and told.on_spot and told.days is None
    told = read_payment("罚款依照行政处罚法第四十七条的规定由执法人员当场收缴，并出具罚款收据。")
    assert told is not None and told.on_spot


def test_a_narrative_of_collection_without_the_words_is_no_clause() -> None:
    """Must not match: a text that asks for no payment at all has no clause."""
    assert read_payment("本局决定：对当事人不予行政处罚。执法人员当场进行了宣传教育。") is None


def test_a_payment_field_filled_with_none_is_no_clause() -> None:
    """履行方式和期限：无 then the remedies field: its 六十日 is no period to pay."""
    text = "处罚种类：无\n履行方式和期限：无\n救济途径：如不服本决定，可以在收到本决定书之日起六十日内向某区人民政府申请行政复议。"
    assert read_payment(text) is None


def test_a_filled_payment_field_is_still_the_clause() -> None:
    """Must not match: the field with its terms written."""
    told = read_payment("履行方式和期限：自收到本决定书之日起十五日内到某某银行缴纳罚款。\n救济途径：…")
    assert told is not None and told.days == 15


def test_an_account_table_left_to_fill_is_blank() -> None:
    told = read_payment(
        "当事人应当自收到本决定书之日起十五日内，将罚款缴入下列账户：\n收款单位：某某区财政局\n开户银行：＿＿＿＿＿＿\n"
        "账　　号：＿＿＿＿＿＿\n逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
    )
    assert told is not None and told.blank


def test_an_account_table_filled_in_is_not_blank() -> None:
    """Must not match: the bank and number written in."""
    told = read_payment(
        "当事人应当自收到本决定书之日起十五日内，将罚款缴入下列账户：\n收款单位：某某区财政局\n开户银行：某某银行某某支行\n"
        "账　　号：1234 5678\n逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
    )
    assert told is not None and not told.blank and told.how_named
