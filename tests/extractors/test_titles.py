"""Title shapes other hands print: region prefixes, list and approval suffixes, inserted words, form names
of the national set, headings named by a keyword, copy marks above a title."""

from __future__ import annotations

import pytest
import yaml

from extractors.titles import FORMS_FILE, heading_kind, is_running_header, match_title, without_agency
from reviewer.core.kinds import load_kinds


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("云泽省非税收入一般缴款书", "payment_receipt"),  # a province before the title
        ("某某市行政处罚决定书", "penalty_decision"),
        ("证据材料目录", "evidence"),  # a list of a kind's documents
        ("某某县市场监督管理局证 据 材 料 清 单", "evidence"),
        ("某某市卫生健康委员会调查终结报告审批表", "investigation_report"),  # X's approval form
        ("行政处罚决定书审批表", "penalty_approval"),  # …but a decision's approval form is the penalty approval
        ("放弃陈述申辩权利声明", "statement_record"),  # words inserted inside a long title
        ("行政处罚决定履行催告书", "enforcement"),  # names of the national form set
        ("行政非诉执行申请书", "enforcement"),
        ("某某市应急管理局行政处罚案件有关事项审批表", "extension_approval"),
        ("行政处罚决定审批表", "penalty_approval"),  # a whole title still beats a cut before a suffix
        ("不予行政处罚决定书", "no_penalty_decision"),
        ("价格行政处罚决定书", "penalty_decision"),  # a line of administration before "行政…"
        ("某某县物价局税务行政处罚决定书", "penalty_decision"),
        ("工商行政处罚事先告知书", "prior_notice"),
        ("卫生行政处罚决定书（简易程序）", "onsite_decision"),
        ("某某县市场监督管理局行政处罚决定更正决定书", "correction_decision"),  # a decision correcting another
        ("价格行政处罚更正决定书", "correction_decision"),
        ("更正决定书", "correction_decision"),
        ("行政处罚决定更正决定书审批表", "penalty_approval"),  # …and its approval form is the penalty approval
        ("行政处罚决定书（更正）", "penalty_decision"),  # a whole decision issued again, corrected
        ("不予行政处罚告知书", "prior_notice"),  # the notice before a 不予处罚 decision, one word from its title
        ("某某县市场监督管理局不予行政处罚事先告知书", "prior_notice"),
        ("不予行政处罚决定韦", "no_penalty_decision"),  # …while a misread decision title stays the decision
    ],
)
def test_title_shapes(line: str, kind: str) -> None:
    match = match_title(line)
    assert match is not None and match.kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "证据材料目录如下",  # not a suffix of a list
        "本局对你单位作出行政处罚决定书",  # a sentence naming a title
        "行政处罚决定书送达情况说明书",
        "本委价格行政处罚决定书如下",  # a field word inside a sentence
        "价格违法行为举报处理决定书",  # a field word before no "行政…" title
        "行政处罚决定撤销决定书",  # a correction's title is never matched within a few edits
        "行政处罚决定更正书",
        "更正决定",
        "责令当事人立即更正",
    ],
)
def test_not_titles(line: str) -> None:
    assert match_title(line) is None


def test_insertion_needs_a_long_title_and_a_few_characters() -> None:
    assert match_title("放弃陈述申辩的全部权利声明") is None  # five inserted: too many
    assert match_title("行政处罚变更决定书") is None  # seven-character title: no insertion allowed
    assert match_title("放弃陈述申辩权利声明", fuzzy=False) is None  # insertions are a tolerant match


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("现场照片", "evidence"),
        ("现场检查照片（1）", "evidence"),
        ("当事人主体资格证明", "evidence"),
        ("营业执照副本复印件", "evidence"),
    ],
)
def test_headings_named_by_a_keyword(line: str, kind: str) -> None:
    match = heading_kind(line)
    assert match is not None and match.kind == kind and not match.exact


@pytest.mark.parametrize("line", ["整改情况说明", "以上照片系现场拍摄。", "证据"])
def test_keyword_needs_a_heading(line: str) -> None:
    assert heading_kind(line) is None


def test_copy_marks_above_a_title_are_headers() -> None:
    assert is_running_header("第一联（收据） 缴款人留存")
    assert is_running_header("（存根）")
    assert not is_running_header("第一联收据上写明的缴款金额与决定书不一致")


def test_an_agency_banner_is_a_header() -> None:
    assert is_running_header("某某区市场监督管理局文书")
    # must not match: a line that only ends in 文书 is no agency's banner
    assert not is_running_header("本局依法送达的文书")
    assert not is_running_header("送达文书")


def test_forms_file_names_known_kinds() -> None:
    data = yaml.safe_load(FORMS_FILE.read_text(encoding="utf-8"))
    codes = {kind.code for kind in load_kinds()}
    assert {entry["kind"] for entry in data["titles"]} <= codes
    assert set(data["keywords"]) <= codes
    assert all("/" not in entry["name"] for entry in data["titles"])  # alternatives written out one by one


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("某某市某某区市场监督管理局行政处罚决定书", "行政处罚决定书"),
        ("某某县市场监督管理局 不予行政处罚决定书", "不予行政处罚决定书"),
        ("某某县市场监督管理局当场行政处罚决定书", "当场行政处罚决定书"),
        ("行 政 处 罚 决 定 书", "行政处罚决定书"),
        ("价格行政处罚决定书", "价格行政处罚决定书"),  # no agency before it: kept whole
        ("某某县市场监督管理局行政处罚决定节", "某某县市场监督管理局行政处罚决定节"),  # a misprint is not cut
    ],
)
def test_title_without_the_agency_printed_on_its_line(printed: str, title: str) -> None:
    assert without_agency(printed) == title
