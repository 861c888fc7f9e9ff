"""Case 2 instruments from the hearing to the 备案: 听证, 法制审核, 集体讨论, 审批, 决定, 结案, 备案.

The decision's title is letter-spaced (行 政 处 罚 决 定 书), as many printed templates set it; its truth title
keeps the spaces, since titles are recorded as written.
"""

from __future__ import annotations

from samples.document import Block, InstrumentDoc, Para, Spacer
from samples.env_docs import BASIS, FACTS
from samples.env_facts import (
    ADDRESS,
    AGENCY,
    CASE,
    DECISION_NO,
    FILE_NO,
    FINE,
    HEARING_NO,
    NOTICE_NO,
    PARTY,
    REVIEW_NO,
    Cast,
    D,
)
from samples.forms import (
    approval_form,
    cn_date,
    cn_datetime,
    dot_date,
    fields,
    head,
    opinion,
    paginate,
    seal,
)

DECISION_TITLE = "行 政 处 罚 决 定 书"
PENALTY = f"责令改正违法行为，罚款人民币{FINE}元（大写：壹拾伍万元整）"


def hearing_notice(c: Cast) -> InstrumentDoc:
    blocks = [
        *head(AGENCY, "听证通知书", HEARING_NO),
        Para(f"{PARTY}："),
        Para(
            f"根据你单位{cn_date(D['requested'])}提出的听证申请，本局决定于{cn_datetime(D['hearing'], 9, 0)}在"
            f"本局三楼听证室就{CASE}举行听证会，听证会公开举行。",
            indent=True,
        ),
        Para(
            f"听证主持人：{c.host}；听证员：{c.hearing_officer}；记录员：{c.clerk}。你单位如申请上述人员回避，"
            "应当在听证会举行前向本局提出并说明理由。",
            indent=True,
        ),
        Para(
            "你单位可以亲自参加听证，也可以委托一至二人代理。委托代理人参加的，应当提交授权委托书。请携带营业执照、"
            "身份证件及有关证据材料按时参加。无正当理由拒不出席或者未经许可中途退出听证的，视为放弃听证权利。",
            indent=True,
        ),
        Para(f"联系人：{c.officers.first}\u3000联系电话：0379-6{c.ticket[-7:]}", indent=True),
        *seal(AGENCY, cn_date(D["hearing_notified"])),
    ]
    return InstrumentDoc("hearing_notice", "听证通知书", paginate([blocks]), HEARING_NO, D["hearing_notified"])


def hearing_record(c: Cast) -> InstrumentDoc:
    o, a = c.officers, c.agent
    day = D["hearing"]
    page1 = (
        head(AGENCY, "听证笔录")
        + fields(
            [
                ("案由", CASE),
                ("时间", f"{cn_datetime(day, 9, 0)}至10时30分"),
                ("地点", "嵩川市生态环境局三楼听证室"),
                ("听证主持人", c.host),
                ("听证员", c.hearing_officer),
                ("记录员", c.clerk),
                ("案件调查人员", o.names),
                ("当事人", PARTY),
                ("委托代理人", f"{a.name}（安全环保部经理）"),
            ]
        )
        + [
            Para(
                "主持人：现在开始听证。核对当事人及委托代理人身份，宣布听证纪律，告知听证参加人的权利和义务。"
                "当事人是否申请主持人、听证员、记录员回避？"
            ),
            Para(f"{a.name}：不申请回避。"),
            Para("主持人：请案件调查人员陈述违法事实、证据、处罚依据和处罚建议。"),
            Para(
                f"{o.first}：{FACTS.replace('你单位', '当事人')}依据《中华人民共和国水污染防治法》第八十三条第（二）项，"
                f"建议{PENALTY}。"
            ),
        ]
    )
    page2: list[Block] = [
        Para("主持人：请当事人进行申辩和质证。"),
        Para(
            f"{a.name}：对检测报告和现场检查笔录没有异议。超标是风机突发故障造成的，不是故意的，故障后我们及时更换了"
            "设备，超标时间短，请求减轻处罚。"
        ),
        Para(
            f"{o.first}：风机故障后当事人未停产，也未报告，放任超标废水外排，不属于法定减轻情形；建议罚款数额已考虑"
            "其整改情况，在法定幅度内处于较低水平。"
        ),
        Para("主持人：双方还有无补充？请当事人作最后陈述。"),
        Para(f"{a.name}：没有补充，希望从轻处理。"),
        Para("主持人：听证结束。请听证参加人核对笔录后签名。"),
        Spacer(1),
        Para(f"当事人或委托代理人：{a.name}　　案件调查人员：{o.names}"),
        Para(f"主持人：{c.host}　　听证员：{c.hearing_officer}　　记录员：{c.clerk}"),
        Para(cn_date(day), align="right"),
    ]
    return InstrumentDoc("hearing_record", "听证笔录", paginate([page1, page2]), None, day)


