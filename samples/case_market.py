"""Case 1: 市场监管 general procedure — a trader sold soy sauce bearing another's trademark; fine 30,000 yuan.

A complete, clean file in the usual filing order (封面 → 目录 → 案源 → 立案 → 调查 → 终结报告 → 告知 → 送达 →
审批 → 决定 → 送达 → 缴款 → 结案 → 备考). Not major and not hearing-eligible under Henan's thresholds
(organisation: 100,000 / 50,000 yuan); the notice still offers 听证, as many agencies' templates do.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from samples import market_decision as late
from samples import market_docs as early
from samples.document import CaseDoc
from samples.forms import assemble_general, cn_date, payment_slip, record_back, service_receipt
from samples.market_facts import ADDRESS, AGENCY, DECISION_NO, FINE, NOTICE_NO, PARTY, D, cast


def build() -> CaseDoc:
    """Assemble case 1 from its instruments."""
    c = cast()
    o = c.officers
    body = [
        early.source(c),
        early.filing(c),
        early.inspection(c),
        early.inquiry(c),
        early.license_copy(c),
        early.appraisal(c),
        early.evidence_list(c),
        late.report(c),
        late.notice(c),
        service_receipt(
            AGENCY,
            f"行政处罚事先告知书\n{NOTICE_NO}",
            PARTY,
            ADDRESS,
            "直接送达",
            f"{c.rep.name}（法定代表人）",
            o,
            D["notice_served"],
        ),
        late.approval(c),
        late.decision(c),
        service_receipt(
            AGENCY,
            f"行政处罚决定书\n{DECISION_NO}",
            PARTY,
            ADDRESS,
            "直接送达",
            f"{c.rep.name}（法定代表人）",
            o,
            D["served"],
        ),
        payment_slip(
            "罚没款缴款书",
            PARTY,
            c.code,
            f"{AGENCY}（嵩川市财政局非税收入专户）",
            FINE,
            f"{DECISION_NO}行政处罚决定书",
            D["paid"],
            c.ticket,
            "中国工商银行嵩川分行营业部",
            agency_line="河南省非税收入票据",
        ),
        late.closing(c),
    ]
    body.append(
        record_back(
            AGENCY,
            f"本卷共收集文书材料{len(body)}份，均为原件或经核对无误的复印件。处罚决定已执行完毕，罚款已缴清，"
            "没收物品已登记入库。卷内材料按办案顺序排列，页码连续，无缺页。",
            o.second,
            c.section_head,
            D["archived"],
        )
    )
    cover_lines = [
        ("案　　由", "销售侵犯注册商标专用权的商品"),
        ("当 事 人", PARTY),
        ("案　　号", DECISION_NO),
        ("处理结果", f"没收侵权商品，罚款人民币{FINE}元"),
        ("立案日期", cn_date(D["filed"])),
        ("结案日期", cn_date(D["closed"])),
        ("承 办 人", o.names),
        ("归 档 号", "2023-CF-015"),
    ]
    timeline: dict[str, dt.date | None] = {
        "discovered": D["discovered"],
        "filed": D["filed"],
        "investigated": D["inspected"],
        "investigation_reported": D["reported"],
        "notified": D["notified"],
        "notice_served": D["notice_served"],
        "approved": D["approved"],
        "decided": D["decided"],
        "served": D["served"],
        "paid": D["paid"],
        "closed": D["closed"],
    }
    return CaseDoc(
        case_id="case-01-market",
        name="case-01-market",
        agency=AGENCY,
        procedure="general",
        instruments=assemble_general(AGENCY, body, cover_lines),
        timeline=timeline,
        party=PARTY,
        party_type="organisation",
        fine_yuan=Decimal(FINE),
        is_major=False,
        hearing_eligible=False,
        party_code=c.code,
    )
