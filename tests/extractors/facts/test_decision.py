"""Decision facts read from real shapes: the 诉讼 route against the 复议决定, placeless bodies, the agency named
by a seal placeholder, goods confiscated in kind."""

from __future__ import annotations

import pytest

from extractors.facts.decision import agency_unnamed, decision_facts, notice_facts, signing_agency
from extractors.facts.penalty import penalty_facts

REMEDIES = (
    "当事人如不服本行政处罚决定，可以在收到本行政处罚决定书之日起六十日内依法向平泉市人民政府申请行政复议；"
    "对行政复议决定不服的，可以在六个月内依法向平泉市人民法院提起行政诉讼。\n"
)


def test_litigation_offered_against_the_review_decision() -> None:
    facts = decision_facts("经查……\n" + REMEDIES + "平泉市市场监督管理局\n2023年12月20日\n")
    assert facts.litigation is not None and facts.litigation.after_review
    assert facts.review is not None and facts.review.bodies == ["平泉市人民政府"]


def test_direct_litigation_is_not_after_review() -> None:
    text = "可在六十日内向某县人民政府申请行政复议，也可以在六个月内直接向某县人民法院提起行政诉讼。\n"
    facts = decision_facts(text)
    assert facts.litigation is not None and not facts.litigation.after_review


def test_a_body_or_court_without_a_place_is_no_named_body() -> None:
    text = "可在收到本决定书之日起六十日内向人民政府申请行政复议；也可以在六个月内依法向有权法院提起行政诉讼。\n"
    facts = decision_facts(text)
    assert facts.review is not None and facts.review.generic and facts.review.bodies == []
    assert facts.litigation is not None and facts.litigation.generic


def test_a_seal_placeholder_names_the_agency() -> None:
    text = "正文。\n如不服……\n （临洮县市场监管局印章）\n"
    assert signing_agency(text) == "临洮县市场监管局"


@pytest.mark.parametrize(
    "line",
    [
        "某某县市场监督管理局（某某县市场监督管理局印章）",
        "某某县市场监督管理局 （某某县市场监管局公章）",
        "某某县市场监督管理局（印章）",
    ],
)
def test_a_seal_placeholder_after_the_agency_on_its_line_is_no_part_of_the_name(line: str) -> None:
    text = f"正文。\n如不服，可向某某县人民政府申请行政复议。\n{line}\n2024年4月13日\n"
    assert signing_agency(text) == "某某县市场监督管理局"


def test_goods_confiscated_in_kind_or_only_money() -> None:
    goods = penalty_facts(
        "决定处罚如下：1、没收涉案“高山贡眉”茶叶（饼）2件；2、罚款8000元。\n当事人应当于十五日内缴纳。"
    )
    money = penalty_facts("决定处罚如下：1、没收违法所得73.89元；2、罚款1000元。\n当事人应当于十五日内缴纳。")
    assert goods.goods_confiscated and goods.fine == 8000
    assert not money.goods_confiscated and money.confiscation is not None


NOTICE_HEAD = "某公司：\n本局于2024年7月4日对你单位涉嫌违法占地一案立案调查，现已调查终结。\n"


def test_a_notice_tells_the_facts_by_a_dated_sentence_without_a_marker() -> None:
    told = (
        NOTICE_HEAD
        + "当事人未经批准，于2024年2月23日起擅自占用集体\n土地建设厂房。\n你单位的行为违反了《某法》第四十四条的规定。"
    )
    assert notice_facts(told).states_facts
    untold = NOTICE_HEAD + "你单位的行为违反了《某法》第四十四条的规定。"
    assert not notice_facts(untold).states_facts


def test_the_statement_right_worded_with_a_bare_ke() -> None:
    text = NOTICE_HEAD + "你单位对上述拟作出的行政处罚如有异议，可自收到本告知书之日起三个工作日内向本局进行陈述申辩。"
    facts = notice_facts(text)
    assert facts.statement and facts.statement_sentence and "陈述申辩" in facts.statement_sentence


def test_evidence_named_only_in_the_notice_formula_is_no_evidence() -> None:
    told = "本局向当事人送达告知书，告知拟作出行政处罚决定的事实、理由、证据、处罚内容，当事人未提出陈述。"
    assert not decision_facts(told).states_evidence
    listed = told + "以上事实有现场检查笔录、询问笔录等证据为证。"
    assert decision_facts(listed).states_evidence


def test_a_facts_marker_split_by_a_line_break_still_counts() -> None:
    text = NOTICE_HEAD + "现查\n明：当事人未按规定标示商品价格。\n你单位的上述行为违反了《某法》第十三条的规定。"
    assert notice_facts(text).states_facts


