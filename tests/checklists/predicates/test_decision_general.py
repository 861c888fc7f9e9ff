"""Decision-scope checks on wordings that are merely unusual: they must not fire (a false alarm is worse than
`unknown`), while the defects next to them still do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from tests.reviewer.pipeline.test_scope import DECISION

REVIEW = "如不服本决定，可在六十日内向嵩川市人民政府申请行政复议，或者在六个月内向嵩川区人民法院提起行政诉讼。"
FACTS = "经查，2024年1月10日，当事人销售商品时在标价之外加价收取费用。"


def _finding(make_pdf: Callable[..., Path], lines: list[str], check: str) -> tuple[str, str]:
    _, draft = review([make_pdf("d.pdf", [lines])], Settings(), scope="decision")
    finding = next(f for f in draft.findings if f.check_id == check)
    return finding.status, finding.message


def _with(line: str, replacement: str, *, year: str = "2024") -> list[str]:
    assert line in DECISION
    return [(replacement if item == line else item).replace("2024", year) for item in DECISION]


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("嵩川市人民政府或者嵩州市发展和改革局", "2023"),  # still exists: no abolished body
        ("嵩川市司法局", "2024"),  # the government's own 复议 office, no superior department
        ("嵩川市人民政府或者嵩州市市场监督管理局", "2023"),  # the choice the law still gave in 2023
    ],
)
def test_bodies_that_are_not_stale(make_pdf: Callable[..., Path], body: str, year: str) -> None:
    lines = _with(REVIEW, REVIEW.replace("嵩川市人民政府", body), year=year)
    status, message = _finding(make_pdf, lines, "decision.citation_current")
    assert status == "pass", message


def test_superior_department_beside_the_government_after_2024(make_pdf: Callable[..., Path]) -> None:
    lines = _with(REVIEW, REVIEW.replace("嵩川市人民政府", "嵩川市人民政府或者嵩州市市场监督管理局"))
    status, message = _finding(make_pdf, lines, "decision.citation_current")
    assert status == "fail" and "嵩州市市场监督管理局" in message


def test_superior_department_of_a_vertical_system_is_current(make_pdf: Callable[..., Path]) -> None:
    lines = [
        line.replace("嵩川市市场监督管理局", "嵩川市烟草专卖局")
        for line in _with(REVIEW, REVIEW.replace("嵩川市人民政府", "嵩州市烟草专卖局"))
    ]
    assert _finding(make_pdf, lines, "decision.citation_current")[0] == "pass"


BASIS = "依据《价格违法行为行政处罚规定》第十三条第一款，决定处罚如下：罚款2000元。"


@pytest.mark.parametrize(
    ("cited", "status"),
    [
        ("违反了《禁止价格欺诈行为的规定》第七条第一项的规定。", "fail"),
        (
            "违反了《明码标价和禁止价格欺诈规定》第十九条第一项（原《禁止价格欺诈行为的规定》第七条第一项）的规定。",
            "pass",
        ),
    ],
)
def test_repealed_rule_applied_or_only_named_as_the_old_one(
    make_pdf: Callable[..., Path], cited: str, status: str
) -> None:
    violated = "当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定。"
    lines = _with(violated, "当事人的行为" + cited)
    lines.insert(lines.index("当事人的行为" + cited), FACTS)
    got, message = _finding(make_pdf, lines, "decision.citation_current")
    assert got == status, message


def test_review_body_in_an_unread_wording_is_unknown(make_pdf: Callable[..., Path]) -> None:
    odd = "如不服本决定，可在六十日内申请行政复议，由嵩川市人民政府受理；也可在六个月内向嵩川区人民法院提起行政诉讼。"
    status, message = _finding(make_pdf, _with(REVIEW, odd), "rights.remedies_in_decision")
    assert status == "unknown", message
    bare = "如不服本决定，可在六十日内依法申请行政复议；也可在六个月内向嵩川区人民法院提起行政诉讼。"
    status, message = _finding(make_pdf, _with(REVIEW, bare), "rights.remedies_in_decision")
    assert status == "fail" and "复议机关" in message, message


@pytest.mark.parametrize(
    "payment",
    [
        "当事人应自收到本决定书之日起15天内到嵩川市财政局缴纳罚款。",
        "当事人应于收到本决定书之日起十五日内将罚款汇入嵩川市财政局非税收入专户。",
    ],
)
def test_payment_terms_in_other_wordings_pass(make_pdf: Callable[..., Path], payment: str) -> None:
    line = "当事人应自收到本决定书之日起十五日内到指定银行缴纳罚款。"
    status, message = _finding(make_pdf, _with(line, payment), "rights.payment_terms_in_decision")
    assert status == "pass", message


SURCHARGE = "逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第五十一条的规定，每日按罚款数额的百分之三加处罚款。"


def test_undated_decision_in_the_year_a_rule_changed_is_unknown(make_pdf: Callable[..., Path]) -> None:
    """Only the 文号 says 2021: the old surcharge article was current until 14 July 2021 and stale after."""
    lines = [line.replace("2024", "2021") for line in DECISION if line != "2024年3月4日"]
    lines.insert(-1, SURCHARGE)
    status, message = _finding(make_pdf, lines, "decision.citation_current")
    assert status == "unknown", message
    later = [line.replace("2021", "2022") for line in lines]
    assert _finding(make_pdf, later, "decision.citation_current")[0] == "fail"


def test_a_longer_name_containing_a_repealed_rule_is_another_rule(make_pdf: Callable[..., Path]) -> None:
    violated = "当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定。"
    other = "当事人的行为违反了《关于商品和服务实行明码标价的规定实施细则》第五条的规定。"
    lines = _with(violated, other)
    lines.insert(lines.index(other), FACTS)
    status, message = _finding(make_pdf, lines, "decision.citation_current")
    assert status == "pass", message


def test_a_number_found_below_the_heading_passes_but_never_fails_its_year(make_pdf: Callable[..., Path]) -> None:
    heading = "嵩川市监处罚〔2024〕17号"
    moved = [line for line in DECISION if line != heading]
    moved.insert(-1, heading)
    assert _finding(make_pdf, moved, "decision.doc_number")[0] == "pass"
    other_year = [line.replace("〔2024〕", "〔2023〕") for line in moved]
    status, message = _finding(make_pdf, other_year, "decision.doc_number")
    assert status == "unknown", message


AFTER_REVIEW = (
    "如不服本决定，可在六十日内向嵩川市人民政府申请行政复议；对复议决定不服的，可在收到复议决定书之日起十五日内"
    "向嵩川区人民法院提起行政诉讼。"
)


@pytest.mark.parametrize(("year", "status"), [("2024", "pass"), ("2023", "fail")])
def test_on_the_spot_decision_goes_to_review_first_from_2024(
    make_pdf: Callable[..., Path], year: str, status: str
) -> None:
    lines = [
        line.replace("# 行政处罚决定书", "# 当场行政处罚决定书") for line in _with(REVIEW, AFTER_REVIEW, year=year)
    ]
    got, message = _finding(make_pdf, lines, "rights.remedies_in_decision")
    assert got == status, message


def test_an_ordinary_decision_offering_litigation_only_after_review_still_fails(make_pdf: Callable[..., Path]) -> None:
    status, message = _finding(make_pdf, _with(REVIEW, AFTER_REVIEW), "rights.remedies_in_decision")
    assert status == "fail" and "直接提起行政诉讼" in message, message


def test_a_penalty_imposed_with_no_basis_fails_basis_and_contents(make_pdf: Callable[..., Path]) -> None:
    basis = "依据《价格违法行为行政处罚规定》第十三条第一款，决定处罚如下：罚款2000元。"
    lines = _with(basis, "本局决定处罚如下：罚款2000元。")
    status, message = _finding(make_pdf, lines, "decision.basis_precise")
    assert status == "fail" and "处罚依据" in message, message
    status, message = _finding(make_pdf, lines, "decision.contents")
    assert status == "fail" and "处罚依据" in message, message


def test_statement_period_stated_apart_from_the_service(make_pdf: Callable[..., Path]) -> None:
    """Served Friday 1 March 2024; dated Thursday 7 March: inside the default five working days, after three."""
    served = "2024年3月1日，我局执法人员向当事人送达了《行政处罚告知书》，当事人未提出陈述、申辩。"
    dated = [line.replace("2024年3月4日", "2024年3月7日") for line in DECISION]
    assert _finding(make_pdf, dated, "deadline.statement_period")[0] == "fail"
    told = [
        "2024年3月1日，我局执法人员向当事人送达了《行政处罚告知书》。告知当事人可在三个工作日内提出陈述、申辩。"
        if line == served
        else line
        for line in dated
    ]
    assert _finding(make_pdf, told, "deadline.statement_period")[0] == "pass"


@pytest.mark.parametrize(("decided", "status"), [("2024年2月20日", "fail"), ("2024年2月21日", "pass")])
def test_statement_period_served_without_its_year_across_the_spring_festival(
    make_pdf: Callable[..., Path], decided: str, status: str
) -> None:
    """Made 6 February 2024, served the next sentence's 2月7日 (a Wednesday): 除夕 9 February is a working day, 10–17
    are off, Sunday 18 is worked, so the fifth working day is 20 February; a decision that day is inside the period."""
    served = "2024年3月1日，我局执法人员向当事人送达了《行政处罚告知书》，当事人未提出陈述、申辩。"
    told = "2024年2月6日，我局作出《行政处罚告知书》。2月7日，执法人员将告知书直接送达当事人，当事人未提出陈述、申辩。"
    lines = [(told if line == served else line).replace("2024年3月4日", decided) for line in DECISION]
    assert _finding(make_pdf, lines, "deadline.statement_period")[0] == status


def test_a_refund_article_alone_is_no_basis_for_the_penalty(make_pdf: Callable[..., Path]) -> None:
    """Rule 20: 依据…第十六条第一款，责令退还 cites a refund, not the basis of the fine imposed beside it."""
    basis = "依据《价格违法行为行政处罚规定》第十三条第一款，决定处罚如下：罚款2000元。"
    refund = "本局决定处罚如下：罚款2000元。同时，依据《价格违法行为行政处罚规定》第十六条第一款的规定，责令当事人退还多收价款。"
    status, message = _finding(make_pdf, _with(basis, refund), "decision.contents")
    assert status == "fail" and "处罚依据" in message, message
    kept = basis + "同时，依据《价格违法行为行政处罚规定》第十六条第一款的规定，责令当事人退还多收价款。"
    status, message = _finding(make_pdf, _with(basis, kept), "decision.contents")
    assert "处罚依据" not in message, message


@pytest.mark.parametrize(("number", "status"), [("〔24〕17号", "pass"), ("〔23〕17号", "fail")])
def test_a_two_digit_year_in_the_number_is_checked_against_the_decision_date(
    make_pdf: Callable[..., Path], number: str, status: str
) -> None:
    lines = [line.replace("〔2024〕17号", number) for line in DECISION]
    found, message = _finding(make_pdf, lines, "decision.doc_number")
    assert found == status, message
    if status == "fail":
        assert "2023" in message


def test_a_decision_signed_by_a_bare_seal_placeholder_names_no_agency(make_pdf: Callable[..., Path]) -> None:
    told = [FACTS, "上述事实有现场检查笔录、询问笔录等证据证明。"]
    whole = DECISION[:5] + told + DECISION[5:]
    sealed = [("（印章）" if line == "嵩川市市场监督管理局" else line) for line in whole]
    status, message = _finding(make_pdf, sealed, "decision.contents")
    assert status == "fail" and "作出决定的行政机关名称" in message, message
    # no placeholder printed: the signature may be a picture of the seal, so the name is unread, not missing
    status, message = _finding(
        make_pdf, [line for line in whole if line != "嵩川市市场监督管理局"], "decision.contents"
    )
    assert status == "unknown" and "行政机关名称" in message, message


def _blank_dated(number: str) -> list[str]:
    """The sample decision with its date left as the blank template and its 文号 replaced."""
    return [
        ("年    月    日" if line == "2024年3月4日" else line.replace("嵩川市监处罚〔2024〕17号", number))
        for line in DECISION
    ]


@pytest.mark.parametrize(
    ("number", "status"),
    [
        ("嵩川市监处罚〔2024〕17号", "pass"),  # complete; the blank date fails timeline.dates_filled, not this
        ("嵩川市监处罚〔2025〕17号", "pass"),  # may be signed the next year: nothing says otherwise
        ("嵩川市监处罚〔2023〕17号", "fail"),  # earlier than the notice the decision says was served in 2024
    ],
)
def test_a_number_of_a_decision_left_undated_is_held_against_what_it_narrates(
    make_pdf: Callable[..., Path], number: str, status: str
) -> None:
    found, message = _finding(make_pdf, _blank_dated(number), "decision.doc_number")
    assert found == status, message


@pytest.mark.parametrize(
    ("number", "status"),
    [
        ("嵩川市监处罚〔2024〕17号", "pass"),  # no date to hold the year against: timeline.dates_filled fails that
        ("嵩川市监处罚〔2023〕17号", "fail"),  # must not pass: earlier than the notice the decision says was served
    ],
)
def test_a_number_of_a_decision_printing_no_date_at_all_is_held_against_what_it_narrates(
    make_pdf: Callable[..., Path], number: str, status: str
) -> None:
    """Ruling 49's reasoning for a date missing altogether (no 年 月 日 printed), not only one left blank."""
    lines = [line.replace("嵩川市监处罚〔2024〕17号", number) for line in DECISION if line != "2024年3月4日"]
    found, message = _finding(make_pdf, lines, "decision.doc_number")
    assert found == status, message


