"""Statements made (陈述申辩): case 1 in which the party answers the notice, and the agency reviews what it said.

The party's representative comes in within the notice's five working days and a 陈述申辩笔录 records the
statement; the 行政处罚审批表 gains a 陈述申辩复核意见 row (the 复核 Art. 45 第一款 requires), and the decision
answers the reasons instead of saying none were given. `drop_review` is the defect `rights.statement_reviewed`:
the statement stays, every trace of its review goes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from samples import case_market
from samples.defects_text import drop_sentences
from samples.document import CaseDoc, Cell, InstrumentDoc, Para, Spacer, Table
from samples.edit import find, first, full_text, receipt_after, reindex
from samples.forms import cn_date, cn_datetime, fields, head, opinion, paginate, qa
from samples.market_facts import AGENCY, NOTICE_NO, PARTY, Cast, D, cast

NAME = "case-18-market-statement"
#: Two working days after the notice was served (2023-04-07, a Friday): inside its five-working-day period.
STATEMENT_DAY = dt.date(2023, 4, 11)
#: The 审批表 row holding the review, and the word every trace of a review carries.
REVIEW_LABEL = "陈述申辩复核意见"
REVIEW_WORD = "复核"
NOTICE_LABEL = "告知及陈述申辩情况"

_SILENT = "当事人在规定期限内未提出陈述、申辩，也未要求听证。"
_CLAIMS = "其系初次违法，检查后即主动停止销售并封存剩余商品，系受流动推销人员蒙骗购进，请求减轻处罚"
_REVIEW = (
    "经复核，当事人所称初次违法、主动停止销售并封存商品等情节，已在拟作出的处罚中作为从轻情节予以考虑；"
    "当事人未能提供供货人的真实身份和联系方式，不能证明该商品是自己合法取得并说明提供者，其所称受人蒙骗"
    "不属于依法应当减轻处罚的情形，减轻处罚的请求不予采纳，维持原拟处罚意见。"
)


def statement_record(c: Cast, day: dt.date = STATEMENT_DAY) -> InstrumentDoc:
    """陈述申辩笔录: the representative's statement against the notice, signed the same day."""
    o, m = c.officers, c.manager
    blocks = (
        head(AGENCY, "陈述申辩笔录")
        + fields(
            [
                ("时间", f"{cn_datetime(day, 9, 30)}至10时15分"),
                ("地点", "嵩川市市场监督管理局执法办案区第一询问室"),
                ("陈述申辩人", f"{PARTY}（法定代表人：{c.rep.name}）"),
                ("委托代理人", f"{m.name}　性别：{m.sex}　职务：门店经理"),
                ("身份证号码", m.id_number),
                ("承办人", o.with_certs),
                ("记录人", o.second),
            ]
        )
        + [
            Para(
                f"承办人：我们是{AGENCY}的执法人员（出示执法证件）。本局于{cn_date(D['notice_served'])}向你单位送达了"
                f"《行政处罚事先告知书》（{NOTICE_NO}），现依法听取你单位的陈述和申辩。你单位可以对告知的违法事实、"
                "证据、依据和拟作出的行政处罚提出意见，并可以提交证据。",
                indent=True,
            ),
        ]
        + qa(
            [
                ("你是否受当事人委托进行陈述申辩？", "是的，法定代表人出具了授权委托书，已经交给你们。"),
                ("你单位对告知书认定的违法事实和证据有无异议？", "事实没有异议，酱油确实是我们卖的。"),
                (
                    "你单位有什么陈述申辩意见？",
                    (
                        "我们是第一次违法，检查以后马上停止销售，剩下的都封存了。这批货是上门推销的人"
                        "骗我们进的，我们也是受害者，公司现在经营困难，请求减轻处罚。"
                    ),
                ),
                ("能否提供供货人的身份信息或者其他证据？", "只有一个手机号码，已经打不通了，没有其他证据。"),
                ("是否要求听证？", "不要求听证。"),
                ("还有什么补充？", "没有了。"),
            ]
        )
        + [
            Spacer(0.5),
            Para("以上笔录我已看过，与我所说的相符。"),
            Para(f"陈述申辩人（委托代理人）签名：{m.name}　　{cn_date(day)}"),
            Para(f"承办人签名：{o.names}　　{cn_date(day)}"),
            Para(f"记录人签名：{o.second}　　{cn_date(day)}"),
        ]
    )
    return InstrumentDoc("statement_record", "陈述申辩笔录", paginate([blocks]), None, day)


