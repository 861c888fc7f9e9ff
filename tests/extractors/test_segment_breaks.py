"""Page breaks in awkward places: the decision stays one instrument whether the break falls under its title, after a
printed web page's summary, inside a sentence, or puts the title right under a summary's label line."""

from __future__ import annotations

from extractors.segment import segment
from reviewer.core.model import Instrument, Line
from tests.extractors.test_segment import laid as page
from tests.extractors.test_segment_web import body, heading

NUMBER = "某市监处罚〔2025〕26号"


def column(*texts: str, top: float = 60.0, left: float = 72.0) -> list[Line]:
    return [body(text, top + 18 * at, left) for at, text in enumerate(texts)]


def spans(found: list[Instrument]) -> list[tuple[str, int, int, str | None]]:
    return [(ins.kind, ins.first_page, ins.last_page, ins.doc_number) for ins in found]


PARTY = ["当事人：某某商贸有限公司", "统一社会信用代码：91000000MA0000000X", "本局于2025年1月9日对当事人开展检查。"]
REST = ["依据《中华人民共和国价格法》第四十二条的规定，决定罚款2000元。", "某某市市场监督管理局", "2025年3月6日"]
SUMMARY = [
    "某某市人民政府　信息公开",
    "首页 > 信息公开 > 行政处罚 > 正文",
    "发布时间：2025-03-18　　浏览次数：120",
    "行政相对人名称：某某商贸有限公司",
    "处罚类别：罚款　　处罚决定日期：2025-03-06",
]


def test_a_web_pages_own_heading_alone_on_the_first_page_is_furniture() -> None:
    """The site's heading for the decision (its 文号 in brackets), breadcrumbs and the summary fill page 1; the
    decision's own title, number and party block open page 2. (A page of label：value rows alone under the heading
    is a cover sheet, one document with the decision.)"""
    first = page(
        1,
        *column(SUMMARY[0]),
        heading(f"某某市市场监督管理局行政处罚决定书（{NUMBER}）", 90.0),
        *column(*SUMMARY[1:], top=120.0),
    )
    second = page(2, heading("行政处罚决定书", 60.0), *column(NUMBER, *PARTY, *REST, top=90.0))
    assert spans(segment([first, second])) == [("other", 1, 1, None), ("penalty_decision", 2, 2, NUMBER)]


def test_a_numbered_title_page_with_its_own_head_stays_a_decision() -> None:
    """Must not match: a first page that gives the number again on its own line is the decision's (a running
    header over its printed title); the next page with the same head is another copy."""
    header = f"某某市市场监督管理局行政处罚决定书（{NUMBER}）"
    first = page(1, *column(header, "行政处罚决定书", NUMBER, "名称：某某商贸有限公司"))
    copy = page(2, *column(header, "行政处罚决定书", NUMBER, "名称：某某商贸有限公司"))
    assert [ins.kind for ins in segment([first, copy])] == ["penalty_decision", "penalty_decision"]


def test_a_web_heading_over_another_decisions_page_stays() -> None:
    """Must not match: the next page opens a decision under a different 文号."""
    first = page(
        1,
        *column(SUMMARY[0]),
        heading(f"某某市市场监督管理局行政处罚决定书（{NUMBER}）", 90.0),
        *column(*SUMMARY[1:], top=120.0),
    )
    other = "某市监处罚〔2025〕27号"
    second = page(2, heading("行政处罚决定书", 60.0), *column(other, *PARTY, *REST, top=90.0))
    assert [ins.doc_number for ins in segment([first, second])] == [NUMBER, other]


def test_a_break_right_under_the_title_keeps_one_decision() -> None:
    """The title (and the agency over it) is all page 1 holds; page 2 opens with the 文号 over the party block."""
    first = page(1, body("某某县市场监督管理局", 60.0, 250.0), heading("行政处罚决定书", 80.0))
    second = page(2, *column(NUMBER, *PARTY, *REST))
    assert spans(segment([first, second])) == [("penalty_decision", 1, 2, NUMBER)]


