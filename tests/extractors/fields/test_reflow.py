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
    ],
)
def test_text_without_a_reflowed_decision_head_is_left_alone(text: str) -> None:
    assert restore_breaks(text) == text


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
