"""Rights stated in prior notices, and the appeal routes, payment terms and waivers in decisions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.fields.rights import read_decision_rights, read_notice_rights, statement_waived

PERIODS = [
    ("三日内", 3, "day"),
    ("3日内", 3, "day"),
    ("３日内", 3, "day"),
    ("五个工作日内", 5, "working_day"),
    ("5个工作日内", 5, "working_day"),
    ("五日内", 5, "day"),
    ("七天内", 7, "day"),
    ("十 日内", 10, "day"),
]


@pytest.mark.parametrize(("written", "amount", "unit"), PERIODS)
def test_notice_periods(written: str, amount: int, unit: str) -> None:
    text = f"2023年6月5日，本局检查发现……你单位可以在收到本告知书之日起{written}向本局提出陈述、申辩。"
    rights = read_notice_rights(text)
    assert rights.statement and not rights.hearing
    assert (rights.statement_period.amount, rights.statement_period.unit) == (amount, unit)
    assert text[rights.statement_period.start : rights.statement_period.end] == rights.statement_period.raw


NOTICE = """行政处罚听证告知书
经查，你单位于2023年5月12日销售过期食品。本局拟对你单位作出如下行政处罚：罚款人民币60000元（大写：陆万元整）。
根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条和第六十四条的规定，你单位享有陈述、申辩和
要求听证的权利。你单位如要求听证，应当在收到本告知书之日起五个工作日内向本局提出；如需陈述和申辩，可以在收到本告知
书之日起三日内提交书面意见。逾期未提出的，视为放弃上述权利。"""


def test_notice_with_both_rights_and_their_periods() -> None:
    rights = read_notice_rights(NOTICE)
    assert rights.statement and rights.hearing
    assert (rights.hearing_period.amount, rights.hearing_period.unit) == (5, "working_day")
    assert (rights.statement_period.amount, rights.statement_period.unit) == (3, "day")
    assert rights.proposed_fine == Decimal(60000)


def test_notice_without_hearing_right() -> None:
    rights = read_notice_rights("你单位有权进行陈述和申辩，应当自收到本告知书之日起3日内提出。")
    assert rights.statement and not rights.hearing and rights.hearing_period is None


@pytest.mark.parametrize(
    ("text", "waived"),
    [
        ("当事人放弃陈述申辩", True),
        ("当事人书面表示放弃陈述、申辩权利", True),
        ("当事人放弃陈述和申辩的权利", True),
        ("放弃陈述申辩权", True),
        ("当事人在规定期限内未提出陈述、申辩", False),
        ("逾期视为放弃上述权利", False),
    ],
)
def test_statement_waived(text: str, waived: bool) -> None:
    assert statement_waived(text) is waived


DECISION = """当事人应当自收到本决定书之日起十五日内，持本决定书到郑州市财政局指定的代收银行缴纳罚款。逾期不缴纳的，
每日按罚款数额的百分之三加处罚款。
如不服本处罚决定，可以在收到本决定书之日起六十日内向郑州市人民政府或者河南省市场监督管理局申请行政复议；
也可以在六个月内依法向郑州市金水区人民法院提起行政诉讼。"""


def test_decision_routes_and_payment() -> None:
    rights = read_decision_rights(DECISION)
    assert (rights.review.period.amount, rights.review.period.unit) == (60, "day")
    assert rights.review.bodies == ["郑州市人民政府", "河南省市场监督管理局"] and not rights.review.generic
    assert (rights.litigation.period.amount, rights.litigation.period.unit) == (6, "month")
    assert rights.litigation.bodies == ["郑州市金水区人民法院"] and not rights.litigation.outdated
    assert rights.payment.period.amount == 15 and rights.payment.place == "郑州市财政局指定的代收银行"


@pytest.mark.parametrize("written", ["三个月内", "3个月内", "３个月内"])
def test_outdated_litigation_period_is_flagged(written: str) -> None:
    rights = read_decision_rights(f"如不服本决定，可在{written}向郑州市中级人民法院提起行政诉讼。")
    assert rights.litigation.period.amount == 3 and rights.litigation.outdated


def test_generic_court_and_arabic_periods() -> None:
    rights = read_decision_rights(
        "如不服本决定，可以自收到本决定书之日起60日内向某某区人民政府申请行政复议；"
        "对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。"
        "当事人应当自收到本决定书之日起15日内，到某某农村商业银行各营业网点缴纳罚款。"
    )
    assert rights.review.period.amount == 60 and rights.review.bodies == ["某某区人民政府"]
    assert rights.litigation.generic and rights.litigation.period.amount == 15
    assert rights.payment.place == "某某农村商业银行"


def test_headings_do_not_hide_the_route() -> None:
    rights = read_decision_rights("五、申请行政复议或者提起行政诉讼的途径和期限\n" + DECISION)
    assert rights.review.bodies and rights.litigation.bodies == ["郑州市金水区人民法院"]


def test_no_routes_stated() -> None:
    rights = read_decision_rights("本局决定对当事人作出如下行政处罚：警告。")
    assert rights.review is None and rights.litigation is None and rights.payment is None


def test_samples_rights(sample) -> None:
    rights = read_decision_rights(sample.decision.text)
    assert rights.review.period.amount == 60 and rights.review.bodies
    assert rights.payment.period.amount == 15 and rights.payment.place
    assert not rights.litigation.outdated
    if sample.case != "case-03-simple":
        assert (rights.litigation.period.amount, rights.litigation.period.unit) == (6, "month")
        assert rights.litigation.bodies == ["嵩川市嵩北区人民法院"]
        (notice,) = sample.of_kind("prior_notice")
        notice_rights = read_notice_rights(notice.text)
        assert notice_rights.statement and notice_rights.hearing
        assert (notice_rights.statement_period.amount, notice_rights.statement_period.unit) == (5, "working_day")
        assert notice_rights.proposed_fine == Decimal(sample.truth["facts"]["fine_yuan"])


def test_payment_clause_with_other_verbs_takes_its_first_period() -> None:
    text = (
        "当事人应自收到本处罚决定书之日起十五日内（末日为节假日顺延）将罚没款缴到某农村商业银行任一网点。"
        "如不服本处罚决定，可在六十日内申请行政复议。"
    )
    payment = read_decision_rights(text).payment
    assert payment is not None and payment.period is not None and payment.period.amount == 15


@pytest.mark.parametrize(
    "written",
    [
        "或者在六个月内直接向云泽市东城区人民法院起诉。",
        "或者在6个月内直接向云泽市东城区人\n民法院起诉。",
        "也可以自收到本决定书之日起六个月内向云泽市东城区人民法院提起诉讼。",
    ],
)
def test_litigation_worded_as_qisu_is_a_route(written: str) -> None:
    text = (
        "逾期不申请行政复议、不提起行政诉讼又不履行本决定的，本局将依法申请人民法院强制执行。"
        f"如对本决定不服，可在接到本决定书之日起60日内向云泽市人民政府申请行政复议，{written}"
        "申请行政复议或者提起行政诉讼期间，本决定不停止执行。"
    )
    rights = read_decision_rights(text)
    assert rights.review is not None and rights.review.bodies == ["云泽市人民政府"]
    assert rights.litigation is not None and rights.litigation.bodies == ["云泽市东城区人民法院"]
    assert (rights.litigation.period.amount, rights.litigation.period.unit) == (6, "month")


def test_a_period_in_its_own_clause_before_the_route() -> None:
    rights = read_decision_rights(
        "当事人如不服本决定，可在接到本决定书之日起六十日内，向某某县人民政府申请复议，"
        "或在六个月内直接向某某县人民法院提起诉讼。"
    )
    assert rights.review.period.amount == 60 and rights.review.bodies == ["某某县人民政府"]
    assert (rights.litigation.period.amount, rights.litigation.period.unit) == (6, "month")


def test_the_other_routes_period_is_not_borrowed() -> None:
    rights = read_decision_rights(
        "如不服本决定，可在六十日内向某某县人民政府申请复议，也可以向某某县人民法院提起诉讼。"
    )
    assert rights.review.period.amount == 60 and rights.litigation.period is None


def test_the_court_is_named_after_the_last_向() -> None:
    rights = read_decision_rights(
        "可在六十日内向某某管委会申请复议：也可以在六个月内依法直接向某某区人民法院提起行政诉讼。"
    )
    assert rights.litigation.bodies == ["某某区人民法院"]


@pytest.mark.parametrize(
    ("clause", "bodies", "generic"),
    [
        # an adverb after the court is no part of its name
        ("也可在六个月内向人民法院直接起诉。", ["人民法院"], True),
        ("也可在六个月内向某某县人民法院依法提起行政诉讼。", ["某某县人民法院"], False),
        ("也可在六个月内向某某县人民法院直接提起行政诉讼。", ["某某县人民法院"], False),
        # must not match: a court whose own name holds the word keeps it whole
        ("也可在六个月内向某某铁路运输法院提起行政诉讼。", ["某某铁路运输法院"], False),
    ],
)
def test_an_adverb_after_the_court(clause: str, bodies: list[str], generic: bool) -> None:
    rights = read_decision_rights("如不服本决定，可在接到本决定书之日起六十日内向某某县人民政府申请行政复议，" + clause)
    assert rights.litigation.bodies == bodies and rights.litigation.generic is generic


def test_bodies_with_their_address_in_brackets() -> None:
    """An address aside with commas inside it does not cut the route's clause, and is no part of the name."""
    text = (
        "如不服本决定，可在收到之日起六十日内向某县人民政府（地址：某县某路1号，联系电话：123）或某市市场监督"
        "管理局（地址：某市某路2号）申请行政复议，也可以在六个月内直接向某县人民法院（地址：某县某街3号，"
        "联系电话：456）提起行政诉讼。"
    )
    rights = read_decision_rights(text)
    assert rights.review is not None and rights.review.period is not None
    assert rights.review.period.amount == 60
    assert rights.review.bodies == ["某县人民政府", "某市市场监督管理局"]
    assert rights.litigation is not None and rights.litigation.period is not None
    assert (rights.litigation.period.amount, rights.litigation.period.unit) == (6, "month")
    assert rights.litigation.bodies == ["某县人民法院"]


