"""The decision-alone readers over wordings of our own: the many ways a decision names its 复议 body, states its
payment terms, refers to its evidence and words a 不予处罚 — and the wordings that must not read as a defect."""

from __future__ import annotations

import pytest

from extractors.facts.decision import decision_facts, signing_agency
from extractors.facts.decision_cited import basis_clause, provisions_cited
from extractors.facts.decision_drafting import drafting_slips
from extractors.facts.decision_payment import read_payment
from extractors.facts.decision_remedies import read_remedies
from extractors.facts.decision_text import read_alone

# --- remedies: the 复议 body, the periods --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # The route and its terms told apart: 申请行政复议的，应当自…向某某县人民政府提出.
        (
            (
                "如不服本决定，可以申请行政复议或者提起行政诉讼。申请行政复议的，应当自收到本决定书之日起六十日内向"
                "青禾县人民政府提出；提起行政诉讼的，应当自收到本决定书之日起六个月内向青禾县人民法院提出。"
            ),
            "青禾县人民政府",
        ),
        # The body in an aside.
        (
            (
                "当事人如不服本决定，可在收到本决定书之日起六十日内申请行政复议（复议机关：青禾市柳岸区人民政府），"
                "或者在六个月内直接向柳岸区人民法院提起行政诉讼。"
            ),
            "青禾市柳岸区人民政府",
        ),
        # 复议机关为… after the offer.
        (
            (
                "如不服本决定，可在收到决定书之日起六十日内依法申请行政复议，复议机关为青禾县人民政府；也可在六个月内"
                "依法向青禾县人民法院提起行政诉讼。"
            ),
            "青禾县人民政府",
        ),
        # Other verbs: 提起复议, 递交复议申请书.
        (
            "如不服本决定，可以在接到本决定书之日起60日内向青禾市人民政府提起行政复议，也可以在6个月内向青禾市人民法院起诉。",
            "青禾市人民政府",
        ),
        (
            (
                "如对本决定不服，可于收到本决定书之日起六十日内向青禾县人民政府递交行政复议申请书，或者六个月内向"
                "青禾县人民法院提起行政诉讼。"
            ),
            "青禾县人民政府",
        ),
    ],
)
def test_review_body_named_in_other_wordings(text: str, body: str) -> None:
    told = read_remedies(text)
    assert told is not None and told.review and told.review_body == body and told.review_body_named
    assert told.review_days == 60 and told.direct_litigation and told.litigation_months == 6
    assert not told.only_after_review and not told.review_body_unread


@pytest.mark.parametrize(
    ("period", "months"),
    [("两个月", None), ("六十日", None), ("六十天", None)],
)
def test_review_period_words(period: str, months: int | None) -> None:
    told = read_remedies(
        f"如不服本决定，可在{period}内向青禾县人民政府申请行政复议，也可以在六个月内向人民法院提起行政诉讼。"
    )
    assert told is not None and told.review_days == 60 and told.litigation_months == 6


def test_half_a_year_is_six_months() -> None:
    told = read_remedies(
        "对本决定不服的，可于收到本决定书之日起六十日内向青禾县人民政府申请行政复议，或者于收到本决定书之日起"
        "半年内向青禾县人民法院提起行政诉讼。"
    )
    assert told is not None and told.litigation_months == 6


@pytest.mark.parametrize(
    "text",
    [
        "如不服本决定，可在六十日内向人民政府申请行政复议，也可以在六个月内向人民法院提起行政诉讼。",
        "如不服本决定，可在六十日内向上一级市场监督管理部门申请行政复议，也可以在六个月内向人民法院提起行政诉讼。",
        "如不服本决定，可在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。",
    ],
)
def test_unnamed_bodies_stay_unnamed(text: str) -> None:
    """A generic body, a superior department, or none at all: not named, and nothing hints at a body unread."""
    told = read_remedies(text)
    assert told is not None and told.review and not told.review_body_named and not told.review_body_unread


def test_a_place_named_in_an_unread_wording_is_a_hint_not_a_failure() -> None:
    told = read_remedies(
        "如不服本决定，可在收到本决定书之日起六十日内申请行政复议，由青禾县人民政府受理；也可在六个月内向人民法院提起行政诉讼。"
    )
    assert told is not None and not told.review_body_named and told.review_body_unread


