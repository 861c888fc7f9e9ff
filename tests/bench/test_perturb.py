"""bench/perturb.py's perturbations change how a decision is printed, never what it says: seeded, and with
line breaks, markers and brackets where a typesetter would put them."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest

from reviewer.core.model import Line, Page

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
_SPEC = importlib.util.spec_from_file_location("bench_perturb", ROOT / "bench" / "perturb.py")
assert _SPEC and _SPEC.loader
perturb = importlib.util.module_from_spec(_SPEC)
sys.modules["bench_perturb"] = perturb
_SPEC.loader.exec_module(perturb)


def _page(*texts: str) -> Page:
    lines = [
        Line(text=text, box=(72.0 if i else 100.0, 100.0 + 20 * i, 72.0 + 14 * len(text), 114.0 + 20 * i), size=14)
        for i, text in enumerate(texts)
    ]
    return Page(
        index=1, source="x.pdf", source_page=1, text="\n".join(texts), lines=lines, origin="text", width=600, height=840
    )


def _text(pages: list[Page]) -> str:
    return "\n".join(page.text for page in pages)


def test_cut_keeps_latin_runs_and_closing_marks_together() -> None:
    lines = perturb._cut("甲乙丙丁2024年，（戊己）庚", 5)
    assert "".join(lines) == "甲乙丙丁2024年，（戊己）庚"
    assert not any(line.startswith(("，", "）")) or line.endswith("（") for line in lines)
    assert all("2024" in line for line in lines if "20" in line)


def test_cut_never_breaks_after_an_opening_mark_with_a_space_after_it() -> None:
    """A text layer's space after 〔 (某罚〔 2024 〕 5 号) is no place to break: the mark moves down with its year."""
    for width in range(4, 12):
        lines = perturb._cut("甲乙丙丁戊己庚某罚〔 2024 〕 5 号", width)
        assert "".join(lines) == "甲乙丙丁戊己庚某罚〔 2024 〕 5 号"
        assert not any(line.rstrip().endswith("〔") for line in lines), lines
    # must not change: a space with no opening mark before it stays where the line breaks
    assert perturb._cut("甲乙丙 丁戊", 3)[0].startswith("甲乙丙")


def test_rewrap_moves_breaks_but_keeps_the_words() -> None:
    page = _page("甲" * 30, "乙" * 30, "丙" * 10)
    out = perturb.rewrap([page], random.Random("seed"))
    assert "".join(out[0].text.split("\n")) == "甲" * 30 + "乙" * 30 + "丙" * 10
    assert out[0].text != page.text
    assert out[0].text == "\n".join(line.text for line in out[0].lines)


def test_page_break_adds_a_page_and_renumbers() -> None:
    pages = [_page(*(f"第{i}行文字" for i in range(14)))]
    out = perturb.page_break(pages, random.Random(3))
    assert [p.index for p in out] == [1, 2]
    assert _text(out).count("行文字") == 14
    assert all(len(page.lines) >= 2 for page in out)


def test_page_break_renumbers_the_markers_it_finds() -> None:
    words = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
    pages = [_page(*(c * 9 for c in words), "第1页 共2页"), _page(*(c * 8 for c in words), "第2页 共2页")]
    text = _text(perturb.page_break(pages, random.Random(2)))
    assert [text.count(f"第{n}页 共3页") for n in (1, 2, 3)] == [1, 1, 1]


def test_item_forms_keep_the_numbers() -> None:
    pages = [_page("（三）罚款若干。", "依据某条例第十二条第（二）项", "2024年不是条目")]
    out = perturb.item_forms(pages, random.Random(5))
    text = _text(out)
    assert "2024年不是条目" in text
    assert "三" in text.split("\n")[0] or "3" in text.split("\n")[0]
    assert "二" in text.split("\n")[1] or "2" in text.split("\n")[1]


