"""The party of decisions, notices and approval forms: name, type, code, address, representative, phone."""

from __future__ import annotations

import pytest

from extractors.fields.parties import _PARTY_LINE, _label_across, find_parties, find_party, party_type_of

COMPANY = "郑州市某某商贸有限公司"
CODE = "91419901MA865GXD4U"

LAYOUTS = [
    (
        "label and colon",
        f"当事人：{COMPANY}\n统一社会信用代码：{CODE}\n住所：郑州市金水区花园路8号\n法定代表人：王某某",
    ),
    (
        "full-width colon spaced",
        f"当 事 人 ： {COMPANY}\n统一社会信用代码 ： {CODE}\n住所：郑州市金水区花园路8号\n法定代表人：王某某",
    ),
    ("table row", f"当事人  名称 {COMPANY}\n统一社会信用代码　{CODE}\n住所　郑州市金水区花园路8号\n法定代表人　王某某"),
    (
        "table cell below",
        f"当事人\n名称　{COMPANY}\n统一社会信用代码　{CODE}\n法定代表人　王某某　联系电话　13812345678\n住所　郑州市金水区花园路8号",
    ),
    ("one line", f"当事人：{COMPANY}，统一社会信用代码：{CODE}，法定代表人：王某某，住所：郑州市金水区花园路8号。"),
    (
        "code on the next line",
        f"当事人：{COMPANY}；统一社会信用代码：\n{CODE}；住所：郑州市金水区花园\n路8号；法定代表人：王某某。",
    ),
    ("被处罚人", f"被处罚人：{COMPANY}\n统一社会信用代码：{CODE}\n地址：郑州市金水区花园路8号\n负责人：王某某"),
    (
        "bracketed code",
        f"当事人\n{COMPANY}（统一社会信用代码：\n{CODE}）\n法定代表人：王某某　电话：13812345678\n地址：郑州市金水区花园路8号",
    ),
    (
        "addressed decision",
        f"郑州市市场监督管理局\n行政处罚决定书\n郑市监罚〔2023〕8号\n{COMPANY}：\n统一社会信用代码：{CODE}\n法定代表人：王某某　　地址：郑州市金水区花园路8号\n经查，……",
    ),
    (
        "ocr full-width code",
        f"当事人：{COMPANY}\n统一社会信用代码：９１４１９９０１ＭＡ８６５ＧＸＤ４Ｕ\n住所：郑州市金水区花园路8号\n法定代表人：王某某",
    ),
]


@pytest.mark.parametrize("text", [t for _, t in LAYOUTS], ids=[i for i, _ in LAYOUTS])
def test_organisation_layouts(text: str) -> None:
    party = find_party(text)
    assert party is not None
    assert (party.name.value, party.party_type, party.code.value, party.code_valid) == (
        COMPANY,
        "organisation",
        CODE,
        True,
    )
    assert party.representative.value == "王某某"
    assert party.address.value == "郑州市金水区花园路8号"
    for start, end in party.evidence.values():
        assert text[start:end]
    assert text[party.name.start : party.name.end] == COMPANY


def test_citizen_with_id_phone_and_address() -> None:
    text = "当事人：张某某　性别：男　年龄：35岁\n身份证号码：419902198804201637\n住址：郑州市二七区民主路52号院\n联系电话：15826954459\n违法事实：……"
    party = find_party(text)
    assert (party.name.value, party.party_type, party.code_kind, party.code_valid) == (
        "张某某",
        "citizen",
        "id_number",
        True,
    )
    assert party.address.value == "郑州市二七区民主路52号院" and party.phone.value == "15826954459"
    assert party.representative is None


def test_an_invalid_code_is_kept_but_flagged() -> None:
    party = find_party(f"当事人：{COMPANY}\n统一社会信用代码：91419901MA865GXD4A")
    assert party.code.value == "91419901MA865GXD4A" and party.code_valid is False


def test_someone_elses_phone_is_not_the_partys() -> None:
    text = f"当事人：{COMPANY}　统一社会信用代码：{CODE}\n现场负责人：谢某（门店经理）　联系电话：13831336373"
    party = find_party(text)
    assert party.phone is None and party.code.value == CODE


@pytest.mark.parametrize(
    "text",
    [
        "当事人的上述行为违反了……",
        "当事人于2023年5月12日到案",
        "当事人签收：",
        "嵩川市市场监督管理局：\n应贵局要求……",
        "",
    ],
)
def test_no_party_without_a_name(text: str) -> None:
    assert find_party(text) is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        (COMPANY, "organisation"),
        ("金水区老王烩面馆", "organisation"),
        ("郑州某某农民专业合作社", "organisation"),
        ("张三", "citizen"),
        ("欧阳某某", "citizen"),
        ("阿依古丽·买买提", "citizen"),
        ("郑州市市场监督管理局", None),
    ],
)
def test_party_type_of(name: str, kind: str | None) -> None:
    assert party_type_of(name) == kind


def test_samples_party_matches_the_truth(sample) -> None:
    facts = sample.truth["facts"]
    for instrument in sample.of_kind("penalty_decision", "onsite_decision", "filing_approval", "prior_notice"):
        party = find_party(instrument.text)
        assert party is not None, instrument.title
        assert party.name.value == facts["party"]
        assert party.party_type == facts["party_type"]
    party = find_party(sample.decision.text)
    assert party.code.value == facts["party_code"] and party.code_valid


def test_spaced_out_party_line_ends_at_the_next_label() -> None:
    text = "某局\n行政处罚决定书\n当 事 人 ： 永 清 县 xx 超 市\n主 体 资 格 证 照 名 称 ： 营 业 执 照\n"
    party = find_party(text)
    assert party is not None and party.name.value == "永清县xx超市"


def test_name_label_and_a_block_on_one_line() -> None:
    text = "当事人:安康某医疗服务有限公司 主体资格证照\n名称:营业执照 统一社会信用代码（注册\n号）:91610902MAB30R8L6K\n"
    party = find_party(text)
    assert party is not None and party.name.value == "安康某医疗服务有限公司"
    assert party.code is not None and party.code.value == "91610902MAB30R8L6K"
    assert not party.individual_business


@pytest.mark.parametrize("label", ["主体类型", "单位性质", "单位类型", "企业类型", "组织形式"])
def test_a_line_of_the_partys_kind_keeps_the_block_open(label: str) -> None:
    text = f"当事人：{COMPANY}\n{label}：有限责任公司（自然人独资）\n统一社会信用代码：{CODE}\n住所：某市某区某路9号\n"
    party = find_party(text + "法定代表人：王某某\n2024年3月1日，本局……")
    assert party is not None and party.code is not None and party.code.value == CODE
    assert party.address is not None and party.address.value == "某市某区某路9号"


def test_the_kind_mentioned_in_a_sentence_opens_no_party_line() -> None:
    text = f"当事人：{COMPANY}\n2024年3月1日本局执法人员检查时发现当事人的主体类型登记有误，现场负责人电话：13812345678。\n"
    party = find_party(text)
    assert party is not None and party.phone is None


@pytest.mark.parametrize("line", ["登记类型：民办非企业单位", "登记管理机关：某市某区民政局", "登记机关: 某县民政局"])
def test_a_registration_line_of_a_registered_body_keeps_the_block_open(line: str) -> None:
    """当事人：某某幼儿园 / 登记类型：民办非企业单位 / 统一社会信用代码：52…: the code under the line is the party's."""
    code = "52419901MJ0K3R7D1Q"
    text = f"当事人：某县某某幼儿园\n{line}\n统一社会信用代码：{code}\n地址：某县某路9号\n负责人：王某\n"
    party = find_party(text + "2024年3月1日，本局……")
    assert party is not None and party.code is not None and party.code.value == code
    assert party.address is not None and party.address.value == "某县某路9号"


def test_registration_named_in_a_long_sentence_opens_no_party_line() -> None:
    """must not match: 登记机关 opening a sentence of the narrative (no colon after it) ends the block."""
    text = (
        f"当事人：{COMPANY}\n登记机关于2024年3月1日核准当事人变更名称后当事人仍使用原名称经营，"
        "现场负责人电话：13812345678。\n"
    )
    party = find_party(text)
    assert party is not None and party.phone is None


def test_operator_and_business_form_brackets_dropped_a_second_name_kept() -> None:
    shop = find_party("当事人：孝昌县某某殡葬店（个体工商户）\n经营者：丁某某\n")
    assert shop is not None and shop.name.value == "孝昌县某某殡葬店" and shop.individual_business
    operator = find_party("当事人：梁溪区某某餐饮店（经营者：汪某某）\n主体资格证照名称：营业执照\n")
    assert operator is not None and operator.name.value == "梁溪区某某餐饮店"
    sole = find_party("当事人：某县某某农家乐（个人独资企业）\n统一社会信用代码：91419901MA865GXD4U\n")
    assert sole is not None and sole.name.value == "某县某某农家乐" and sole.party_type == "organisation"
    partnership = find_party("当事人：金堂县某某养老中心（普通合伙）\n")
    assert partnership is not None and partnership.name.value == "金堂县某某养老中心(普通合伙)"


@pytest.mark.parametrize("form", ["事业单位", "事业单位法人", "民办非企业单位", "社会团体"])
def test_a_bracket_giving_the_kind_of_body_is_dropped(form: str) -> None:
    """当事人：某县某某服务中心（事业单位）: the bracket says what kind of body the party is, not its name."""
    party = find_party(
        f"当事人：某县某某服务中心（{form}），统一社会信用代码：12419901MB1C4H7Q2X，住所：某县某路3号。\n"
    )
    assert party is not None and party.name.value == "某县某某服务中心" and party.party_type == "organisation"
    # must not match: a second name in the bracket is part of the party's name
    other = find_party("当事人：某县某镇中心卫生院（某县第四人民医院），住所：某县某路3号。\n")
    assert other is not None and other.name.value == "某县某镇中心卫生院(某县第四人民医院)"


def test_a_name_wrapped_inside_its_bracket_is_joined() -> None:
    party = find_party("当事人：某县某镇中心卫生院（某县第四人民医院\n）\n主体资格证照名称：事业单位法人证书\n")
    assert party is not None and party.name.value == "某县某镇中心卫生院(某县第四人民医院)"
    assert party.party_type == "organisation"


@pytest.mark.parametrize("sep", ["：", ""])
def test_a_code_wrapped_inside_the_names_bracket_is_the_partys(sep: str) -> None:
    party = find_party(
        f"当事人：{COMPANY}（统一社会信用代码{sep}{CODE[:10]}\n{CODE[10:]}），住所：某县某路3号。\n经查："
    )
    assert party is not None and party.name.value == COMPANY
    assert party.code is not None and party.code.value == CODE and party.code_valid