def test_a_decision_carrying_only_the_notices_number_fails_saying_so(make_pdf: Callable[..., Path]) -> None:
    lines = [line.replace("嵩川市监处罚〔2024〕17号", "嵩川市监罚告〔2024〕9号") for line in DECISION]
    found, message = _finding(make_pdf, lines, "decision.doc_number")
    assert found == "fail" and "告知书" in message and "嵩川市监罚告〔2024〕9号" in message, message
    # must not match: a decision printing no number at all says it has none
    found, message = _finding(make_pdf, [line for line in DECISION if "17号" not in line], "decision.doc_number")
    assert found == "fail" and "告知书" not in message, message


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("嵩川市人民政府", "pass"),  # current whenever the decision was signed
        ("嵩州市市场监督管理局", "fail"),  # the notice was served in 2024: already the government's since 2024
    ],
)
def test_an_undated_decision_without_a_year_is_judged_from_what_it_narrates(
    make_pdf: Callable[..., Path], body: str, status: str
) -> None:
    lines = [line.replace("嵩川市人民政府", body) for line in _blank_dated("嵩川市监处罚17号")]
    found, message = _finding(make_pdf, lines, "decision.citation_current")
    assert found == status, message


def test_an_undated_decision_without_a_year_before_a_change_is_not_guessed(make_pdf: Callable[..., Path]) -> None:
    lines = [
        line.replace("2024年3月1日", "2023年3月1日").replace("嵩川市人民政府", "嵩州市市场监督管理局")
        for line in _blank_dated("嵩川市监处罚17号")
    ]
    found, message = _finding(make_pdf, lines, "decision.citation_current")
    assert found == "unknown", message


