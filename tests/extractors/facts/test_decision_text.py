"""A decision read alone: its own date, 文号, party block, the notice's service, remedies and drafting slips."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.facts.decision_drafting import drafting_slips
from extractors.facts.decision_remedies import read_remedies
from extractors.facts.decision_text import read_alone

HEAD = "嵩川县市场监督管理局\n行政处罚决定书\n嵩市监处罚〔2024〕17号\n"
PARTY = "当事人：嵩川县好运来超市\n统一社会信用代码：92410100MA44****1K\n经营场所：嵩川县中原路12号\n"


def test_own_date_skips_the_receipt_line_left_blank() -> None:
    text = HEAD + PARTY + "……\n嵩川县市场监督管理局\n2024年3月4日\n（送达日期： 年 月 日 送达方式： ）\n"
    facts = read_alone(text, "行政处罚决定书")
    assert facts.dated == "dated" and facts.date is not None and facts.date.value == dt.date(2024, 3, 4)


def test_blank_and_missing_signing_dates() -> None:
    assert read_alone(HEAD + PARTY + "嵩川县市场监督管理局\n年 月 日\n", "").dated == "blank"
    assert read_alone(HEAD + PARTY + "（嵩川县市场监督管理局印章）\n", "").dated == "missing"


@pytest.mark.parametrize(
    ("head", "year", "malformed"),
    [
        ("嵩市监处罚〔2024〕17号", 2024, None),
        ("冀市监唐处〔2023〕13022423000949 号", 2023, None),
        ("永 xx 罚〔 2024 〕x x 号", 2024, None),
        ("262号", None, "262号"),
        ("嵩市监处罚〔２０２４〕１７号", 2024, None),  # full-width digits
        ("嵩市监处罚〔二〇二四〕17号", 2024, None),  # the year in Chinese numerals
        ("嵩市监处罚字第17号", None, "嵩市监处罚字第17号"),  # no year at all
        ("嵩市监处罚〔24〕17号", 2024, None),  # a two-digit year
        ("嵩市监罚[23]第305号", 2023, None),
        ("嵩市监处罚字（12）号", None, None),  # a bracketed serial is no year
        ("嵩市监处罚〔2 0 2 4〕1 7号", 2024, None),  # a scanned copy spaces out the digits
        ("嵩市监处罚〔2 4〕1 7号", 2024, None),
        ("嵩市监处罚字（1 2）号", None, None),  # must not match: a spaced bracketed serial is still no year
        ("嵩市监处罚〔2 0 2〕17号", None, "嵩市监处罚〔202〕17号"),  # must not match: three digits are no year
    ],
)
def test_own_number(head: str, year: int | None, malformed: str | None) -> None:
    facts = read_alone(f"嵩川县市场监督管理局\n行政处罚决定书\n{head}\n{PARTY}", "")
    assert (facts.number.year if facts.number else None) == year
    assert facts.number_malformed == malformed


@pytest.mark.parametrize(
    ("head", "raw", "serial"),
    [
        # the serial and 号 wrapped to the next line
        ("嵩市监处〔2024〕\n0217号", "嵩市监处〔2024〕0217号", True),
        ("嵩市监处〔2024〕\n第17号", "嵩市监处〔2024〕第17号", True),
        # a number without serial followed by a line of other words stays without serial
        ("嵩市监处〔2024〕\n（简易程序）", "嵩市监处〔2024〕", False),
        # the notice's number in brackets beside the decision's
        ("嵩市监处罚〔2024〕17号（告知书文号：嵩市监罚告〔2024〕9号）", "嵩市监处罚〔2024〕17号", True),
        ("嵩市监处罚〔2024〕17号(告知书：嵩市监告（2024）9号)", "嵩市监处罚〔2024〕17号", True),
        # the aside cut open by a line break, its number's serial on the next line
        ("嵩市监处罚〔2024〕17号（告知书文号：嵩市监罚告〔2024〕\n9号）", "嵩市监处罚〔2024〕17号", True),
    ],
)
def test_own_number_wrapped_or_beside_the_notices(head: str, raw: str, serial: bool) -> None:
    facts = read_alone(f"嵩川县市场监督管理局\n行政处罚决定书\n{head}\n{PARTY}", "")
    assert facts.number is not None and (facts.number.raw, facts.number.serial) == (raw, serial)


@pytest.mark.parametrize(
    ("head", "serial"),
    [
        ("嵩市监处罚〔2024〕〔17〕号", True),  # the serial in brackets of its own
        ("嵩市监处罚〔2024〕（０１７）号", True),
        # must not match: empty brackets where the serial should be are still no serial
        ("嵩市监处罚〔2024〕〔〕号", False),
        ("嵩市监处罚〔2024〕〔　〕号", False),
    ],
)
def test_own_number_with_a_bracketed_serial(head: str, serial: bool) -> None:
    facts = read_alone(f"嵩川县市场监督管理局\n行政处罚决定书\n{head}\n{PARTY}", "")
    assert facts.number is not None and (facts.number.year, facts.number.serial) == (2024, serial)


@pytest.mark.parametrize("aside", ["（告知书文号：嵩市监罚告〔2024〕9号）", "（告知书文号：嵩市监罚告〔2024〕\n9号）"])
def test_a_heading_with_only_the_notices_number_gives_no_own_number(aside: str) -> None:
    facts = read_alone(f"嵩川县市场监督管理局\n行政处罚决定书\n{aside}\n{PARTY}", "")
    assert facts.number is None or facts.number.outside_heading


def test_a_notices_number_printed_as_the_decisions_is_the_number_it_carries() -> None:
    facts = read_alone(f"嵩川县市场监督管理局\n行政处罚决定书\n嵩市监罚告〔2024〕9号\n{PARTY}", "")
    assert facts.number is None and facts.number_of_notice == "嵩市监罚告〔2024〕9号"


@pytest.mark.parametrize(
    "head",
    [
        "（告知书文号：嵩市监罚告〔2024〕9号）",  # an aside naming the notice's number as the notice's
        "告知书文号：嵩市监罚告〔2024〕9号",
        "嵩市监处罚〔2024〕17号\n嵩市监罚告〔2024〕9号",  # the decision has a number of its own
    ],
)
def test_a_notices_number_named_as_such_or_beside_the_decisions_is_not_carried_as_its_own(head: str) -> None:
    assert read_alone(f"嵩川县市场监督管理局\n行政处罚决定书\n{head}\n{PARTY}", "").number_of_notice is None


def test_party_block_counts_masked_values_and_flags_blank_fields() -> None:
    given = read_alone(HEAD + PARTY, "").party
    assert given is not None and (given.code, given.address) == ("given", "given")
    blank = read_alone(
        HEAD + "当事人：某某店\n统一社会信用代码：-\n住所（住址）：\n经营者：张三\n2024年1月2日，我局", ""
    )
    assert blank.party is not None and (blank.party.code, blank.party.address) == ("blank", "blank")


def test_notice_service_as_the_decision_tells_it() -> None:
    text = HEAD + PARTY + "2024年3月1日，我局向当事人送达了《行政处罚告知书》，当事人在规定期限内未提出陈述、申辩。\n"
    told = read_alone(text, "").statement
    assert told is not None and told.served.value == dt.date(2024, 3, 1) and not told.waived and not told.made
    waived = read_alone(text.replace("在规定期限内未提出陈述、申辩", "书面放弃陈述、申辩权利"), "").statement
    assert waived is not None and waived.waived
    assert read_alone(HEAD + PARTY + "2024年3月1日作出的告知书载明了拟处罚内容。\n", "").statement is None


def test_a_year_printed_twice_in_the_signing_date() -> None:
    alone = read_alone(HEAD + PARTY + "嵩川市市场监督管理局\n（印 章）\n2023 2023 年 12 月 13 日\n", "")
    assert alone.dated == "dated" and alone.date is not None and alone.date.value == dt.date(2023, 12, 13)


def test_remedies_direct_and_named() -> None:
    told = read_remedies(
        "如不服本决定，可在收到本决定书之日起六十日内向嵩川县人民政府申请行政复议，也可以在六个月内依法向嵩川县人民法院提起行政诉讼。"
    )
    assert told is not None and told.review_days == 60 and told.review_body_named
    assert told.direct_litigation and told.litigation_months == 6 and not told.only_after_review


def test_remedies_only_after_review_generic_or_blank() -> None:
    after = read_remedies(
        "可在收到本决定书之日起六十日内向嵩川县人民政府申请复议；对行政复议决定不服的，可在收到复议决定书之日起十五日内向人民法院提起诉讼。"
    )
    assert after is not None and after.only_after_review and not after.direct_litigation
    generic = read_remedies("可在六十日内向市场监督管理局或者人民政府申请复议，也可以在六个月内向人民法院提起诉讼。")
    assert generic is not None and not generic.review_body_named
    blank = read_remedies("可以在收到本决定书之日起六十日内向 申请行政复议；也可以在 内依法向 法院提起行政诉讼。")
    assert blank is not None and blank.review_blank and blank.litigation_blank
    assert read_remedies("罚款应于十五日内缴纳。") is None


@pytest.mark.parametrize(
    ("text", "review_blank", "litigation_blank"),
    [
        (
            "可在收到本决定书之日起___日内向苇塘县人民政府申请行政复议，也可以在六个月内向苇塘县人民法院提起行政诉讼。",
            True,
            False,
        ),
        (
            "可在收到本决定书之日起六十日内向苇塘县人民政府申请行政复议，也可以在＿＿个月内向苇塘县人民法院提起行政诉讼。",
            False,
            True,
        ),
        # must not match: periods written out, and a court's name with no blank
        (
            "可在收到本决定书之日起六十日内向苇塘县人民政府申请行政复议，也可以在六个月内向苇塘县人民法院提起行政诉讼。",
            False,
            False,
        ),
    ],
)
def test_a_period_left_as_a_line_to_fill_is_blank(text: str, review_blank: bool, litigation_blank: bool) -> None:
    told = read_remedies(text)
    assert told is not None and (told.review_blank, told.litigation_blank) == (review_blank, litigation_blank)


def test_an_offer_ending_in_no_suspension_is_still_an_offer() -> None:
    after = read_remedies(
        "可在收到本决定书之日起六十日内向嵩川县人民政府申请行政复议；对行政复议决定不服的，可以在收到行政复议决定书之日"
        "起十五日内向嵩川县人民法院提起行政诉讼，行政复议或行政诉讼期间，本处罚决定不停止执行。"
    )
    assert after is not None and after.only_after_review and not after.missing_litigation
    assert not after.direct_litigation
    only_suspension = read_remedies(
        "可在六十日内向嵩川县人民政府申请行政复议。行政复议或者行政诉讼期间，本决定不停止执行。"
    )
    assert only_suspension is not None and only_suspension.missing_litigation
    direct = read_remedies(
        "如不服本决定，可以在六十日内向嵩川县人民政府申请行政复议，也可以在六个月内向嵩川县人民法院提起行政诉讼，"
        "复议、诉讼期间不停止执行。逾期不申请行政复议，也不提起行政诉讼，又不履行的，本局将依法申请人民法院强制执行。"
    )
    assert direct is not None and direct.direct_litigation and direct.litigation_months == 6
    assert not direct.only_after_review


def test_a_part_offering_litigation_only_after_review() -> None:
    """Different routes for different violations: one part offers 诉讼 only against the 复议决定."""
    two_parts = read_remedies(
        "当事人对甲项处罚不服的，可于六十日内向嵩川县人民政府申请复议；对行政复议决定不服的，可以在十五日内向人民法院"
        "提起诉讼。当事人对其他处罚不服的，可于六十日内向嵩川县人民政府申请复议，也可以于六个月内向嵩川县人民法院提起诉讼。"
    )
    assert two_parts is not None and two_parts.after_review_part and two_parts.direct_litigation
    # must not match: a part that offers 复议 alone (no 诉讼 at all) beside a part with direct 诉讼
    review_alone = read_remedies(
        "当事人对甲项处罚不服的，可于六十日内向嵩川县人民政府申请复议。当事人对其他处罚不服的，可于六十日内向嵩川县人民政府"
        "申请复议，也可以于六个月内向嵩川县人民法院提起诉讼。"
    )
    assert review_alone is not None and not review_alone.after_review_part


def test_a_law_naming_review_opens_no_part() -> None:
    """A 复议前置 case quoted from the 复议法 (如认为存在《…行政复议法》第十一条规定的情形的，应当先…) is no second part."""
    told = read_remedies(
        "如不服本决定，可在六十日内向嵩川县人民政府申请行政复议，也可在六个月内直接向嵩川县人民法院提起行政诉讼。"
        "如认为本局存在《中华人民共和国行政复议法》第十一条规定的情形的，应当先向行政复议机关申请行政复议，"
        "对行政复议决定不服的，可以再依法向人民法院提起行政诉讼。"
    )
    assert told is not None and told.direct_litigation and not told.after_review_part


def test_remedies_as_the_condition_of_no_suspension_are_no_offer() -> None:
    """…申请行政复议或者提起行政诉讼的，行政处罚不停止执行 offers nothing: the only offer stays after 复议."""
    told = read_remedies(
        "可在六十日内先向嵩川县人民政府申请复议；当事人对行政复议决定不服的，可以在十五日内向嵩川县人民法院提起行政诉讼。"
        "当事人对行政处罚决定不服申请行政复议或者提起行政诉讼的，行政处罚不停止执行。"
    )
    assert told is not None and not told.direct_litigation and told.after_review_part


def test_remedies_written_as_a_list() -> None:
    listed = read_remedies(
        "救济途径和期限：\n1.行政复议：六十日内向嵩川市人民政府申请。\n2.行政诉讼：六个月内向嵩川区人民法院提起。"
    )
    assert listed is not None and listed.review_days == 60 and listed.review_body == "嵩川市人民政府"
    assert listed.direct_litigation and listed.litigation_months == 6


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("（救济途径和期限）\n如不服本决定……", "guidance"),
        ("鉴于当事人（此处填入具体内容），从轻处罚。", "placeholder"),
        ("本文书一式 份， 份送达，一份归档。", "blank"),
        ("[责令当事人改正上述违法行为，并]决定处罚如下：", "alternative"),
        ("综上，建议对当事人处以罚款2000元。", "proposal"),
        ("综上，本局拟罚款人民币2000元。", "proposal"),
        ("当事人：【当事人名称】", "placeholder"),
        ("经查，（写明违法事实、证据）。", "placeholder"),
        ("依据（根据案件情况选择适用条款）的规定，决定处罚如下：", "placeholder"),
        ("依据【法律依据】的规定，决定处罚如下：", "placeholder"),
        ("本局认为，当事人的行为涉嫌违反了《价格法》第十三条。", "investigation"),
        ("综上，当事人上述行为违反了执法人员认定当事人构成未明码标价的违法行为。", "investigation"),
    ],
)
def test_drafting_slips(text: str, kind: str) -> None:
    assert kind in [slip.kind for slip in drafting_slips(text, "行政处罚决定书")]


def test_drafting_leaves_service_lines_narrative_and_units_alone() -> None:
    text = (
        "2024年1月2日，我局对当事人涉嫌违反《价格法》的行为立案调查。\n"
        "我局向当事人送达告知书，告知拟作出的行政处罚。\n"
        "销售价格为5元（25g/袋）。\n"
        "经核算，办案人员认定当事人多收费用共计300元。\n"
        "送达日期： 年 月 日 送达方式： \n"
        "本文书一式两份，一份送达，一份归档。\n"
    )
    assert drafting_slips(text, "行政处罚决定书") == []


@pytest.mark.parametrize(
    "where",
    ["到嵩川市政务服务中心财政窗口缴纳", "通过“嵩税通”小程序在线缴纳", "通过手机银行缴纳"],
)
def test_payment_ways_beyond_banks(where: str) -> None:
    from extractors.facts.decision_payment import read_payment

    told = read_payment(f"当事人应自收到本决定书之日起十五日内{where}罚没款。")
    assert told is not None and told.days == 15 and told.how_named


def test_payment_terms() -> None:
    from extractors.facts.decision_payment import read_payment

    named = read_payment(
        "当事人应自收到本决定书之日起十五日内到中国农业银行嵩川支行缴纳罚款，逾期不缴纳的，每日加处3%罚款。"
    )
    assert named is not None and named.days == 15 and named.how_named
    bare = read_payment("当事人应当自收到本行政处罚决定书之日起十五日内到就近银行缴纳罚没款。")
    assert bare is not None and not bare.how_named
    slip = read_payment("请于十日内凭缴款通知书缴纳罚款。")
    assert slip is not None and slip.days == 10 and slip.how_named
    assert read_payment("决定给予警告。") is None


def test_statement_not_made_when_negated() -> None:
    text = (
        HEAD
        + PARTY
        + "2024年3月1日本局向当事人送达了《行政处罚告知书》，当事人未向本局提出陈述申辩，视为放弃此权利。\n"
    )
    told = read_alone(text, "").statement
    assert told is not None and not told.made and not told.waived


def test_citations_keep_their_sentence_and_skip_quoted_law() -> None:
    from extractors.facts.decision_cited import cited_in

    cited = cited_in(
        "逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第五十一条第（一）项，每日按罚款数额的百分之三加处罚款。"
    )
    assert [(c.law, c.article) for c in cited] == [("中华人民共和国行政处罚法", 51)] and "加处罚款" in cited[0].sentence
    assert cited_in("规定：“依照《价格法》第三十九条处罚”。") == []


REPORT_HEADINGS = (
    "自由裁量：\n鉴于当事人及时改正，依法从轻处罚。\n"
    "其他需要说明的事项\n当事人已于2024年5月6日提交整改材料。\n"
    "处理意见及依据：\n依据《价格违法行为行政处罚规定》第十三条第一项的规定，决定处罚如下：罚款3000元。\n"
)


def test_report_headings_with_the_agencys_text_under_them_are_no_slip() -> None:
    """Ruling 25: a kept 处理意见及依据 heading is legitimate; what stands under it decides."""
    assert drafting_slips(REPORT_HEADINGS, "行政处罚决定书") == []


def test_report_heading_with_proposal_wording_or_nothing_under_it() -> None:
    proposal = REPORT_HEADINGS.replace("决定处罚如下", "建议对当事人处以")
    assert [slip.kind for slip in drafting_slips(proposal, "行政处罚决定书")] == ["proposal"]
    empty = REPORT_HEADINGS.replace("当事人已于2024年5月6日提交整改材料。\n", "")
    slips = drafting_slips(empty, "行政处罚决定书")
    assert [(slip.kind, slip.quote) for slip in slips] == [("blank", "其他需要说明的事项")]


@pytest.mark.parametrize(
    "text",
    [
        "【违法事实】经查，当事人销售商品未明码标价。",  # a heading in brackets, opening its line
        "嵩川市监处罚【2024】17号",  # a 文号 year in square brackets
        "本局于2024年3月1日向当事人送达告知书，告知其拟罚款2000元，当事人未提出异议。",  # 拟 in the notice's account
        "联系人：______\n邮政编码：______\n备注：______",  # optional fields left empty (ruling 10)
        "上述事实有现场笔录（载明检查情况）、照片等证据证明。",  # an aside saying what a piece of evidence shows
    ],
)
def test_bracketed_headings_numbers_and_the_notices_proposal_are_no_slip(text: str) -> None:
    assert drafting_slips(text, "行政处罚决定书") == []


def test_statement_period_stated_in_the_sentence_after_the_service() -> None:
    served = "2024年3月1日，本局向当事人送达了《行政处罚告知书》。"
    apart = read_alone(HEAD + PARTY + served + "告知当事人可在收到之日起三个工作日内提出陈述、申辩。\n", "")
    assert apart.statement is not None and apart.statement.period is not None
    assert (apart.statement.period.amount, apart.statement.period.unit) == (3, "working_day")
    # a later period about something else (the fine) is no statement period
    other = read_alone(HEAD + PARTY + served + "当事人未提出异议。当事人应在十五日内缴纳罚款。\n", "")
    assert other.statement is not None and other.statement.period is None


@pytest.mark.parametrize("line", ["2024年3月4日 第2页", "2024年3月4日 第2页共2页", "2024年3月4日 -2-"])
def test_signing_date_beside_a_page_number(line: str) -> None:
    facts = read_alone(HEAD + PARTY + "嵩川县市场监督管理局\n" + line + "\n", "")
    assert facts.dated == "dated" and facts.date is not None and facts.date.value == dt.date(2024, 3, 4)


def test_a_date_inside_a_sentence_is_no_signing_date() -> None:
    assert read_alone(HEAD + PARTY + "本局于2024年3月4日第2次检查时发现违法行为。\n", "").dated == "missing"


@pytest.mark.parametrize(
    "block",
    [
        # a table cell whose label names its other wording (名称（字号）) before the gap
        "名称（字号）　　某区某某家具店\n经　营　者　　　某某某\n统一社会信用代码　92419901MA865GXD4U\n经营场所　　某市某区某路18号\n",
        # the party introduced in a sentence that says what it is, no colon
        "当事人某县某某山货店，个体工商户，统一社会信用代码92419901MA865GXD4U，经营场所某县某路7号，经营者李某。\n",
        # 被处罚人 with its short name in brackets, the sentence wrapped inside the code's label
        "被处罚人某某有限公司某某营业部（以下简称当事人），统\n一社会信用代码91419901MA865GXD4U，营业场所某市某路2号。\n",
        # code and address in brackets straight after the name
        "当事人某某有限公司（统一社会信用代码：91419901MA865GXD4U；住所：某县某镇1号），系某景区经营者。\n",
        # what the party is said after 系
        "当事人某县某某服务中心，系事业单位法人，统一社会信用代码12419901MA865GXD4U，住所某县某路1号。\n",
        # a 个体工商户 printed operator first
        "经营者：李某（字号：某区某某面馆）\n统一社会信用代码：92419901MA865GXD4U\n经营场所：某区某路19号\n",
        # 系个体工商户 after the shop's name
        "当事人某县某某粮油店，系个体工商户，经营者李某，统一社会信用代码92419901MA865GXD4U，经营场所某县某街1号。\n",
        # a natural person told by sex and birth before the ID number
        "当事人李某某，男，1970年1月出生，公民身份号码4199011970********，住址某县某镇某村三组。\n",
        # no label: an organisation's name alone on its line, its code and address on the lines under it
        "某县某某中医门诊部\n统一社会信用代码：52419901MA865GXD4U\n住所：某县某路19号\n",
    ],
    ids=[
        "bracketed cell label",
        "sentence",
        "wrapped 被处罚人 sentence",
        "bracket after name",
        "系",
        "operator first",
        "系个体工商户",
        "person by sex",
        "unlabelled name line",
    ],
)
def test_party_block_in_other_layouts(block: str) -> None:
    party = read_alone("某县市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕8号\n" + block + "经查，……", "").party
    assert party is not None and (party.code, party.address) == ("given", "given")


@pytest.mark.parametrize(
    "line",
    [
        "当事人于2024年3月1日在某县某路销售商品，住所不明。",
        "当事人的上述行为，违反了某法的规定。",
        "被处罚人于2024年3月1日系初次违法，住所不明。",
        "当事人的男装店，系个体工商户经营，住所不明。",
        # a sentence that wraps right after a company's name, the next line going on with 住所
        "本局执法人员对某某商贸有限公司\n住所进行了检查。",
    ],
)
def test_a_narrative_sentence_opens_no_party_block(line: str) -> None:
    """Must not match: a sentence about the party that does not introduce it."""
    assert read_alone("某县市场监督管理局\n行政处罚决定书\n" + line + "\n经查，……", "").party is None


def test_a_persons_address_after_住址_without_a_colon() -> None:
    """当事人某某，男，…，住址某县某镇某村: the address is given; 住址不详 gives none."""
    head = "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕8号\n"
    line = "当事人李某某，男，1970年1月出生，公民身份号码4199011970********，住址{}。\n经查，……"
    party = read_alone(head + line.format("某县某镇某村三组"), "").party
    assert party is not None and (party.code, party.address) == ("given", "given")
    unknown = read_alone(head + line.format("不详"), "").party
    assert unknown is not None and unknown.address != "given"


@pytest.mark.parametrize(
    "officers",
    [
        "执法人员：某甲（执法证号：0000****）　某乙（执法证号：0000****）　2025年8月1\n9日",
        "执法人员：某甲、某乙　2025年8月19日",
    ],
)
def test_a_short_decision_dated_on_its_officers_line(officers: str) -> None:
    """A 当场 decision's form dates the officers' signature line, here wrapped inside the day."""
    text = HEAD + PARTY + f"处罚款200元。\n{officers}\n当事人签名：某丙　　嵩川县市场监督管理局（印章）\n"
    alone = read_alone(text, "当场行政处罚决定书")
    assert alone.dated == "dated" and alone.date is not None and alone.date.value == dt.date(2025, 8, 19)


def test_a_date_told_in_a_sentence_on_the_officers_line_is_no_signing_date() -> None:
    """Must not match: the officers' line tells an act (执法人员某甲于…检查), it is not signed with the date."""
    text = HEAD + PARTY + "执法人员：某甲、某乙于2025年8月19日到场检查\n嵩川县市场监督管理局（印章）\n"
    assert read_alone(text, "").dated == "missing"


