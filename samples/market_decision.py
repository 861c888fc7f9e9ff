"""Case 1 instruments from the investigation report to closing: 终结报告, 告知, 审批, 决定, 结案.

The decision cites its legal basis, states how and when to pay, and names the 复议 body and the court with
the 60-day and six-month periods, as Art. 59 requires; it is signed in Chinese numerals.
"""

from __future__ import annotations

from samples.document import InstrumentDoc, Para
from samples.forms import (
    approval_form,
    cn_date,
    cn_numeral_date,
    head,
    opinion,
    paginate,
    seal,
)
from samples.market_facts import (
    ADDRESS,
    AGENCY,
    CASE,
    DECISION_NO,
    FINE,
    NOTICE_NO,
    OWNER,
    PARTY,
    TURNOVER,
    Cast,
    D,
)

FACTS = (
    f"{cn_date(D['discovered'])}，本局接到{OWNER}投诉，反映当事人销售假冒“金穗”注册商标的酱油。"
    f"{cn_date(D['inspected'])}，本局执法人员在当事人仓库内查获标有“金穗”字样的酿造酱油144箱（500毫升×12瓶/箱）。"
    "经查，当事人于2023年1月初以每箱36元的价格从无合法资质的流动推销人员处购进上述酱油300箱，"
    f"以每箱54元的价格对外销售，至案发时已售出156箱，违法经营额共计{TURNOVER}元。"
    f"经商标权利人{OWNER}鉴别，上述酱油不是其公司生产的产品。当事人不能证明该商品是自己合法取得并说明提供者。"
)
BASIS = (
    "当事人的上述行为违反了《中华人民共和国商标法》第五十七条第（三）项的规定，构成销售侵犯注册商标专用权的商品的"
    "行为。依据《中华人民共和国商标法》第六十条第二款的规定"
)
PENALTY = [
    "一、责令立即停止侵权行为；",
    "二、没收侵犯“金穗”注册商标专用权的酱油144箱（1728瓶）；",
    f"三、罚款人民币{FINE}元（大写：叁万元整）。",
]


def report(c: Cast) -> InstrumentDoc:
    """案件调查终结报告 over two pages."""
    o = c.officers
    page1 = [
        *head(AGENCY, "案件调查终结报告"),
        Para(f"案件名称：{CASE}"),
        Para("一、当事人基本情况", bold=True),
        Para(
            f"当事人：{PARTY}；统一社会信用代码：{c.code}；住所：{ADDRESS}；法定代表人：{c.rep.name}；"
            "类型：有限责任公司（自然人投资或控股）。",
            indent=True,
        ),
        Para("二、案件来源及调查经过", bold=True),
        Para(
            f"本案系投诉举报移送线索。本局于{cn_date(D['filed'])}立案，指派执法人员{o.names}承办。"
            f"承办人于{cn_date(D['inspected'])}进行现场检查，于{cn_date(D['inquired'])}对当事人受托人进行询问，"
            "收集了营业执照、销售台账、送货单及商标权利人出具的鉴定证明等证据。",
            indent=True,
        ),
        Para("三、违法事实", bold=True),
        Para(FACTS, indent=True),
        Para("四、证据", bold=True),
        Para(
            "上述事实有营业执照复印件、现场检查笔录、现场照片、询问笔录、销售台账、送货单、商标注册证、鉴定证明等"
            "证据为证，证据之间能够相互印证。",
            indent=True,
        ),
    ]
    page2 = [
        Para("五、定性及处罚依据", bold=True),
        Para(BASIS + "，应予处罚。", indent=True),
        Para("六、裁量理由", bold=True),
        Para(
            "当事人违法经营额不足五万元，依法可处二十五万元以下罚款。当事人系初次违法，能够配合调查，主动停止销售并封存"
            "剩余商品，但未履行进货查验义务，进货价格明显低于市场价格，主观上存在过错。综合考虑，建议在法定幅度内"
            "处以较低额度的罚款。",
            indent=True,
        ),
        Para("七、处理意见", bold=True),
        *[Para(line, indent=True) for line in PENALTY],
        Para("本案调查终结，事实清楚，证据确凿，建议按上述意见作出行政处罚。", indent=True),
        Para(f"承办人：{o.names}", align="right"),
        Para(cn_date(D["reported"]), align="right"),
    ]
    return InstrumentDoc("investigation_report", "案件调查终结报告", paginate([page1, page2]), None, D["reported"])


def notice(c: Cast) -> InstrumentDoc:
    """行政处罚事先告知书 with the 陈述、申辩 and 听证 rights and a five-working-day period."""
    blocks = [
        *head(AGENCY, "行政处罚事先告知书", NOTICE_NO),
        Para(f"{PARTY}："),
        Para(
            f"经查，你单位于2023年1月至2月间销售侵犯“金穗”注册商标专用权的酱油，违法经营额{TURNOVER}元。"
            f"{BASIS}，本局拟对你单位作出如下行政处罚：",
            indent=True,
        ),
        *[Para(line, indent=True) for line in PENALTY],
        Para(
            "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有权进行陈述和申辩。"
            "根据该法第六十三条、第六十四条的规定，你单位可以要求听证。",
            indent=True,
        ),
        Para(
            "如你单位要求陈述、申辩或者听证，应当自收到本告知书之日起五个工作日内向本局提出，逾期视为放弃上述权利。",
            indent=True,
        ),
        Para(f"联系人：{c.officers.first}\u3000联系电话：0379-6{c.ticket[-7:]}", indent=True),
        Para("联系地址：嵩川市嵩北区政通路16号", indent=True),
        *seal(AGENCY, cn_date(D["notified"])),
    ]
    return InstrumentDoc("prior_notice", "行政处罚事先告知书", paginate([blocks]), NOTICE_NO, D["notified"])