@pytest.mark.parametrize(
    ("served", "article", "status"),
    [
        # the notice served after the 2021 revision came into force: the undated decision is later still
        ("2021年10月12日", "七十二", "pass"),
        ("2021年10月12日", "五十一", "fail"),
        # must not match: served before the change (or outside the 文号's year), nothing shows the decision later
        ("2021年3月1日", "七十二", "not pass"),
        ("2020年11月30日", "七十二", "not pass"),
    ],
)
def test_an_undated_decision_is_no_earlier_than_the_notice_it_narrates(
    make_pdf: Callable[..., Path], served: str, article: str, status: str
) -> None:
    surcharge = SURCHARGE.replace("第五十一条", f"第{article}条")
    lines = [line.replace("2024年3月1日", served) for line in _blank_dated("嵩川市监处罚〔2021〕17号")]
    lines.insert(-1, surcharge)
    found, message = _finding(make_pdf, lines, "decision.citation_current")
    assert found != "pass" if status == "not pass" else found == status, message


def test_a_fine_imposed_without_its_amount_lacks_a_content(make_pdf: Callable[..., Path]) -> None:
    """决定对当事人处以罚款的行政处罚 with no sum anywhere: the penalty is incomplete (Art. 59, rule 15)."""
    told = [FACTS, "上述事实有现场检查笔录、询问笔录等证据证明。"]
    whole = DECISION[:5] + told + DECISION[5:]
    bare = "依据《价格违法行为行政处罚规定》第十三条第一款，本局决定对当事人处以罚款的行政处罚。"
    lines = [bare if line == BASIS else line for line in whole]
    status, message = _finding(make_pdf, lines, "decision.contents")
    assert status == "fail" and "罚款数额" in message, message
    # must not match: the fine's amount stated, or a sum elsewhere the reader could not place (a person looks)
    status, message = _finding(make_pdf, whole, "decision.contents")
    assert "罚款数额" not in message, message
    priced = [line.replace("加价收取费用", "加价收取费用共计300元") for line in lines]
    status, message = _finding(make_pdf, priced, "decision.contents")
    assert status != "fail" and "罚款数额" in message, message
    # the penalty section's only sum is what it confiscates: the fine's amount is missing all the same
    seized = bare.replace("处以罚款的行政处罚。", "处以罚款，没收违法所得人民币300元。")
    with_gains = [seized if line == bare else line for line in priced]
    status, message = _finding(make_pdf, with_gains, "decision.contents")
    assert status == "fail" and "罚款数额" in message, message