def test_notice_service_told_without_its_year_and_a_statement_handed_in_after_it() -> None:
    """The service is read as the notice_served field reads it (the year from the story, the sentence after the
    making); a written statement handed in (提交的书面陈述材料) is a statement made."""
    text = (
        HEAD
        + PARTY
        + "2024年3月1日，本局作出《行政处罚告知书》。3月4日，执法人员将告知书直接送达当事人。"
        + "3月6日，本局收到当事人提交的书面陈述材料，当事人称其系初次违法。\n某某市市场监督管理局\n2024年3月8日\n"
    )
    told = read_alone(text, "").statement
    assert told is not None and told.served.value == dt.date(2024, 3, 4) and told.made
    silent = read_alone(text.replace("3月6日，本局收到当事人提交的书面陈述材料，当事人称其系初次违法。", ""), "")
    assert silent.statement is not None and not silent.statement.made


def test_a_party_block_typed_in_full_width_is_read_as_in_ascii() -> None:
    """９２４１… and 某路１２号 in full width are a code and an address given; a full-width dash is still a blank."""
    wide = (
        "当事人：某某小店\n统一社会信用代码：９２４１０１００ＭＡ４４ＸＹ１２１Ｋ\n经营场所：某县某路１２号\n经查，……"
    )
    party = read_alone(HEAD + wide, "").party
    assert party is not None and (party.code, party.address) == ("given", "given")
    assert party.line == "当事人：某某小店"  # quoted as printed
    blank = read_alone(HEAD + "当事人：某某小店\n统一社会信用代码：－\n经营场所：某县某路１２号\n经查，……", "").party
    assert blank is not None and blank.code == "blank"


