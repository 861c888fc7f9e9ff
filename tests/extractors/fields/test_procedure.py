"""The procedure a decision reports: 告知书 given and served, statements made or waived, hearings held."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.fields.procedure import form_headings, read_procedure

SERVED = (
    "本局于2023年11月2日向当事人送达《行政处罚告知书》（澄市监罚告〔2023〕0904058号），"
    "告知当事人依法享有陈述、申辩的权利。当事人在法定期限内未提出陈述、申辩意见，也未要求举行听证。"
)


def test_served_notice_and_rights_untouched() -> None:
    reading = read_procedure("经查……\n" + SERVED + "\n决定处罚如下：罚款100元。")
    assert reading.notice_mentioned and reading.statement_mentioned and reading.hearing_mentioned
    assert reading.notice_served is not None and reading.notice_served.value == dt.date(2023, 11, 2)
    assert not reading.statement_made and not reading.statement_waived and not reading.hearing_held


def test_form_headings_state_nothing() -> None:
    heading = "（当事人陈述、申辩情况，当事人陈述、申辩的采纳情况及理由；行政处罚告知、行政处罚听证告知情况，以及复核、听证过程及意见）"
    reading = read_procedure("经查……\n" + heading + "\n（案件性质、自由裁量的事实和理由）\n")
    assert form_headings(heading).strip() == ""
    assert not reading.notice_mentioned and not reading.statement_mentioned and not reading.hearing_mentioned


def test_letter_spaced_form_headings_state_nothing() -> None:
    heading = "（当 事 人 陈 述 、申 辩 情 况 ；行 政 处 罚 听 证 告 知 情 况 ，以 及 听 证 过 程 及 意 见）"
    reading = read_procedure("经查……\n" + heading + "\n")
    assert form_headings(heading).strip() == ""
    assert not reading.statement_mentioned and not reading.hearing_mentioned


def test_a_heading_letter_spaced_over_a_line_break_states_nothing() -> None:
    heading = (
        "（当 事 人 陈 述 、申 辩 情 况 ，当 事 人 陈 述 、申 辩 的 采 纳 情 况 及 理\n由；行政处罚告知、行政处罚听证告知"
        "情况，以及复核、听证过\n程及意 见）"
    )
    reading = read_procedure("经查……\n" + heading + " 根据以上查明的事实，决定如下。\n")
    assert not reading.statement_mentioned and not reading.hearing_mentioned


def test_a_long_bracketed_remark_is_no_heading() -> None:
    remark = "（" + "当事人表示" + "某" * 80 + "，并要求举行听证的情况）"
    assert read_procedure("经查……\n" + remark + "\n").hearing_mentioned


def test_a_spaced_bracket_that_is_no_heading_still_counts() -> None:
    reading = read_procedure("经查……\n本局告知当事人享有陈述、申辩权（当 事 人 未 要 求 听 证）。\n")
    assert reading.statement_mentioned and reading.hearing_mentioned


def test_a_refund_orders_notice_is_not_the_penalty_notice() -> None:
    text = "2023年11月3日，本局向当事人下达了《某局责令退款事先告知书》，责令当事人十日内退还。"
    reading = read_procedure(text)
    assert reading.notice_served is None and not reading.notice_mentioned


def test_waiver_and_statement_made() -> None:
    assert read_procedure("2026年01月07日本局送达了《行政处罚告知书》，当事人放弃陈述、申辩权。").statement_waived
    assert not read_procedure("当事人未提出陈述申辩，视为放弃陈述、申辩权利。").statement_waived
    made = read_procedure("当事人提出陈述、申辩意见：其系初次违法。本局经复核，不予采纳。")
    assert made.statement_made


def test_hearing_held_only_when_it_took_place() -> None:
    assert read_procedure("2024年5月6日，本局依法举行了听证，当事人到场。").hearing_held
    assert not read_procedure("告知当事人享有要求举行听证的权利，当事人未要求举行听证。").hearing_held


def test_quoted_law_on_hearings_is_no_hearing_held() -> None:
    text = (
        "根据《中华人民共和国行政处罚法》第六十三条“行政机关拟作出较大数额罚款的，应当告知当事人有要求听证的权利，"
        "当事人要求听证的，行政机关应当组织听证”的规定，我局已告知当事人有要求听证的权利，当事人未要求听证。"
    )
    assert not read_procedure(text).hearing_held
    assert read_procedure("2024年5月6日，本局依法组织了听证。").hearing_held


def test_notice_made_apart_from_its_service_even_across_a_line_break() -> None:
    text = (
        "经查……\n本局于2024年3月5日作出《行政处罚告知书》（某市监罚告〔2024〕12号），并于2\n"
        "024年3月8日邮寄送达当事人，告知其享有陈述、申辩的权利。"
    )
    reading = read_procedure(text)
    assert reading.notice_made is not None and reading.notice_made.value == dt.date(2024, 3, 5)
    assert reading.notice_served is not None and reading.notice_served.value == dt.date(2024, 3, 8)
    assert text[reading.notice_served.start : reading.notice_served.end].replace("\n", "") == "2024年3月8日"


def test_notice_made_only_or_served_only() -> None:
    made_only = read_procedure("本局于2022年6月1日制作了某市监罚告〔2022〕7号《行政处罚告知书》，告知拟作出的处罚。")
    assert made_only.notice_made is not None and made_only.notice_made.value == dt.date(2022, 6, 1)
    assert made_only.notice_served is None
    served_only = read_procedure("2022年6月9日，本局向当事人直接送达了《行政处罚告知书》，告知当事人拟作出的处罚内容。")
    assert served_only.notice_made is None
    assert served_only.notice_served is not None and served_only.notice_served.value == dt.date(2022, 6, 9)
    both = read_procedure("本局于2022年6月9日作出并送达《行政处罚告知书》。")
    assert both.notice_made is not None and both.notice_served is not None
    assert both.notice_made.value == both.notice_served.value == dt.date(2022, 6, 9)


def test_proposed_penalty_is_not_a_made_notice() -> None:
    text = "2022年6月9日，本局向当事人送达《行政处罚告知书》，告知当事人本局拟作出行政处罚的事实、理由及依据。"
    assert read_procedure(text).notice_made is None


def test_oral_notice_on_the_spot_and_a_notice_pointed_back_at_are_no_penalty_notice() -> None:
    oral = read_procedure("执法人员当场告知了当事人拟作出处罚的理由，并告知当事人依法享有陈述、申辩的权利。")
    assert not oral.notice_mentioned and oral.statement_mentioned
    refund = "本局向当事人下达了《某局责令退款事先告知书》，要求当事人自收到本告知书之日起十日内退还多收款项。"
    assert not read_procedure(refund).notice_mentioned
    written = read_procedure("本局依法告知当事人拟作出的行政处罚内容及其依法享有的陈述、申辩权利。")
    assert written.notice_mentioned


def test_waiver_of_the_right_as_the_decision_states_it() -> None:
    for said in (
        "当事人以书面形式表示放弃陈述、申辩的权利。",
        "当事人在送达回证上签字，明确放弃陈述申辩权利。",
        "当事人放弃陈述和申辩。",
    ):
        assert read_procedure(said).statement_waived, said
    for not_said in (
        "当事人逾期未提出陈述、申辩，视为放弃陈述、申辩的权利。",
        "告知当事人可以放弃陈述、申辩的权利。",
        "当事人未放弃陈述申辩权利，于期限内提出了意见。",
    ):
        assert not read_procedure(not_said).statement_waived, not_said


def test_the_partys_written_words_of_no_statement_are_a_waiver() -> None:
    """Its own words quoted whole onto the receipt (ruling 65): a waiver, though 不 negates elsewhere."""
    for said in (
        "当事人当场在送达回证上写明“不陈述申辩”并签名。",
        "当事人在告知书送达回证上注明：“本人不申辩。”",
        "当事人书面表示：“放弃陈述、申辩权利。”",
    ):
        assert read_procedure(said).statement_waived, said
    # must not match: silence, or quoted words that say more than no statement
    for not_said in (
        "当事人未陈述申辩。",
        "当事人在送达回证上写明“不陈述申辩的后果自负”。",
        "当事人在送达回证上写明“对处罚不服”并签名。",
        "告知书写明“当事人不陈述申辩的，视为放弃”。",
    ):
        assert not read_procedure(not_said).statement_waived, not_said


def test_a_waiver_told_as_the_partys_act_within_the_period() -> None:
    for said in (
        "本局送达告知书，当事人在规定期限内书面表示放弃陈述、申辩和听证权利。",
        "当事人于法定期限内明确放弃陈述申辩权利。",
        "当事人在期限内放弃了陈述、申辩。",
        "当事人在法定期限内放弃陈述、申辩和听证。",
        "当事人于规定期限内放弃陈述申辩。",
    ):
        assert read_procedure(said).statement_waived, said
    # must not match: the period of a right, a condition, a negation or the law's fiction
    for not_said in (
        "当事人可以在法定期限内放弃陈述、申辩。",
        "如当事人在规定期限内放弃陈述申辩的，本局将依法作出决定。",
        "当事人在法定期限内未放弃陈述、申辩，提出了意见。",
        "当事人可在规定期限内书面表示放弃陈述、申辩。",
        "如当事人在期限内书面放弃陈述申辩的，本局将依法作出决定。",
        "当事人在规定期限内未书面表示放弃陈述、申辩。",
        "当事人在期限内未提出陈述申辩，视为放弃陈述申辩。",
    ):
        assert not read_procedure(not_said).statement_waived, not_said


def test_the_partys_account_mentions_no_statement_right() -> None:
    for account in (
        "询问笔录，证明当事人对违法事实的陈述；",
        "当事人积极配合调查，如实陈述违法事实。",
        "据当事人陈述，该商品系自行定价。",
    ):
        assert not read_procedure(account).statement_mentioned, account
    for right in ("告知当事人依法享有陈述权和申辩权。", "当事人未提出陈述意见。", "当事人放弃陈述。"):
        assert read_procedure(right).statement_mentioned, right


def test_the_serving_verb_nearest_the_notice_gives_its_date() -> None:
    text = "本局于2024年3月1日向当事人送达了《责令改正通知书》，于2024年3月5日送达《行政处罚告知书》。"
    reading = read_procedure(text)
    assert reading.notice_served is not None and reading.notice_served.value == dt.date(2024, 3, 5)
    handed = read_procedure("2024年3月1日本局向当事人下发了《行政处罚告知书》。")
    assert handed.notice_served is not None and handed.notice_served.value == dt.date(2024, 3, 1)


def test_a_notice_told_to_the_party_without_naming_the_instrument() -> None:
    told = read_procedure("2024年3月1日，本局依法向当事人告知了拟作出行政处罚的事实、理由和依据。")
    assert told.notice_mentioned
    oral = read_procedure(
        "2024年3月1日，执法人员当场告知了当事人拟作出处罚的事实，并告知当事人依法享有陈述、申辩的权利。"
    )
    assert not oral.notice_mentioned and oral.notice_served is None


@pytest.mark.parametrize(
    "said",
    [
        "当事人于2024年3月3日提出如下陈述、申辩意见：其系初次违法。",
        "当事人在陈述申辩中称其不知道要标价。",
        "本局送达《行政处罚告知书》，告知当事人依法享有陈述、申辩的权利，当事人认为其系初次违法，希望从轻处罚。",
        # done within the period (了), said at the hearing, or its reasons answered
        "当事人在法定期限内提交了书面陈述，称其已在店内公示。",
        "本局依法举行了听证，当事人在听证中提出其系初次违法。",
        "本局认为，其申辩理由不足以减轻其责任，不予采纳。",
        # the plea answered by name, without 理由 or 意见
        "本局于2025年3月2日举行听证。当事人提出其系初次违法，本局经复核，其申辩不予采纳。",
        "本局经复核，当事人的陈述申辩予以采纳。",
        # the hearing held, what the party said there told in the next clause
        "2025年4月2日，本局举行听证，当事人称其价签由供货商提供。",
        # the hearing, then the party (or its operator, named) after a comma
        "本局于2025年4月2日举行了听证。听证中，当事人经营者王某某提出其进价上涨，请求从轻处罚。",
        "听证会上，当事人委托代理人辩称其已整改。",
        # several parties of a joint decision counted before the word (两当事人, 三名当事人)
        "本局于2024年1月9日举行了听证。听证中，两当事人称其原价系参照同行价格。",
        "2025年4月2日，本局举行听证，三名当事人提出其系初次违法。",
        # …or with no comma between (听证中当事人称…)
        "本局于2025年4月2日依法举行听证。听证中当事人称其系统未及时更新，请求减轻处罚。",
        # made by word of mouth at the agency
        "当事人于2024年5月6日到本局口头陈述、申辩，本局制作了笔录。",
        "当事人当日口头申辩，称其系初次违法。",
        # a written statement told as an act, with what it says
        "本局送达告知书。当事人于同年6月8日书面陈述，称其已全部退还，请求从轻处罚。",
        "当事人书面申辩认为其不知情。",
        # a written opinion handed in, whatever it says (rule 28)
        "本局送达告知书后，当事人于5月3日提交书面意见，对拟作出的决定无异议。",
        "当事人递交了书面意见。",
        # …with the manner before the verb (书面提交意见)
        "本局送达告知书后，当事人于4月9日书面提交意见，对拟作出的决定无异议。",
        # the statement told before named again as handed in (提出上述陈述意见)
        "当事人请求从轻处罚。本局于5月2日送达告知书，当事人于5月4日提出上述陈述意见。",
        "当事人于5月4日提交了前述书面申辩。",
    ],
)
def test_a_statement_made_in_other_wordings(said: str) -> None:
    assert read_procedure(said).statement_made


@pytest.mark.parametrize(
    "not_said",
    [
        "据当事人陈述称，其不知道需要明码标价。",
        "告知当事人享有提出陈述、申辩的权利。",
        "当事人提出陈述申辩的期限为五日。",
        "如当事人提出陈述申辩，本局将依法复核。",
        "本局送达《行政处罚告知书》，告知其享有陈述、申辩的权利，当事人表示无异议。",
        "当事人在法定期限内未提交书面陈述。",
        "当事人可以在听证中提出陈述和申辩。",
        "当事人未在听证中提出新的意见。",
        "如当事人提出的陈述申辩不予采纳的，本局将作出决定。",
        "当事人未提出陈述申辩，其陈述申辩权利视为放弃。",
        "当事人未提出陈述、申辩意见，本局对拟作出的处罚不予变更。",
        "如当事人在期限内提交了陈述，本局将予以复核。",
        # a hearing held where the party said nothing, or one only offered
        "本局于2025年4月2日举行听证，当事人未到场。",
        "听证中，当事人经营者王某某未提出新的意见。",
        "听证中，执法人员提出了违法事实和证据。",
        "听证中当事人未提出新的意见。",
        "听证中，两当事人均未提出新的意见。",
        "听证中当事人有权提出陈述和申辩。",
        "本局告知当事人可以要求举行听证，当事人提出听证申请的，本局将组织听证。",
        # word of mouth as a right or a way offered, or not taken
        "当事人可以口头陈述、申辩。",
        "告知当事人享有口头陈述、申辩的权利。",
        "当事人未口头陈述，也未提交书面意见。",
        "当事人有权以书面或者口头陈述申辩。",
        # a written statement as a right, a condition or not made, whatever follows
        "当事人可以书面陈述，称其理由。",
        "如当事人书面陈述，认为事实有误的，本局将复核。",
        "当事人未书面陈述，表示无异议。",
        "告知当事人有权书面申辩，提出其理由。",
        # a written opinion as a right, a condition, a period, not handed in, or one that gives the statement up
        "当事人可以提交书面意见。",
        "当事人提交书面意见的期限为五个工作日。",
        "当事人逾期未提交书面意见。",
        "如当事人提交书面意见，本局将予以复核。",
        "当事人提交书面意见，表示放弃陈述申辩。",
        # …the manner before the verb, as a right, a condition or not done; a statement named again but not made
        "当事人可以书面提交意见。",
        "当事人逾期未书面提交意见。",
        "当事人书面提交意见的期限为五日。",
        "当事人未提出上述陈述意见。",
        "如当事人提出上述陈述意见，本局将复核。",
    ],
)
def test_no_statement_made_from_an_account_a_right_or_a_condition(not_said: str) -> None:
    assert not read_procedure(not_said).statement_made


@pytest.mark.parametrize(
    "remedies",
    [
        "执法人员当场作出处罚决定，并告知当事人有权申请行政复议或者提起行政诉讼。",
        "本局已告知当事人有权在六十日内申请行政复议。",
        "本局依法告知当事人享有申请行政复议的权利。",
    ],
)
def test_telling_the_remedies_is_no_penalty_notice(remedies: str) -> None:
    assert not read_procedure(remedies).notice_mentioned
    assert read_procedure("本局依法告知当事人享有陈述、申辩的权利。").notice_mentioned


def test_a_made_notice_whose_rights_are_told_is_not_thereby_served() -> None:
    text = "本局于2024年3月1日作出《行政处罚告知书》，依法告知当事人拟作出的处罚内容及其享有的陈述、申辩权利。"
    reading = read_procedure(text)
    assert reading.notice_made is not None and reading.notice_made.value == dt.date(2024, 3, 1)
    assert reading.notice_served is None
    same_day = read_procedure("本局于2024年3月1日作出行政处罚告知书并于同日送达当事人。")
    assert same_day.notice_served is not None and same_day.notice_served.value == dt.date(2024, 3, 1)


STATEMENT_HEADING = "（当事人陈述、申辩情况，当事人陈述、申辩的采纳情况及理由）"
NEXT_HEADING = "\n（案件性质、自由裁量的事实和理由）\n本局认为，当事人的行为情节较轻。"


def test_the_party_s_own_words_under_the_statement_heading_are_its_statement() -> None:
    """The party's letter pasted under the form's heading (贵局…我公司…恳请从轻) is a statement made."""
    text = (
        STATEMENT_HEADING + "\n2024年3月2日，贵局执法人员到店检查时，发现我公司标价签未更新。我公司已立即整改，"
        "恳请贵局酌情从轻处理。" + NEXT_HEADING
    )
    assert read_procedure(text).statement_made


def test_the_party_s_own_words_under_a_letter_spaced_statement_heading() -> None:
    heading = "（当 事 人 陈 述 、申 辩 情 况 ，当 事 人 陈 述 、申 辩 的 采 纳 情 况 及 理\n由）"
    text = heading + "\n贵局执法人员到店检查时，发现我公司标价签未更新，恳请从轻处理。" + NEXT_HEADING
    assert read_procedure(text).statement_made
    assert not read_procedure(heading + "\n本局告知当事人享有陈述、申辩的权利。" + NEXT_HEADING).statement_made


@pytest.mark.parametrize(
    "under",
    [
        "本局于2024年3月2日向当事人送达告知书，告知其享有陈述、申辩的权利。当事人在规定期限内未提出陈述、申辩。",
        "本局于2024年3月2日向当事人送达告知书，告知其依法享有陈述、申辩和要求听证的权利。",
        "",
    ],
)
def test_the_agency_s_account_under_the_statement_heading_is_no_statement(under: str) -> None:
    """Must not match: the agency's own words (or nothing) under the heading."""
    assert not read_procedure(STATEMENT_HEADING + "\n" + under + NEXT_HEADING).statement_made