@pytest.mark.parametrize(
    ("litigation", "status"),
    [
        ("或者在九十日内向嵩川区人民法院提起行政诉讼", "fail"),  # a period in days on the direct route
        ("或者在收到本决定书之日起15日内直接向嵩川区人民法院起诉", "fail"),
        # must not fail: the six months, a route with no period of its own beside the 复议 offer's 六十日,
        # and a period in days that may be meant as six months
        ("或者在六个月内向嵩川区人民法院提起行政诉讼", "pass"),
        ("或者依法向嵩川区人民法院提起行政诉讼", "unknown"),
        ("或者在一百八十日内向嵩川区人民法院提起行政诉讼", "unknown"),
    ],
)
def test_a_direct_litigation_period_in_days_is_not_six_months(
    make_pdf: Callable[..., Path], litigation: str, status: str
) -> None:
    lines = _with(REVIEW, REVIEW.replace("或者在六个月内向嵩川区人民法院提起行政诉讼", litigation))
    got, message = _finding(make_pdf, lines, "rights.remedies_in_decision")
    assert got == status, message
    if status == "fail":
        assert "起诉期限写为" in message and "日" in message, message


@pytest.mark.parametrize(("seen", "status"), [("2025年2月18日", "pass"), ("2023年2月18日", "unknown")])
def test_an_undated_on_the_spot_decision_is_no_earlier_than_its_facts(
    make_pdf: Callable[..., Path], seen: str, status: str
) -> None:
    """Blank date: conduct seen in 2025 puts the decision under 复议前置; conduct of 2023 leaves it open."""
    lines = [
        line.replace("# 行政处罚决定书", "# 当场行政处罚决定书").replace("2023年3月4日", "年　　月　　日")
        for line in _with(REVIEW, AFTER_REVIEW, year="2023")
    ]
    lines.insert(5, f"经查，{seen}，执法人员检查发现当事人销售的商品未标示价格。")
    got, message = _finding(make_pdf, lines, "rights.remedies_in_decision")
    assert got == status, message