def test_item_forms_leave_an_ordinal_of_acts_alone() -> None:
    """对第二项违法行为 counts the decision's acts, no citation: its words stay; the cited item beside it changes."""
    pages = [_page("当事人的第二项违法行为系初次违法，依据某法第三条第二项的规定，对第一项行为罚款。")]
    for seed in range(6):
        text = _text(perturb.item_forms(pages, random.Random(seed)))
        assert "的第二项违法行为" in text and "对第一项行为" in text


def test_a_run_of_cited_items_and_an_item_broken_after_its_di_are_rewritten_whole() -> None:
    pages = [_page("违反某法第十四条第三、第八项", "和某条例第七条第", "（一）项的规定。", "（二）罚款若干。")]
    lines = _text(perturb.item_forms(pages, random.Random(4))).split("\n")
    assert len(lines) == 4 and lines[2].endswith("项的规定。") and "（一）项" not in lines[3]
    assert not re.search(r"第[三3]、第", lines[0])


def test_a_label_line_opens_its_own_paragraph() -> None:
    page = _page("当事人：某某商贸有限公司某某路营业部某某某某某某", "主体资格证照名称：营业执照")
    out = perturb.rewrap([page], random.Random(1))
    assert any(line.text.startswith("主体资格证照名称") for line in out[0].lines)


def test_doc_number_brackets_only_around_a_year_before_a_number() -> None:
    pages = [_page("某罚〔2024〕12号", "（2024年）不是文号")]
    text = _text(perturb.doc_number_brackets(pages, random.Random(1)))
    assert "2024〕12号" not in text or "〔2024〕12号" in text
    assert "（2024年）不是文号" in text


def test_width_round_trip() -> None:
    pages = [_page("罚款(1.5)万元:AB")]
    wide = perturb.to_wide(pages, random.Random(0))
    assert _text(wide) == "罚款（１．５）万元：ＡＢ"
    assert _text(perturb.to_narrow(wide, random.Random(0))) == "罚款(1.5)万元:AB"


def test_same_seed_same_draw() -> None:
    pages = [_page(*("某某某某某某某某某某某某某某某某某某" for _ in range(8)))]
    for name, change in perturb.PERTURBATIONS.items():
        first = _text(change(pages, random.Random(f"1/{name}")))
        assert first == _text(change(pages, random.Random(f"1/{name}"))), name


def test_comparison_folds_brackets_widths_and_spaces() -> None:
    assert perturb._canon("某罚[2024] １２号") == perturb._canon("某罚〔2024〕12号")


def test_article_numerals_keep_every_number_and_leave_other_ordinals() -> None:
    pages = [_page("违反某法第十三条第一款和第108条，第三次检查")]
    texts = {_text(perturb.article_numerals(pages, random.Random(seed))) for seed in range(8)}
    assert texts == {"违反某法第13条第1款和第108条，第三次检查", "违反某法第十三条第一款和第一百零八条，第三次检查"}


def test_basis_verbs_change_only_before_a_law_name() -> None:
    pages = [_page("依据《某法》第五条，根据调查情况，依照《某条例》第六条", "处罚依据　《某法》第七条")]
    for seed in range(6):
        text, label = _text(perturb.basis_verbs(pages, random.Random(seed))).split("\n")
        assert "根据调查情况" in text and label == "处罚依据　《某法》第七条"
        assert re.fullmatch(r"(依据|根据|依照)《某法》第五条，根据调查情况，(依据|根据|依照)《某条例》第六条", text)


def test_amount_notation_keeps_the_value_and_leaves_wan_and_addresses() -> None:
    pages = [_page("罚款人民币3,000元（叁仟元整），没收1234.5元，另处1.5万元，住某路3单元")]
    for seed in range(8):
        text = _text(perturb.amount_notation(pages, random.Random(seed)))
        assert re.search(r"罚款人民币3,?000(\.00)?元（叁仟元整）", text)
        assert re.search(r"没收1,?234\.50元", text)
        assert "1.5万元" in text and "3单元" in text


