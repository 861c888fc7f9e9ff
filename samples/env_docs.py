"""Case 2 instruments from the inspection to the hearing notice-of-rights.

Includes a party-issued 授权委托书 whose kind is `other` (no instrument kind covers it), a 检测报告 from the
monitoring centre dated in ISO style, and forms dated 2023.6.12 as hand-filled tables often are.
"""

from __future__ import annotations

from samples.document import Cell, InstrumentDoc, Para, Spacer, Table, Title
from samples.env_facts import (
    ADDRESS,
    AGENCY,
    CASE,
    COD,
    FILING_NO,
    FINE,
    LIMIT,
    NOTICE_NO,
    PARTY,
    UNIT,
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
    iso_date,
    opinion,
    paginate,
    qa,
    seal,
)

FACTS = (
    f"{cn_date(D['discovered'])}，本局执法人员对你单位进行现场检查，发现你单位污水处理站生化池曝气风机停运，"
    f"废水总排口外排废水颜色浑浊。经嵩川市生态环境监测中心采样监测，总排口废水化学需氧量浓度为{COD}mg/L，"
    f"超过《污水综合排放标准》（GB 8978-1996）规定的{LIMIT}mg/L排放限值0.86倍。"
)
BASIS = (
    "你单位的上述行为违反了《中华人民共和国水污染防治法》第十条的规定。依据《中华人民共和国水污染防治法》"
    "第八十三条第（二）项的规定，并参照《河南省生态环境行政处罚裁量基准》"
)


def source(c: Cast) -> InstrumentDoc:
    rows = [
        ["线索来源", "日常监督检查（双随机抽查）", "登记日期", dot_date(D["registered"])],
        ["涉案单位", f"{PARTY}\n地址：{ADDRESS}"],
        [
            "线索内容",
            (
                f"{dot_date(D['discovered'])}现场检查发现该单位污水处理设施未正常运行，总排口废水浑浊，"
                "已委托监测中心采样监测，涉嫌超标排放水污染物。"
            ),
        ],
        ["登记人", f"{c.officers.first}　{dot_date(D['registered'])}"],
        ["处理意见", opinion("待监测结果出具后，如超标，建议立案查处。", c.section_head, D["registered"], dot_date)],
    ]
    return approval_form(AGENCY, "case_source", "案件来源登记表", rows, D["registered"], widths=(18, 38, 16, 28))


def filing(c: Cast) -> InstrumentDoc:
    rows = [
        ["案件名称", CASE],
        [
            "当事人",
            f"{PARTY}（统一社会信用代码：{c.code}）\n法定代表人：{c.rep.name}　电话：{c.rep.phone}\n地址：{ADDRESS}",
        ],
        ["案件来源", f"日常监督检查（{dot_date(D['discovered'])}）"],
        [
            "涉嫌违法事实",
            f"总排口废水化学需氧量{COD}mg/L，超过排放限值，涉嫌违反《中华人民共和国水污染防治法》第十条。",
        ],
        ["承办人意见", opinion(f"建议立案调查，由{c.officers.names}承办。", c.officers.names, D["proposed"], dot_date)],
        ["执法机构意见", opinion("同意立案。", c.section_head, D["filed"], dot_date)],
        ["负责人意见", opinion("同意。", c.director, D["filed"], dot_date)],
    ]
    return approval_form(AGENCY, "filing_approval", "立案审批表", rows, D["filed"], doc_number=FILING_NO)


def inspection(c: Cast) -> InstrumentDoc:
    o, a = c.officers, c.agent
    blocks = (
        head(AGENCY, "现场检查笔录")
        + fields(
            [
                ("检查时间", f"{cn_datetime(D['discovered'], 9, 10)}至11时05分"),
                ("检查地点", f"{PARTY}厂区及污水处理站"),
                ("被检查单位", f"{PARTY}　法定代表人：{c.rep.name}"),
                ("现场负责人", f"{a.name}（安全环保部经理）　电话：{a.phone}"),
                ("检查人", f"{o.first}（{o.first_cert}）、{o.second}（{o.second_cert}）"),
                ("记录人", o.second),
            ]
        )
        + [
            Para(
                "执法人员出示执法证件，告知被检查单位有申请回避的权利和配合检查、如实反映情况的义务，现场负责人表示"
                "不申请回避。",
                indent=True,
            ),
            Para(
                "现场检查情况：1.该单位主要生产塑料助剂，检查时生产线正常生产；2.污水处理站生化池两台曝气风机均处于停运"
                "状态，现场负责人称风机6月2日出现故障，尚未修复；3.废水总排口正在外排废水，水体浑浊呈黄褐色；4.在线监测"
                "设备运行正常。",
                indent=True,
            ),
            Para(
                "嵩川市生态环境监测中心人员在总排口采集废水样品一组（编号HY-0605-01），现场负责人在采样记录上签字确认。"
                "执法人员拍摄现场照片8张。",
                indent=True,
            ),
            Para("以上笔录经被检查单位现场负责人阅读，确认无误。"),
            Spacer(1),
            Para(f"现场负责人签名：{a.name}　　{cn_date(D['discovered'])}"),
            Para(f"检查人签名：{o.names}　　{cn_date(D['discovered'])}"),
        ]
    )
    return InstrumentDoc("inspection_record", "现场检查笔录", paginate([blocks]), None, D["discovered"])


