"""Case 2: 生态环境 general procedure — wastewater over the limit; 150,000 yuan, a major and hearing-eligible penalty.

Adds what a major case needs (听证告知 → 听证 → 法制审核 → 集体讨论 → 决定 → 备案), a letter-spaced decision
title, [2023]-style numbers, dot and ISO dates in places, and one party-written page of kind `other`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from samples import env_decision as late
from samples import env_docs as early
from samples.document import CaseDoc
from samples.env_facts import ADDRESS, AGENCY, DECISION_NO, FINE, HEARING_NO, NOTICE_NO, PARTY, D, cast
from samples.forms import assemble_general, dot_date, iso_date, payment_slip, record_back, service_receipt


def build() -> CaseDoc:
    """Assemble case 2 from its instruments."""
    c = cast()
    o, agent = c.officers, f"{c.agent.name}（委托代理人）"
    body = [
        early.source(c),
        early.filing(c),
        early.inspection(c),
        early.monitoring(c),
        early.authorisation(c),
        early.inquiry(c),
        early.report(c),
        early.notice(c),
        service_receipt(
            AGENCY,
            f"行政处罚听证告知书\n{NOTICE_NO}",
            PARTY,
            ADDRESS,
            "直接送达",
            agent,
            o,
            D["notice_served"],
            dot_date,
        ),
        late.hearing_notice(c),
        service_receipt(
            AGENCY, f"听证通知书\n{HEARING_NO}", PARTY, ADDRESS, "直接送达", agent, o, D["hearing_notified"], dot_date
        ),
        late.hearing_record(c),
        late.legal_review(c),
        late.discussion(c),
        late.approval(c),
        late.decision(c),
        service_receipt(
            AGENCY, f"行政处罚决定书\n{DECISION_NO}", PARTY, ADDRESS, "直接送达", agent, o, D["served"], dot_date
        ),
        payment_slip(
            "非税收入一般缴款书",
            PARTY,
            c.code,
            "嵩川市财政局（代收：嵩川市生态环境局罚没收入）",
            FINE,
            f"{DECISION_NO}行政处罚决定书",
            D["paid"],
            c.ticket,
            "中国建设银行嵩川分行",
            iso_date,
            agency_line="河南省政府非税收入票据",
        ),
        late.closing(c),
        late.major_filing(c),
    ]
    body.append(
        record_back(
            AGENCY,
            f"本卷收录文书材料{len(body)}份。本案为重大行政处罚案件，经听证、法制审核和集体讨论，决定已执行完毕并已"
            "报送备案。卷内材料齐全，排列有序。",
            o.second,
            c.section_head,
            D["archived"],
        )
    )
    cover_lines = [
        ("案　　由", "超标排放水污染物"),
        ("当 事 人", PARTY),
        ("案　　号", DECISION_NO),
        ("处理结果", f"责令改正，罚款人民币{FINE}元"),
        ("立案日期", dot_date(D["filed"])),
        ("结案日期", dot_date(D["closed"])),
        ("承 办 人", o.names),
        ("归 档 号", "HJ-2023-008"),
    ]
    timeline: dict[str, dt.date | None] = {
        "discovered": D["discovered"],
        "filed": D["filed"],
        "investigated": D["inquired"],
        "investigation_reported": D["reported"],
        "legal_reviewed": D["legal_reviewed"],
        "discussed": D["discussed"],
        "notified": D["notified"],
        "notice_served": D["notice_served"],
        "hearing": D["hearing"],
        "approved": D["approved"],
        "decided": D["decided"],
        "served": D["served"],
        "paid": D["paid"],
        "closed": D["closed"],
        "reported": D["filed_major"],
    }
    return CaseDoc(
        case_id="case-02-environment",
        name="case-02-environment",
        agency=AGENCY,
        procedure="general",
        instruments=assemble_general(AGENCY, body, cover_lines, dot_date),
        timeline=timeline,
        party=PARTY,
        party_type="organisation",
        fine_yuan=Decimal(FINE),
        is_major=True,
        hearing_eligible=True,
        party_code=c.code,
    )