def test_a_label_with_a_space_in_a_sentence_after_the_narrative_opens_no_party_block() -> None:
    """当事人 如对本决定不服… (a space a text layer put there) below the narrative is no table row; the party named
    above it without a label stays the party."""
    text = (
        "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕8号\n某县某某门诊部\n统一社会信用代码：52419901MA865GXD4U\n"
        "住所：某县某路19号\n2024年3月1日，本局执法人员对当事人进行检查。\n当事人 如对本决定不服，可以申请行政复议。\n"
    )
    party = read_alone(text, "").party
    assert party is not None and (party.code, party.address) == ("given", "given")
    # must still match: a table row with a gap at the top of the decision
    table = "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕8号\n当事人 某某商行\n统一社会信用代码 92419901MA865GXD4U\n住所 某县某路1号\n经查，……"
    party = read_alone(table, "").party
    assert party is not None and party.line.startswith("当事人：某某商行")


@pytest.mark.parametrize(
    ("head", "year", "serial"),
    [
        ("某市监罚〔２０２４〕１５号", 2024, True),
        ("某市监处罚〔２０２５〕Ｘ００７号", 2025, True),
        ("某罚〔２０２４〕号", 2024, False),
    ],
)
def test_own_number_in_full_width(head: str, year: int, serial: bool) -> None:
    facts = read_alone(f"某县市场监督管理局\n行政处罚决定书\n{head}\n{PARTY}", "")
    assert facts.number is not None and (facts.number.year, facts.number.serial) == (year, serial)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that opens with a date, rewrapped so that no comma is left on its first line
        "2024年3月2日执法人员对该店负责人进行\n调查询问。",
        # a date broken inside a sentence, its day on the next line with the sentence going on
        "明细表（2024年1月1日至\n2024年8\n月11日期间）1份。",
    ],
)
def test_a_date_inside_a_sentence_is_never_the_signing_date(line: str) -> None:
    """Must not match: dates a line break leaves at a line's start or alone on a line, the sentence going on."""
    facts = read_alone(HEAD + PARTY + "经查，……\n" + line + "\n（某县市场监督管理局印章）\n", "")
    assert facts.dated == "missing"


