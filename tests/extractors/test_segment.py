"""Segmentation of a case file's pages into instruments, and the title matcher it relies on."""

from __future__ import annotations

import random

import pytest

from extractors.segment import segment
from extractors.titles import (
    classify_title,
    edge_marker,
    is_form_label,
    is_running_header,
    levenshtein,
    looks_like_title,
    marker,
    match_title,
    normalise,
)
from reviewer.core.model import Instrument, Line, Page

AGENCY = "郑州市市场监督管理局"


def plain(index: int, *texts: str) -> Page:
    """A page read as plain text lines, without any layout hints."""
    return Page(
        index=index,
        source="t.pdf",
        source_page=index,
        origin="text",
        text="\n".join(texts),
        lines=[Line(text=text) for text in texts],
        width=595,
        height=842,
    )


def laid(index: int, *lines: Line) -> Page:
    """A page whose lines carry layout hints."""
    return Page(
        index=index,
        source="t.pdf",
        source_page=index,
        origin="text",
        text="\n".join(line.text for line in lines),
        lines=list(lines),
        width=595,
        height=842,
    )


def body(text: str, top: float = 200.0) -> Line:
    """A left-aligned body line of 12 pt, boxed from margin to margin."""
    return Line(text=text, box=(72.0, top, 523.0, top + 14), size=12.0)


def heading(text: str, top: float = 80.0) -> Line:
    """A centred 18 pt heading, boxed around the page's middle."""
    half = 9.0 * len(text)
    return Line(text=text, box=(297.5 - half, top, 297.5 + half, top + 20), size=18.0)


def spans(instruments: list[Instrument]) -> list[tuple[str, int, int]]:
    return [(ins.kind, ins.first_page, ins.last_page) for ins in instruments]


# ── the title matcher on its own ────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("行政处罚案卷", "cover"),
        ("卷内文件目录", "index"),
        ("目录", "index"),
        ("案件来源登记表", "case_source"),
        ("立案审批表", "filing_approval"),
        ("行政处罚案件立案审批表", "filing_approval"),
        ("现场检查笔录", "inspection_record"),
        ("现场检查（勘验）笔录", "inspection_record"),
        ("询问笔录", "inquiry_record"),
        ("调查询问笔录", "inquiry_record"),
        ("证据清单", "evidence"),
        ("先行登记保存证据通知书", "evidence_preservation"),
        ("延长办案期限审批表", "extension_approval"),
        ("案件调查终结报告", "investigation_report"),
        ("法制审核意见书", "legal_review"),
        ("重大案件集体讨论记录", "collective_discussion"),
        ("行政处罚事先告知书", "prior_notice"),
        ("行政处罚听证告知书", "prior_notice"),
        ("陈述申辩笔录", "statement_record"),
        ("陈述（申辩）笔录", "statement_record"),
        ("听证通知书", "hearing_notice"),
        ("行政处罚听证通知书", "hearing_notice"),
        ("听证笔录", "hearing_record"),
        ("行政处罚听证笔录", "hearing_record"),
        ("行政处罚审批表", "penalty_approval"),
        ("行政处罚决定书", "penalty_decision"),
        ("当场行政处罚决定书", "onsite_decision"),
        ("行政处罚决定书（简易程序）", "onsite_decision"),
        ("不予行政处罚决定书", "no_penalty_decision"),
        ("送达回证", "service_receipt"),
        ("行政处罚文书送达回证", "service_receipt"),
        ("法律文书送达回证", "service_receipt"),
        ("当事人送达地址确认书", "service_receipt"),
        ("罚没款缴款书", "payment_receipt"),
        ("催告书", "enforcement"),
        ("结案审批表", "closing_report"),
        ("行政处罚案件结案审批表", "closing_report"),
        ("重大行政处罚备案表", "major_filing"),
        ("备考表", "record_back"),
    ],
)
def test_titles_of_many_kinds(line: str, kind: str) -> None:
    found = classify_title(line)
    assert found is not None and found[0] == kind


def test_most_specific_title_wins() -> None:
    assert classify_title("不予行政处罚决定书") == ("no_penalty_decision", "不予行政处罚决定书")
    assert classify_title("当场行政处罚决定书") == ("onsite_decision", "当场行政处罚决定书")
    assert classify_title("行政处罚听证告知书") == ("prior_notice", "行政处罚听证告知书")
    assert classify_title("听证通知书") == ("hearing_notice", "听证通知书")


@pytest.mark.parametrize(
    "line",
    ["行 政 处 罚 决 定 书", "行政处罚决定书 ", "行　政　处　罚　决　定　书", " 行政处罚 决定书："],
)
def test_spaced_and_padded_titles(line: str) -> None:
    assert classify_title(line) == ("penalty_decision", "行政处罚决定书")


@pytest.mark.parametrize(
    "line", ["询问笔录（第二次）", "询问笔录(第二次)", "询问笔录〔第2次〕", "询问笔录【续】", "询问笔录:"]
)
def test_full_and_half_width_punctuation(line: str) -> None:
    assert classify_title(line) == ("inquiry_record", "询问笔录")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("郑州市市场监督管理局行政处罚决定书", "penalty_decision"),
        ("XX县市场监督管理局行政处罚决定书", "penalty_decision"),
        ("郑州市金水区市场监督管理局不予行政处罚决定书", "no_penalty_decision"),
        ("郑州市城市管理局行政处罚事先告知书", "prior_notice"),
        ("郑州市生态环境局行政处罚案件立案审批表", "filing_approval"),
        ("XX县文化广电和旅游局（文物局）送达回证", "service_receipt"),
    ],
)
def test_agency_prefixed_titles(line: str, kind: str) -> None:
    found = classify_title(line)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("行政处罚决定书（简易程序）", "onsite_decision"),
        ("行政处罚决定书(简易)", "onsite_decision"),
        ("行政处罚决定书（正本）", "penalty_decision"),
        ("询问笔录（第三次）", "inquiry_record"),
        ("现场检查笔录（续页）", "inspection_record"),
    ],
)
def test_bracketed_suffixes(line: str, kind: str) -> None:
    found = classify_title(line)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("行政处罚决定节", "penalty_decision"),  # 书 misread
        ("行政处罚決定书", "penalty_decision"),  # traditional form
        ("不子行政处罚决定书", "no_penalty_decision"),
        ("案件调查终结报吿", "investigation_report"),
        ("行政处罚事先吿知书", "prior_notice"),
        ("行政处罚·决定书", "penalty_decision"),  # stray dot
    ],
)
def test_ocr_noise_within_allowance(line: str, kind: str) -> None:
    match = match_title(line)
    assert match is not None and match.kind == kind


def test_fuzzy_is_not_exact_and_short_titles_need_exact_text() -> None:
    assert match_title("行政处罚决定节").exact is False
    assert match_title("行政处罚决定书").exact is True
    assert classify_title("送达回讧") is None  # 4 chars: no edits allowed
    assert classify_title("吉案审批表") is None  # as near to 立案审批表 as to 结案审批表


@pytest.mark.parametrize(
    "line",
    [
        "现将行政处罚决定书送达你单位",
        "依据《行政处罚决定书》第二条",
        "送达文书名称：行政处罚决定书",
        "1 立案审批表 2023.05.01 1-2",
        "本局行政处罚决定书",
        "授权委托书",
        "行政处罚决定如下",
    ],
)
def test_body_mentions_are_not_titles(line: str) -> None:
    assert classify_title(line) is None


def test_helpers() -> None:
    assert normalise(" 【行政处罚】：") == "(行政处罚)"
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("询问笔录", "询问笔录") == 0
    assert levenshtein("abcdef", "uvwxyz", limit=2) == 3
    assert looks_like_title("授权委托书")
    assert not looks_like_title("兹委托张三办理。")
    assert not looks_like_title(AGENCY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("第2页 共3页", (2, 3)), ("共 3 页 第 1 页", (1, 3)), ("2/3", (2, 3)), ("第4页 共3页", None), ("第2页", None)],
)
def test_page_markers(text: str, expected: tuple[int, int] | None) -> None:
    assert marker(text) == expected


@pytest.mark.parametrize(
    "line",
    ["-1-", "第 3 页", "12", "第1页 共3页", AGENCY, "（正本）", "归档号：2023-0012", "豫郑市监罚〔2023〕15号"],
)
def test_running_headers(line: str) -> None:
    assert is_running_header(line)