def legal_review(c: Cast) -> InstrumentDoc:
    blocks = [
        *head(AGENCY, "法制审核意见书", REVIEW_NO),
        Para(f"送审机构：{c.section_head}（执法支队）\u3000\u3000送审日期：{cn_date(D['hearing'])}"),
        Para(f"案件名称：{CASE}"),
        Para("审核内容：执法主体、管辖、程序、事实、证据、法律适用、裁量基准及听证意见的处理。", indent=True),
        Para("审核意见：", bold=True),
        Para("一、本局对辖区内超标排放水污染物的行为具有管辖权，执法人员具备执法资格；", indent=True),
        Para("二、违法事实有现场检查笔录、检测报告、调查询问笔录及现场照片证实，证据确凿；", indent=True),
        Para("三、适用《中华人民共和国水污染防治法》第十条、第八十三条第（二）项正确；", indent=True),
        Para("四、已依法告知听证权利并举行听证，程序合法；当事人的申辩意见已在听证报告中评议；", indent=True),
        Para(f"五、拟{PENALTY}，在法定幅度内，符合裁量基准。", indent=True),
        Para(
            "审核结论：同意作出行政处罚决定，本案属于重大行政处罚，应当经集体讨论决定，并在决定作出之日起十五日内报送备案。",
            indent=True,
        ),
        Spacer(1),
        Para(f"法制审核人员：{c.legal[0]}、{c.legal[1]}", align="right"),
        Para(f"法制机构负责人：{c.legal_head}", align="right"),
        Para(cn_date(D["legal_reviewed"]), align="right"),
    ]
    return InstrumentDoc("legal_review", "法制审核意见书", paginate([blocks]), REVIEW_NO, D["legal_reviewed"])


def discussion(c: Cast) -> InstrumentDoc:
    day = D["discussed"]
    present = [c.director, *c.deputies, c.chief_engineer, c.section_head, c.legal_head]
    page1 = (
        head(AGENCY, "重大案件集体讨论记录")
        + fields(
            [
                ("时间", f"{cn_datetime(day, 15, 0)}至16时10分"),
                ("地点", "嵩川市生态环境局党组会议室"),
                ("主持人", f"{c.director}（局长）"),
                ("出席人员", "、".join(present)),
                ("列席人员", c.officers.names),
                ("记录人", c.clerk),
                ("讨论案件", CASE),
            ]
        )
        + [
            Para(
                f"承办人{c.officers.first}汇报案件事实、证据、听证情况及处罚建议；法制机构负责人{c.legal_head}汇报法制审核"
                "意见。",
                indent=True,
            ),
            Para("讨论发言：", bold=True),
            Para(
                f"{c.deputies[0]}：事实清楚，证据确凿。当事人明知设施故障仍继续生产，应予处罚，同意承办人意见。",
                indent=True,
            ),
            Para(
                f"{c.deputies[1]}：当事人整改及时，超标倍数不高，罚款15万元在裁量基准的较低档，量罚适当。", indent=True
            ),
            Para(f"{c.chief_engineer}：检测报告采样、分析程序规范，结论可以采信。", indent=True),
        ]
    )
    page2: list[Block] = [
        Para(f"{c.section_head}：听证中当事人提出的理由不属于法定从轻、减轻情形，同意不予采纳。", indent=True),
        Para(f"{c.legal_head}：程序合法，同意法制审核意见。", indent=True),
        Para(f"{c.director}：同意大家的意见。", indent=True),
        Para("讨论结论：", bold=True),
        Para(
            f"经集体讨论，出席人员一致同意对{PARTY}{PENALTY}；由执法支队制作行政处罚决定书，依法送达并报送备案。",
            indent=True,
        ),
        Spacer(1.5),
        Para(f"出席人员签名：{'、'.join(present)}"),
        Para(f"记录人签名：{c.clerk}"),
        Para(cn_date(day), align="right"),
    ]
    return InstrumentDoc("collective_discussion", "重大案件集体讨论记录", paginate([page1, page2]), None, day)


def approval(c: Cast) -> InstrumentDoc:
    rows = [
        ["案件名称", CASE],
        ["当事人", f"{PARTY}（统一社会信用代码：{c.code}）"],
        ["违法事实及依据", "超标排放水污染物；《中华人民共和国水污染防治法》第十条、第八十三条第（二）项"],
        [
            "告知及听证",
            (
                f"{dot_date(D['notice_served'])}送达听证告知书（{NOTICE_NO}）；{dot_date(D['hearing'])}举行听证，"
                "当事人申辩意见不予采纳"
            ),
        ],
        ["法制审核", f"{REVIEW_NO}，同意"],
        ["集体讨论", f"{dot_date(D['discussed'])}局集体讨论，一致同意"],
        ["处理意见", PENALTY],
        ["执法机构意见", opinion("同意。", c.section_head, D["approved"], dot_date)],
        ["负责人意见", opinion("同意，按集体讨论意见办理。", c.director, D["approved"], dot_date)],
    ]
    return approval_form(AGENCY, "penalty_approval", "案件处理审批表", rows, D["approved"])