def test_law_names_add_or_drop_the_state_name_of_national_laws_only() -> None:
    pages = [_page("《中华人民共和国价格法》第十三条，《价格法》第四十二条，《某省价格条例》第九条")]
    seen = set()
    for seed in range(10):
        text = _text(perturb.law_names(pages, random.Random(seed)))
        assert text.replace("中华人民共和国", "") == "《价格法》第十三条，《价格法》第四十二条，《某省价格条例》第九条"
        seen.add(text.count("中华人民共和国"))
    assert seen == {0, 1, 2}


def test_han_dates_rewrite_only_a_line_that_is_a_date() -> None:
    pages = [_page("于2024年5月16日检查", "2024年10月3日")]
    lines = _text(perturb.han_dates(pages, random.Random(1))).split("\n")
    assert lines[0] == "于2024年5月16日检查"
    assert lines[1] in ("二〇二四年十月三日", "二○二四年十月三日")


def test_amount_notation_leaves_figures_that_may_continue_the_line_before() -> None:
    pages = [_page("罚没合计505", "00元。")]
    for seed in range(4):
        assert _text(perturb.amount_notation(pages, random.Random(seed))).endswith("\n00元。")


def test_page_break_renumbers_dashed_fractions() -> None:
    words = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
    pages = [_page(*(c * 9 for c in words), "— 1 / 2 —"), _page(*(c * 8 for c in words), "— 2 / 2 —")]
    for page in pages:  # the marker printed in the bottom margin
        page.lines[-1] = page.lines[-1].model_copy(update={"box": (280.0, 800.0, 330.0, 812.0)})
    text = _text(perturb.page_break(pages, random.Random(2)))
    assert [text.count(f"— {n} / 3 —") for n in (1, 2, 3)] == [1, 1, 1]
    assert "共3页" not in text  # the file's own markers renumbered, no second kind added


def test_rewrap_keeps_table_rows_apart() -> None:
    page = _page(
        "当事人　　　　某某县某某烘焙坊　　　　经营者　　　　某某某某某某某某", "统一社会信用代码　　某某某某某某"
    )
    out = perturb.rewrap([page], random.Random(1))
    assert [line.text for line in out[0].lines][-1].startswith("统一社会信用代码")


def test_rewrap_leaves_a_row_of_two_labelled_cells_as_printed() -> None:
    """名称：…有　　　法定代表人：… over 限公司　　　类型：…: two columns a word processor wraps cell by cell, not
    one paragraph; a paragraph whose lines hold no labelled cell after a gap is still re-wrapped."""
    rows = _page(
        "名　　称：某某市某某电子商务有　　　法定代表人：某某某", "限公司　　　　　　类　　型：有限责任公司", "乙" * 30
    )
    out = perturb.rewrap([rows], random.Random(3))
    assert [line.text for line in out[0].lines][:2] == [line.text for line in rows.lines][:2]
    prose = _page("甲" * 30, "甲" * 30, "乙" * 12)
    assert perturb.rewrap([prose], random.Random(3))[0].text != prose.text


@pytest.mark.parametrize(
    "rows",
    [
        (
            "│违法行为　│违反条款　　　　　　│处罚依据　　　　　　│",
            "│不明码标价│《中华人民共和国价格│《价格违法行为行政处│",
        ),
        (
            "冯某某 | 某某县某某建材有限公司 | 91000000MA0000000X",
            "吴某某 | 某某县某某砂石有限公司 | 91000000MA0000001X",
        ),
    ],
)
def test_rewrap_leaves_walled_table_rows_as_printed(rows: tuple[str, str]) -> None:
    """Box-drawn rows and cells parted by " | " are a table's; a PDF never runs them together as one paragraph."""
    page = _page(*rows, "乙" * 30)
    out = perturb.rewrap([page], random.Random(3))
    assert [line.text for line in out[0].lines][:2] == list(rows)


def test_rewrap_still_rewraps_prose_with_a_bar_in_no_cell() -> None:
    """Must not match: a sentence with no wall in it is prose and is re-wrapped."""
    prose = _page("甲" * 30, "甲" * 30, "乙" * 12)
    assert perturb.rewrap([prose], random.Random(3))[0].text != prose.text


