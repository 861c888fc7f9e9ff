"""Dispositive blocks: every wording of the disposition, per-violation blocks, combined blocks, proposals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.fields.money import read_penalty
from extractors.fields.penalty import penalty_kinds

PAY = "\n当事人应当自收到本处罚决定书之日起十五日内缴纳罚没款。"


@pytest.mark.parametrize(
    ("disposition", "fine"),
    [
        ("本局决定对当事人处5000元罚款。", "5000"),
        ("依据…的规定，现责令当事人改正违法行为，并处罚款30000元。", "30000"),
        ("决定责令当事人立即改正，处罚款 150 元。", "150"),
        ("本局责令当事人改正，并给予以下从轻行政处罚：\n一、没收违法所得1633.1元；\n二、罚款1878.07元；", "1878.07"),
        ("处罚决定：罚款人民币伍佰元整（￥500.00）。", "500"),
        # a form's table row or labelled line without a colon (当场决定书)
        ("处罚决定 罚款人民币4200元（大写：肆仟贰佰元整）\n履行方式\n和期限 到银行缴纳", "4200"),
        ("处罚种类和幅度\n警告，并罚款人民币150元", "150"),
        # a table row 处罚种类及金额 whose amount is printed without 元
        ("处罚种类及金额　罚款 500\n履行方式　当事人持本决定书到某银行缴纳罚款。", "500"),
        ("决定处罚如下：1、没收违法所得18元；2、罚款18\n2元，以上总计200元，上缴国库。", "182"),
    ],
)
def test_the_fine_of_each_wording(disposition: str, fine: str) -> None:
    reading = read_penalty("经查，当事人销售额为12000元。\n" + disposition + PAY)
    assert reading.values.get("fine") == Decimal(fine)


def test_the_amount_reasoned_before_the_disposition_is_not_counted_twice() -> None:
    text = "依照裁量规则的规定，本案罚款数额为1878.07元。\n综上，本局给予以下行政处罚：\n一、罚款1878.07元；" + PAY
    assert read_penalty(text).values["fine"] == Decimal("1878.07")


def test_per_violation_blocks_are_summed() -> None:
    text = (
        "对第一项违法行为，决定处罚如下：罚款2000元。\n"
        "对第二项违法行为，违反了《某法》第五条，决定处罚如下：罚款500元。" + PAY
    )
    assert read_penalty(text).values["fine"] == Decimal(2500)


def test_a_combined_block_replaces_the_per_violation_ones() -> None:
    text = (
        "决定对当事人从轻处罚如下：警告。\n决定对当事人从轻处罚如下：罚款 100 元，上缴国库。\n"
        "综上，决定对当事人合并处罚如下：\n1.警告；2.罚款 100 元，上缴国库。" + PAY
    )
    assert read_penalty(text).values["fine"] == Decimal(100)
    assert penalty_kinds(text) == {"warning", "fine"}


def test_a_proposal_counts_only_without_a_decision() -> None:
    proposal = "本局拟对当事人处理如下：1、没收违法所得人民币捌佰柒拾贰元(￥872.00)；2、罚款2616元。\n"
    decision = "决定对当事人处理如下：\n一、责令改正；\n二、罚款人民币贰仟陆佰壹拾陆元(￥2616.00)。"
    assert read_penalty(proposal + decision + PAY).values == {"fine": Decimal(2616)}
    assert read_penalty(proposal + PAY).values["confiscated_gains"] == Decimal(872)


def test_a_label_needs_a_penalty_word_after_it() -> None:
    text = "本局于2024年3月1日作出处罚决定\n行政处罚决定书送达当事人，销售额3000元。" + PAY
    assert read_penalty(text).values == {}


@pytest.mark.parametrize(
    ("heading", "items", "values", "kinds"),
    [
        (
            "【处罚决定】",
            "没收违法所得2,310.00元，并处罚款4,620.00元。",
            {"confiscated_gains": "2310", "fine": "4620"},
            {"confiscation", "fine"},
        ),
        ("〔处罚决定〕", "罚款800元。", {"fine": "800"}, {"fine"}),
        ("【处理决定】", "1、警告；2、罚款人民币叁仟元（￥3000.00）。", {"fine": "3000"}, {"warning", "fine"}),
    ],
)
def test_a_bracketed_heading_over_the_penalty(
    heading: str, items: str, values: dict[str, str], kinds: set[str]
) -> None:
    text = "【违法事实】\n当事人多收费用2,310.00元。\n" + heading + "\n" + items + "\n【履行方式和期限】\n" + PAY
    assert read_penalty(text).values == {role: Decimal(value) for role, value in values.items()}
    assert penalty_kinds(text) == kinds


def test_a_bracketed_heading_that_names_no_penalty_after_it_opens_nothing() -> None:
    """Must not match: the heading followed by narrative, or the words inside other brackets."""
    narrative = "【处罚决定】\n本局经集体讨论后作出本决定，当事人销售额3000元。\n" + PAY
    assert read_penalty(narrative).values == {}
    quoted = "本局于2024年3月1日送达〔处罚决定〕文书一份，货值3000元。\n" + PAY
    assert read_penalty(quoted).values == {}


def test_an_approval_form_proposal_without_a_colon() -> None:
    text = "处理依据\n及建议\n依据《某某法》第十条的规定，建议给予\n罚款31,000.00元的行政处罚。\n承办人意见\n同意。"
    assert read_penalty(text).values == {"fine": Decimal(31000)}
    decided = text + "\n本局决定对当事人处以罚款30000元。" + PAY
    assert read_penalty(decided).values == {"fine": Decimal(30000)}  # the decision wins over the proposal
    remedial_first = (
        "建议给予责令退还非法占用的土地，限期十五日内拆除新建的建筑物、恢复土地原状、罚款164,600.00元的行政处罚。"
    )
    assert read_penalty(remedial_first).values == {"fine": Decimal(164600)}


def test_quoted_law_is_no_disposition() -> None:
    text = (
        "《价格法》第四十二条“经营者违反明码标价规定的，责令改正，没收违法所得，可以并处5000元以下的罚款”的规定。" + PAY
    )
    assert read_penalty(text).values == {}
    assert penalty_kinds(text) == set()


@pytest.mark.parametrize(
    ("proposal", "fine", "kinds"),
    [
        ("本局拟对你处以没收违法所得3000元、罚款20,000.00元。", "20000", {"fine", "confiscation"}),
        ("本局拟对你单位处以警告、罚款1000元。", "1000", {"warning", "fine"}),
        ("本局拟给予你单位警告、罚款17,000.00元的行政处罚。", "17000", {"warning", "fine"}),
        ("本局拟给予你罚款2500元的行政处罚。", "2500", {"fine"}),
        ("本局拟对你（单位）作出罚款5000元的行政处罚。", "5000", {"fine"}),
        ("本局拟决定给予你单位责令停产停业、罚款8000元的行政处罚。", "8000", {"fine", "suspension"}),
    ],
)
def test_a_notice_proposal_in_other_words(proposal: str, fine: str, kinds: set[str]) -> None:
    text = (
        "经查，当事人销售额为12000元。\n根据《某条例》第九条的规定，" + proposal + "\n"
        "你单位对上述拟作出的行政处罚如有异议，可自收到本告知书之日起三日内向本局进行陈述申辩。"
    )
    assert read_penalty(text).values["fine"] == Decimal(fine)
    assert penalty_kinds(text) == kinds


def test_a_review_note_on_the_proposal_is_no_second_proposal() -> None:
    text = (
        "处理依据及建议 依据《某法》第九条的规定，建议给予\n罚款30,000.00元的行政处罚。\n"
        "陈述申辩复核意见 当事人已整改，本局部分采纳其意见，将拟处罚款由\n37500元调整为30000元。"
    )
    assert read_penalty(text).values["fine"] == Decimal("30000")


# --- dispositions worded without 如下, amounts in lower-case numerals or capitals -----------------------------

FACTS = "经查，经营者销售商品未标明价格，违法所得计120元，经营额为3万元。\n"

WORDED = [
    ("给予…罚款 in capitals", "本局决定给予经营者罚款叁仟元整的行政处罚。", {"fine": "3000"}),
    ("并处 in lower-case numerals", "责令经营者改正，并处罚款五千元。", {"fine": "5000"}),
    ("对当事人予以", "对当事人予以罚款八百元的处罚。", {"fine": "800"}),
    ("对当事人罚款", "依据上述规定，本局对当事人罚款人民币三千元。", {"fine": "3000"}),
    ("对其罚款", "本局对其罚款600元，没收违法所得120元。", {"fine": "600", "confiscated_gains": "120"}),
    ("作出行政处罚：", "依据该规定，对当事人作出行政处罚：罚款1000元。", {"fine": "1000"}),
    ("作出…的行政处罚决定", "对当事人作出罚款人民币一千元整的行政处罚决定。", {"fine": "1000"}),
    (
        "决定：numbered",
        "本局决定：1、警告。2、罚款500元。3、没收违法所得120元。",
        {"fine": "500", "confiscated_gains": "120"},
    ),
    ("决定：the penalty", "本局决定：罚款2万元。", {"fine": "20000"}),
    ("本局作出…的行政处罚", "本局作出罚款800元的行政处罚。", {"fine": "800"}),
    (
        "责令…，作出…的行政处罚",
        "责令当事人改正，作出罚款800元、没收违法所得120元的行政处罚。",
        {"fine": "800", "confiscated_gains": "120"},
    ),
]


@pytest.mark.parametrize(("text", "values"), [w[1:] for w in WORDED], ids=[w[0] for w in WORDED])
def test_dispositions_worded_without_a_heading(text: str, values: dict[str, str]) -> None:
    reading = read_penalty(FACTS + text + PAY)
    assert reading.values == {role: Decimal(value) for role, value in values.items()}


def test_a_numbered_decision_after_a_colon_names_every_kind() -> None:
    assert penalty_kinds(FACTS + "本局决定：1、警告。2、罚款500元。" + PAY) == {"warning", "fine"}


NOT_DECIDED = [
    ("past penalty in the facts", "当事人曾因同类行为被某局处以罚款1000元。"),
    ("passive past penalty", "当事人于去年被我局处罚款2000元。"),
    ("what the law requires", "依据上述规定，应当责令当事人改正，对当事人给予警告，对当事人作出五千元以下罚款的处罚。"),
    ("what the law allows", "依法可以对当事人处以五千元以下罚款。"),
    ("决定 without a penalty", "本局决定：对本案立案调查。"),
    ("an earlier decision, dated", "本局于2023年5月1日作出罚款500元的行政处罚，当事人已缴纳。"),
    ("the law's wording", "由县级以上部门责令改正，作出罚款500元的行政处罚。"),
    ("an earlier decision, numbered", "本局当场对当事人给予警告（某市监简罚〔2024〕7号当场行政处罚决定书）。"),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_DECIDED], ids=[n[0] for n in NOT_DECIDED])
def test_no_penalty_read_from_what_is_not_decided(text: str) -> None:
    assert read_penalty(FACTS + text + PAY).values == {}
    assert penalty_kinds(FACTS + text + PAY) == set()


@pytest.mark.parametrize("slot", ["（此处填写罚款金额）", "＿＿＿", "　　　"])
def test_a_fine_decided_with_its_amount_left_to_fill_is_a_fine(slot: str) -> None:
    text = FACTS + f"本局决定对当事人罚款{slot}元。" + PAY
    assert penalty_kinds(text) == {"fine"} and read_penalty(text).values == {}
    # must not match: a column of a table named in the facts decides nothing
    assert penalty_kinds(FACTS + "收费台账列有罚款（元）一栏。" + PAY) == set()


def test_an_earlier_decision_s_number_in_the_facts_leaves_the_decided_penalty_alone() -> None:
    """Must not match: the decision's own disposition after the narrated earlier one is read whole."""
    earlier = "本局当场对当事人给予警告（某市监简罚〔2024〕7号当场行政处罚决定书）。当事人逾期仍未改正。"
    text = FACTS + earlier + "本局决定：一、罚款人民币3000元；二、责令当事人停业整顿五日。" + PAY
    assert penalty_kinds(text) == {"fine", "suspension"}
    own = FACTS + "本局决定对当事人给予警告，并处罚款800元（自本决定书送达之日起执行）。" + PAY
    assert penalty_kinds(own) == {"warning", "fine"}


