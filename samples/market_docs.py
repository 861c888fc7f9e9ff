"""Case 1 instruments from the complaint to the evidence: 案源登记, 立案, 检查, 询问, 证据.

The 询问笔录 runs over three pages; only the first has a heading, the others carry on with 问/答 and a
第N页 共M页 footer, as a bound original does.
"""

from __future__ import annotations

from samples.document import Block, Cell, InstrumentDoc, Para, Spacer, Table, Title
from samples.forms import (
    approval_form,
    cn_date,
    cn_datetime,
    fields,
    head,
    kv_table,
    opinion,
    paginate,
    qa,
)
from samples.market_facts import ADDRESS, AGENCY, CASE, FILING_NO, OWNER, PARTY, Cast, D


def source(c: Cast) -> InstrumentDoc:
    rows = [
        ["案源编号", "嵩市监案源〔2023〕027号", "登记时间", cn_date(D["discovered"])],
        ["来源分类", "投诉举报"],
        ["投诉举报人", f"{OWNER}（委托代理人：{c.officers.first[0]}某）"],
        ["被投诉举报人", f"{PARTY}\n住所：{ADDRESS}"],
        [
            "内容摘要",
            (
                f"{OWNER}来函反映：{PARTY}在其门店及仓库销售标有“金穗”注册商标的酱油，"
                "该批酱油外包装、瓶贴与其公司正品存在明显差异，疑似假冒，请求依法查处。来函附商标注册证复印件一份。"
            ),
        ],
        ["登记人意见", opinion("反映内容具体，属本局管辖，建议指派执法人员核查。", c.officers.first, D["discovered"])],
        ["负责人意见", opinion("同意核查。", c.section_head, D["discovered"])],
    ]
    return approval_form(AGENCY, "case_source", "案件来源登记表", rows, D["discovered"], widths=(18, 32, 16, 34))


def filing(c: Cast) -> InstrumentDoc:
    rep = c.rep
    party = Table(
        (
            (Cell("名称"), Cell(PARTY, span=3)),
            (Cell("统一社会信用代码"), Cell(c.code, span=3)),
            (Cell("法定代表人"), Cell(rep.name), Cell("联系电话"), Cell(rep.phone)),
            (Cell("住所"), Cell(ADDRESS, span=3)),
        ),
        (26, 30, 18, 26),
    )
    rows = (
        (Cell("案件名称"), Cell(CASE)),
        (Cell("当事人"), Cell(party)),
        (Cell("案件来源"), Cell(f"投诉举报（{cn_date(D['discovered'])}登记）")),
        (
            Cell("简要案情"),
            Cell(
                "经初步核查，当事人仓库内存放标有“金穗”字样的酱油若干箱，其包装与商标权利人提供的"
                "正品样式不符，当事人无法提供合法进货凭证，涉嫌销售侵犯注册商标专用权的商品。"
            ),
        ),
        (
            Cell("立案依据"),
            Cell(
                "《中华人民共和国商标法》第五十七条第（三）项；《市场监督管理行政处罚程序规定》"
                "第二十条。有证据初步证明当事人涉嫌违法，依法应当给予行政处罚，属本局管辖。"
            ),
        ),
        (
            Cell("承办人意见"),
            Cell(opinion(f"建议立案调查，由{c.officers.names}承办。", c.officers.names, D["proposed"])),
        ),
        (Cell("承办机构负责人意见"), Cell(opinion("情况属实，同意立案。", c.section_head, D["section_ok"]))),
        (Cell("负责人意见"), Cell(opinion("同意立案。", c.director, D["filed"]))),
        (Cell("备注"), Cell("/")),
    )
    blocks = [*head(AGENCY, "立案审批表", FILING_NO), Table(rows, (22, 78))]
    return InstrumentDoc("filing_approval", "立案审批表", paginate([blocks]), FILING_NO, D["filed"])