def test_a_bracket_without_a_code_label_gives_no_code_from_inside_the_name() -> None:
    # must not match: digits inside a bracket that names no code are no code
    party = find_party(f"当事人：{COMPANY}（原名某某商贸行\n91419901MA865GXD）\n住所：某县某路3号。\n经查：")
    assert party is not None and party.code is None


def test_a_farm_stay_named_alone_is_an_individual_business() -> None:
    """A 农家乐 printed with no code, address or operator is a household's business by its 字号 (rule 5)."""
    party = find_party("当事人：某县老许农家乐\n\n经查，当事人在菜单上按时价标示。")
    assert party is not None and party.name.value == "某县老许农家乐" and party.individual_business
    # must not match: a farm-stay company, an association of farm stays, or a sole proprietorship
    company = find_party("当事人：某县老许农家乐餐饮有限公司\n\n经查，当事人在菜单上按时价标示。")
    assert company is not None and not company.individual_business
    association = find_party("当事人：某县农家乐协会\n\n经查，当事人在菜单上按时价标示。")
    assert association is not None and not association.individual_business
    sole = find_party("当事人：某县老许农家乐（个人独资企业）\n\n经查，当事人在菜单上按时价标示。")
    assert sole is not None and not sole.individual_business


def test_a_trade_name_bracketed_at_the_end_of_the_premises_line_stands_for_the_party() -> None:
    """当事人姓名：某某 … 经营场所：…摊点（某县某某蔬菜摊）: the 字号 the block prints is the party (rule 5)."""
    block = (
        "当事人姓名：钟秋兰　　　性别：女\n身份证号：2503**********2846\n"
        "经营场所：某县某镇农贸市场外东侧临时摊点（某县秋兰水果摊）\n统一社会信用代码：92250321MA5R1K7PXC\n"
        "违法事实：经查，当事人销售的水果未标明价格。\n"
    )
    party = find_party(block)
    assert party is not None and party.name.value == "某县秋兰水果摊" and party.individual_business


@pytest.mark.parametrize(
    ("premises", "code"),
    [
        # must not match: a bracket naming the market the stall stands in, or a stall number, or a person not
        # shown to run a 个体工商户 (no 92 code, no such word)
        ("某县某镇东街（某县中心农贸市场）", "92250321MA5R1K7PXC"),
        ("某县某镇农贸市场（14号摊）", "92250321MA5R1K7PXC"),
        ("某县某镇农贸市场外东侧临时摊点（某县秋兰水果摊）", "2503**********2846"),
    ],
)
def test_a_premises_bracket_naming_a_place_or_without_a_business_keeps_the_person(premises: str, code: str) -> None:
    block = (
        f"当事人姓名：钟秋兰　　　性别：女\n经营场所：{premises}\n证件号码：{code}\n"
        "违法事实：经查，当事人销售的水果未标明价格。\n"
    )
    party = find_party(block)
    assert party is not None and party.name.value == "钟秋兰"


def test_the_shops_name_under_another_label_wins_over_the_operator() -> None:
    party = find_party("当事人：宫某某\n主体资格证照名称:故城县某某副食店\n统一社会信用代码：92131126MA098NB959\n")
    assert party is not None and party.name.value == "故城县某某副食店" and party.individual_business


@pytest.mark.parametrize(
    "block",
    [
        "当事人：赵某，性别：男，身份证号码：110101199003077571，住\n址：某省某市某区某路42号，联系电话：15600000000。",
        "当事人：某某化工有限公司，统一社会信用代码\n：91350100M000100Y43，住所：某市某区长青路294号，法定代表人：钱某。",
        "当事人：某某建筑有限公司，统一社会信用代码：\n91350100M000100Y43，住\n所：某市某县望江路357号，法定代表人：孙某。",
    ],
)
def test_a_label_split_by_a_line_break_stays_in_the_block(block: str) -> None:
    party = find_party(block + "\n2024年3月22日，执法人员在检查中发现当事人涉嫌违法。")
    assert party is not None and party.code is not None and party.code_valid
    assert party.address is not None and party.address.value.endswith("号")


@pytest.mark.parametrize(
    "block",
    [
        "当事人 某某物流有限公司\n统一社会信 用\n代码 91350100M000100Y43\n住所 某市某区长青路294号",
        "当事人：某某物流有限公司\n统 一 社 会 信 用\n代 码：91350100M000100Y43\n住所：某市某区长青路294号",
    ],
)
def test_a_letter_spaced_label_split_by_a_line_break_stays_in_the_block(block: str) -> None:
    party = find_party(block + "\n经查，当事人涉嫌违法。")
    assert party is not None and party.code is not None and party.code.value == "91350100M000100Y43"
    assert party.address is not None and party.address.value.endswith("号")


@pytest.mark.parametrize(
    "block",
    [
        "当事人：某某物流有限公司　主体资格证照名\n称：营业执照　统一社会信用代码：91350100M000100Y43　住所：某市某区长青路294号",
        "当事人：某某物流有限公司　负责人：钱某　统一社会信\n用代码：91350100M000100Y43　经营场所：某市某区长青路294号",
        "当事人：某某物流有限公司　负责人：钱某　统一社会信用\n代码（注册号）91350100M000100Y43　住所：某市某区长青路294号",
    ],
)
def test_a_label_broken_anywhere_after_other_labels_stays_in_the_block(block: str) -> None:
    party = find_party(block + "\n经查，当事人涉嫌违法。")
    assert party is not None and party.code is not None and party.code.value == "91350100M000100Y43"
    assert party.address is not None and party.address.value.endswith("号")


@pytest.mark.parametrize("label", ["经营地址", "营业场所"])
def test_a_business_address_line_keeps_the_block_open(label: str) -> None:
    """经营地址：… 注册号：… under the name and its operator: the registration number on it is the party's."""
    text = f"当事人：某某小吃店\u3000经营者：吴某\n{label}：某县某镇新华路27号\u3000注册号：350100600008271\n经查，当事人涉嫌违法。"
    party = find_party(text)
    assert party is not None and party.code is not None and party.code.value == "350100600008271"


def test_a_business_address_told_in_a_sentence_is_no_party_line() -> None:
    """Must not match: a sentence that opens with the label's words, no colon after them, is the body."""
    assert _PARTY_LINE.match("经营地址：某县某镇新华路27号")
    assert not _PARTY_LINE.match("经营地址变更后，当事人未办理变更登记。")
    assert not _PARTY_LINE.match("营业场所内未设置价目表。")


def test_a_page_break_inside_the_block_leaves_blank_lines_the_block_reads_past() -> None:
    """The footer and the next page's header blanked between 法定代表人 and the credit code: one block."""
    block = "当事人：某某家居用品有限公司\n法定代表人：钱某\n        \n          \n统一社会信用代码：91350100M000100Y43\n住所：某市某区长青路294号\n"
    party = find_party(block + "2024年3月22日，执法人员在检查中发现当事人涉嫌违法。")
    assert party is not None and party.code is not None and party.code.value == "91350100M000100Y43"
    assert party.address is not None and party.address.value.endswith("号")


def test_a_blank_line_before_a_sentence_ends_the_block() -> None:
    """Must not match: blank lines followed by the body's sentence, even one naming an address, end the block."""
    text = "当事人：某某家居用品有限公司\n法定代表人：钱某\n        \n经查，当事人住所地位于长青路294号，涉嫌违法。\n"
    party = find_party(text)
    assert party is not None and party.address is None


def test_a_word_broken_like_a_label_without_its_colon_ends_the_block() -> None:
    # must not match: a sentence broken inside 法定代表人 with no colon or value after it
    assert not _label_across("当事人：某某物流有限公司　当事人法定", "代表人未到场，委托他人。")
    assert not _label_across("当事人：某某物流有限公司　主体资格证照名", "义上由他人经营。")
    assert _label_across("当事人：某某物流有限公司　统一社会信用", "代码：91350100M000100Y43")


def test_a_sentence_after_the_block_is_no_split_label() -> None:
    party = find_party("当事人：某某物流有限公司\n住所：某市某区长青路294号\n经 查 明，当事人法定\n代表人未到场。")
    assert party is not None and party.representative is None


def test_a_company_name_broken_inside_its_suffix_is_joined() -> None:
    party = find_party("当事人：某某环保科技工程服务有限公\n司\n住所：某市某区长青路294号\n")
    assert party is not None and party.name.value == "某某环保科技工程服务有限公司"
    branch = find_party("当事人：某某商贸有限公司某某路营业\n部\n主体资格证照名称：营业执照\n")
    assert branch is not None and branch.name.value == "某某商贸有限公司某某路营业部"
    assert party_type_of("某某营业部") == "organisation"
    whole = find_party("当事人：某某环保科技有限公司\n司机：张某\n")
    assert whole is not None and whole.name.value == "某某环保科技有限公司"


def test_a_label_cut_at_the_line_end_ends_the_name() -> None:
    party = find_party(
        "当事人：某某医疗服务有限公司 主体\n资格证照名称：营业执照\n统一社会信用代码：91350100M000100Y43\n"
    )
    assert party is not None and party.name.value == "某某医疗服务有限公司"
    shop = find_party("当事人：某某百货商店\n住所：某市某区长青路294号\n")
    assert shop is not None and shop.name.value == "某某百货商店"


def test_a_licence_title_cut_by_the_line_break_keeps_the_code_in_the_block() -> None:
    party = find_party(
        "当事人：某某旅游有限公司；《营业\n执照》统一社会信用代码：\n91350100M000100Y43；类型：有限责任公司\n"
    )
    assert party is not None and party.code is not None and party.code.value == "91350100M000100Y43"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("当 事 人 名 称   某 某 区 某 某 停 车 管 理 有 限 公 司", "某某区某某停车管理有限公司"),
        ("姓 名   李 某 某", "李某某"),
        ("字 号   某 某 乡 某 氏 烟 酒 店", "某某乡某氏烟酒店"),
        ("当事人姓 名\u3000\u3000李某某", "李某某"),
    ],
)
def test_a_letter_spaced_cell_label_and_value(line: str, name: str) -> None:
    party = find_party(
        f"某某县市场监督管理局\n当场行政处罚决定书\n{line}\n住所 某市某区长青路294号\n经查，当事人涉嫌违法。"
    )
    assert party is not None and party.name.value == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("当   事   人   某 某 市 某 某 餐 饮 服 务 中 心（普 通 合 伙）", "某某市某某餐饮服务中心(普通合伙)"),
        ("当 事人名称 某某县某某镇某氏水果店", "某某县某某镇某氏水果店"),
        ("名\u3000\u3000称\u3000\u3000某 某 县 某 某 商 行", "某某县某某商行"),
    ],
)
def test_a_label_spaced_as_widely_as_its_gap_ends_where_the_value_is_spaced_narrower(line: str, name: str) -> None:
    """当   事   人   某 某… and 当 事人名称 某某…: the gaps inside the label are as wide as the one after it, but the
    value's letters sit closer (or touch), so the label ends there."""
    party = find_party(
        f"某某县市场监督管理局\n行政处罚决定书\n{line}\n住所 某市某区长青路294号\n经查，当事人涉嫌违法。"
    )
    assert party is not None and party.name.value == name


