"""文号 finding: every bracket style, tolerated whitespace, and numbers that are only cited in a sentence."""

from __future__ import annotations

import pytest

from extractors.fields.docnumber import find_doc_number, find_doc_numbers, standalone_doc_number


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
        "豫郑市监罚〔23〕15号",  # not a year
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