def test_wrong_periods_still_read_as_wrong() -> None:
    told = read_remedies(
        "如不服本决定，可在三十日内向青禾县人民政府申请行政复议，也可以在三个月内向人民法院提起行政诉讼。"
    )
    assert told is not None and told.review_days == 0 and told.litigation_months == 3


# --- payment terms ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "请当事人自收到本决定书之日起15天内到中国工商银行青禾支行缴纳罚款。",
        "罚款限你单位在收到本决定书之日起十五日内到青禾县财政局缴纳。",
        "当事人应于接到本决定书之日起十五日内将罚款汇入以下账户：户名青禾县财政局非税收入专户，账号1234567890。",
        "当事人应自收到本决定书之日起拾伍日内持缴款书到指定银行缴纳罚款。",
        "当事人应于收到本决定书之日起十五日内，持本决定书到青禾县农村信用合作联社任一营业网点缴纳罚款。",
        "上述罚款自收到本决定书之日起十五日内交清，缴款方式：扫描缴款通知书上的二维码。",
        "当事人应当自收到本决定书之日起十五日内将罚款缴至指定账户。",
        "当事人应当自收到本决定书之日起十五日内到罚款代收机构缴纳罚款。",
        "当事人应自收到本决定书之日起十五日内，将罚款缴至指定银行。",
        "请于收到本决定书之日起十五日内通过青禾省非税收入缴纳平台缴纳罚款。",
        "当事人应于收到本决定书之日起十五日内通过电子缴款方式缴纳罚款。",
        "罚款自收到本决定书之日起十五日内持缴款书到代理银行缴纳。",
        "当事人应当自收到本决定书之日起十五日内到农行任一网点缴纳罚款。",
        "当事人应当自收到本决定书之日起十五日内通过青禾省政务服务网缴纳罚款。",
    ],
)
def test_payment_terms_in_other_wordings(text: str) -> None:
    told = read_payment(text)
    assert told is not None and told.days == 15 and told.how_named and told.manner and not told.blank


def test_to_the_treasury_is_where_the_money_goes_not_how_to_pay() -> None:
    told = read_payment("罚款人民币3000元，上缴国库。当事人应当自收到本决定书之日起十五日内缴纳罚款。")
    assert told is not None and told.days == 15 and not told.how_named


def test_a_bare_period_names_no_way_to_pay() -> None:
    told = read_payment("当事人应当自收到本决定书之日起十五日内缴纳罚款。")
    assert told is not None and not told.how_named


# --- evidence --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    ["以上事实有现场检查笔录、询问笔录等材料证实", "上述事实有营业执照复印件、现场照片为凭", "以上事实有相关材料佐证"],
)
def test_evidence_referred_to_without_the_word_evidence(words: str) -> None:
    text = f"经查，当事人销售商品未按规定明码标价。{words}。当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定。"
    facts = decision_facts(text)
    assert facts.states_evidence


def test_no_evidence_at_all() -> None:
    text = "经查，当事人销售商品未按规定明码标价。当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定。"
    assert not decision_facts(text).states_evidence


# --- drafting --------------------------------------------------------------------------------------------------

