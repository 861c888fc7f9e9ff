"""Amounts in figures and capitals, their roles, and the penalty section of decisions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.fields.money import find_amounts, parse_amount, penalty_amounts, read_penalty

D = Decimal

FORMS = [
    ("plain", "5000元", D(5000), "figures"),
    ("thousands and cents", "5,000.00元", D(5000), "figures"),
    ("yen sign", "¥5000", D(5000), "figures"),
    ("full-width yen sign", "￥5,000", D(5000), "figures"),
    ("half a 万", "0.5万元", D(5000), "figures"),
    ("万", "3万元", D(30000), "figures"),
    ("人民币", "人民币5000元", D(5000), "figures"),
    ("cents", "人民币1234.56元", D("1234.56"), "figures"),
    ("full-width digits", "５０００元", D(5000), "figures"),
    ("full-width comma", "５，０００．００元", D(5000), "figures"),
    ("ocr spaces", "30 000元", D(30000), "figures"),
    ("ocr letter O", "3OOOO元", D(30000), "figures"),
    ("capitals 整", "伍仟元整", D(5000), "words"),
    ("capitals mixed units", "壹万贰仟叁佰元", D(12300), "words"),
    ("capitals 人民币", "人民币叁佰元整", D(300), "words"),
    ("capitals 万", "叁万元整", D(30000), "words"),
    ("capitals 拾万", "壹拾伍万元整", D(150000), "words"),
    ("capitals 拾万 plain", "伍拾万元整", D(500000), "words"),
    ("jiao and fen", "玖角伍分", D("0.95"), "words"),
    ("yuan jiao", "壹佰零伍元伍角", D("105.5"), "words"),
    ("yuan 零 fen", "叁元零伍分", D("3.05"), "words"),
    ("亿", "壹亿贰仟万元整", D(120000000), "words"),
    ("lower case", "二十五万元", D(250000), "words"),
    ("capitals split by a line break", "壹拾伍\n万元整", D(150000), "words"),
    ("圆", "伍佰圆整", D(500), "words"),
]


@pytest.mark.parametrize(("text", "value", "form"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_each_form_is_read_whole(text: str, value: Decimal, form: str) -> None:
    (amount,) = find_amounts(text)
    assert (amount.value, amount.form, amount.raw, amount.start, amount.end) == (value, form, text, 0, len(text))
    assert parse_amount(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "2023年5月12日",
        "第3页 共5页",
        "数万元",
        "百分之三",
        "三分之一",
        "身份证号410102199001011234",
        "500毫升/瓶，12瓶/箱",
        "5万箱",
        "豫市监罚〔2023〕15号",
        "",
    ],
)
def test_things_that_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_ocr_corrections_lower_the_confidence() -> None:
    (clean,) = find_amounts("30000元")
    (noisy,) = find_amounts("3OOOO元")
    assert noisy.confidence < clean.confidence


def test_offsets_point_into_the_original_text() -> None:
    text = "罚款人民币３０ ０００元（大写：叁万\n元整）"
    figures, words = find_amounts(text)
    for amount in (figures, words):
        assert text[amount.start : amount.end] == amount.raw
    assert figures.raw == "人民币３０ ０００元" and words.raw == "叁万\n元整"


ROLES = [
    ("罚款人民币5000元", "fine"),
    ("处5000元罚款", "fine"),
    ("没收违法所得人民币2000元", "confiscated_gains"),
    ("没收违法所得2000元，并处罚款10000元", "confiscated_gains"),
    ("没收非法财物服装200件，价值8000元", "confiscated_goods"),
    ("没收用于违法生产的工具、设备（价值3500元）", "confiscated_goods"),
    ("逾期不缴纳的，加处罚款1500元", "surcharge"),
    ("违法经营额共计16200元", "other"),
    ("货值金额2万元", "other"),
    ("每箱进价36元", "other"),
    ("违法所得共计800元", "other"),  # a fact, not a confiscation
    ("对逾期未退还的多收价款1260元予以没收", "confiscated_gains"),  # the seizure told after the money
    ("多收价款1260元，没收违法所得", "other"),  # must not match: a seizure of something else after a comma
    ("未退还的1260元，依据《某规定》第九条第二款的规定，予以没收", "confiscated_gains"),  # its basis between
    ("未退还的1260元，依据《某规定》第九条的规定，责令退还", "other"),  # must not match: no seizure after the basis
]


@pytest.mark.parametrize(("text", "role"), ROLES)
def test_roles_come_from_nearby_words(text: str, role: str) -> None:
    assert find_amounts(text)[0].role == role


def test_capitals_after_figures_take_their_role() -> None:
    figures, words = find_amounts("三、罚款人民币30000元（大写：叁万元整）。")
    assert figures.role == words.role == "fine"


DECISION = """行政处罚决定书
豫郑市监罚〔2023〕88号
当事人：郑州某某食品有限公司
经查，当事人销售超过保质期的食品，货值金额3200元，违法所得1100元。
依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，本局决定对当事人作出如下行政处罚：
一、没收违法所得人民币1100元（大写：壹仟壹佰元整）；
二、罚款人民币50000元（大写：伍万元整）。
当事人应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
"""


def test_penalty_section_gives_each_role_once() -> None:
    assert penalty_amounts(DECISION) == {"confiscated_gains": D(1100), "fine": D(50000)}
    assert read_penalty(DECISION).mismatches == []


def test_a_capital_that_disagrees_is_reported() -> None:
    reading = read_penalty(DECISION.replace("伍万元整", "伍仟元整"))
    assert reading.values["fine"] == D(50000)
    ((figures, words),) = reading.mismatches
    assert (figures.value, words.value) == (D(50000), D(5000))


@pytest.mark.parametrize(
    "lead",
    ["处罚如下：", "决定如下：", "当场作出如下行政处罚：", "本局拟对你单位作出如下行政处罚："],
)
def test_section_markers(lead: str) -> None:
    assert penalty_amounts(f"经查，违法经营额9000元。{lead}罚款人民币２０００元。如不服本决定") == {"fine": D(2000)}


def test_no_penalty_section_means_no_guess() -> None:
    assert penalty_amounts("经查，当事人违法经营额9000元，罚款数额的百分之三。") == {}


def test_samples_fine_matches_the_truth(sample) -> None:
    reading = read_penalty(sample.decision.text)
    assert reading.values["fine"] == Decimal(sample.truth["facts"]["fine_yuan"])
    assert reading.mismatches == []


def test_a_decision_worded_only_as_proposals_imposes_them() -> None:
    text = (
        "本局决定对当事人的违法行为适用减轻处罚，没收违法所得。"
        "依据《某法》第一条的规定，承办人建议对当事人作行政处罚如下：1.罚款500元；2.没收违法所得5元。"
        "依据《某法》第二条的规定，承办人建议对当事人作行政处罚如下：罚款300元。当事人应自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"fine": D(800), "confiscated_gains": D(5)}


def test_a_quoted_discretion_scale_is_no_penalty() -> None:
    text = "裁量基准：警告并处罚款3万元以下。现责令当事人改正，并决定处罚如下：警告；罚款：2000元。当事人应当自收到"
    assert penalty_amounts(text) == {"fine": D(2000)}


def test_capitals_without_yuan_repeated_by_bracketed_figures() -> None:
    text = "决定对当事人作出如下处罚：（一）没收违法所得：人民币伍佰元整（500）；（二）罚款：人民币壹拾贰万壹仟陆佰陆拾捌（121668）。"
    assert penalty_amounts(text) == {"confiscated_gains": D(500), "fine": D(121668)}


TABLE = (
    "依据《某价格法》第四十条的规定，本局决定对当事人作出如下行政处罚：\n"
    "　　处罚种类　　　　　　　　　金额（元）\n"
    "　　没收违法所得　　　　　　　1,286.40\n"
    "　　罚款（违法所得二倍）　　　2,572.80\n"
    "　　合　　计　　　　　　　　　3,859.20\n"
    "当事人应当自收到本决定书之日起十五日内缴纳上述罚没款。"
)


def test_a_penalty_table_headed_in_yuan_gives_its_rows_amounts() -> None:
    """金额（元） heads the column: each row's number is yuan; the bracket saying how the fine was reckoned
    (违法所得二倍) gives it no other role, and the 合计 row totals the rows, counted once."""
    assert penalty_amounts(TABLE) == {"confiscated_gains": D("1286.40"), "fine": D("2572.80")}


@pytest.mark.parametrize(
    "text",
    [
        # must not match: without the header's unit a row's number is a count, not money
        TABLE.replace("金额（元）", "数量（件）"),
        # a number in a row under the header but after no penalty label (a count of items)
        "本局决定对当事人作出如下行政处罚：\n处罚种类　金额（元）\n涉案商品　12\n当事人应当自收到本决定书之日起十五日内缴纳。",
    ],
)
def test_bare_numbers_without_a_table_in_yuan_are_no_amounts(text: str) -> None:
    assert penalty_amounts(text) == {}


@pytest.mark.parametrize("cell", ["——（无法计算）", "——", "无（已全部退还）", "（无法计算）"])
def test_a_table_row_with_no_amount_gives_the_total_below_it_no_role(cell: str) -> None:
    """没收违法所得 ——（无法计算） then 合计 800.00: the empty row ends as an amount would, so the total sums the
    fine and is no confiscation."""
    text = (
        "本局决定：\n处罚种类　　金额（元）\n罚款　　　　800.00\n"
        f"没收违法所得　{cell}\n合计　　　　800.00\n当事人应当自收到本决定书之日起十五日内缴纳罚款。"
    )
    assert penalty_amounts(text) == {"fine": D("800.00")}
    # must not match: a row that does give an amount still totals with its role
    filled = text.replace(cell, "300.00").replace("合计　　　　800.00", "合计　　　　1,100.00")
    assert penalty_amounts(filled) == {"fine": D("800.00"), "confiscated_gains": D("300.00")}


@pytest.mark.parametrize(
    "fine",
    [
        "罚款人民币20,500.00元（其中甲行为罚款20,000.00元，乙行为\n罚款500.00元）",
        "罚款人民币20,500.00元，其中甲行为罚款20,000.00元，乙行为罚款500.00元",
    ],
)
def test_the_parts_of_an_amount_told_after_it_add_nothing(fine: str) -> None:
    """罚款20,500元（其中…20,000元，…500元）: the parts after 其中 restate the fine, they are not further fines."""
    text = f"本局决定：\n1.没收违法所得人民币36.00元；\n2.{fine}。\n当事人应当自收到本决定书之日起十五日内缴纳。"
    assert penalty_amounts(text) == {"confiscated_gains": D("36.00"), "fine": D("20500.00")}


def test_the_parts_after_a_bracketed_repeat_of_the_amount_add_nothing() -> None:
    """壹拾贰万元（¥120,000.00），其中甲承担柒万元…: the parts follow the figures that repeat the amount in brackets;
    they restate the fine shared by the parties, they are not a fine of their own."""
    text = (
        "本局决定：对两当事人共处罚款人民币壹拾贰万元（¥120,000.00），其中当事人一承担柒万元（¥70,000.00），"
        "当事人二承担伍万元（¥50,000.00）。\n当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"fine": D("120000.00")}
    # must not match: two items each with its bracketed figures, and no 其中, still add up
    items = (
        "本局决定：1.对甲行为罚款人民币壹万元（¥10,000.00）；2.对乙行为罚款人民币伍仟元（¥5,000.00）。\n"
        "当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(items) == {"fine": D("15000.00")}


def test_items_without_a_breakdown_still_add_up() -> None:
    """Must not match: two fines in separate items, and an amount after the parts' sentence, are counted."""
    text = (
        "本局决定：1.对甲行为罚款20,000元；2.对乙行为罚款500元（其中含从轻幅度）。3.没收违法所得36元。\n"
        "当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"fine": D("20500"), "confiscated_gains": D("36")}


NUMBERED_TABLE = (
    "本局决定处罚如下：\n"
    "序号　　处罚种类　　　　　金额（元）\n"
    "1　　　没收违法所得　　　2,406.50\n"
    "2　　　罚款（按违法所得的0.5倍计）　1,203.25\n"
    "　　　　合计　　　　　　　3,609.75\n"
    "当事人应当自收到本决定书之日起十五日内缴纳上述罚没款。"
)


def test_a_numbered_table_row_keeps_its_cents_and_a_reckoning_bracket_with_figures() -> None:
    """The next row's number opens its line right after the cents (2,406.50 / 2): the folded text joins them,
    the source's break ends the amount; a row label saying in brackets how the fine was reckoned (按违法所得的0.5倍计)
    is still a fine's label."""
    assert penalty_amounts(NUMBERED_TABLE) == {"confiscated_gains": D("2406.50"), "fine": D("1203.25")}
    # must not match: decimals printed whole in the source are read whole
    assert [a.value for a in find_amounts("单价为12.506元")] == [D("12.51")]
    # a bracket without 倍 in a row label with figures is no reckoning: its row's number is read as no amount
    other = find_amounts(NUMBERED_TABLE.replace("按违法所得的0.5倍计", "见附表2"))
    assert D("1203.25") not in [a.value for a in other]


def test_a_total_line_that_goes_on_with_another_role_totals_that_role_too() -> None:
    """合计：罚款5,360元，没收违法所得2,180元 after the items: both are totals, so the confiscation the items state
    is not counted twice."""
    text = (
        "本局决定处罚如下：\n第一项　罚款1,000元\n第二项　没收违法所得2,180元，罚款4,360元\n"
        "合计　罚款5,360元，没收违法所得2,180元\n当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"fine": D("5360.00"), "confiscated_gains": D("2180.00")}
    # must not match: an amount after the total that other words set apart (另) is an item of its own
    apart = (
        "本局决定处罚如下：罚款1,000元；没收违法所得200元；罚款2,000元，合计罚款3,000元，另没收违法所得300元。\n"
        "当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(apart) == {"fine": D("3000.00"), "confiscated_gains": D("500.00")}


def test_a_fine_worded_after_its_amount_and_the_capitals_that_repeat_it() -> None:
    """处人民币11000元（大写：壹万壹仟元整）罚款: the capitals between the amount and 罚款 do not hide the role."""
    text = "本局决定：\n1、没收违法所得480元；\n2、处人民币11000元（大写：壹万壹仟元整）罚款。\n当事人应自收到本决定书之日起十五日内缴纳。"
    assert penalty_amounts(text) == {"confiscated_gains": D("480.00"), "fine": D("11000.00")}
    # must not match: a bracket of other words between the amount and a later 罚款 gives no role
    other = "本局决定：处人民币11000元（已退还）罚款。\n当事人应自收到本决定书之日起十五日内缴纳。"
    assert penalty_amounts(other).get("fine") is None


def test_a_total_line_with_capitals_goes_on_with_another_role() -> None:
    """合计　罚款5,360元（大写：伍仟叁佰陆拾元整），没收违法所得2,180元（大写：…）: the capitals' closing bracket before
    the comma still lets the total line go on, so the confiscation is not counted twice."""
    text = (
        "本局决定处罚如下：\n第一项　罚款1,000元\n第二项　没收违法所得2,180元，罚款4,360元\n"
        "合计　罚款5,360元（大写：伍仟叁佰陆拾元整），没收违法所得2,180元（大写：贰仟壹佰捌拾元整）\n"
        "当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"fine": D("5360.00"), "confiscated_gains": D("2180.00")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("没收违法所得RMB 23,700.00元", D("23700.00")),  # RMB, a gap before the figures
        ("罚款RMB47,400.00元", D("47400.00")),
        ("罚款ＲＭＢ６０，０００元", D("60000.00")),  # full-width
    ],
)
def test_figures_after_rmb(text: str, value: Decimal) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize("text", ["货号A100元", "型号XRMB100元"])
def test_figures_after_other_letters_are_a_code(text: str) -> None:
    # must not match: letters other than the currency RMB make the figures part of a code
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("line", "fine"),
    [
        ("本局决定对被处罚人（一）、被处罚人（二）各处罚款200元。", "400.00"),
        ("本局决定：对当事人一、当事人二和当事人三各处以罚款1000元。", "3000.00"),
        ("本局决定对两被处罚人各处罚款300元。", "600.00"),
    ],
)
def test_an_amount_imposed_on_each_of_several_parties_counts_for_each(line: str, fine: str) -> None:
    text = f"{line}\n当事人应当自收到本决定书之日起十五日内缴纳罚款。"
    assert penalty_amounts(text) == {"fine": Decimal(fine)}


@pytest.mark.parametrize(
    "line",
    [
        "本局决定对当事人的各项违法行为合并处罚款200元。",
        "本局决定对当事人处罚款200元，各门店的违法行为一并处理。",
    ],
)
def test_each_of_the_violations_or_shops_is_no_several_parties(line: str) -> None:
    """Must not match: 各 that does not share one amount among several named parties leaves the amount once."""
    text = f"{line}\n当事人应当自收到本决定书之日起十五日内缴纳罚款。"
    assert penalty_amounts(text) == {"fine": Decimal("200.00")}


def test_a_seizure_total_with_words_between_its_verb_and_object_is_one_role() -> None:
    text = (
        "本局决定：\n1.没收两当事人违法所得共计9,360元（由两当事人按比例分别缴纳）；\n2.对当事人一处以罚款5,000元。\n"
        "当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"confiscated_gains": Decimal("9360.00"), "fine": Decimal("5000.00")}


def test_a_total_over_a_fine_and_a_seizure_stays_no_one_roles() -> None:
    """Must not match: 罚款及没收违法所得合计 totals two roles and counts for neither."""
    text = "本局决定：对当事人处罚款及没收违法所得合计9,360元。\n当事人应当自收到本决定书之日起十五日内缴纳。"
    assert penalty_amounts(text) == {}


def test_a_penalty_table_cut_by_a_page_break_keeps_its_columns() -> None:
    """The table's header row at one page's foot, its rows on the next, the furniture between blanked to spaces:
    each row's cells still take their columns' roles."""
    header = "本局决定：\n单位\u3000\u3000\u3000没收违法所得\u3000\u3000罚款\n"
    rows = "甲公司\u3000\u3000\u3000700元\u3000\u3000\u30002,000元\n乙商行\u3000\u3000\u3000300元\u3000\u3000\u30001,000元\n"
    tail = "当事人应当自收到本决定书之日起十五日内缴纳。"
    expected = {"confiscated_gains": Decimal("1000.00"), "fine": Decimal("3000.00")}
    assert penalty_amounts(header + rows + tail) == expected
    assert penalty_amounts(header + "            \n\u3000\u3000\u3000\n" + rows + tail) == expected
    # must not match: a line of words between ends the table, its rows no longer read by column
    cut = penalty_amounts(header + "以上各项分别缴纳。\n" + rows + tail)
    assert cut != expected


@pytest.mark.parametrize("sign", ["×", "＊", "乘以"])
def test_the_fine_worked_out_in_the_weighing_is_not_added_to_the_decided_one(sign: str) -> None:
    """本局对当事人按违法所得的三倍处以罚款：2000元×3＝6000元 in the weighing, then 本局决定：…罚款6000元: the
    multiplied amount is a factor and the worked-out fine is the decided one told again."""
    text = (
        f"本局对当事人按违法所得的三倍处以罚款：2000元{sign}3＝6000元。"
        "依据某某法第十条，本局决定：一、没收违法所得2000元；二、罚款6000元。"
        "当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"confiscated_gains": D("2000.00"), "fine": D("6000.00")}


def test_a_worked_out_fine_alone_is_its_product() -> None:
    text = "本局决定对当事人处以罚款：1500元×2＝3000元。当事人应当自收到本决定书之日起十五日内缴纳。"
    assert penalty_amounts(text) == {"fine": D("3000.00")}


@pytest.mark.parametrize("measure", ["违法所得", "货值金额"])
def test_a_fine_worked_out_from_a_named_measure_is_its_product(measure: str) -> None:
    """罚款：违法所得15320元×1倍＝15320元: the measure before the multiplied amount names what was multiplied; the
    罚款 before it is what the product is."""
    text = (
        f"本局决定：\n（一）没收违法所得15320元；\n（二）罚款：{measure}15320元×2倍＝30640元。\n"
        "当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"confiscated_gains": D("15320.00"), "fine": D("30640.00")}


@pytest.mark.parametrize("capitals", ["(壹万伍仟叁佰贰拾元整)", "（大写：壹万伍仟叁佰贰拾元）"])
def test_a_multiplied_amount_with_its_capitals_in_brackets_is_still_a_factor(capitals: str) -> None:
    """违法所得15320元（壹万伍仟叁佰贰拾元整）×2倍＝30640元: the capitals restate the base; the product is the fine."""
    text = (
        f"本局决定：\n（一）没收违法所得15320元；\n（二）罚款：违法所得15320元{capitals}×2倍＝30640元。\n"
        "当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"confiscated_gains": D("15320.00"), "fine": D("30640.00")}


def test_a_product_without_a_penalty_word_before_it_names_no_role() -> None:
    """Must not match: arithmetic in the facts (销售额1500元×2倍＝3000元) imposes nothing."""
    amounts = find_amounts("经核算，当事人销售额1500元×2倍＝3000元。")
    assert [amount.role for amount in amounts] == ["other", "other"]
    amounts = find_amounts("经核算，当事人销售额1500元（壹仟伍佰元）×2倍＝3000元。")
    assert {amount.role for amount in amounts} == {"other"}


def test_two_violations_with_the_same_fine_still_add_up() -> None:
    """Must not match: blocks with no arithmetic that state the same fine are two violations' fines."""
    text = (
        "对第一项违法行为处以罚款：3000元。对第二项违法行为，本局决定：一、没收违法所得800元；二、罚款3000元。"
        "当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"confiscated_gains": D("800.00"), "fine": D("6000.00")}


@pytest.mark.parametrize(
    "text",
    [
        "本局决定：\n1．没收违法所得9160元（已退还的2360元予以扣除）；\n2．罚款5760元。",
        "本局决定：没收违法所得9160元（其中2360元已退还消费者，予以扣除）；罚款5760元。",
    ],
)
def test_a_part_refunded_in_a_bracket_after_an_item_is_no_item(text: str) -> None:
    assert read_penalty(text).values == {"confiscated_gains": Decimal("9160.00"), "fine": Decimal("5760.00")}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("本局决定：罚款5000元（大写：伍仟元整）。", {"fine": Decimal("5000.00")}),  # the capitals of the same amount
        ("本局决定：没收违法所得3000元（违法所得的1倍），罚款3000元。", None),
        ("本局决定：没收违法所得1000元，罚款2000元（已缴纳）。", None),
    ],
)
def test_brackets_after_an_item_that_tell_no_refund(text: str, values: dict | None) -> None:
    reading = read_penalty(text).values
    if values is not None:
        assert reading == values
    else:
        assert "fine" in reading and "confiscated_gains" in reading


@pytest.mark.parametrize("rule", [" | ", "｜", "│"])
def test_a_ruled_penalty_table_with_the_unit_in_its_header_reads_bare_numbers(rule: str) -> None:
    """当事人 | 没收违法所得（元） | 罚款（元）: the rule printed between cells splits them, and a bare number filling a
    cell under a header that gives the unit is yuan; a dash cell stands for none."""
    rows = [
        ["当事人", "没收违法所得（元）", "罚款（元）"],
        ["当事人一", "3600", "1800"],
        ["当事人二", "—", "5000"],
        ["合计", "3600", "6800"],
    ]
    text = (
        "本局决定对两名当事人分别给予如下行政处罚：\n"
        + "\n".join(rule.join(row) for row in rows)
        + "\n当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"confiscated_gains": D("3600.00"), "fine": D("6800.00")}


def test_bare_numbers_under_a_header_without_the_unit_are_no_money() -> None:
    """Must not match: 当事人 | 没收违法所得 | 罚款 — the header gives no unit, so bare numbers stay no amounts."""
    rows = [["当事人", "没收违法所得", "罚款"], ["当事人一", "8", "5"], ["当事人二", "6", "3"]]
    text = (
        "本局决定：\n" + "\n".join(" | ".join(row) for row in rows) + "\n当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {}


#: A ruled penalty table typed with box walls, its 罚款 row over a page break, a 罚没 total row (invented).
WALLED = (
    "本局决定对当事人作出如下处罚：\n"
    "│违法行为　│违反条款　│处罚依据　　　│处罚内容　　│ 金额（元）│\n"
    "──────────────────────────────────────────────────────────────────\n"
    "│虚标原价　│某法第八条│某法第二十条　│没收违法所得│　 420.50│\n"
    "│　　　　　│　　　　　│　　　　　　　│罚款（违法所│　 841.00│\n"
    "│　　　　　│　　　　　│　　　　　　　│得二倍）　　│　　　　　│\n"
    "──────────────────────────────────────────────────────────────────\n"
    "│合计　　　│　　　　　│　　　　　　　│　　　　　　│　1,261.50│\n"
    "当事人应当自收到本决定书之日起十五日内缴纳上述罚没款。"
)


def test_a_walled_penalty_table_reads_its_rows_and_not_its_mixed_total() -> None:
    """Cell walls and rules are layout: 罚款 right before its number across a wall, the wrapped label's open
    bracket (罚款（违法所 / 得二倍）) naming no other role, and 合计 of both roles no fine."""
    assert penalty_amounts(WALLED) == {"confiscated_gains": D("420.50"), "fine": D("841.00")}


def test_walls_do_not_make_counts_money() -> None:
    """Must not match: without the header's unit a walled row's number is still no amount."""
    assert penalty_amounts(WALLED.replace("金额（元）", "数量（件）")) == {}


def test_a_walled_table_with_columns_per_role_reads_every_cell() -> None:
    """Columns 没收违法所得（元 / ） and 罚款（元）, its unit wrapped to a second header line: each row's bare cells take
    their columns (the second one right after the first in the folded text), the 合计 row with an empty cell
    stays aligned and totals."""
    text = (
        "本局决定对两当事人作出如下行政处罚：\n"
        "│当事人　　│处罚内容　│没收违法所得（元│罚款（元）│小计（元）│\n"
        "│　　　　　│　　　　　│　　　　　　　）│　　　　　│　　　　　│\n"
        "│甲商行　　│没收并罚款│　　 1,200.00│　 600.00│　1,800.00│\n"
        "│乙商行　　│没收并罚款│　　 300.00│　 900.00│　1,200.00│\n"
        "│合计　　　│　　　　　│　　 1,500.00│　1,500.00│　3,000.00│\n"
        "两当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"confiscated_gains": D("1500.00"), "fine": D("1500.00")}


def test_a_walled_table_in_full_width_digits_reads_every_cell() -> None:
    """The same table with its figures typed full-width (３,６５０．００): bare cells still fill their columns."""
    text = (
        "本局决定对两当事人作出如下行政处罚：\n"
        "│当事人　　│处罚内容　│没收违法所得（元│罚款（元）│小计（元）│\n"
        "│　　　　　│　　　　　│　　　　　　　）│　　　　　│　　　　　│\n"
        "│甲商行　　│没收并罚款│　　 １,２００．００│　 ６００．００│　１,８００．００│\n"
        "│乙商行　　│没收并罚款│　　 ３００．００│　 ９００．００│　１,２００．００│\n"
        "两当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {"confiscated_gains": D("1500.00"), "fine": D("1500.00")}


def test_bare_cells_of_a_column_with_no_role_are_no_amounts() -> None:
    """Must not match: a walled table whose columns name no penalty (数量, 单价) gives no amounts."""
    text = (
        "本局决定对当事人作出如下行政处罚：\n"
        "│商品　　│数量（件）│单价（元）│\n"
        "│甲　　　│　 12.00│　 300.00│\n"
        "当事人应当自收到本决定书之日起十五日内缴纳。"
    )
    assert penalty_amounts(text) == {}


def _spaced_table(rows: list[list[str]]) -> str:
    return (
        "本局决定对两名当事人分别给予如下行政处罚：\n"
        + "\n".join("   |   ".join(row) for row in rows)
        + "\n当事人应当自收到本决定书之日起十五日内缴纳。"
    )


def test_a_penalty_table_whose_text_layer_spaces_out_its_labels_counts_its_total_once() -> None:
    """A text layer that letter-spaces a line (合 计, 没 收 违 法 所 得（元）) still names the total row and the
    columns: the total repeats the items and is not added to them."""
    rows = [
        ["当事人", "没 收 违 法 所 得（元）", "罚 款（元）"],
        ["当 事人一", "3600", "1800"],
        ["当事 人二", "—", "5000"],
        ["合 计", "3600", "6800"],
    ]
    assert penalty_amounts(_spaced_table(rows)) == {"confiscated_gains": D("3600.00"), "fine": D("6800.00")}


def test_spaced_item_rows_without_a_total_still_add_up() -> None:
    """Must not match: rows whose spaced labels name parties (当 事 人 二) are items, not a total."""
    rows = [
        ["当事人", "没收违法所得（元）", "罚款（元）"],
        ["当 事人一", "3600", "1800"],
        ["当 事 人 二", "—", "5000"],
    ]
    assert penalty_amounts(_spaced_table(rows)) == {"confiscated_gains": D("3600.00"), "fine": D("6800.00")}


def test_the_last_item_before_a_summary_with_no_stop_between_is_no_range_bound() -> None:
    """A table cell ends with 罚款1,800元 and the next line opens 以上合计…: 以上 is the summary's, not a bound."""
    text = "本局作出如下处罚：\n违法行为｜处罚内容\n（一）乱收费｜罚款700元\n（二）未标价｜罚款1,800\n元\n以上合计：罚款2,500元。\n"
    assert read_penalty(text).values == {"fine": Decimal("2500.00")}
    assert [amount.value for amount in read_penalty(text).amounts if not amount.total] == [
        Decimal("700.00"),
        Decimal("1800.00"),
    ]


def test_a_fine_bound_of_a_range_stays_a_bound() -> None:
    """Must not match: 处2,000元以上2万元以下罚款 is the law's range, no amount imposed."""
    text = "本局决定：依照该条处2,000元以上2万元以下罚款的规定，对当事人处罚款5,000元。\n"
    assert penalty_amounts(text) == {"fine": Decimal("5000.00")}


def test_a_total_against_its_items_is_kept_apart() -> None:
    text = "本局决定：\n一、处罚款700元；\n二、处罚款1,800元；\n以上合计罚款2,600元。\n"
    assert [amount.value for amount in read_penalty(text).contradicted] == [Decimal("2600.00")]
    # must not match: a total that is the sum
    text = "本局决定：\n一、处罚款700元；\n二、处罚款1,800元；\n以上合计罚款2,500元。\n"
    assert read_penalty(text).contradicted == []