def test_a_written_review_application_names_its_bodies() -> None:
    text = "可以在接到本决定书之日起六十日内向某市市场监督管理局或某县人民政府提出书面复议申请，也可以依法起诉。"
    rights = read_decision_rights(text)
    assert rights.review is not None
    assert rights.review.bodies == ["某市市场监督管理局", "某县人民政府"]


LABELLED_BODIES = [
    (
        "bracketed labels",
        (
            "不服本决定的，可以在六十日内申请行政复议（复议机关：某甲县人民政府），"
            "或者在六个月内提起行政诉讼（管辖法院：某乙县人民法院）。"
        ),
    ),
    (
        "为 in the next clause",
        (
            "如不服本决定，可在六十日内依法申请行政复议，复议机关为某甲县人民政府；"
            "也可在六个月内依法提起行政诉讼，管辖法院为某乙县人民法院。"
        ),
    ),
    (
        "是 in the same clause",
        (
            "如不服本决定，可在六十日内申请行政复议（行政复议机关是某甲县人民政府），"
            "也可在六个月内提起行政诉讼（受理法院是某乙县人民法院）。"
        ),
    ),
]


@pytest.mark.parametrize("text", [case[1] for case in LABELLED_BODIES], ids=[case[0] for case in LABELLED_BODIES])
def test_bodies_named_by_a_label(text: str) -> None:
    rights = read_decision_rights(text)
    assert rights.review.bodies == ["某甲县人民政府"] and rights.review.period.amount == 60
    assert rights.litigation.bodies == ["某乙县人民法院"] and rights.litigation.period.amount == 6


