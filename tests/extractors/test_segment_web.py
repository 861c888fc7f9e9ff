"""Decisions saved from a government 公示 web page and printed: the page's furniture (site name, breadcrumbs,
发布时间/浏览次数, a summary table, other decisions' summaries) stands above the decision's title."""

from __future__ import annotations

import pytest

from extractors.segment import segment
from extractors.titles import match_title, number_note
from reviewer.core.model import Line, Page

NUMBER = "某市监处罚〔2025〕26号"


def laid(*lines: Line) -> Page:
    return Page(
        index=1,
        source="w.pdf",
        source_page=1,
        origin="text",
        text="\n".join(line.text for line in lines),
        lines=list(lines),
        width=595,
        height=842,
    )


def body(text: str, top: float, left: float = 72.0) -> Line:
    return Line(text=text, box=(left, top, left + 11 * len(text), top + 11), size=10.5)


def heading(text: str, top: float) -> Line:
    half = 7.5 * len(text)
    return Line(text=text, box=(297.5 - half, top, 297.5 + half, top + 15), size=15.0)


FURNITURE = [
    "某某市人民政府",
    "首页 > 信息公开 > 行政处罚",
    "发布时间：2025-03-18　　来源：市市场监管局　　浏览次数：120",
    "一、某市监处罚〔2025〕24号",
    "行政相对人名称：某某五金商店　　违法行为类型：不按规定明码标价",
    "处罚内容：罚款500元　　处罚决定日期：2025-03-06",
    "二、某市监处罚〔2025〕25号",
    "行政相对人名称：某某物流有限公司　　违法行为类型：拒绝提供资料",
    "处罚内容：警告　　处罚决定日期：2025-03-07",
]
PARTY = ["当事人：某某商贸有限公司", "统一社会信用代码：91000000MA0000000X", "本局于2025年1月9日对当事人开展检查。"]


def _page(title: Line, under: list[str]) -> Page:
    lines = [body(text, 60.0 + 18 * at) for at, text in enumerate(FURNITURE)]
    lines.append(title)
    lines += [body(text, 260.0 + 18 * at) for at, text in enumerate(under)]
    return laid(*lines)


def test_a_decision_title_under_web_furniture_opens_the_decision() -> None:
    found = segment([_page(heading("某某市市场监督管理局行政处罚决定书", 230.0), [NUMBER, *PARTY])])
    assert [(ins.kind, ins.doc_number) for ins in found] == [("penalty_decision", NUMBER)]
    assert found[0].title == "行政处罚决定书"


@pytest.mark.parametrize(
    ("title", "under"),
    [
        (body("行政处罚决定书", 230.0), [NUMBER, *PARTY]),  # no heading: a line of body text
        (heading("行政处罚决定书", 230.0), ["送达方式：直接送达", "受送达人：某某商贸有限公司"]),  # no 文号, no party
        (heading("行政处罚决定书", 230.0), PARTY),  # a party block but no 文号 under the heading
    ],
)
def test_a_deep_line_is_no_decision_title_without_heading_number_and_party(title: Line, under: list[str]) -> None:
    assert [ins.kind for ins in segment([_page(title, under)])] == ["other"]


def test_a_title_carrying_its_own_number_in_brackets() -> None:
    match = match_title("某某区市场监督管理局行政处罚决定书（某市监价罚〔2020〕14号）")
    assert match is not None and match.kind == "penalty_decision" and match.exact
    assert number_note("某某区市场监督管理局行政处罚决定书（某市监价罚〔2020〕14号）") == (
        "某某区市场监督管理局行政处罚决定书",
        "某市监价罚〔2020〕14号",
    )


@pytest.mark.parametrize(
    "line",
    [
        "关于某某公司的情况说明（某市监价罚〔2020〕14号）",  # no title before the number
        "本局作出行政处罚决定书（某市监价罚〔2020〕14号）",  # a sentence
    ],
)
def test_a_bracketed_number_makes_no_title_of_other_text(line: str) -> None:
    assert match_title(line) is None


@pytest.mark.parametrize("line", ["行政处罚决定书（副本）", "行政处罚决定书（第2页）", "行政处罚决定书"])
def test_bracketed_notes_that_are_no_number(line: str) -> None:
    assert number_note(line) is None


