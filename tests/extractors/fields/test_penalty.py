from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.fields.penalty import PenaltyThresholds, classify, goods_confiscated, penalty_kinds

HENAN_LIKE = PenaltyThresholds(
    major_fine_citizen=Decimal(10000),
    major_fine_organisation=Decimal(100000),
    hearing_fine_citizen=Decimal(5000),
    hearing_fine_organisation=Decimal(50000),
)


@pytest.mark.parametrize(
    ("section", "kinds"),
    [
        ("决定给予如下行政处罚：1.警告；2.罚款人民币500元。", {"warning", "fine"}),
        ("作出如下行政处罚：一、没收违法所得1200元；二、罚款30000元。", {"confiscation", "fine"}),
        ("作出如下行政处罚：责令停产停业三个月，并处罚款150000元。", {"suspension", "fine"}),
        ("作出如下行政处罚：吊销食品经营许可证。", {"revocation"}),
        ("处罚如下：警 告。", {"warning"}),
    ],
)
def test_kinds_come_from_the_penalty_section(section, kinds):
    facts = "经查，当事人曾因销售过期食品被罚款2000元并没收违法所得。"
    assert penalty_kinds(facts + "\n" + section + "\n当事人如不服本决定，可以申请行政复议。") == kinds


@pytest.mark.parametrize(
    ("section", "kinds"),
    [
        ("作出如下行政处罚：责令停业整顿十五日，并处罚款20000元。", {"suspension", "fine"}),
        ("作出如下行政处罚：责令当事人暂停营业七日，罚款5000元。", {"suspension", "fine"}),
        ("作出如下行政处罚：罚款5000元，并处暂停营业三日。", {"suspension", "fine"}),
        ("作出如下行政处罚：吊销食品经营许可，责令其停产停业一个月。", {"revocation", "suspension"}),
        (
            "作出如下行政处罚：根据某某条例第二十条可处一万元以下罚款，情节严重的，责令停业整顿之规定，罚款5000元。",
            {"fine"},
        ),
        ("作出如下行政处罚：罚款5000元。当事人情节轻微，不予责令停产停业。", {"fine"}),
        # the premises named between 责令 and the suspension (its shop, its branch)
        ("本局决定：一、罚款5000元；二、责令当事人涉案门店停业整顿三日。", {"suspension", "fine"}),
        ("作出如下行政处罚：罚款5000元，责令其所属分店停业七日。", {"suspension", "fine"}),
        # must not match: the premises in the law's range only, or a correction that is no suspension
        ("作出如下行政处罚：罚款5000元。情节严重的，可以责令其门店停业整顿。", {"fine"}),
        ("作出如下行政处罚：罚款5000元，责令当事人门店改正标价。", {"fine"}),
        # a work ban written out for a term (限制从业): a suspension
        (
            "作出如下行政处罚：1.罚款60000元；2.当事人负责人某某五年内不得从事食品生产经营管理工作。",
            {"suspension", "fine"},
        ),
        # must not match: a time limit of days for an order
        ("作出如下行政处罚：罚款5000元，责令当事人三日内不得继续销售涉案商品。", {"fine"}),
    ],
)
def test_a_suspension_imposed_counts_one_only_in_the_laws_range_or_refused_does_not(section, kinds):
    text = "经查，当事人销售商品未明码标价。\n" + section + "\n当事人如不服本决定，可以申请行政复议。"
    assert penalty_kinds(text) == kinds


@pytest.mark.parametrize(
    ("section", "kinds"),
    [
        ("考虑到当事人主动整改，决定不并处罚款。本局决定：没收违法所得人民币叁佰元。", {"confiscation"}),
        ("作出如下行政处罚：没收违法所得600元，不处以罚款。", {"confiscation"}),
        ("作出如下行政处罚：给予警告，不给予罚款。", {"warning"}),
        # must not match: a fine imposed beside the confiscation, or the surcharge on a fine not paid
        ("作出如下行政处罚：没收违法所得600元，并处罚款1200元。", {"confiscation", "fine"}),
        ("作出如下行政处罚：罚款800元。逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。", {"fine"}),
    ],
)
def test_a_kind_the_decision_says_it_does_not_add_is_not_imposed(section, kinds):
    text = "经查，当事人销售商品高于标价收费。\n" + section + "\n当事人如不服本决定，可以申请行政复议。"
    assert penalty_kinds(text) == kinds


def test_no_section_or_no_penalty_means_no_kinds():
    assert penalty_kinds("当事人违法经营额为5000元，已被责令改正。") == set()
    assert penalty_kinds("本局决定如下：对当事人不予行政处罚。") == set()