@pytest.mark.parametrize(
    "duty", ["依法应当处以罚款5000元", "应当处罚款5000元", "可以处以罚款5000元", "依法应当对其处以罚款5000元"]
)
def test_the_fine_the_law_calls_for_before_the_weighing_is_not_decided(duty: str) -> None:
    text = FACTS + f"依据某某法第十条的规定，{duty}。鉴于当事人主动改正，决定从轻处罚如下：罚款人民币2000元。" + PAY
    assert read_penalty(text).values == {"fine": Decimal("2000")}


def test_a_decided_fine_after_the_agency_s_words_still_counts() -> None:
    """Must not match: 应当 in another clause (当事人应当改正) leaves the decided fine alone."""
    text = FACTS + "当事人应当立即改正，本局决定处以罚款3000元。" + PAY
    assert read_penalty(text).values == {"fine": Decimal("3000")}


def test_a_past_penalty_does_not_add_to_the_decided_one() -> None:
    text = FACTS + "当事人曾被某局处以罚款1000元。本局决定对当事人处以罚款500元。" + PAY
    assert read_penalty(text).values == {"fine": Decimal("500")}


def test_a_notice_proposing_to_the_party_is_a_proposal() -> None:
    """拟对当事人处以… alone is still read (a notice proposes), but a decided block wins over it."""
    proposal = "本局拟对当事人处以罚款1000元。"
    assert read_penalty(FACTS + proposal).values == {"fine": Decimal("1000")}
    decided = proposal + "经复核，本局决定对当事人处以罚款800元。"
    assert read_penalty(FACTS + decided + PAY).values == {"fine": Decimal("800")}


