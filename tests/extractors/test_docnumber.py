"""文号 finding: every bracket style, tolerated whitespace, and numbers that are only cited in a sentence."""

from __future__ import annotations

import pytest

from extractors.fields.docnumber import (
    blank_serial_doc_number,
    find_doc_number,
    find_doc_numbers,
    standalone_doc_number,
    with_wrapped_place,
    yearless_doc_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("豫郑市监罚〔2023〕15号", "豫郑市监罚〔2023〕15号"),
        ("豫环罚[2023]8号", "豫环罚[2023]8号"),
        ("郑城管罚（2024）第103号", "郑城管罚（2024）第103号"),
        ("郑城管罚(2024)第103号", "郑城管罚(2024)第103号"),
        ("豫郑市监罚【2023】15号", "豫郑市监罚【2023】15号"),
        ("豫郑市监罚［2023］15号", "豫郑市监罚［2023］15号"),
        ("郑经开市监罚〔2023〕3号", "郑经开市监罚〔2023〕3号"),
        ("郑工商处字〔2019〕第0021号", "郑工商处字〔2019〕第0021号"),
    ],
)
def test_bracket_styles(text: str, expected: str) -> None:
    assert find_doc_number(text) == expected


def test_whitespace_inside_is_tolerated_and_removed() -> None:
    assert find_doc_number("  豫郑市监罚 〔 2023 〕 第 15 号  ") == "豫郑市监罚〔2023〕第15号"
    assert find_doc_number("豫郑市监罚\u3000〔2023〕15号") == "豫郑市监罚〔2023〕15号"


def test_mismatched_brackets_from_ocr() -> None:
    assert find_doc_number("豫环罚〔2023]8号") == "豫环罚〔2023]8号"


def test_full_width_digits() -> None:
    assert find_doc_number("豫环罚〔２０２３〕８号") == "豫环罚〔２０２３〕８号"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "当事人：郑州某某商贸有限公司",
        "〔2023〕15号",  # no agency abbreviation
        "2023年5月1日",
        "豫郑市监罚〔2023〕",  # no serial number
        "依据〔2023〕15号文件",  # only a verb before the bracket
    ],
)
def test_none_when_no_number(text: str) -> None:
    assert find_doc_number(text) is None


def test_cited_number_in_a_sentence_loses_the_verbs() -> None:
    text = "我局于2023年5月1日作出豫郑市监罚〔2023〕15号行政处罚决定书，你单位至今未履行。"
    assert find_doc_number(text) == "豫郑市监罚〔2023〕15号"
    assert find_doc_number("根据豫环罚[2023]8号决定") == "豫环罚[2023]8号"


def test_all_numbers_in_order() -> None:
    text = "豫郑市监告〔2023〕9号告知书已送达；豫郑市监罚〔2023〕15号决定书"
    assert find_doc_numbers(text) == ["豫郑市监告〔2023〕9号", "豫郑市监罚〔2023〕15号"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("豫郑市监罚〔2023〕15号", "豫郑市监罚〔2023〕15号"),
        ("  郑城管罚（2024）第103号 ", "郑城管罚（2024）第103号"),
        ("文号：豫环罚[2023]8号", "豫环罚[2023]8号"),
        ("编号 豫环罚[2023]8号", "豫环罚[2023]8号"),
        ("送达文书文号：豫郑市监罚〔2023〕15号", None),
        ("我局作出豫郑市监罚〔2023〕15号行政处罚决定书", None),
        ("豫郑市监罚〔2023〕15号、豫郑市监罚〔2023〕16号", None),
        ("当事人：某公司", None),
    ],
)
def test_standalone_line(line: str, expected: str | None) -> None:
    assert standalone_doc_number(line) == expected


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("澄市监处罚〔2023〕1303396号", "澄市监处罚〔2023〕1303396号"),
        ("冀市监唐处〔2024〕13022124000429号", "冀市监唐处〔2024〕13022124000429号"),
        ("晋市监处罚〔2025〕10-068号", "晋市监处罚〔2025〕10-068号"),
        ("锡新市监处罚〔2025〕X00070号", "锡新市监处罚〔2025〕X00070号"),
        ("娄星市监处字{2023}152号", "娄星市监处字{2023}152号"),
        ("泊市监处罚（2024）225", "泊市监处罚（2024）225"),
        ("（兰）市监罚〔2025〕213号", "（兰）市监罚〔2025〕213号"),
    ],
)
def test_real_number_shapes_stand_alone(line: str, number: str) -> None:
    assert standalone_doc_number(line) == number