def test_a_label_of_another_sentence_names_no_body() -> None:
    """A 复议机关 mentioned two sentences on (复议机关逾期不作决定的…) is no body of the litigation route."""
    rights = read_decision_rights(
        "如不服本决定，可在六个月内提起行政诉讼。复议机关为上级机关的，另行告知。当事人应当自收到本决定书之日起"
        "十五日内缴纳罚款。"
    )
    assert rights.litigation.bodies == [] and rights.litigation.generic


def test_a_review_body_by_向_still_wins_over_a_label() -> None:
    rights = read_decision_rights("如不服本决定，可在六十日内向某丙市人民政府申请行政复议（复议机关地址：某路1号）。")
    assert rights.review.bodies == ["某丙市人民政府"]


def test_bodies_labelled_on_a_line_after_both_routes() -> None:
    """复议机关：…；管辖法院：… after the routes: each route takes its own label and keeps its own period."""
    rights = read_decision_rights(
        "如不服本决定，可以在收到之日起六十日内申请行政复议，或者六个月内提起行政诉讼。"
        "行政复议机关：某甲县人民政府；管辖法院：某乙县人民法院。"
    )
    assert rights.review.bodies == ["某甲县人民政府"] and rights.review.period.amount == 60
    assert rights.litigation.bodies == ["某乙县人民法院"] and rights.litigation.period.unit == "month"