WEB_TOP = ["某某区人民政府", "首页 > 信息公开 > 行政处罚", "发布时间：2026-02-13　　浏览次数：41", "分享到：微信　微博"]


def test_a_web_page_title_whose_number_the_page_repeats() -> None:
    lines = [
        *WEB_TOP,
        "某某区市场监督管理局行政处罚决定书（某市监处罚〔2026〕9号）",
        "行政相对人名称：某某超市｜处罚类别：罚款",
        "行政处罚决定书 某市监处罚〔2026〕9号 当事人：某某超市 经营者：张*",
    ]
    page = Page(index=1, source="w.pdf", source_page=1, origin="text", text="\n".join(lines), lines=[])
    found = segment([page])
    assert [(ins.kind, ins.doc_number, ins.title) for ins in found] == [
        ("penalty_decision", "某市监处罚〔2026〕9号", "行政处罚决定书")
    ]


def test_a_link_to_another_decision_is_no_title() -> None:
    lines = [
        *WEB_TOP,
        "· 某某区市场监督管理局行政处罚决定书（某市监处罚〔2026〕7号）",
        "· 某某区2026年春节前价格提醒告诫书",
        "当事人如不服本决定，可以在六十日内申请行政复议。",
    ]
    page = Page(index=1, source="w.pdf", source_page=1, origin="text", text="\n".join(lines), lines=[])
    assert [ins.kind for ins in segment([page])] == ["other"]


def test_furniture_above_the_title_is_left_out_of_the_decisions_text() -> None:
    agency = heading("某某市市场监督管理局", 212.0)
    page = _page(heading("行政处罚决定书", 230.0), [NUMBER, *PARTY])
    page = laid(*page.lines[:-4], agency, *page.lines[-4:])
    found = segment([page])
    assert [ins.kind for ins in found] == ["penalty_decision"]
    text = found[0].text
    assert "罚款500元" not in text and "浏览次数" not in text  # other decisions' summaries, the page's furniture
    assert "某某市市场监督管理局" in text and text.index("某某市市场监督管理局") < text.index(NUMBER)
    assert len(text) == len(page.text)  # blanked, so offsets into the page hold


def test_a_decision_title_at_a_pages_top_keeps_the_lines_above_it() -> None:
    lines = ["XX-2025-001", "行政处罚决定书", NUMBER, *PARTY]
    page = Page(index=1, source="w.pdf", source_page=1, origin="text", text="\n".join(lines), lines=[])
    assert segment([page])[0].text == page.text


def test_the_decisions_printed_title_under_the_web_pages_title_opens_it() -> None:
    lines = [
        body("某某市人民政府", 40.0),
        body("首页 > 信息公开 > 行政处罚", 58.0),
        heading("某某区市场监督管理局行政处罚决定书（某市监处罚〔2024〕117号）", 80.0),
        body("发布时间：2024-05-27 16:03　　浏览次数：86", 100.0),
        body("字号：大　中　小", 118.0),
        heading("行政处罚决定书", 140.0),
        body("某市监处罚〔2024〕117号", 160.0),
        body("当事人：某某烘焙店", 180.0),
    ]
    found = segment([laid(*lines)])
    assert [(ins.kind, ins.doc_number) for ins in found] == [("penalty_decision", "某市监处罚〔2024〕117号")]
    assert "字号" not in found[0].text and "当事人：某某烘焙店" in found[0].text


def test_a_running_header_the_later_pages_repeat_stays_in_the_text() -> None:
    header = "某某县人民政府网　　行政处罚公示"
    first = _page(heading("行政处罚决定书", 230.0), [NUMBER, *PARTY])
    first = laid(body(header, 30.0), *first.lines)
    second = Page(
        index=2,
        source="w.pdf",
        source_page=2,
        origin="text",
        text=f"{header}\n申请行政复议。\n某某市市场监督管理局\n2025年3月11日",
        lines=[],
    )
    found = segment([first, second])
    assert [(ins.kind, ins.first_page, ins.last_page) for ins in found] == [("penalty_decision", 1, 2)]
    assert found[0].text.startswith(header) and "浏览次数" not in found[0].text
