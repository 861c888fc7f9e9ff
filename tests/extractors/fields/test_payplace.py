"""Where a payment clause says to pay: the place itself, not the clause or the account details around it."""

from __future__ import annotations

import pytest

from extractors.fields.folding import fold
from extractors.fields.payplace import payment_place
from extractors.fields.rights import read_decision_rights


def place(sentence: str) -> str | None:
    folded = fold(sentence).text
    return payment_place(folded, 0, len(folded))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bank: its branch detail (任一网点) and bracketed account details are not the place
        ("当事人应自收到本决定书之日起十五日内将罚没款缴到某某农村商业银行任一网点。", "某某农村商业银行"),
        ("将罚没款缴至某市商业银行某某支行（账户：某县财政局，账号：123456）。", "某市商业银行某某支行"),
        ("请在接到本决定书之日起15日内到某某银行股份有限公司（收款人全称：某县财政局）缴纳。", "某某银行股份有限公司"),
        ("将罚款缴至：一、某储蓄银行某县支行（账户：某县财政局）；二、某银行。", "某储蓄银行某县支行"),
        ("将罚没款缴纳至（某某银行____________）。", "某某银行"),
        ("十五日内到银行如数缴纳。", "银行"),
        ("将上述款项缴纳代收行，上缴国库。", "代收行"),
        ("根据缴款信息将罚没款交至国库。", "国库"),
        # a system or a service hall
        ("十五日内通过某某市非税收入收缴电子化管理系统缴纳（缴纳方式为：微信）。", "某某市非税收入收缴电子化管理系统"),
        ("到某某旗市场监督管理局领取缴款通知书后，到某某旗政务服务中心缴纳罚没款。", "某某旗政务服务中心"),
        # of alternatives joined by 或 the first; the branch words (网点) are no part of a place (ruling 19)
        ("十五日内将罚款缴至指定账户或通过电子支付系统缴纳。", "指定账户"),
        ("十五日内到银行网点或者通过电子支付系统缴纳罚款。", "银行"),
        # a place joined by 或 without a lead word of its own shares the one before it in its clause; an app is a way
        (
            "十五日内，通过“某某政务服务”手机应用程序的非税缴费功能或某某省非税收入统一缴款平台缴纳罚没款。",
            "某某省非税收入统一缴款平台",
        ),
        ("十五日内通过微信或某某省统一公共支付平台缴纳罚款。", "某某省统一公共支付平台"),
        # must not match: a 或 with no lead word before it in its clause leads to no place
        ("十五日内缴纳罚款，缴款事宜请咨询本局或某某县财政局。", None),
        # a generic place whose brackets or colon name the bank gives that bank
        ("将罚没款缴至代收机构（代收机构名称：某某银行某某支行，地址：某路）。", "某某银行某某支行"),
        ("将罚没款缴至下列账户（开户单位：某市财政局；账号：某行某支行营业部3200123）。", "某行某支行营业部"),
        ("就近到信用社将上述款项交至某县财政局（开户行：某县联社营业部，账号：206）。", "某县联社营业部"),
        ("十五日内到代收机构：某某储蓄银行某县支行（代收人名称：某县财政局）缴纳罚没款。", "某某储蓄银行某县支行"),
        # a generic place yields to a named payment notice; a notice of a platform names the platform
        ("十五日内，将罚没款按照《某某省政府非税收入缴款通知书》的要求缴至规定账户。", "某某省政府非税收入缴款通知书"),
        (
            "十五日内持由本局开具的《某某省非税收入电子缴款通知单》到任意银行缴纳罚没款。",
            "某某省非税收入电子缴款通知单",
        ),
        ("十五日内凭《某某省统一公共支付平台缴款通知单》缴纳罚没款。", "某某省统一公共支付平台"),
        ("十五日内凭开具的某某市行政处罚缴款通知书缴款。", "某某市行政处罚缴款通知书"),
        ("十五日内凭本决定书及《某某省非税收入缴款通知书（电子）》缴纳罚没款。", "某某省非税收入缴款通知书"),
        # a notice wins over generic words (银行, 银行网点, 电子支付系统), a bare 缴款通知单 too; a named bank wins
        ("十五日内凭“某某区财政局非税收入缴费单”到银行缴纳罚没款。", "某某区财政局非税收入缴费单"),
        ("十五日内凭本局开具的缴款通知单到银行网点或者通过电子支付系统缴纳罚款。", "缴款通知单"),
        ("十五日内通过电子支付系统缴纳，或者缴至某某银行某地任一网点（收款单位：某局）。", "某某银行某地"),
        # only a code to scan
        ("十五日内，扫描决定书上二维码进行罚款缴纳。", "决定书上二维码"),
        # a template whose details were left blank, and a clause naming no place
        ("请于收到本决定书之日起十五日内将罚没款缴到银行，地址：，账号：。", None),
        ("当事人应当自收到本决定书之日起十五日内缴纳罚款。", None),
    ],
)
def test_payment_place(sentence: str, expected: str | None) -> None:
    assert place(sentence) == expected