def decision(c: Cast) -> InstrumentDoc:
    page1 = [
        *head(AGENCY, DECISION_TITLE, DECISION_NO),
        Para(f"{PARTY}："),
        Para(f"统一社会信用代码：{c.code}"),
        Para(f"法定代表人：{c.rep.name}\u3000\u3000地址：{ADDRESS}"),
        Para("一、环境违法事实和证据", bold=True),
        Para(FACTS, indent=True),
        Para("以上事实，有现场检查笔录、检测报告、调查询问笔录、现场照片、营业执照复印件等证据为证。", indent=True),
        Para("二、陈述申辩及听证情况", bold=True),
        Para(
            f"本局于{cn_date(D['notice_served'])}向你单位送达了《行政处罚听证告知书》（{NOTICE_NO}），你单位于"
            f"{cn_date(D['requested'])}申请听证，本局于{cn_date(D['hearing'])}依法举行了听证。你单位提出超标系设备突发"
            "故障所致、已及时整改，请求减轻处罚。经复核，你单位在设施故障后未停产、未报告，继续排放超标废水，"
            "所提理由不属于法定从轻或者减轻处罚情形，本局不予采纳；整改情况已在裁量中予以考虑。",
            indent=True,
        ),
    ]
    page2 = [
        Para("三、行政处罚的依据、种类", bold=True),
        Para(BASIS + f"，经本局集体讨论，决定对你单位作出如下行政处罚：{PENALTY}。", indent=True),
        Para("四、履行方式和期限", bold=True),
        Para(
            "你单位应当自收到本决定书之日起十五日内，将罚款缴至嵩川市财政局指定的代收银行。逾期不缴纳罚款的，本局"
            "可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。",
            indent=True,
        ),
        Para("五、申请行政复议或者提起行政诉讼的途径和期限", bold=True),
        Para(
            "如不服本处罚决定，你单位可以在收到本决定书之日起六十日内向嵩川市人民政府或者河南省生态环境厅申请行政复议，"
            "也可以在收到本决定书之日起六个月内向嵩川市嵩北区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼的，"
            "不停止行政处罚决定的执行。",
            indent=True,
        ),
        *seal(AGENCY, cn_date(D["decided"]), room=1.5),
    ]
    return InstrumentDoc("penalty_decision", DECISION_TITLE, paginate([page1, page2]), DECISION_NO, D["decided"])


def closing(c: Cast) -> InstrumentDoc:
    rows = [
        ["案件名称", CASE],
        ["处罚决定", f"{DECISION_NO}（{dot_date(D['decided'])}），{dot_date(D['served'])}送达"],
        ["处罚内容", PENALTY],
        [
            "执行情况",
            (
                f"罚款{FINE}元已于{dot_date(D['paid'])}缴纳；{dot_date(D['filed_major'])}已报嵩川市司法局备案；"
                "当事人已完成整改，复查达标。"
            ),
        ],
        ["承办人意见", opinion("建议结案。", c.officers.names, D["close_proposed"], dot_date)],
        ["负责人意见", opinion("同意结案。", c.director, D["closed"], dot_date)],
    ]
    return approval_form(AGENCY, "closing_report", "结案审批表", rows, D["closed"])


def major_filing(c: Cast) -> InstrumentDoc:
    rows = [
        ["报备机关", AGENCY, "报送机关", "嵩川市司法局"],
        ["案件名称", CASE],
        ["当事人", f"{PARTY}（统一社会信用代码：{c.code}）"],
        ["决定书文号", DECISION_NO, "决定日期", cn_date(D["decided"])],
        ["处罚内容", PENALTY],
        ["法制审核", f"{REVIEW_NO}（{cn_date(D['legal_reviewed'])}）"],
        ["集体讨论", f"{cn_date(D['discussed'])}"],
        ["听证情况", f"当事人申请听证，{cn_date(D['hearing'])}举行"],
        ["报送材料", "重大行政处罚备案报告、行政处罚决定书复印件、本备案表"],
        ["报备机关意见", f"（印章）\n{cn_date(D['filed_major'])}"],
    ]
    return approval_form(
        AGENCY,
        "major_filing",
        "重大行政处罚备案表",
        rows,
        D["filed_major"],
        doc_number=FILE_NO,
        widths=(18, 36, 16, 30),
    )