@pytest.mark.parametrize(
    ("months", "year", "status"),
    [
        # the 1989 行政诉讼法 第三十九条 gave three months until 2015-04-30; 第四十六条 six months from 2015-05-01
        ("三个月", "2014", "pass"),
        ("六个月", "2014", "fail"),
        ("六个月", "2016", "pass"),
        # must not pass: three months under the law in force from 2015-05-01
        ("三个月", "2016", "fail"),
    ],
)
def test_the_direct_litigation_period_is_the_one_in_force_on_the_decision_date(
    make_pdf: Callable[..., Path], months: str, year: str, status: str
) -> None:
    lines = _with(REVIEW, REVIEW.replace("六个月", months), year=year)
    got, message = _finding(make_pdf, lines, "rights.remedies_in_decision")
    assert got == status, message
    if status == "fail":
        law = "3 个月" if year == "2014" else "6 个月"
        assert law in message, message


#: A credit code printed in full (its check character holds), as an unredacted copy prints it.
FULL_CODE = "91411322MA9K7TQ20J"


def _unnamed(code: str) -> list[str]:
    lines = _with("当事人：嵩川市好运来超市有限公司", "当事人名称：__________")
    return [f"统一社会信用代码：{code}" if line.startswith("统一社会信用代码") else line for line in lines]


def test_a_name_left_as_a_fill_in_line_beside_a_full_code_fails(make_pdf: Callable[..., Path]) -> None:
    lines = _unnamed(FULL_CODE)
    status, message = _finding(make_pdf, lines, "party.identified")
    assert status == "fail" and "当事人名称" in message
    assert _finding(make_pdf, lines, "decision.contents")[0] == "fail"
    assert _finding(make_pdf, lines, "decision.drafting")[0] == "fail"