def test_the_party_s_voice_under_another_heading_is_no_statement() -> None:
    """Must not match: 我公司 in a quoted record under the facts' heading tells no statement."""
    text = "（违法事实）\n当事人出具的说明载明：我公司于2024年1月起销售该商品。" + NEXT_HEADING
    assert not read_procedure(text).statement_made


@pytest.mark.parametrize(
    "said",
    [
        "当事人在法定期限内提出书面陈述，称系初次违法。",
        "当事人在规定期限内提出陈述申辩，辩称其不知情。",
        "当事人在期限内提交书面申辩称系员工疏忽。",
        "当事人在法定期限内提出陈述意见，称系沿用旧价目表。",
        "当事人在规定期限内提出陈述、申辩意见，认为其不知情。",
    ],
)
def test_a_statement_followed_by_what_the_party_said_was_made(said: str) -> None:
    """The period named before the statement (在法定期限内提出…) is when it was made, not a right, once the
    decision tells what the party said."""
    assert read_procedure("本局于2024年3月1日向当事人送达了《行政处罚告知书》。" + said).statement_made


@pytest.mark.parametrize(
    "text",
    [
        # must not match: the right within a period, and a condition, tell of no statement
        "当事人可以在法定期限内提出陈述、申辩，称有异议的应附证据。",
        "当事人在法定期限内未提出陈述、申辩。",
        "如当事人在期限内提出陈述申辩，本局将予以复核。",
        "当事人在法定期限内提出陈述意见的权利不受影响。",
    ],
)
def test_a_right_or_a_condition_within_a_period_is_no_statement(text: str) -> None:
    assert not read_procedure(text).statement_made


