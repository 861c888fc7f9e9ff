"""Drafting slips of a decision: template instructions to the writer left in the text."""

from __future__ import annotations

import pytest

from extractors.facts.decision_drafting import drafting_slips

PENALTY = "行政处罚决定书"


@pytest.mark.parametrize(
    "line",
    [
        "以上事实，有现场检查笔录、询问笔录、（此处列明其他证据）等证据为证。",
        "当事人的违法行为有以下情节：（此处写明从轻情节）。",
        "以上事实，有（此处注明证据名称）为证。",
        "以上事实，有下列证据证明：【此处列举证据】。",
        "以上事实，有现场笔录、（请列明其他证据）等证据为证。",
    ],
)
def test_an_instruction_to_the_writer_is_a_placeholder(line: str) -> None:
    assert "placeholder" in {slip.kind for slip in drafting_slips(line + "\n", PENALTY)}


@pytest.mark.parametrize(
    "line",
    [
        "当事人姓名（此处省略）于2024年3月1日到本局接受询问。",
        "当事人身份证号码（此处已隐去）。",
        "当事人将商品陈列在收银台旁，价签贴于此处下方（见照片3）。",
        "以上事实，有现场检查笔录、询问笔录等证据为证。",
    ],
)
def test_redaction_and_plain_words_are_no_placeholder(line: str) -> None:
    assert "placeholder" not in {slip.kind for slip in drafting_slips(line + "\n", PENALTY)}