def test_page_break_renumbers_a_page_number_without_its_count() -> None:
    words = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
    pages = [_page(*(c * 9 for c in words), "某某局　第1页"), _page(*(c * 8 for c in words), "某某局　第2页")]
    for page in pages:
        page.lines[-1] = page.lines[-1].model_copy(update={"box": (280.0, 800.0, 400.0, 812.0)})
    text = _text(perturb.page_break(pages, random.Random(2)))
    assert [text.count(f"某某局　第{n}页") for n in (1, 2, 3)] == [1, 1, 1]


def test_period_numerals_rewrite_periods_and_leave_dates_and_broken_numbers() -> None:
    pages = [_page("于2024年3月15日内检查，自收到之日起十五日内缴纳，六十日内申请复议，6个月内起诉，六", "十日内")]
    texts = {_text(perturb.period_numerals(pages, random.Random(seed))) for seed in range(8)}
    assert texts == {
        "于2024年3月15日内检查，自收到之日起15日内缴纳，60日内申请复议，6个月内起诉，六\n十日内",
        "于2024年3月15日内检查，自收到之日起十五日内缴纳，六十日内申请复议，六个月内起诉，六\n十日内",
    }


def test_seal_marks_reword_only_a_bracketed_placeholder() -> None:
    pages = [_page("某某局", "（印章）", "加盖公章的复印件")]
    texts = {_text(perturb.seal_marks(pages, random.Random(seed))) for seed in range(10)}
    assert texts == {f"某某局\n（{word}）\n加盖公章的复印件" for word in ("印章", "公章", "盖章")}


def test_party_labels_change_only_a_label_opening_a_line() -> None:
    pages = [_page("当事人：某某商店", "当事人于2024年提交陈述：无")]
    texts = {_text(perturb.party_labels(pages, random.Random(seed))) for seed in range(10)}
    assert texts == {f"{word}：某某商店\n当事人于2024年提交陈述：无" for word in ("当事人", "当事人名称", "被处罚人")}


def test_bare_laws_drop_the_marks_of_national_laws_only() -> None:
    pages = [_page("违反《中华人民共和国价格法》第十三条，依据《价格法》第四十二条、《某省价格条例》第九条")]
    texts = {_text(perturb.bare_laws(pages, random.Random(seed))) for seed in range(8)}
    assert texts == {
        "违反中华人民共和国价格法第十三条，依据中华人民共和国价格法第四十二条、《某省价格条例》第九条",
        "违反价格法第十三条，依据价格法第四十二条、《某省价格条例》第九条",
    }


def test_money_capitals_follow_amounts_after_a_money_word_only() -> None:
    pages = [_page("罚款3,000元，没收违法所得1234.5元（壹仟贰佰叁拾肆元伍角），每斤3元", "5000元")]
    for seed in range(6):
        text = _text(perturb.money_capitals(pages, random.Random(seed)))
        assert re.fullmatch(
            r"罚款3,000元[（(](?:大写：|人民币)?叁仟元整[）)]，没收违法所得1234\.5元（壹仟贰佰叁拾肆元伍角），每斤3元\n5000元",
            text,
        ), text


def test_code_labels_reword_only_the_credit_code_label() -> None:
    pages = [_page("统一社会信用代码：91000000MA00000000", "核对统一社会信用代码是否一致")]
    texts = {_text(perturb.code_labels(pages, random.Random(seed))) for seed in range(12)}
    assert {text.split("：")[0] for text in texts} == {
        "统一社会信用代码",
        "社会信用代码",
        "信用代码",
        "统一社会信用代码（注册号）",
    }
    assert all(text.endswith("\n核对统一社会信用代码是否一致") for text in texts)


def test_money_capitals_leave_an_amount_inside_brackets() -> None:
    pages = [_page("罚没款合计800元（其中罚款300元、没收500元），另罚款200元")]
    text = _text(perturb.money_capitals(pages, random.Random(3)))
    assert text.startswith("罚没款合计800元（其中罚款300元、没收500元），另罚款200元") and text.count("元整") == 1