PENALTY = "行政处罚决定书"
NO_PENALTY = "不予行政处罚决定书"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a 不予 decision naming itself so, beside its narrative of the fine first proposed
        (NO_PENALTY, "本局原拟处以罚款，现决定不予行政处罚。当事人对本不予行政处罚决定不服的，可以申请行政复议。"),
        # a penalty decision that calls itself 本处罚决定
        (PENALTY, "决定对当事人处以罚款3000元。当事人对本处罚决定不服的，可以申请行政复议。"),
    ],
)
def test_a_decision_naming_itself_as_it_decides_is_no_slip(title: str, text: str) -> None:
    assert "disagreement" not in {slip.kind for slip in drafting_slips(text, title)}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (PENALTY, "当事人在法定期限内未提出陈述、申辩，对拟处罚内容无异议。本局决定处罚如下：罚款人民币2000元。"),
        (PENALTY, "当事人在陈述申辩中请求本局作出不予处罚的决定，本局经复核认为理由不成立，决定处以罚款2000元。"),
        (NO_PENALTY, "本局决定对当事人不予行政处罚。该条规定经营者违反明码标价规定的，可以并处五千元以下的罚款。"),
        (NO_PENALTY, "鉴于当事人违法行为轻微并及时改正，本局原拟处以罚款，现对当事人不予行政处罚。"),
        (
            PENALTY,
            "依据“……（一）如实陈述违法事实并主动提供证据材料的；（二）……”的规定，对当事人从轻处罚，决定处罚如下：罚款2000元。",
        ),
    ],
)
def test_wordings_that_are_no_drafting_slip(title: str, text: str) -> None:
    assert drafting_slips(text, title) == []


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        (PENALTY, "综上，建议给予当事人罚款人民币2000元的行政处罚。", "proposal"),
        (PENALTY, "综上，本局认为当事人涉嫌违反了《中华人民共和国价格法》第十三条第一款的规定。", "investigation"),
        (PENALTY, "本局决定不予行政处罚。", "disagreement"),
        (NO_PENALTY, "本局决定处罚如下：罚款人民币2000元。", "disagreement"),
        # a penalty decision naming itself a 不予处罚 decision in its payment or remedies sentence
        (
            PENALTY,
            "本局决定处罚如下：罚款人民币2000元。当事人应当自收到本不予行政处罚决定书之日起十五日内缴纳罚款。",
            "disagreement",
        ),
        (PENALTY, "决定对当事人处以罚款3000元。当事人对本不予处罚决定不服的，可以申请行政复议。", "disagreement"),
        (
            PENALTY,
            "依据“……如实陈述违法事实……”的规定，建议给予当事人从轻行政处罚。",
            "proposal",
        ),
    ],
)
def test_drafting_slips_still_found(title: str, text: str, kind: str) -> None:
    assert kind in {slip.kind for slip in drafting_slips(text, title)}


# --- the party block -------------------------------------------------------------------------------------------

_HEAD = "青禾县市场监督管理局\n行政处罚决定书\n青市监处罚〔2024〕17号\n"
_TAIL = "经查，当事人销售商品未明码标价。\n青禾县市场监督管理局\n2024年3月4日\n"


@pytest.mark.parametrize(
    "party",
    [
        "当事人：张三\n身份证件号：410102********1234\n住址：青禾县中原路12号\n",
        "当事人：青禾县好运来超市\n证照号码：92410100MA44****1K\n经营地址：青禾县中原路12号\n",
        "当事人：青禾县好运来超市有限公司，91410100MA44XXXX1K，住所：青禾县中原路12号。\n",
    ],
)
def test_party_code_given_in_other_wordings(party: str) -> None:
    found = read_alone(_HEAD + party + _TAIL, "").party
    assert found is not None and found.code == "given" and found.address == "given"


def test_a_phone_number_is_no_code() -> None:
    party = "当事人：青禾县好运来超市\n经营场所：青禾县中原路12号\n联系电话：138****1234\n"
    found = read_alone(_HEAD + party + _TAIL, "").party
    assert found is not None and found.code == "absent"


# --- the role of a citation --------------------------------------------------------------------------------------


def test_a_duty_cited_in_reasoning_imposes_nothing() -> None:
    reasoning = "根据《中华人民共和国价格法》第十三条第一款的规定，经营者销售商品应当明码标价，本局决定立案调查。"
    (cited,) = provisions_cited(reasoning)
    assert cited.role == "basis" and cited.listed and not cited.imposing
    imposing = "依据《价格违法行为行政处罚规定》第十三条第一款的规定，本局决定给予当事人罚款2000元的行政处罚。"
    (basis,) = provisions_cited(imposing)
    assert basis.role == "basis" and basis.imposing


# --- the 文号 ----------------------------------------------------------------------------------------------------


def test_a_number_on_its_own_line_below_the_party_block_is_the_decision_s() -> None:
    party = "当事人：青禾县好运来超市\n统一社会信用代码：92410100MA44****1K\n经营场所：青禾县中原路12号\n"
    text = (
        "青禾县市场监督管理局\n行政处罚决定书\n"
        + party
        + _TAIL.replace("青禾县市场监督管理局\n", "青禾县市场监督管理局\n青市监处罚〔2024〕17号\n")
    )
    number = read_alone(text, "").number
    assert number is not None and number.year == 2024 and number.serial and number.outside_heading