def inspection(c: Cast) -> InstrumentDoc:
    o, m = c.officers, c.manager
    blocks = (
        head(AGENCY, "现场检查笔录")
        + fields(
            [
                ("检查时间", f"{cn_datetime(D['inspected'], 9, 30)}至10时40分"),
                ("检查地点", f"{ADDRESS}（当事人门店及后院仓库）"),
                ("当事人", f"{PARTY}　统一社会信用代码：{c.code}"),
                ("现场负责人", f"{m.name}（门店经理）　联系电话：{m.phone}"),
                ("检查人员", o.with_certs),
                ("记录人", o.second),
            ]
        )
        + [
            Para(
                f"执法人员向现场负责人出示执法证件，表明身份，告知其有申请执法人员回避的权利和如实提供情况、配合检查的"
                f"义务。现场负责人{m.name}表示不申请回避。",
                indent=True,
            ),
            Para(
                "现场检查情况：当事人门店货架上未见“金穗”牌酱油。在门店后院仓库东侧货架上，发现标有“金穗”字样的"
                "酿造酱油（规格：500毫升/瓶，12瓶/箱）共计144箱，外箱印有“中原金穗酿造股份有限公司”字样，"
                "瓶贴印刷模糊，生产日期喷码为手工贴签。现场负责人未能提供该批酱油的进货票据和商标授权材料。",
                indent=True,
            ),
            Para(
                "执法人员对仓库现场及上述酱油拍摄照片6张，复制当事人销售台账3页。当事人现场承诺对上述酱油暂停销售，"
                "原地封存，不得转移、损毁。",
                indent=True,
            ),
            Para("以上笔录经现场负责人核对，与现场情况一致。"),
            Spacer(1),
            Para(f"现场负责人签名：{m.name}　　{cn_date(D['inspected'])}"),
            Para(f"检查人员签名：{o.names}　　{cn_date(D['inspected'])}"),
            Para(f"记录人签名：{o.second}　　{cn_date(D['inspected'])}"),
        ]
    )
    return InstrumentDoc("inspection_record", "现场检查笔录", paginate([blocks]), None, D["inspected"])


def inquiry(c: Cast) -> InstrumentDoc:
    o, m, rep = c.officers, c.manager, c.rep
    day = D["inquired"]
    sign = Para(f"被询问人签名：{m.name}", align="right")
    page1 = (
        head(AGENCY, "询问笔录")
        + fields(
            [
                ("询问时间", f"{cn_datetime(day, 14, 30)}至16时10分"),
                ("询问地点", "嵩川市市场监督管理局执法办案区第二询问室"),
                ("询问人", o.with_certs),
                ("记录人", o.second),
                ("被询问人", f"{m.name}　性别：{m.sex}　年龄：{m.age_on(day)}岁"),
                ("身份证号码", m.id_number),
                ("工作单位及职务", f"{PARTY}　门店经理"),
                ("联系电话", m.phone),
            ]
        )
        + qa(
            [
                (f"我们是{AGENCY}的执法人员，这是我们的执法证件（出示），请你确认。", "看过了，没有异议。"),
                ("你有申请执法人员回避的权利，是否申请回避？", "不申请。"),
                ("你应当如实回答询问，作虚假陈述要承担法律责任，听清楚了吗？", "听清楚了。"),
                ("你今天是否受公司委托接受询问？", f"是的，公司法定代表人{rep.name}出具了授权委托书。"),
                ("你公司主要经营什么？", "预包装食品、调味品和日用百货的批发零售。"),
                (
                    f"{cn_date(D['inspected'])}，执法人员在你公司仓库发现标有“金穗”字样的酱油，你是否清楚？",
                    "清楚，检查时我在场，并在现场检查笔录上签了字。",
                ),
            ]
        )
        + [Spacer(0.5), sign]
    )
    page2 = [
        *qa(
            [
                ("这批酱油是从哪里进的货？", "是今年1月初从一个上门推销的人手里进的，他说是厂家清库存的货。"),
                ("进货时是否查验了供货方的营业执照、商标授权和进货票据？", "没有，对方只给了一张手写的送货单。"),
                ("进了多少？进价多少？", "一共进了300箱，每箱12瓶，规格500毫升，每箱进价36元。"),
                ("销售价格是多少？卖出去多少？", "每瓶卖4.5元，一箱54元，检查前卖出去156箱，以销售台账为准。"),
                ("你们知道“金穗”是他人的注册商标吗？", "知道是大牌子，当时看价格便宜就进了，没想到是假的。"),
                ("该批酱油进价明显低于正规渠道，你们是否有过怀疑？", "有点怀疑，但是没有细问。"),
                (f"{OWNER}出具的鉴定证明认定该批酱油不是其公司生产，你有什么意见？", "没有意见，我们认可。"),
                ("能否提供供货人的身份信息和联系方式？", "只有一个手机号码，现在已经打不通了。"),
                ("检查后剩余的酱油怎么处理的？", "剩下的144箱都封存在仓库里，没有再卖。"),
            ]
        ),
        Spacer(0.5),
        sign,
    ]
    page3 = [
        *qa(
            [
                ("你公司以前有没有因类似问题受过处罚？", "没有。"),
                ("你是否知道销售侵犯注册商标专用权的商品是违法的？", "知道不能卖假货，这次是我们把关不严。"),
                ("你公司今后准备怎么做？", "以后进货一定查验供货方资质和商标授权，保存好票据。"),
                ("你还有什么需要补充的吗？", "没有了，希望从轻处理。"),
                ("请你核对笔录，记录有误的可以更正或者补充。", "我看过了，记录和我说的一样。"),
            ]
        ),
        Spacer(1),
        Para("以上笔录共三页，我已看过，与我所说的相符。"),
        Spacer(0.5),
        Para(f"被询问人签名：{m.name}\u3000\u3000{cn_date(day)}"),
        Para(f"询问人签名：{o.names}\u3000\u3000{cn_date(day)}"),
        Para(f"记录人签名：{o.second}\u3000\u3000{cn_date(day)}"),
    ]
    return InstrumentDoc("inquiry_record", "询问笔录", paginate([page1, page2, page3]), None, day)


