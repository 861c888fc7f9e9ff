"""The disposition's amounts and kinds over every section (issue 12): per-violation items summed, printed totals
not counted twice, confiscated money apart from the fine, amounts in every written form, and what is no penalty.

All wording here is invented (青禾县, 示例条例, 示例商贸): shapes, never any real decision's text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.facts.penalty import penalty_facts
from extractors.fields.money import find_amounts, read_penalty
from extractors.fields.penalty import goods_confiscated, penalty_kinds

D = Decimal
HEAD = "当事人：青禾县示例商贸有限公司\n经查，当事人在门店销售的商品未按规定明码标价，销售额为8600元。\n"
PAY = "\n当事人应当自收到本决定书之日起十五日内到青禾县农商银行缴纳罚没款。"


def _fine(disposition: str) -> Decimal | None:
    return read_penalty(HEAD + disposition + PAY).values.get("fine")


def _kinds(disposition: str) -> set[str]:
    return set(penalty_kinds(HEAD + disposition + PAY))


# --- family 1: a warning and fines over several sections ------------------------------------------------


@pytest.mark.parametrize(
    ("disposition", "fine", "kinds"),
    [
        # each violation's own numbered items under one opening, no total
        (
            "处罚如下：\n违法行为一：1.警告；2.罚款2000元。\n违法行为二：1.警告；2.罚款3000元。\n违法行为三：1.罚款1000元。",
            "6000",
            {"warning", "fine"},
        ),
        # a section per violation, its heading before the items
        (
            "处罚如下：\n对当事人的第一项违法行为：警告，罚款1500元。\n对当事人的第二项违法行为：罚款2500元。",
            "4000",
            {"warning", "fine"},
        ),
        # the warning in one section, the fines in the others, the basis sentence opening each
        (
            (
                "违法行为一的处理：依据《示例条例》第十条，给予警告。\n"
                "违法行为二的处理：依据《示例规定》第七条，处以罚款3000元。\n"
                "违法行为三的处理：依据《示例规定》第八条，处以罚款2000元。"
            ),
            "5000",
            {"warning", "fine"},
        ),
        # a total that repeats the items, worded with 罚款 after it
        (
            "对违法行为一，处罚如下：1.警告；2.罚款2000元。\n对违法行为二，处罚如下：1.罚款3000元，两项共计罚款5000元。",
            "5000",
            {"warning", "fine"},
        ),
        # …and with 罚款 before it
        ("决定如下：1.罚款1200元；2.罚款800元；罚款合计2000元。", "2000", {"fine"}),
        # a combined block that totals the fines alone: the warning of a section still counts
        (
            "对违法行为一，处罚如下：1.警告；2.罚款2000元。\n对违法行为二，处罚如下：1.警告；2.罚款3000元。\n合计：罚款5000元。",
            "5000",
            {"warning", "fine"},
        ),
        # the first section worded as a conclusion (综上) combines nothing: the later sections count too
        (
            (
                "综上，依据《示例条例》第十条，决定处罚如下：1.警告；2.罚款2000元。\n"
                "针对第二项违法行为，依据《示例规定》第七条，决定处罚如下：罚款3000元。"
            ),
            "5000",
            {"warning", "fine"},
        ),
    ],
)
def test_every_section_is_summed_once(disposition: str, fine: str, kinds: set[str]) -> None:
    assert _fine(disposition) == D(fine)
    assert _kinds(disposition) == kinds


def test_a_combined_total_of_the_fines_keeps_the_sections_confiscation() -> None:
    disposition = (
        "对违法行为一，处罚如下：1.没收违法所得500元；2.罚款2000元。\n对违法行为二，处罚如下：罚款3000元。\n"
        "合计：罚款5000元。"
    )
    facts = penalty_facts(HEAD + disposition + PAY)
    assert (facts.fine, facts.confiscation) == (D(5000), D(500))
    assert [(item.role, item.amount) for item in facts.items] == [("confiscated_gains", D(500)), ("fine", D(5000))]


def test_a_total_without_a_colon_stands_for_sections_no_opening_words_start() -> None:
    """对第一项违法行为，依据…的规定，没收…，并处…罚款 has no opening words a block starts at; the total line that
    follows (合计没收违法所得…，罚款…) gives every role and kind even so."""
    disposition = (
        "对第一项违法行为，依据《价格法》第四十条第一款的规定，没收违法所得1,200元，并处罚款2,400元；"
        "对第二项违法行为，依据《价格法》第四十二条的规定，处罚款500元。\n合计没收违法所得1,200元，罚款2,900元。"
    )
    facts = penalty_facts(HEAD + disposition + PAY)
    assert (facts.fine, facts.confiscation) == (D(2900), D(1200))
    assert _kinds(disposition) == {"confiscation", "fine"}


def test_a_total_inside_a_sentence_opens_no_block() -> None:
    # must not match: 合计 after other words (违法所得合计…) is the facts' sum, not the combined penalty
    disposition = "经核算违法所得合计1,200元。\n本局决定：处罚款500元。"
    facts = penalty_facts(HEAD + disposition + PAY)
    assert (facts.fine, facts.confiscation) == (D(500), None)
    assert _kinds(disposition) == {"fine"}


def test_many_numbered_items_are_read_to_the_last() -> None:
    item = "{n}.针对在示例路第{n}门店未按规定标明商品价格、未公示收费项目及标准的违法行为：警告，罚款{n}00元；\n"
    items = "".join(item.format(n=n) for n in range(1, 16))
    assert len(items) > 700  # longer than a block used to run
    assert _fine("本局决定处罚如下：\n" + items) == D(sum(n * 100 for n in range(1, 16)))


def test_each_item_is_kept_and_the_printed_total_is_no_item() -> None:
    facts = penalty_facts(HEAD + "决定如下：1.罚款1200元；2.罚款800元；以上共计罚款2000元。" + PAY)
    assert [(item.role, item.amount) for item in facts.items] == [("fine", D(1200)), ("fine", D(800))]
    assert facts.fine == D(2000)


def test_a_total_alone_is_the_fine() -> None:
    assert _fine("本局决定：共处罚款4500元。") == D(4500)


def test_a_section_that_does_not_punish_leaves_the_others_kinds() -> None:
    disposition = "处罚如下：\n违法行为一：不予行政处罚。\n违法行为二：警告，罚款600元。"
    assert _kinds(disposition) == {"warning", "fine"}
    assert _kinds("决定对当事人不予行政处罚。") == set()


# --- family 2: confiscated money apart from the fine ----------------------------------------------------


@pytest.mark.parametrize(
    ("disposition", "fine", "confiscated"),
    [
        ("决定对当事人作出如下处罚：没收违法所得1200元，并处罚款3000元。", "3000", "1200"),
        ("处罚如下：没收违法所得1000元并处违法所得三倍罚款3000元。", "3000", "1000"),
        ("处罚如下：罚款2000元，并没收违法所得人民币伍佰元整（500元）。", "2000", "500"),
        ("决定如下：1.没收违法所得850.50元；2.罚款2000元。罚没款合计2850.50元。", "2000", "850.50"),
        ("处罚如下：罚没款共计5000元，其中没收违法所得2000元，罚款3000元。", "3000", "2000"),
        ("处罚如下：没收违法所得700元，并处违法所得700元两倍的罚款1400元。", "1400", "700"),
        # a form's rows: the next row's label 罚款 right after the seized amount once the line break is folded
        ("处罚决定：没收违法所得 1200元\n罚款 3000元\n", "3000", "1200"),
        # a 罚没款 line that splits into its parts
        ("处罚如下：罚没款3200元（其中罚款2000元，没收违法所得1200元）。", "2000", "1200"),
        ("决定没收违法所得人民币壹仟贰佰元整（¥1200.00），并处罚款人民币叁仟元整（¥3000.00）。", "3000", "1200"),
    ],
)
def test_confiscated_money_is_no_fine_and_the_fine_no_confiscation(
    disposition: str, fine: str, confiscated: str
) -> None:
    facts = penalty_facts(HEAD + disposition + PAY)
    assert facts.fine == D(fine)
    assert facts.confiscation == D(confiscated)
    assert facts.kinds == ["fine", "confiscation"]


def test_a_fine_after_a_seizure_without_an_amount_is_the_fine() -> None:
    facts = penalty_facts(HEAD + "决定没收当事人的违法所得并处5000元罚款。" + PAY)
    assert (facts.fine, facts.confiscation) == (D(5000), None)


def test_goods_in_kind_and_their_value_are_confiscation() -> None:
    text = HEAD + "处罚如下：没收违法所得300元及涉案茶叶20盒（价值400元），罚款1000元。" + PAY
    facts = penalty_facts(text)
    assert (facts.fine, facts.confiscation, facts.goods_confiscated) == (D(1000), D(700), True)
    assert not goods_confiscated(HEAD + "处罚如下：没收违法所得300元，罚款1000元。" + PAY)


# --- family 3: the fine in every written form ------------------------------------------------------------


@pytest.mark.parametrize(
    ("disposition", "fine"),
    [
        ("决定对当事人处以罚款人民币壹万贰仟元整。", "12000"),
        ("决定对当事人处1.2万元罚款。", "12000"),
        ("处罚如下：罚款金额：5,000元。", "5000"),
        ("处罚决定：罚款金额  5000元\n", "5000"),
        ("决定给予当事人警告，并处8000元罚款。", "8000"),
        ("决定对当事人罚款人民币贰万元。", "20000"),
        ("处罚如下：罚款1万2千元。", "12000"),
        ("处罚如下：罚款3万6000元。", "36000"),
        ("处罚如下：罚款：5000。", "5000"),
        ("处罚如下：罚款金额（元）：4800。", "4800"),
        ("处罚决定：罚款（元） 950\n", "950"),
        ("依据《示例条例》第十条的规定，对当事人予以罚款2000元。", "2000"),
        ("依据《示例条例》第十条，本局责令当事人改正，并处以2600元罚款。", "2600"),
        ("依据《示例条例》第十条，对当事人作出罚款1500元的行政处罚。", "1500"),
        ("依据《示例条例》第十条，罚款2200元。", "2200"),
        ("对当事人的违法行为二罚款3000元。对当事人的违法行为一给予警告。", "3000"),
    ],
)
def test_the_fine_is_found_in_each_form(disposition: str, fine: str) -> None:
    assert _fine(disposition) == D(fine)


@pytest.mark.parametrize(
    ("disposition", "fine"),
    [
        # capitals followed by their figures under 小写 / 大写金额: one amount, not two
        ("处罚如下：罚款人民币壹万贰仟元整（小写：12000元）。", "12000"),
        ("处罚如下：罚款人民币壹万贰仟元整（小写：¥12,000.00）。", "12000"),
        ("处罚如下：罚款12000元（大写金额：壹万贰仟元整）。", "12000"),
    ],
)
def test_capitals_and_figures_of_one_amount_count_once(disposition: str, fine: str) -> None:
    assert _fine(disposition) == D(fine)


# --- family 4: 角 and 分 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("壹佰元玖角", "100.90"),
        ("壹佰元零玖分", "100.09"),
        ("叁拾元伍角陆分", "30.56"),
        ("100.9元", "100.90"),
        ("123元5角", "123.50"),
        ("123元零5分", "123.05"),
        ("123元伍角", "123.50"),
        ("伍佰元整", "500.00"),
    ],
)
def test_jiao_and_fen_keep_their_place(raw: str, value: str) -> None:
    found = find_amounts(raw)
    assert [amount.value for amount in found] == [D(value)]


def test_figures_followed_by_minutes_are_no_fen() -> None:
    assert [amount.value for amount in find_amounts("罚款300元5分钟后")] == [D(300)]


def test_a_capital_with_jiao_repeated_by_its_figures() -> None:
    assert _fine("处罚如下：罚款人民币壹佰贰拾叁元陆角（123.6元）。") == D("123.60")
    assert _fine("处罚如下：罚款人民币123.60元（壹佰贰拾叁元陆角整）。") == D("123.60")


# --- what is no penalty amount --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "disposition",
    [
        # a past penalty in the facts
        "当事人曾于2023年因同类行为被我局处以罚款2000元。依据《示例条例》第十条，处罚如下：警告。",
        # the law's amount in the basis text
        "依据《示例条例》第十条对当事人可处一万元以下罚款的规定，处罚如下：警告。",
        # the law's words printed without quotes before the disposition
        (
            "依据《示例条例》第十条：违反本条例的，由市场监督管理部门责令改正，给予警告，可以并处五千元以下罚款。"
            "本局决定对当事人处罚如下：警告。"
        ),
        # …or printed as a rule with its amount, the basis verb before it
        "依据《示例条例》第十条规定：违反本条例的，罚款5000元。本局决定：警告。",
        # an earlier on-the-spot decision told in the narrative
        "此前本局已当场下达《当场行政处罚决定书》，依据《示例条例》第十条给予警告。本局决定对当事人处罚如下：警告。",
    ],
)
def test_no_fine_is_read_where_only_a_warning_is_imposed(disposition: str) -> None:
    assert _fine(disposition) is None
    assert _kinds(disposition) == {"warning"}


@pytest.mark.parametrize(
    "disposition",
    [
        "依据《示例条例》第十条规定的处五千元以上五万元以下罚款，决定对当事人罚款6000元。",
        "处罚如下：在3000元至1万元之间从轻，罚款6000元。",
    ],
)
def test_a_range_quoted_from_the_law_is_no_part_of_the_fine(disposition: str) -> None:
    assert _fine(disposition) == D(6000)


def test_a_bare_number_after_a_fine_word_with_a_unit_or_range_is_no_amount() -> None:
    assert find_amounts("罚款：3次") == []
    assert find_amounts("罚款5000以下") == []


# --- family 5: kinds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("disposition", "kinds"),
    [
        ("处罚如下：通报批评。", {"warning"}),
        ("处罚如下：责令改正，罚款1000元。", {"fine"}),
        ("处罚如下：责令停产停业三个月，吊销营业执照。", {"suspension", "revocation"}),
        ("处罚如下：暂扣食品经营许可证一个月，罚款2000元。", {"qualification", "fine"}),
        ("处罚如下：限制开展生产经营活动六个月。", {"suspension"}),
        ("处罚如下：没收涉案商品12件。", {"confiscation"}),
    ],
)
def test_kinds_by_the_label_guide(disposition: str, kinds: set[str]) -> None:
    assert _kinds(disposition) == kinds


@pytest.mark.parametrize(
    ("disposition", "kinds"),
    [
        ("决定给予当事人警告，免予罚款。", {"warning"}),
        ("决定对当事人从轻处罚如下：罚款800元，不予没收。", {"fine"}),
    ],
)
def test_a_kind_the_decision_waives_is_not_imposed(disposition: str, kinds: set[str]) -> None:
    assert _kinds(disposition) == kinds


def test_an_order_to_correct_alone_is_no_penalty() -> None:
    assert _kinds("本局决定：责令当事人立即改正上述违法行为。") == set()


def test_a_penalty_table_restated_by_the_decision_is_counted_once() -> None:
    """A table's header row ends in 处罚内容 (no colon); the decision's own 本局决定：… after it restates the rows."""
    text = (
        HEAD + "处罚事项：\n违法行为　　违反条款　　处罚依据　　处罚内容\n"
        "多收费用　　《示例条例》第八条　　《示例条例》第十二条　　没收违法所得1,200元，罚款3,000元\n"
        "四、处罚决定\n依据《示例条例》第十二条的规定，本局决定：（1）没收违法所得人民币1,200元；（2）罚款人民币3,000元。"
        + PAY
    )
    values = read_penalty(text).values
    assert values == {"confiscated_gains": D("1200.00"), "fine": D("3000.00")}


def test_a_penalty_content_label_with_a_colon_keeps_its_block() -> None:
    """处罚内容：… is a label, not a table's column: a later 决定 inside its sentence opens nothing new."""
    text = HEAD + "处罚内容：没收违法所得1,200元，罚款3,000元，决定罚款部分分期缴纳。" + PAY
    values = read_penalty(text).values
    assert values == {"confiscated_gains": D("1200.00"), "fine": D("3000.00")}