def test_payment_sentence_is_about_the_penalty_money() -> None:
    """A payment the facts tell of (缴纳床位费) is not the payment clause; the decision's clause is."""
    text = (
        "经查，2025年3月至6月，某某每月向当事人缴纳床位费380元。\n"
        "请在接到本处罚决定书之日起十五日内到某县市场监督管理局领取缴款通知书，到某某银行某县支行缴纳罚款。"
    )
    payment = read_decision_rights(text).payment
    assert payment is not None and payment.period is not None and payment.period.amount == 15
    assert payment.place == "某某银行某县支行"


def test_payment_split_by_an_account_list_keeps_period_and_place() -> None:
    text = "请在接到本处罚决定书之日起15日内到某某农村商业银行股份有限公司（收款人全称：某局；账号：1710）缴纳。"
    payment = read_decision_rights(text).payment
    assert payment is not None and payment.period is not None and payment.period.amount == 15
    assert payment.place == "某某农村商业银行股份有限公司"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("十五日内到某某县农村信用联社缴纳罚款。", "某某县农村信用联社"),
        ("十五日内将罚没款交至某镇农村信用社。", "某镇农村信用社"),
        ("十五日内就近到农村信用合作社缴纳罚款。", "农村信用合作社"),
    ],
)
def test_credit_cooperatives_are_places(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cooperative named only by its kind is generic (rule 19): the bank its brackets name is the place
        ("十五日内持本决定书到农村信用社（开户行：某县农村商业银行城北支行）缴纳罚款。", "某县农村商业银行城北支行"),
        ("十五日内到信用社（开户行：某某银行某县支行）缴纳罚款。", "某某银行某县支行"),
        # must not match: a cooperative with a place of its own stays the place, before its brackets
        ("十五日内到某镇农村信用社（开户行：某县农村商业银行城北支行）缴纳罚款。", "某镇农村信用社"),
    ],
)
def test_a_cooperative_named_by_its_kind_gives_way_to_the_bank_its_brackets_name(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cooperative's own office (分社) is part of the place, as a bank's 支行 is
        (
            "十五日内到某某县农村信用合作联社东关分社缴纳罚款，逾期不缴纳的，每日加处罚款。",
            "某某县农村信用合作联社东关分社",
        ),
        # must not match: the cooperative alone stays the place
        ("十五日内到某某县农村信用合作联社缴纳罚款，逾期不缴纳的，每日加处罚款。", "某某县农村信用合作联社"),
    ],
)
def test_a_cooperatives_office_is_part_of_the_place(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


def test_a_cooperative_named_in_the_facts_is_no_place() -> None:
    """Only a place the payment verb leads to counts: 联社 as a party's employer is not where to pay."""
    assert place("经营者系某某信用联社员工，十五日内缴纳罚款。") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("罚款自收到本决定书之日起十五日内缴纳，缴款地点：某某银行某某支行。", "某某银行某某支行"),
        ("十五日内缴纳罚没款，缴款银行：某某农村商业银行营业部。", "某某农村商业银行营业部"),
        ("十五日内缴纳罚没款，收款账户：某某县财政局非税收入专户。", "某某县财政局非税收入专户"),
        # the payee is not where to pay
        ("十五日内缴纳罚没款（收款单位：某某县财政局）。", None),
    ],
)
def test_labelled_places(sentence: str, expected: str | None) -> None:
    assert place(sentence) == expected