def test_not_running_headers() -> None:
    assert not is_running_header("行政处罚决定书")
    assert not is_running_header("当事人：某公司")
    assert is_form_label("送达文书名称：") and is_form_label("送达文书名称") and not is_form_label("送达回证")


@pytest.mark.parametrize(
    "line", ["某某区市场监管行政处罚文书", "行政处罚文书", "某县综合执法文书", "某某市某某区行政执法案件名称"]
)
def test_banners_are_not_form_labels(line: str) -> None:
    """A running banner naming a class of documents, or a long line, is no cell awaiting its value."""
    assert not is_form_label(line)


@pytest.mark.parametrize("line", ["送达文书", "文书名称", "案由", "被送达文书："])
def test_short_cells_are_form_labels(line: str) -> None:
    assert is_form_label(line)


def test_title_under_a_document_class_banner() -> None:
    """A small banner ending in 行政处罚文书 above the agency and the title does not hide the title."""
    page = plain(
        1, "某某区市场监管行政处罚文书", AGENCY, "行政处罚决定书", "某市监罚〔2024〕1号", "当事人：某某有限公司"
    )
    assert [instrument.kind for instrument in segment([page])] == ["penalty_decision"]


def test_a_document_class_banner_is_no_head_of_the_title_under_it() -> None:
    """某某局行政执法文书 printed over 行政处罚决定书 and again at the top of the next page: a banner, not the title's
    first half — the title is the line under it and the next page goes on with the decision."""
    banner = "某某县市场监督管理局行政执法文书"
    first = plain(
        1, banner, "行政处罚决定书", "某市监价罚〔2019〕52号", "当事人名称：某某有限公司", "本局决定：罚款1500元。"
    )
    later = plain(2, banner, "请当事人在收到本决定书之日起十五日内缴纳罚款。", "某某县市场监督管理局", "2019年11月14日")
    instruments = segment([first, later])
    assert spans(instruments) == [("penalty_decision", 1, 2)]
    assert instruments[0].title == "行政处罚决定书"
    # must not match: a short line that completes the title still joins it (行政处罚决定书 + （简易程序）)
    joined = plain(1, "行政处罚决定书", "（简易程序）", "某市监简罚〔2019〕3号", "当事人：某某")
    assert segment([joined])[0].title == "行政处罚决定书（简易程序）"


# ── segmentation ────────────────────────────────────────────────────────────────────────────────────────


def test_three_page_inquiry_record_is_one_instrument() -> None:
    pages = [
        plain(
            1, "询问笔录", "询问时间：2023年5月1日9时至10时", "被询问人：张三", "问：我们是执法人员。", "第1页 共3页"
        ),
        plain(2, "答：知道了。", "问：你店销售的食品从何处购进？", "答：从批发市场。", "第2页 共3页"),
        plain(3, "问：还有补充吗？", "答：没有。", "被询问人签名：张三", "第3页 共3页"),
    ]
    assert spans(segment(pages)) == [("inquiry_record", 1, 3)]


def test_repeated_title_on_later_pages_continues_the_record() -> None:
    pages = [
        plain(1, "询问笔录", "询问时间：2023年5月1日", "问：你好。", "第1页 共3页"),
        plain(2, "询问笔录", "问：还有吗？", "答：有。", "第2页 共3页"),
        plain(3, "询问笔录（续）", "答：没有了。"),
    ]
    assert spans(segment(pages)) == [("inquiry_record", 1, 3)]


def test_repeated_title_without_markers_but_only_questions_continues() -> None:
    pages = [
        plain(1, "询问笔录", "询问时间：2023年5月1日", "被询问人：张三", "问：你好。"),
        plain(2, "询问笔录", "问：还有吗？", "答：有。"),
    ]
    assert spans(segment(pages)) == [("inquiry_record", 1, 2)]


def test_two_records_in_a_row_stay_apart() -> None:
    pages = [
        plain(1, "询问笔录", "询问时间：2023年5月1日", "被询问人：张三", "问：你好。", "第1页 共1页"),
        plain(2, "询问笔录", "询问时间：2023年5月2日", "被询问人：李四", "问：你好。", "第1页 共1页"),
    ]
    assert spans(segment(pages)) == [("inquiry_record", 1, 1), ("inquiry_record", 2, 2)]


def test_decision_title_repeated_as_a_running_header_continues_the_decision() -> None:
    pages = [
        plain(1, "行政处罚决定书", "嵩市监处罚〔2024〕17号", "当事人：嵩川县好运来超市", "经查，当事人销售商品"),
        plain(2, "行政处罚决定书", "未明码标价。当事人应当自收到本决定书之日起十五日内缴纳罚款。", "2024年3月4日"),
    ]
    assert spans(segment(pages)) == [("penalty_decision", 1, 2)]


def test_a_header_over_an_unnumbered_decision_continues_it() -> None:
    """No 文号, but the first page prints the title again under the same header: the header repeats on page 2."""
    pages = [
        plain(1, "行政处罚决定书", "嵩川县市场监督管理局", "行政处罚决定书", "当事人：嵩川县好运来超市", "经查，"),
        plain(2, "行政处罚决定书", "二、罚款2000元。", "当事人应当自收到本决定书之日起十五日内缴纳罚款。"),
    ]
    assert spans(segment(pages)) == [("penalty_decision", 1, 2)]
    # Without the repeated title an unnumbered decision's title page still opens a new one.
    single = [plain(1, "行政处罚决定书", "当事人：嵩川县好运来超市", "经查，"), pages[1]]
    assert spans(segment(single)) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]
    # A second headed decision with its own party block stays apart.
    second = plain(2, "行政处罚决定书", "嵩川县市场监督管理局", "行政处罚决定书", "当事人：嵩川县万家福超市")
    assert spans(segment([pages[0], second])) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]


def test_a_running_header_with_the_decisions_number_carries_it_over_a_section_heading() -> None:
    """Every page opens with the line the decision's first page opens with, 文号 and all: a page break that puts a
    section heading (【证据清单】) at a page's top does not open an evidence list there."""
    header = "嵩川县市场监督管理局行政处罚决定书（嵩市监处字〔2025〕第31号）"
    first = plain(
        1,
        header,
        "嵩川县市场监督管理局",
        "行政处罚决定书",
        "嵩市监处字〔2025〕第31号",
        "【当事人】",
        "名称：嵩川县某某公司",
    )
    later = plain(2, header, "【证据清单】", "（1）现场笔录一份，证明检查情况；", "（2）询问笔录一份。", "第2页/共3页")
    last = plain(3, header, "【处罚决定】", "罚款3000元。", "2025年6月3日", "第3页/共3页")
    assert spans(segment([first, later, last])) == [("penalty_decision", 1, 3)]
    # must not match: a header without the decision's number is a banner, not this decision's running header
    banner = "嵩川县市场监督管理局行政处罚文书"
    bare = [plain(1, banner, *first.text.splitlines()[1:]), plain(2, banner, *later.text.splitlines()[1:])]
    assert spans(segment(bare)) == [("penalty_decision", 1, 1), ("evidence", 2, 2)]
    # must not match: the same header over the title and party block again is another copy
    copy = plain(2, header, *first.text.splitlines()[1:])
    assert spans(segment([first, copy])) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]


def test_title_and_number_set_as_one_running_header_line_continue_the_decision() -> None:
    """The title and its 文号 printed as one header line on every page, the file numbered as a whole."""
    header = "嵩川县市场监督管理局　行政处罚决定书　嵩市监价罚〔2025〕31号"
    pages = [
        plain(
            1,
            header,
            "嵩川县市场监督管理局",
            "行政处罚决定书",
            "嵩市监价罚〔2025〕31号",
            "当事人名称：某某超市",
            "第1页 共5页",
        ),
        *(plain(n, header, "经查，当事人的行为违反了规定，", "本局决定如下。", f"第{n}页 共5页") for n in range(2, 6)),
    ]
    assert spans(segment(pages)) == [("penalty_decision", 1, 5)]
    # must not match: the next decision's header carries its own number
    other = plain(2, header.replace("31号", "32号"), "经查，当事人销售商品未标价。")
    assert spans(segment([pages[0], other])) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]
    # must not match: the same header over a party label opens a second copy
    again = plain(2, header, "当事人名称：某某超市", "经查，当事人销售商品未标价。")
    assert spans(segment([pages[0], again])) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]