def _rows(table: Table, rows: list[tuple[Cell, ...]]) -> Table:
    return replace(table, rows=tuple(rows))


def _review_rows(c: Cast, rows: tuple[tuple[Cell, ...], ...], day: dt.date) -> list[tuple[Cell, ...]]:
    """The approval's rows with the statement reported and the review added below it."""
    out: list[tuple[Cell, ...]] = []
    for row in rows:
        label = str(row[0].content)
        if label != NOTICE_LABEL:
            out.append(row)
            continue
        told = (
            f"{cn_date(D['notice_served'])}送达《行政处罚事先告知书》（{NOTICE_NO}）；当事人于{cn_date(day)}"
            f"提出陈述、申辩（见陈述申辩笔录），称{_CLAIMS}；未要求听证。"
        )
        out.append((row[0], replace(row[1], content=told)))
        out.append((Cell(REVIEW_LABEL), replace(row[1], content=opinion(_REVIEW, c.officers.names, D["drafted"]))))
    return out


def build() -> CaseDoc:
    """Case 1 with a statement after the notice, its 复核 in the approval form and the decision's answer."""
    c = cast()
    case = case_market.build()
    case.case_id = case.name = NAME
    receipt = receipt_after(case, "prior_notice")
    assert receipt is not None
    case.instruments.insert(case.instruments.index(receipt) + 1, statement_record(c))
    approval, decision = first(case, "penalty_approval"), first(case, "penalty_decision")
    assert approval is not None and decision is not None
    for page in approval.pages:
        page.blocks = [
            _rows(b, _review_rows(c, b.rows, STATEMENT_DAY)) if isinstance(b, Table) else b for b in page.blocks
        ]
    answer = f"当事人于{cn_date(STATEMENT_DAY)}提出陈述、申辩，称{_CLAIMS}；当事人未要求听证。{_REVIEW}"
    for page in decision.pages:
        page.blocks = [
            replace(b, text=b.text.replace(_SILENT, answer)) if isinstance(b, Para) else b for b in page.blocks
        ]
    if _SILENT in full_text(decision) or REVIEW_LABEL not in full_text(approval):
        raise ValueError("case 1's approval or decision no longer reads as the statement variant expects")
    case.timeline["statement"] = STATEMENT_DAY
    reindex(case)
    return case


# --- the defect rights.statement_reviewed ------------------------------------------------------------------


def _reviewers(case: CaseDoc) -> list[InstrumentDoc]:
    return [ins for ins in case.instruments if ins.kind != "statement_record" and REVIEW_WORD in full_text(ins)]


def reviewed_statement(case: CaseDoc) -> bool:
    """The party made a statement and some instrument records its 复核."""
    return bool(find(case, "statement_record")) and bool(_reviewers(case))


def drop_review(case: CaseDoc) -> None:
    """Remove the 复核: the review rows of approval forms, and review sentences anywhere outside the statement."""
    for ins in _reviewers(case):
        for page in ins.pages:
            page.blocks = [
                _rows(b, [row for row in b.rows if REVIEW_WORD not in str(row[0].content)])
                if isinstance(b, Table)
                else b
                for b in page.blocks
            ]
        drop_sentences(ins, lambda sentence: REVIEW_WORD in sentence)
    assert not _reviewers(case)