def test_a_labelled_place_on_the_line_after_the_terms() -> None:
    rights = read_decision_rights("罚款应当在十五日内缴清。缴款银行：某某银行某某支行。如不服本决定，可以申请复议。")
    assert rights.payment.place == "某某银行某某支行" and rights.payment.period.amount == 15


def test_the_next_sentence_gives_no_place_without_its_label() -> None:
    rights = read_decision_rights("罚款应当在十五日内缴清。某某银行某某支行的工作人员曾到现场。")
    assert rights.payment.place is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # branch words dropped, the bank's own name and area kept
        ("十五日内将罚没款交到某某银行各网点。", "某某银行"),
        ("十五日内将罚没款缴至某某银行某区代收网点。", "某某银行某区"),
        ("十五日内缴至某某县财政局收缴代理银行网点。", "某某县财政局收缴代理银行"),
        # a notice collected first (领取) wins over a designated bank
        ("十五日内到本局领取电子缴款通知书，并到指定银行缴纳罚款。", "电子缴款通知书"),
        # of alternatives, a named platform wins over a designated account before it
        ("十五日内缴至指定账户或通过某某省统一公共支付平台缴纳。", "某某省统一公共支付平台"),
        # generic words only: the first, as printed, without branch words
        ("十五日内就近到银行网点缴纳罚款。", "银行"),
        ("十五日内通过电子支付系统或者到指定的银行缴纳。", "指定的银行"),
        ("十五日内通过电子支付系统缴纳。", "电子支付系统"),
    ],
)
def test_places_by_ruling_19(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("十五日内到某某农商银行指定网点缴纳罚款。", "某某农商银行"),
        ("十五日内到某某银行的指定网点缴纳。", "某某银行"),
        ("十五日内到某某银行各营业网点缴纳。", "某某银行"),
        # must not match: an office named by its own name is part of the place, and a designated bank is no branch word
        ("十五日内到某某银行某某营业部缴纳。", "某某银行某某营业部"),
        ("十五日内到某某县财政局指定的代收银行缴纳。", "某某县财政局指定的代收银行"),
    ],
)
def test_words_that_only_say_which_office_are_dropped_by_ruling_32(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


def test_a_notice_mentioned_outside_the_payment_words_is_not_taken_for_a_place() -> None:
    """A notice the party was given earlier (已收到缴款通知书) without a verb of paying by it names no place."""
    assert place("当事人称已收到缴款通知书。十五日内缴纳。") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the place name between the bank and its branch words repeats the bank's own: dropped with them
        ("十五日内将罚没款缴至某某市农村商业银行某某市任一网点。", "某某市农村商业银行"),
        # an area the bank's name lacks is kept (it says more than the branch words)
        ("十五日内到某某银行某某新区任一网点缴纳罚款。", "某某银行某某新区"),
        # any one of a named bank's offices in an area: the area and the branch words only say which office
        ("十五日内到某某市任一中国某某银行营业网点缴纳。", "中国某某银行"),
        ("十五日内到某某县各某某农村商业银行网点缴纳罚款。", "某某农村商业银行"),
        # must not match: any one of an area's banks names no bank; banks of a kind with no office words stay whole
        ("十五日内到某某市任一代收银行网点缴纳。", "某某市任一代收银行"),
        ("十五日内到某某市各联网银行缴纳。", "某某市各联网银行"),
    ],
    ids=["repeated place", "area kept", "any office of a named bank", "each office of a named bank", "no bank", "kind"],
)
def test_a_place_name_before_the_branch_words(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bank designated by a holder with a place of its own is one determined place, like that holder's account
        ("十五日内持缴款通知书到某某市财政局指定的代收银行缴纳罚没款。", "某某市财政局指定的代收银行"),
        ("十五日内到某某市财政局指定的代收银行或者通过某某省统一缴款平台缴纳。", "某某市财政局指定的代收银行"),
        # a designated bank whose bracket names it is that bank (the generic kind only says what it is)
        ("十五日内持本决定书到某某县财政局指定的代收银行（某某银行某某分行营业部）缴纳。", "某某银行某某分行营业部"),
        ("十五日内到某某市财政局指定的银行（开户行：某某农商银行某某支行）缴纳。", "某某农商银行某某支行"),
        # …also with the words that only say which of its offices (ruling 48)
        ("十五日内缴至某某市财政局指定的代收银行（某某银行某某分行各营业网点）。", "某某银行某某分行"),
        # must not match: a bracket naming no bank, or several, leaves the designated bank
        ("十五日内到某某市财政局指定的代收银行（各营业网点）缴纳。", "某某市财政局指定的代收银行"),
        ("十五日内到某某市财政局指定的代收银行（节假日除外）缴纳罚没款。", "某某市财政局指定的代收银行"),
        ("十五日内到某某市财政局指定的代收银行（某甲银行、某乙银行）缴纳。", "某某市财政局指定的代收银行"),
        # the account its brackets name is the place
        ("十五日内将罚没款缴到某某县某局指定的账号（账号：国家金库某某县支库）。", "国家金库某某县支库"),
        # the bank that only holds the designated account is a detail: the account is the place
        ("十五日内将罚款缴入某某市财政局指定账户（开户银行：某某银行某某分行）。", "某某市财政局指定账户"),
        ("十五日内缴至某某县财政局指定的账户（户名：某某县财政局，开户行：某某农商银行）。", "某某县财政局指定的账户"),
        # must not match: a designation without a holder's place still gives the bank its brackets name
        ("十五日内将罚款缴入指定账户（开户银行：某某银行某某分行）。", "某某银行某某分行"),
        # must not match: a designation without a holder's place stays generic and yields to a named notice
        ("十五日内凭本局开具的《某某省非税收入一般缴款书》到指定代收银行缴纳。", "某某省非税收入一般缴款书"),
        ("十五日内凭《某某省非税收入缴款书》到财政部门指定的银行缴纳。", "某某省非税收入缴款书"),
    ],
)
def test_a_bank_designated_by_a_named_holder(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # any of an area's collecting banks names no bank: the notice named in the clause is the place
        ("十五日内凭本局出具的《某某省非税收入缴款通知书》到某某县各代收银行缴纳罚没款。", "某某省非税收入缴款通知书"),
        ("十五日内持《某某市罚没款缴款书》到某某市任一银行缴纳。", "某某市罚没款缴款书"),
        # without a notice the generic words stay the place, as printed
        ("十五日内到某某县各代收银行缴纳罚款。", "某某县各代收银行"),
        # must not match: a bank with a name of its own before 各网点 is the place
        ("十五日内凭《某某省非税收入缴款通知书》到某某县农村信用合作联社各网点缴纳。", "某某县农村信用合作联社"),
        ("十五日内凭《某某省非税收入缴款通知书》到某某县农村商业银行缴纳。", "某某县农村商业银行"),
        # any one of the collecting banks, with no area either, names none
        ("十五日内凭本局出具的《某某省非税收入缴款通知书》到任一代收银行网点缴纳罚没款。", "某某省非税收入缴款通知书"),
        ("十五日内持《某某市罚没款缴款书》到任意银行网点缴纳。", "某某市罚没款缴款书"),
        # must not match: a named bank's 任一网点 stays that bank
        ("十五日内凭《某某省非税收入缴款通知书》到某某农村商业银行任一网点缴纳。", "某某农村商业银行"),
    ],
)
def test_any_of_an_areas_banks_is_generic(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("当事人一、当事人二应当十五日内，通过某某省统一公共支付平台分别缴纳各自的罚没款。", "某某省统一公共支付平台"),
        ("十五日内到某某农村商业银行一次性缴清罚款。", "某某农村商业银行"),
        ("十五日内到某某银行足额缴纳罚款。", "某某银行"),
        ("两当事人应当十五日内，通过某某省非税收入统一缴款平台各自缴纳承担的罚款。", "某某省非税收入统一缴款平台"),
        # must not match: 各 before the branch words is which branches, not an adverb of the verb
        ("十五日内到某某农村商业银行各网点缴纳罚款。", "某某农村商业银行"),
        # must not match: a bank whose name goes on is not cut before the adverb's characters
        ("十五日内到某某银行直接支行缴纳罚款。", "某某银行直接支行"),
    ],
)
def test_an_adverb_between_the_place_and_the_verb(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("当事人应当自收到本决定书之日起十五日内，通过“某省统一公共支付平台”缴纳罚款。", "某省统一公共支付平台"),
        ("当事人应于十五日内到“某某银行某支行”缴纳罚款。", "某某银行某支行"),
    ],
)
def test_a_quoted_place_is_the_place(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


def test_a_quoted_way_is_no_place() -> None:
    """Must not match: quotes around an app are a way to pay, not a place."""
    assert place("当事人应于十五日内通过“微信”缴纳罚款。") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a platform the party scans a code on is the place, not the code
        ("十五日内通过某某省非税收入统一缴款平台扫描缴款二维码缴纳罚款。", "某某省非税收入统一缴款平台"),
        ("十五日内通过某某市公共支付平台在线缴纳罚款。", "某某市公共支付平台"),
        # a code and a collector named by role only: the first printed (ruling 19)
        ("十五日内通过决定书所附二维码或者到罚款代收银行缴纳罚款。", "决定书所附二维码"),
        ("十五日内到罚款代收银行或者扫描决定书所附二维码缴纳罚款。", "罚款代收银行"),
        ("十五日内将罚没款缴至罚没款代收银行。", "罚没款代收银行"),
        # a named bank still wins over a code printed first
        ("十五日内扫描本决定书所附缴款二维码或者到某某银行任一网点缴纳罚款。", "某某银行"),
        # a code inside an app's name is read from 扫描, not from 通过
        ("十五日内通过微信扫描缴款二维码缴纳罚款。", "缴款二维码"),
        # the statutory system yields to a code as to any other generic place
        ("十五日内通过电子支付系统或者扫描决定书上二维码缴纳。", "决定书上二维码"),
    ],
)
def test_codes_platforms_and_collectors_by_role(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


def test_a_collector_of_a_named_holder_is_not_generic_by_its_nouns() -> None:
    """Only the nouns of the role are generic: a holder with a place of its own keeps the collector specific."""
    assert place("十五日内缴至某某县财政局罚款代收银行。") == "某某县财政局罚款代收银行"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an account named by its place and purpose, its holding bank in brackets a detail (ruling 19)
        (
            "自收到本决定书之日起十五日内，将罚款缴至某县非税收入汇缴结算户（开户银行：某银行某县支行）。",
            "某县非税收入汇缴结算户",
        ),
        # a generic bank whose bracket holds only the bank's name
        ("自收到本决定书之日起十五日内，持本决定书到本局指定的代收银行（某银行某市分行）缴纳罚款。", "某银行某市分行"),
        # a bracket that names no bank, or several, leaves the generic words
        ("自收到本决定书之日起十五日内，到本局指定的代收银行（节假日除外）缴纳罚款。", "本局指定的代收银行"),
        ("自收到本决定书之日起十五日内，到本局指定的代收银行（某甲银行、某乙银行）缴纳罚款。", "本局指定的代收银行"),
    ],
)
def test_named_accounts_and_bracketed_banks(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named bank printed right after the generic words that say what it is, without a bracket
        (
            "十五日内将罚款缴入本局指定的代收银行某某农商银行某某支行，或通过某某省统一缴款平台缴纳。",
            "某某农商银行某某支行",
        ),
        ("十五日内到指定银行某某银行股份有限公司某某分行缴纳罚款。", "某某银行股份有限公司某某分行"),
        # must not match: what follows only says which branches, or is another generic word
        ("十五日内到本局指定的代收银行任一网点缴纳，或通过某某省统一缴款平台缴纳。", "某某省统一缴款平台"),
        ("十五日内将罚款缴入本局指定的银行账户。", "本局指定的银行账户"),
        ("十五日内到指定银行代收网点缴纳罚款。", "指定银行"),
    ],
)
def test_a_named_bank_in_apposition_after_generic_words(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "当事人应在十五日内，登录某某省非税收入缴款平台或扫描本决定书所附缴款二维码缴纳罚款",
            "某某省非税收入缴款平台",
        ),
        ("请于十五日内登陆某市统一公共支付平台缴纳罚款", "某市统一公共支付平台"),
        # must not match: logging into an app is a way to pay, no place; the QR code then answers
        ("请于十五日内登录手机应用或扫描决定书所附二维码缴纳罚款", "决定书所附二维码"),
    ],
)
def test_a_platform_the_party_logs_into_is_the_place(sentence: str, expected: str) -> None:
    folded = fold(sentence).text
    assert payment_place(folded, 0, len(folded)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bank's online channel is a way to pay: the payment notice the clause names is the place
        ("十五日内持《某某省非税收入缴款通知书》通过手机银行、微信等方式缴纳罚款。", "某某省非税收入缴款通知书"),
        ("十五日内通过网上银行或者到某某银行任一网点缴纳罚款。", "某某银行"),
        ("十五日内通过手机银行或者到指定银行缴纳罚款。", "指定银行"),
        # nothing else named: the way as printed, like the statutory 电子支付系统
        ("十五日内通过手机银行缴纳罚款。", "手机银行"),
        # must still match: a named bank's channel names that bank
        ("十五日内通过某某农村商业银行手机银行缴纳罚款。", "某某农村商业银行手机银行"),
    ],
)
def test_a_banks_online_channel_is_a_way_not_a_place(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place pointing below: the bank its labelled lines set out
        (
            (
                "十五日内将罚款缴至以下账户，缴款时请注明本决定书文号：\n户　名：某某区财政局\n开户行：某某银行某某支行\n"
                "账　号：1234 5678 ****\n逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
            ),
            "某某银行某某支行",
        ),
        # must not match: with no labelled bank below, the words as printed
        ("十五日内将罚款缴至以下账户，逾期不缴纳罚款的，每日加处罚款。", "以下账户"),
        # the branches a bank's branch holds (所属任一营业网点) only say which
        ("十五日内，到中国某某银行某某分行所属任一营业网点缴纳罚没款。", "中国某某银行某某分行"),
        # a code to scan, as printed (本 kept)
        ("十五日内使用手机扫描本决定书所附缴款二维码缴纳罚款。", "本决定书所附缴款二维码"),
    ],
)
def test_places_set_out_below_branches_and_codes_as_printed(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place pointing back: the bank the labelled lines before it set out, not the holder
        (
            (
                "收款单位：某某县财政局\n开户银行：某某农商银行某某支行\n账　　号：1234 5678 ****\n"
                "当事人应当自收到本决定书之日起十五日内将罚款缴入上述账户。"
            ),
            "某某农商银行某某支行",
        ),
        # must not match: with no labelled bank before it, the words as printed
        ("当事人应当自收到本决定书之日起十五日内将罚款缴入上述账户。", "上述账户"),
    ],
)
def test_a_place_pointing_back_takes_the_bank_labelled_before_it(sentence: str, expected: str) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # money sent (汇入) to the account set out below: the bank its lines label
        (
            "十五日内将罚款汇入下列账户：\n收款单位：某某县财政局\n开户银行：某某银行某某支行\n账号：1234",
            "某某银行某某支行",
        ),
        # a table's labelled channel: the first named is the place
        (
            "应按下表缴纳罚没款：\n缴款项目：罚没收入\n缴款渠道：某省非税收入统一缴款平台（网上）",
            "某省非税收入统一缴款平台",
        ),
        # the platform the party logs into, without the verb
        ("十五日内缴纳。网上缴纳：登录某省非税收入统一缴款平台，输入缴款码缴纳", "某省非税收入统一缴款平台"),
        # the platform used online (网上缴纳)
        ("十五日内，通过某省统一公共支付平台网上缴纳罚款。", "某省统一公共支付平台"),
        # must not match: a label that names no channel, a remark about the remittance
        ("应按下表缴纳罚没款：\n缴款项目：罚没收入\n缴款码：1234", None),
        ("十五日内缴纳罚款，汇款时请注明本决定书文号。", None),
    ],
)
def test_remitted_labelled_logged_into_and_online_places(sentence: str, expected: str | None) -> None:
    assert place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the account set out below with its bank and number left to fill: the slot is blank (ruling 19)
        ("十五日内将罚款缴入下列账户：\n收款单位：某某区财政局\n开户银行：＿＿＿＿＿＿\n账号：＿＿＿＿＿＿", None),
        # must not match: the lines filled in, and no lines below at all
        (
            "十五日内将罚款缴入下列账户：\n收款单位：某某区财政局\n开户银行：某某银行某某支行\n账号：1234",
            "某某银行某某支行",
        ),
        ("十五日内将罚款缴入下列账户。", "下列账户"),
    ],
)
def test_an_account_below_left_blank_is_no_place(sentence: str, expected: str | None) -> None:
    assert place(sentence) == expected