@pytest.mark.parametrize(
    "line",
    ["某新市监处罚〔２０２５〕Ｘ０００７０号", "某ｘｘ罚〔２０２４〕ｘｘ号", "某市监罚〔２０２４〕１５号"],
)
def test_a_full_width_number_with_letters_stands_alone(line: str) -> None:
    assert standalone_doc_number(line) == line


def test_a_full_width_letter_run_is_no_serial() -> None:
    assert standalone_doc_number("某市监罚〔２０２４〕ＡＢ号") is None


def test_a_title_before_a_number_wrapped_from_it_is_no_part_of_it() -> None:
    assert find_doc_numbers("某某县\n市场监督管\n理局行政处\n罚决定书 某市监处罚\n〔2025〕172号\n") == [
        "某市监处罚〔2025〕172号"
    ]


def test_with_wrapped_place_only_takes_a_bracketed_place() -> None:
    assert with_wrapped_place("第某A123 号 （临）", "市监罚〔2026〕9号") == "（临）市监罚〔2026〕9号"
    assert with_wrapped_place("某某县市场监督管理局", "某市监罚〔2026〕9号") == "某市监罚〔2026〕9号"
    assert with_wrapped_place("（临）", "（临）市监罚〔2026〕9号") == "（临）市监罚〔2026〕9号"


@pytest.mark.parametrize("note", ["（简易程序）", "(一般程序)"])
def test_a_procedure_note_above_the_number_is_no_place(note: str) -> None:
    """当场行政处罚决定书 / （简易程序） / 编号：某市监当罚〔2024〕7号: the bracket names the procedure."""
    assert with_wrapped_place(note, "某市监当罚〔2024〕7号") == "某市监当罚〔2024〕7号"
    assert find_doc_numbers(f"{note}某市监当罚〔2024〕7号") == ["某市监当罚〔2024〕7号"]
    # must not match: a short place in brackets is still taken
    assert with_wrapped_place("（简）", "市监当罚〔2024〕7号") == "（简）市监当罚〔2024〕7号"


def test_a_bracketed_place_after_another_number_on_the_line() -> None:
    text = " （甘）执法证字第甘 J110528146 号 （临）市监罚〔 2025 〕174\n号\n当事人："
    assert find_doc_numbers(text) == ["（临）市监罚〔2025〕174号"]


def test_a_number_without_hao_inside_a_sentence_is_not_read() -> None:
    assert find_doc_numbers("依据《某规定》（2024）225条的规定") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("编号：某市监处罚0311号", "某市监处罚0311号"),
        ("  文书编号： 某市监处字 12 号", "某市监处字12号"),
        ("某市监价罚字19-68号", "某市监价罚字19-68号"),
        ("某市监罚告字18号", None),  # the notice's number
        ("执法机关代码：39557043", None),
        ("某街道办事处12号", None),
        ("经营场所：某区某路12号", None),
        ("某市监处罚〔2023〕12号", None),  # has a year: the ordinary finder's
    ],
)
def test_yearless_number_on_a_line_of_its_own(line: str, expected: str | None) -> None:
    assert yearless_doc_number(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青市监罚〔24〕17号\n", "青市监罚〔24〕17号"),
        ("文号：澄市监处字[23]第305号", "澄市监处字[23]第305号"),
    ],
)
def test_a_two_digit_year_with_its_serial(text: str, expected: str) -> None:
    assert find_doc_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "某罚字（12）号",  # a bracketed serial, no year
        "依照第（24）项的规定处理",  # an item in brackets
        "罚款（15）元",
    ],
)
def test_two_digits_in_brackets_alone_are_no_number(text: str) -> None:
    assert find_doc_number(text) is None


def test_a_long_serial_run_with_a_region_code_and_year() -> None:
    number = "霁桐市监处〔2025〕41052320250000983号"
    assert find_doc_number(number) == number
    assert standalone_doc_number(number) == number
    # a run longer than any serial is no number
    assert find_doc_number("霁桐市监处〔2025〕4105232025000098312345号") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("霁桐市市场监督管理局\u3000霁市监价罚【2024】6号", "霁市监价罚【2024】6号"),
        ("霁桐县人民政府  霁政罚〔2023〕2号", "霁政罚〔2023〕2号"),
        ("霁桐市发展和改革委员会 霁发改罚〔2022〕11号", "霁发改罚〔2022〕11号"),
        ("霁桐市监局罚〔2024〕8号", "霁桐市监局罚〔2024〕8号"),  # a short form with 局 stays whole
    ],
)
def test_an_agency_name_before_the_number_is_no_part_of_it(line: str, expected: str) -> None:
    assert find_doc_number(line) == expected