def test_signing_agency_wrapped_over_two_lines_or_naming_no_place() -> None:
    wrapped = "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n某某高新技术产业开发区（某某区）市\n场监督管理局\n（印 章）\n2025年10月16日\n"
    assert signing_agency(wrapped) == "某某高新技术产业开发区（某某区）市场监督管理局"
    placeless = "某某县市场监督管理局\n行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n市场监督管理局\n（印 章）\n2026年2月10日\n"
    assert signing_agency(placeless) == "某某县市场监督管理局"
    sealed = "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n（某某市某某区市场监督管理局印\n章）\n"
    assert signing_agency(sealed) == "某某市某某区市场监督管理局"
    headed = (
        "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n（救济途径和期限）\n某某县市场监督管理局\n2025年1月2日\n"
    )
    assert signing_agency(headed) == "某某县市场监督管理局"


def test_a_remedies_line_ending_on_a_body_is_no_signature() -> None:
    text = (
        "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n如不服本决定，可于收到本决定书\n"
        "之日起六十日内向某某县人民政府\n申请行政复议。\n某某县市场监督管理局\n2025年3月4日\n"
    )
    assert signing_agency(text) == "某某县市场监督管理局"
    wrapped = "行政处罚决定书\n决定罚款1000元。\n如不服…\n十五日内向某某县人民政府\n申请行政复议。\n2025年3月4日\n"
    assert signing_agency(wrapped) is None


def test_an_agency_after_the_last_sentence_wrapped_onto_the_next_line() -> None:
    text = (
        "行政处罚决定书\n决定罚款1000元。\n行政处罚不停止执行。 某某省某\n某市场监督管理局\n（印 章）\n2025年3月4日\n"
    )
    assert signing_agency(text) == "某某省某某市场监督管理局"


def test_an_inspecting_office_signs_in_its_own_name() -> None:
    """A county 价格监督检查所 decides and signs as itself."""
    text = "某某县价格监督检查所\n行政处罚决定书\n决定罚款1000元。\n某某县价格监督检查所\n2013年8月20日\n"
    assert signing_agency(text) == "某某县价格监督检查所"


def test_a_firm_ending_in_suo_signs_nothing() -> None:
    """Must not match: a law firm's or an accountants' 事务所 under the decision is no agency."""
    text = "行政处罚决定书\n决定罚款1000元。\n某某律师事务所\n2013年8月20日\n"
    assert signing_agency(text) is None


def test_a_full_width_mask_in_the_agency_name() -> None:
    text = "行政处罚决定书\n决定罚款1000元。\n某某县ｘｘ局\n2025年3月4日\n"
    assert signing_agency(text) == "某某县ｘｘ局"


@pytest.mark.parametrize(
    "label", ["作出行政处罚决定机关名称", "作出行政处罚决 定机关名称", "作出行政处罚决定机关名 称"]
)
def test_a_signing_label_with_a_stray_space_is_no_part_of_the_agency(label: str) -> None:
    text = f"行政处罚决定书\n决定罚款600元。\n{label} 某某市某某区市场监督管理局\n作出行政处罚决定日期 2025年3月4日\n"
    assert signing_agency(text) == "某某市某某区市场监督管理局"


def test_a_template_body_with_a_bracketed_option_names_no_place() -> None:
    text = "如不服本决定，可在收到本决定书之日起六十日内向人民政府或者市场监督管理（总）局申请行政复议。\n"
    facts = decision_facts(text)
    assert facts.review is not None and facts.review.generic and facts.review.bodies == []


def test_a_court_of_the_agencys_seat_names_no_place() -> None:
    """本机关所在地人民法院 / 作出决定的机关所在地的人民法院 name no court; 某区人民法院 does."""
    for court in ("本机关所在地人民法院", "作出决定的行政机关所在地的人民法院", "我局所在地人民法院"):
        facts = decision_facts(
            f"如不服本决定，可在六十日内向某甲区人民政府申请行政复议，也可在六个月内向{court}提起行政诉讼。"
        )
        assert facts.litigation is not None and facts.litigation.generic and facts.litigation.bodies == [], court
    named = decision_facts("如不服本决定，也可在六个月内向某乙区人民法院提起行政诉讼。")
    assert named.litigation is not None and named.litigation.bodies == ["某乙区人民法院"]