def test_a_label_far_after_the_routes_names_nothing() -> None:
    far = "当事人应当自收到本决定书之日起十五日内到某银行缴纳罚款，逾期不缴纳的每日按罚款数额的百分之三加处罚款。" * 3
    rights = read_decision_rights("如不服本决定，可以在六个月内提起行政诉讼。" + far + "管辖法院：某乙县人民法院。")
    assert rights.litigation.bodies == []


@pytest.mark.parametrize(
    "text",
    [
        "（行政处罚的履行方式和期限）履行方式：主动履行 期限：当事人应当自收到本行政处罚决定书之日起十五日内",
        "履行期限：自收到本决定书之日起十五日内。",
        "缴款期限：收到本处罚决定书之日起十五日内。",
    ],
)
def test_a_period_under_the_payment_heading_is_the_time_to_pay(text: str) -> None:
    rights = read_decision_rights(text)
    assert rights.payment is not None and rights.payment.period.amount == 15


def test_a_period_to_put_things_right_is_no_payment() -> None:
    assert read_decision_rights("当事人应当自收到本行政处罚决定书之日起十五日内改正违法行为。").payment is None


def test_the_direct_route_wins_over_one_after_review() -> None:
    """One part offers 诉讼 only after 复议, another directly: the direct route's period and court are read."""
    rights = read_decision_rights(
        "当事人对甲项处罚不服的，可于六十日内向某某县人民政府申请复议；对行政复议决定不服的，可以在收到复议决定之日起"
        "十五日内向人民法院提起诉讼。当事人对其他处罚不服的，可于六十日内向某某县人民政府申请复议，也可以于六个月内"
        "依法向某某县人民法院提起诉讼。"
    )
    assert rights.litigation is not None and rights.litigation.bodies == ["某某县人民法院"]
    assert (rights.litigation.period.amount, rights.litigation.period.unit) == (6, "month")


def test_an_enforcement_clause_is_no_direct_route() -> None:
    """Must not match: 逾期不…向人民法院起诉 names a court but offers nothing; the route after 复议 stays."""
    rights = read_decision_rights(
        "可以在六十日内向某某县人民政府申请行政复议；对行政复议决定不服的，可以依法向某某县人民法院提起行政诉讼。"
        "当事人逾期不申请行政复议也不向人民法院提起诉讼、又不履行的，本局可以申请人民法院强制执行。"
    )
    assert rights.litigation is not None and rights.litigation.bodies == ["某某县人民法院"]


@pytest.mark.parametrize(
    "length", ["责令停业整顿　十日（自本决定书送达之日起计算）", "暂扣许可证三个月", "责令停产停业十五天"]
)
def test_a_penalty_s_own_length_is_no_time_to_pay(length: str) -> None:
    """The disposition's last row (责令停业整顿 十日) runs into the payment terms with no full stop between."""
    text = (
        f"本局决定对当事人处罚如下：\n罚　款　　人民币叁万元整\n{length}\n"
        "当事人应当自收到本决定书之日起十五日内，通过某某省统一公共支付平台缴纳上述罚没款。"
    )
    payment = read_decision_rights(text).payment
    assert payment is not None and payment.period is not None and payment.period.amount == 15


def test_a_period_to_pay_after_a_penalty_word_is_still_read() -> None:
    """Must not match: 罚款 before the period is no penalty with a length (罚款…十日内缴清)."""
    payment = read_decision_rights("处以罚款5000元，限十日内缴清，到某某银行缴纳。").payment
    assert payment is not None and payment.period is not None and payment.period.amount == 10


def test_litigation_after_review_without_court_or_period_is_still_a_route() -> None:
    """A short decision: 复议 within 60 days, 诉讼 only against the 复议决定, naming neither court nor period."""
    text = "不服本决定的，可在收到本决定书之日起六十日内向某某市人民政府申请行政复议；对复议决定不服的，可以依法提起行政诉讼。"
    route = read_decision_rights(text).litigation
    assert route is not None and route.period is None and route.generic


