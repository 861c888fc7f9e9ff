"""Drafting slips of a decision: template instructions to the writer left in the text."""

from __future__ import annotations

import pytest

from extractors.facts.decision_drafting import drafting_slips

PENALTY = "行政处罚决定书"


@pytest.mark.parametrize(
    "line",
    [
        "以上事实，有现场检查笔录、询问笔录、（此处列明其他证据）等证据为证。",
        "当事人的违法行为有以下情节：（此处写明从轻情节）。",
        "以上事实，有（此处注明证据名称）为证。",
        "以上事实，有下列证据证明：【此处列举证据】。",
        "以上事实，有现场笔录、（请列明其他证据）等证据为证。",
    ],
)
def test_an_instruction_to_the_writer_is_a_placeholder(line: str) -> None:
    assert "placeholder" in {slip.kind for slip in drafting_slips(line + "\n", PENALTY)}


@pytest.mark.parametrize(
    "line",
    [
        "当事人姓名（此处省略）于2024年3月1日到本局接受询问。",
        "当事人身份证号码（此处已隐去）。",
        "当事人将商品陈列在收银台旁，价签贴于此处下方（见照片3）。",
        "以上事实，有现场检查笔录、询问笔录等证据为证。",
    ],
)
def test_redaction_and_plain_words_are_no_placeholder(line: str) -> None:
    assert "placeholder" not in {slip.kind for slip in drafting_slips(line + "\n", PENALTY)}


@pytest.mark.parametrize(
    "line",
    [
        "本局于（此处填写告知书送达日期）向当事人送达了《行政处罚告知书》。",
        "当事人于【在此填入签收日期】签收了本局的《行政处罚听证告知书》。",
        "送达日期：（此处填写）",
    ],
)
def test_an_instruction_to_fill_in_a_service_date_is_a_placeholder(line: str) -> None:
    assert "placeholder" in {slip.kind for slip in drafting_slips(line + "\n", PENALTY)}


@pytest.mark.parametrize(
    "line",
    [
        "本局于2025年4月8日向当事人送达了《行政处罚告知书》（此处送达日期以邮寄回执记载为准）。",
        "当事人于2025年4月9日签收（此处所称签收，含其委托的店长代为签收）。",
        "送达日期：        年    月    日",
        "受送达人签收：",
    ],
)
def test_a_note_or_a_blank_on_a_service_line_is_no_placeholder(line: str) -> None:
    assert not drafting_slips(line + "\n", PENALTY)


def _kinds(text: str, title: str = PENALTY) -> set[str]:
    return {slip.kind for slip in drafting_slips(text, title)}


def test_a_conditional_instruction_wrapped_over_lines_is_guidance() -> None:
    text = "当事人在规定期限内未提出陈述、申辩。（如当事人提出申辩的，在此写明复\n核意见及是否采纳）\n"
    assert "guidance" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "如需开具票据，当事人可持本决定书到窗口办理（如需发票，请填写申请表）。\n",
        "当事人姓名（此处省略），身份证号码（此处已隐去）。\n",
        "详见附件清单（此处不再写明），共计十二项。\n",
    ],
)
def test_requests_and_redaction_notes_are_no_guidance(text: str) -> None:
    assert "guidance" not in _kinds(text)


@pytest.mark.parametrize("choice", ["（单位/个人）", "（个人／单位）", "（法人/自然人/其他组织）"])
def test_party_kinds_left_to_choose_are_an_alternative(choice: str) -> None:
    assert "alternative" in _kinds(f"本局决定对当事人{choice}作出如下行政处罚：罚款人民币3000元。\n")


@pytest.mark.parametrize("text", ["售价为每千克20元（人民币/千克）。\n", "接待量约300人（人次/日）。\n"])
def test_units_of_measure_are_no_alternative(text: str) -> None:
    assert "alternative" not in _kinds(text)


def test_a_no_penalty_sentence_naming_the_party_under_a_penalty_title_disagrees() -> None:
    text = "鉴于当事人初次违法且及时改正，本局决定对当事人不予行政处罚。\n决定对当事人处以罚款800元。\n"
    assert "disagreement" in _kinds(text)
    assert "disagreement" not in _kinds("本局决定对当事人不予行政处罚。\n", "不予行政处罚决定书")
    assert "disagreement" not in _kinds("当事人申辩请求本局决定对其不予行政处罚，理由不成立。决定处以罚款800元。\n")


