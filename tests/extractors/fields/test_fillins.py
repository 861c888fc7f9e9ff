"""Values written on an underline are freed of their underscores; empty underlines stay."""

from __future__ import annotations

from extractors.fields.fillins import free_underlined


def test_underlined_numbers_names_and_citations_are_freed() -> None:
    text = "罚款人民币＿730.50＿元，自收到之日起＿三十＿日内向＿某某县人民\n政府＿申请，依据＿《某某条例》第九条＿之规定，到＿某某银行某某支\n行＿缴纳。"
    freed = free_underlined(text)
    assert len(freed) == len(text)
    assert "＿" not in freed
    assert " 730.50 元" in freed and " 三十 日" in freed


def test_underlined_date_is_freed() -> None:
    assert free_underlined("＿2019＿年＿3＿月＿7＿日") == " 2019 年 3 月 7 日"


def test_empty_underlines_and_template_words_stay() -> None:
    for text in ("罚款＿＿＿元", "＿＿年＿＿月＿＿日", "自收到之日起＿＿＿日内向＿＿＿申请", "罚款___元，没收___元"):
        assert free_underlined(text) == text
