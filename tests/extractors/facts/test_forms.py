"""Index rows (卷内文件目录) whose 题名 column is not the first, and whose cells wrap over lines."""

from __future__ import annotations

from extractors.facts.forms import index_rows

#: 序号 | 文号 | 责任者 | 题名 | 日期 | 页号, with the agency and the 文号 wrapping inside their cells.
MIDDLE_TITLES = """目　录
序号 文号 责任者 题名 日期 页号 备注
1
某某市应急管理
局
案件来源登记表 2024.11.15 1
2
某应急立字〔2024
〕第43号
某某市应急管理
局
立案审批表 2024.11.21 2
3 某某市应急管理
局
调查询问笔录 2024.11.26 3-5
4 代收银行 罚没款缴款凭证 2025.1.13 6
5 某某市应急管理
局
授权委托书 2024.11.26 7
"""


def test_title_column_found_wherever_it_sits() -> None:
    rows = index_rows(MIDDLE_TITLES)
    assert [(r.title, r.first, r.last, r.kind) for r in rows] == [
        ("案件来源登记表", 1, 1, "case_source"),
        ("立案审批表", 2, 2, "filing_approval"),
        ("调查询问笔录", 3, 5, "inquiry_record"),
        ("罚没款缴款凭证", 6, 6, "payment_receipt"),
        ("授权委托书", 7, 7, None),  # a document of no kind of ours: its heading, without a kind
    ]


def test_title_first_still_read() -> None:
    rows = index_rows("序号 题名 页号\n1 立案审批表 1\n2 询问笔录 2-3\n")
    assert [(r.title, r.first, r.last) for r in rows] == [("立案审批表", 1, 1), ("询问笔录", 2, 3)]