def test_a_letter_spaced_line_without_a_gap_gives_no_cell_label() -> None:
    assert find_party("某某县市场监督管理局\n当场行政处罚决定书\n姓 名 李 某 某\n经查，当事人涉嫌违法。") is None


def test_a_name_with_a_space_before_a_wide_gap_keeps_its_own_label_gap() -> None:
    party = find_party("某某县市场监督管理局\n当场行政处罚决定书\n姓名 李某某  性别 男\n经查，当事人涉嫌违法。")
    assert party is not None and party.name.value == "李某某"


def test_an_organisation_name_wins_over_a_92_code_and_an_operator_line() -> None:
    company = find_party("当事人：某某艺术培训有限公司\n统一社会信用代码：92511123MA69E9LB0U\n经营者：赖某某\n")
    assert company is not None and not company.individual_business
    clinic = find_party("当事人：某县某社区卫生服务中心\n统一社会信用代码：1****************6\n经营者：郭*洲\n")
    assert clinic is not None and not clinic.individual_business


def test_a_masked_92_credit_code_makes_an_individual_business_before_a_later_id_number() -> None:
    party = find_party(
        "当事人：赵 XX\n主体资格证照名称：某县 XXXX 副食店\n统一社会信用代码：9213XXXXMCP2X\n"
        "身份证件号码：13112XXXXXX5445\n"
    )
    assert party is not None and party.individual_business


def test_a_masked_registration_number_leaves_the_words_individual_business_to_decide() -> None:
    """A 注册号 masked for publication says nothing of the kind; the 个体工商户 beside it does."""
    party = find_party(
        "当事人：华某某\n身份证号：4*****************\n"
        "经营场所：某县某镇农贸市场西排3号（个体工商户，注册号：430521600****）\n"
    )
    assert party is not None and party.individual_business
    wrapped = find_party(
        "当事人：华某某\n身份证号：4*****************\n"
        "经营场所：某县某镇农贸市场西排3号（个体工商户，注册号：43052160\n0****）\n"
    )
    assert wrapped is not None and wrapped.individual_business


def test_a_masked_credit_code_under_its_own_label_still_tells_an_organisation() -> None:
    """Must not match: a masked 91… credit code is a company's, whatever words follow in its block."""
    party = find_party(
        "当事人：某某便利店\n统一社会信用代码：914305****\n经营场所：某县某镇（原个体工商户，已转为公司）\n"
    )
    assert party is not None and not party.individual_business
    form = find_party("当事人：某某口腔诊所\n统一社会信用代码（注册号）：91****\n经营者：某某\n")
    assert form is not None and not form.individual_business
    whole = find_party("名称：某某文具商行（个人独资企业）\n营业执照号：91680281MA6C3H5E8E\n投资人：某某\n")
    assert whole is not None and not whole.individual_business


def test_a_code_printed_with_an_extra_character_is_read_whole_and_flagged() -> None:
    """A labelled code one character too long (a slip of the print) is kept as printed, not cut to 18."""
    party = find_party(f"当事人：{COMPANY}\n统一社会信用代码：{CODE}7\n住所：某市某路1号")
    assert party.code.value == f"{CODE}7" and party.code_valid is False


def test_an_eighteen_character_code_still_ends_at_its_last_character() -> None:
    party = find_party(f"当事人：{COMPANY}\n统一社会信用代码：{CODE}，住所：某市某路1号")
    assert party.code.value == CODE and party.code_valid is True


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "某局\n行政处罚决定书\n姓名    周小满\n身份证号码  3301**********2216\n住址  某市某路9号\n经查，……",
            "周小满",
            "citizen",
        ),
        ("当事人名称  某县白桥镇小周副食店\n注册号  330102000123456\n经营者  周小满\n", "某县白桥镇小周副食店", None),
        ("当事人姓名　周小满\n身份证件号码　******************\n", "周小满", "citizen"),
        ("字号：某县白桥镇小周副食店\n组成形式：个人经营\n经营者：周小满\n", "某县白桥镇小周副食店", None),
    ],
)
def test_a_table_cell_label_without_a_colon_and_the_shops_trade_name(text: str, name: str, kind: str | None) -> None:
    party = find_party(text)
    assert party is not None and party.name.value == name
    if kind is not None:
        assert party.party_type == kind


def test_a_registration_number_alone_does_not_make_an_organisation_of_a_shop() -> None:
    party = find_party("当事人名称  某县白桥镇小周副食店\n注册号  330102000123456\n经营者  周小满\n经查，……")
    assert party is not None and party.code is not None and party.code.value == "330102000123456"
    assert party.individual_business


@pytest.mark.parametrize("gap", ["   ", "\u3000", "\u3000\u3000", "\t"])
def test_a_code_printed_in_gapped_groups_is_joined(gap: str) -> None:
    """代码：9141 0100 MA44 … printed with wide gaps (a text layer's runs of spaces): joined up to 18 that check."""
    grouped = gap.join(CODE[i : i + 4] for i in range(0, 18, 4))
    party = find_party(f"名　　称：{COMPANY}\n统一社会信用代码：{grouped}\n住　　所：某市某路1号")
    assert party is not None and party.code is not None and party.code.value == CODE and party.code_valid


def test_gapped_groups_that_do_not_make_a_valid_code_are_not_joined() -> None:
    """Must not match: groups running past 18 characters, or 18 that fail the check, give no joined code."""
    grouped = "   ".join(CODE[i : i + 4] for i in range(0, 16, 4))
    party = find_party(f"名　　称：{COMPANY}\n统一社会信用代码：{grouped}   {CODE[16]}5   12\n住所：某市某路1号")
    assert party is None or party.code is None or party.code.value != CODE
    broken = "   ".join(CODE[i : i + 4] for i in range(0, 16, 4)) + "   " + CODE[16] + ("A" if CODE[17] != "A" else "B")
    party = find_party(f"名　　称：{COMPANY}\n统一社会信用代码：{broken}\n住所：某市某路1号")
    assert party is None or party.code is None or not party.code_valid


def test_a_code_broken_over_two_lines_is_joined_only_when_valid() -> None:
    party = find_party(f"当事人：{COMPANY}，统一社会信用代码：{CODE[:7]}\n{CODE[7:]}，住所：郑州市金水区花园路8号。")
    assert party is not None and party.code is not None and party.code.value == CODE and party.code_valid
    registration = find_party(f"当事人：{COMPANY}\n注册号：410100000012345\n2023年5月6日，本局检查发现……")
    assert registration is not None and registration.code is not None
    assert registration.code.value == "410100000012345"
    invalid = find_party(f"当事人：{COMPANY}，统一社会信用代码：{CODE[:7]}\n12345678901，住所：某地。")
    assert invalid is None or invalid.code is None or invalid.code.value != CODE[:7] + "12345678901"


def test_every_party_of_a_joint_decision_in_table_rows() -> None:
    text = (
        "某局\n行政处罚决定书\n某市监罚〔2024〕3号\n"
        f"当事人一  {COMPANY}\n统一社会信用代码  {CODE}\n住所  郑州市金水区花园路8号\n法定代表人  王某某\n"
        "当事人二  金水区老王烩面馆\n注册号  410105600123456\n经营场所  郑州市金水区文化路3号\n经营者  王老五\n"
        "经查，当事人一与当事人二共同……"
    )
    parties = find_parties(text)
    assert [p.name.value for p in parties] == [COMPANY, "金水区老王烩面馆"]
    assert parties[0].code is not None and parties[0].code.value == CODE
    assert parties[0].address is not None and parties[0].address.value == "郑州市金水区花园路8号"
    assert parties[1].code is not None and parties[1].code.value == "410105600123456"
    assert parties[1].individual_business
    assert find_party(text) == parties[0]


def test_every_party_of_a_joint_decision_in_one_paragraph() -> None:
    text = (
        f"当事人（一）：{COMPANY}，统一社会信用代码：{CODE}，住所：郑州市金水区花园路8号，当事人（二）\n"
        "：金水区老王烩面馆（个体工商户），经营场所（住址）：郑州市金水区文化路3号，经营者：王老五。\n"
    )
    parties = find_parties(text)
    assert [p.name.value for p in parties] == [COMPANY, "金水区老王烩面馆"]
    assert parties[1].code is None  # the first party's code is not lent to the second
    assert parties[1].address is not None and parties[1].address.value == "郑州市金水区文化路3号"


@pytest.mark.parametrize(
    ("second", "name"),
    [
        ("当事人二：某某县某某商\n贸有限公司，统一社会信用代码：", "某某县某某商贸有限公司"),
        ("当事人二：某\n某市某某连锁有限公司某某县分公司，住所：", "某某市某某连锁有限公司某某县分公司"),
        ("当事人二：某某县某某镇小周副\n食店（个体工商户），经营者：", "某某县某某镇小周副食店"),
    ],
)
def test_a_further_partys_name_cut_by_the_line_break_is_joined(second: str, name: str) -> None:
    text = f"当事人一：{COMPANY}，住所：郑州市金水区花园路8号，法定代表人：王某某，{second}某某\n经查，……"
    assert [p.name.value for p in find_parties(text)] == [COMPANY, name]


@pytest.mark.parametrize(
    ("second", "name"),
    [
        ("当事人二：某某县鸿福液化气站（个体工商户，经营者：韦某某）\n", "某某县鸿福液化气站"),
        ("当事人二：某某县小周副食店（经营者：周某某，身份证号码：4101**）\n", "某某县小周副食店"),
        # must not match: a closed bracket that is part of the name stays
        ("当事人二：某某（某某）商贸有限公司，住所：某路1号\n", "某某(某某)商贸有限公司"),
    ],
)
def test_a_further_partys_operator_details_cut_by_a_comma_are_dropped(second: str, name: str) -> None:
    """The operator's bracket broken by a comma or a label (（个体工商户，经营者：…）) is no part of the name."""
    text = f"当事人一：{COMPANY}，住所：郑州市金水区花园路8号，{second}经查，……"
    assert [p.name.value for p in find_parties(text)] == [COMPANY, name]


@pytest.mark.parametrize(
    "second",
    [
        "当事人二：张小满\n身份证号码：4101**********2216，",
        "当事人二：张小满\n经查，当事人在某某超市有限公司……",
    ],
)
def test_a_further_citizens_name_is_not_joined_with_the_next_line(second: str) -> None:
    text = f"当事人一：{COMPANY}，住所：郑州市金水区花园路8号，{second}"
    assert [p.name.value for p in find_parties(text)] == [COMPANY, "张小满"]