def monitoring(c: Cast) -> InstrumentDoc:
    rows = (
        (
            Cell("样品编号", align="center"),
            Cell("监测项目", align="center"),
            Cell("监测结果（mg/L）", align="center"),
            Cell("标准限值（mg/L）", align="center"),
            Cell("评价", align="center"),
        ),
        (
            Cell("HY-0605-01"),
            Cell("化学需氧量"),
            Cell(str(COD), align="center"),
            Cell(str(LIMIT), align="center"),
            Cell("超标"),
        ),
        (Cell("HY-0605-01"), Cell("氨氮"), Cell("8.6", align="center"), Cell("15", align="center"), Cell("达标")),
        (
            Cell("HY-0605-01"),
            Cell("pH值（无量纲）"),
            Cell("7.4", align="center"),
            Cell("6-9", align="center"),
            Cell("达标"),
        ),
    )
    blocks = [
        Para("证据材料", align="right"),
        Para("嵩川市生态环境监测中心", align="center", size=15),
        Title("检测报告"),
        Para("报告编号：SCJC-2023-0617", align="center"),
        *fields(
            [
                ("委托单位", AGENCY),
                ("受检单位", PARTY),
                ("采样地点", "废水总排口"),
                ("采样日期", iso_date(D["discovered"])),
                ("分析日期", f"{iso_date(D['discovered'])}至{iso_date(D['measured'])}"),
                ("执行标准", "《污水综合排放标准》（GB 8978-1996）表4一级标准"),
            ]
        ),
        Table(rows, (18, 22, 22, 22, 16)),
        Para("结论：所测样品化学需氧量超过执行标准限值，氨氮、pH值符合执行标准。", indent=True),
        Spacer(1),
        Para(
            f"编制：{c.analyst}\u3000\u3000审核：{c.officers.first[0]}工\u3000\u3000签发：监测中心主任", align="right"
        ),
        Para("（检验检测专用章）", align="right"),
        Para(f"签发日期：{iso_date(D['measured'])}", align="right"),
    ]
    return InstrumentDoc("evidence", "检测报告", paginate([blocks]), None, D["measured"])


def authorisation(c: Cast) -> InstrumentDoc:
    """授权委托书: written by the party, so no agency heading — a kind the catalog does not list (`other`)."""
    a = c.agent
    blocks = [
        Spacer(1),
        Title("授权委托书"),
        Spacer(0.5),
        *fields(
            [
                ("委托人", f"{PARTY}"),
                ("法定代表人", f"{c.rep.name}\u3000职务：执行董事"),
                ("受托人", f"{a.name}\u3000性别：{a.sex}\u3000职务：安全环保部经理"),
                ("身份证号码", a.id_number),
                ("联系电话", a.phone),
            ]
        ),
        Para(
            f"现委托{a.name}作为我单位的代理人，在{AGENCY}查处我单位涉嫌超标排放水污染物一案中，代为接受调查询问、"
            "提供证据材料、签收法律文书、进行陈述申辩、参加听证。",
            indent=True,
        ),
        Para("代理权限：特别授权。", indent=True),
        Para("委托期限：自本委托书签署之日起至本案行政处罚程序终结之日止。", indent=True),
        Spacer(2),
        Para(f"委托人（盖章）：{PARTY}", align="right"),
        Para(f"法定代表人（签名）：{c.rep.name}", align="right"),
        Para(f"受托人（签名）：{a.name}", align="right"),
        Para(dot_date(D["authorised"]), align="right"),
    ]
    return InstrumentDoc("other", "授权委托书", paginate([blocks]), None, D["authorised"])