@pytest.mark.parametrize(
    "text",
    [
        "可在六十日内向某某市人民政府申请行政复议。复议决定作出前，诉讼期间不停止执行。",
        "对复议决定不服而不提起诉讼的，依法强制执行。",
    ],
)
def test_a_mention_of_litigation_that_offers_none_is_no_route(text: str) -> None:
    """Must not match: litigation named only as a period or a condition, never offered."""
    assert read_decision_rights(text).litigation is None


def test_two_months_for_review_and_half_a_year_for_litigation() -> None:
    """两个月 is the law's 六十日 for 复议, 半年 its 六个月 for 诉讼; the 复议 period is not the 诉讼's."""
    text = (
        "如不服本决定，可以在收到本决定书之日起两个月内向某某区人民政府申请行政复议，"
        "也可以在半年内向某某铁路运输法院提起行政诉讼。"
    )
    rights = read_decision_rights(text)
    assert rights.review is not None and rights.review.period is not None
    assert (rights.review.period.amount, rights.review.period.unit) == (60, "day")
    assert rights.litigation is not None and rights.litigation.period is not None
    assert (rights.litigation.period.amount, rights.litigation.period.unit) == (6, "month")


def test_other_month_periods_for_review_stay_months() -> None:
    """Must not match: only 两个月 is the 六十日; 三个月 for 复议 stays three months (a wrong period)."""
    rights = read_decision_rights("可以在收到本决定书之日起三个月内向某某区人民政府申请行政复议。")
    assert rights.review is not None and rights.review.period is not None
    assert (rights.review.period.amount, rights.review.period.unit) == (3, "month")


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a second body offered in a clause of its own
        (
            (
                "可以自收到本决定书之日起六十日内向某某区人民政府申请行政复议，也可以向某某市市场监督管理局申请行政复议；"
                "或者在六个月内依法向人民法院提起行政诉讼。"
            ),
            ["某某区人民政府", "某某市市场监督管理局"],
        ),
        # several bodies listed, any one of them
        (
            (
                "可以在六十日内，向某某市人民政府、某某市市场监督管理局中的任一机关申请行政复议，"
                "也可以在六个月内向某某市人民法院提起行政诉讼。"
            ),
            ["某某市人民政府", "某某市市场监督管理局"],
        ),
        # must not match: the 诉讼 clause after the 复议 body names no second 复议 body
        (
            "可以在六十日内向某某县人民政府申请行政复议，也可以在六个月内向某某县人民法院提起行政诉讼。",
            ["某某县人民政府"],
        ),
    ],
)
def test_review_bodies_offered_as_alternatives(text: str, bodies: list[str]) -> None:
    rights = read_decision_rights(text)
    assert rights.review is not None and rights.review.bodies == bodies


@pytest.mark.parametrize(
    "clause",
    [
        "应当先向某某县人民政府申请行政复议，申请期限为收到本决定书之日起六十日内；对复议决定不服的，可以起诉。",
        "可以向某某区人民政府申请行政复议，期限为收到本决定书之日起60日内。",
    ],
)
def test_a_review_period_labelled_after_the_route(clause: str) -> None:
    """The 复议 period may follow the route in a clause of its own under a label (申请期限为…六十日内)."""
    review = read_decision_rights(clause).review
    assert review is not None and review.period is not None
    assert (review.period.amount, review.period.unit) == (60, "day")


@pytest.mark.parametrize(
    "clause",
    [
        # the 复议 body's time to decide, not the party's time to apply
        "可以向某某县人民政府申请行政复议，复议机关作出复议决定的期限为六十日。",
        # the next clause is the litigation route's period
        "可以向某某县人民政府申请行政复议，期限内未申请的，也可以在六个月内向某某县人民法院起诉。",
        # an unlabelled period in another clause
        "可以向某某县人民政府申请行政复议，复议期间本决定不停止执行，罚款应在十五日内缴清。",
    ],
)
def test_no_review_period_borrowed_from_another_clause(clause: str) -> None:
    """Must not match: a period after the route that is not its own application period."""
    review = read_decision_rights(clause).review
    assert review is not None and review.period is None