def test_the_place_after_the_other_instalments() -> None:
    """分期: the place told after the later instalments' dates is still the place to pay."""
    rights = read_decision_rights(
        "同意当事人分两期缴纳：第一期：1,000元，自收到本决定书之日起十五日内缴纳；第二期：1,000元，于2025年8月31日前"
        "缴纳。各期款项均通过某省非税收入统一缴款平台缴纳。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"
    )
    assert rights.payment.place == "某省非税收入统一缴款平台" and rights.payment.period.amount == 15


def test_the_sentences_after_the_instalments_stop_at_other_matters() -> None:
    """Must not match: a platform named for 复议 after the instalments is no place to pay."""
    rights = read_decision_rights(
        "同意当事人分两期缴纳：第一期：1,000元，自收到本决定书之日起十五日内缴纳；第二期：1,000元，于2025年8月31日前"
        "缴纳。如不服本决定，可以通过某省政务服务平台申请行政复议。"
    )
    assert rights.payment.place is None


def test_a_table_row_with_the_period_before_the_late_sentence() -> None:
    """The channel row before the period row: the period is read though no stop comes before 逾期."""
    rights = read_decision_rights(
        "当事人应按下表缴纳罚没款：\n缴款渠道：某省非税收入统一缴款平台（网上）；某某银行各营业网点（柜面）\n"
        "缴款期限：自收到本决定书之日起十五日内\n逾期不缴纳罚款的，本局可以每日按罚款数额的3%加处罚款。"
    )
    assert rights.payment.place == "某省非税收入统一缴款平台" and rights.payment.period.amount == 15