TO_THE_CONDUCT = [
    (
        "对该行为",
        "依据上述规定，对该行为处以没收违法所得120元、罚款800元。",
        {"fine": "800", "confiscated_gains": "120"},
    ),
    ("对上述违法行为", "对上述违法行为给予警告，并处罚款500元。", {"fine": "500"}),
    ("per numbered violation", "对第一项违法行为处以罚款500元；对第二项违法行为处以罚款800元。", {"fine": "1300"}),
    (
        "per bracketed violation number, basis first",
        "依据某某规定，对第（一）项违法行为罚款1000元；依据某某规定，对第(二)项违法行为没收违法所得245.5元，罚款2000元.",
        {"fine": "3000", "confiscated_gains": "245.5"},
    ),
    (
        "per violation, then a total that is no block",
        "一、…依据…，对该行为处以罚款600元。二、…依据…，对该行为处以罚款300元。以上罚没款合计900元。",
        {"fine": "900"},
    ),
]


@pytest.mark.parametrize(("text", "values"), [t[1:] for t in TO_THE_CONDUCT], ids=[t[0] for t in TO_THE_CONDUCT])
def test_a_penalty_addressed_to_the_conduct(text: str, values: dict[str, str]) -> None:
    reading = read_penalty(FACTS + text + PAY)
    assert reading.values == {role: Decimal(value) for role, value in values.items()}


