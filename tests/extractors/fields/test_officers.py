"""Enforcement officers and certificate numbers on records, inspections and on-the-spot decisions."""

from __future__ import annotations

import pytest

from extractors.fields.officers import find_officers, missing_certificates, officer_count

LINES = [
    (
        "names with labelled numbers",
        "执法人员：张三（执法证号：41010123001）、李四（执法证号：41010123002）",
        [("张三", "41010123001"), ("李四", "41010123002")],
    ),
    (
        "second number without label",
        "执法人员：张三（执法证号：41010123001）、李四（41010123002）",
        [("张三", "41010123001"), ("李四", "41010123002")],
    ),
    (
        "sector number format",
        "检查人：王丽（豫环执字第0412号）、萧磊（豫环执字第0417号）",
        [("王丽", "豫环执字第0412号"), ("萧磊", "豫环执字第0417号")],
    ),
    (
        "bracket broken by a line",
        "执法人员：沈某（执法证号：豫综执0233105）、杜明（执法证号：豫综执\n0233118）\n当事人签收：某某",
        [("沈某", "豫综执0233105"), ("杜明", "豫综执0233118")],
    ),
    (
        "half-width brackets",
        "执法人员:张三(执法证件号:41010123001)、李四(证号:41010123002)",
        [("张三", "41010123001"), ("李四", "41010123002")],
    ),
    ("full-width digits and spaces", "执法人员：张三（执法证号：４１０１ ０１２３００１）", [("张三", "41010123001")]),
    (
        "separate number line",
        "询问人：张三、李四\n执法证件号码：41010123001、41010123002",
        [("张三", "41010123001"), ("李四", "41010123002")],
    ),
    ("no numbers", "询问人：王丽、萧磊", [("王丽", None), ("萧磊", None)]),
    ("comma separated", "检查人员：张三，李四", [("张三", None), ("李四", None)]),
    (
        "compound surname",
        "执法人员：欧阳明明（41010123001）、李四（41010123002）",
        [("欧阳明明", "41010123001"), ("李四", "41010123002")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LINES], ids=[c[0] for c in LINES])
def test_names_and_numbers(text: str, expected: list[tuple[str, str | None]]) -> None:
    officers = [o for o in find_officers(text) if o.role == "officer"]
    assert [(o.name, o.certificate) for o in officers] == expected
    for officer in officers:
        assert text[officer.start : officer.end] == officer.name
        if officer.certificate:
            assert officer.cert_start is not None and text[officer.cert_start : officer.cert_end]


def test_asker_and_recorder_on_one_line() -> None:
    officers = find_officers("询问人：张三　记录人：李四")
    assert [(o.name, o.role, o.label) for o in officers] == [
        ("张三", "officer", "询问人"),
        ("李四", "recorder", "记录人"),
    ]
    assert officer_count(officers) == 2


def test_repeated_names_count_once() -> None:
    text = (
        "检查人员：张三（执法证号：41010123001）、李四（执法证号：41010123002）\n记录人：李四\n"
        "检查人员签名：张三、李四　　2023年2月27日"
    )
    officers = find_officers(text)
    assert officer_count(officers) == 2
    assert missing_certificates(officers) == []


def test_missing_certificates_are_named() -> None:
    assert missing_certificates(find_officers("执法人员：张三（执法证号：41010123001）、李四")) == ["李四"]


@pytest.mark.parametrize(
    "text",
    [
        "本局指派执法人员张三、李四承办",
        "执法人员向现场负责人出示执法证件",
        "执法人员签名：",
        "记录人：\n2023年5月12日",
        "",
    ],
)
def test_no_officers_outside_labelled_lists(text: str) -> None:
    assert find_officers(text) == []


def test_samples_records_name_two_officers(sample) -> None:
    records = sample.of_kind("inspection_record", "inquiry_record", "onsite_decision")
    assert records
    for record in records:
        officers = find_officers(record.text)
        assert officer_count([o for o in officers if o.role == "officer"]) >= 2, record.title
    if sample.case == "case-03-simple":
        officers = find_officers(sample.decision.text)
        assert [(o.name, o.certificate) for o in officers] == [("沈海欣", "豫综执0233105"), ("杜明", "豫综执0233118")]


@pytest.mark.parametrize(
    "line",
    [
        "执法人员：你好，我们是云泽市交通运输局的执法人员，已向你出示执法证件。",
        "执法人员：我们是云泽市应急管理局执法人员赵一、钱二，现向你出示执法证件。",
        "执法人员:我们是云泽市卫生健康委员会的执法人员,这是我们的执法证件。",
        "执法人员：怎么收费？一共收了多少钱？",
        "检查人员：请问你是这里的负责人吗？",
    ],
)
def test_a_speaker_label_in_a_question_and_answer_record_names_no_officer(line: str) -> None:
    text = f"询问人：赵一（执法证号：39001）、钱二（执法证号：39002）\n被询问人：孙三\n{line}\n被询问人：是的。"
    assert [(o.name, o.certificate) for o in find_officers(text)] == [("赵一", "39001"), ("钱二", "39002")]


def test_names_apart_by_spaces_are_still_a_list() -> None:
    assert [o.name for o in find_officers("执法人员：赵一　钱二\n")] == ["赵一", "钱二"]


def test_a_certified_list_wrapped_onto_its_own_line() -> None:
    text = (
        "救济途径：如不服本决定，可以申请行政复议。\n执法人员：张某（执法证号3900000001）\n"
        "李某某（执法证号3900000002）\n当事人签收：王某　　2025.3.31\n"
    )
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("张某", "3900000001"),
        ("李某某", "3900000002"),
    ]
    # a line of prose with a bracketed figure after the list is not a name
    prose = "执法人员：张某（执法证号3900000001）\n当事人在其营业场所销售（共计1234元）\n"
    assert [o.name for o in find_officers(prose)] == ["张某"]
    # names without certificates do not draw the next line in
    plain = "执法人员：张某\n李某（执法证号3900000002）\n"
    assert [o.name for o in find_officers(plain)] == ["张某"]


def test_a_bracket_a_scan_left_open_ends_at_the_next_labelled_line() -> None:
    text = "询问人:赵一(执法证号:39001、钱二(执法证号:39002)\n记录人：钱二\n被询问人:孙三 性别:男"
    officers = find_officers(text)
    assert "记录人" not in [o.name for o in officers]
    pairs = [(o.name, o.role, o.certificate) for o in officers]
    assert ("赵一", "officer", "39001") in pairs and ("钱二", "officer", "39002") in pairs