def test_what_the_party_owned_up_to_at_the_hearing_is_its_statement() -> None:
    """当事人在听证中承认事实，请求减轻处罚: words at the hearing are a statement made, and the right's use is
    mentioned even where neither 陈述 nor 申辩 is written."""
    reading = read_procedure(
        "本局向当事人送达了《行政处罚听证告知书》，当事人申请听证，本局依法举行了听证。"
        "当事人在听证中承认事实，请求减轻处罚。"
    )
    assert reading.statement_made and reading.hearing_held
    hearing_only = read_procedure("本局依法举行了听证。当事人在听证会上提出其价格系系统自动生成。")
    assert hearing_only.statement_made and hearing_only.statement_mentioned
    # must not match: a hearing held with nothing said by the party
    assert not read_procedure("本局依法举行了听证。听证中未发现新的事实。").statement_mentioned


def test_a_notice_posted_and_signed_for_later_is_served_on_the_signing_day() -> None:
    posted = read_procedure("本局于2024年4月1日制作《行政处罚告知书》并以邮寄方式送达，当事人于2024年4月3日签收。")
    assert posted.notice_made is not None and posted.notice_made.value == dt.date(2024, 4, 1)
    assert posted.notice_served is not None and posted.notice_served.value == dt.date(2024, 4, 3)
    mailed = read_procedure("2024年4月1日，本局向当事人邮寄送达《行政处罚告知书》，当事人于2024年4月2日签收。")
    assert mailed.notice_served is not None and mailed.notice_served.value == dt.date(2024, 4, 2)


