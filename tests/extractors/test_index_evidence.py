"""The 卷内目录 as evidence: a confirmed row starts a document where no title was recognised."""

from __future__ import annotations

from extractors.index_evidence import index_starts, shows_title
from extractors.segment import segment
from reviewer.core.model import Line, Page


def plain(index: int, *texts: str) -> Page:
    return Page(
        index=index,
        source="t.pdf",
        source_page=index,
        origin="text",
        text="\n".join(texts),
        lines=[Line(text=text) for text in texts],
    )


def _file(rows: str) -> list[Page]:
    return [
        plain(1, "行政处罚案卷", "案由：某案"),
        plain(2, "卷内目录", "序号 题名 页号", *rows.splitlines()),
        plain(3, "立案审批表", "案由：某案"),
        plain(4, "询问笔录", "询问时间：2024年3月1日", "被询问人：张三", "问：姓名？", "答：张三。"),
        plain(5, "编号：001", "情况说明", "我公司已于当日整改完毕。"),  # a heading below a line: not taken alone
        plain(6, "行政处罚决定书", "当事人：某公司"),
    ]


ROWS = "1 立案审批表 1\n2 询问笔录 2\n3 情况说明 3\n4 行政处罚决定书 4"


def _spans(pages: list[Page]) -> list[tuple[str, int, int]]:
    return [(i.kind, i.first_page, i.last_page) for i in segment(pages)]


def test_a_confirmed_row_opens_a_document_where_no_title_was_recognised() -> None:
    assert _spans(_file(ROWS))[3:5] == [("inquiry_record", 4, 4), ("other", 5, 5)]
    found = segment(_file(ROWS))
    assert found[4].title == "情况说明" and found[4].confidence <= 0.6


def test_rows_the_pages_do_not_confirm_move_nothing() -> None:
    wrong = "1 立案审批表 1\n2 询问笔录 2\n3 情况说明 4\n4 行政处罚决定书 4"  # 情况说明 is not on page 6
    assert ("inquiry_record", 4, 5) in _spans(_file(wrong))
    unrelated = "1 封面 1\n2 目录 2\n3 其他 3\n4 备考 4"  # an index that agrees with no page
    assert index_starts(segment(_file(unrelated)), _file(unrelated)) == {}


def test_title_shown_inside_a_line_or_within_a_few_edits() -> None:
    page = plain(1, "某某市应急管理局", "某某市应急管理局行政处罚决定书", "当事人：某公司")
    assert shows_title(page, "行政处罚决定书") and shows_title(page, "行政处罚决走书")
    assert not shows_title(page, "送达回证") and not shows_title(page, "书")