def test_a_number_with_its_serial_left_blank_is_a_blank() -> None:
    assert "blank" in _kinds("某县市场监督管理局\n行政处罚决定书\n某市监罚〔2023〕　　号\n当事人：某某店\n")
    # must not match: the number filled in, or a document cited in a sentence
    assert not drafting_slips("行政处罚决定书\n某市监罚〔2023〕15号\n当事人：某某店\n", PENALTY)
    assert not drafting_slips("依据某价〔2019〕　号文件的规定，本局认为……\n", PENALTY)


def test_underscores_in_a_later_clause_of_a_party_line_are_a_blank() -> None:
    line = "当事人如不服本决定，可以在收到本决定书之日起六十日内向＿＿＿＿＿申请行政复议。\n"
    assert "blank" in _kinds(line)
    assert "blank" not in _kinds("当事人：王＿＿＿，身份证号码：4101＿＿＿＿＿＿1234。\n")


@pytest.mark.parametrize(
    "text",
    [
        # one act of two spared with its reason, the other fined
        (
            "二、当事人未标示寄存费，但系初次违法、危害后果轻微并及时改正，依据《行政处罚法》第三十三条第一款的规定，"
            "对该项行为不予行政处罚。决定对当事人处以罚款1500元。\n"
        ),
        (
            "本局认为，当事人的第二项违法行为系首次违法且已改正，依据《行政处罚法》第三十三条第一款的规定，"
            "不予行政处罚。对第一项违法行为，本局决定对当事人处以罚款2600元。\n"
        ),
        "对当事人的第一项违法行为，鉴于其情节轻微并及时改正，本局决定不予行政处罚。对第二项违法行为处以罚款900元。\n",
        # the act named by what it is, in a decision that tells of two acts
        (
            "当事人有两项违法行为。鉴于初次违法且危害后果轻微，对当事人未标示洗车服务价格的行为，本局决定不予行政处罚。"
            "决定对当事人处以罚款700元。\n"
        ),
    ],
)
def test_one_act_spared_with_its_reason_beside_a_fine_agrees(text: str) -> None:
    assert "disagreement" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # the party as a whole spared, with the same reason, and yet fined: a 不予 disposition copied in
        (
            "鉴于当事人系初次违法、危害后果轻微，依据《行政处罚法》第三十三条第一款的规定，本局决定对当事人不予行政处罚。"
            "决定对当事人处以罚款800元。\n"
        ),
        "依据《行政处罚法》第三十三条第一款的规定，不予行政处罚。本局决定对当事人处以罚款600元。\n",
        "鉴于当事人及时改正，对当事人上述违法行为不予行政处罚。决定对当事人处以罚款500元。\n",
        # one act singled out, but no reason given for sparing it
        "对第二项违法行为，本局决定不予行政处罚。决定对当事人处以罚款900元。\n",
        # a conduct named, but the decision tells of one act only
        "鉴于当事人初次违法，对当事人未标示洗车服务价格的行为，本局决定不予行政处罚。决定对当事人处以罚款700元。\n",
    ],
)
def test_a_no_penalty_disposition_for_the_whole_case_in_a_penalty_decision_disagrees(text: str) -> None:
    assert "disagreement" in _kinds(text)


def test_a_partial_no_penalty_does_not_excuse_a_decision_naming_itself_a_no_penalty_one() -> None:
    text = (
        "当事人的第二项违法行为系初次违法，依据《行政处罚法》第三十三条第一款的规定，不予行政处罚。"
        "决定对当事人处以罚款1000元。当事人对本不予行政处罚决定不服的，可以申请行政复议。\n"
    )
    assert "disagreement" in _kinds(text)