@pytest.mark.parametrize(
    "tail",
    [
        "经查，当事人一与当事人二共同销售商品未明码标价。",
        "责令当事人\n十日内改正。",
        "本局决定对当事人二罚款500元。",
    ],
)
def test_a_sentence_naming_numbered_parties_adds_none(tail: str) -> None:
    text = f"当事人：{COMPANY}\n统一社会信用代码：{CODE}\n{tail}"
    assert [p.name.value for p in find_parties(text)] == [COMPANY]


def test_a_letter_spaced_sentence_after_a_numbered_party_adds_none() -> None:
    """本局对当事人一、/当事人二 立案调查。: a single space after the label, a full stop on its line — a sentence."""
    text = (
        f"当事人一：{COMPANY}\n统一社会信用代码：{CODE}\n当事人二：金水区老王烩面馆\n经营者：王老五\n"
        "2024年3月1日，本局对当事人一、\n当事人二 立案调查。\n"
    )
    assert [p.name.value for p in find_parties(text)] == [COMPANY, "金水区老王烩面馆"]


def test_a_letter_spaced_line_wrapping_on_after_a_numbered_party_adds_none() -> None:
    """当 事 人 二 系 某 某 / 广场入驻商户…: the text layer letter-spaced the whole line, whose sentence wraps on
    without a full stop — no table cell after a gap."""
    text = (
        f"当事人一：{COMPANY}\n统一社会信用代码：{CODE}\n当事人二：金水区老王烩面馆\n经营者：王老五\n"
        "经查，当事人一在其经营的广场举办促销活动。当 事 人 二 系 金 水\n广场入驻商户，2024年3月1日……\n"
    )
    assert [p.name.value for p in find_parties(text)] == [COMPANY, "金水区老王烩面馆"]


@pytest.mark.parametrize("gap", [" ", "　", "  "])
def test_a_further_party_after_a_gap_is_still_read(gap: str) -> None:
    """Must not match: 当事人二 某某店 without a full stop, or after a wide gap, is a table cell's party."""
    text = f"当事人一：{COMPANY}\n统一社会信用代码：{CODE}\n当事人二{gap}金水区老王烩面馆\n经营者：王老五\n经查，……"
    assert [p.name.value for p in find_parties(text)] == [COMPANY, "金水区老王烩面馆"]
    if gap != " ":
        stopped = text.replace("烩面馆\n", "烩面馆，经营者王老五。\n")
        assert [p.name.value for p in find_parties(stopped)] == [COMPANY, "金水区老王烩面馆"]


@pytest.mark.parametrize(
    "masked",
    ["9141xxxxxxxxxx5GXD", "41010XXXXXXXXX2216", "4101**********2216"],
)
def test_a_masked_code_is_no_code_but_still_a_credit_codes_sign(masked: str) -> None:
    party = find_party(
        f"当事人：金水区老王烩面馆\n统一社会信用代码：9241****5GX\n身份证件号码：{masked}\n经营者：王老五"
    )
    assert party is not None and party.code is None
    assert party.individual_business


def test_a_valid_code_with_x_characters_is_still_read() -> None:
    party = find_party("当事人：某某商贸有限公司\n统一社会信用代码：91419901MA865GXD4U\n")
    assert party is not None and party.code is not None and party.code_valid


@pytest.mark.parametrize(
    "label",
    ["统 一 社 会 信 用 代 码 ：", "营业执照注册号：", "工商注册号 ", "营业执照号码："],
)
def test_code_labels_in_other_wordings_and_spacing(label: str) -> None:
    value = CODE if "信用" in label else "410105600123456"
    party = find_party(f"当事人：{COMPANY}\n{label}{value}\n住所：郑州市金水区花园路8号")
    assert party is not None and party.code is not None and party.code.value == value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "当事人：郑州市金水区某某商\n贸有限公司\n统一社会信用代码：91419901MA865GXD4U\n",
            "郑州市金水区某某商贸有限公司",
        ),
        ("名称：某某县某某农业\n专业合作社\n住所：某县某镇", "某某县某某农业专业合作社"),
        ("受处罚人：某某县城关镇小周副食店\n经营者：周小满\n", "某某县城关镇小周副食店"),
        # a 销售部 is a shop's name like a 经营部, so its wrapped tail is joined
        ("当事人：某县某乡小李电动车销\n售部\n主体资格证照名称：营业执照\n", "某县某乡小李电动车销售部"),
        # must not match: a company's complete name keeps off the next line's 销售部
        ("当事人：某某电器有限公司\n销售部负责人：李某\n", "某某电器有限公司"),
    ],
)
def test_a_name_wrapped_without_a_bracket_and_other_labels(text: str, name: str) -> None:
    party = find_party(text)
    assert party is not None and party.name.value == name


@pytest.mark.parametrize(
    "text",
    [
        "当事人：张小满\n经查，当事人在某某超市有限公司……",
        "当事人：张小满\n2023年5月6日，本局检查某某便利店时……",
        "当事人：张小满\n身份证号码：4101**********2216\n",
    ],
)
def test_a_citizens_name_is_not_joined_with_the_next_line(text: str) -> None:
    party = find_party(text)
    assert party is not None and party.name.value == "张小满" and party.party_type == "citizen"


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("名称（字号）：", "金水区老王烩面馆"),
        ("当事人（单位名称）：", COMPANY),
        ("当事人（姓名或名称）：", "周小满"),
    ],
)
def test_a_bracketed_qualifier_inside_the_label(label: str, name: str) -> None:
    party = find_party(f"某局\n行政处罚决定书\n{label}{name}\n住所：某县某镇某街1号\n经查，……")
    assert party is not None and party.name.value == name


def test_a_forms_caption_names_the_trade_name_before_its_bracket() -> None:
    """A form's fixed caption 当事人名称（字号）： over a 个体工商户's block: the 字号 after it is the party, not the
    operator on the 经营者 line below."""
    text = (
        "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2020〕7号\n当事人名称（字号）：某县老孙茶叶店\n主体类型：个体工商户\n"
        "统一社会信用代码：92410100MA9XXXXXX0\n经营者：孙某某\n经营场所：某县某路3号\n违法事实：\n"
    )
    party = find_party(text)
    assert party is not None and party.name.value == "某县老孙茶叶店" and party.individual_business


def test_the_caption_words_in_a_sentence_label_nothing() -> None:
    """Must not match: the caption's words opening a sentence without a colon (当事人名称（字号）变更为…) label no
    party; the labelled line below is read."""
    text = "某局\n行政处罚决定书\n当事人名称（字号）变更为某县老孙茶叶店\n当事人：孙某某\n住所：某县某路3号\n"
    party = find_party(text)
    assert party is not None and party.name.value == "孙某某"


@pytest.mark.parametrize(
    "facts",
    [
        "经查，当事人于2023年5月1日开始经营某县小李肉铺，销售猪肉。",
        "某县小李便利店经营者李小明未按规定明码标价。",
        "当事人系某县小李便利店的经营者。",
        "当事人系个体经营，在某镇集市销售蔬菜。",
    ],
)
def test_a_bare_name_that_the_text_says_runs_a_shop_is_an_individual_business(facts: str) -> None:
    party = find_party("当事人：李小明\n\n" + facts)
    assert party is not None and party.individual_business


@pytest.mark.parametrize(
    "facts",
    [
        "当事人在某县大华超市购买食品后投诉。",
        "当事人系某县大华超市店员，负责收银。",
        "当事人系某县大华超市的工作人员。",
        "执法人员对当事人的经营场所进行检查。",
        "当事人经营的商品未明码标价。",
        "某县大华超市经营者王大力称，当事人在店内购物。",
    ],
)
def test_a_buyer_or_an_employee_of_a_shop_is_no_individual_business(facts: str) -> None:
    party = find_party("当事人：李小明\n\n" + facts)
    assert party is not None and not party.individual_business


def test_a_named_company_running_a_shop_stays_an_organisation() -> None:
    party = find_party("当事人：某某贸易有限公司\n\n当事人于2023年开始经营某县小李肉铺。")
    assert party is not None and not party.individual_business


def test_a_registration_number_broken_over_two_lines_is_joined_to_fifteen_digits() -> None:
    party = find_party("名称：某县青禾汽车服务有限公司，注册号：330102000123\n456，经营场所：某县人民路6号。\n")
    assert party is not None and party.code is not None and party.code.value == "330102000123456"


def test_a_broken_registration_number_does_not_make_an_organisation_of_a_shop() -> None:
    text = "字号：某县白桥镇小周副食店，组成形式：个人经营，注册号：3301020\n00123456，住所：某县白桥镇文化路3号\n经查"
    party = find_party(text)
    assert party is not None and party.code is not None and party.code.value == "330102000123456"
    assert party.individual_business


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("名称：某县青禾汽车服务有限公司，注册号：3301020001\n2023年5月6日，本局检查发现……\n", "33010200012023"),
        ("名称：某县青禾汽车服务有限公司，注册号：33010200012\n3456号楼，……\n", "330102000123456"),  # a house number
        ("名称：某县青禾汽车服务有限公司，注册号：3301020001\n23，住所：某地\n", "330102000123"),  # 12 digits
        ("名称：某县青禾汽车服务有限公司，注册号：330102000123456\n7，住所：某地\n", "3301020001234567"),
    ],
)
def test_a_registration_number_does_not_swallow_what_the_next_line_opens_with(text: str, wrong: str) -> None:
    party = find_party(text)
    assert party is not None and (party.code is None or party.code.value != wrong)


def test_an_organisation_opening_the_block_without_a_label() -> None:
    """No 当事人： label: the first lines' organisation followed at once by its code or address is the party."""
    text = (
        "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2023〕0457号\n"
        "某州某某停车管理有限公司，统一社会信用代码91380121346721500X，住\n所某县城关镇迎春路9号，法定代表人贺某某。\n"
        "2023年6月6日，本局执法人员对当事人经营的停车场进行检查。"
    )
    (party,) = find_parties(text)
    assert (party.name.value, party.party_type) == ("某州某某停车管理有限公司", "organisation")
    assert party.code is not None and party.code.value == "91380121346721500X"


def test_an_organisation_alone_on_its_line_with_its_code_under_it() -> None:
    """No label: an organisation's name alone on a first line, its code or address opening the next, is the party."""
    text = (
        "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2023〕12号\n\n某县某某中医门诊部\n"
        "统一社会信用代码：52380121MJ0000000X\n住所：某县某路19号\n\n2023年8月15日，本局……"
    )
    (party,) = find_parties(text)
    assert (party.name.value, party.party_type) == ("某县某某中医门诊部", "organisation")
    assert party.address is not None and party.address.value == "某县某路19号"