def test_a_notice_sent_by_e_mail_is_served_on_the_day_the_party_confirmed_it() -> None:
    """Electronic service (ruling 76): the day the party confirmed receipt, not the day the e-mail went out."""
    sent = read_procedure(
        "2024年6月3日，本局依《送达地址确认书》以电子邮件向当事人发送《行政处罚告知书》，当事人于2024年6月4日回复确认收到。"
    )
    assert sent.notice_served is not None and sent.notice_served.value == dt.date(2024, 6, 4)
    # must not match: a later date the party confirmed something else on keeps the sending day
    facts = read_procedure(
        "2024年6月3日，本局以电子邮件向当事人送达《行政处罚告知书》，当事人于2024年6月5日到本局确认了违法所得数额。"
    )
    assert facts.notice_served is not None and facts.notice_served.value == dt.date(2024, 6, 3)


def test_signing_without_a_later_date_or_for_another_document_keeps_the_service_date() -> None:
    same_day = read_procedure("本局于2024年4月1日向当事人邮寄送达《行政处罚告知书》，当事人于同日签收。")
    assert same_day.notice_served is not None and same_day.notice_served.value == dt.date(2024, 4, 1)
    other = read_procedure("本局于2024年4月1日送达《行政处罚告知书》，当事人于2024年4月9日签收《行政处罚听证通知书》。")
    assert other.notice_served is not None and other.notice_served.value == dt.date(2024, 4, 1)


def test_a_waiver_in_the_partys_own_quoted_words() -> None:
    text = "本局将告知书送达当事人，当事人在送达回证上书面表示：“对事实无异议，放弃陈述申辩。”"
    assert read_procedure(text).statement_waived
    # quoted law on a waiver tells no waiver of this case
    law = "《某处罚法》规定：“当事人放弃陈述申辩的，视为无异议。”本局向当事人送达了告知书。"
    assert not read_procedure(law).statement_waived


def test_a_written_submission_saying_something_is_a_statement_made() -> None:
    text = "本局向当事人送达告知书。次日，当事人提交书面材料，表示对事实无异议，请求从轻处罚。"
    reading = read_procedure(text)
    assert reading.statement_made and reading.statement_mentioned
    waiver = "本局向当事人送达告知书。当事人递交书面材料，表示放弃陈述、申辩。"
    assert not read_procedure(waiver).statement_made
    assert not read_procedure("当事人提交书面材料，证明其进货来源。").statement_made


def test_a_header_field_gives_the_notice_served_date_after_its_label() -> None:
    """A decision opening with a table-like header (检查日期：…, 告知书送达日期：…) serves the notice on the date the
    field holds, not on the date of the field printed before it."""
    header = (
        "案由：未明码标价案\n立案日期：2025年5月6日\n检查日期：2025年5月2日\n"
        "告知书文号：某市监罚告〔2025〕9号\n告知书送达日期：2025年6月11日\n"
        "2025年5月2日，本局执法人员对当事人进行检查。"
    )
    served = read_procedure(header).notice_served
    assert served is not None and served.value == dt.date(2025, 6, 11)


def test_a_header_field_left_blank_gives_no_served_date() -> None:
    header = "检查日期：2025年5月2日\n告知书送达日期：　　年　月　日\n经查，当事人未明码标价。"
    assert read_procedure(header).notice_served is None


def test_a_sentence_serving_the_notice_still_reads_the_date_before_its_verb() -> None:
    """Must not change: 于…送达 names the date before the verb; 送达 followed by other words is no field label."""
    text = "本局于2025年6月11日向当事人送达了《行政处罚告知书》，当事人于2025年6月13日提出陈述。"
    served = read_procedure(text).notice_served
    assert served is not None and served.value == dt.date(2025, 6, 11)


NOTICE = "本局于2024年3月1日向当事人送达了《行政处罚告知书》。"


def test_the_partys_plea_in_the_investigation_is_no_statement_when_none_followed_the_notice() -> None:
    """What the party argued while the case was investigated (其辩称…) is its account, once the decision says it
    made no statement after the 告知."""
    account = "经查，当事人称系员工失误，其辩称不足以证明没有过错。"
    assert not read_procedure(account + NOTICE + "当事人在法定期限内未提出陈述、申辩。").statement_made
    # must still match: no denial after the notice, or a plea after it
    assert read_procedure(account + NOTICE).statement_made
    assert read_procedure(NOTICE + "当事人辩称系员工失误。本局复核后，当事人未再提出申辩。").statement_made


# --- the notice's dates as a story tells them -----------------------------------------------------------------

SIGNED_OFF = "\n某县市场监督管理局\n2023年3月20日"


def _dates(text: str) -> tuple[dt.date | None, dt.date | None]:
    reading = read_procedure(text)
    made, served = reading.notice_made, reading.notice_served
    return (made.value if made else None, served.value if served else None)


def test_dates_without_their_year_and_the_next_day() -> None:
    # the facts tell an earlier year's date last; the decision's own date gives the notice's year
    text = "2023年2月1日，某局检查了某店。经查，当事人自2022年10月1日起销售。本局于3月6日作出《行政处罚告知书》，次日直接送达当事人。"
    assert _dates(text + SIGNED_OFF) == (dt.date(2023, 3, 6), dt.date(2023, 3, 7))
    posted = "2023年3月1日，本局作出《行政处罚告知书》，次日邮寄送达，当事人于同月6日签收。"
    assert _dates(posted + SIGNED_OFF) == (dt.date(2023, 3, 1), dt.date(2023, 3, 6))


def test_service_told_in_the_sentence_after_the_notice_was_made() -> None:
    made = "2023年3月1日，本局作出《行政处罚告知书》（某市监罚告〔2023〕5号）。"
    for served in ("3月3日，执法人员将告知书直接送达当事人。", "该告知书于3月3日送达，当事人签收。"):
        assert _dates(made + served + SIGNED_OFF) == (dt.date(2023, 3, 1), dt.date(2023, 3, 3))
    # another document served (a hearing notice), or a service two sentences on after another step, is not it
    other = "3月3日，本局向当事人送达了《听证通知书》。"
    assert _dates(made + other + SIGNED_OFF) == (dt.date(2023, 3, 1), None)
    far = "当事人未提出陈述。当事人于3月15日缴纳罚款。3月16日，本局送达决定。"
    assert _dates(made + far + SIGNED_OFF) == (dt.date(2023, 3, 1), None)