def test_numbers_inside_sentences_are_not_the_decision_s() -> None:
    party = "当事人：青禾县好运来超市\n统一社会信用代码：92410100MA44****1K\n经营场所：青禾县中原路12号\n"
    story = "本局于2024年2月1日送达了《行政处罚告知书》（青市监罚告〔2024〕3号）。\n依据《关于规范收费的通知》（青价〔2019〕12号）\n"
    alone = read_alone("青禾县市场监督管理局\n行政处罚决定书\n" + party + story + _TAIL, "")
    assert alone.number is None and alone.number_malformed is None


def test_a_date_in_the_remedy_sentence_is_no_period() -> None:
    told = read_remedies(
        "本决定书于二〇二四年三月十四日送达，如不服本决定，可在收到本决定书之日起六十日内向青禾县人民政府申请行政复议，"
        "也可以在六个月内向青禾县人民法院提起行政诉讼。"
    )
    assert told is not None and told.review_days == 60 and told.litigation_months == 6


@pytest.mark.parametrize(
    "text",
    ["身份证件号码：410102__________1234\n", "当事人：王____\n", "单价（箱/元）：35\n"],
)
def test_redaction_and_units_are_no_blank_or_choice(text: str) -> None:
    assert drafting_slips(text, PENALTY) == []


def test_a_period_left_blank_is_still_a_blank() -> None:
    assert [slip.kind for slip in drafting_slips("当事人应当自收到本决定书之日起____日内缴纳罚款。\n", PENALTY)] == [
        "blank"
    ]


_NOTICE = "2024年3月1日，本局向当事人送达了《行政处罚告知书》，告知其享有陈述、申辩的权利，"


@pytest.mark.parametrize(
    ("answer", "made", "waived"),
    [
        ("当事人于2024年3月3日提交了书面陈述意见。", True, False),
        ("当事人于2024年3月3日进行了陈述申辩。", True, False),
        ("当事人明确表示不进行陈述、申辩。", False, True),
        ("当事人在规定期限内未提出陈述、申辩。", False, False),
        ("当事人逾期未提出，视为放弃陈述申辩权利。", False, False),
    ],
)
def test_the_party_s_answer_to_the_notice(answer: str, made: bool, waived: bool) -> None:
    told = read_alone(_HEAD + "当事人：青禾县好运来超市\n" + _NOTICE + answer + "\n" + _TAIL, "").statement
    assert told is not None and (told.made, told.waived) == (made, waived)


def test_the_conduct_characterised_with_xi_and_a_violation_with_chufan() -> None:
    (found,) = provisions_cited("当事人的上述行为系《中华人民共和国价格法》第十四条第（四）项所指的价格欺诈行为。")
    assert found.role == "characterised"
    (violated,) = provisions_cited("当事人的行为触犯了《中华人民共和国价格法》第十三条第一款的规定。")
    assert violated.role == "violated" and violated.listed
    (contact,) = provisions_cited(
        "经联系当事人，依据《价格违法行为行政处罚规定》第十三条第一款，决定处罚如下：罚款2000元。"
    )
    assert contact.role == "basis"


def test_a_party_table_with_spaces_for_colons() -> None:
    party = "当事人一 青禾县禾禾服务有限公司\n统一社会信用\n代码 91394682Q5MHQTQT44\n住所 青禾县青石镇朝阳路91号\n当事人二 青禾县任家药店\n注册号 394682342037076\n经营场所 青禾县迎宾大道16号\n"
    found = read_alone(_HEAD + party + _TAIL, "").party
    assert found is not None and found.code == "given" and found.address == "given"
    spaced = "当 事 人 ： 青 禾 县 某 某 超 市\n统一社会信用代码：92410100MA44****1K\n住 所 （ 住 址 ） : 青 禾 县 中 原 路 12 号\n"
    found = read_alone(_HEAD + spaced + _TAIL, "").party
    assert found is not None and found.address == "given"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("依据《价格违法行为行政处罚规定》第十三条第一款的规定，决定处罚如下：罚款2000元。", True),
        ("依据上述规定，本局决定给予当事人罚款2000元的行政处罚。", True),
        ("责令当事人改正上述违法行为，本局决定处罚如下：罚款2000元。", False),
        (
            "（行政处罚的内容和依据）根据《行政处罚法》第三十二条第（一）项的规定，决定对当事人作出如下行政处罚：罚款2000元。",
            False,
        ),
        (
            (
                "本局决定处罚如下：罚款2000元。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七十二条的规定，"
                "每日按罚款数额的百分之三加处罚款。"
            ),
            False,
        ),
    ],
)
def test_a_clause_imposing_the_penalty_under_a_basis_word(text: str, clause: bool) -> None:
    assert basis_clause(text) is clause