def inquiry(c: Cast) -> InstrumentDoc:
    o, a = c.officers, c.agent
    day = D["inquired"]
    page1 = (
        head(AGENCY, "调查询问笔录")
        + fields(
            [
                ("时间", f"{cn_datetime(day, 9, 0)}至10时20分"),
                ("地点", f"{UNIT}询问室"),
                ("询问人", f"{o.first}、{o.second}"),
                ("记录人", o.second),
                ("被询问人", f"{a.name}　性别：{a.sex}　年龄：{a.age_on(day)}岁　身份证号码：{a.id_number}"),
                ("工作单位及职务", f"{PARTY}安全环保部经理　电话：{a.phone}"),
            ]
        )
        + qa(
            [
                (
                    f"我们是{AGENCY}执法人员（出示执法证件），依法就你单位涉嫌超标排放水污染物一事进行调查，你是否申请回避？",
                    "不申请。",
                ),
                (
                    "你应当如实回答问题，你与本案是什么关系？",
                    "我是公司安全环保部经理，受公司委托前来接受询问，有授权委托书。",
                ),
                ("你单位主要生产什么产品？产生哪些废水？", "生产塑料助剂，主要是工艺废水和设备清洗废水。"),
                ("你单位废水如何处理？排向哪里？", "经厂内污水处理站处理后，由总排口排入园区污水管网。"),
                ("6月5日检查时，污水处理站曝气风机为什么停运？", "两台风机6月2日先后坏了，配件还没到，没来得及修。"),
            ]
        )
        + [Spacer(0.5), Para(f"被询问人签名：{a.name}", align="right")]
    )
    page2 = [
        *qa(
            [
                ("风机停运期间，生产是否停止？", "没有停，订单比较急，生产线一直在运行。"),
                ("风机故障后是否向生态环境部门报告？", "没有报告，我们以为几天就能修好。"),
                (
                    f"监测中心报告显示总排口化学需氧量为{COD}mg/L，超过{LIMIT}mg/L的限值，你单位有何意见？",
                    "对监测结果没有异议。",
                ),
                ("目前整改情况如何？", "6月8日已更换新风机，污水处理站恢复正常，并请了第三方自测，结果达标。"),
                ("你还有什么补充？", "我们认识到错误，请求从轻处罚。"),
            ]
        ),
        Spacer(1),
        Para("以上笔录我已看过，记录属实。"),
        Spacer(0.5),
        Para(f"被询问人签名：{a.name}\u3000\u3000{cn_date(day)}"),
        Para(f"询问人签名：{o.names}\u3000\u3000记录人签名：{o.second}"),
    ]
    return InstrumentDoc("inquiry_record", "调查询问笔录", paginate([page1, page2]), None, day)


def report(c: Cast) -> InstrumentDoc:
    blocks = [
        *head(AGENCY, "案件调查终结报告"),
        Para(f"案件名称：{CASE}"),
        Para(f"当事人：{PARTY}，统一社会信用代码：{c.code}，法定代表人：{c.rep.name}，地址：{ADDRESS}。"),
        Para("一、调查经过", bold=True),
        Para(
            f"本局于{cn_date(D['filed'])}立案，执法人员{c.officers.names}进行了调查，收集了现场检查笔录、检测报告、"
            "调查询问笔录、现场照片、营业执照复印件、授权委托书等证据。",
            indent=True,
        ),
        Para("二、违法事实", bold=True),
        Para(FACTS.replace("你单位", "当事人"), indent=True),
        Para("三、处理意见", bold=True),
        Para(
            BASIS.replace("你单位", "当事人") + "，当事人超标倍数小于1倍，案发后及时整改，建议责令当事人改正违法行为，"
            f"处罚款人民币{FINE}元。本案拟罚款数额达到重大行政处罚标准，应当告知当事人听证权利，并经法制审核和"
            "集体讨论。",
            indent=True,
        ),
        Spacer(1),
        Para(f"承办人：{c.officers.names}", align="right"),
        Para(cn_date(D["reported"]), align="right"),
    ]
    return InstrumentDoc("investigation_report", "案件调查终结报告", paginate([blocks]), None, D["reported"])


def notice(c: Cast) -> InstrumentDoc:
    blocks = [
        *head(AGENCY, "行政处罚听证告知书", NOTICE_NO),
        Para(f"{PARTY}："),
        Para(FACTS, indent=True),
        Para(BASIS + f"，本局拟对你单位作出如下行政处罚：责令改正违法行为，罚款人民币{FINE}元。", indent=True),
        Para(
            "根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条和第六十四条的规定，你单位享有陈述、"
            "申辩和要求听证的权利。你单位如要求听证，应当在收到本告知书之日起五个工作日内向本局提出；"
            "如需陈述和申辩，可以在收到本告知书之日起五个工作日内向本局提交书面陈述、申辩意见。"
            "逾期未提出的，视为放弃上述权利。",
            indent=True,
        ),
        Para(f"联系人：{c.officers.first}\u3000联系电话：0379-6{c.ticket[-7:]}", indent=True),
        Para("联系地址：嵩川市嵩北区环保路2号", indent=True),
        *seal(AGENCY, cn_date(D["notified"])),
    ]
    return InstrumentDoc("prior_notice", "行政处罚听证告知书", paginate([blocks]), NOTICE_NO, D["notified"])