@pytest.mark.parametrize(
    "lines",
    [
        "某县市场监督管理局\n统一社会信用代码：11380000000000000X",  # the agency itself
        "经查，当事人经营的某某商贸有限公司\n住所位于某路",  # a sentence that runs on
        "本局对某某商贸有限公司\n住所进行了检查",  # a sentence wrapped right after a company's name
        "张某某\n身份证号码：4101**********2216",  # a person needs a label
    ],
)
def test_no_unlabelled_party_from_a_line_and_the_next(lines: str) -> None:
    """Must not match: the agency, a sentence wrapped before a label, a person without a label."""
    assert find_parties(f"行政处罚决定书\n{lines}\n本局认为……") == []


@pytest.mark.parametrize(
    "line",
    [
        "某县市场监督管理局，统一社会信用代码11380000000000000X",  # the agency itself
        "经查，某某商贸有限公司住所位于某路",  # a sentence, not a block
        "张某某，身份证号码4101**********2216",  # a person needs a label
    ],
)
def test_no_unlabelled_party_from_other_lines(line: str) -> None:
    """Must not match: the agency, a sentence that mentions a company, a person without a label."""
    assert find_parties(f"行政处罚决定书\n{line}\n本局认为……") == []


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            (
                "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2025〕8号\n"
                "当事人某县小溪山货店，个体工商户，统一社会信用代码92419901MA865GXD4U，经营场所某县某路7号，经营者李某。\n"
                "2025年3月1日，本局……"
            ),
            "某县小溪山货店",
            "92419901MA865GXD4U",
        ),
        (
            f"当事人{COMPANY}，统一社会信用代码{CODE}，住所某市某区某路8号，法定代表人王某某。\n经查，……",
            COMPANY,
            CODE,
        ),
    ],
    ids=["shop", "company"],
)
def test_a_party_introduced_in_a_sentence_without_a_colon(text: str, name: str, code: str) -> None:
    party = find_party(text)
    assert party is not None and party.name.value == name
    assert party.code is not None and party.code.value == code and party.address is not None


@pytest.mark.parametrize(
    "text",
    [
        "某县市场监督管理局\n行政处罚决定书\n当事人于2025年3月1日在某县某路销售商品，住所不明。\n",
        "某县市场监督管理局\n行政处罚决定书\n当事人的上述行为，违反了某法的规定。\n",
        "某县市场监督管理局\n行政处罚决定书\n当事人销售的商品，经营场所未公示价格。\n",
    ],
)
def test_a_narrative_sentence_about_the_party_names_none(text: str) -> None:
    assert find_party(text) is None


def test_a_credit_code_cut_at_the_end_of_a_line_of_labels_is_joined() -> None:
    """统一社会信用代码：91580121MA6D1J7 / N47　住所：…: the party's line holds several labels, the break cut the
    code short; the next line's short run completes it (the joined code checks) and its labels are read."""
    text = "当事人名称：某县某某农资有限公司　统一社会信用代码：91580121MA6D1J7\nN47　住所：某县某路12号　法定代表人：葛某\n"
    party = find_party(text)
    assert party is not None and party.code is not None and party.code.value == "91580121MA6D1J7N47"
    assert party.address is not None and party.address.value == "某县某路12号"
    # must not match: a run that does not complete a valid code is not joined
    broken = find_party(text.replace("N47", "N48"))
    assert broken is not None and (broken.code is None or broken.code.value != "91580121MA6D1J7N48")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a public institution said to be one after its name (系事业单位法人)
        (
            f"当事人某县某某服务中心，系事业单位法人，统一社会信用代码{CODE}，住所某县某路1号。\n经查，",
            "某县某某服务中心",
        ),
        # the party introduced as 被处罚人 with a short name in brackets, the sentence wrapped inside a label
        (
            f"被处罚人{COMPANY}某某营业部（以下简称当事人），统\n一社会信用代码{CODE}，负责人张某，营业场所某市\n某路2号。\n经查",
            f"{COMPANY}某某营业部",
        ),
        # the code and address in brackets straight after the name
        (f"当事人{COMPANY}（统一社会信用代码：{CODE}；住所：某县某镇1号），系某景区经营者。\n经查", COMPANY),
    ],
)
def test_sentence_opening_the_party(text: str, name: str) -> None:
    party = find_party(text)
    assert party is not None and party.name.value.replace("\n", "") == name
    assert party.party_type == "organisation" and party.code is not None and party.code.value == CODE


def test_sentence_about_the_party_names_none() -> None:
    """Must not match: a narrative sentence about the party, or one whose clause describes no party."""
    assert find_party("被处罚人于2024年1月2日在店内销售商品，系其自行采购。\n") is None
    assert find_party("当事人某某有限公司，自2024年起经营某某业务。\n") is None


def test_code_broken_over_three_lines() -> None:
    """A code the text layer broke twice is joined when the whole is a valid code; an invalid join is no code."""
    text = f"当事人{COMPANY}（统一社会信用代码：{CODE[:9]}\n{CODE[9:12]}\n{CODE[12:]}；住所：某县某镇1号）。\n"
    party = find_party(text)
    assert party is not None and party.code is not None and party.code.value == CODE
    broken = f"当事人：{COMPANY}\n统一社会信用代码：{CODE[:9]}\n{CODE[9:12]}\n2024年"
    party = find_party(broken)
    assert party is not None and (party.code is None or party.code.value != CODE[:12] + "2024")


@pytest.mark.parametrize("name", ["某县某镇某某村民委员会", "某区某街道某某社区居民委员会"])
def test_self_government_bodies_are_organisations(name: str) -> None:
    assert party_type_of(name) == "organisation"


def test_other_committees_are_no_persons_nor_organisations() -> None:
    """Must not match: an agency's committee is neither a citizen nor, by this rule, an organisation."""
    assert party_type_of("某市价格委员会") is None


def test_block_opening_with_the_operator_names_the_trade_name() -> None:
    """A 个体工商户 printed operator first (经营者：某某（字号：某某店）): the 字号 is the party."""
    text = "行政处罚决定书\n某号\n经营者：李某某（字号：某县小李面馆）\n统一社会信用代码：92410100MA9XXXXXX0\n经营场所：某县某路3号\n经查，"
    party = find_party(text)
    assert party is not None and party.name.value == "某县小李面馆" and party.individual_business


def test_operator_line_under_a_labelled_party_changes_nothing() -> None:
    """Must not match: an 经营者 line in the block of a party already labelled, or a sentence about an operator."""
    party = find_party("当事人：某县小李面馆\n经营者：李某某\n住所：某县某路3号\n")
    assert party is not None and party.name.value == "某县小李面馆"
    assert find_party("经查，经营者李某某于2024年在店内销售商品。\n") is None


@pytest.mark.parametrize("short", ["（以下简称当事人）", "(以下简称某某公司)", "（下称当事人）"])
def test_the_short_name_in_brackets_at_the_line_end_is_no_part_of_the_name(short: str) -> None:
    """当事人：某某有限公司（以下简称当事人） with the code on the next line: the bracket only announces the short
    name the decision will use."""
    party = find_party(f"当事人：{COMPANY}{short}\n统一社会信用代码：{CODE}\n住所：某市某路1号\n")
    assert party is not None and party.name.value == COMPANY and party.party_type == "organisation"
    # must not match: a bracket holding a second name stays part of the name
    other = find_party("当事人：某县某镇中心卫生院（某县第四人民医院）\n住所：某县某路3号\n")
    assert other is not None and other.name.value == "某县某镇中心卫生院(某县第四人民医院)"


@pytest.mark.parametrize("note", ["（系某某控股集团有限公司全资子公司）", "(隶属于某某集团有限公司)"])
def test_a_bracket_describing_the_party_is_no_part_of_the_name(note: str) -> None:
    """当事人：某某有限公司（系某某集团有限公司全资子公司）: the bracket says whose subsidiary the party is; the
    parent is no part of the name."""
    party = find_party(f"当事人：{COMPANY}{note}\n统一社会信用代码：{CODE}\n住所：某市某路1号\n")
    assert party is not None and party.name.value == COMPANY
    # must not match: a bracket holding a second name of the same body stays part of the name
    other = find_party("当事人：某县某镇中心卫生院（某县系统维修服务中心）\n住所：某县某路3号\n")
    assert other is not None and other.name.value == "某县某镇中心卫生院(某县系统维修服务中心)"


@pytest.mark.parametrize("role", ["（“某某优选”网络交易平台经营者）", "（平台内经营者）", "(电子商务经营者)"])
def test_a_bracket_giving_the_party_s_platform_role_is_no_part_of_the_name(role: str) -> None:
    """当事人一：某某有限公司（“某某优选”网络交易平台经营者）: the bracket says what the party is in the case."""
    party = find_party(f"当事人一：{COMPANY}{role}\n统一社会信用代码：{CODE}\n住所：某市某路1号\n")
    assert party is not None and party.name.value == COMPANY
    # must not match: a bracket naming a platform body that is no role word stays part of the name
    other = find_party("当事人：某县某镇中心卫生院（某县平台运营中心）\n住所：某县某路3号\n")
    assert other is not None and other.name.value == "某县某镇中心卫生院(某县平台运营中心)"


def test_the_operator_first_and_the_shop_in_brackets_names_the_shop() -> None:
    """当事人：张某某（某县某某副食店），统一社会信用代码：92…: a 个体工商户 printed person first; its 字号 in the
    brackets is the party's name (ruling 5)."""
    party = find_party(
        "当事人：张某某（某县某某副食店），统一社会信用代码：92419901MA865GXD4U，经营场所：某县某街8号。\n"
    )
    assert party is not None and party.name.value == "某县某某副食店" and party.individual_business
    # must not match: a bracket that gives the form of business, or a person's name after a shop's
    form = find_party("当事人：张某某（个体工商户），统一社会信用代码：92419901MA865GXD4U，经营场所：某县某街8号。\n")
    assert form is not None and form.name.value == "张某某"
    shop = find_party("当事人：某县某某副食店（张某某），统一社会信用代码：92419901MA865GXD4U。\n")
    assert shop is not None and shop.name.value == "某县某某副食店"