def test_a_name_redacted_with_its_code_is_given(make_pdf: Callable[..., Path]) -> None:
    """Must not match: a copy redacted for publication (the code masked too) names its party."""
    lines = _unnamed("91410100MA44XXXX1K")
    assert _finding(make_pdf, lines, "party.identified")[0] == "pass"
    assert _finding(make_pdf, lines, "decision.drafting")[0] == "pass"


_DISPOSITION = "依据《价格违法行为行政处罚规定》第十三条第一款，决定处罚如下：罚款2000元。"


def test_a_disposition_punishing_another_organisation_fails_identification(make_pdf: Callable[..., Path]) -> None:
    other = "依据《价格违法行为行政处罚规定》第十三条第一款，决定对嵩川市好运来百货有限公司处以罚款2000元。"
    status, message = _finding(make_pdf, _with(_DISPOSITION, other), "party.identified")
    assert status == "fail" and "嵩川市好运来百货有限公司" in message


@pytest.mark.parametrize("name", ["嵩川市好运来超市有限公司", "好运来超市", "该公司"])
def test_a_disposition_naming_the_party_itself_passes(make_pdf: Callable[..., Path], name: str) -> None:
    """Must not match: the party's full name, its abbreviation or a reference to it."""
    same = f"依据《价格违法行为行政处罚规定》第十三条第一款，决定对{name}处以罚款2000元。"
    assert _finding(make_pdf, _with(_DISPOSITION, same), "party.identified")[0] == "pass"


def _told(replacement: str) -> list[str]:
    """The decision with its facts and evidence told and its disposition replaced."""
    told = [FACTS, "上述事实有现场检查笔录、询问笔录等证据证明。"]
    whole = DECISION[:5] + told + DECISION[5:]
    return [replacement if line == BASIS else line for line in whole]


@pytest.mark.parametrize(
    "slot",
    ["罚款＿＿＿＿元", "罚款（此处填写罚款金额）元", "罚款人民币　　　　元"],
    ids=["underscores", "placeholder", "spaces"],
)
def test_a_fine_whose_amount_is_left_to_fill_still_states_its_kind(make_pdf: Callable[..., Path], slot: str) -> None:
    """Art. 59 asks for the penalty's kind and basis: a blank amount is decision.drafting's, not a missing content."""
    lines = _told(f"依据《价格违法行为行政处罚规定》第十三条第一款，本局决定对当事人{slot}。")
    status, message = _finding(make_pdf, lines, "decision.contents")
    assert "罚款数额" not in message and status == "pass", message
    # must not match: a fine with no amount and no slot for one still lacks its amount
    bare = _told("依据《价格违法行为行政处罚规定》第十三条第一款，本局决定对当事人处以罚款的行政处罚。")
    status, message = _finding(make_pdf, bare, "decision.contents")
    assert status == "fail" and "罚款数额" in message, message


@pytest.mark.parametrize(
    "disposition",
    [
        "依据《中华人民共和国价格法》第四十条第一款，本局决定如下：一、责令当事人立即改正；二、责令当事人退还多收价款。",
        "依据《价格违法行为行政处罚规定》第十三条第一款，本局决定对当事人的上述违法行为依法予以行政处罚。",
    ],
    ids=["orders only", "no kind named"],
)
def test_a_penalty_decision_that_imposes_no_penalty_lacks_its_content(
    make_pdf: Callable[..., Path], disposition: str
) -> None:
    """Orders (责令改正, 责令退还) are no penalty; 予以行政处罚 names none: the penalty is missing, and a payment
    clause printed anyway has nothing to collect."""
    lines = _told(disposition)
    status, message = _finding(make_pdf, lines, "decision.contents")
    assert status == "fail" and "处罚内容" in message, message
    assert _finding(make_pdf, lines, "rights.payment_terms_in_decision")[0] == "not_applicable"
    # must not match: an order beside a penalty, and an order in a decision that spares the party
    fined = disposition.replace("一、责令当事人立即改正", "一、罚款2000元").replace(
        "依法予以行政处罚", "处以罚款2000元"
    )
    status, message = _finding(make_pdf, _told(fined), "decision.contents")
    assert "处罚内容" not in message, message
    spared = _told("依据《中华人民共和国行政处罚法》第三十三条第一款，本局决定对当事人不予行政处罚，责令当事人改正。")
    status, message = _finding(make_pdf, spared, "decision.contents")
    assert "处罚内容" not in message, message