@pytest.mark.parametrize(
    "text",
    [
        "依法应对该行为处以五千元以下罚款。",
        "经营者曾对该行为作出整改，未被处以罚款。",
        "依法应对第（一）项违法行为处以五千元以下罚款。",
    ],
)
def test_the_conduct_named_without_a_decided_penalty(text: str) -> None:
    assert read_penalty(FACTS + text + PAY).values == {}


@pytest.mark.parametrize(
    ("text", "values", "kinds"),
    [
        (
            (
                "四、处罚决定\n（一）对第一项行为：没收违法所得400元，并处违法所得三倍罚款1200元；\n"
                "（二）对第二项行为：给予警告。"
            ),
            {"fine": "1200", "confiscated_gains": "400"},
            {"confiscation", "fine", "warning"},
        ),
        ("对上述违法行为：罚款2000元。", {"fine": "2000"}, {"fine"}),
    ],
)
def test_the_conduct_heading_its_own_item_with_a_colon(text: str, values: dict[str, str], kinds: set[str]) -> None:
    """对第一项行为：没收…，并处…罚款: the conduct named before a colon opens the item that penalises it."""
    reading = read_penalty(FACTS + text + PAY)
    assert reading.values == {role: Decimal(value) for role, value in values.items()}
    assert set(penalty_kinds(FACTS + text + PAY)) == kinds