def test_service_the_law_deems_done_by_publication() -> None:
    text = "本局于2023年2月1日公告送达该告知书，自公告之日起经过三十日，即2023年3月3日，视为送达。"
    assert _dates(text + SIGNED_OFF)[1] == dt.date(2023, 3, 3)
    plain = "本局于2023年2月1日送达该告知书，告知当事人如逾期不陈述视为放弃。"
    assert _dates(plain + SIGNED_OFF)[1] == dt.date(2023, 2, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mail that came back, then publication: the deemed day
        (
            (
                "本局于2023年1月5日将告知书以挂号信寄往当事人登记地址，因地址不详被退回；本局于2023年1月10日公告送达"
                "该告知书，至2023年2月9日视为送达。"
            ),
            (None, dt.date(2023, 2, 9)),
        ),
        # made, mailed and returned in one sentence, then left at the premises: the made day kept
        (
            (
                "本局于2023年1月5日作出《行政处罚告知书》并邮寄送达，因无人签收无法投递。2023年1月12日，执法人员将该"
                "告知书留置送达当事人经营场所。"
            ),
            (dt.date(2023, 1, 5), dt.date(2023, 1, 12)),
        ),
        # the failure and another service in the same sentence: the later service
        (
            "本局于2023年1月5日邮寄告知书，邮件被退回后，于2023年1月9日直接送达当事人。",
            (None, dt.date(2023, 1, 9)),
        ),
        # returned with nothing after it: no service told
        ("本局于2023年1月5日邮寄《行政处罚告知书》，邮件被退回。当事人未提出陈述。", (None, None)),
    ],
)
def test_mail_that_came_back_serves_nothing(text: str, expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert _dates(text + SIGNED_OFF) == expected


def test_returned_money_is_no_failed_service() -> None:
    """must not match: 退回 of the overcharge in the serving sentence is no mail coming back."""
    for after in ("责令当事人退回多收的价款。", "当事人已退回多收价款。", "多收的费用被退回消费者。"):
        text = "本局于2023年1月5日送达《行政处罚告知书》，" + after
        assert _dates(text + SIGNED_OFF) == (None, dt.date(2023, 1, 5))


def test_a_service_date_that_is_no_calendar_date_serves_nothing() -> None:
    text = "本局于2023年2月24日作出《行政处罚告知书》，并于2023年2月29日送达当事人。"
    assert _dates(text + SIGNED_OFF) == (dt.date(2023, 2, 24), None)


@pytest.mark.parametrize(
    "answer",
    [
        # a letter from the party after the notice, with no 陈述/申辩 word (rule 28: written, whatever it says)
        "当事人于3月5日向本局来函，表示其原价确曾对外报出，恳请从轻处理。",
        "3月5日，当事人致函本局，说明其已撤下宣传。",
        # written material that only pleads for leniency, after a clause that accepts the facts
        "当事人向本局提交书面材料，对认定的事实未提出异议，仅表示其系初次经营，请求从轻处罚。",
        # a statement handed in as a document named for it
        "当事人提交《陈述申辩书》，称系统升级导致规则未同步。",
        "当事人委托律师向本局提交了一份陈述申辩意见书。",
        # within the period, asking only for leniency, or as a 情况说明
        "当事人在规定期限内提交书面材料，请求从轻处罚。",
        "当事人在法定期限内向本局来函，请求从轻处罚。",
        "当事人向本局提交了情况说明，请求从轻处罚。",
        # the written opinion's form told before it (盖章的, 经负责人签字的), "no objection" included
        "当事人于3月6日提交了一份盖有单位印章的书面意见，表示对告知的事实和处罚均无异议。",
        "当事人向本局递交了经负责人签字的书面说明，请求减轻处罚。",
        # an opinion given in writing, "no objection" included
        "当事人于7月2日补交了有关票据，并书面表示对拟作出的处罚无异议。",
    ],
)
def test_a_written_answer_after_the_notice_is_a_statement_made(answer: str) -> None:
    reading = read_procedure(NOTICE + answer)
    assert reading.statement_made and reading.statement_mentioned


@pytest.mark.parametrize(
    "not_made",
    [
        # silence, the law's fiction, an oral 无异议 with nothing handed in
        NOTICE + "当事人在规定期限内未提出陈述、申辩，视为放弃上述权利。",
        NOTICE + "当事人逾期未提出陈述、申辩，视为放弃陈述、申辩权利。",
        NOTICE + "当事人在签收告知书时，口头表示对拟作出的行政处罚无异议。",
        NOTICE + "当事人未来函，也未提交书面材料。",
        # a letter or material that gives the statement up is a waiver, not a statement
        NOTICE + "当事人提交书面材料，表示对事实无异议，放弃陈述、申辩的权利。",
        NOTICE + "当事人提交书面意见，对拟作出的处罚无异议，自愿放弃陈述申辩。",
        NOTICE + "当事人来函，表示放弃陈述、申辩。",
        NOTICE + "当事人提交了放弃陈述申辩的书面意见。",
        NOTICE + "当事人提交了盖章的书面意见，声明自愿放弃陈述、申辩权利。",
        NOTICE + "当事人未提交经签字的书面意见。",
        NOTICE + "当事人书面表示放弃陈述、申辩。",
        NOTICE + "当事人书面表示放弃听证，未提出陈述、申辩。",
        NOTICE + "当事人未书面表示意见。",
        NOTICE + "当事人书面表示已收到告知书。当事人未提出陈述、申辩。",
        # writing offered as a right, a duty or a condition
        NOTICE + "告知当事人可以来函或者提交书面材料。",
        NOTICE + "当事人应当在五个工作日内提交书面材料。",
        NOTICE + "如当事人来函，本局将予以复核。",
        # a hearing applied for and withdrawn in writing is no opinion on the case
        NOTICE + "当事人提出听证申请，后向本局提交书面申请，撤回听证申请。当事人未提出陈述、申辩意见。",
        # a letter or material in the investigation, before the notice, is the party's account
        "调查期间，当事人向本局来函，表示其不知道需要标价。" + NOTICE,
        "立案后，当事人提交书面说明，称系员工失误。" + NOTICE + "当事人在法定期限内未提出陈述、申辩。",
        # no notice at all: a letter answers nothing
        "经查，当事人来函称其已改正。",
        # a letter from another body, not the party
        NOTICE + "某区住房和城乡建设局来函，移送相关线索。",
    ],
)
def test_no_written_answer_from_silence_an_oral_yes_a_waiver_or_the_investigation(not_made: str) -> None:
    assert not read_procedure(not_made).statement_made


@pytest.mark.parametrize(
    "plea",
    [
        # a plea about the penalty after the notice answers it (rule 27: pleading is 申辩), told after a clause
        # that accepts the facts at the hearing, or after a statement named without what it says
        "本局于3月20日举行听证，听证中当事人对事实无异议，仅请求减轻罚款。",
        "当事人在法定期限内提出书面陈述申辩，请求免予罚款。",
        "当事人对认定的事实没有异议，希望本局从轻处罚。",
    ],
)
def test_a_plea_about_the_penalty_after_the_notice_is_a_statement_made(plea: str) -> None:
    reading = read_procedure(NOTICE + plea)
    assert reading.statement_made and reading.statement_mentioned


@pytest.mark.parametrize(
    "not_made",
    [
        # must not match: a plea in the investigation, before the notice; one not made, or offered as a right
        "询问中，当事人对事实无异议，请求从轻处罚。" + NOTICE + "当事人在法定期限内未提出陈述、申辩。",
        NOTICE + "当事人未请求从轻处罚，也未提出陈述、申辩。",
        NOTICE + "当事人可以请求从轻处罚。",
        # no notice at all: a plea answers nothing
        "经查，当事人对事实无异议，请求从轻处罚。",
    ],
)
def test_no_plea_before_the_notice_or_not_made(not_made: str) -> None:
    assert not read_procedure(not_made).statement_made


@pytest.mark.parametrize(
    "said",
    [
        # the party tells the agency something after the notice, 陈述 with what it said (陈述称) and no 口头/书面
        "当事人于3月5日陈述称已整改完毕。",
        "两当事人当场陈述称系初次摆摊。",
        "当事人经营者某某于次日陈述，称价签由总部配送。",
    ],
)
def test_the_party_saying_something_after_the_notice_is_a_statement_made(said: str) -> None:
    reading = read_procedure(NOTICE + said)
    assert reading.statement_made and reading.statement_mentioned


@pytest.mark.parametrize(
    "not_made",
    [
        # must not match: the party's account in the investigation, before the notice or from its record
        "经询问，当事人陈述称其不知道需要标价。" + NOTICE + "当事人在法定期限内未提出陈述、申辩。",
        NOTICE + "证据：询问笔录，当事人在询问笔录中陈述称系员工失误。",
        NOTICE + "据当事人陈述称，涉案商品已售完。",
        # no notice at all
        "当事人陈述称其已改正。",
    ],
)
def test_no_statement_from_the_partys_account_in_the_investigation(not_made: str) -> None:
    assert not read_procedure(not_made).statement_made


def test_a_written_statement_in_the_period_followed_by_its_request_is_made() -> None:
    """在规定期限内提交书面陈述，请求适用…: the request told in the next clause is what the statement said, so the
    period named before it does not make it a mere right (rule 55: a plea after the 告知 is a statement)."""
    text = NOTICE + "当事人在规定期限内提交书面陈述，请求适用“首违不罚”规定不予处罚。本局认为其请求不能成立。"
    assert read_procedure(text).statement_made


@pytest.mark.parametrize(
    "not_made",
    [
        # must not match: the same words offered as a right or a condition, not told as done
        NOTICE + "当事人可在规定期限内提交书面陈述，请求适用从轻规定。当事人逾期未提出。",
        NOTICE + "如当事人在规定期限内提交书面陈述，请求从轻的，本局将予复核。当事人未提出陈述、申辩。",
    ],
)
def test_a_written_statement_offered_with_a_request_is_not_made(not_made: str) -> None:
    assert not read_procedure(not_made).statement_made


def test_a_field_gives_the_notice_made_date_after_its_label() -> None:
    """The notice's history told as label/value rows: 制作日期 is the made date, 送达日期 the served one."""
    rows = (
        "本案告知情况如下：\n告知书文号：某市监罚告〔2024〕8号\n告知书制作日期：2024年10月14日\n"
        "告知书送达日期：2024年10月15日\n陈述、申辩情况：当事人未提出陈述、申辩\n"
    )
    reading = read_procedure(rows)
    assert reading.notice_made is not None and reading.notice_made.value == dt.date(2024, 10, 14)
    assert reading.notice_served is not None and reading.notice_served.value == dt.date(2024, 10, 15)
    assert not reading.statement_made
    # must not match: a refund order's notice, or a making field left blank
    assert read_procedure("责令退款告知书制作日期：2024年10月14日\n").notice_made is None
    assert read_procedure("告知书制作日期：　　年　月　日\n").notice_made is None


def test_a_refused_signing_serves_nothing_the_service_left_after_it_does() -> None:
    text = (
        "本局于2024年5月6日制作《行政处罚告知书》，因当事人拒绝签收，执法人员于2024年5月9日邀请见证人到场，"
        "将告知书留置于当事人住所，完成留置送达。"
    )
    reading = read_procedure(text)
    assert reading.notice_served is not None and reading.notice_served.value == dt.date(2024, 5, 9)
    # must not match: served on a day, the refusal told after it, the service day stays
    served = "本局于2024年5月6日向当事人送达《行政处罚告知书》，当事人拒不签收，执法人员当场留置送达。"
    reading = read_procedure(served)
    assert reading.notice_served is not None and reading.notice_served.value == dt.date(2024, 5, 6)
    signed = "本局于2024年5月6日制作《行政处罚告知书》，当事人于2024年5月8日签收。"
    reading = read_procedure(signed)
    assert reading.notice_served is not None and reading.notice_served.value == dt.date(2024, 5, 8)


ON_SPOT = "某某县市场监督管理局\n当场行政处罚决定书\n当事人：某某商行\n经查，当事人未标示商品价格。\n"


def test_a_notice_told_in_an_on_the_spot_decision_is_the_officers_word() -> None:
    told = read_procedure(ON_SPOT + "执法人员已告知当事人享有陈述、申辩的权利，当事人放弃陈述、申辩。\n决定罚款200元。")
    assert not told.notice_mentioned and told.statement_mentioned and told.statement_waived
    # near misses: an on-the-spot decision naming a 告知书, and an ordinary decision telling the same words
    paper = read_procedure(ON_SPOT + "执法人员当场向当事人送达《行政处罚告知书》，当事人放弃陈述、申辩。\n")
    assert paper.notice_mentioned
    ordinary = read_procedure(
        "某某县市场监督管理局\n行政处罚决定书\n当事人：某某商行\n经查……\n本局已告知当事人享有陈述、申辩的权利。\n"
    )
    assert ordinary.notice_mentioned


def test_a_plea_not_to_punish_after_the_notice_is_a_statement() -> None:
    pleaded = read_procedure(
        "经查……\n本局向当事人送达《不予行政处罚告知书》。当事人当日陈述称已全部整改，请求不予处罚，本局予以采纳。\n"
    )
    assert pleaded.statement_made and pleaded.statement_mentioned
    # near miss: the same plea told as not made
    silent = read_procedure("经查……\n本局向当事人送达《不予行政处罚告知书》。当事人未请求不予处罚。\n")
    assert not silent.statement_made


def test_the_party_stating_right_after_the_notice_of_its_rights() -> None:
    stated = read_procedure(
        ON_SPOT + "执法人员当场告知其陈述、申辩权利，当事人陈述称菜单为新印制，疏忽所致，执法人员已记录。\n"
    )
    assert stated.statement_made
    # near miss: it states that it has nothing to say
    none = read_procedure(ON_SPOT + "执法人员当场告知其陈述、申辩权利，当事人陈述称无异议。\n")
    assert not none.statement_made


def test_the_date_a_notice_bears_is_its_made_date() -> None:
    """A notice served on one day and said to bear another (《…告知书》（该告知书落款日期为…）) was made on the latter."""
    served_bearing = "本局于2023年5月9日向当事人送达了某市监罚告〔2023〕7号《行政处罚告知书》（该告知书落款日期为2023年5月6日），拟罚款。"
    reading = read_procedure(served_bearing)
    assert reading.notice_made is not None and reading.notice_made.value == dt.date(2023, 5, 6)
    assert reading.notice_served is not None and reading.notice_served.value == dt.date(2023, 5, 9)
    bare = "2023年5月9日，本局送达了《不予行政处罚告知书》（落款日期2023年5月6日）。"
    assert (made := read_procedure(bare).notice_made) is not None and made.value == dt.date(2023, 5, 6)
    # must not match: the date another document bears
    assert read_procedure("本局于2023年5月9日送达了《责令改正通知书》（落款日期为2023年5月6日）。").notice_made is None


def test_the_law_a_notice_is_made_under_stands_between_its_date_and_the_making() -> None:
    """2023年5月6日，本局依照《…行政处罚法》第四十四条的规定制作了《行政处罚告知书》: made on that date."""
    made_under = (
        "2023年5月6日，本局依照《中华人民共和国行政处罚法》第四十四条的规定制作了《行政处罚告知书》"
        "（某市监罚告〔2023〕7号），于2023年5月9日邮寄送达当事人。"
    )
    reading = read_procedure(made_under)
    assert reading.notice_made is not None and reading.notice_made.value == dt.date(2023, 5, 6)
    assert reading.notice_served is not None and reading.notice_served.value == dt.date(2023, 5, 9)
    # must not match: a date before a long story that only then makes the notice is not its making
    far = "2023年5月6日，执法人员对当事人经营场所进行了现场检查并提取了证据，随后本局制作了《行政处罚告知书》。"
    assert read_procedure(far).notice_made is None


def test_the_law_a_notice_is_made_under_may_be_named_without_its_brackets() -> None:
    """依照中华人民共和国行政处罚法第四十四条的规定制作了…: a law named bare is as little distance as one in 《》."""
    for law in ("中华人民共和国行政处罚法", "行政处罚法", "市场监督管理行政处罚程序规定"):
        bare = (
            f"2024年3月11日，本局依照{law}第五十七条的规定制作了《行政处罚告知书》（某市监罚告〔2024〕3号），"
            "于2024年3月13日直接送达当事人。"
        )
        reading = read_procedure(bare)
        assert reading.notice_made is not None and reading.notice_made.value == dt.date(2024, 3, 11), law
        assert reading.notice_served is not None and reading.notice_served.value == dt.date(2024, 3, 13), law
    # must not match: words after 依照 that name no article are the story's own, and keep the date away
    vague = "2024年3月11日，本局依照行政处罚法的有关要求和调查取证的全部情况制作了《行政处罚告知书》。"
    assert read_procedure(vague).notice_made is None


def test_a_hearing_only_scheduled_was_not_held() -> None:
    """送达了《听证通知书》，定于…举行听证。…当事人撤回听证申请: the date was set, no hearing held."""
    scheduled = (
        "本局于2023年9月9日向当事人送达了《听证通知书》，定于2023年9月16日举行听证。2023年9月15日，当事人撤回听证申请。"
    )
    assert not read_procedure(scheduled).hearing_held
    # must not match: a hearing told as held on its day
    held = "本局于2023年9月9日送达了《听证通知书》，并于2023年9月16日举行了听证，当事人的代理人到场。"
    assert read_procedure(held).hearing_held


def test_an_undated_failed_service_is_followed_by_the_one_told_next() -> None:
    """邮寄送达的告知书…被退回。 with no date of its own: the publication in the next sentence serves it."""
    failed = "本局邮寄送达的《行政处罚告知书》因当事人拒收被退回。"
    published = "本局于2023年3月1日在本局网站公告送达，公告期满即2023年3月31日视为送达。"
    assert _dates(failed + published + SIGNED_OFF) == (None, dt.date(2023, 3, 31))
    # must not match: a dated step that serves nothing after it
    licence = "2023年3月1日，当事人到本局领取了营业执照。"
    assert _dates(failed + licence + SIGNED_OFF) == (None, None)


def test_a_notice_served_again_after_the_facts_changed_gives_the_service_date() -> None:
    """事实发生变化，本局于…重新送达了《行政处罚告知书》: the decision rests on the later notice, so its service counts."""
    first = "本局于2023年2月26日向当事人送达《行政处罚告知书》，当事人未提出陈述、申辩。此后违法所得应重新核定，案件事实发生变化。"
    again = "本局于2023年3月11日向当事人重新送达了《行政处罚告知书》，告知其变更后的拟处罚内容。"
    assert _dates(first + again + SIGNED_OFF) == (None, dt.date(2023, 3, 11))
    told = "本局于3月11日重新告知当事人拟作出的行政处罚。"
    assert _dates(first + told + SIGNED_OFF) == (None, dt.date(2023, 3, 11))
    # must not match: another document served again, or something else done again (重新核定), leaves the first
    hearing = "本局于2023年3月11日再次送达了《听证通知书》。"
    assert _dates(first + hearing + SIGNED_OFF) == (None, dt.date(2023, 2, 26))
    rights = "2023年3月11日举行听证，主持人再次告知当事人享有陈述、申辩的权利。"
    assert _dates(first + rights + SIGNED_OFF) == (None, dt.date(2023, 2, 26))
    assert _dates(first + SIGNED_OFF) == (None, dt.date(2023, 2, 26))


def test_an_amended_notice_served_on_one_of_two_parties_gives_its_service_date() -> None:
    """A second, amended 告知书 served on one party (向当事人一送达了变更后的《行政处罚告知书》) or served again on
    both (重新向两当事人送达) is the notice the decision rests on (ruling 64)."""
    first = "本局于2023年2月26日向两当事人送达《行政处罚听证告知书》。当事人一申请听证，本局于3月8日举行听证。"
    amended = "本局于2023年3月20日向当事人一送达了变更后的《行政处罚告知书》。"
    assert _dates(first + amended + SIGNED_OFF) == (None, dt.date(2023, 3, 20))
    both = "本局于2023年3月20日重新向两当事人送达了《行政处罚告知书》。"
    assert _dates(first + both + SIGNED_OFF) == (None, dt.date(2023, 3, 20))
    # must not match: an amended document that is no notice, served to one party, leaves the first
    order = "本局于2023年3月20日向当事人一送达了变更后的《责令改正通知书》。"
    assert _dates(first + order + SIGNED_OFF) == (None, dt.date(2023, 2, 26))


AUTUMN = "\n某县市场监督管理局\n2023年10月10日"


def test_a_notice_made_again_after_the_facts_changed_gives_both_its_dates() -> None:
    """本局于…重新作出《行政处罚告知书》…并于…送达: the new notice is the one the decision rests on (ruling 64), so
    its making and its service dates count; made again with no service told, nothing is known of the service."""
    first = "本局于2023年8月18日作出并于8月21日向当事人送达《行政处罚告知书》，拟罚款2000元。违法事实发生变化。"
    again = "本局于2023年9月22日重新作出《行政处罚告知书》，拟罚款3500元，并于2023年9月25日直接送达当事人。"
    assert _dates(first + again + AUTUMN) == (dt.date(2023, 9, 22), dt.date(2023, 9, 25))
    assert read_procedure(first + again + AUTUMN).notice_again
    unserved = "本局于2023年9月22日重新作出《行政处罚告知书》，拟罚款3500元。"
    assert _dates(first + unserved + AUTUMN) == (dt.date(2023, 9, 22), None)
    # must not match: another document made again, or a date only after the serving verb (a deadline), or none
    order = "本局于2023年9月22日重新作出《责令改正通知书》，并于2023年9月25日送达当事人。"
    assert _dates(first + order + AUTUMN) == (dt.date(2023, 8, 18), dt.date(2023, 8, 21))
    assert not read_procedure(first + order + AUTUMN).notice_again
    deadline = "本局于2023年9月22日重新作出《行政处罚告知书》，并直接送达当事人，告知其于2023年9月29日前提出陈述。"
    assert _dates(first + deadline + AUTUMN) == (dt.date(2023, 9, 22), None)
    assert _dates(first + AUTUMN) == (dt.date(2023, 8, 18), dt.date(2023, 8, 21))


def test_a_supplementary_notice_after_new_findings_gives_both_its_dates() -> None:
    """本局于…作出《行政处罚补充告知书》…于…送达: a supplementary notice after new findings is the notice the decision
    rests on (ruling 64), as a notice made again is."""
    first = "本局于2023年8月18日作出并于8月21日向当事人送达《行政处罚告知书》，拟罚款2000元。后发现新的违法所得。"
    extra = "本局于2023年9月22日作出《行政处罚补充告知书》，于2023年9月25日直接送达当事人，告知变更后的拟处罚内容。"
    assert _dates(first + extra + AUTUMN) == (dt.date(2023, 9, 22), dt.date(2023, 9, 25))
    # must not match: a supplementary step that is no notice (补充调查笔录) leaves the first notice's dates
    record = "本局于2023年9月22日制作了补充调查笔录，并于2023年9月25日送达当事人核对。"
    assert _dates(first + record + AUTUMN) == (dt.date(2023, 8, 18), dt.date(2023, 8, 21))


def test_material_handed_in_with_the_statement_is_a_statement_made() -> None:
    """当事人在陈述申辩中提交了销售记录: the statement told by what the party handed in with it."""
    served = "2024年3月8日，本局向当事人送达了《行政处罚告知书》。"
    made = read_procedure(served + "当事人在陈述申辩中提交了活动期间的销售记录。\n决定处罚如下：罚款300元。")
    assert made.statement_made
    # must not match: the right to hand material in with a statement
    right = read_procedure(served + "告知当事人可在陈述申辩中提交证据。当事人未提出意见。\n决定处罚如下：罚款300元。")
    assert not right.statement_made


def test_a_statement_made_in_person_at_the_agency_is_made() -> None:
    """当事人于某日到本局陈述，表示…: the party came and spoke — its statement, told as an act."""
    reading = read_procedure(
        "2024年3月8日，本局向当事人送达了《行政处罚告知书》。当事人于2024年3月11日到本局陈述，表示系初次经营，"
        "请求从轻处理。\n决定处罚如下：罚款300元。"
    )
    assert reading.statement_mentioned and reading.statement_made


def test_a_plea_for_lighter_handling_after_the_notice_is_a_statement() -> None:
    """请求从轻处理 after the 告知书 pleads about the proposed penalty, as 请求从轻处罚 does."""
    reading = read_procedure(
        "2024年3月8日，本局向当事人送达了《行政处罚告知书》。当事人对违法事实无异议，仅请求从轻处理。\n决定处罚如下：罚款300元。"
    )
    assert reading.statement_made


def test_a_bare_plea_for_leniency_ending_its_clause_after_the_notice_is_a_statement() -> None:
    """书面提出，其系小本经营，请求从轻。 after the 告知书: a plea about the penalty (rule 55), though it names
    neither 处罚 nor 陈述."""
    reading = read_procedure(
        "本局于2025年8月11日向当事人送达行政处罚告知书，当事人当日书面提出，其系初次经营，请求从轻。本局予以考虑。"
    )
    assert reading.statement_made and reading.statement_mentioned


@pytest.mark.parametrize(
    "not_made",
    [
        # must not match: 从轻 running on into other words, the bare plea denied, or made only in the investigation
        NOTICE + "当事人在规定期限内未提出陈述、申辩。本局希望从轻发落的情形依法另行认定。",
        NOTICE + "当事人未请求从轻。",
        "询问中，当事人表示请求从轻。" + NOTICE + "当事人在法定期限内未提出陈述、申辩。",
    ],
)
def test_a_bare_plea_running_on_denied_or_before_the_notice_is_no_statement(not_made: str) -> None:
    assert not read_procedure(not_made).statement_made


def test_the_right_to_state_at_the_agency_is_no_statement() -> None:
    """must not match: 可以到本局陈述 is the right, and 未到本局陈述 says none was made."""
    for told in ("告知当事人可以到本局陈述、申辩。", "当事人在规定期限内未到本局陈述、申辩。"):
        reading = read_procedure("本局向当事人送达了《行政处罚告知书》，" + told + "\n决定处罚如下：罚款300元。")
        assert not reading.statement_made


@pytest.mark.parametrize(
    "told",
    [
        "当事人在陈述中表示，海报系厂家提供，已于检查当日撤除。",  # what the party said in its statement
        "当事人在其陈述申辩中称，其系初次违法。",
        "当事人于当日口头提出，其系初次摆摊，恳请从轻处理。",  # a plea about the penalty's handling
    ],
)
def test_a_statement_told_by_what_it_said(told: str) -> None:
    reading = read_procedure("本局于2024年5月14日向当事人送达了《行政处罚告知书》。" + told)
    assert reading.statement_made and reading.statement_mentioned


@pytest.mark.parametrize(
    "told",
    [
        "据当事人陈述，海报系厂家提供。",  # the party's account, no statement
        "当事人在询问中表示，海报系厂家提供。",
    ],
)
def test_an_account_is_no_statement(told: str) -> None:
    assert not read_procedure("本局于2024年5月14日向当事人送达了《行政处罚告知书》。" + told).statement_made


def test_a_plea_before_the_notice_is_the_partys_account() -> None:
    text = "当事人在调查中恳请从轻处理。本局于2024年5月14日向当事人送达了《行政处罚告知书》。当事人未提出陈述、申辩。"
    assert not read_procedure(text).statement_made


def test_what_the_party_says_right_after_it_is_told_its_right_is_a_statement() -> None:
    """当场 decisions: 执法人员告知…陈述、申辩权利，当事人当场陈述称… is the statement made (rule 55)."""
    text = (
        "五、陈述申辩：执法人员已当场告知当事人拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩权利，"
        "当事人当场陈述称系货物刚到尚未标价，执法人员经复核认为该理由不影响违法事实的认定。"
    )
    assert read_procedure(text).statement_made


def test_the_right_told_and_nothing_said_is_no_statement() -> None:
    """Must not match: the party told its right and saying nothing, or its account in the investigation."""
    told = "执法人员已当场告知当事人依法享有的陈述、申辩权利，当事人未提出陈述、申辩。"
    assert not read_procedure(told).statement_made
    account = "经询问，当事人陈述称货物系从外地购进。执法人员告知其享有陈述、申辩权利，当事人当场表示无异议。"
    assert not read_procedure(account).statement_made


def test_a_service_in_a_clause_of_its_own_after_the_making_has_no_date() -> None:
    """…制作《行政处罚告知书》，依法送达当事人: the date governs the clause that makes the notice (ruling 46)."""
    found = read_procedure("本局于2022年4月2日制作某市监罚告〔2022〕47号《行政处罚告知书》，依法送达当事人。")
    assert found.notice_served is None
    assert found.notice_made is not None and found.notice_made.value == dt.date(2022, 4, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "本局于2022年4月2日制作《行政处罚告知书》，并依法送达当事人。",
        "本局于2022年4月2日制作《行政处罚告知书》，于同日送达当事人。",
        "2022年4月2日，本局制作《行政处罚告知书》并依法送达当事人。",
    ],
)
def test_a_service_tied_to_the_making_day_keeps_its_date(sentence: str) -> None:
    """Must not match: 并 or 同日 ties the serving clause to the making one's date."""
    found = read_procedure(sentence)
    assert found.notice_served is not None and found.notice_served.value == dt.date(2022, 4, 2)