def test_a_penalty_content_line_restated_by_the_next_lines_decision_is_counted_once() -> None:
    """处罚内容：罚款… as a line of its own, no full stop after it, then the decision's own sentence on the next line
    (根据上述处罚条款，本局决定…罚款…): the line break folded away, the sentence still opens a block of its own, so
    its restatement of the line is one fine, not two."""
    text = (
        HEAD + "处罚条款：《示例条例》第十二条\n处罚内容：罚款人民币2500元\n"
        "根据上述处罚条款，本局决定对当事人处以罚款2500元。" + PAY
    )
    assert read_penalty(text).values == {"fine": D("2500.00")}


def test_a_penalty_content_line_and_a_decision_that_adds_another_role_keep_both() -> None:
    """must not match: the decision's sentence after the line names what the line did not (没收违法所得): nothing
    restated, both amounts stand."""
    text = HEAD + "处罚内容：罚款人民币2500元\n根据上述处罚条款，本局决定没收当事人违法所得人民币800元。" + PAY
    assert read_penalty(text).values == {"fine": D("2500.00"), "confiscated_gains": D("800.00")}


def test_a_table_of_amounts_per_party_reads_each_column_as_its_role() -> None:
    """当事人　没收违法所得　罚款 over one row per party: each amount is its column's, not the header's last word's."""
    table = "本局决定：\n当事人　　　　没收违法所得　　罚款\n当事人一　　　960元　　　　3,000元\n当事人二　　　480元　　　　1,500元"
    values = read_penalty(HEAD + table + PAY).values
    assert values == {"confiscated_gains": D("960.00") + D("480.00"), "fine": D("4500.00")}


