"""Index rows (卷内文件目录) whose 题名 column is not the first, and whose cells wrap over lines."""

from __future__ import annotations

import pytest

from extractors.facts.forms import index_rows, payer

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("缴款人：某某商贸有限公司\n证件号码：91000000MA0000000X\n", ("某某商贸有限公司", "91000000MA0000000X")),
        # a bank form's label without a colon, the payee's label on the next line or the same one
        ("执收单位 某某县应急管理局\n缴款人全称 张某某\n收款人全称 某某县财政局非税收入专户\n", ("张某某", None)),
        ("缴款人全称 某某百货公司 收款人全称 某某市财政局", ("某某百货公司", None)),
        ("交款人姓名 李某\n金额（小写） ¥200.00\n", ("李某", None)),
        ("缴款单位名称：某某公司（法定代表人：王某）\n", ("某某公司", None)),
    ],
)
def test_payer_read_by_its_label(text: str, expected: tuple[str, str | None]) -> None:
    assert payer(text) == expected