def test_a_date_or_title_line_above_the_agency_is_no_part_of_its_name() -> None:
    blank_date_first = "……不停止执行。\n行政处罚决定书\n年 月 日\n某某县市场监督管理局\n（印 章）"
    assert signing_agency(blank_date_first) == "某某县市场监督管理局"
    dated_first = "……不停止执行。\n二〇二五年五月十二日\n某某县市场监督管理局"
    assert signing_agency(dated_first) == "某某县市场监督管理局"


def test_a_seal_placeholder_after_the_agency_on_its_line_is_dropped() -> None:
    assert signing_agency("……不停止执行。\n某某县市场监督管理局（印章）\n2025年5月12日") == "某某县市场监督管理局"
    assert signing_agency("……不停止执行。\n某某县市场监督管理局 ( 公 章 )\n2025年5月12日") == "某某县市场监督管理局"


def test_signing_agency_spaced_masked_after_a_sentence_or_after_a_form_label() -> None:
    assert signing_agency("……不停止执行。\n某 某 县 市 场 监 督 管 理 局\n2025年5月12日") == "某某县市场监督管理局"
    assert signing_agency("……不停止执行。\n某某县 xx 局\n2025年5月12日") == "某某县xx局"
    glued = "……行政处罚不停止执行。   某某省某某市某某县市场监督管理局\n（印 章）\n2025年5月12日"
    assert signing_agency(glued) == "某某省某某市某某县市场监督管理局"
    labelled = "……不停止执行。\n作出行政处罚决定机关名称  某某县市场监督管理局\n作出行政处罚决定日期 2025年5月12日"
    assert signing_agency(labelled) == "某某县市场监督管理局"
    assert signing_agency("……不停止执行。\n2025年5月12日") is None


@pytest.mark.parametrize(
    "body",
    [
        "上一级行政机关",
        "上级主管机关",
        "本级人民政府",
        "有关人民政府",
        "相应的人民政府",
        "有关的市场监督管理部门",
        "上一级价格主管部门",
        "上一级价格主管部门或者本级人民政府",
        "上级物价行政主管部门",
        "本局的本级人民政府或者上一级主管部门",
    ],
)
def test_a_body_named_by_its_role_names_no_place(body: str) -> None:
    """上一级行政机关, 本级/有关/相应的人民政府 … name no 复议机关."""
    facts = decision_facts(
        f"如不服本决定，可在六十日内向{body}申请行政复议，也可在六个月内向某丙区人民法院提起行政诉讼。"
    )
    assert facts.review is not None and facts.review.generic and facts.review.bodies == []


@pytest.mark.parametrize("body", ["某甲市市场监督管理局", "有关县人民政府", "某甲市价格主管部门"])
def test_a_body_with_a_place_is_named(body: str) -> None:
    """A place makes the body named; 有关县 is part of a place's name, not a qualifier."""
    named = decision_facts(f"如不服本决定，可在六十日内向{body}申请行政复议。")
    assert named.review is not None and named.review.bodies == [body]


def test_a_no_penalty_disposition_without_opening_words_is_stated() -> None:
    """本局决定对当事人不予行政处罚 states the outcome (nothing to pay); a proposal or the law's 可以不予 does not."""
    text = "鉴于当事人系初次违法且已改正，符合某法第三十三条第一款规定的情形，\n本局决定对当事人不予行政处罚，并责令其改正。"
    facts = penalty_facts(text)
    assert facts.stated and facts.fine is None
    for other in ("本局拟决定对当事人不予行政处罚。", "初次违法且危害后果轻微的，可以决定不予行政处罚。"):
        assert not penalty_facts(other).stated, other


_UNSIGNED_BODY = "苇塘市监罚〔2025〕12号\n当事人：苇塘县某某茶庄\n经查，当事人销售茶叶未标示价格。\n决定罚款1000元。\n"


def test_a_decision_printed_down_to_a_bare_seal_placeholder_with_no_agency_names_none() -> None:
    assert agency_unnamed(_UNSIGNED_BODY + "（印 章）\n2025年5月12日\n")
    assert agency_unnamed(_UNSIGNED_BODY + "（公章）\n二〇二五年五月十二日\n")


@pytest.mark.parametrize(
    "text",
    [
        # the agency signs, heads the decision, or names itself in the placeholder
        _UNSIGNED_BODY + "苇塘县市场监督管理局\n（印章）\n2025年5月12日\n",
        "苇塘县市场监督管理局\n行政处罚决定书\n" + _UNSIGNED_BODY + "（印章）\n2025年5月12日\n",
        _UNSIGNED_BODY + "（苇塘县市场监督管理局印章）\n2025年5月12日\n",
        # no printed placeholder: the signature may be a picture the text layer cannot show
        _UNSIGNED_BODY + "2025年5月12日\n",
    ],
)
def test_an_agency_named_or_a_signature_not_printed_is_not_unnamed(text: str) -> None:
    assert not agency_unnamed(text)