@pytest.mark.parametrize(
    "tail",
    [
        "2024年3月4日\n",
        "2024年3月\n4日\n",
        "2024年3月4日 某县市场监督管理局（印章）\n",
        "２０２４ ２０２４年３月４日\n",
        "2024年3月4日 第2页\n",
    ],
)
def test_signing_dates_with_what_may_share_their_line(tail: str) -> None:
    facts = read_alone(HEAD + PARTY + "经查，……\n某县市场监督管理局\n" + tail, "")
    assert facts.dated == "dated" and facts.date is not None and facts.date.value == dt.date(2024, 3, 4)


def test_remedies_periods_in_full_width() -> None:
    text = (
        HEAD
        + PARTY
        + "如不服本决定，可以在收到本决定书之日起６０日内向某县人民政府申请行政复议，也可以在６个月内依法向某县人民法院提起行政诉讼。"
    )
    remedies = read_alone(text, "").remedies
    assert remedies is not None and (remedies.review_days, remedies.litigation_months) == (60, 6)


def test_wording_slips_read_across_a_page_foot_and_blanks_as_printed() -> None:
    """A proposal a page's running foot cuts (建 / 本文书一式两份… / 议给予) is read in the text with the foot
    blanked; a copy note left unfilled is read in the text as printed."""
    printed = "本局认为，建\n本文书一式两份，一份送达当事人，一份存档。\n议给予当事人警告的行政处罚。\n本文书一式 份。"
    body = "本局认为，建\n\n议给予当事人警告的行政处罚。\n本文书一式 份。"
    kinds = {slip.kind for slip in drafting_slips(printed, "行政处罚决定书", body)}
    assert {"proposal", "blank"} <= kinds
    assert "proposal" not in {slip.kind for slip in drafting_slips(printed, "行政处罚决定书")}