def approval(c: Cast) -> InstrumentDoc:
    """行政处罚审批表: the case officers propose, legal staff check, the head of the agency decides."""
    rows = [
        ["案件名称", CASE],
        ["当事人", f"{PARTY}\n统一社会信用代码：{c.code}"],
        ["违法事实", f"销售侵犯“金穗”注册商标专用权的酱油，违法经营额{TURNOVER}元。"],
        ["处罚依据", "《中华人民共和国商标法》第五十七条第（三）项、第六十条第二款"],
        [
            "告知及陈述申辩情况",
            (
                f"{cn_date(D['notice_served'])}送达《行政处罚事先告知书》（{NOTICE_NO}）；"
                "当事人在规定期限内未提出陈述、申辩，未要求听证。"
            ),
        ],
        ["承办人意见", opinion("建议：" + "".join(p[2:] for p in PENALTY), c.officers.names, D["drafted"])],
        ["法制审核意见", opinion("事实清楚，证据确凿，适用依据正确，程序合法，处罚适当。", c.legal, D["drafted"])],
        ["承办机构负责人意见", opinion("同意承办人意见。", c.section_head, D["drafted"])],
        ["负责人意见", opinion("同意。", c.director, D["approved"])],
    ]
    return approval_form(AGENCY, "penalty_approval", "行政处罚审批表", rows, D["approved"])


def decision(c: Cast) -> InstrumentDoc:
    """行政处罚决定书 over two pages, signed 二〇二三年四月十九日."""
    page1 = [
        *head(AGENCY, "行政处罚决定书", DECISION_NO),
        Para(f"当事人：{PARTY}"),
        Para("主体资格证照名称：营业执照"),
        Para(f"统一社会信用代码：{c.code}"),
        Para(f"住所：{ADDRESS}"),
        Para(f"法定代表人：{c.rep.name}"),
        Para(FACTS, indent=True),
        Para(
            "上述事实，主要有以下证据证明：1.营业执照复印件；2.现场检查笔录及现场照片；3.询问笔录；4.销售台账及送货单"
            "复印件；5.商标注册证复印件；6.鉴定证明。",
            indent=True,
        ),
    ]
    page2 = [
        Para(
            f"{cn_date(D['notice_served'])}，本局向当事人送达了《行政处罚事先告知书》，告知其拟作出行政处罚的内容及"
            "事实、理由、依据，并告知其依法享有陈述、申辩和要求听证的权利。当事人在规定期限内未提出陈述、申辩，"
            "也未要求听证。",
            indent=True,
        ),
        Para(BASIS + "，本局决定对当事人作出如下行政处罚：", indent=True),
        *[Para(line, indent=True) for line in PENALTY],
        Para(
            "当事人应当自收到本决定书之日起十五日内，持本决定书到嵩川市财政局指定的代收银行缴纳罚款。逾期不缴纳的，"
            "本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。",
            indent=True,
        ),
        Para(
            "当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向嵩川市人民政府或者河南省市场监督管理局申请"
            "行政复议；也可以在六个月内依法向嵩川市嵩北区人民法院提起行政诉讼。",
            indent=True,
        ),
        *seal(AGENCY, cn_numeral_date(D["decided"])),
        Para("（市场监督管理部门将依法向社会公示本行政处罚决定信息）", size=9),
    ]
    return InstrumentDoc("penalty_decision", "行政处罚决定书", paginate([page1, page2]), DECISION_NO, D["decided"])


def closing(c: Cast) -> InstrumentDoc:
    """结案报告: how the decision was carried out."""
    rows = [
        ["案件名称", CASE],
        ["当事人", PARTY],
        ["立案日期", cn_date(D["filed"])],
        ["处罚决定", f"{DECISION_NO}，{cn_date(D['decided'])}作出，{cn_date(D['served'])}送达"],
        ["处罚内容", "".join(p[2:] for p in PENALTY)],
        [
            "执行情况",
            (
                f"罚款{FINE}元已于{cn_date(D['paid'])}缴清（缴款书号码：{c.ticket}）；没收的侵权酱油144箱"
                "已登记入库，按罚没物品管理规定处置。当事人已停止侵权行为。"
            ),
        ],
        ["承办人意见", opinion("处罚决定已执行完毕，建议结案。", c.officers.names, D["close_proposed"])],
        ["承办机构负责人意见", opinion("同意结案。", c.section_head, D["close_checked"])],
        ["负责人意见", opinion("同意。", c.director, D["closed"])],
    ]
    return approval_form(AGENCY, "closing_report", "结案报告", rows, D["closed"])