@pytest.mark.parametrize(
    ("kinds", "fine", "confiscation", "party_type", "expected"),
    [
        ({"fine"}, Decimal(30000), None, "organisation", (False, False)),
        ({"fine"}, Decimal(60000), None, "organisation", (False, True)),
        ({"fine"}, Decimal(150000), None, "organisation", (True, True)),
        ({"fine"}, Decimal(10000), None, "citizen", (True, True)),
        ({"fine"}, Decimal(4999), None, "citizen", (False, False)),
        ({"confiscation"}, None, Decimal(120000), "organisation", (True, None)),
        ({"suspension", "fine"}, Decimal(100), None, "citizen", (True, True)),
        ({"fine"}, Decimal(30000), None, None, (None, None)),
        ({"warning"}, None, None, "citizen", (False, False)),
    ],
)
def test_classification_by_thresholds(kinds, fine, confiscation, party_type, expected):
    assert classify(kinds, fine, confiscation, party_type, HENAN_LIKE) == expected


def test_a_standard_without_amount_rules_only_counts_heavy_kinds():
    national = PenaltyThresholds()
    assert classify({"fine"}, Decimal(10**7), None, "organisation", national) == (False, False)
    assert classify({"revocation"}, None, None, "organisation", national) == (True, True)


@pytest.mark.parametrize(
    "text",
    [
        "依据《某法》第四十二条规定，给予行政罚款：3000元。请你在接到本决定书之日起十五日内缴纳。",
        "责令当事人改正违法行为，对当事人的违法行为处罚款80000元。",
    ],
)
def test_the_words_opening_the_disposition_name_its_kind(text: str) -> None:
    assert penalty_kinds(text) == {"fine"}


def test_goods_listed_after_confiscated_money_are_goods() -> None:
    """没收违法所得…元、没收尚未售出的口罩41盒、罚款…: each item of the list is read on its own."""
    text = "本局决定：对该行为处以没收违法所得人民币300元、没收尚未售出的口罩41盒、罚款0.5万元。"
    assert goods_confiscated(text)
    assert not goods_confiscated("本局决定：对该行为处以没收违法所得人民币300元、罚款0.5万元。")


def test_money_with_grouped_thousands_is_no_goods() -> None:
    """没收…价款4,368.00元: the comma groups the amount's digits; the item is money, not goods in kind."""
    assert not goods_confiscated("本局决定：（一）没收期限届满未退还的多收价款4,368.00元；（二）罚款1,000元。")
    assert not goods_confiscated("本局决定：没收违法所得12,462元，并处罚款6,231元。")
    # must not match: goods listed after grouped money are still goods
    assert goods_confiscated("本局决定：没收违法所得1,200元，没收涉案商品30件，并处罚款5,000元。")
    # full-width figures and comma, as some text layers print them
    assert not goods_confiscated("本局决定：（一）没收未退还的违法所得１８，４２０．３５元；（二）罚款２，０００元。")
    assert goods_confiscated("本局决定：没收违法所得１，２００元，没收涉案商品３０件。")


def test_goods_seized_and_destroyed_are_goods() -> None:
    """没收、销毁…: the second verb joined to 没收 does not hide the thing seized after it."""
    assert goods_confiscated("本局决定：一、没收、销毁仿冒标识的保温杯8只；二、罚款人民币6000元。")
    assert goods_confiscated("本局决定：没收并销毁假冒的电动牙刷15支，并处罚款2万元。")
    # must not match: money after the joined verbs is still money
    assert not goods_confiscated("本局决定：没收、拍卖所得价款人民币800元，并处罚款3000元。")


@pytest.mark.parametrize("cell", ["——（无法计算）", "无（已全部退还）", "－－", "（无法确定）"])
def test_a_penalty_table_row_whose_amount_cell_is_empty_imposes_nothing(cell: str) -> None:
    """项目/金额 rows: 没收违法所得 with no amount (——, 无（已退还）) is listed, not imposed."""
    text = f"本局决定对当事人处罚如下：\n项目　　金额\n罚款　　人民币贰仟伍佰元（2500元）\n没收违法所得　{cell}\n当事人应当缴纳罚款。"
    assert penalty_kinds(text) == {"fine"}


@pytest.mark.parametrize(
    "text",
    [
        # must not match: a row with its amount, and 无法计算 told of the gains in a sentence, still confiscate
        "本局决定对当事人处罚如下：\n项目　　金额\n罚款　　2500元\n没收违法所得　300元\n",
        "本局决定：没收违法所得无法计算部分以外的800元，并处罚款1000元。",
    ],
)
def test_a_row_or_an_item_with_its_amount_still_confiscates(text: str) -> None:
    assert penalty_kinds(text) == {"confiscation", "fine"}