def test_a_sentence_that_says_the_party_is_an_individual_business() -> None:
    """当事人某某店，系个体工商户，经营者…: 系 before the kind still describes the party."""
    party = find_party(
        "当事人某县某某粮油店，系个体工商户，经营者李某，统一社会信用代码92419901MA865GXD4U，经营场所某县某街1号。\n"
        "2025年3月1日，本局……"
    )
    assert party is not None and party.name.value == "某县某某粮油店" and party.individual_business
    assert party.code is not None and party.code.value == "92419901MA865GXD4U"
    # must not match: a narrative sentence that says what the party did
    assert find_party("当事人于2025年3月1日系个体工商户经营者，销售商品。\n") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "当事人　　　　某县城关镇小周烘焙坊　　　经营者　　周小满\n统一社会信用代码　92419901MA865GXD4U\n",
            "某县城关镇小周烘焙坊",
        ),
        ("当事人名称    某县白桥镇小周副食店    负责人    周小满\n", "某县白桥镇小周副食店"),
        # a single space is letter spacing inside the value, no cell gap
        ("当事人　　某县 白桥镇 小周副食店\n经营者　周小满\n", "某县白桥镇小周副食店"),
        # the word after the gap is no label: the value goes on
        ("当事人　　某某县　　经营部副食店\n经营者：周小满\n", "某某县经营部副食店"),
    ],
)
def test_a_wide_gap_table_ends_the_name_at_the_next_label_cell(text: str, name: str) -> None:
    party = find_party(text)
    assert party is not None and party.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "名　　称：某某市某某区某某电子商务有　　　法定代表人：王某某\n"
                "　　　　　限公司　　　　　　　　　　　　　类　　　型：有限责任公司\n"
                "统一社会信用代码：91419901MA865GXD4U\n"
            ),
            "某某市某某区某某电子商务有限公司",
        ),
        (
            "当事人：某某县某某农业专业　　　负责人：王某某\n合作社　　　　　　　联系电话：138****0000\n",
            "某某县某某农业专业合作社",
        ),
        (  # letter-spaced, the gap before the second column three spaces wide
            (
                "名   称：某 某 市 某 某 区 某 某 电 子 商 务 有   法 定 代 表 人：王 某 某\n"
                "限公司　　　　　　　　类　　型：有限责任 公司\n统一社会信用代码：91419901MA865GXD4U\n"
            ),
            "某某市某某区某某电子商务有限公司",
        ),
    ],
)
def test_a_name_wrapped_inside_the_first_column_of_a_two_column_table(text: str, name: str) -> None:
    party = find_party(text)
    assert party is not None and party.name.value == name


def test_a_complete_name_beside_a_second_column_is_not_joined_with_the_next_line() -> None:
    text = "名称：某某市某某商贸有限公司　　　法定代表人：王某某\n住　所：某市某路1号　　　类型：有限责任公司\n"
    party = find_party(text)
    assert party is not None and party.name.value == "某某市某某商贸有限公司"


@pytest.mark.parametrize("cut", [17, 12, 18])
def test_a_code_in_the_names_bracket_is_no_part_of_the_name(cut: int) -> None:
    """某公司（统一社会信用代码：…）, the bracket perhaps cut by the line break: the name ends before it."""
    code = "91419901735186240K"
    party = find_party(
        f"当事人：某某云居宾馆有限公司（统一社会信用代码：{code[:cut]}\n{code[cut:]}），住所：某县某路3号。\n经查："
    )
    assert party is not None and party.name.value == "某某云居宾馆有限公司"
    # must not match: a bracket that holds a former or second name stays part of the name
    other = find_party("当事人：某某云居宾馆有限公司（原某某招待所），住所：某县某路3号。\n经查：")
    assert other is not None and other.name.value == "某某云居宾馆有限公司(原某某招待所)"


def test_a_heading_spaced_like_a_label_and_its_value_names_no_party() -> None:
    """被处罚人 基本情况 (a heading over the party block, one space inside): the name is the 字号 below it."""
    party = find_party(
        "被处罚人 基本情况\n字　　号：某某区老张家卤味店\n经 营 者：张某某\n统一社会信用代码：92419901MA3W1K9G0X\n"
    )
    assert party is not None and party.name.value == "某某区老张家卤味店"


@pytest.mark.parametrize("marks", [("(1)", "(2)", "(3)", "(4)"), ("（一）", "(二)", "三、", "四、")])
def test_numbered_party_lines_are_read(marks: tuple[str, ...]) -> None:
    one, two, three, four = marks
    text = (
        "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕5号\n当事人情况：\n"
        f"{one}名称：{COMPANY}\n{two}统一社会信用代码：{CODE}\n{three}住所：郑州市金水区花园路8号\n{four}法定代表人：王某某\n"
        "违法事实：\n经查，当事人……"
    )
    party = find_party(text)
    assert party is not None
    assert party.name.value == COMPANY
    assert party.code is not None and party.code.value == CODE
    assert party.party_type == "organisation"


@pytest.mark.parametrize("third", ["3.", "（三）"])
def test_a_numbered_agent_line_ends_the_block(third: str) -> None:
    text = f"1.名称：{COMPANY}\n2.住所：郑州市金水区花园路8号\n{third}委托代理人：李某，统一社会信用代码：{CODE}"
    party = find_party(text)
    assert party is not None and party.name.value == COMPANY
    assert party.code is None


def test_a_cover_page_party_takes_the_bodys_details() -> None:
    text = (
        f"某市市场监督管理局\n行政处罚决定书\n某市监处〔2023〕8号\n当事人：{COMPANY}\n\f"
        f"一、当事人基本情况\n当事人：{COMPANY}\n统一社会信用代码：{CODE}\n住所：郑州市金水区花园路8号\n"
        "二、违法事实\n经查，……"
    )
    party = find_party(text)
    assert party is not None and party.name.value == COMPANY
    assert party.code is not None and party.code.value == CODE
    assert party.address is not None


def test_another_name_later_is_no_repeat() -> None:
    text = (
        f"当事人：{COMPANY}\n\f一、基本情况\n当事人：郑州市另一家商贸有限公司\n统一社会信用代码：{CODE}\n"
        f"二、违法事实\n当事人：{COMPANY}系本案当事人，……"
    )
    party = find_party(text)
    assert party is not None and party.name.value == COMPANY
    assert party.code is None


@pytest.mark.parametrize("number", ["（一）", "一", "1"])
def test_numbered_punished_persons_are_every_party(number: str) -> None:
    second = number.replace("一", "二").replace("1", "2")
    text = (
        f"某局\n行政处罚决定书\n某市监罚〔2025〕8号\n被处罚人{number}：{COMPANY}\n统一社会信用代码：{CODE}\n"
        f"法定代表人：王某某\n被处罚人{second}：金水区晓风茶叶店\n经营者：李晓风\n经查，……"
    )
    parties = find_parties(text)
    assert [p.name.value for p in parties] == [COMPANY, "金水区晓风茶叶店"]
    assert parties[0].code is not None and parties[0].code.value == CODE


def test_a_sentence_naming_a_punished_person_numbered_opens_no_further_party() -> None:
    """Must not match: 被处罚人（二） inside a sentence, with no colon after it, names no further party."""
    text = f"被处罚人：{COMPANY}\n住所：郑州市金水区花园路8号\n经查，被处罚人（二）一词本决定未用，……"
    assert [p.name.value for p in find_parties(text)] == [COMPANY]


@pytest.mark.parametrize(
    "line",
    [
        f"当事人：{COMPANY}（原名称：郑州市金水区某某石化产品销售有限公司，2024年11月20日变更名称）\n统一社会信用代码：{CODE}\n",
        (
            f"当事人{COMPANY}（原名称郑州市某某百货有限公司，于2024年5月6日经核准变更为现名称），统一社会信用代码{CODE}，"
            "住所郑州市金水区花园路8号。\n"
        ),
        f"当事人：{COMPANY}（曾用名：郑州市某某百货有限公司）\n统一社会信用代码：{CODE}\n",
    ],
)
def test_a_former_name_in_brackets_is_no_part_of_the_name(line: str) -> None:
    party = find_party(f"某局\n行政处罚决定书\n某市监罚〔2025〕8号\n{line}经查，……")
    assert party is not None and party.name.value == COMPANY
    assert party.code is not None and party.code.value == CODE


@pytest.mark.parametrize(
    "former",
    [
        "曾用名：郑州市金水区某某商行",
        "（原名称：郑州市某某百货有限公司，2023年3月变更）",
        "原企业名称：郑州市某某贸易有限公司",
        # letter-spaced by the text layer
        "（原 名 称：郑 州 市 某 某 百 货 有 限 公 司，2023年3月 变 更）",
    ],
)
def test_a_former_name_on_its_own_line_keeps_the_block_open(former: str) -> None:
    text = f"某局\n行政处罚决定书\n某市监罚〔2025〕8号\n当事人：{COMPANY}\n{former}\n统一社会信用代码：{CODE}\n经查，……"
    party = find_party(text)
    assert party is not None and party.name.value == COMPANY
    assert party.code is not None and party.code.value == CODE


def test_a_sentence_that_opens_with_former_name_words_ends_the_block() -> None:
    """Must not match: a finding that opens with 曾用名 but is no labelled line closes the block."""
    text = (
        f"某局\n行政处罚决定书\n某市监罚〔2025〕8号\n当事人：{COMPANY}\n法定代表人：王某某。\n"
        f"曾用名问题经本局核实，当事人于2023年3月变更名称，现名称与营业执照一致。\n统一社会信用代码：{CODE}\n"
    )
    party = find_party(text)
    assert party is not None and party.code is None


def test_a_bracket_that_only_mentions_an_earlier_name_in_its_registered_name_stays() -> None:
    """Must not match: a registered name's own bracket that is no former name (某某（原名）食品有限公司) is kept."""
    party = find_party(f"当事人：某某（原名）食品有限公司\n统一社会信用代码：{CODE}\n")
    assert party is not None and party.name.value == "某某(原名)食品有限公司"


@pytest.mark.parametrize("bar", ["┃", "｜", "│"])
def test_a_ruled_table_row_per_party_is_read_cell_by_cell(bar: str) -> None:
    text = (
        f"某局\n行政处罚决定书\n某市监罚〔2026〕3号\n{bar}当事人一{bar}{COMPANY}{bar}统一社会信用代码：{CODE}{bar}住所"
        f"\n：郑州市金水区花园路8号\n{bar}当事人二{bar}{COMPANY}金水分公司{bar}负责人：王某\n经查，……"
    )
    parties = find_parties(text)
    assert [p.name.value for p in parties] == [COMPANY, f"{COMPANY}金水分公司"]
    assert parties[0].code is not None and parties[0].code.value == CODE


def test_a_table_with_a_column_per_party_ends_the_first_name_at_its_cell() -> None:
    text = f"当事人基本情况：\n项目｜当事人一｜当事人二\n名　称｜{COMPANY}｜郑州市某某物\n业服务有限公司\n统一社会信用代码｜{CODE}｜9141\n"
    party = find_party(text)
    assert party is not None and party.name.value == COMPANY


def test_a_name_whose_cell_goes_on_with_a_label_is_not_cut_before_it() -> None:
    """Must not match: a wide gap inside a name that is not a whole organisation's name keeps the name whole."""
    party = find_party(f"名　称　　郑州市某某　商贸有限公司\n统一社会信用代码：{CODE}\n")
    assert party is not None and party.name.value == COMPANY