def test_a_decision_facts_word_split_by_a_line_break_still_counts() -> None:
    """发 / 现 wrapped by the page is still the decision's account of what was found; no such word, no facts."""
    assert decision_facts("本局执法人员对当事人的门店进行检查，发\n现其商品未标示价格。\n").states_facts
    assert not decision_facts("当事人应于十五日内缴纳罚款。\n如不服本决定，可申请复议。\n").states_facts
    assert decision_facts("调查认定的事实：2024年5月，当事人在门店以虚构原价销售商品。\n").states_facts
    assert decision_facts("本局经认定的事实如下：当事人未标示价格。\n").states_facts
    assert not decision_facts("当事人对本局认定的事实无异议，请求从轻处罚。\n").states_facts


def test_a_spared_disposition_wrapped_over_two_lines_is_stated() -> None:
    """本局决定 / 对当事人不予行政处罚: the line break inside the disposition still states the outcome."""
    spared = penalty_facts("依据某法第三十三条第一款的规定，本局决定\n对当事人不予行政处罚。\n")
    assert spared.stated and not spared.kinds


def test_a_proposal_wrapped_over_two_lines_is_no_disposition() -> None:
    """Must not match: 拟决定 / 不予处罚 proposes, it does not decide."""
    assert not penalty_facts("本局拟决定\n对当事人不予行政处罚。\n").stated


def test_an_inspection_told_as_it_happened_states_the_facts() -> None:
    """开展价格监督检查时 / 专项检查中: the narrative of the facts without 经查 or 发现."""
    text = "2023年3月14日，本局执法人员在对当事人开展价格监督检查时，要求其提供收费台账，当事人逾期未提供。\n"
    assert decision_facts(text).states_facts


def test_facts_the_evidence_points_back_at_are_stated() -> None:
    """Facts opening without 经查 (当事人于…期间…) are stated when the evidence points back at them."""
    for text in (
        "当事人于2023年5月1日至5月7日期间将商品先提价后打折销售。\n以上事实有检查笔录、询问笔录等证据证实。\n",
        "当事人在店内以虚构的原价标示商品。\n上述事实，主要有以下证据证明：现场照片。\n",
    ):
        assert decision_facts(text).states_facts, text
    # must not match: the party's answer to the facts, which tells none of them
    assert not decision_facts("当事人对上述事实无异议，请求从轻处罚。\n").states_facts
    assert not decision_facts("当事人对以上事实没有异议。\n").states_facts


def test_a_sentence_about_inspections_in_general_states_no_facts() -> None:
    """Must not match: the duty to accept inspection, or a checking of the decision itself, tells no facts."""
    assert not decision_facts("经营者应当接受价格监督检查。\n如不服本决定，可申请复议。\n").states_facts


def test_a_joint_decision_is_the_first_signer_s() -> None:
    """Two agencies signed side by side: the first; a letter-spaced name on its own is still read whole."""
    joint = "正文。\n如不服，可向某某县人民政府申请行政复议。\n某某县市场监督管理局　　　　某某县交通运输局\n（印章）　　　　（印章）\n2024年4月10日\n"
    assert signing_agency(joint) == "某某县市场监督管理局"
    spaced = "正文。\n如不服，可向某某县人民政府申请行政复议。\n某  某  县  市  场  监  督  管  理  局\n2024年4月10日\n"
    assert signing_agency(spaced) == "某某县市场监督管理局"


def test_a_bare_seal_mark_after_the_signature_leaves_the_signature_name() -> None:
    text = (
        "某某市某某县市场监督管理局\n不予行政处罚决定书\n当事人：某公司\n住所：某某县某某路1号\n经查……\n"
        "本局认为……决定不予行政处罚。\n如不服本决定，可向某某县人民政府申请行政复议。\n"
        "某某县市场监督管理局（章）\n2025年1月8日\n"
    )
    assert signing_agency(text) == "某某县市场监督管理局"
    # near miss: a bracket that is no seal mark keeps the line from being a bare agency name
    other = "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n某某县市场监督管理局（规章）\n2025年1月8日\n"
    assert signing_agency(other) != "某某县市场监督管理局"


def test_conduct_told_as_established_states_the_facts() -> None:
    # a one-sentence decision whose facts end in 查实, with no 经查 or 发现
    assert decision_facts(
        "当事人于3月1日至3月9日在店铺首页标示低价，经本局调取订单记录并询问当事人查实，决定罚款。\n"
    ).states_facts