def test_check_right_counts_a_fail_only_where_the_label_says_fail() -> None:
    assert perturb.check_right("fail", "fail") and perturb.check_right("pass", "unknown")
    assert not perturb.check_right("fail", "unknown") and not perturb.check_right("pass", "fail")


def test_a_perturbation_that_drops_the_remedies_flips_their_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """With --checks, a change that breaks a check (here: every line naming 复议 dropped) is a flip of that check."""

    def drop_review(pages: list[Page], rnd: random.Random) -> list[Page]:
        return [perturb._with_lines(page, [line for line in page.lines if "复议" not in line.text]) for page in pages]

    monkeypatch.setitem(perturb.PERTURBATIONS, "dropreview", drop_review)
    corpus = ROOT / "samples" / "handdec" / "cases"
    (doc, pdf, label), *_ = perturb.documents(False, [corpus])
    assert label["_checks"]["rights.remedies_in_decision"] == "pass"
    _, flips, crashed = perturb.run_document(doc, pdf, label, ["dropreview"], 1, 1, checks=True)
    assert not crashed
    assert any(flip.field == "rights.remedies_in_decision" and flip.broke for flip in flips)
    # without --checks only fields are compared
    _, flips, _ = perturb.run_document(doc, pdf, label, ["dropreview"], 1, 1)
    assert not any(flip.field.startswith("rights.") for flip in flips)


def test_a_name_at_the_same_height_but_elsewhere_on_the_line_is_not_a_running_head() -> None:
    """The agency's name centred over the title on the first page and set right in the signature block of the
    last, at the same height: neither is a running head, so a cut never copies the title onto a new page."""
    words = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
    first, last = _page(*(c * 9 for c in words)), _page(*(c * 8 for c in words))
    head = Line(text="某某市某某局", box=(280.0, 30.0, 340.0, 40.0), size=9)
    first.lines[:0] = [head, Line(text="某某市某某局", box=(250.0, 70.0, 370.0, 82.0), size=14)]
    last.lines[:0] = [head, Line(text="某某市某某局", box=(400.0, 70.0, 520.0, 82.0), size=14)]
    assert [sorted(running) for running in perturb._running([first, last])] == [[0], [0]]
    moved = last.lines[1].model_copy(update={"box": (250.0, 70.0, 370.0, 82.0)})
    last.lines[1] = moved  # printed at the same place on both pages: a second running line
    assert [sorted(running) for running in perturb._running([first, last])] == [[0, 1], [0, 1]]


def test_page_break_renumbers_a_fraction_after_the_agencys_name() -> None:
    words = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
    pages = [_page(*(c * 9 for c in words), "某某局　　1/2"), _page(*(c * 8 for c in words), "某某局　　2/2")]
    for page in pages:
        page.lines[-1] = page.lines[-1].model_copy(update={"box": (280.0, 800.0, 400.0, 812.0)})
    text = _text(perturb.page_break(pages, random.Random(2)))
    assert [text.count(f"某某局　　{n}/3") for n in (1, 2, 3)] == [1, 1, 1]
    # must not match: a ratio inside a body line is no page marker
    assert not perturb._FRACTION.match("占比1/2")


def test_rewrap_leaves_running_heads_as_printed() -> None:
    """A running head repeated at the top of every page stays one line: a word processor never wraps it with the
    body, so a re-wrapped head would print what no PDF prints."""
    head = "某某区市场监督管理局行政处罚文书"
    pages = [_page(head, "甲" * 30, "甲" * 30, "乙" * 12), _page(head, "丙" * 30, "丙" * 9)]
    for page in pages:  # the head in the top margin of each page
        page.lines[0] = page.lines[0].model_copy(update={"box": (72.0, 40.0, 72.0 + 14 * len(head), 54.0)})
    for seed in range(6):
        out = perturb.rewrap(pages, random.Random(seed))
        assert all(page.lines[0].text == head for page in out)
    assert any(perturb.rewrap(pages, random.Random(seed))[0].text != pages[0].text for seed in range(6))