def test_a_table_with_a_column_per_party_names_the_second_party_from_its_column() -> None:
    text = (
        f"当事人基本情况：\n项目｜当事人一｜当事人二\n名　称｜{COMPANY}｜郑州市某某物\n业服务有限公司\n"
        f"统一社会信用代码｜{CODE}｜91419901MA865GXD4U\n经查，……"
    )
    parties = find_parties(text)
    assert [p.name.value for p in parties] == [COMPANY, "郑州市某某物业服务有限公司"]
    assert parties[1].code is None  # the first party's code is not lent to the second


@pytest.mark.parametrize(
    ("cell", "second"),
    [
        # the line ends the second party's cell after its first character
        ("郑\n州市某某物业服务有限公司", ["郑州市某某物业服务有限公司"]),
        # must not match: a one-character cell whose next line is a label names no party
        ("郑\n住所：郑州市金水区花园路8号", []),
    ],
)
def test_a_column_per_party_cell_cut_after_its_first_character(cell: str, second: list[str]) -> None:
    text = (
        f"当事人基本情况：\n项目｜当事人一｜当事人二\n名　称｜{COMPANY}｜{cell}\n统一社会信用代码｜{CODE}｜\n经查，……"
    )
    assert [p.name.value for p in find_parties(text)] == [COMPANY, *second]


def test_a_second_value_without_a_head_row_per_party_names_no_party() -> None:
    """Must not match: a name cell followed by another value, but no head row giving each party a column."""
    text = f"当事人基本情况：\n名　称｜{COMPANY}｜郑州市某某物业服务有限公司\n统一社会信用代码｜{CODE}\n经查，……"
    assert [p.name.value for p in find_parties(text)] == [COMPANY]


def test_a_name_bracketed_as_an_individual_business_wins_over_its_centre_form() -> None:
    party = find_party(
        "名称：某某县某某家电销售中心（个体工商户）；经营者：王某某；统一社会信用代码：92400303MA8QJ15334\n"
    )
    assert party is not None and party.name.value == "某某县某某家电销售中心" and party.individual_business


def test_a_centre_with_an_operator_line_but_no_stated_form_stays_an_organisation() -> None:
    # must not match: the 个体工商户 form is not stated beside the name, so the name's 中心 decides
    party = find_party("名称：某某县某某检测中心；经营者：王某某；统一社会信用代码：12400303MA8QJ15334\n")
    assert party is not None and not party.individual_business


def test_a_92_code_makes_a_centre_an_individual_business() -> None:
    """当事人：某某洗浴中心 with a 92… code: only a 个体工商户 is given such a code, whatever its name's form."""
    party = find_party("当事人：某县某某洗浴中心\n经营者：滕某某\n统一社会信用代码：92400303MA8QJ15334\n")
    assert party is not None and party.individual_business


def test_a_centre_with_an_operator_line_and_no_code_stays_an_organisation() -> None:
    # must not match: without the code only the form's 经营者 line speaks, and the name's 中心 wins over it
    party = find_party("当事人：某县某某洗浴中心\n经营者：滕某某\n经营场所：某县某路7号\n")
    assert party is not None and not party.individual_business


def test_an_org_code_is_the_code_of_a_party_without_a_credit_code() -> None:
    party = find_party("当事人：某某县第三中学\n组织机构代码：31245678-7\n地址：某某县文化路1号\n法定代表人：某某")
    assert (party.code.value, party.code_valid, party.party_type) == ("31245678-7", True, "organisation")
    assert party.address.value == "某某县文化路1号"


def test_an_org_code_gives_way_to_a_registration_number() -> None:
    party = find_party("当事人：某某商贸有限公司\n组织机构代码：31245678-7\n注册号：330102000123456\n住所：某某路2号")
    assert party.code.value == "330102000123456"


def test_an_org_code_that_fails_its_check_is_kept_but_flagged() -> None:
    party = find_party("当事人：某某县第三中学\n组织机构代码：31245678-6\n地址：某某县文化路1号")
    assert party.code.value == "31245678-6" and party.code_valid is False and party.party_type != "citizen"


def test_a_persons_name_over_a_registration_number_is_an_individual_business() -> None:
    party = find_party("当事人：王某英\n注册号：330102600123456\n经营场所：某某农贸市场3号摊位\n经查，……")
    assert party.individual_business is True


def test_a_persons_name_over_an_old_id_number_stays_a_citizen() -> None:
    # must not match: a 15-digit number under an ID label is the person's own, no business registration
    party = find_party("当事人：王某英\n身份证号码：330102650412123\n住址：某某路3号\n经查，……")
    assert party.individual_business is False and party.party_type == "citizen"


def test_the_operators_details_wrapped_inside_the_names_bracket_are_dropped() -> None:
    party = find_party(
        "当事人：某县某某米粉店（经营者：王某某，公民身份号码：410101********12\n34）\n经营场所：某县某路7号\n经查："
    )
    assert party is not None and party.name.value == "某县某某米粉店"
    # must not match: a name wrapped inside its bracket with no label in it is joined
    wrapped = find_party("当事人：某县某镇中心卫生院（某县第四\n人民医院）\n住所：某县某路3号\n")
    assert wrapped is not None and wrapped.name.value == "某县某镇中心卫生院(某县第四人民医院)"


def test_a_name_alone_on_its_line_over_its_kind_and_then_its_code() -> None:
    party = find_party(
        "某县物价局\n行政处罚决定书\n某价处字〔2016〕第3号\n某县某某农资经营部\n企业类型：个人独资企业\n"
        "注册号：410122000013685\n投资人：王某某\n住所：某县某镇某村\n根据群众举报，本局……"
    )
    assert party is not None and party.name.value == "某县某某农资经营部"
    assert party.code is not None and party.code.value == "410122000013685"
    # a sole proprietorship's block: a shop-like name (…经营部) is no 个体工商户
    assert party.party_type == "organisation" and not party.individual_business


def test_a_name_alone_over_a_line_that_is_no_party_label_opens_no_block() -> None:
    # must not match: a line between the name and the code that is not the party's kind or representative
    party = find_party(
        "某县物价局\n行政处罚决定书\n某县某某农资经营部\n本局于2016年1月4日立案调查。\n注册号：410122000013685\n"
    )
    assert party is None or party.name.value != "某县某某农资经营部"


@pytest.mark.parametrize("line", ["企业类型：个人独资企业", "投资人：王某某", "类型：普通合伙企业"])
def test_a_block_stating_another_form_is_no_individual_business(line: str) -> None:
    party = find_party(f"当事人：某县某某农资经营部\n{line}\n注册号：410122000013685\n住所：某县某镇某村\n")
    assert party is not None and party.party_type == "organisation" and not party.individual_business


def test_a_shops_name_with_an_operator_line_is_still_an_individual_business() -> None:
    # must not match: the other-form rule leaves a 个体工商户's 经营者 block alone
    party = find_party("当事人：某县某某农资经营部\n经营者：王某某\n注册号：410122000013685\n住所：某县某镇某村\n")
    assert party is not None and party.individual_business


@pytest.mark.parametrize("opening", ["根据群众举报", "经查", "2024年3月1日"])
def test_the_narrative_under_an_address_is_no_part_of_it(opening: str) -> None:
    party = find_party(
        f"当事人：某县某某农资有限公司\n住所：某县某镇新街村供销社旁\n{opening}，本局对当事人进行了检查。"
    )
    assert party is not None and party.address is not None and party.address.value == "某县某镇新街村供销社旁"


def test_an_address_wrapped_onto_the_next_line_is_still_joined() -> None:
    # must not match: the rest of an address on the next line is kept
    party = find_party("当事人：某县某某农资有限公司\n住所：某县某镇纬三路\n6号，法定代表人：王某某\n")
    assert party is not None and party.address is not None and party.address.value == "某县某镇纬三路6号"


def test_a_bracketed_heading_labels_the_party() -> None:
    """【当事人】某公司，统一社会信用代码…: the heading is the label, its paragraph the party's block."""
    text = (
        "青禾县市场监督管理局\n行政处罚决定书\n青市监罚〔2022〕18号\n"
        f"【当事人】{COMPANY}，统一社会信用代码{CODE[:12]}\n{CODE[12:]}，住所郑州市金水区花园路8号，法定代表人王某某。\n"
        "【案件来源】2022年3月8日，本局接到投诉。"
    )
    party = find_party(text)
    assert party is not None and party.name.value == COMPANY and party.party_type == "organisation"
    assert party.code is not None and party.code.value == CODE


def test_a_bracketed_heading_of_the_partys_statement_names_no_party() -> None:
    """must not match: 【当事人陈述申辩】 heads what the party said, not who it is."""
    assert find_party("行政处罚决定书\n【当事人陈述申辩】当事人未提出陈述、申辩。\n") is None


def test_a_bracketed_heading_alone_on_its_line_leaves_the_name_to_the_label_under_it() -> None:
    """must not match: 【当事人】 over 名称：… — the heading holds no name, 名称 is no name either."""
    party = find_party(
        f"行政处罚决定书\n【当事人】\n名称：{COMPANY}\n统一社会信用代码：{CODE}\n住所：郑州市金水区花园路8号\n"
    )
    assert party is not None and party.name.value == COMPANY


def test_labels_set_in_brackets() -> None:
    """【当事人】某某五金店（个体工商户） / 【统一社会信用代码】…: a bracketed label closes as a colon does, and the lines
    of the block under it are read on to the code."""
    text = (
        "当场行政处罚决定书\n某市监当〔2022〕第0105号\n【当事人】某某县老张五金店（个体工商户）\n"
        "【经营者】张某某　　【身份证件号码】3602**********5516\n【统一社会信用代码】92180321MA3D8K2W7H\n"
        "【经营场所】某某县河西街道建材市场C幢8号\n【违法事实及证据】2022年3月10日，当事人未标明价格。"
    )
    party = find_party(text)
    assert party is not None and party.name.value == "某某县老张五金店"
    assert party.code is not None and party.code.value == "92180321MA3D8K2W7H"
    assert party.address is not None and party.address.value == "某某县河西街道建材市场C幢8号"


def test_a_bracketed_label_in_running_text_is_no_party_label() -> None:
    """Must not match: 当事人】 inside a line (not its opening) is running text, not the party's label."""
    text = "处罚决定书\n本案见【附件当事人】某某有限公司的材料一份。\n当事人：某某有限公司\n统一社会信用代码：91350100M000100Y43"
    party = find_party(text)
    assert party is not None and party.name.value == "某某有限公司"


_ROW_HEAD = "某局\n行政处罚决定书\n某市监罚〔2024〕3号\n本案当事人基本情况如下：\n"