def test_two_decisions_in_a_row_stay_apart() -> None:
    """Each has its own number, or its own party block: a second decision, not a running header."""
    numbered = [
        plain(1, "行政处罚决定书", "嵩市监处罚〔2024〕17号", "当事人：嵩川县好运来超市"),
        plain(2, "行政处罚决定书", "嵩市监处罚〔2024〕18号", "当事人：嵩川县万家福超市"),
    ]
    assert spans(segment(numbered)) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]
    unnumbered = [numbered[0], plain(2, "行政处罚决定书", "当事人：嵩川县万家福超市", "经查，")]
    assert spans(segment(unnumbered)) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]


def test_a_cover_sheet_before_the_decision_it_names_is_part_of_it() -> None:
    """A first page with the title over 案由／当事人／文号／送达方式 fields only, then the decision under the same
    文号: one document with a cover, not two decisions."""
    cover = plain(
        1,
        AGENCY,
        "行政处罚决定书",
        "（送达文书）",
        "案　　由：某某酒店有限公司价格欺诈案",
        "当 事 人：某某酒店有限公司",
        "文　　号：郑市监价罚〔2024〕5号",
        "送达方式：直接送达",
    )
    decision = plain(
        2, AGENCY, "行政处罚决定书", "郑市监价罚〔2024〕5号", "当事人：某某酒店有限公司", "经查，当事人拒绝退还差价。"
    )
    assert spans(segment([cover, decision])) == [("penalty_decision", 1, 2)]
    # must not match: a cover naming another number, or a first page with text of its own, opens nothing new
    other = plain(2, AGENCY, "行政处罚决定书", "郑市监价罚〔2024〕6号", "当事人：某某酒店有限公司", "经查，")
    assert spans(segment([cover, other])) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]
    full = plain(
        1, AGENCY, "行政处罚决定书", "郑市监价罚〔2024〕5号", "当事人：某某酒店有限公司", "经查，当事人拒绝退还差价。"
    )
    assert spans(segment([full, decision])) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]


def test_a_cover_sheet_whose_field_ran_onto_a_second_line_still_joins_its_decision() -> None:
    """A cover field's value wrapped at the margin (案由：…价格 / 欺诈案) is still one field: the cover and the
    decision under its 文号 stay one document."""
    decision = plain(
        2, AGENCY, "行政处罚决定书", "澄市监价罚〔2023〕12号", "当事人：某某宾馆有限公司", "经查，当事人未按承诺退款。"
    )

    def cover(*fields: str) -> Page:
        return plain(1, AGENCY, "行政处罚决定书", "（送达文书）", *fields, "送达方式：邮寄送达")

    wrapped = cover("案　　由：某某宾馆有限公司不履行价格", "承诺案", "文　　号：澄市监价罚〔2023〕12号")
    assert spans(segment([wrapped, decision])) == [("penalty_decision", 1, 2)]
    party = cover("当 事 人：某某宾馆有限公司（分", "店）", "文　　号：澄市监价罚〔2023〕12号")
    assert spans(segment([party, decision])) == [("penalty_decision", 1, 2)]
    # must not match: a line of running text under the fields is the decision's own body, not a field's tail
    body = cover("当 事 人：某某宾馆有限公司", "文　　号：澄市监价罚〔2023〕12号", "经查，当事人未按承诺退款")
    assert spans(segment([body, decision])) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]
    too_long = cover(
        "案　　由：某某宾馆有限公司不履行价格承诺案",
        "当事人在其经营场所门口设置的价目表上标示的房价与实际收取的房价不一致",
    )
    assert spans(segment([too_long, decision])) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]


def test_marker_printed_beside_the_title() -> None:
    pages = [
        plain(1, "询问笔录    第1页 共2页", "询问时间：2023年5月1日", "问：你好。"),
        plain(2, "询问笔录    第2页 共2页", "询问时间：2023年5月1日", "答：好。"),
        plain(3, "询问笔录（第2页）", "答：没有了。"),
    ]
    found = segment(pages)
    assert spans(found) == [("inquiry_record", 1, 3)]
    assert found[0].title == "询问笔录"


def test_whole_file_page_numbering_is_not_an_instrument_marker() -> None:
    pages = [
        plain(1, "立案审批表", "案由：某案", "第1页 共5页"),
        plain(2, "现场检查笔录", "检查时间：2023年5月1日", "第2页 共5页"),
        plain(3, "现场检查笔录", "检查时间：2023年5月2日", "第3页 共5页"),
        plain(4, "授权委托书", "兹委托张三。", "第4页 共5页"),
        plain(5, "行政处罚决定书", "当事人：某公司", "第5页 共5页"),
    ]
    assert spans(segment(pages)) == [
        ("filing_approval", 1, 1),
        ("inspection_record", 2, 2),
        ("inspection_record", 3, 3),
        ("other", 4, 4),
        ("penalty_decision", 5, 5),
    ]


def test_pdf_like_layout() -> None:
    def small(text: str, top: float) -> Line:
        return Line(text=text, box=(32.0, top, 32.0 + 12 * len(text), top + 11), size=12.0)

    def title(text: str) -> Line:
        return Line(text=text, box=(297.5 - 10 * len(text), 95.0, 297.5 + 10 * len(text), 113.0), size=20.0)

    pages = [
        laid(1, small(AGENCY, 80), title("立案审批表"), small("案由：涉嫌销售过期食品案", 130)),
        laid(
            2,
            title("询问笔录"),
            small("询问时间：2023年5月1日", 130),
            small("问：你好。", 150),
            small("第1页 共2页", 800),
        ),
        laid(
            3, small("答：现将行政处罚决定书送达你单位。", 40), small("行政处罚决定书", 60), small("第2页 共2页", 800)
        ),
        laid(4, title("授权委托书"), small("兹委托张三为代理人。", 130)),
        laid(5, small("张三的身份证复印件", 40)),
    ]
    assert spans(segment(pages)) == [("filing_approval", 1, 1), ("inquiry_record", 2, 3), ("other", 4, 5)]


def test_agency_header_and_page_number_lines_are_skipped() -> None:
    pages = [
        plain(1, "-1-", AGENCY, "立案审批表", "案由：涉嫌销售过期食品案"),
        plain(2, "第 2 页", "XX县市场监督管理局", "行 政 处 罚 决 定 书", "XX市监罚〔2023〕1号"),
    ]
    found = segment(pages)
    assert spans(found) == [("filing_approval", 1, 1), ("penalty_decision", 2, 2)]
    assert found[1].title == "行政处罚决定书"


def test_title_as_written_keeps_prefix_and_ocr_errors() -> None:
    found = segment([plain(1, "郑州市市场监督管理局行政处罚决定节", "当事人：某公司")])
    assert found[0].kind == "penalty_decision"
    assert found[0].title == "郑州市市场监督管理局行政处罚决定节"
    assert found[0].confidence == pytest.approx(0.8)


def test_confidence_exact_fuzzy_other() -> None:
    found = segment(
        [
            plain(1, "某某情况", "正文"),
            plain(2, "行政处罚决定书", "当事人：某公司"),
            plain(3, "行政处罚事先吿知书", "当事人：某公司"),
        ]
    )
    assert [ins.confidence for ins in found] == pytest.approx([0.5, 1.0, 0.8])


def test_title_split_over_two_lines() -> None:
    found = segment([plain(1, AGENCY, "行政处罚决定书", "（简易程序）", "当事人：张三")])
    assert spans(found) == [("onsite_decision", 1, 1)]


def test_unknown_title_starts_other_instrument() -> None:
    pages = [
        plain(1, "立案审批表", "案由：某案"),
        plain(2, "授权委托书", "兹委托张三为我公司代理人。"),
        plain(3, "行政处罚决定书", "当事人：某公司"),
    ]
    found = segment(pages)
    assert spans(found) == [("filing_approval", 1, 1), ("other", 2, 2), ("penalty_decision", 3, 3)]
    assert found[1].title == "授权委托书"
    assert found[1].confidence == pytest.approx(0.5)


