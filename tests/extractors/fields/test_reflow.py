"""A decision run together into one paragraph gets its line breaks back (extractors.fields.reflow)."""

from __future__ import annotations

import pytest

from extractors.fields.parties import find_party
from extractors.fields.reflow import restore_breaks
from extractors.segment import segment
from reviewer.core.model import Page

REFLOWED = (
    "某某区市场监督管理局 行政处罚决定书 某市监价罚〔2020〕14号 当事人：某某市某某\n"
    "大药房有限公司 统一社会信用代码：91000000MA0000000X 住所：某某市某某\n"
    "路16号 法定代表人：张*平 2020年9月24日，本局执法人员对当事人开展价格检查。"
)


def test_a_reflowed_head_gets_its_lines_back() -> None:
    restored = restore_breaks(REFLOWED)
    assert len(restored) == len(REFLOWED)
    lines = restored.splitlines()
    assert lines[:4] == ["某某区市场监督管理局", "行政处罚决定书", "某市监价罚〔2020〕14号", "当事人：某某市某某"]
    assert "统一社会信用代码：91000000MA0000000X" in lines and "法定代表人：张*平" in lines


def test_the_party_of_a_reflowed_decision() -> None:
    party = find_party(restore_breaks(REFLOWED))
    assert party is not None and party.name.value == "某某市某某大药房有限公司"
    assert party.code is not None and party.code.value == "91000000MA0000000X"


@pytest.mark.parametrize(
    "text",
    [
        # a decision printed line by line: no head run together
        "行政处罚决定书\n某市监价罚〔2020〕14号\n当事人：某某公司 法定代表人：张某\n",
        # a sentence naming a decision and its number, no party label after it
        "本局于2020年10月26日作出行政处罚决定书 某市监价罚〔2020〕14号 ，当事人 已履行。",
        # a 告知书 run together is left alone
        "行政处罚告知书 某市监价告〔2020〕11号 当事人：某某公司 统一社会信用代码：X",
        # title and number on one line, the party label on the next without a space before the break
        "行政处罚决定书 某市监价罚〔2020〕14号\n当事人：某某公司 法定代表人：张某\n",
    ],
)
def test_text_without_a_reflowed_decision_head_is_left_alone(text: str) -> None:
    assert restore_breaks(text) == text


def test_a_reflowed_head_whose_text_layer_spaces_its_title_and_number() -> None:
    """A text layer's space inside the title or the 文号 (处罚决定 书, 某市监价 罚〔…) still marks the head run together."""
    spaced = REFLOWED.replace("行政处罚决定书", "行政处罚决定 书").replace("某市监价罚", "某市监价 罚")
    party = find_party(restore_breaks(spaced))
    assert party is not None and party.name.value == "某某市某某大药房有限公司"


def test_a_letter_spaced_signature_in_a_reflowed_decision_stays_one_line() -> None:
    """芫 河 县 市 场 监 督 管 理 局: one space between single characters is letter spacing, no line break."""
    text = REFLOWED + "如不服本决定，可依法提起行政诉讼。某 某 区 市 场 监 督 管 理 局 2020年10月26日"
    lines = restore_breaks(text).splitlines()
    assert lines[-2].endswith("提起行政诉讼。某 某 区 市 场 监 督 管 理 局") and lines[-1] == "2020年10月26日"


def test_spaces_between_words_of_a_reflowed_decision_still_break() -> None:
    """Must not match: a space between words of two characters or more (某某公司 统一社会信用代码) is a line break."""
    lines = restore_breaks(REFLOWED.replace("法定代表人：张*平", "法定 代表 人：张*平")).splitlines()
    assert "法定" in lines and "代表" in lines