def test_a_fact_still_to_be_established_states_none() -> None:
    # must not match: 待查实 is a finding not yet made
    assert not decision_facts("当事人的经营数量待查实后另行处理。\n当事人应于十五日内缴纳罚款。\n").states_facts


def test_a_body_the_remedies_sentence_wrapped_onto_its_own_line_is_no_signature() -> None:
    """…六十日内向 / 某某县人民政府 / 申请行政复议… — the body's name alone on a line inside the remedies sentence is
    the reviewing body; the agency signs below."""
    above = (
        "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n如不服本决定，可于收到本决定书之日起六十日内向\n"
        "某某县人民政府\n申请行政复议。某某县市场监督管理局\n（印章）\n2025年3月4日\n"
    )
    assert signing_agency(above) == "某某县市场监督管理局"
    below = (
        "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n如不服本决定，可于收到本决定书之日起六十日内向某\n"
        "某县人民政府\n申请行政复议。\n某某县市场监督管理局\n2025年3月4日\n"
    )
    assert signing_agency(below) == "某某县市场监督管理局"
    # must not match: the agency's own line under a finished sentence signs
    signed = "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n某某县人民政府\n（印章）\n2025年3月4日\n"
    assert signing_agency(signed) == "某某县人民政府"


def test_a_parent_body_over_its_placeless_department_signs_as_one_name() -> None:
    """某某开发区管理委员会 / 市场监督管理局 wrapped at the signature is the department of the parent body."""
    text = "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n某某经济开发区管理委员会\n市场监督管理局\n（印章）\n2025年3月4日\n"
    assert signing_agency(text) == "某某经济开发区管理委员会市场监督管理局"
    # must not match: two agencies each with its place signing one above the other stay apart
    joint = "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n某某县人民政府\n某某县市场监督管理局\n2025年3月4日\n"
    assert signing_agency(joint) == "某某县人民政府"


def test_a_form_signer_label_alone_or_in_brackets_is_no_part_of_the_agency() -> None:
    """A case system's printout labels the signer as a field: 执法机关 alone on its line with the agency under it,
    or 〔执法机关〕/〖执法机关〗 before it on the same line; the label is no part of the name."""
    alone = (
        "行政处罚决定书\n当事人名称\n某公司\n处罚内容\n罚款1000元\n执法机关\n某某县市场监督管理局\n日期\n2025年1月2日\n"
    )
    assert signing_agency(alone) == "某某县市场监督管理局"
    for opening, closing in (("〔", "〕"), ("〖", "〗"), ("【", "】")):
        bracketed = (
            f"行政处罚决定书\n{opening}当事人名称{closing}某公司\n{opening}处罚内容{closing}罚款1000元\n"
            f"{opening}执法机关{closing}某某县市场监督管理局（印章）\n{opening}日期{closing}2025年1月2日\n"
        )
        assert signing_agency(bracketed) == "某某县市场监督管理局"


def test_a_name_wrapped_after_its_word_jiguan_is_still_joined() -> None:
    """Must not match: a signer's name the line break cut after 机关 (某某市机关 / 事务管理局) is no label alone."""
    text = "行政处罚决定书\n当事人：某公司\n决定罚款1000元。\n某某市机关\n事务管理局\n2025年1月2日\n"
    assert signing_agency(text) == "某某市机关事务管理局"


def test_a_signature_line_above_the_agency_is_no_part_of_its_name() -> None:
    text = (
        "某县市场监督管理局\n当场行政处罚决定书\n罚款五十元。\n救济途径　不服的，可以在六十日内向某县人民政府申请行政复议。\n"
        "执法人员　甲某（执法证号00000000001）\n当事人签名　郝某\n某县市场监督管理局（印章）\n2025年3月2日\n"
    )
    assert signing_agency(text) == "某县市场监督管理局"
    # must not match: a name wrapped over two lines is still joined
    wrapped = "某某\n行政处罚决定书\n罚款五十元。\n某县市场监\n督管理局\n2025年3月2日\n"
    assert signing_agency(wrapped) == "某县市场监督管理局"


def test_an_unticked_hearing_option_is_still_mentioned() -> None:
    from extractors.fields.checkboxes import blank_unticked

    printed = "告知情况：本局已告知当事人，当事人☑未提出陈述申辩 □要求听证。\n"
    assert decision_facts(blank_unticked(printed), printed).hearing_mentioned
    # must not match: a form that prints no hearing at all
    plain = "告知情况：本局已告知当事人，当事人☑未提出陈述申辩 □提出陈述申辩。\n"
    assert not decision_facts(blank_unticked(plain), plain).hearing_mentioned