def test_centred_unknown_heading_with_layout() -> None:
    page = laid(2, heading("整改情况说明"), body("我公司已于当日完成整改。"))
    found = segment([laid(1, heading("立案审批表"), body("案由：某案")), page])
    assert spans(found) == [("filing_approval", 1, 1), ("other", 2, 2)]
    assert found[1].title == "整改情况说明"


def test_untitled_first_page_is_other() -> None:
    found = segment([plain(1, "张三的身份证复印件正反面", "与原件一致"), plain(2, "立案审批表", "案由：某案")])
    assert spans(found) == [("other", 1, 1), ("filing_approval", 2, 2)]
    assert found[0].title == "" and found[0].doc_number is None


def test_blank_pages_continue_and_blank_first_page_is_other() -> None:
    blank = Page(index=1, source="t.pdf", source_page=1, origin="ocr")
    pages = [
        blank,
        plain(2, "行政处罚决定书", "当事人：某公司"),
        Page(index=3, source="t.pdf", source_page=3, origin="ocr"),
        plain(4, "送达回证", "受送达人：某公司"),
    ]
    assert spans(segment(pages)) == [("other", 1, 1), ("penalty_decision", 2, 3), ("service_receipt", 4, 4)]


def test_body_mentions_do_not_split() -> None:
    pages = [
        plain(1, "行政处罚决定书", "当事人：某公司", "经查，当事人销售过期食品。"),
        plain(2, "依据《行政处罚决定书》第二条，", "现将行政处罚决定书送达你单位", "行政处罚决定书"),
        plain(3, "送达回证", "送达文书名称：行政处罚决定书", "受送达人：某公司"),
        plain(4, "送达回证（续）", "送达文书名称", "行政处罚决定书", "备注："),
    ]
    assert spans(segment(pages)) == [("penalty_decision", 1, 2), ("service_receipt", 3, 4)]


def test_receipt_table_cell_after_a_label_is_not_a_title() -> None:
    pages = [
        plain(1, "行政处罚事先告知书", "当事人：某公司"),
        plain(2, "送達回証", "送达文书名称：", "行政处罚决定书", "受送达人：某公司"),
    ]
    assert spans(segment(pages)) == [("prior_notice", 1, 2)]


def test_table_cell_without_cue_is_not_a_title_when_layout_is_known() -> None:
    pages = [
        laid(1, heading("送达回证"), body("受送达人：某公司", 120)),
        laid(
            2,
            body("受送达人：某公司", 60),
            body("送达地点：某地", 80),
            body("送达方式：直接送达", 100),
            Line(text="行政处罚决定书", box=(72, 120, 200, 134), size=12.0),
        ),
    ]
    assert spans(segment(pages)) == [("service_receipt", 1, 2)]


@pytest.mark.parametrize(
    "title_line",
    [
        Line(text="行政处罚决定书", align="center"),
        Line(text="行政处罚决定书", size=18.0),
        Line(text="行政处罚决定书", bold=True),
        heading("行政处罚决定书"),
    ],
)
def test_layout_cues_find_a_title_below_other_lines(title_line: Line) -> None:
    page = laid(
        2,
        body("案件编号：2023-001", 40),
        body("正本", 50),
        body("当事人：某公司", 60),
        title_line,
        body("经查，当事人销售过期食品。"),
    )
    found = segment([laid(1, heading("立案审批表"), body("案由：某案")), page])
    assert spans(found)[-1] == ("penalty_decision", 2, 2)


def test_index_page_is_one_instrument() -> None:
    rows = [
        "序号 文号 责任者 题名 日期 页号",
        "1 郑州市市场监督管理局 立案审批表 2023.05.01 1",
        "2 询问笔录 2023.05.02 2-4",
        "3 现场检查笔录 2023.05.02 5",
        "4 行政处罚事先告知书 2023.06.01 6",
        "5 豫郑市监罚〔2023〕15号 行政处罚决定书 2023.06.20 7",
        "6 送达回证 2023.06.21 8",
    ]
    pages = [
        plain(1, "卷内文件目录", *rows),
        plain(2, "7", "结案审批表", "8", "备考表", "9", "罚没款缴款书", "10", "催告书"),
        plain(3, "立案审批表", "案由：某案"),
    ]
    found = segment(pages)
    assert spans(found) == [("index", 1, 2), ("filing_approval", 3, 3)]
    assert found[0].doc_number is None


def test_index_cells_one_per_line() -> None:
    cells = [
        "序号",
        "题名",
        "页号",
        "1",
        "立案审批表",
        "1",
        "2",
        "询问笔录",
        "2",
        "3",
        "行政处罚决定书",
        "3",
        "4",
        "送达回证",
        "4",
    ]
    pages = [plain(1, "行政处罚案卷", "案由：某案"), plain(2, "卷 内 目 录", *cells), plain(3, *cells)]
    assert spans(segment(pages)) == [("cover", 1, 1), ("index", 2, 3)]


def test_index_table_without_its_title() -> None:
    cells = ["序号", "题名", "页号", "日期", "立案审批表", "询问笔录", "现场检查笔录", "行政处罚决定书", "送达回证"]
    pages = [plain(1, "行政处罚案卷", "案由：某案"), plain(2, *cells), plain(3, "立案审批表", "案由：某案")]
    found = segment(pages)
    assert spans(found) == [("cover", 1, 1), ("index", 2, 2), ("filing_approval", 3, 3)]
    assert found[1].title == ""


def test_page_one_marker_without_title_starts_other() -> None:
    pages = [
        plain(1, "行政处罚决定书", "当事人：某公司"),
        plain(2, "照片一", "第1页 共2页"),
        plain(3, "照片二", "第2页 共2页"),
    ]
    assert spans(segment(pages)) == [("penalty_decision", 1, 1), ("other", 2, 3)]


# ── 文号 ────────────────────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "number",
    [
        "豫郑市监罚〔2023〕15号",
        "豫环罚[2023]8号",
        "郑城管罚（2024）第103号",
        "郑城管罚(2024)第103号",
        "豫郑市监罚【2023】15号",
        "豫郑市监罚［2023］15号",
    ],
)
def test_doc_number_under_the_title(number: str) -> None:
    found = segment([plain(1, AGENCY, "行政处罚决定书", number, "当事人：某公司")])
    assert found[0].doc_number == number


@pytest.mark.parametrize(
    ("above", "line", "number"),
    [
        ("（某）执法证字第某A123 号 （临）", "市监罚〔2026〕9 号", "（临）市监罚〔2026〕9号"),
        ("（某）执法证字第某A123 号 （临）市", "监罚〔2026〕54 号", "（临）市监罚〔2026〕54号"),
        ("行政处罚决定书", "某市监罚〔2026〕9号", "某市监罚〔2026〕9号"),
        ("当事人：某某（个体）", "某市监罚〔2026〕9号", "某市监罚〔2026〕9号"),
    ],
)
def test_a_bracketed_place_wrapped_onto_the_line_above_the_number(above: str, line: str, number: str) -> None:
    found = segment([plain(1, AGENCY, "行政处罚决定书", above, line, "当事人：某公司")])
    assert found[0].doc_number == number


def test_doc_number_with_spaces_and_label() -> None:
    found = segment([plain(1, "行政处罚事先告知书", "  文号：豫郑市监告 〔2023〕 9 号  ", "当事人：某公司")])
    assert found[0].doc_number == "豫郑市监告〔2023〕9号"


def test_doc_number_none_when_absent_or_only_cited() -> None:
    pages = [
        plain(1, "行政处罚决定书", "当事人：某公司"),
        plain(2, "催告书", "某公司：", "我局于2023年6月1日作出豫郑市监罚〔2023〕15号行政处罚决定书，"),
        plain(3, "送达回证", "送达文书名称：行政处罚决定书", "豫郑市监罚〔2023〕15号", "受送达人：某公司"),
        plain(4, "行政处罚案卷", "案件名称：某公司销售过期食品案", "豫郑市监罚〔2023〕15号"),
    ]
    assert [ins.doc_number for ins in segment(pages)] == [None, None, None, None]


def test_doc_number_of_a_receipt_directly_under_its_title() -> None:
    found = segment([plain(1, "送达回证", "豫郑市监送〔2023〕3号", "送达文书名称：行政处罚决定书")])
    assert found[0].doc_number == "豫郑市监送〔2023〕3号"


