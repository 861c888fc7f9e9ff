"""Folding: whitespace dropped, full-width ASCII made ASCII, and every folded character traced to its source."""

from __future__ import annotations

import random
import re

import pytest

from extractors.fields.folding import cn_int, fold
from reviewer.core.text import FULL_WIDTH

#: Characters folding must drop or keep, including the odd spaces text layers and OCR leave.
ALPHABET = "罚款壹拾伍万元整第六十条１２３ＡＢａ，：（）0-9 \t\n\r\u3000\u00a0\u200b\x0b\x0c\x1c\u2028\u2003"


def folded_by_hand(text: str, keep_newlines: bool) -> tuple[str, tuple[int, ...]]:
    """The definition, one character at a time: what folding must give."""
    kept = [
        (char, index)
        for index, char in enumerate(text.translate(FULL_WIDTH))
        if not re.match(r"[\s\u3000\u00a0\u200b]", char) or (keep_newlines and char == "\n")
    ]
    return "".join(char for char, _ in kept), tuple(index for _, index in kept)


@pytest.mark.parametrize("keep_newlines", [False, True])
def test_fold_keeps_what_the_definition_keeps(keep_newlines: bool) -> None:
    draw = random.Random(20261204)
    for _ in range(300):
        text = "".join(draw.choice(ALPHABET) for _ in range(draw.randrange(0, 60)))
        folded = fold(text, keep_newlines=keep_newlines)
        assert (folded.text, folded.origin) == folded_by_hand(text, keep_newlines)
        assert folded.source_length == len(text)


def test_a_wrapped_amount_folds_whole_and_maps_back() -> None:
    text = "罚款人民币壹拾伍\n万元整（￥１５０ ０００元）"
    folded = fold(text)
    assert "壹拾伍万元整(￥150000元)" in folded.text or "壹拾伍万元整(¥150000元)" in folded.text
    start = folded.text.index("壹拾伍万")
    begin, end = folded.span(start, start + 6)
    assert text[begin:end] == "壹拾伍\n万元整"


def test_newlines_kept_when_asked() -> None:
    assert fold("第一行 \n　第二行", keep_newlines=True).text == "第一行\n第二行"
    assert fold("第一行 \n　第二行").text == "第一行第二行"


def test_the_same_text_folds_to_the_same_result() -> None:
    text = "依据《中华人民共和国价格法》第四十二条 的规定"
    assert fold(text) is fold(text)
    assert fold(text) is not fold(text, keep_newlines=True)


def test_cn_int_reads_chinese_and_arabic_numbers() -> None:
    assert cn_int("一百零五") == 105
    assert cn_int("二〇") == 20
    assert cn_int("５７") == 57
    assert cn_int("十") == 10
    assert cn_int("三万") == 30000
    assert cn_int("第五") is None