def license_copy(c: Cast) -> InstrumentDoc:
    rows = [
        ["名称", PARTY],
        ["统一社会信用代码", c.code],
        ["类型", "有限责任公司（自然人投资或控股）"],
        ["法定代表人", c.rep.name],
        [
            "经营范围",
            "预包装食品销售；调味品、日用百货批发零售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
        ],
        ["注册资本", "伍拾万元整"],
        ["成立日期", "2018年6月15日"],
        ["住所", ADDRESS],
        ["登记机关", f"{AGENCY}（登记机关章）"],
    ]
    blocks: list[Block] = [
        Para("证据材料（一）", align="right"),
        Title("营业执照复印件"),
        kv_table(rows, (24, 76)),
        Spacer(1),
        Para("此复印件与原件核对一致。"),
        Spacer(0.5),
        Para(f"当事人（盖章）：{PARTY}", align="right"),
        Para(f"提供人：{c.manager.name}　　提取人：{c.officers.names}", align="right"),
        Para(f"提取日期：{cn_date(D['inquired'])}", align="right"),
    ]
    return InstrumentDoc("evidence", "营业执照复印件", paginate([blocks]), None, D["inquired"])


def appraisal(c: Cast) -> InstrumentDoc:
    """The trademark owner's 鉴定证明: a third-party paper, so its heading is the owner's, not the agency's."""
    blocks: list[Block] = [
        Para("证据材料（二）", align="right"),
        Para(OWNER, align="center", size=15),
        Title("鉴定证明"),
        Para(f"{AGENCY}："),
        Para(
            f"应贵局要求，我公司对贵局于{cn_date(D['inspected'])}在{PARTY}仓库内查获的标有“金穗”注册商标"
            "（注册号：第3561208号，核定使用商品第30类：酱油）的酿造酱油（500毫升/瓶）进行了鉴别，"
            "鉴别意见如下：",
            indent=True,
        ),
        Para("一、该批酱油瓶贴的颜色、字体及防伪标识与我公司正品不一致；", indent=True),
        Para("二、该批酱油瓶身喷码格式不符合我公司生产批号编码规则；", indent=True),
        Para("三、我公司从未授权任何单位或个人以清库存名义对外销售产品。", indent=True),
        Para("综上，该批酱油不是我公司生产的产品，属于侵犯我公司“金穗”注册商标专用权的商品。", indent=True),
        Para("附件：1.商标注册证复印件；2.营业执照复印件；3.正品与涉案商品比对照片。", indent=True),
        Spacer(2),
        Para(OWNER, align="right"),
        Para("（公章）", align="right"),
        Para(cn_date(D["appraised"]), align="right"),
    ]
    return InstrumentDoc("evidence", "鉴定证明", paginate([blocks]), None, D["appraised"])


def evidence_list(c: Cast) -> InstrumentDoc:
    """证据清单 made by the officers: what was gathered, from whom, and what it proves."""
    items = [
        ("营业执照复印件", "当事人提供", "当事人主体资格"),
        ("授权委托书、受托人身份证复印件", "当事人提供", "受托人身份及委托权限"),
        ("现场检查笔录", "执法人员制作", "现场查获涉案酱油144箱"),
        ("现场照片6张", "执法人员拍摄", "涉案商品外观及存放状况"),
        ("询问笔录", "执法人员制作", "进货、销售数量和价格"),
        ("销售台账复印件3页", "当事人提供", "已销售156箱"),
        ("手写送货单复印件", "当事人提供", "进货来源不明"),
        ("商标注册证复印件", "商标权利人提供", "“金穗”注册商标有效"),
        ("鉴定证明", "商标权利人出具", "涉案商品系侵权商品"),
    ]
    rows = [
        (
            Cell("序号", align="center"),
            Cell("证据名称", align="center"),
            Cell("来源", align="center"),
            Cell("证明对象", align="center"),
        )
    ]
    rows += [
        (Cell(str(i), align="center"), Cell(name), Cell(src), Cell(proves))
        for i, (name, src, proves) in enumerate(items, 1)
    ]
    blocks = [
        *head(AGENCY, "证据清单"),
        Para(f"案件名称：{CASE}"),
        Table(tuple(rows), (8, 34, 22, 36)),
        Spacer(1),
        Para(f"承办人：{c.officers.names}", align="right"),
        Para(cn_date(D["listed"]), align="right"),
    ]
    return InstrumentDoc("evidence", "证据清单", paginate([blocks]), None, D["listed"])