def test_doc_number_only_on_the_first_page() -> None:
    pages = [plain(1, "询问笔录", "询问时间：2023年5月1日"), plain(2, "豫郑市监罚〔2023〕15号", "答：是。")]
    assert segment(pages)[0].doc_number is None


# ── instrument contents ─────────────────────────────────────────────────────────────────────────────────


def test_text_joins_pages_and_date_is_left_unset() -> None:
    found = segment([plain(1, "询问笔录", "问：甲"), plain(2, "答：乙", "第2页 共2页")])
    assert found[0].text == "询问笔录\n问：甲\n答：乙\n第2页 共2页"
    assert found[0].date is None


def test_page_with_text_but_no_lines() -> None:
    page = Page(index=1, source="t.docx", source_page=1, origin="docx", text="  \n听证通知书\n某公司：\n")
    assert spans(segment([page])) == [("hearing_notice", 1, 1)]


def test_no_pages() -> None:
    assert segment([]) == []


# ── every page exactly once, over random files ──────────────────────────────────────────────────────────

_DOCUMENTS = [
    ("filing_approval", "立案审批表", ["案由：某案", "承办人意见：建议立案"]),
    ("inquiry_record", "询问笔录", ["询问时间：2023年5月1日", "问：你好。", "答：你好。"]),
    ("inspection_record", "现场检查笔录", ["检查时间：2023年5月1日", "检查情况：货架上有过期食品。"]),
    ("prior_notice", "行政处罚事先告知书", ["某公司：", "我局拟对你单位作出如下处罚。"]),
    ("penalty_decision", "行政处罚决定书", ["当事人：某公司", "经查，当事人销售过期食品。"]),
    ("no_penalty_decision", "不予行政处罚决定书", ["当事人：某公司", "经查，违法行为轻微。"]),
    ("service_receipt", "送达回证", ["送达文书名称：行政处罚决定书", "受送达人：某公司"]),
    ("closing_report", "结案审批表", ["案由：某案", "执行情况：已缴纳罚款。"]),
    ("other", "授权委托书", ["兹委托张三为代理人。"]),
]


def _styled(title: str, rng: random.Random) -> list[str]:
    """The title as some template might print it: spaced, prefixed, under an agency line."""
    style = rng.randrange(4)
    if style == 1:
        return [" ".join(title)]
    if style == 2 and title != "授权委托书":
        return [AGENCY + title]
    if style == 3:
        return [AGENCY, title]
    return [title]


def _random_file(seed: int) -> tuple[list[Page], list[tuple[str, int, int]]]:
    rng = random.Random(seed)
    pages: list[Page] = []
    truth: list[tuple[str, int, int]] = []
    for _ in range(rng.randint(1, 12)):
        kind, title, lines = rng.choice(_DOCUMENTS)
        count = rng.randint(1, 3)
        first = len(pages) + 1
        for number in range(1, count + 1):
            marker = [f"第{number}页 共{count}页"] if rng.random() < 0.5 else []
            head = _styled(title, rng) if number == 1 else []
            pages.append(plain(len(pages) + 1, *head, *rng.sample(lines, len(lines)), *marker))
            if rng.random() < 0.15:
                pages.append(Page(index=len(pages) + 1, source="t.pdf", source_page=len(pages) + 1, origin="ocr"))
        truth.append((kind, first, len(pages)))
    return pages, truth


@pytest.mark.parametrize("seed", range(40))
def test_random_files_are_covered_exactly_once(seed: int) -> None:
    pages, truth = _random_file(seed)
    found = segment(pages)
    covered = [page for ins in found for page in range(ins.first_page, ins.last_page + 1)]
    assert covered == [page.index for page in pages]
    assert all(ins.first_page <= ins.last_page for ins in found)
    assert spans(found) == truth


_NOISE_LINES = [
    "行政处罚决定书",
    "现将行政处罚决定书送达你单位",
    "问：你好。",
    "第1页 共2页",
    "第2页 共2页",
    "",
    "  ",
    AGENCY,
    "授权委托书",
    "卷内文件目录",
    "序号 题名 页号",
    "豫郑市监罚〔2023〕15号",
    "答：是。",
    "询问笔录（续）",
]


@pytest.mark.parametrize("seed", range(20))
def test_any_pages_are_covered_exactly_once(seed: int) -> None:
    rng = random.Random(1000 + seed)
    pages = []
    for index in range(1, rng.randint(1, 30) + 1):
        texts = [rng.choice(_NOISE_LINES) for _ in range(rng.randint(0, 6))]
        lines = [
            Line(text=text, align=rng.choice([None, "center", "left"]), size=rng.choice([None, 12.0, 18.0]))
            for text in texts
        ]
        pages.append(
            Page(index=index, source="t.pdf", source_page=index, origin="ocr", lines=lines, text="\n".join(texts))
        )
    found = segment(pages)
    covered = [page for ins in found for page in range(ins.first_page, ins.last_page + 1)]
    assert covered == [page.index for page in pages]
    assert all(ins.date is None and 0 < ins.confidence <= 1 for ins in found)


def test_banner_above_a_known_title_does_not_hide_it() -> None:
    """Receipts print an issuer banner (河南省非税收入票据) centred above their own title."""
    pages = [
        laid(1, heading("行政处罚决定书"), body("当事人：某公司")),
        laid(2, heading("河南省非税收入票据", top=60.0), heading("罚没款缴款书", top=85.0), body("缴款人 某公司")),
        laid(3, heading("授权委托书"), body("委托人：某公司")),
    ]
    assert spans(segment(pages)) == [("penalty_decision", 1, 1), ("payment_receipt", 2, 2), ("other", 3, 3)]
    assert segment(pages)[1].title == "罚没款缴款书"


def test_continued_title_over_a_new_record_header_is_a_new_record() -> None:
    pages = [
        plain(
            1,
            "询问笔录",
            "询问时间：2024年3月1日9时至10时",
            "询问地点：本局",
            "被询问人：张三",
            "问：姓名？",
            "答：张三。",
        ),
        plain(2, "问：还有吗？", "答：没有。", "被询问人签名：张三"),
        plain(3, "询问笔录（续）", "询问时间：2024年3月5日9时至10时", "询问地点：本局", "被询问人：李四", "问：姓名？"),
        plain(4, "询问笔录（续）", "问：经营多久了？", "答：两年。"),
    ]
    assert spans(segment(pages)) == [("inquiry_record", 1, 2), ("inquiry_record", 3, 4)]


def test_evidence_headings_each_open_an_instrument() -> None:
    pages = [
        plain(1, "证据材料清单", "序号 证据名称 证据来源 证明对象 页数", "1 营业执照复印件 当事人提供 主体资格 1"),
        plain(2, "当事人主体资格证明", "此复印件与原件核对一致。"),
        plain(3, "现场照片（1）", "拍摄时间 2024年3月1日", "拍摄地点 某路1号"),
        plain(4, "云泽省非税收入一般缴款书", "票据号码 No.1 填制日期 2024-04-15"),
    ]
    found = segment(pages)
    kinds = ["evidence", "evidence", "evidence", "payment_receipt"]
    assert spans(found) == [(kind, n, n) for n, kind in enumerate(kinds, start=1)]
    assert found[2].title == "现场照片（1）" and found[2].confidence == pytest.approx(0.8)


def test_unclassified_instruments_say_what_they_might_be() -> None:
    pages = [
        plain(1, "立案审批表", "案由：某案"),
        plain(2, "责令改正通知书", "你单位应于十日内改正。"),
        plain(3, "结案情况登记簿", "本案已执行完毕。"),  # an unknown heading naming a 结案 document
        plain(4, "行政处罚决定书", "当事人：某公司"),
    ]
    found = segment(pages)
    assert [(i.kind, i.could_be) for i in found] == [
        ("filing_approval", []),
        ("other", []),
        ("other", ["closing_report"]),
        ("penalty_decision", []),
    ]


def test_title_split_after_a_half_that_ends_like_an_agency() -> None:
    page = plain(1, AGENCY, "履行行政处", "罚决定催告书", "某某号", "某公司：", "本局于2024年3月1日作出决定。")
    found = segment([plain(1, "行政处罚决定书", "当事人：某公司"), page.model_copy(update={"index": 2})])
    assert spans(found) == [("penalty_decision", 1, 1), ("enforcement", 2, 2)]
    assert found[1].title == "履行行政处罚决定催告书"