def test_numbered_party_lines_open_the_party_block() -> None:
    head = "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕8号\n当事人情况：\n"
    block = "（1）名称：某县某某超市\n（2）统一社会信用代码：92419901MA865GXD4U\n（3）经营场所：某县某路7号\n"
    party = read_alone(head + block + "经查，……", "").party
    assert party is not None and (party.code, party.address) == ("given", "given")


@pytest.mark.parametrize("party_line", ["当事人：某市某某有限公司", "当事人：某市某某\n有限公司"])
def test_a_cover_pages_bare_party_line_takes_the_bodys_block(party_line: str) -> None:
    """The cover names the party alone (its line may wrap once); the body prints it again with the details."""
    cover = f"某市市场监督管理局\n行政处罚决定书\n某市监处〔2024〕8号\n{party_line}\n"
    body = "一、当事人基本情况\n当事人：某市某某有限公司\n统一社会信用代码：91419901MA865GXD4U\n住所：某市某路1号\n"
    party = read_alone(cover + body + "二、违法事实\n经查，……", "").party
    assert party is not None and (party.code, party.address) == ("given", "given")


def test_a_different_party_line_later_is_no_repeat() -> None:
    """Must not match: the body names another party (one that only begins like it), so the cover's party stays
    unidentified."""
    cover = "某市市场监督管理局\n行政处罚决定书\n当事人：某市某某\n有限公司\n"
    body = "一、基本情况\n当事人：某市某某有限公司分公司\n统一社会信用代码：91419901MA865GXD4U\n住所：某市某路1号\n"
    party = read_alone(cover + body + "二、违法事实\n经查，……", "").party
    assert party is not None and party.code == "absent"


@pytest.mark.parametrize(
    ("bottom", "raw"),
    [
        ("文号：嵩市监处罚〔2024〕17号", "文号：嵩市监处罚〔2024〕17号"),  # labelled, below the signature block
        ("编号：嵩市监处罚〔2024〕17号", "编号：嵩市监处罚〔2024〕17号"),
        # must not match: another decision's number under its own label is not this decision's
        ("原决定文号：嵩市监处罚〔2023〕5号", None),
        ("告知书文号：嵩市监罚告〔2024〕9号", None),
    ],
)
def test_a_labelled_number_below_the_signature(bottom: str, raw: str | None) -> None:
    """A decision with no 文号 under its title may print it, labelled 文号：, below the signature block."""
    text = "嵩川县市场监督管理局\n行政处罚决定书\n" + PARTY + "……\n嵩川县市场监督管理局\n2024年3月4日\n" + bottom + "\n"
    facts = read_alone(text, "行政处罚决定书")
    got = facts.number.raw if facts.number is not None else None
    assert got == raw
    assert facts.number is None or facts.number.outside_heading


_JOINT_HEAD = "某区市场监督管理局\n行政处罚决定书\n某市监罚〔2025〕9号\n"
_FIRST = "当事人一：某市某某有限公司\n统一社会信用代码：91419901MA865GXD4U\n住所：某市某路1号\n"