@pytest.mark.parametrize("rule", [" | ", "　", "  "])
def test_every_party_of_a_table_that_gives_each_a_row(rule: str) -> None:
    """序号｜当事人名称｜统一社会信用代码｜住所｜法定代表人, one party a row: each row's cells are that party's; a short
    line under a row is a cell wrapped onto it."""
    rows = [
        ["序号", "当事人名称", "统一社会信用代码", "住所", "法定代表人（负责人）"],
        ["1", COMPANY, CODE, "郑州市金水区花园路8号", "王某某"],
        ["2", "金水区老王烩面馆", "92419901MA865GXD4U", "郑州市金水区文化", "王老五"],
    ]
    text = _ROW_HEAD + "\n".join(rule.join(row) for row in rows) + "\n路3号\n2024年3月1日，本局对当事人一、当事人二……"
    parties = find_parties(text)
    assert [p.name.value for p in parties] == [COMPANY, "金水区老王烩面馆"]
    assert parties[0].code is not None and parties[0].code.value == CODE and parties[0].code_valid
    assert parties[0].party_type == "organisation"
    assert parties[0].address is not None and parties[0].address.value == "郑州市金水区花园路8号"
    assert parties[0].representative is not None and parties[0].representative.value == "王某某"
    assert parties[1].individual_business
    assert parties[1].code is not None and parties[1].code.value == "92419901MA865GXD4U"


@pytest.mark.parametrize(
    "table",
    [
        # must not match: a table of goods (商品名称 is no party's name column)
        "序号 | 商品名称 | 标价 | 实际售价\n1 | 某牌大米 | 58元 | 65元\n",
        # must not match: a key-value table prints values in its first row (当事人名称｜某某店｜统一社会信用代码｜…)
        (
            "当事人名称 | 某区某某母婴用品店 | 统一社会信用代码 | 92419901MA865GXD4U\n"
            "经营场所 | 某区某路56号 | 经营者 | 何某某\n主体类型 | 个体工商户 | 身份证号 | 4101**********2241\n"
        ),
        # must not match: a table of parties' fines has no code or address column
        "当事人 | 名称 | 罚款金额\n当事人一 | 某某店 | 500元\n",
    ],
)
def test_a_table_without_a_partys_columns_gives_no_row_parties(table: str) -> None:
    text = f"某局\n行政处罚决定书\n当事人：{COMPANY}\n统一社会信用代码：{CODE}\n{table}经查，……"
    assert [p.name.value for p in find_parties(text)] == [COMPANY]


def test_a_further_partys_role_in_brackets_before_the_colon() -> None:
    """当事人二（直接负责的主管人员）：某某 — the role's bracket stands between the label and its colon."""
    text = (
        f"当事人一（单位）：{COMPANY}\n统一社会信用代码：{CODE}\n法定代表人：张小满\n"
        "当事人二（直接负责的主管人员）：张小满\n身份证号码：4101**********2216\n经查，……"
    )
    parties = find_parties(text)
    assert [p.name.value for p in parties] == [COMPANY, "张小满"]
    assert parties[1].party_type == "citizen"


def test_a_numbered_party_with_a_bracket_in_a_sentence_adds_none() -> None:
    """Must not match: a bracket after 当事人二 with no colon after it is the narrative's."""
    text = f"当事人：{COMPANY}\n统一社会信用代码：{CODE}\n当事人二（即某某店）未到场，……\n"
    assert [p.name.value for p in find_parties(text)] == [COMPANY]


#: A party table drawn with box rules between its rows (invented company and a code with a valid check character).
BOXED = (
    "某市监罚〔2024〕1号\n"
    "┌────────┬──────────────────────┐\n"
    "│当事人名称　　│{name}　　　　│\n"
    "├────────┼──────────────────────┤\n"
    "│统一社会信用代码│{code}　　　│\n"
    "├────────┼──────────────────────┤\n"
    "│住　　所　　　│某市某区某路1号　　　│\n"
    "└────────┴──────────────────────┘\n"
    "经查，当事人……\n"
)


def test_a_boxed_party_table_reads_the_code_past_its_ruled_lines() -> None:
    party = find_party(BOXED.format(name=COMPANY, code=CODE))
    assert party is not None and party.name.value == COMPANY
    assert party.code is not None and party.code.value == CODE


def test_a_ruled_line_ends_no_block_but_a_sentence_still_does() -> None:
    """Must not match: a code printed after the facts began is no code of the party's block."""
    text = (
        f"当事人：{COMPANY}\n────────────\n2024年3月1日本局执法人员对当事人的经营场所进行了检查，发现：\n"
        f"统一社会信用代码：{CODE}\n"
    )
    party = find_party(text)
    assert party is not None and party.code is None


def test_a_column_per_party_table_under_a_bare_label() -> None:
    """当事人： alone, then a ruled table whose head names 当事人一｜当事人二 and whose 名称 row gives both names:
    the head row is no name, and the second column's cell is the second party even without a company suffix."""
    text = (
        "当事人：\n"
        "┌────┬──────────┬──────────┐\n"
        "│　　　　│当事人一　　　　│当事人二　　　　│\n"
        "├────┼──────────┼──────────┤\n"
        f"│名称　　│{COMPANY}　　│某县某某船队　　│\n"
        "├────┼──────────┼──────────┤\n"
        f"│信用代码│{CODE}　　│　　　　　　　　│\n"
        "└────┴──────────┴──────────┘\n"
        "经查，两当事人……\n"
    )
    parties = find_parties(text)
    assert [party.name.value for party in parties] == [COMPANY, "某县某某船队"]


def test_a_second_column_cell_in_an_unnamed_row_needs_a_name_like_value() -> None:
    """Must not match: in a row not labelled as the names' row, a cell without a name's suffix is no party."""
    text = f"项目　　当事人一　　当事人二\n当事人：{COMPANY}　　某县某某船队\n经查，两当事人……\n"
    assert [party.name.value for party in find_parties(text)] == [COMPANY]


def test_a_form_label_alone_on_its_line_over_its_value() -> None:
    """A case system's form exported cell by cell: each label alone on its line without a colon, its value under it
    (当事人名称 / 某某有限公司 / 统一社会信用代码 / 9141…); a person's form the same (当事人姓名 / 张某某 / 身份证件…)."""
    company = find_party(
        f"行政处罚决定书\n某市监罚〔2024〕3号\n当事人名称\n{COMPANY}\n统一社会信用代码\n{CODE}\n住所\n"
        "郑州市金水区花园路8号\n法定代表人（负责人）\n王某某\n案由\n不明码标价\n"
    )
    assert company is not None and company.name.value == COMPANY
    assert company.party_type == "organisation" and company.code is not None and company.code.value == CODE
    person = find_party(
        "行政处罚决定书\n某市监罚〔2024〕3号\n当事人姓名\n张春生\n身份证件类型及号码\n居民身份证　4101**********1234\n"
        "住址\n郑州市金水区某村6号\n案由\n不明码标价\n"
    )
    assert person is not None and person.name.value == "张春生" and person.party_type == "citizen"


def test_a_form_value_no_detail_row_follows_is_no_name() -> None:
    """Must not match: under a bare 当事人名称 a line that reads like a short name but that no party detail's row
    follows (当事人名称 / 见附件 / 案由 …): a deferral, not the party's name."""
    party = find_party("行政处罚决定书\n某市监罚〔2024〕3号\n当事人名称\n见附件\n案由\n不明码标价\n经查，……\n")
    assert party is None or party.name.value != "见附件"


@pytest.mark.parametrize(("opening", "closing"), [("〖", "〗"), ("〔", "〕"), ("【", "】")])
def test_form_labels_in_any_of_the_usual_brackets(opening: str, closing: str) -> None:
    """A case system sets its labels in 【】, 〔〕 or 〖〗 (〖当事人名称〗某某有限公司 / 〖统一社会信用代码〗9141…):
    the name and the code under it are read the same."""
    party = find_party(
        f"行政处罚决定书\n某市监罚〔2024〕3号\n{opening}当事人名称{closing}{COMPANY}\n"
        f"{opening}统一社会信用代码{closing}{CODE}\n{opening}住所{closing}郑州市金水区花园路8号\n"
        f"{opening}案由{closing}不明码标价\n"
    )
    assert party is not None and party.name.value == COMPANY
    assert party.code is not None and party.code.value == CODE


def test_a_bracketed_field_that_is_no_party_detail_ends_the_block() -> None:
    """Must not match: 〖案由〗 or 〖违法事实〗 after the name ends the party's block: a supplier's code told in the
    facts is not the party's."""
    party = find_party(
        f"行政处罚决定书\n某市监罚〔2024〕3号\n〖当事人名称〗{COMPANY}\n〖案由〗不明码标价\n"
        "〖违法事实〗当事人的供货商某某贸易有限公司（统一社会信用代码91419901MA865GXD4U）……\n"
    )
    assert party is not None and party.name.value == COMPANY and party.code is None


def test_a_bracket_opening_with_the_former_name_goes_on_to_the_party_details() -> None:
    """当事人某公司（原名某公司，统一社会信用代码：…，住所：…）于…: one sentence names the party, its details in the
    bracket after its former name."""
    text = (
        "某局\n行政处罚决定书\n某市监罚〔2025〕8号\n"
        f"当事人{COMPANY}（原名郑州市某某百货有限公司，统一社会信用代码：{CODE}，住所：郑州市金水区花园路8号，"
        "法定代表人：王某某）于2025年3月1日至3月9日期间在其门店销售商品……\n"
    )
    party = find_party(text)
    assert party is not None and party.name.value == COMPANY
    assert party.code is not None and party.code.value == CODE


def test_a_former_name_bracket_that_describes_nothing_opens_no_sentence_party() -> None:
    """Must not match: a former name in a bracket followed by the narrative (no code, address or kind) names no
    party by the sentence form."""
    text = "某局\n行政处罚决定书\n某市监罚〔2025〕8号\n当事人某某（原名某某某，于2025年3月1日起）在某地销售商品……\n"
    assert find_party(text) is None


def test_a_partnerships_main_premises_line_keeps_the_block_open() -> None:
    text = (
        "某局\n行政处罚决定书\n某市监罚〔2025〕8号\n当事人：郑州市某某餐饮管理合伙企业（普通合伙）\n"
        f"主要经营场所：郑州市金水区花园路8号\n统一社会信用代码：{CODE}\n执行事务合伙人：王某某\n经查，……"
    )
    party = find_party(text)
    assert party is not None and party.code is not None and party.code.value == CODE
    assert party.address is not None and party.address.value == "郑州市金水区花园路8号"
    assert _PARTY_LINE.match("主要经营场所：郑州市金水区花园路8号")
    # must not match: a line that opens with 主要 and names no premises is no line of the block
    assert not _PARTY_LINE.match("主要经营品种为日用百货，兼营餐饮服务")
