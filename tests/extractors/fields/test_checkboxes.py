"""Check-box lists: unticked options are blanked, ticked ones kept (ruling 74)."""

from __future__ import annotations

from extractors.fields.checkboxes import blank_unticked, is_checkbox_form, unmade_choices


def test_unticked_leading_options_are_blanked_and_ticks_dropped() -> None:
    text = "处罚种类：□警告　☑罚款　人民币叁佰元\n□吊销许可证　■没收违法所得"
    blanked = blank_unticked(text)
    assert len(blanked) == len(text)
    assert "警告" not in blanked and "吊销许可证" not in blanked
    assert "罚款　人民币叁佰元" in blanked and "没收违法所得" in blanked
    assert "☑" not in blanked and "■" not in blanked


def test_unticked_trailing_boxes_are_blanked() -> None:
    text = "种类：通报批评（　）　罚款（√）　金额：壹佰元\n缴纳：当场缴纳（　）"
    blanked = blank_unticked(text)
    assert "通报批评" not in blanked and "当场缴纳" not in blanked
    assert "罚款" in blanked and "壹佰元" in blanked and "√" not in blanked


def test_a_leading_unticked_option_stops_at_a_full_stop() -> None:
    blanked = blank_unticked("☑直接交付　□邮寄。本局已告知当事人。")
    assert "邮寄" not in blanked and "本局已告知当事人" in blanked


def test_text_without_a_tick_is_left_alone() -> None:
    text = "当事人□□某店，处以警告（　），罚款五百元。"
    assert not is_checkbox_form(text)
    assert blank_unticked(text) == text


def test_masked_runs_are_not_read_as_boxes() -> None:
    text = "☑罚款 负责人：李■■　经办：□□□"
    blanked = blank_unticked(text)
    assert "李■■" in blanked and "□□□" in blanked


def test_a_list_with_nothing_ticked_is_an_unmade_choice() -> None:
    text = "陈述情况：☑无　□有\n救济途径：不服的，可以在六十日内：\n□向某县人民政府申请行政复议；\n□向某县人民法院提起行政诉讼。"
    assert unmade_choices(text) == ["□向某县人民政府申请行政复议；"]


def test_a_list_ticked_above_or_on_a_wrapped_line_is_made() -> None:
    # must not match: the ticked option on the line before, even wrapped onto a short line of its own
    text = "处罚种类：☑罚款二百元\n□警告\n缴纳方式　■应于十五日内到某银行缴纳罚\n款\n□当场缴纳（收据编号：／）"
    assert unmade_choices(text) == []
    assert unmade_choices("□警告\n□罚款") == []  # no tick anywhere: not read as a check-box form


def test_a_name_masked_one_character_at_a_time_is_no_form() -> None:
    """Must not match: a lone ■ or √ with no empty box anywhere (经营者张■明) ticks nothing, and the text stays."""
    text = "当事人：某县某某商店，经营者：张■明。本局决定：罚款五百元。附件：√ 照片"
    assert not is_checkbox_form(text)
    assert blank_unticked(text) == text