@pytest.mark.parametrize(
    "text",
    [
        # must not match: the colon followed by what the party said, or by what the law wants
        "对第一项行为：当事人辩称没收违法所得400元的依据不足。",
        "对第二项行为：依法应当给予警告。",
    ],
)
def test_the_conduct_before_a_colon_without_a_penalty_opens_nothing(text: str) -> None:
    assert read_penalty(FACTS + text + PAY).values == {}
    assert not penalty_kinds(FACTS + text + PAY)


def test_a_count_under_the_kind_and_amount_row_is_no_fine() -> None:
    """Must not match: a number with another unit in the row (罚款 3 次) is no amount of money."""
    text = "经查，当事人曾被处罚。\n处罚种类及金额　罚款3次以内\n" + PAY
    assert "fine" not in read_penalty(text).values


def test_money_named_before_its_seizure_is_confiscated() -> None:
    """对当事人…的多收价款X元予以没收: the block opens at the party and the amount is the money seized."""
    text = (
        FACTS + "依据某某规定，对当事人处以罚款2000元。依照某某规定，对当事人逾期未退还的多收价款860元予以没收。" + PAY
    )
    assert read_penalty(text).values == {"fine": Decimal("2000"), "confiscated_gains": Decimal("860")}
    assert penalty_kinds(text) == {"fine", "confiscation"}


def test_a_sentence_naming_the_money_then_its_basis_then_seizing_it_is_a_block() -> None:
    """X元，依据…的规定，予以没收 in a sentence of its own after the fine: the sentence opens its own block, and the
    amount named before the basis is the money seized."""
    text = (
        FACTS
        + "依据某某规定，本局决定对当事人处以罚款1500元。\n顾客多付的款项中，逾期仍未退还的640元，依据《某价格规定》"
        + "第九条第二款的规定，予以没收。"
        + PAY
    )
    assert read_penalty(text).values == {"fine": Decimal("1500"), "confiscated_gains": Decimal("640")}
    assert penalty_kinds(text) == {"fine", "confiscation"}


@pytest.mark.parametrize(
    "seizure",
    [
        # must not match: what the law says should be seized, a proposal, a seizure told as history
        "逾期仍未退还的640元，依据《某价格规定》第九条的规定，应当予以没收。",
        "逾期仍未退还的640元，本局拟依据《某价格规定》第九条的规定，予以没收。",
        "逾期仍未退还的640元，曾被某局依据《某价格规定》第九条的规定，予以没收。",
    ],
)
def test_a_seizing_sentence_owed_proposed_or_past_opens_nothing(seizure: str) -> None:
    text = FACTS + "依据某某规定，本局决定对当事人处以罚款1500元。" + seizure + PAY
    assert read_penalty(text).values == {"fine": Decimal("1500")}
    assert penalty_kinds(text) == {"fine"}


def test_a_conduct_seized_from_at_once_opens_its_block() -> None:
    """对第一项违法行为没收违法所得X元，并处罚款Y元: the seizure named right after the conduct opens the block, so its
    money is confiscated, not lost before the fine that follows."""
    text = (
        FACTS
        + "依照某某规定，对第一项违法行为没收违法所得24,960元，并处罚款24,960元；依照某某规定，对第二项违法行为责令"
        + "当事人退还押金，并处罚款30,000元。"
        + PAY
    )
    assert read_penalty(text).values == {"fine": Decimal("54960"), "confiscated_gains": Decimal("24960")}
    assert penalty_kinds(text) == {"fine", "confiscation"}


@pytest.mark.parametrize(
    "text",
    [
        # must not match: goods the party had seized before, what the law says should be seized, a seizure told as
        # history
        "对当事人没收的物品已登记造册，共计12件。",
        "依法应对当事人没收违法所得860元。",
        "当事人曾被某局对其没收违法所得860元。",
    ],
)
def test_a_seizure_after_the_party_that_is_not_decided_opens_nothing(text: str) -> None:
    assert read_penalty(FACTS + text + PAY).values == {}
    assert not penalty_kinds(FACTS + text + PAY)


@pytest.mark.parametrize(
    "text",
    [
        # must not match: what the law says should be seized, and a seizure told as history
        "对当事人逾期未退还的多收价款860元应予以没收。",
        "当事人曾被某局对其多收价款860元予以没收。",
    ],
)
def test_a_seizure_only_owed_or_past_is_no_disposition(text: str) -> None:
    assert read_penalty(FACTS + text + PAY).values == {}