def test_a_month_and_day_of_a_date_is_no_period_to_pay() -> None:
    # one run-on sentence: the conduct's dates (至4月10日) come before the time to pay
    text = (
        "当事人于2025年3月1日至4月10日未标明价格，本局决定罚款200元，当事人应当自收到本决定书之日起"
        "十五日内到某某缴款平台缴纳罚款。"
    )
    payment = read_decision_rights(text).payment
    assert payment is not None and payment.period is not None
    assert (payment.period.amount, payment.period.unit) == (15, "day")


def test_a_period_in_months_is_still_a_period() -> None:
    # must not match: 两个月内 is a period, not a date's month
    text = "本局决定罚款200元，当事人应当自收到本决定书之日起两个月内到某某银行缴纳罚款。"
    payment = read_decision_rights(text).payment
    assert payment is not None and payment.period is not None
    assert (payment.period.amount, payment.period.unit) == (2, "month")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the way in the sentence after the period, as a plain sentence or under a label
        (
            "当事人应当自收到本决定书之日起十五日内缴纳罚款。当事人可以扫描本决定书所附二维码，通过某省非税收入统一缴款平台缴纳。",
            "某省非税收入统一缴款平台",
        ),
        (
            "当事人应当自收到本决定书之日起十五日内缴纳上述罚没款。缴款方式：登录某省非税收入统一缴款平台缴纳。",
            "某省非税收入统一缴款平台",
        ),
    ],
)
def test_the_way_to_pay_told_in_the_sentence_after_the_period(text: str, place: str) -> None:
    payment = read_decision_rights(text).payment
    assert payment is not None and payment.period is not None and payment.period.amount == 15
    assert payment.place == place


def test_the_period_told_in_the_sentence_after_the_way_to_pay() -> None:
    text = (
        "当事人应当通过某省非税收入统一缴款平台缴纳罚没款。其中，没收的违法所得5000元及第一期罚款5000元，"
        "应当自收到本决定书之日起十五日内缴纳；经本局批准，第二期罚款5000元可暂缓至2026年6月30日前缴纳。"
    )
    payment = read_decision_rights(text).payment
    assert payment is not None and payment.place == "某省非税收入统一缴款平台"
    assert payment.period is not None and payment.period.amount == 15


@pytest.mark.parametrize(
    "after",
    [
        # must not match: a request to defer, the surcharge or the remedies after the terms name no way to pay
        "当事人确有经济困难需要延期缴纳的，可以通过某省政务服务平台向本局申请。",
        "逾期不缴纳的，通过某省非税收入统一缴款平台每日加处罚款。",
    ],
)
def test_a_sentence_on_other_matters_after_the_terms_gives_no_place(after: str) -> None:
    payment = read_decision_rights(f"当事人应当自收到本决定书之日起十五日内缴纳罚款。{after}").payment
    assert payment is not None and payment.period is not None and payment.place is None


@pytest.mark.parametrize(
    ("clause", "court"),
    [
        ("向某某铁路运输法院（某某市行政案件集中管辖法院）提起行政诉讼", "某某铁路运输法院"),
        # must not match: a bracket inside the court's name is part of it
        ("向某某区（某某县）人民法院提起行政诉讼", "某某区(某某县)人民法院"),
    ],
)
def test_a_bracket_after_the_courts_name_is_a_gloss(clause: str, court: str) -> None:
    rights = read_decision_rights(f"当事人不服本决定的，可以在六个月内{clause}。")
    assert rights.litigation is not None and rights.litigation.bodies == [court]


def test_terms_under_a_bracketed_payment_heading_need_not_name_the_money() -> None:
    """【履行方式和期限】十五日内到某某平台缴纳: under the heading the money goes without saying."""
    text = (
        "【告知情况】当事人签收告知书后未陈述、申辩。\n【履行方式和期限】十五日内到某省公共支付平台缴纳。到期不缴纳的，每日按罚款数额的3%加处罚款。\n"
        "【救济途径】不服本决定的，可以自收到本决定书之日起六十日内向某县人民政府申请行政复议。"
    )
    payment = read_decision_rights(text).payment
    assert payment is not None and payment.period is not None and payment.period.amount == 15
    assert payment.place == "某省公共支付平台"