def test_policy_words_about_no_penalty_are_no_disposition() -> None:
    text = (
        "当事人未及时改正，不符合《某市轻微违法行为不予处罚清单》第12项规定的条件，对当事人上述行为不予采纳其申辩。"
        "决定对当事人处以罚款500元。\n"
    )
    assert "disagreement" not in _kinds(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "本局拟依据《某某条例》第二十条第一款的规定，对当事人作出如下行政处罚：罚款3000元。\n",
        "现本局拟根据《某某办法》第九条之规定，对其处以罚款800元。\n",
    ],
)
def test_a_disposition_worded_as_a_proposed_basis_is_a_proposal(sentence: str) -> None:
    assert "proposal" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the notice's history and the party's answer to it tell what was proposed, not the decision
        "本局向当事人送达告知书，拟依据《某某条例》第二十条的规定，对当事人作出罚款3000元的行政处罚。\n",
        "当事人对本局拟依据《某某条例》第二十条作出的处罚无异议。\n",
        "本局拟依据《某某条例》第二十条开展专项检查。\n",
    ],
)
def test_a_proposed_basis_in_the_narrative_or_imposing_nothing_is_no_proposal(sentence: str) -> None:
    assert "proposal" not in _kinds(sentence)


def test_the_legal_reviews_view_of_the_proposed_penalty_is_narrative() -> None:
    """法制审核…认为…拟处罚适当: the review told as a step of the case, not the decision's disposition (rule 10)."""
    told = "2024年5月6日，本局法制审核人员对本案进行了法制审核，认为本案事实清楚，证据充分，拟处罚适当。\n"
    assert "proposal" not in _kinds(told)
    # must not match: a disposition set out as a proposal after the review still fails
    disposition = "经法制审核，本局拟对当事人作出如下行政处罚：罚款5000元。\n"
    assert "proposal" in _kinds(disposition)


def test_a_dated_collective_discussion_proposing_a_penalty_is_narrative() -> None:
    """2024年5月20日，本局负责人集体讨论，拟对当事人罚款…: the meeting told as a dated step of the case, like the legal
    review's view (ruling 69), not the decision's disposition."""
    told = "2024年5月20日，本局负责人集体讨论，拟对当事人罚款1,500,000元。\n"
    assert "proposal" not in _kinds(told)
    # must not match: an undated discussion ending in a proposal, or a dated one setting out the penalty
    assert "proposal" in _kinds("经本局负责人集体讨论，拟对当事人罚款5000元。\n")
    assert "proposal" in _kinds("2024年5月20日，经集体讨论，本局拟对当事人作出如下行政处罚：罚款5000元。\n")


def test_the_forms_weighing_placeholder_in_a_sentence_is_no_heading() -> None:
    """（自由裁量的情节、理由） inside a sentence is a place to fill: a placeholder, not a guidance heading left in;
    a heading opening its line is guidance."""
    inline = drafting_slips("鉴于当事人（此处填入具体内容）（自由裁量的情节、理由），可以从轻处罚。", "行政处罚决定书")
    assert "guidance" not in {slip.kind for slip in inline} and "placeholder" in {slip.kind for slip in inline}
    heading = drafting_slips("（案件性质、自由裁量的事实和理由）\n本局认为，当事人的行为违反了某法。", "行政处罚决定书")
    assert "guidance" in {slip.kind for slip in heading}


NO_PENALTY_TITLE = "不予行政处罚决定书"


@pytest.mark.parametrize(
    "text",
    [
        # the title line and the 告知书's name are the only 不予 words; the disposition gives a warning
        "不予行政处罚决定书\n本局向当事人送达了《不予行政处罚告知书》。综上，本局决定对当事人给予警告的行政处罚。\n",
        "不予行政处罚决定书\n当事人情形不符合《某县轻微违法行为不予处罚清单》。本局决定对当事人予以通报批评。\n",
        "不予行政处罚决定书\n经查，当事人未标明价格。本局决定对其处以罚款300元。\n",
    ],
)
def test_a_penalty_under_a_no_penalty_title_disagrees_whatever_names_print_no_penalty(text: str) -> None:
    assert "disagreement" in _kinds(text, NO_PENALTY_TITLE)