@pytest.mark.parametrize(
    ("section", "kinds"),
    [
        # the writer's choice left open in brackets: only what is written out after it is imposed
        ("本局决定给予当事人（警告/罚款）罚款人民币叁佰元整的行政处罚。", {"fine"}),
        ("作出如下行政处罚：[警告／罚款]罚款800元。", {"fine"}),
        ("作出如下行政处罚：（没收/罚款）罚款2000元。", {"fine"}),
        # must not match: a chosen kind beside a bracket without alternatives, or written out after the bracket
        ("作出如下行政处罚：警告（首次违法），并处罚款600元。", {"warning", "fine"}),
        ("本局决定给予当事人（警告/罚款）警告，并处罚款人民币伍佰元的行政处罚。", {"warning", "fine"}),
    ],
)
def test_alternatives_left_unchosen_in_brackets_impose_nothing(section, kinds):
    assert penalty_kinds(section + "\n当事人如不服本决定，可以申请行政复议。") == kinds


@pytest.mark.parametrize(
    ("section", "kinds"),
    [
        ("决定如下：一、责令当事人将多收价款退还顾客；二、对无法退还部分，予以没收；三、处罚款900元。", {"fine"}),
        ("决定如下：责令退还多收价款，不能退还的，依法予以没收，并处罚款900元。", {"fine"}),
        # must not match: the part that could not be refunded named with its amount is confiscated now
        ("决定如下：一、对无法退还的多收价款640元予以没收；二、处罚款900元。", {"confiscation", "fine"}),
        ("决定如下：没收违法所得640元，并处罚款900元。", {"confiscation", "fine"}),
    ],
)
def test_a_confiscation_of_what_cannot_be_refunded_without_an_amount_is_not_yet_imposed(section, kinds):
    text = "经查，当事人多收顾客价款。\n" + section + "\n当事人如不服本决定，可以申请行政复议。"
    assert penalty_kinds(text) == kinds


def test_a_labelled_kind_and_amount_row_is_the_penalty() -> None:
    """处罚种类和数额：罚款… on an on-the-spot form: the label with its colon opens the penalty."""
    assert penalty_kinds("违反的规定：价格法第十三条。\n处罚种类和数额：罚款人民币贰拾元（20元）。") == {"fine"}


def test_the_penalty_the_law_would_have_given_is_not_imposed() -> None:
    """Must not match: 本应给予罚款的行政处罚 in a 不予 decision's reasoning imposes nothing."""
    text = "依据价格法第四十二条，本应给予罚款的行政处罚。鉴于当事人初次违法，本局决定：对当事人不予行政处罚。"
    assert penalty_kinds(text) == set()
    assert penalty_kinds("依据价格法第四十二条，应当给予罚款500元的行政处罚。") == set()
    # the same words without 应 still impose
    assert penalty_kinds("依据价格法第四十二条，给予罚款500元的行政处罚。") == {"fine"}


def test_a_penalty_added_after_a_no_penalty_in_the_same_clause_is_imposed() -> None:
    """不予行政处罚，并依据…处罚款500元: the self-contradicting disposition still imposes the fine."""
    text = "本局决定：对当事人不予行政处罚，并依据价格违法行为行政处罚规定第十三条第一项处罚款500元。"
    assert penalty_kinds(text) == {"fine"}
    assert penalty_kinds("本局决定：对当事人不予行政处罚，同时给予警告。") == {"warning"}


def test_what_a_no_penalty_clause_says_besides_imposes_nothing() -> None:
    """Must not match: an order to correct, what would have been imposed, or a fine refused after 不予处罚."""
    assert penalty_kinds("本局决定：对当事人不予行政处罚，并责令当事人立即改正。") == set()
    assert penalty_kinds("本局决定：对当事人不予行政处罚，但本应处以罚款6000元。") == set()
    assert penalty_kinds("本局决定：对当事人不予行政处罚，并不处以罚款。") == set()
    assert penalty_kinds("本局决定：对当事人不予行政处罚，逾期不改正的处以罚款。") == set()


@pytest.mark.parametrize(
    ("section", "kinds"),
    [
        ("处罚种类及内容：罚款　人民币贰佰元\n没收违法所得：／\n", {"fine"}),
        ("处罚种类及内容：罚款　人民币贰佰元\n没收违法所得：无\n", {"fine"}),
        # must not match: a confiscation field that names what is seized
        ("处罚种类及内容：罚款　人民币贰佰元\n没收违法所得：人民币90元\n", {"fine", "confiscation"}),
    ],
)
def test_a_struck_through_penalty_field_is_not_imposed(section, kinds):
    text = "经查，当事人销售商品未明码标价。\n" + section + "当事人如不服本决定，可以申请行政复议。"
    assert penalty_kinds(text) == kinds