@pytest.mark.parametrize("label", ["被处罚人（一）", "被处罚人(一)", "被处罚人一"])
def test_numbered_punished_persons_each_need_code_and_address(label: str) -> None:
    second = label.replace("一", "二")
    first = f"{label}：某市某某有限公司\n统一社会信用代码：91419901MA865GXD4U\n住所：某市某路1号\n"
    shop = f"{second}：某区晓风茶叶店\n统一社会信用代码：92419901MA865GXD4U\n经营场所：某区某街2号\n"
    party = read_alone(f"{_JOINT_HEAD}{first}{shop}经查，……", "").party
    assert party is not None and party.line.startswith("被处罚人")
    assert (party.code, party.address) == ("given", "given")
    party = read_alone(f"{_JOINT_HEAD}{first}{second}：某区晓风茶叶店\n经营者：李某\n经查，……", "").party
    assert party is not None and party.code == "absent"  # the second party's code is missing


def test_a_sentence_opening_with_a_numbered_party_heads_no_block() -> None:
    """Must not match: the narrative's 当事人一为… is no third party missing its code."""
    second = "当事人二：某区某某店\n统一社会信用代码：92419901MA865GXD4U\n经营场所：某区某街2号\n"
    text = f"{_JOINT_HEAD}{_FIRST}{second}当事人一为某品牌的特许人，当事人二为其被特许人。\n经查，……"
    party = read_alone(text, "").party
    assert party is not None and (party.code, party.address) == ("given", "given")


def test_a_letter_spaced_sentence_opening_with_a_numbered_party_heads_no_block() -> None:
    """当事人一 为…。 with a single space printed after the label is still the narrative's sentence, not a table row."""
    second = "当事人二：某区某某店\n统一社会信用代码：92419901MA865GXD4U\n经营场所：某区某街2号\n"
    for told in ("当事人一 为某品牌的特许人，当事人二为其被特许人。\n", "当事人二 对此无异议。\n"):
        party = read_alone(f"{_JOINT_HEAD}{_FIRST}{second}{told}经查，……", "").party
        assert party is not None and (party.code, party.address) == ("given", "given"), told


@pytest.mark.parametrize("gap", ["　", "  ", " "])
def test_a_numbered_party_table_row_with_a_gap_still_heads_its_block(gap: str) -> None:
    """Must not match: 当事人二 某某店 (a cell's gap, no full stop after) heads the second party's block, whose
    missing code is reported; a wide gap is a cell's even before a full stop."""
    second = f"当事人二{gap}某区晓风茶叶店\n经营者：李某\n"
    party = read_alone(f"{_JOINT_HEAD}{_FIRST}{second}经查，……", "").party
    assert party is not None and party.code == "absent"
    if gap != " ":
        stopped = f"当事人二{gap}某区晓风茶叶店，经营者李某。\n"
        party = read_alone(f"{_JOINT_HEAD}{_FIRST}{stopped}经查，……", "").party
        assert party is not None and party.code == "absent"


def test_a_party_said_to_have_no_code_and_one_living_at_the_same_address() -> None:
    second = "当事人二：张某，女，身份证号码：4101**********0861，住址同上。\n"
    third = "当事人三：某市某某有限公司某门店（未办理登记，无独立统一社会信用代码）\n经营场所：某区某街6号\n"
    party = read_alone(f"{_JOINT_HEAD}{_FIRST}{second}{third}经查，……", "").party
    assert party is not None and (party.code, party.address) == ("given", "given")


@pytest.mark.parametrize(
    "second",
    [
        "当事人二：某区某某店\n统一社会信用代码：无\n经营场所：某区某街2号\n",
        "当事人二：某区某某店\n住址：\n经营场所：\n",
    ],
)
def test_a_code_or_address_left_blank_is_still_missing(second: str) -> None:
    """Must not match: 代码：无 and an empty 住址： are blanks, not a code said not to exist or an address by
    reference."""
    party = read_alone(f"{_JOINT_HEAD}{_FIRST}{second}经查，……", "").party
    assert party is not None and (party.code, party.address) != ("given", "given")


@pytest.mark.parametrize("bar", ["┃", "｜"])
def test_a_ruled_party_table_under_its_section_heading_is_the_party_block(bar: str) -> None:
    rows = (
        f"一、当事人基本情况\n{bar}当事人一{bar}某市某某有限公司{bar}统一社会信用代码：91419901MA865GXD4U{bar}住所：某市某路1号\n"
        f"{bar}当事人二{bar}某市某某有限公司某分公司{bar}统一社会信用代码：91419901MA865GXD4U{bar}营业场所：某县某路2号\n"
    )
    party = read_alone(f"{_JOINT_HEAD}{rows}二、违法事实及证据\n经查，……", "").party
    assert party is not None and (party.code, party.address) == ("given", "given")


def test_a_table_row_after_another_first_heading_is_still_no_party_block() -> None:
    """Must not match: under 一、违法事实 the narrative has begun; a label with a gap there is a sentence's words."""
    text = f"{_JOINT_HEAD}一、违法事实\n当事人 如对本决定不服，可以申请复议。\n经查，……"
    assert read_alone(text, "").party is None


def test_a_party_sentence_with_its_former_name_in_brackets_opens_the_block() -> None:
    line = (
        "当事人某市某某酒店有限公司（原名称某市某某宾馆有限公司，于2024年9月3日变更为现名称），"
        "统一社会信用代码91419901MA865GXD4U，住所某市某路1号。\n"
    )
    party = read_alone(f"{_JOINT_HEAD}{line}经查，……", "").party
    assert party is not None and (party.code, party.address) == ("given", "given")


def test_a_former_name_bracket_going_on_with_the_narrative_opens_no_block() -> None:
    """Must not match: 当事人某公司（原名称…）于… goes on with what it did, not with what it is."""
    text = f"{_JOINT_HEAD}当事人某市某某酒店有限公司（原名称某市某某宾馆有限公司）于2024年8月销售客房服务未标价。\n"
    assert read_alone(text, "").party is None


def test_the_time_to_pay_just_before_a_review_offer_is_not_its_period() -> None:
    # a run-on sentence: the payment's 十五日 stands two clauses before the 复议 offer with its own 六十日
    told = read_remedies(
        "本局决定罚款200元，当事人应自收到本决定书之日起十五日内缴纳罚款，如不服本决定，可以在收到本决定书之日起"
        "六十日内向某某县人民政府申请行政复议，或者在六个月内向某某县人民法院提起行政诉讼。"
    )
    assert told is not None and told.review_days == 60


def test_a_wrong_review_period_in_the_clause_before_is_still_read() -> None:
    # must not match: the clause before gives the 复议's own (wrong) period, not a time to pay
    told = read_remedies(
        "如不服本决定，可以自收到本决定书之日起三十日内，向某某县人民政府申请行政复议，"
        "也可以在六个月内向某某县人民法院提起行政诉讼。"
    )
    assert told is not None and told.review_days == 0