@pytest.mark.parametrize(
    "text",
    [
        (
            "违反了《某价格法》第十三条，依据《某价格法》第四十二条的规定，适用《某处罚法》第五十一条规定的简易程序，当场给予"
            "当事人罚款贰佰元（200元）的行政处罚。"
        ),
        "依据《某规定》第九条，按简易程序，当场给予你罚款200元的行政处罚。",
    ],
)
def test_an_on_the_spot_penalty_given_to_the_party(text: str) -> None:
    """An on-the-spot decision states its penalty in the clause after its procedure: 当场给予当事人罚款…的行政处罚."""
    assert read_penalty(text + PAY).values == {"fine": Decimal("200")}
    assert penalty_kinds(text + PAY) == {"fine"}


@pytest.mark.parametrize(
    "text",
    [
        # a narrative of an earlier on-the-spot penalty, not after a clause break
        "2023年3月，执法人员检查时当场给予当事人罚款200元的行政处罚，当事人至今未改正。",
        # someone else's voice before 当场 in the same clause
        "据举报人称，经营者当场给予当事人罚款200元的行政处罚。",
    ],
)
def test_an_on_the_spot_penalty_told_as_history_is_none(text: str) -> None:
    """Must not match: 当场给予…的行政处罚 inside a narrative clause is no disposition of this decision."""
    assert read_penalty(text).values == {}


def test_a_notices_proposal_retold_is_not_the_penalty_a_warning_imposes() -> None:
    """The decision retells its 告知书 (拟给予警告，并处罚款…) and then imposes a warning only: no fine."""
    text = (
        "2023年4月3日，本局作出《行政处罚告知书》（某市监告〔2023〕5号），拟给予警告，并处罚款800元。\n"
        "当事人请求免予罚款，本局予以采纳。\n依据《中华人民共和国价格法》第四十二条的规定，本局决定对当事人给予警告的行政处罚。\n"
    )
    reading = read_penalty(text)
    assert "fine" not in reading.values
    assert penalty_kinds(text) == {"warning"}
    # must not match: a proposal that no 告知书 retells (承办人建议…) is still what a decision stating no amount imposes
    proposed = "承办人建议给予警告，并处罚款800元。\n经集体讨论，本局决定对当事人给予警告，并处罚款。\n"
    assert read_penalty(proposed).values.get("fine") == Decimal(800)


def test_a_penalty_an_earlier_decision_imposed_is_history() -> None:
    """本局以某号《行政处罚决定书》对当事人…给予警告，并处罚款…: imposed by that decision, not this one."""
    text = (
        "当事人曾因同类违法行为受过处罚：2022年6月1日，本局以某市监罚〔2022〕12号《行政处罚决定书》对当事人"
        "销售商品未标示计价单位的行为给予警告，并处罚款人民币伍佰元整；当事人已缴清。\n"
        "依据《中华人民共和国价格法》第四十二条的规定，本局决定对当事人给予警告，并处罚款人民币叁仟元整。\n"
    )
    assert read_penalty(text).values["fine"] == Decimal(3000)
    # must not match: the decision's own disposition after 以 what it finds (以上述事实为据，决定对当事人…)
    own = "本局以当事人的违法事实为据，决定对当事人给予警告，并处罚款人民币叁仟元整。\n"
    assert read_penalty(own).values["fine"] == Decimal(3000)


@pytest.mark.parametrize(
    ("line", "fine", "kinds"),
    [
        ("处罚种类及内容：罚款　人民币叁佰元整（¥300.00）", "300", {"fine"}),
        ("处罚：没收违法所得860元，罚款1720元", "1720", {"confiscation", "fine"}),
    ],
)
def test_a_forms_label_over_the_penalty(line: str, fine: str, kinds: set[str]) -> None:
    text = FACTS + line + "\n" + PAY
    assert read_penalty(text).values.get("fine") == Decimal(fine)
    assert penalty_kinds(text) == kinds


def test_a_law_text_penalty_word_is_not_a_forms_label() -> None:
    # must not match: the law's range (依法可以…处罚：…) and a proposal (拟处罚：) are not the decision's penalty
    assert penalty_kinds(FACTS + "当事人拟处罚：罚款500元的意见已告知。\n" + PAY) == set()