@pytest.mark.parametrize(
    "text",
    [
        "不予行政处罚决定书\n依据某条例第九条的规定，应处以罚款。鉴于初次违法，本局决定对当事人不予行政处罚。\n",
        "不予行政处罚决定书\n依据某条例第九条的规定，可处以罚款。本局决定对当事人免予处罚，并予以批评教育。\n",
        "不予行政处罚决定书\n本局决定对当事人予以批评教育。如不服本不予行政处罚决定书，可以申请行政复议。\n",
    ],
)
def test_a_no_penalty_decision_that_spares_the_party_agrees_with_its_title(text: str) -> None:
    assert "disagreement" not in _kinds(text, NO_PENALTY_TITLE)


def test_a_disposition_opened_with_a_colon_is_held_against_the_title() -> None:
    """本局决定：对当事人… — the colon that opens the disposition hides neither a 不予 outcome nor a penalty."""
    spared = "鉴于当事人系首次违法且已改正，本局决定：对当事人不予行政处罚。\n"
    assert "disagreement" in _kinds(spared)
    assert "disagreement" in _kinds("经复核，本局决定如下：不予行政处罚。\n")
    warned = "鉴于危害后果轻微，可以不予行政处罚。本局决定：对当事人给予警告。\n"
    assert "disagreement" in _kinds(warned, NO_PENALTY_TITLE)
    # must not match: each outcome under the title it belongs to
    assert "disagreement" not in _kinds(spared, NO_PENALTY_TITLE)
    assert "disagreement" not in _kinds("本局决定：对当事人给予警告。\n")


def test_a_warning_given_to_the_party_counts_as_the_penalty_a_whole_party_no_penalty_contradicts() -> None:
    text = (
        "鉴于当事人初次违法、危害后果轻微，依据《行政处罚法》第三十三条第一款的规定，对当事人不予行政处罚。\n"
        "本局决定对当事人给予警告的行政处罚。\n"
    )
    assert "disagreement" in _kinds(text)


def test_a_fine_in_full_width_digits_is_a_penalty_beside_the_text_naming_itself_a_no_penalty_one() -> None:
    """罚款１,０００元 imposes a fine as 罚款1,000元 does: a penalty decision calling itself 本不予行政处罚决定 in its
    remedies disagrees whatever width its digits are printed in."""
    for digits in ("1,000", "１,０００"):
        text = f"本局决定对当事人作出如下行政处罚：罚款{digits}元。\n当事人如对本不予行政处罚决定不服，可以申请行政复议。\n"
        assert "disagreement" in _kinds(text)
    # must not match: without a penalty (a 不予 text printed without its title) nothing disagrees
    assert "disagreement" not in _kinds("当事人如对本不予行政处罚决定不服，可以申请行政复议。\n")


def test_a_proposal_inside_the_partys_quoted_words_is_no_proposal() -> None:
    """The party's statement quoted (其称：“…；告知书拟罚款8万元过高；…”): its words, not the decision's wording."""
    quoted = "当事人书面陈述称：“一、公司无主观故意；二、告知书拟罚款8万元超过公司半年净利润，请求降低罚款。”\n"
    assert "proposal" not in _kinds(quoted)
    # must not match: the decision's own proposal wording outside any quote
    own = "当事人的行为违反了《某某规定》第七条。本局拟对当事人处以罚款8万元。\n"
    assert "proposal" in _kinds(own)


def test_a_proposal_in_a_later_clause_of_the_partys_words_is_no_proposal() -> None:
    """The party's words opened by a colon run over semicolons (代理人提出：…；拟处罚款过重。): a later clause is its
    plea, not the decision's disposition."""
    said = "听证中，当事人的代理人提出：标价签系厂家提供，并非故意；拟处罚款明显过高。\n"
    assert "proposal" not in _kinds(said)
    # must not match: the decision's own proposal in a sentence after the party's words ended
    own = "当事人提出：标价签系厂家提供。本局认为当事人的违法事实清楚；拟处罚款人民币5000元。\n"
    assert "proposal" in _kinds(own)


@pytest.mark.parametrize("choice", ["[立即/限期]", "［立即／限期］", "【立即/限期】"])
def test_words_left_to_choose_in_square_brackets_are_an_alternative(choice: str) -> None:
    assert "alternative" in _kinds(f"合计罚款2,000元。责令当事人{choice}改正上述违法行为。\n")


@pytest.mark.parametrize("text", ["鲜鱼售价38元[元/斤]。\n", "【违法事实】当事人未明码标价。\n"])
def test_a_unit_or_a_heading_in_square_brackets_is_no_alternative(text: str) -> None:
    assert "alternative" not in _kinds(text)