@pytest.mark.parametrize(
    "party",
    [
        "字号：青禾县白沙镇董家水果店\n组成形式：个人经营\n统一社会信用代码：923994119YH7WXTD69\n地址：青禾县白沙镇解放路4号\n",
        "字号 青禾县蒋氏烟酒店\n统一社会信用代码（注册\n号）\n92396836DD51EF5H09\n住所地 青禾县河口乡人民路296号\n",
    ],
)
def test_an_individual_business_named_by_its_shop_name(party: str) -> None:
    found = read_alone(_HEAD + party + _TAIL, "").party
    assert found is not None and found.code == "given" and found.address == "given"


def test_each_party_of_a_joint_decision_is_identified() -> None:
    joint = (
        "当事人一：青禾县天恒物业服务有限公司\n统一社会信用代码：91396982BW3B10863Q\n法定代表人：杨芳\n"
        "当事人二：青禾县韩记水果店\n统一社会信用代码：92396982Q28XHWMR0B\n地址：青禾县滨江路46号\n"
    )
    found = read_alone(_HEAD + joint + _TAIL, "").party
    assert found is not None and found.code == "given" and found.address == "absent"


def test_the_right_to_make_a_statement_is_not_one_made() -> None:
    answer = "告知书载明当事人可在收到之日起五个工作日内提出陈述、申辩。当事人在法定期限内未提出陈述、申辩意见。"
    told = read_alone(_HEAD + "当事人：青禾县好运来超市\n" + _NOTICE + answer + "\n" + _TAIL, "").statement
    assert told is not None and not told.made and not told.waived


def test_copies_left_uncounted_is_a_blank() -> None:
    assert [slip.kind for slip in drafting_slips("本文书一式 份，一份送达当事人，一份归档。\n", PENALTY)] == ["blank"]
    assert drafting_slips("本文书一式三份，一份送达当事人，一份归档。\n", PENALTY) == []


def test_the_agency_with_its_seal_marker_on_one_line() -> None:
    text = "经查，当事人……。\n青禾县市场监督管理局（印章）\n2024年3月4日\n"
    assert signing_agency(text) == "青禾县市场监督管理局"


def test_a_joint_decision_s_second_party_in_a_wrapped_table() -> None:
    joint = (
        "当事人一 青禾县程家便利店（个体工商户）\n注册号 393069059040378\n经营场所 青禾县新华街215号\n经营者 程刚涛\n"
        "身份证件号\n码\n******************\n当事人二 青禾县谢氏烟酒店（个体工商户）\n统一社会信\n用代码（注\n册号）\n"
        "923930695APCHU7H6B\n住所（住址\n）\n青禾县南门街道人民路226号\n经营者 谢敏志\n身份证件号\n码\n******************\n"
    )
    found = read_alone(_HEAD + joint + _TAIL, "").party
    assert found is not None and found.code == "given" and found.address == "given"


def test_weighing_under_a_discretion_rule_is_no_basis_clause() -> None:
    text = (
        "符合《某省市场监督管理行政处罚裁量权适用规则》第十三条第四项规定的情形，本局决定对当事人依法从轻处罚。"
        "责令当事人立即改正，作出如下决定。处罚决定：罚款2000元。"
    )
    assert not basis_clause(text)
    # A weighing instrument alone is no basis either (it sets how much, not that the conduct is punishable);
    # beside the law's penalty article it is.
    assert not basis_clause("依据《某省市场监督管理行政处罚裁量基准》第五条，决定对当事人罚款2000元。")
    assert basis_clause(
        "依据《某省价格条例》第三十条、《某省市场监督管理行政处罚裁量基准》第五条，决定对当事人罚款2000元。"
    )