def test_a_paying_sentence_without_the_money_and_without_the_heading_is_no_terms() -> None:
    """Must not match: a sentence of the facts that pays something else, with no payment heading over it."""
    text = "经查，顾客需在十五日内到某省公共支付平台缴纳停车费后方可离场。"
    assert read_decision_rights(text).payment is None


@pytest.mark.parametrize("field", ["履行方式和期限：无", "履行方式和期限：（无）", "【履行方式和期限】（空）"])
def test_a_payment_field_filled_with_none_states_no_terms(field: str) -> None:
    """A form's payment field left as 无: the 六十日 of the remedies field after it is no time to pay."""
    text = (
        f"处罚种类：无\n{field}\n救济途径：如不服本决定，可以在收到本决定书之日起六十日内向某区人民政府申请行政复议。"
    )
    assert read_decision_rights(text).payment is None


def test_a_payment_field_whose_value_opens_with_wu_is_still_read() -> None:
    """Must not match: 无 that opens the field's words (无需另行通知，…十五日内缴纳罚款) is no empty field."""
    text = "履行方式和期限：无需另行通知，当事人应当自收到本决定书之日起十五日内到某某银行缴纳罚款。"
    payment = read_decision_rights(text).payment
    assert payment is not None and payment.period is not None and payment.period.amount == 15


def test_routes_read_off_a_remedies_table() -> None:
    """复议 and 诉讼 printed as a table's rows: the body cells and the period cells."""
    text = (
        "罚款限于收到本决定书之日起十五日内缴纳。\n途径\u3000\u3000受理机关\u3000\u3000期限\n"
        "行政复议\u3000\u3000某甲县人民政府\u3000\u3000自收到本决定书之日起六十日内\n"
        "某乙市市场监督管理局\n"
        "行政诉讼\u3000\u3000某甲县人民法院\u3000\u3000自收到本决定书之日起六个月内\n"
    )
    rights = read_decision_rights(text)
    assert rights.review is not None and rights.review.bodies == ["某甲县人民政府", "某乙市市场监督管理局"]
    assert rights.review.period is not None and (rights.review.period.amount, rights.review.period.unit) == (60, "day")
    assert text[rights.review.period.start : rights.review.period.end] == rights.review.period.raw
    assert rights.litigation is not None and rights.litigation.bodies == ["某甲县人民法院"]
    assert rights.litigation.period is not None and rights.litigation.period.amount == 6


def test_a_body_glossed_by_its_role_is_the_name_after_即() -> None:
    text = "如不服，可在六十日内向本级人民政府即某甲县人民政府申请行政复议。"
    review = read_decision_rights(text).review
    assert review is not None and review.bodies == ["某甲县人民政府"]


def test_a_place_with_即_in_its_name_is_no_gloss() -> None:
    """Must not match: 即 inside a place's name (某市即墨区) follows no role."""
    text = "如不服，可在六十日内向某乙市即墨区人民政府申请行政复议。"
    review = read_decision_rights(text).review
    assert review is not None and review.bodies == ["某乙市即墨区人民政府"]


def test_bodies_listed_in_brackets_after_the_following_body() -> None:
    text = "如不服本决定，可以在六十日内向下列机关申请行政复议（某县人民政府或者某市某局），也可以在六个月内向某县人民法院提起行政诉讼。"
    assert read_decision_rights(text).review.bodies == ["某县人民政府", "某市某局"]
    # must not match: a bracketed aside after a named body is not a list of bodies
    other = "如不服本决定，可以在六十日内向某县人民政府申请行政复议（书面申请），也可以在六个月内向某县人民法院提起行政诉讼。"
    assert read_decision_rights(other).review.bodies == ["某县人民政府"]


def test_the_remedies_period_is_no_time_to_pay_when_form_fields_run_on() -> None:
    text = "履行方式：当场缴纳\n收据：No.0001\n救济途径：如不服本决定，可于收到本决定书之日起六十日内向某县人民政府申请行政复议。"
    payment = read_decision_rights(text).payment
    assert payment is None or payment.period is None
    # must not match: a time to pay stated before the remedies in the same run of fields
    paid = "履行方式：十五日内到某银行缴纳罚款\n救济途径：如不服本决定，可于六十日内向某县人民政府申请行政复议。"
    assert read_decision_rights(paid).payment.period.amount == 15
