"""Business licence copies: label beside value, value on the next line, spaced labels; no 名称, no facts."""

from __future__ import annotations

from extractors.facts.licence import is_licence, licence_facts


def test_labelled_rows_are_read() -> None:
    text = "证据材料（一）\n营业执照复印件\n名称 嵩川市鑫禾商贸有限公司\n统一社会信用代码 91419901MA865GXD4U\n"
    text += "类型 有限责任公司（自然人投资或控股）\n法定代表人 董英\n经营范围 预包装食品销售\n"
    facts = licence_facts(text)
    assert facts is not None
    assert (facts.name, facts.code, facts.person, facts.person_label) == (
        "嵩川市鑫禾商贸有限公司",
        "91419901MA865GXD4U",
        "董英",
        "法定代表人",
    )
    assert facts.line == "名称 嵩川市鑫禾商贸有限公司"


def test_values_on_the_next_line_and_spaced_labels() -> None:
    facts = licence_facts("营业执照\n名 称：\n嵩北区老李面馆\n组成形式：个人经营\n经 营 者\n李大成\n")
    assert facts is not None
    assert (facts.name, facts.entity_type, facts.person, facts.person_label) == (
        "嵩北区老李面馆",
        "个人经营",
        "李大成",
        "经营者",
    )


def test_no_name_no_facts_and_what_counts_as_a_licence() -> None:
    assert licence_facts("营业执照复印件\n统一社会信用代码 91419901MA865GXD4U\n") is None
    assert is_licence("证据材料（一）", "证据材料（一）\n营业执照复印件\n名称 甲")
    assert is_licence("营业执照复印件", "")
    assert not is_licence("询问笔录", "问：是否查验了供货方的营业执照复印件？\n答：没有。")