@pytest.mark.parametrize("issue", ["（更正）", "(补正)", "（副本）"])
def test_a_bracket_naming_the_issue_of_the_decision_is_no_place(issue: str) -> None:
    """（更正） printed under the title, above or before the number: the number stands without it."""
    assert with_wrapped_place(issue, "某市监处罚〔2026〕8-1号") == "某市监处罚〔2026〕8-1号"
    assert find_doc_numbers(f"行政处罚决定书\n{issue}某市监处罚〔2026〕8-1号\n") == ["某市监处罚〔2026〕8-1号"]


def test_a_bracketed_place_of_two_characters_is_still_kept() -> None:
    """Must not drop: a place abbreviation in brackets (（城关）) is part of the number."""
    assert with_wrapped_place("（城关）", "市监罚〔2026〕8号") == "（城关）市监罚〔2026〕8号"
    assert find_doc_numbers("（城关）市监罚〔2026〕8号\n") == ["（城关）市监罚〔2026〕8号"]


def test_a_serial_in_brackets_of_its_own_after_the_year() -> None:
    assert find_doc_number("嵩市监处罚〔2024〕〔17〕号") == "嵩市监处罚〔2024〕〔17〕号"
    assert standalone_doc_number("嵩市监处罚〔2024〕（17）号") == "嵩市监处罚〔2024〕（17）号"


@pytest.mark.parametrize("text", ["嵩市监处罚〔2024〕〔17〕", "嵩市监处罚〔2024〕（一）号", "某罚字（17）号"])
def test_a_bracketed_serial_without_hao_or_year_is_no_number(text: str) -> None:
    assert find_doc_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某市监处罚〔2 0 2 3〕4 2号", "某市监处罚〔2023〕42号"),  # a scanned copy spaces out every digit
        ("某市监罚（20 23）第 9号", "某市监罚（2023）第9号"),
        ("某市监罚〔2　3〕1 5号", "某市监罚〔23〕15号"),  # a two-digit year spaced out
    ],
)
def test_a_year_spaced_out_by_a_scan_is_read(text: str, expected: str) -> None:
    assert find_doc_number(text) == expected


@pytest.mark.parametrize("text", ["某市监罚〔2 0 2〕15号", "某罚字（1 2）号", "某市监罚〔2 0 2 3 1〕15号"])
def test_spaced_digits_that_make_no_year_stay_unread(text: str) -> None:
    """Must not match: three or five digits in the brackets, or a bracketed serial with no number after it."""
    assert find_doc_number(text) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("某市监罚〔2023〕　　号", "某市监罚〔2023〕号"),
        ("  某市监罚[2023]第＿＿号", "某市监罚[2023]第＿＿号"),
        ("文号：某市监处字（2024）   号", "某市监处字（2024）号"),
        ("某市监罚〔2024〕〔　〕号", "某市监罚〔2024〕〔〕号"),  # empty brackets where the serial goes
        ("某市监罚〔2024〕〔17〕号", None),  # a bracketed serial
        ("某市监罚〔2023〕12号", None),  # a serial: the ordinary finder's
        ("某市监罚告〔2023〕　号", None),  # the notice's number
        ("依据某价〔2019〕　号文件", None),  # a sentence citing a document
        ("某罚字（12）　号", None),  # no four-digit year
    ],
)
def test_a_number_with_its_serial_left_blank_on_a_line_of_its_own(line: str, expected: str | None) -> None:
    assert blank_serial_doc_number(line) == expected


@pytest.mark.parametrize(
    "line",
    ["某市监稽罚〔2025〕KT-041号", "某市监（价）罚字〔2026〕第B307号", "某市监罚〔２０２５〕ＭＺ０９号"],
)
def test_a_serial_led_by_series_letters_stands_alone(line: str) -> None:
    assert standalone_doc_number(line) == line


@pytest.mark.parametrize("text", ["执行某标准（2024）GB3100\n", "某市监罚〔2024〕QR号", "见某规程（2023）HJ-12\n"])
def test_series_letters_need_digits_and_hao(text: str) -> None:
    """Must not match: letters alone, or letters and digits at a line's end without 号 (a standard's code)."""
    assert find_doc_number(text) is None