def test_a_numbered_page_after_a_whole_decision_is_another_decision() -> None:
    """Must not match: the page before already had its number and body: the numbered page is a second decision."""
    first = page(1, heading("行政处罚决定书", 60.0), *column("某市监处罚〔2025〕25号", *PARTY, *REST, top=90.0))
    second = page(2, *column(NUMBER, *PARTY, *REST))
    assert [ins.doc_number for ins in segment([first, second])] == ["某市监处罚〔2025〕25号", NUMBER]


def test_a_page_opening_mid_sentence_goes_on_with_the_decision() -> None:
    """A narrow column broken at a clause: page 2 opens with "；三、并处罚款…" and a short indented line that
    looks like a heading; the sentence goes on, so does the decision."""
    first = page(
        1, heading("行政处罚决定书", 60.0), *column(NUMBER, *PARTY, "决定：一、责令改正；二、没收违法所得", top=90.0)
    )
    second = page(
        2, body("；三、并处罚款4000元。", 60.0), body("当事人应于收到本决定书", 78.0, 230.0), *column(*REST, top=96.0)
    )
    assert spans(segment([first, second])) == [("penalty_decision", 1, 2, NUMBER)]


def test_a_page_opening_with_a_new_heading_is_not_mid_sentence() -> None:
    """Must not match: a page whose first line is a heading of its own (no leading punctuation) opens anew."""
    first = page(1, heading("行政处罚决定书", 60.0), *column(NUMBER, *PARTY, *REST, top=90.0))
    second = page(2, heading("现场检查情况说明", 60.0), *column("2025年1月9日，执法人员到场检查。", top=90.0))
    assert [ins.kind for ins in segment([first, second])] == ["penalty_decision", "other"]


def test_a_decision_title_right_under_a_summary_label_opens_the_decision() -> None:
    """A printed web page: the summary's rows, then 决定书全文： and the decision's heading under it within the top
    lines; the label does not hide the heading."""
    lines = [
        *column("统一社会信用代码　91000000MA0000000X", "处罚决定日期　2025-03-06", "决定书全文："),
        heading("行政处罚决定书", 120.0),
        *column(NUMBER, *PARTY, *REST, top=145.0),
    ]
    found = segment([page(1, *column(*SUMMARY)), page(2, *lines)])
    assert spans(found) == [("other", 1, 1, None), ("penalty_decision", 2, 2, NUMBER)]


def test_a_label_over_a_decisions_name_without_its_head_is_no_decision() -> None:
    """Must not match: a receipt's 送达文书： label over the decision's name, with no 文号 and party block under it."""
    lines = [
        *column("送达回证", "送达文书："),
        heading("行政处罚决定书", 100.0),
        *column("受送达人：某某商贸有限公司", "送达地点：某某路1号", "送达方式：直接送达", top=125.0),
    ]
    assert "penalty_decision" not in [ins.kind for ins in segment([page(1, *lines)])]


def test_a_title_page_with_only_its_number_joins_the_decision_under_the_same_number() -> None:
    """A title page (the agency, the title, a note for whom the copy is, the 文号) before the decision's own first page
    under the same 文号: one decision, whatever the page markers say."""
    cover = page(
        1,
        body("某某市市场监督管理局", 60.0, 250.0),
        heading("行政处罚决定书", 80.0),
        body("（送达当事人用）", 110.0, 260.0),
        body(NUMBER, 130.0, 240.0),
    )
    decision = page(2, heading("行政处罚决定书", 60.0), *column(NUMBER, *PARTY, *REST, top=90.0))
    assert spans(segment([cover, decision])) == [("penalty_decision", 1, 2, NUMBER)]


def test_a_title_page_under_another_number_stays_apart() -> None:
    """Must not match: the next decision carries another 文号, so the title page is not its cover."""
    cover = page(1, heading("行政处罚决定书", 80.0), body(NUMBER, 130.0, 240.0))
    other = "某市监处罚〔2025〕27号"
    decision = page(2, heading("行政处罚决定书", 60.0), *column(other, *PARTY, *REST, top=90.0))
    assert [ins.doc_number for ins in segment([cover, decision])] == [NUMBER, other]
