"""Contents predicates (rights.*, officers.*, party.*, decision.*): the committed samples and hand-built cases."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path

import pytest

import checklists.predicates  # noqa: F401 — registers the predicates
from checklists.engine import CaseView, Outcome
from checklists.registry import PREDICATES
from checklists.schema import Standard
from checklists.standards import load_standard
from reviewer.core.model import CaseFacts, Finding, Instrument
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from tests.facts import with_facts

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
CONTENT_IDS = (
    "rights.notice_contents",
    "rights.statement_in_notice",
    "rights.hearing_in_notice",
    "rights.statement_reviewed",
    "rights.no_heavier_after_defence",
    "rights.remedies_in_decision",
    "rights.payment_terms_in_decision",
    "officers.two_officers",
    "officers.certificates",
    "party.consistent",
    "party.identified",
    "decision.contents",
    "decision.basis_precise",
    "decision.amount_consistent",
    "decision.doc_number",
    "decision.simple_procedure_limits",
)
CASES = sorted(path.stem for path in SAMPLES.glob("case-*.pdf"))


@cache
def _findings(case: str) -> dict[str, Finding]:
    _, draft = review([SAMPLES / f"{case}.pdf"], Settings())
    return {finding.check_id: finding for finding in draft.findings}


@lru_cache(maxsize=1)
def _standard() -> Standard:
    return load_standard("henan-2022")


def test_every_content_check_is_registered() -> None:
    assert set(CONTENT_IDS) <= set(PREDICATES)


@pytest.mark.parametrize("case", CASES)
def test_samples_agree_with_truth(case: str) -> None:
    truth = json.loads((SAMPLES / f"{case}.truth.json").read_text(encoding="utf-8"))
    findings = _findings(case)
    got = {check_id for check_id in CONTENT_IDS if findings[check_id].status == "fail"}
    expected = set(truth["expected_failing"]) & set(CONTENT_IDS)
    assert got == expected


@pytest.mark.parametrize("case", CASES)
def test_sample_failures_carry_evidence_and_full_messages(case: str) -> None:
    for check_id in CONTENT_IDS:
        finding = _findings(case)[check_id]
        if finding.status == "fail":
            assert finding.evidence, check_id
            assert "{" not in finding.message, finding.message


def test_sample_messages_name_the_defect() -> None:
    assert "40000元" in _findings("case-09-market-amounts")["rights.no_heavier_after_defence"].message
    assert "30000元" in _findings("case-09-market-amounts")["rights.no_heavier_after_defence"].message
    assert "张丽" in _findings("case-08-market-officers")["officers.certificates"].message
    assert "1 名" in _findings("case-08-market-officers")["officers.two_officers"].message
    assert "嵩川市鑫禾商贸公司" in _findings("case-08-market-officers")["party.consistent"].message
    assert "印章" in _findings("case-13-market-decision-form")["decision.contents"].message
    assert "统一社会信用代码" in _findings("case-13-market-decision-form")["party.identified"].message
    assert "500" in _findings("case-17-simple-over-limit")["decision.simple_procedure_limits"].message


# --- hand-built cases ------------------------------------------------------------------------------------

NOTICE = """嵩川市市场监督管理局
行政处罚事先告知书
嵩市监罚告〔2023〕9号
某某贸易有限公司：
经查，你单位销售过期食品。上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。
依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，本局拟对你单位作出如下行政处罚：
罚款人民币60000元（大写：陆万元整）。
你单位有权进行陈述和申辩。
如你单位要求陈述、申辩，应当自收到本告知书之日起三个工作日内向本局提出。
嵩川市市场监督管理局
（印章）
2023年4月6日"""

DECISION = """嵩川市市场监督管理局
行政处罚决定书
嵩市监罚〔2023〕9号
当事人：某某贸易有限公司
统一社会信用代码：91419901MA865GXD4U
住所：嵩川市嵩北区兴业路8号
经查，当事人销售过期食品。上述事实有询问笔录等证据证明。
当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定，依据《中华人民共和国食品安全法》
第一百二十四条第一款的规定，本局决定对当事人作出如下行政处罚：
罚款人民币60000元（大写：陆万元整）。
当事人应当自收到本决定书之日起十五日内，到嵩川市财政局指定的代收银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向嵩川市人民政府申请行政复议；也可以在{months}内依法向嵩川市嵩北区人民法院提起行政诉讼。
嵩川市市场监督管理局
（印章）
2023年4月19日"""


def _instrument(kind: str, title: str, text: str, page: int = 1) -> Instrument:
    return Instrument(kind=kind, title=title, first_page=page, last_page=page, text=text)


def _view(*instruments: Instrument, **facts: object) -> CaseView:
    values: dict[str, object] = {"procedure": "general", "party_type": "organisation"}
    values.update(facts)
    return CaseView(with_facts(instruments), CaseFacts(**values), _standard())


def _run(check_id: str, view: CaseView) -> Outcome:
    return PREDICATES[check_id](view, _standard().check(check_id))


def test_litigation_period_of_three_months_fails_remedies() -> None:
    stale = _instrument("penalty_decision", "行政处罚决定书", DECISION.format(months="三个月"))
    current = _instrument("penalty_decision", "行政处罚决定书", DECISION.format(months="六个月"))
    assert _run("rights.remedies_in_decision", _view(stale)).status == "fail"
    assert _run("rights.remedies_in_decision", _view(current)).status == "pass"


@pytest.mark.parametrize(("months", "status"), [("三个月", "pass"), ("六个月", "fail")])
def test_the_litigation_period_of_the_law_in_force_on_the_decision_date(months: str, status: str) -> None:
    """A decision of 2014 gives the three months of the 1989 行政诉讼法 第三十九条 (six only from 2015-05-01)."""
    text = DECISION.format(months=months).replace("2023年4月19日", "2014年4月19日").replace("〔2023〕", "〔2014〕")
    decision = Instrument(
        kind="penalty_decision", title="行政处罚决定书", first_page=1, last_page=1, text=text, date=dt.date(2014, 4, 19)
    )
    outcome = _run("rights.remedies_in_decision", _view(decision))
    assert outcome.status == status
    if status == "fail":
        assert "3 个月" in _standard().check("rights.remedies_in_decision").render(**outcome.values)


def test_hearing_in_notice_follows_eligibility() -> None:
    # with a decision on file the pipeline's facts decide eligibility (without one, the proposal does: test_case_class)
    notice = _instrument("prior_notice", "行政处罚事先告知书", NOTICE)
    decision = _instrument("penalty_decision", "行政处罚决定书", DECISION.format(months="六个月"), page=2)
    assert _run("rights.hearing_in_notice", _view(notice, decision, hearing_eligible=None)).status == "unknown"
    assert _run("rights.hearing_in_notice", _view(notice, decision, hearing_eligible=False)).status == "not_applicable"
    outcome = _run("rights.hearing_in_notice", _view(notice, decision, hearing_eligible=True, fine_yuan=Decimal(60000)))
    assert outcome.status == "fail"
    message = _standard().check("rights.hearing_in_notice").render(**outcome.values)
    assert "罚款60000元" in message and "50000" in message


def test_notice_checks_are_not_applicable_without_a_notice() -> None:
    view = _view(_instrument("penalty_decision", "行政处罚决定书", DECISION.format(months="六个月")))
    for check_id in ("rights.notice_contents", "rights.statement_in_notice", "rights.no_heavier_after_defence"):
        assert _run(check_id, view).status == "not_applicable"


def test_notice_and_decision_pass_when_complete() -> None:
    notice = _instrument("prior_notice", "行政处罚事先告知书", NOTICE)
    decision = _instrument("penalty_decision", "行政处罚决定书", DECISION.format(months="六个月"), page=2)
    view = _view(notice, decision)
    for check_id in (
        "rights.notice_contents",
        "rights.statement_in_notice",
        "rights.no_heavier_after_defence",
        "rights.payment_terms_in_decision",
        "party.identified",
        "decision.contents",
        "decision.basis_precise",
        "decision.amount_consistent",
        "decision.doc_number",
    ):
        assert _run(check_id, view).status == "pass", check_id


def test_recorder_is_not_a_second_officer() -> None:
    record = _instrument(
        "inspection_record",
        "现场检查笔录",
        "现场检查笔录\n检查人员：张三（执法证号：41990100213）\n记录人：李四\n检查情况：……",
    )
    outcome = _run("officers.two_officers", _view(record))
    assert outcome.status == "fail" and outcome.values["count"] == 1


def test_record_without_officers_is_unknown_not_pass() -> None:
    record = _instrument("inquiry_record", "询问笔录", "询问笔录\n问：你叫什么名字？\n答：王五。")
    assert _run("officers.two_officers", _view(record)).status == "unknown"


def test_certificate_numbers_may_be_shown_on_another_record() -> None:
    first = _instrument(
        "inspection_record", "现场检查笔录", "检查人员：张三（执法证号：41990100213）、李四（执法证号：41990100227）"
    )
    later = _instrument("inquiry_record", "询问笔录", "询问人：张三、李四\n记录人：李四", page=2)
    partial = _instrument("inquiry_record", "询问笔录", "询问人：张三（执法证号：41990100213）、王五", page=2)
    assert _run("officers.certificates", _view(first, later)).status == "pass"
    outcome = _run("officers.certificates", _view(first, partial))
    assert outcome.status == "fail" and outcome.values["officer"] == "王五"
    assert _run("officers.certificates", _view(later)).status == "fail"


@pytest.mark.parametrize(
    ("fine", "party_type", "status"),
    [
        ("200", "citizen", "pass"),
        ("500", "citizen", "fail"),
        ("3000", "organisation", "pass"),
        ("3500", "organisation", "fail"),
        ("500", None, "unknown"),
    ],
)
def test_simple_procedure_limits(fine: str, party_type: str | None, status: str) -> None:
    decision = _instrument(
        "onsite_decision",
        "行政处罚决定书（简易程序）",
        f"当场作出如下行政处罚：\n罚款人民币{fine}元。\n当事人应当自收到本决定书之日起十五日内缴纳罚款。",
    )
    view = _view(decision, procedure="simple", party_type=party_type)
    assert _run("decision.simple_procedure_limits", view).status == status


def test_simple_procedure_limits_not_applicable_to_general_files() -> None:
    assert _run("decision.simple_procedure_limits", _view()).status == "not_applicable"
    assert _run("decision.simple_procedure_limits", _view(procedure=None)).status == "unknown"


def test_party_name_wrapped_in_a_table_cell_is_the_same_name() -> None:
    decision = _instrument("penalty_decision", "行政处罚决定书", DECISION.format(months="六个月"))
    wrapped = _instrument(
        "payment_receipt",
        "缴款书",
        "缴款人 某某贸易有限公\n司\n证件号码 91419901MA865GXD4U\n金额（小写） ¥60,000.00",
        page=3,
    )
    renamed = _instrument(
        "payment_receipt", "缴款书", "缴款人 某某贸易公司 证件号码 91419901MA865GXD4U\n金额（小写） ¥60,000.00", page=3
    )
    assert _run("party.consistent", _view(decision, wrapped)).status == "pass"
    outcome = _run("party.consistent", _view(decision, renamed))
    assert outcome.status == "fail" and outcome.values["second"] == "某某贸易公司"


def test_statement_made_without_review_fails() -> None:
    statement = _instrument("statement_record", "陈述申辩笔录", "陈述申辩笔录\n答：请求减轻处罚。")
    approval = _instrument("penalty_approval", "行政处罚审批表", "告知及陈述申辩情况 当事人提出陈述、申辩。", page=2)
    decision = _instrument("penalty_decision", "行政处罚决定书", DECISION.format(months="六个月"), page=3)
    assert _run("rights.statement_reviewed", _view(statement, approval, decision)).status == "fail"
    reviewed = _instrument("penalty_approval", "行政处罚审批表", "陈述申辩复核意见 经复核，不予采纳。", page=2)
    answered = _instrument(
        "penalty_decision", "行政处罚决定书", DECISION.format(months="六个月") + "\n经复核，其请求不予采纳。", page=3
    )
    assert _run("rights.statement_reviewed", _view(statement, reviewed, answered)).status == "pass"
    assert _run("rights.statement_reviewed", _view(decision)).status == "not_applicable"


def test_a_written_waiver_is_no_statement_to_review() -> None:
    waiver = _instrument(
        "statement_record",
        "放弃陈述申辩声明",
        "放弃陈述申辩声明\n本单位自愿放弃陈述、申辩的权利，请求尽快作出处理决定。",
    )
    approval = _instrument("penalty_approval", "行政处罚审批表", "告知及陈述申辩情况 当事人未提出陈述、申辩。", page=2)
    decision = _instrument("penalty_decision", "行政处罚决定书", DECISION.format(months="六个月"), page=3)
    assert _run("rights.statement_reviewed", _view(waiver, approval, decision)).status == "not_applicable"
    made = _instrument("statement_record", "陈述申辩书", "陈述申辩书\n我单位认为罚款过重，请求减轻处罚。")
    assert _run("rights.statement_reviewed", _view(made, approval, decision)).status == "fail"


def test_a_basis_naming_no_article_fails_basis_precise() -> None:
    unnumbered = DECISION.format(months="六个月").replace(
        "依据《中华人民共和国食品安全法》\n第一百二十四条第一款的规定", "依据《中华人民共和国食品安全法》的规定"
    )
    outcome = _run("decision.basis_precise", _view(_instrument("penalty_decision", "行政处罚决定书", unnumbered)))
    assert outcome.status == "fail" and "未写明条款" in outcome.values["citation"]


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("罚款人民币柒万元整（¥60000.00）。", "unknown"),  # capitals heavier, figures as proposed
        ("罚款人民币60000元（大写：柒万元整）。", "pass"),  # the figures are as proposed
        ("罚款人民币70000元（大写：陆万元整）。", "fail"),  # the figures are heavier
        ("罚款人民币70000元（大写：伍仟元整）。", "fail"),
        ("罚款人民币70000元（大写：柒万元整）。", "fail"),
    ],
)
def test_a_fine_written_two_ways_is_compared_by_its_figures(written: str, status: str) -> None:
    notice = _instrument("prior_notice", "行政处罚事先告知书", NOTICE)
    text = DECISION.format(months="六个月").replace("罚款人民币60000元（大写：陆万元整）。", written)
    decision = _instrument("penalty_decision", "行政处罚决定书", text, page=2)
    assert _run("rights.no_heavier_after_defence", _view(notice, decision)).status == status


def test_an_answered_statement_without_the_approval_form_is_unknown_not_failed() -> None:
    statement = _instrument("statement_record", "陈述申辩笔录", "陈述申辩笔录\n答：请求减轻处罚。")
    answered = _instrument(
        "penalty_decision", "行政处罚决定书", DECISION.format(months="六个月") + "\n经复核，其请求不予采纳。", page=3
    )
    assert _run("rights.statement_reviewed", _view(statement, answered)).status == "unknown"
    silent = _instrument("penalty_decision", "行政处罚决定书", DECISION.format(months="六个月"), page=3)
    assert _run("rights.statement_reviewed", _view(statement, silent)).status == "fail"


def test_a_notice_basis_naming_only_its_law_is_stated_if_imprecise() -> None:
    loose = NOTICE.replace(
        "依据《中华人民共和国食品安全法》第一百二十四条第一款的规定", "依据《中华人民共和国食品安全法》的规定"
    )
    notice = _instrument("prior_notice", "行政处罚事先告知书", loose)
    assert _run("rights.notice_contents", _view(notice)).status == "pass"
    bare = NOTICE.replace("依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，", "")
    notice = _instrument("prior_notice", "行政处罚事先告知书", bare)
    outcome = _run("rights.notice_contents", _view(notice))
    assert outcome.status == "fail" and "处罚依据" in outcome.values["missing"]


def test_a_fine_collected_on_the_spot_needs_no_payment_terms() -> None:
    text = (
        "行政处罚决定书（简易程序）\n当事人：赵某\n违法事实：运输车辆沿途遗撒渣土。\n"
        "处罚依据：依据《某规定》第二十三条的规定。\n处罚决定：警告，并罚款人民币50元（大写：伍拾元整）。\n"
        "履行方式和期限：当场缴纳，收据编号：0001。\n某市某局\n2024年11月11日"
    )
    decision = _instrument("penalty_decision", "行政处罚决定书（简易程序）", text)
    outcome = _run("rights.payment_terms_in_decision", _view(decision, procedure="simple"))
    assert outcome.status == "pass"
    later = text.replace("当场缴纳，收据编号：0001。", "到银行缴纳。")
    decision = _instrument("penalty_decision", "行政处罚决定书（简易程序）", later)
    assert _run("rights.payment_terms_in_decision", _view(decision, procedure="simple")).status == "fail"


def test_a_one_character_name_read_from_a_scan_is_no_other_party() -> None:
    decision = _instrument("penalty_decision", "行政处罚决定书", DECISION.format(months="六个月"))
    lost = _instrument("payment_receipt", "缴款书", "缴款人 某\n金额（小写） ¥60,000.00", page=3)
    assert _run("party.consistent", _view(decision, lost)).status != "fail"
    other = _instrument("payment_receipt", "缴款书", "缴款人 另一贸易公司\n金额（小写） ¥60,000.00", page=3)
    assert _run("party.consistent", _view(decision, other)).status == "fail"


@pytest.mark.parametrize(
    ("period", "problem"),
    [("十五个工作日内", "15个工作日"), ("三十日内", "30日"), ("一个月内", "1个月")],
)
def test_a_payment_period_other_than_fifteen_days_fails_in_a_case_file(period: str, problem: str) -> None:
    text = (
        "行政处罚决定书\n当事人：某某商行\n处罚决定：罚款人民币3000元。\n"
        f"当事人应当自收到本决定书之日起{period}，将罚款缴至某某银行某支行。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。\n"
        "某县市场监督管理局\n2024年6月3日"
    )
    decision = _instrument("penalty_decision", "行政处罚决定书", text)
    outcome = _run("rights.payment_terms_in_decision", _view(decision))
    assert outcome.status == "fail" and problem in outcome.values["problem"], outcome
    right = text.replace(period, "十五日内")
    assert (
        _run("rights.payment_terms_in_decision", _view(_instrument("penalty_decision", "行政处罚决定书", right))).status
        == "pass"
    )