def test_a_party_line_wrapped_inside_its_bracket_goes_on_however_the_next_line_opens() -> None:
    """当事人：某某公司（原名称：某某店， / 2023年4月2日变更名称） — the note in brackets wrapped at a date: the
    line under it carries on the party block, whose code and address below still count."""
    wrapped = (
        "当事人：某某能源有限公司（原名称：某某石化经营部，\n2023年4月2日变更名称）\n"
        "统一社会信用代码：91410100MA44XY121K\n住所：某县某路12号\n经查，……"
    )
    party = read_alone(HEAD + wrapped, "").party
    assert party is not None and (party.code, party.address) == ("given", "given")
    # must not match: a closed bracket ends the party line, and a dated line under it opens the narrative
    closed = (
        "当事人：某某能源有限公司（个体工商户）\n"
        "2023年4月2日，本局检查当事人，其统一社会信用代码：91410100MA44XY121K，住所：某县某路12号。"
    )
    party = read_alone(HEAD + closed, "").party
    assert party is not None and party.code == "absent"


def test_a_cover_line_named_again_under_another_label_in_the_body() -> None:
    """当事人：某某公司 on the cover, 名称：某某公司 with its code and address in the body's party section."""
    text = (
        HEAD + "当事人：嵩川县某某电子商务有限公司\n第1页\n一、当事人基本情况\n名称：嵩川县某某电子商务有限公司\n"
        "统一社会信用代码：91410100MA44XK2T1K\n住所：嵩川县中原路12号\n二、违法事实及证据\n2024年3月1日，……"
    )
    party = read_alone(text, "").party
    assert party is not None and (party.code, party.address) == ("given", "given")
    # must not match: another name under the body's label is no repeat of the cover's party
    other = text.replace("名称：嵩川县某某电子商务有限公司", "名称：嵩川县另一家贸易有限公司")
    party = read_alone(other, "").party
    assert party is not None and party.code != "given"


def test_a_bracketed_party_heading_opens_the_party_block() -> None:
    """【当事人】某公司，统一社会信用代码…，住所…: the block is read; the next bracketed heading ends it."""
    block = "【当事人】嵩川县示例餐饮管理有限公司，统一社会信用代码92410100MA44****1K，住所嵩川县临江路9号。\n"
    party = read_alone(HEAD + block + "【案件来源】2022年3月8日，本局接到投诉。\n", "").party
    assert party is not None and (party.code, party.address) == ("given", "given")


def test_a_bracketed_heading_about_the_partys_statement_opens_no_block() -> None:
    """must not match: 【当事人陈述申辩】 heads what the party said."""
    assert read_alone(HEAD + "【当事人陈述申辩】当事人未提出陈述、申辩。\n", "").party is None


def test_a_numbered_heading_naming_the_routes_offers_neither() -> None:
    """六、申请行政复议或者提起行政诉讼的途径 over a 复议-first sentence: the heading offers no direct litigation."""
    told = read_remedies(
        "六、申请行政复议或者提起行政诉讼的途径\n根据《示例价格规定》第二十条的规定，当事人对本处罚决定不服的，"
        "应当在收到本决定书之日起六十日内先向嵩川县人民政府申请行政复议；\n对行政复议决定不服的，可以依法向人民法院提起行政诉讼。"
    )
    assert told is not None and told.review_days == 60 and told.only_after_review
    assert not told.direct_litigation


def test_a_numbered_list_item_that_offers_a_route_is_no_heading() -> None:
    """must not match: a short numbered item with its period and body (（一）六十日内向…申请复议) is the offer itself."""
    told = read_remedies(
        "如不服本决定，可以：\n（一）六十日内向嵩川县人民政府申请行政复议\n也可以在六个月内向嵩川县人民法院提起行政诉讼。"
    )
    assert told is not None and told.review_days == 60
    assert told.direct_litigation and told.litigation_months == 6


def test_a_bracketed_party_heading_over_labelled_lines_quotes_the_name_line() -> None:
    """must not match: 【当事人】 alone over 名称：… opens no block of its own; the 名称 line does."""
    block = (
        "【当事人】\n名称：嵩川县示例餐饮管理有限公司\n统一社会信用代码：92410100MA44****1K\n住所：嵩川县临江路9号\n"
    )
    party = read_alone(HEAD + block + "经查，……\n", "").party
    assert party is not None and party.line.startswith("名称") and (party.code, party.address) == ("given", "given")


def test_an_address_under_a_bracketed_label() -> None:
    """【经营场所】某某县…: a label set in brackets is closed by its bracket, as by a colon."""
    head = "某县市场监督管理局\n当场行政处罚决定书\n某市监当〔2022〕5号\n"
    block = "【当事人】某某县老张五金店（个体工商户）\n【统一社会信用代码】92180321MA3D8K2W7H\n{}\n经查，……"
    party = read_alone(head + block.format("【经营场所】某某县河西街道建材市场C幢8号"), "").party
    assert party is not None and party.address == "given"
    # must not match: a bracket closing some other label after the word is no address label
    party = read_alone(head + block.format("【是否有经营场所】无"), "").party
    assert party is not None and party.address != "given"


def test_a_table_that_gives_each_party_a_row_identifies_them() -> None:
    """序号｜当事人名称｜统一社会信用代码｜住所: every row's party is identified by its own cells; an empty code cell
    leaves that party without one."""
    head = "序号 | 当事人名称 | 统一社会信用代码 | 住所\n"
    first = "1 | 某市某某有限公司 | 91419901MA865GXD4U | 某市某路1号\n"
    second = "2 | 某区晓风茶叶店 | 92419901MA865GXD4U | 某区某街2号\n"
    party = read_alone(f"{_JOINT_HEAD}{head}{first}{second}经查，……", "").party
    assert party is not None and (party.code, party.address) == ("given", "given")
    blank = "2 | 某区晓风茶叶店 | — | 某区某街2号\n"
    party = read_alone(f"{_JOINT_HEAD}{head}{first}{blank}经查，……", "").party
    assert party is not None and party.code == "absent"


def test_a_statement_to_the_first_notice_does_not_answer_the_second() -> None:
    """Ruling 64: after a second 告知 the period runs from its service; a statement made to the first notice does
    not close it, one made after the second service does."""
    first = "本局于2023年8月21日向当事人送达《行政处罚告知书》。当事人在陈述申辩中提交了销售记录。违法事实发生变化。"
    again = "本局于2023年9月22日重新作出《行政处罚告知书》，并于2023年9月25日直接送达当事人。"
    silent = read_alone(HEAD + PARTY + first + again + "当事人收到后未再提出意见。\n", "").statement
    assert silent is not None and silent.served.value == dt.date(2023, 9, 25) and not silent.made
    # must not match: a statement made after the second service, or to a single notice, still counts
    answered = read_alone(HEAD + PARTY + first + again + "当事人再次提出书面陈述，称已退款。\n", "").statement
    assert answered is not None and answered.made
    single = read_alone(HEAD + PARTY + first + "\n", "").statement
    assert single is not None and single.made