def test_a_reflowed_decision_under_a_web_pages_summary_opens_at_its_head() -> None:
    lines = [
        "某某县人民政府",
        "首页 > 政务公开 > 行政处罚",
        "发布日期：2024-09-02　　访问量：58",
        "某某县市场监督管理局行政处罚决定书（某市监价罚〔2020〕14号）",
        "【公示内容】处罚对象：某某食品有限公司；处罚内容：罚款600元；决定日期：2020年11月22日",
        "【决定书全文】",
        *REFLOWED.splitlines(),
    ]
    page = Page(index=1, source="w.pdf", source_page=1, origin="text", text="\n".join(lines), lines=[])
    found = segment([page])
    assert [(ins.kind, ins.doc_number) for ins in found] == [("penalty_decision", "某市监价罚〔2020〕14号")]
    assert "公示内容" not in found[0].text and "\n行政处罚决定书\n" in found[0].text


def test_a_reflowed_decision_without_a_web_title_opens_at_its_head() -> None:
    lines = [
        "某某县人民政府",
        "首页 > 政务公开 > 行政处罚",
        "发布日期：2024-09-02　　访问量：58",
        *REFLOWED.splitlines(),
    ]
    page = Page(index=1, source="w.pdf", source_page=1, origin="text", text="\n".join(lines), lines=[])
    found = segment([page])
    assert [(ins.kind, ins.doc_number) for ins in found] == [("penalty_decision", "某市监价罚〔2020〕14号")]
    assert "访问量" not in found[0].text


def _two_pages(second: list[str]) -> list[Page]:
    first = ["某某县人民政府", "首页 > 政务公开 > 行政处罚", *REFLOWED.splitlines(), "https://x.example/1.html　　1/2"]
    return [
        Page(index=1, source="w.pdf", source_page=1, origin="text", text="\n".join(first), lines=[]),
        Page(index=2, source="w.pdf", source_page=2, origin="text", text="\n".join(second), lines=[]),
    ]


def test_a_reflowed_decision_gets_its_lines_back_on_its_later_pages() -> None:
    """The paragraph runs on over the page break: its signature set after the last sentence (。某某局 2020年10月26日)
    is split off on the next page as on the first."""
    found = segment(
        _two_pages(
            [
                "本局决定对当事人罚款800元。当事人如不服本决定，可依法提起行政诉讼",
                "。某某区市场监督管理局 2020年10月26日",
                "https://x.example/1.html　　2/2",
            ]
        )
    )
    assert "\n。某某区市场监督管理局\n2020年10月26日\n" in found[0].text


def test_a_later_pages_running_header_is_not_split() -> None:
    """Must not match: a later page's first and last lines (a web print's header and footer) stay whole."""
    found = segment(
        _two_pages(
            [
                "2020/11/2 10:07　　　某某县人民政府 行政处罚信息",
                "本局决定对当事人罚款800元。当事人如不服本决定，可依法提起行政诉讼。",
                "某某县人民政府 第 2 页",
            ]
        )
    )
    assert "\n2020/11/2 10:07　　　某某县人民政府 行政处罚信息\n" in found[0].text
    assert found[0].text.endswith("\n某某县人民政府 第 2 页")


def test_a_reflowed_head_with_a_spaced_title_opens_the_decision() -> None:
    """行政处罚决定 书 某市监价 罚〔2020〕14号 当事人：…: the title and 文号 are read without the text layer's spaces."""
    spaced = REFLOWED.replace("行政处罚决定书", "行政处罚决定 书").replace("某市监价罚", "某市监价 罚")
    page = Page(index=1, source="w.pdf", source_page=1, origin="text", text="某某县人民政府\n" + spaced, lines=[])
    found = segment([page])
    assert [(ins.kind, ins.doc_number) for ins in found] == [("penalty_decision", "某市监价罚〔2020〕14号")]


def test_a_reflowed_head_wrapped_right_after_its_number_still_counts() -> None:
    """… 某市监价罚〔2020〕14号 / 当事人：…: printed at another width, the paragraph wraps at the space after the 文号."""
    wrapped = REFLOWED.replace("14号 当事人", "14号 \n当事人")
    lines = restore_breaks(wrapped).splitlines()
    assert "统一社会信用代码：91000000MA0000000X" in lines and "法定代表人：张*平" in lines
