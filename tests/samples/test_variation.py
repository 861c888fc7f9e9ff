"""The variation layer prints our cases in other hands' shapes without changing a fact the truth records."""

from __future__ import annotations

import copy
import json
import random
import re
from pathlib import Path

import pypdfium2 as pdfium

from samples import generate as gen
from samples import variation
from samples.document import CaseDoc, Para, Title
from samples.edit import full_text


def _case(name: str = "case-01-market") -> CaseDoc:
    return gen.CASES[name]()


def _facts(case: CaseDoc) -> dict:
    truth = case.truth(["pdf"])
    for item in truth["instruments"]:
        item.pop("title")
    return truth


def test_variation_keeps_every_fact_but_the_printed_titles() -> None:
    for name in gen.CASES:
        case = _case(name)
        before = _facts(case)
        varied = copy.deepcopy(case)
        variation.vary_case(varied, random.Random(3))
        assert _facts(varied) == before
        assert [len(i.pages) for i in varied.instruments] == [len(i.pages) for i in case.instruments]


def test_every_title_shape_is_drawn_and_recorded_in_the_truth() -> None:
    seen: set[str] = set()
    for seed in range(6):
        case = _case()
        variation.vary_case(case, random.Random(seed))
        for ins in case.instruments:
            titles = [b.text for b in ins.pages[0].blocks if isinstance(b, Title)]
            if len(titles) == 2 and ins.title == "".join(titles):
                seen.add("split")
            elif titles and titles[0] == ins.title and ins.title.startswith(case.agency):
                seen.add("agency")
            elif "\u3000" in ins.title:
                seen.add("spaced")
    assert seen == {"split", "agency", "spaced"}


def test_each_wording_of_the_table_replaces_a_phrase_our_templates_print() -> None:
    texts = "\n".join(full_text(ins) for name in gen.CASES for ins in _case(name).instruments)
    for pattern, wordings in variation.WORDINGS:
        assert re.search(pattern, texts), pattern  # no dead entry: the phrase is in some template
        assert len(set(wordings)) == len(wordings) and all(w and not re.search(pattern, w) for w in wordings)


def test_line_breaks_only_in_long_paragraphs_and_never_inside_numbers() -> None:
    rng = random.Random(1)
    short = "嵩川市恒远精细化工有限公司："
    assert variation._break_line(short, rng) == short
    long_text = "经查，当事人于2023年6月5日在嵩川市嵩北区环保路2号销售未标明价格的商品共计120件，违法所得人民币3000元。"
    for _ in range(50):
        broken = variation._break_line(long_text, rng)
        assert broken.replace("\n", "") == long_text and broken.count("\n") == 1
        before, after = broken.split("\n")
        assert not (before[-1:].isdigit() and after[:1].isdigit())


def test_half_width_punctuation_reaches_paragraphs_not_titles() -> None:
    case = _case()
    ins = next(i for i in case.instruments if i.kind == "penalty_decision")
    assert any("，" in b.text for page in ins.pages for b in page.blocks if isinstance(b, Para))
    titles = [b.text for page in ins.pages for b in page.blocks if isinstance(b, Title)]
    variation._edit_paras(ins, lambda text: text.translate(variation._HALF_WIDTH))
    paras = [b.text for page in ins.pages for b in page.blocks if isinstance(b, Para)]
    assert not any(mark in text for text in paras for mark in "，：；（）")
    assert [b.text for page in ins.pages for b in page.blocks if isinstance(b, Title)] == titles


def test_generated_set_with_variation_renders_the_same_cases(tmp_path: Path) -> None:
    plain = gen.generate_set(tmp_path / "plain", 1, 11)
    varied = gen.generate_set(tmp_path / "varied", 1, 11, variation=True)
    truths = [
        json.loads(next(p for p in files if p.name.endswith(".truth.json")).read_text("utf-8"))
        for files in (plain, varied)
    ]
    for truth in truths:
        for item in truth["instruments"]:
            item.pop("title")
    assert truths[0] == truths[1]
    pdf = next(p for p in varied if p.suffix == ".pdf")
    assert len(pdfium.PdfDocument(str(pdf))) == truths[1]["pages"]