def test_the_premises_in_the_narrative_are_no_address() -> None:
    party = "当事人：青禾县孙氏药店\n统一社会信用代码（注册号）：9239856383FWAH1A1G\n经营者：孙平\n"
    story = "经查明，当事人经营场所内陈列销售的医用口罩等34种商品未标示价格。\n"
    found = read_alone(_HEAD + party + story + _TAIL, "").party
    assert found is not None and found.address == "absent"
    told = read_alone(_HEAD + party + "经查，当事人位于中山路12号的店铺未明码标价。\n" + _TAIL, "").party
    assert told is not None and told.address == "given"


def test_suspicion_as_the_only_finding_is_the_conclusion() -> None:
    opening = "2024年4月8日，本局执法人员在日常检查中发现当事人的行为涉嫌违反《价格法》第十二条的规定。以上事实，有现场笔录为证。"
    conclusion = (
        "当事人高于政府定价收费的行为，涉嫌违反了《价格法》第十二条的规定。依据《价格法》第三十九条，处以罚款。"
    )
    assert "investigation" in {slip.kind for slip in drafting_slips(opening + conclusion, PENALTY)}
    found = conclusion.replace("涉嫌违反了", "违反了")
    assert drafting_slips(opening + found, PENALTY) == []
    assert drafting_slips("关于当事人涉嫌违反价格法一案，本局已调查终结。", PENALTY) == []
    # Before the facts are told, a suspicion is the opening story, whatever its words.
    assert (
        drafting_slips("当事人的行为涉嫌违反了《价格法》第十四条第四项的规定。经查，…。以上事实，有笔录为证。", PENALTY)
        == []
    )


def test_an_instruction_in_brackets_is_a_placeholder() -> None:
    kinds = {slip.kind for slip in drafting_slips("其他需要说明的事项：【填写本案其他需要说明的事项】\n", PENALTY)}
    assert kinds == {"placeholder"}
    assert drafting_slips("当事人已填写《退款登记表》（填写日期2024年3月1日后退款）。\n", PENALTY) == []


@pytest.mark.parametrize(
    "text",
    [
        "当事人应当自收到本决定书之日起十五日内通过银行缴纳罚款。",
        "当事人应当自收到本决定书之日起十五日内到当地银行缴纳罚款。",
        "当事人应当自收到本决定书之日起十五日内到就近的银行缴纳罚款。",
    ],
)
def test_a_bank_named_by_no_name_is_no_way_to_pay(text: str) -> None:
    told = read_payment(text)
    assert told is not None and told.days == 15 and not told.how_named and not told.how_unread


@pytest.mark.parametrize(
    "text",
    ["当事人应当在十五日内通过“青禾通”缴纳罚款。", "当事人应当在十五日内到青禾市行政服务综合楼缴纳罚款。"],
)
def test_a_channel_in_an_unknown_wording_is_unread_not_missing(text: str) -> None:
    told = read_payment(text)
    assert told is not None and not told.how_named and told.how_unread


def test_a_deadline_by_date_is_no_period_in_days() -> None:
    told = read_payment("当事人应当于2024年3月20日前到中国银行青禾支行缴纳罚款。")
    assert told is not None and told.days is None and told.period_by_date
    dated = read_payment("罚款请于2024年3月20日内缴至指定银行。")
    assert dated is not None and dated.days is None and dated.period_by_date
    counted = read_payment("当事人应当自收到本决定书之日起十五日内缴纳罚款。")
    assert counted is not None and counted.days == 15 and not counted.period_by_date


@pytest.mark.parametrize(
    ("text", "days", "working"),
    [
        # the period under its label, with no 内 after it, and no word for the money in the sentence
        (
            "当事人可到本局办事大厅刷卡缴纳，也可通过青禾市公共支付平台缴纳，缴纳期限为自收到本决定书之日起十五日。",
            15,
            False,
        ),
        ("罚款的履行期限：自本决定书送达之日起15日，缴款银行为青禾农商行城关支行。", 15, False),
        ("请通过非税收入系统缴纳，缴款期限为十个工作日。", 10, True),
    ],
)
def test_a_labelled_period_without_nei_is_the_time_to_pay(text: str, days: int, working: bool) -> None:
    told = read_payment(text)
    assert told is not None and told.days == days and told.working_days == working and told.how_named


def test_a_labelled_deadline_by_date_is_no_period_in_days() -> None:
    told = read_payment("请通过青禾市公共支付平台缴纳罚款，缴纳期限为2024年3月20日前。")
    assert told is not None and told.days is None and told.period_by_date