def test_a_table_with_one_role_column_keeps_the_words_before_each_amount() -> None:
    """must not match: a header naming one role (罚款) beside a plain column is no table of roles."""
    table = "本局决定对两当事人分别处以罚款：\n当事人　　　　违法行为　　罚款\n当事人一　　　未标价　　　3,000元\n当事人二　　　未标价　　　1,500元"
    assert read_penalty(HEAD + table + PAY).values == {"fine": D("4500.00")}


# --- the conduct named first, a comma and perhaps an order to correct before the penalty -----------------------

#: A basis long enough that its 依据 lies beyond the look-back of a penalty named bare after a comma.
LONG_BASIS = "依据《青禾县示例价格管理条例》第四十二条、《示例价格违法行为处罚规定》第十三条第（一）项的规定，"


def test_a_penalty_after_a_comma_following_the_conduct_is_each_violations_own() -> None:
    """对第1项违法行为，罚款…: the conduct, a comma, then the penalty — one block per violation, summed."""
    disposition = (
        LONG_BASIS
        + "对第1项违法行为，罚款2,000元。\n"
        + LONG_BASIS
        + "对第2项违法行为，没收违法所得1,400元，罚款3,000元。"
    )
    values = read_penalty(HEAD + disposition + PAY).values
    assert values == {"fine": D("5000.00"), "confiscated_gains": D("1400.00")}