@pytest.mark.parametrize("label", ["【日期】", "〖日期〗", "〔日期〕", "日期："])
def test_a_signing_date_under_a_case_system_s_bracketed_label(label: str) -> None:
    """A case system prints its fields as 【label】value: 【日期】2024年3月4日 is the signing date."""
    text = HEAD + PARTY + "【执法机关】某县市场监督管理局（印章）\n" + label + "2024年3月4日\n"
    facts = read_alone(text, "行政处罚决定书")
    assert facts.dated == "dated" and facts.date is not None and facts.date.value == dt.date(2024, 3, 4)


@pytest.mark.parametrize("line", ["【立案日期】2024年3月4日", "【违法事实】2024年3月4日，当事人未明码标价。"])
def test_another_bracketed_field_s_date_is_no_signing_date(line: str) -> None:
    """Must not match: a bracketed field that is not the decision's date, or a sentence opening with a date."""
    assert read_alone(HEAD + PARTY + line + "\n（某县市场监督管理局印章）\n", "").dated == "missing"


@pytest.mark.parametrize(
    "block",
    [
        # a case system's form exported cell by cell: each label alone on its line, its value under it
        (
            "当事人名称\n嵩川县好运来商贸有限公司\n统一社会信用代码\n91410100MA44R2KX1K\n住所\n嵩川县中原路12号\n"
            "法定代表人（负责人）\n王某\n案由\n不明码标价\n"
        ),
        # …or its labels in brackets before their values
        "〖当事人名称〗嵩川县好运来商贸有限公司\n〖统一社会信用代码〗91410100MA44R2KX1K\n〖住所〗嵩川县中原路12号\n",
        "〔当事人名称〕嵩川县好运来商贸有限公司\n〔统一社会信用代码〕91410100MA44R2KX1K\n〔住所〕嵩川县中原路12号\n",
        # a person's form: the ID's kind printed before its number
        (
            "当事人姓名\n张春生\n身份证件类型及号码\n居民身份证　4101**********1234\n住址\n嵩川县某镇某村6号\n"
            "主体资格证照名称/统一社会信用代码\n无\n"
        ),
    ],
)
def test_party_block_printed_as_a_case_system_form(block: str) -> None:
    party = read_alone(HEAD + block + "经查，……", "").party
    assert party is not None and (party.code, party.address) == ("given", "given")


def test_a_form_with_its_code_cell_left_empty_still_fails() -> None:
    """Must not match: a form whose code label stands alone with nothing under it but the next label, and whose
    ID's kind is printed with no number: the code is blank, not given."""
    company = read_alone(
        HEAD + "当事人名称\n嵩川县好运来商贸有限公司\n统一社会信用代码\n住所\n嵩川县中原路12号\n经查，……", ""
    ).party
    assert company is not None and company.code != "given"
    person = read_alone(
        HEAD + "当事人姓名\n张春生\n身份证件类型及号码\n居民身份证\n住址\n嵩川县某镇某村6号\n经查，……", ""
    ).party
    assert person is not None and person.code != "given"


#: A credit code printed in full (its check character holds): the block is not redacted.
FULL_CODE = "91411322MA9K7TQ20J"


def test_a_name_left_as_a_fill_in_line_beside_a_full_code_is_blank() -> None:
    block = f"当事人名称：__________\n统一社会信用代码：{FULL_CODE}\n住所：嵩川县中原路12号\n经查，……"
    party = read_alone(HEAD + block, "").party
    assert party is not None and party.name == "blank"


@pytest.mark.parametrize(
    "block",
    [
        # must not match: a copy redacted for publication hides the code too
        "当事人名称：__________\n统一社会信用代码：92410100MA44****1K\n住所：嵩川县中原路12号\n经查，……",
        # …or keeps part of the name
        f"当事人：王____\n统一社会信用代码：{FULL_CODE}\n住所：嵩川县中原路12号\n经查，……",
        f"当事人：嵩川县好运来超市\n统一社会信用代码：{FULL_CODE}\n住所：嵩川县中原路12号\n经查，……",
    ],
)
def test_a_redacted_or_filled_name_is_given(block: str) -> None:
    party = read_alone(HEAD + block, "").party
    assert party is not None and party.name == "given"


def test_the_disposition_names_the_organisation_it_punishes() -> None:
    text = (
        HEAD
        + PARTY
        + "依据《价格法》第四十二条的规定，本局决定对嵩川县好运来商贸有限公司作出如下行政处罚：罚款2000元。\n"
    )
    party = read_alone(text, "").party
    assert party is not None and party.punished == "嵩川县好运来商贸有限公司"


@pytest.mark.parametrize(
    "disposition",
    [
        "本局决定对当事人作出如下行政处罚：罚款2000元。",
        "本局决定对该公司处以罚款2000元。",
        "本局决定对两当事人分别处以罚款。",
        "本局决定对王某某处以罚款2000元。",  # a person, not an organisation
    ],
)
def test_a_disposition_by_reference_names_no_one(disposition: str) -> None:
    """Must not match: the party named by reference (当事人, 该公司) or no organisation at all."""
    party = read_alone(HEAD + PARTY + disposition + "\n", "").party
    assert party is not None and party.punished is None


def test_a_party_sentence_with_its_former_name_opens_the_block() -> None:
    line = (
        "当事人嵩川县好运来商贸有限公司（原名嵩川县好运来商行有限公司，统一社会信用代码：91411322MA9K7TQ20J，"
        "住所：嵩川县中原路12号，法定代表人：王某某）于2025年3月1日起在其门店销售商品……\n"
    )
    party = read_alone(HEAD + line, "").party
    assert party is not None and (party.code, party.address) == ("given", "given")
    # must not match: a former name followed by the narrative describes no party
    narrative = "当事人嵩川县好运来商贸有限公司（原名嵩川县好运来商行有限公司，于2025年3月更名）在其门店销售商品……\n"
    assert read_alone(HEAD + narrative, "").party is None


@pytest.mark.parametrize(
    ("head", "serial"),
    [
        ("某市监稽罚〔2025〕KT-041号", True),  # series letters and a hyphen before the serial
        ("某市监罚字〔2025〕第B307号", True),
        ("某市监罚〔2025〕ＭＺ０９号", True),
        # must not match: letters with no serial after them are no serial
        ("某市监罚〔2025〕QR号", False),
    ],
)
def test_own_number_with_series_letters(head: str, serial: bool) -> None:
    facts = read_alone(f"某县市场监督管理局\n行政处罚决定书\n{head}\n{PARTY}", "")
    assert facts.number is not None and (facts.number.year, facts.number.serial) == (2025, serial)