def test_a_labelled_period_in_a_sentence_that_pays_nothing_is_no_clause() -> None:
    assert read_payment("陈述、申辩的期限为三日，逾期视为放弃。") is None


# --- remedies told for another case's conduct ------------------------------------------------------------------

_FOUND = (
    "经查，当事人在其经营的面包店内销售蛋糕时未标示价格。本局认为，当事人销售蛋糕未标示价格的行为违反了"
    "《明码标价和禁止价格欺诈规定》第七条第一款的规定，决定处以罚款人民币500元。"
)


def test_remedies_for_conduct_the_decision_never_found_are_a_slip() -> None:
    remedies = "当事人如对擅自改装燃气计量表具并超量收取燃气费的行为的行政处罚决定不服，可以申请行政复议。"
    assert "mismatch" in {slip.kind for slip in drafting_slips(_FOUND + remedies, PENALTY)}


@pytest.mark.parametrize(
    "remedies",
    [
        # the conduct as the decision told it, or told a little differently
        "当事人如对销售蛋糕未标示价格的行为的行政处罚决定不服，可以申请行政复议。",
        "当事人如对面包店销售蛋糕时未标示价格的违法行为的处罚决定不服，可以申请行政复议。",
        # the conduct named by reference
        "当事人如对上述违法行为的行政处罚决定不服，可以申请行政复议。",
    ],
)
def test_remedies_for_the_conduct_found_are_no_slip(remedies: str) -> None:
    assert "mismatch" not in {slip.kind for slip in drafting_slips(_FOUND + remedies, PENALTY)}


def test_a_suspicion_opening_the_reasoning_section_is_an_investigation_slip() -> None:
    text = (
        "二、证据\n检查笔录、询问笔录等。\n三、处罚依据及理由\n当事人的上述行为涉嫌违反了《某价格法》第十三条第一款的规定。"
        "另查明，当事人违反了《某价格法》第十四条。"
    )
    assert "investigation" in {slip.kind for slip in drafting_slips(text, PENALTY)}
    story = text.replace("当事人的上述行为涉嫌违反了", "本局接举报发现当事人涉嫌违反了")
    assert "investigation" not in {slip.kind for slip in drafting_slips(story, PENALTY)}


@pytest.mark.parametrize("mark", ["（三）", "(3)", "3.", "３．"])
def test_a_suspicion_under_a_reasoning_heading_in_any_item_form_is_an_investigation_slip(mark: str) -> None:
    text = (
        f"2.证据\n检查笔录、询问笔录等。\n{mark}处罚依据及理由\n当事人的上述行为涉嫌违反了《某价格法》第十三条第一款的规定。"
        "另查明，当事人违反了《某价格法》第十四条。"
    )
    assert "investigation" in {slip.kind for slip in drafting_slips(text, PENALTY)}
    # must not match: a bracket closing words, not an item's number
    words = text.replace(f"{mark}处罚依据及理由", "书面材料（附件）依据和理由如下：")
    assert "investigation" not in {slip.kind for slip in drafting_slips(words, PENALTY)}


# --- a printed total against its items -------------------------------------------------------------------------

_ITEMS = (
    "依据《中华人民共和国价格法》第四十二条的规定，本局决定：\n"
    "一、对当事人未公示收费标准的行为，处罚款1,200元；\n"
    "二、对当事人另收茶位费的行为，没收违法所得4,300元，并处罚款2,500元。\n"
)


@pytest.mark.parametrize(
    "summary",
    [
        "以上合计罚款4,700元，没收违法所得4,300元。\n",  # after the last item's full stop
        "以上两项合计罚款3,900元。\n",
    ],
)
def test_a_total_that_is_not_the_sum_of_its_items_is_a_slip(summary: str) -> None:
    assert "total" in {slip.kind for slip in drafting_slips(_ITEMS + summary, PENALTY)}


@pytest.mark.parametrize(
    "summary",
    [
        "以上合计罚款3,700元，没收违法所得4,300元，罚没款共计8,000元。\n",
        "当事人应当自收到本决定书之日起十五日内缴纳罚没款。\n",
    ],
)
def test_a_total_that_sums_its_items_is_no_slip(summary: str) -> None:
    assert "total" not in {slip.kind for slip in drafting_slips(_ITEMS + summary, PENALTY)}