def test_the_proposed_penalty_named_as_a_thing_is_no_proposal() -> None:
    """拟处罚幅度 / 拟处罚内容 name the proposed penalty's range or content: the decision weighs within it, it proposes
    nothing."""
    assert "proposal" not in _kinds("考虑到当事人违法所得数额不大，本局已在拟处罚幅度内予以考虑。\n")
    # must not match: 拟处罚 as a verb in the disposition is still a proposal
    assert "proposal" in _kinds("本局拟处罚款人民币3000元。\n")


@pytest.mark.parametrize("label", ["处罚依据：", "【处罚依据】", "违法事实："])
def test_a_required_form_field_left_empty_is_a_blank(label: str) -> None:
    """A case system's required field with nothing after its label, the next field below: a blank to fill."""
    text = (
        f"违反的法律规定：《某法》第十三条\n{label}\n自由裁量理由：当事人主动退款，从轻处罚。\n处罚内容：罚款2000元\n"
    )
    assert "blank" in {slip.kind for slip in drafting_slips(text, "行政处罚决定书")}


@pytest.mark.parametrize(
    "text",
    [
        # the value on the next line, as a table exported cell by cell prints it
        "处罚依据：\n《中华人民共和国价格法》第四十二条\n处罚内容：\n罚款2000元\n",
        # an optional field left empty
        "处罚依据：《某法》第四十二条\n自由裁量理由：\n处罚内容：罚款2000元\n",
        # the value opening with a word and a colon of its own
        "违法事实：\n经查：当事人未明码标价。\n处罚依据：《某法》第四十二条\n",
    ],
)
def test_a_form_field_with_its_value_or_an_optional_one_empty_is_no_blank(text: str) -> None:
    """Must not match: a label whose value follows on the next line, or an optional field left empty."""
    assert "blank" not in {slip.kind for slip in drafting_slips(text, "行政处罚决定书")}


def test_a_no_penalty_decision_whose_disposition_still_fines_disagrees() -> None:
    """The mirror of a 不予 disposition in a penalty decision: 不予行政处罚，并…处罚款 under a 不予 title."""
    text = (
        "不予行政处罚决定书\n当事人初次违法且及时改正，依据《行政处罚法》第三十三条第一款的规定，不予行政处罚。\n"
        "本局决定：对当事人不予行政处罚，并依据某规定第十三条第一项处罚款400元。\n"
    )
    assert "disagreement" in _kinds(text, NO_PENALTY_TITLE)


@pytest.mark.parametrize(
    "text",
    [
        # must not match: the fine the law would have given, told in the reasoning of a decision that spares the party
        (
            "不予行政处罚决定书\n依据某规定第七条，本应处以罚款5000元。鉴于超过二年未被发现，不再给予行政处罚。\n"
            "本局决定：对当事人不予行政处罚。\n"
        ),
        (
            "不予行政处罚决定书\n当事人违反某规定第六条，可处罚款5000元以下。\n"
            "本局决定：对当事人不予行政处罚，并责令其改正，逾期不改正的依法处以罚款。\n"
        ),
    ],
)
def test_a_fine_named_only_in_a_no_penalty_decisions_reasoning_agrees(text: str) -> None:
    assert "disagreement" not in _kinds(text, NO_PENALTY_TITLE)


def test_remedies_with_neither_box_ticked_are_a_blank() -> None:
    text = "缴纳：☑当场缴纳\n救济途径：不服的，可以在六十日内：\n□向某县人民政府申请行政复议；\n□向某县人民法院提起行政诉讼。\n"
    assert "blank" in {slip.kind for slip in drafting_slips(text, "当场行政处罚决定书")}


def test_remedies_with_one_box_ticked_are_no_blank() -> None:
    # must not match: the route chosen by its tick
    text = "缴纳：☑当场缴纳\n救济途径：不服的，可以在六十日内：\n☑向某县人民政府申请行政复议；\n□向某县人民法院提起行政诉讼。\n"
    assert "blank" not in {slip.kind for slip in drafting_slips(text, "当场行政处罚决定书")}