def test_statement_waiver_in_other_words_is_a_statement_record() -> None:
    found = segment(
        [plain(1, "行政处罚告知书", "某公司："), plain(2, "放弃陈述申辩和听证权利声明", "本单位自愿放弃。")]
    )
    assert spans(found) == [("prior_notice", 1, 1), ("statement_record", 2, 2)]


def test_a_title_set_in_a_side_column_is_joined() -> None:
    """A title broken a few characters a line, its 文号 beside the last piece."""
    (decision,) = segment(
        [
            plain(
                1, "某某县", "市场监督管", "理局行政处", "罚决定书 某市监处罚〔2025〕172号", "对某某公司的行政处罚决定"
            ),
            plain(2, "当事人：某某有限公司", "经查，当事人……", "决定处罚如下：罚款1000元。"),
        ]
    )
    assert (decision.kind, decision.first_page, decision.last_page) == ("penalty_decision", 1, 2)
    assert decision.title == "行政处罚决定书" and decision.doc_number == "某市监处罚〔2025〕172号"


@pytest.mark.parametrize("last", ["罚决 定书 某市监处罚〔2025〕172号", "罚 决定书 某市监处罚〔2025〕172号"])
def test_a_side_column_title_with_a_stray_space_in_its_last_piece_is_joined(last: str) -> None:
    """A text layer's stray space inside the title's tail: the tail runs on to the space before the 文号."""
    (decision,) = segment(
        [
            plain(1, "某某 县", "市场监 督管", "理局行政处", last, "对某某公司的行政处罚决定"),
            plain(2, "当事人：某某有限公司", "经查，当事人……", "决定处罚如下：罚款1000元。"),
        ]
    )
    assert decision.kind == "penalty_decision" and decision.title == "行政处罚决定书"
    assert decision.doc_number == "某市监处罚〔2025〕172号"


def test_a_side_column_tail_run_on_past_a_space_must_leave_only_a_number() -> None:
    """Past the first space the tail may only run on when nothing but a 文号 follows it: words after it are a
    sentence, not a column title."""
    (found, *_) = segment(
        [plain(1, "某某县", "市场监督管", "理局行政处", "罚决 定书 已于当日送达当事人", "对某某公司的处罚")]
    )
    assert found.kind != "penalty_decision"


@pytest.mark.parametrize(("tail", "number"), [(["号"], "某市监处罚〔2025〕172号"), (["号码"], "某市监处罚〔2025〕172")])
def test_a_side_column_titles_number_keeps_the_hao_pushed_to_the_next_line(tail: list[str], number: str) -> None:
    """The column is too narrow for the number's 号, printed alone on the next line; a longer line is no 号."""
    (decision,) = segment(
        [
            plain(1, "某某县", "市场监督管", "理局行政处", "罚决定书 某市监处罚〔2025〕172", *tail, "对某某公司的处罚"),
            plain(2, "当事人：某某有限公司", "经查，当事人……", "决定处罚如下：罚款1000元。"),
        ]
    )
    assert decision.title == "行政处罚决定书" and decision.doc_number == number


@pytest.mark.parametrize("gap", ["\u3000\u3000\u3000", "      ", "\u3000"])
def test_a_title_with_its_number_beside_it_after_a_wide_gap(gap: str) -> None:
    """The 文号 typed on the title's own line, pushed right by spaces: the line is still the title."""
    (decision,) = segment(
        [plain(1, "某某县市场监督管理局", f"行政处罚决定书{gap}某市监处〔2024〕8号", "当事人：某某商店", "经查……")]
    )
    assert decision.kind == "penalty_decision" and decision.title == "行政处罚决定书"
    assert decision.doc_number == "某市监处〔2024〕8号"


@pytest.mark.parametrize(
    "line",
    [
        "行政处罚决定书      某市监处〔2024〕8号的附件",  # the part after the gap is more than a number
        "本局送达了行政处罚决定书      某市监处〔2024〕8号",  # a sentence naming a decision, no title
        "行政处罚决定书某市监处〔2024〕8号",  # no gap: a mention run together, not a heading with its number
    ],
)
def test_a_title_and_number_line_needs_a_gap_and_a_lone_number(line: str) -> None:
    found = segment([plain(1, "某某县市场监督管理局", line, "当事人：某某商店", "经查……")])
    assert all(ins.doc_number != "某市监处〔2024〕8号" or ins.title != "行政处罚决定书" for ins in found)


@pytest.mark.parametrize("party", ["当事人：某某食品经营部", "当事人名称：某某食品经营部", "被处罚人：某某食品经营部"])
def test_a_penalty_number_over_the_party_block_opens_a_decision_without_a_printed_title(party: str) -> None:
    (decision,) = segment([plain(1, "某市监处〔2023〕51012423000185号", party, "经查，当事人……")])
    assert decision.kind == "penalty_decision" and decision.doc_number == "某市监处〔2023〕51012423000185号"
    assert decision.title == "" and decision.confidence < 1


@pytest.mark.parametrize("number", ["某市监罚告〔2023〕12号", "某市监立〔2023〕12号"])
def test_a_notice_or_filing_number_over_the_party_opens_no_decision(number: str) -> None:
    (instrument,) = segment([plain(1, number, "当事人：某某食品经营部", "经查，当事人……")])
    assert instrument.kind != "penalty_decision"


def test_a_penalty_number_over_other_words_opens_no_decision() -> None:
    (instrument,) = segment([plain(1, "某市监处〔2023〕12号", "处罚决定执行情况：已缴清", "经办人：某某")])
    assert instrument.kind != "penalty_decision"


def test_a_footer_spilled_to_the_next_page_does_not_open_an_instrument() -> None:
    """Page 2's text layer opens with page 1's footer (第 1 页共 2 页) and ends with its own: one decision."""
    first = plain(1, "行政处罚决定书", "某市监处〔2024〕7号", "当事人：某商店", "经查，当事人多收价款。")
    second = plain(
        2, "第 1 页共 2 页", "违反了某规定。", "决定罚款500元。", "某市市场监督管理局", "2024年5月6日", "第 2 页共 2 页"
    )
    found = segment([first, second])
    assert [(i.kind, i.first_page, i.last_page) for i in found] == [("penalty_decision", 1, 2)]


def test_a_first_page_marker_alone_still_opens_an_instrument() -> None:
    """A page whose only marker says 第1页 starts a new untitled instrument, as before."""
    first = plain(1, "行政处罚决定书", "某市监处〔2024〕7号", "当事人：某商店", "第 1 页共 1 页")
    second = plain(2, "第 1 页共 2 页", "送达地点：某路", "受送达人：某商店", "某某", "某某", "某某", "某某")
    found = segment([first, second])
    assert len(found) == 2


def test_an_agency_printed_before_the_title_on_its_line_is_no_part_of_the_title() -> None:
    found = segment([plain(1, "某某县市场监督管理局行政处罚决定书", "某县市监罚〔2024〕7号", "当事人：某商店")])
    assert [(i.kind, i.title) for i in found] == [("penalty_decision", "行政处罚决定书")]


def test_a_title_with_a_qualifier_that_is_no_agency_is_kept_whole() -> None:
    found = segment([plain(1, "当场行政处罚决定书", "编号：某当罚〔2024〕7号", "当事人：某商店")])
    assert found[0].title.replace(" ", "") == "当场行政处罚决定书"


def test_footers_written_one_page_late_do_not_split_an_instrument() -> None:
    """Each footer sits on the next page (page 2 shows 第1页, page 3 第2页, the signing page 第3页): one decision."""
    first = plain(1, "行政处罚决定书", "某市监处〔2024〕8号", "当事人：某超市", "经查，当事人未明码标价，其中复印件由")
    second = plain(2, "提供人核对。", "第 1 页 共 3 页", "本局认为，当事人违反了某规定。", "依据某规定，")
    third = plain(3, "决定处罚如下：", "第 2 页 共 3 页", "罚款二千元。", "不服的可申请复议。")
    last = plain(4, "某市市场监督管理局", "2024年11月7日", "第 3 页 共 3 页")
    found = segment([first, second, third, last])
    assert [(i.kind, i.first_page, i.last_page) for i in found] == [("penalty_decision", 1, 4)]