def test_an_order_to_correct_may_come_between_the_conduct_and_the_penalty() -> None:
    """对第一项违法行为，责令当事人改正，没收…: the order is no penalty, the seizure and the worked-out fine are."""
    disposition = (
        LONG_BASIS
        + "对第一项违法行为，责令当事人改正，没收违法所得4,280元，并处违法所得三倍罚款，即4,280元×3=12,840元；"
        + LONG_BASIS
        + "对第二项违法行为，责令当事人改正，处罚款3,000元。"
    )
    facts = penalty_facts(HEAD + disposition + PAY)
    assert facts.fine == D("15840.00") and facts.confiscation == D("4280.00")
    assert set(facts.kinds) == {"fine", "confiscation"}


def test_a_proposal_retold_with_the_conduct_first_is_not_imposed() -> None:
    """must not match: the notice's 拟对第1项违法行为，罚款… is what was proposed; the decided fine counts."""
    text = (
        HEAD
        + "本局于2023年5月4日送达《行政处罚告知书》，拟对第1项违法行为，罚款2,000元。当事人未提出陈述、申辩。\n"
        + LONG_BASIS
        + "对第1项违法行为，罚款1,500元。"
        + PAY
    )
    assert read_penalty(text).values == {"fine": D("1500.00")}


REMEDY = "\n如不服本决定，可在六十日内向青禾县人民政府申请行政复议，或在六个月内向青禾县人民法院提起行政诉讼。\n青禾县市场监督管理局\n"


def test_a_sum_in_an_attachment_after_the_remedies_is_no_combined_penalty() -> None:
    """附件：违法所得计算表 … 合计：… after the signature sums the gains; the decision's own items stand."""
    disposition = "本局决定对当事人：一、没收违法所得1,260.00元；二、处罚款2,520.00元。"
    attached = (
        "附件：违法所得计算表\n甲款：小计700.00元（按单核算）\n乙款：小计560.00元（按单核算）\n合计：1,260.00元\n"
    )
    facts = penalty_facts(HEAD + disposition + PAY + REMEDY + attached)
    assert (facts.fine, facts.confiscation) == (D("2520.00"), D("1260.00"))


def test_a_total_before_the_remedies_still_combines_the_sections() -> None:
    """Must not match: 合计：罚款… in the disposition, before the remedy sentence, is the combined penalty."""
    disposition = "对违法行为一，处罚如下：罚款2000元。\n对违法行为二，处罚如下：罚款3000元。\n合计：罚款5000元。"
    facts = penalty_facts(HEAD + disposition + PAY + REMEDY)
    assert facts.fine == D(5000)