@pytest.mark.parametrize(
    ("sentence", "served"),
    [
        (
            (
                "本局于2024年8月6日以《行政处罚告知书》（某市监罚告〔2024〕31号）将拟作出处罚的事实、理由及其享有的"
                "陈述、申辩权利告知当事人，当事人于2024年8月9日签收。"
            ),
            dt.date(2024, 8, 9),
        ),
        ("本局于2024年8月6日以行政处罚告知书的形式将拟处罚内容告知当事人。", None),
    ],
)
def test_telling_by_the_notice_dates_the_notice(sentence: str, served: dt.date | None) -> None:
    """于…以《行政处罚告知书》…告知当事人: the date is the notice's own; the service is the party's signing."""
    found = read_procedure(sentence)
    assert found.notice_made is not None and found.notice_made.value == dt.date(2024, 8, 6)
    assert (found.notice_served.value if found.notice_served else None) == served


@pytest.mark.parametrize(
    "sentence",
    [
        "本局于2024年8月6日以挂号信方式向当事人寄送了《行政处罚告知书》，当事人于2024年8月9日签收，告知其享有陈述权利。",
        "2024年8月6日，本局以快递将《行政处罚告知书》寄往当事人住所，当事人于2024年8月9日签收。",
    ],
)
def test_a_notice_posted_by_some_means_is_not_dated_by_the_posting(sentence: str) -> None:
    """Must not match: 以 names the means of posting, not the notice; the posting day is no notice date."""
    found = read_procedure(sentence)
    assert found.notice_made is None
    assert found.notice_served is not None and found.notice_served.value == dt.date(2024, 8, 9)


def test_a_forms_statement_field_valued_as_waived() -> None:
    assert read_procedure("当事人陈述申辩：当场放弃\n救济途径：……").statement_waived
    # must not match: a waiver of the hearing only, or the field valued otherwise
    assert not read_procedure("当事人陈述申辩：放弃听证，已口头陈述\n").statement_waived
    assert not read_procedure("当事人陈述申辩：当场提出，意见为：价格已补标\n").statement_waived


def test_a_forms_filled_statement_field_is_a_statement_made() -> None:
    assert read_procedure("陈述申辩　当事人陈述：不知道要标价，已补标，请求从轻。\n").statement_made
    # must not match: the field struck through or marked none
    assert not read_procedure("陈述申辩　当事人陈述：无\n").statement_made
    assert not read_procedure("陈述申辩　当事人陈述：／\n").statement_made