def test_a_first_page_marker_after_a_longer_unmarked_instrument_still_opens_one() -> None:
    """The late-footer reading holds only for an instrument's second page: after two unmarked pages a page
    numbered 第1页 starts a new (untitled) instrument."""
    first = plain(1, "行政处罚决定书", "某市监处〔2024〕9号", "当事人：某商店", "经查，当事人多收价款。")
    second = plain(2, "违反了某规定。", "决定罚款500元。", "某市市场监督管理局", "2024年5月6日")
    third = plain(3, "第 1 页 共 2 页", "送达地点：某路", "受送达人：某商店", "某某", "某某", "某某", "某某")
    found = segment([first, second, third])
    assert len(found) == 2


# ── dashed page numbers ("- 2 -") ───────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "expected"),
    [("- 2 -", (2, 0)), ("— 3 —", (3, 0)), ("-2-", (2, 0)), ("－4－", (4, 0)), ("——12——", (12, 0))],
)
def test_dashed_page_numbers_are_edge_markers(text: str, expected: tuple[int, int]) -> None:
    assert edge_marker(text) == expected and marker(text) is None


@pytest.mark.parametrize("text", ["2-3", "- 注：", "- 2", "2 -", "-2-3-", "- 2 元 -", "-0-", "第2页"])
def test_list_items_ranges_and_amounts_are_not_dashed_page_numbers(text: str) -> None:
    assert edge_marker(text) is None


def _inspection(index: int, footer: str) -> Page:
    """A page of an invented 现场检查笔录 with its title repeated on top and `footer` at its foot."""
    return plain(index, "现场检查笔录", "检查地点：青禾县某路8号", "检查情况：货架上的商品未标价。", footer)


def test_a_repeated_title_over_a_dashed_later_page_continues_the_instrument() -> None:
    found = segment([_inspection(1, "- 1 -"), _inspection(2, "- 2 -")])
    assert [(i.kind, i.first_page, i.last_page) for i in found] == [("inspection_record", 1, 2)]


def test_a_repeated_title_without_a_page_number_is_a_new_instrument() -> None:
    found = segment([_inspection(1, "检查人：王某"), _inspection(2, "检查人：王某")])
    assert len(found) == 2


def test_a_dashed_number_out_of_sequence_says_nothing() -> None:
    """- 5 - on an instrument's second page is no page of it (a file-wide number): the repeated title opens one."""
    found = segment([_inspection(1, "检查人：王某"), _inspection(2, "- 5 -")])
    assert len(found) == 2


def test_a_dashed_number_inside_a_page_is_not_its_marker() -> None:
    lines = [
        "现场检查笔录",
        "检查地点：青禾县某路8号",
        "-2-",
        "检查情况：货架上的商品未标价。",
        "检查人：王某",
        "记录人：李某",
    ]
    found = segment([_inspection(1, "检查人：王某"), plain(2, *lines)])
    assert len(found) == 2


def test_a_dashed_first_page_number_spilled_to_the_next_page_does_not_open_an_instrument() -> None:
    first = plain(1, "行政处罚决定书", "青市监处〔2024〕3号", "当事人：某茶行", "经查，当事人多收价款。")
    second = plain(2, "- 1 -", "违反了某规定。", "决定罚款800元。", "青禾县市场监督管理局", "2024年6月3日", "- 2 -")
    found = segment([first, second])
    assert [(i.kind, i.first_page, i.last_page) for i in found] == [("penalty_decision", 1, 2)]


def test_banner_over_a_later_page_continues_the_decision() -> None:
    """A banner printed above the title on the first page and again atop the next page is a running header:
    the page carries the decision's last sentence on, it opens no new instrument."""
    banner = "某某区市场监管行政处罚文书"
    first = plain(
        1, banner, AGENCY, "行政处罚决定书", "某市监罚〔2024〕1号", "当事人：某某有限公司", "也可以在六个月内直接向人"
    )
    second = plain(2, banner, "民法院提起行政诉讼。", AGENCY, "二〇二四年一月二日")
    assert [(instrument.kind, instrument.last_page) for instrument in segment([first, second])] == [
        ("penalty_decision", 2)
    ]


def test_banner_not_above_the_title_still_opens_a_page() -> None:
    """Must not match: an unknown heading that the first page did not print above its title opens its own."""
    first = plain(1, AGENCY, "行政处罚决定书", "某市监罚〔2024〕1号", "当事人：某某有限公司", "罚款一千元。")
    second = plain(2, "某某区市场监管行政处罚文书", "情况说明书", "某某事项的说明。")
    assert [instrument.kind for instrument in segment([first, second])] == ["penalty_decision", "other"]


def _decision_page() -> Page:
    return plain(
        1,
        "某某县市场监督管理局",
        "行政处罚决定书",
        "某市监处罚〔2025〕12号",
        "当事人：某某县某某理发店",
        "本局决定对当事人罚款人民币捌佰元。",
        "某某县市场监督管理局",
        "（印章）",
    )


@pytest.mark.parametrize("date", ["2025年3月24日", "二〇二五年三月二十四日", "２０２５年３月２４日", "2025.3.24"])
def test_a_decisions_date_pushed_over_the_break_above_its_receipt_stays_with_the_decision(date: str) -> None:
    """The signing date opens the next page with the decision's tear-off 送达回执 under it: one instrument, as when
    the break falls elsewhere; the date in any shape the signing block is read in."""
    receipt = plain(2, date, "送达回执", "受送达人签收：　　　签收日期：　　年　　月　　日")
    assert spans(segment([_decision_page(), receipt])) == [("penalty_decision", 1, 2)]


def test_a_whole_signing_block_pushed_over_the_break_above_its_receipt_stays_with_the_decision() -> None:
    """The agency's name, the seal mark and the date all open the next page, a 送达回证 under them: the block is the
    decision's, as when only the date was pushed over."""
    decision = plain(
        1, "某某县市场监督管理局", "行政处罚决定书", "某市监处罚〔2025〕12号", "当事人：某某理发店", "罚款捌佰元。"
    )
    receipt = plain(
        2, "某某县市场监督管理局", "（印章）", "2025年3月24日", "送达回证", "受送达人签名：　　年　　月　　日"
    )
    assert spans(segment([decision, receipt])) == [("penalty_decision", 1, 2)]


def test_an_agency_name_above_a_receipt_without_a_date_opens_the_receipt() -> None:
    """Must not match: the agency's name (and seal) over a receipt with no signing date is the receipt's own head."""
    decision = plain(
        1, "某某县市场监督管理局", "行政处罚决定书", "某市监处罚〔2025〕12号", "当事人：某某理发店", "罚款捌佰元。"
    )
    receipt = plain(2, "某某县市场监督管理局", "（印章）", "送达回证", "受送达人签名：　　年　　月　　日")
    assert spans(segment([decision, receipt]))[-1][0] == "service_receipt"


@pytest.mark.parametrize(
    "first",
    [
        ["送达回执", "受送达人签收：　　　签收日期：　　年　　月　　日"],  # no date above the title
        ["详见下页", "送达回执", "受送达人签收：　　　签收日期：　　年　　月　　日"],  # other words above it
        ["2025年　月　日", "送达回执", "受送达人签收："],  # a blank date is no signing date
        ["2025年3月24日送达", "送达回执", "受送达人签收："],  # a date inside words
    ],
)
def test_a_receipt_page_without_a_lone_date_above_its_title_is_its_own(first: list[str]) -> None:
    """Must not match: a receipt whose page opens with its title, or with words that are no date, is a document."""
    assert spans(segment([_decision_page(), plain(2, *first)]))[-1][0] == "service_receipt"


def test_a_date_above_a_receipt_after_a_record_opens_the_receipt() -> None:
    """Must not match: only a decision keeps a receipt its date sits over."""
    record = plain(1, "询问笔录", "询问时间：2023年5月1日", "被询问人：张三", "问：你好。")
    receipt = plain(2, "2025年3月24日", "送达回执", "受送达人签收：")
    assert spans(segment([record, receipt]))[-1][0] == "service_receipt"


def test_a_letter_spaced_split_title_beside_its_number_is_the_decision() -> None:
    """行政处罚 / 决 定 书   某市监处罚〔2022〕17号: the title's tail letter-spaced, the 文号 after a wider gap."""
    page = plain(
        1,
        "某某市市场监督管理局",
        "行政处罚",
        "决 定 书   某 市 监 处 罚〔2022〕17号",
        "当事人名称：某某医药连锁有限公司",
        "经查，当事人销售药品未明码标价。",
    )
    (instrument,) = segment([page])
    assert instrument.kind == "penalty_decision"
    assert instrument.doc_number is not None and "".join(instrument.doc_number.split()) == "某市监处罚〔2022〕17号"
    # must not match: letter-spaced words that are no title's tail stay an unknown heading
    other = plain(1, "某某市市场监督管理局", "行政处罚", "情 况 说 明   某某〔2022〕17号", "经查，当事人销售药品。")
    assert segment([other])[0].kind != "penalty_decision"


def _column_line(text: str, top: float, indent: float = 0.0) -> Line:
    """A body line of a narrow text column set right of the page's middle (a wide left margin)."""
    return Line(text=text, box=(230.0 + indent, top, 230.0 + indent + 11.5 * len(text), top + 11), size=11.5)


@pytest.mark.parametrize("section", ["五、处罚决定", "（三）处罚决定", "第二部分 处罚决定"])
def test_a_numbered_section_heading_in_a_narrow_column_continues_the_decision(section: str) -> None:
    first = laid(
        1, heading("行政处罚决定书"), body("当事人：某公司"), body("本局于2024年4月2日送达告知书，当事人在法定期限内")
    )
    second = laid(
        2, _column_line("未提出陈述申辩意见。", 75), _column_line(section, 95, 23), _column_line("罚款8000元。", 115)
    )
    assert spans(segment([first, second])) == [("penalty_decision", 1, 2)]


def test_an_unnumbered_centred_heading_in_the_same_column_still_opens_a_document() -> None:
    """Must not match: a centred heading without a section number is still an unknown document's title."""
    first = laid(1, heading("立案审批表"), body("案由：某案"))
    second = laid(2, _column_line("整改情况说明", 75, 23), _column_line("我公司已于当日完成整改。", 95))
    assert spans(segment([first, second])) == [("filing_approval", 1, 1), ("other", 2, 2)]


# ── a title in a header's small type over the same title as heading ─────────────────────────────────────


def _small(text: str, top: float) -> Line:
    """A centred 9 pt header line."""
    return Line(text=text, box=(297.5 - 4.5 * len(text), top, 297.5 + 4.5 * len(text), top + 10), size=9.0)


def test_heading_under_a_smaller_header_of_the_same_kind_is_the_title() -> None:
    page = laid(1, _small("税务行政处罚决定书", 30.0), heading("行政处罚决定书"), body("当事人：某某商店"))
    (instrument,) = segment([page])
    assert instrument.kind == "penalty_decision" and instrument.title == "行政处罚决定书"


def test_same_size_line_of_the_same_kind_below_stays_body() -> None:
    # a title followed by a line of its own size naming the same kind: the first line stays the title
    page = laid(1, heading("税务行政处罚决定书"), heading("行政处罚决定书", 110.0), body("当事人：某某商店"))
    (instrument,) = segment([page])
    assert instrument.title == "税务行政处罚决定书"


# ── a document's name quoted in running text, wrapped by a narrow column ────────────────────────────────


def _decision_then(second: Page) -> list[Instrument]:
    first = laid(1, heading("行政处罚决定书"), body("当事人：某某商店", 120.0), body("经查，当事人多收费用。", 140.0))
    return segment([first, second])


def _narrow(text: str, top: float) -> Line:
    """A line of a narrow column set in the page's middle (every line of it looks centred)."""
    return Line(text=text, box=(240.0, top, 355.0, top + 14), size=12.0)


def test_quoted_name_wrapped_over_lines_is_not_a_title() -> None:
    lines = ("本局于某日向当", "事人送达了《价", "格行政处罚事先告知书", "》（某告〔2020〕3号）", "，告知其权利。")
    second = laid(2, *(_narrow(text, 72.0 + 18 * at) for at, text in enumerate(lines)))
    assert spans(_decision_then(second)) == [("penalty_decision", 1, 2)]


def test_title_after_a_closed_quotation_stays_a_title() -> None:
    second = laid(2, body("依据《某某法》", 40.0), heading("行政处罚事先告知书"), body("当事人：某某商店", 120.0))
    assert spans(_decision_then(second))[-1] == ("prior_notice", 2, 2)


def test_a_cover_sheet_with_a_running_footer_still_joins_its_decision() -> None:
    """A copy note or a page marker printed at the foot of every page (本文书一式两份…, 第1页 共3页) is the page's
    furniture: under the cover's fields it does not make the cover a page with text of its own."""
    decision = plain(
        2, AGENCY, "行政处罚决定书", "岚市监价罚〔2025〕8号", "当事人：某某旅馆有限公司", "经查，当事人未兑现承诺。"
    )

    def cover(*foot: str) -> Page:
        fields = ("案　　由：某某旅馆有限公司价格欺诈案", "文　　号：岚市监价罚〔2025〕8号", "送达方式：邮寄送达")
        return plain(1, AGENCY, "行政处罚决定书", "（送达文书）", *fields, *foot)

    for foot in ("本文书一式三份，一份交当事人，一份归档，一份留存。", "第1页 共3页", "某某局 第 1 页（共 3 页）"):
        assert spans(segment([cover(foot), decision])) == [("penalty_decision", 1, 2)], foot
    # must not match: a sentence under the fields that is no furniture is the page's own text
    said = cover("本局已于当日将本文书送达当事人。")
    assert spans(segment([said, decision])) == [("penalty_decision", 1, 1), ("penalty_decision", 2, 2)]


def test_a_banner_over_a_title_on_the_next_line_is_not_joined_to_it() -> None:
    """An agency's banner ending in 行政处罚文书, the title printed whole on the line under it: the title alone."""
    page = plain(1, "某某市物价局行政处罚文书", "行政处罚决定书", "某价罚〔2017〕3号", "当事人：某某有限公司")
    (decision,) = segment([page])
    assert decision.kind == "penalty_decision" and "文书" not in decision.title
    # must not match: a title split over two lines is still joined (行政处罚 / 决定书)
    split = plain(1, AGENCY, "行政处罚", "决定书", "某市监罚〔2024〕1号", "当事人：某某有限公司")
    (whole,) = segment([split])
    assert whole.kind == "penalty_decision" and whole.title.replace(" ", "") == "行政处罚决定书"


def test_an_agency_banner_over_the_title_is_a_running_header() -> None:
    """某区市场监督管理局文书 printed over 不予行政处罚决定书 and again at the top of the next page: the agency's banner,
    neither part of the title nor the head of a new instrument."""
    banner = "某某区市场监督管理局文书"
    first = plain(
        1, banner, "不予行政处罚决定书", "某市监不罚〔2023〕2号", "当事人：某某有限公司", "本局决定：不予行政处罚。"
    )
    later = plain(2, banner, "人民政府申请行政复议。", "某某区市场监督管理局", "2023年2月21日")
    instruments = segment([first, later])
    assert spans(instruments) == [("no_penalty_decision", 1, 2)]
    assert instruments[0].title == "不予行政处罚决定书"


def test_a_no_penalty_notice_before_its_decision_is_the_prior_notice() -> None:
    """A 不予行政处罚告知书 on its own page before the 不予行政处罚决定书: one word from the decision's title, it is
    the notice, so the decision read is the one after it."""
    notice = plain(1, AGENCY, "不予行政处罚告知书", "某市监罚告〔2025〕4号", "某某文具店：", "本局拟不予行政处罚。")
    decision = plain(2, AGENCY, "不予行政处罚决定书", "某市监罚字〔2025〕第9号", "当事人：某某文具店")
    assert spans(segment([notice, decision])) == [("prior_notice", 1, 1), ("no_penalty_decision", 2, 2)]
    # must not match: a decision's title misread by one character is still the decision
    misread = plain(1, AGENCY, "不予行政处罚決定书", "某市监罚字〔2025〕第9号", "当事人：某某文具店")
    assert spans(segment([misread])) == [("no_penalty_decision", 1, 1)]
