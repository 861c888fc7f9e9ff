"""substance.limitation (追责时效): dates read from the decision's facts against the day the case was found."""

from __future__ import annotations

import datetime as dt

import pytest

import checklists.predicates  # noqa: F401 — registers the predicates
from checklists.engine import CaseView, Outcome
from checklists.predicates.limitation import add_years
from checklists.registry import PREDICATES
from checklists.standards import load_standard
from extractors.facts.decision import act_dates, facts_section, states_harm
from reviewer.core.model import CaseFacts, Instrument
from tests.facts import with_facts

STANDARD = load_standard("henan-2022")
D = dt.date.fromisoformat


def run(facts_text: str, discovered: str | None = "2023-06-05", filed: str | None = None) -> Outcome:
    text = (
        "嵩川市市场监督管理局\n行政处罚决定书\n当事人：嵩川市某某商贸有限公司\n"
        f"{facts_text}\n当事人的上述行为违反了《某某条例》第十条的规定。\n嵩川市市场监督管理局\n（印章）\n2023年8月1日"
    )
    decision = Instrument(
        kind="penalty_decision", title="行政处罚决定书", first_page=1, last_page=1, text=text, date=D("2023-08-01")
    )
    timeline = {"discovered": D(discovered) if discovered else None, "filed": D(filed) if filed else None}
    view = CaseView(with_facts([decision]), CaseFacts(procedure="general", timeline=timeline), STANDARD)
    return PREDICATES["substance.limitation"](view, STANDARD.check("substance.limitation"))


@pytest.mark.parametrize(
    ("facts", "status"),
    [
        # within two years of discovery, by a full date, a month or a date in another style
        ("2023年6月5日，本局执法人员检查发现当事人超标排放。", "pass"),
        ("经查，当事人于2023年1月初购进假冒商品300箱，至案发时已售出156箱。", "pass"),
        ("经查，当事人于2021.6.6起销售过期食品。", "pass"),
        # over two years before discovery and no harm stated: the long period cannot apply
        ("经查，当事人于2020年3月1日至2020年4月1日销售不合格产品。", "fail"),
        ("经查，当事人于2020年3月1日至2020年4月1日销售不合格产品，未造成危害后果。", "fail"),
        # harm followed: the long period may apply, a person decides
        ("经查，当事人于2020年3月1日至2020年4月1日销售不合格产品，致2名消费者腹泻住院。", "unknown"),
        ("经查，当事人于2020年3月销售过期食品，造成4人食物中毒。", "unknown"),
        ("经查，当事人自2019年起持续生产不合格产品，至今未停止。", "unknown"),
        # over five years, and nothing says it went on
        ("经查，当事人于2017年3月1日销售不合格产品一批，货值1200元。", "fail"),
        # a year-only mention counts to its last day: 2021年 may end within two years of 2023-06-05; the
        # complaint's date (被举报) is no date of the act
        ("经查，当事人于2021年起销售，2023年5月被举报。", "unknown"),
        # a range without the end's year runs to its end; a month split by a line break is that month
        ("经查，当事人于2021年3月至6月销售不合格产品。", "pass"),
        ("经查，当事人于2021年3月1日至6月10日销售不合格产品。", "pass"),
        ("经查，当事人于2020年\n3月销售不合格产品。", "fail"),
        # the day of the complaint is no date of the act
        ("2023年6月5日，本局接到举报，反映当事人销售不合格产品。经查，2020年5月20日，当事人销售该产品。", "fail"),
        # no date of the act at all
        ("经查，当事人销售不合格产品。", "unknown"),
    ],
)
def test_limitation_by_dates_in_the_facts(facts: str, status: str) -> None:
    assert run(facts).status == status


def test_fail_names_the_dates_and_the_period_that_applies() -> None:
    outcome = run("经查，当事人于2017年3月1日销售不合格产品一批。")
    assert outcome.values == {"act_date": "2017-03-01", "found_date": "2023-06-05", "years": 2}
    message = STANDARD.check("substance.limitation").render(**outcome.values)
    assert "2017-03-01" in message and "2 年" in message and "{" not in message
    harmed = run("经查，当事人于2017年3月1日销售不合格产品一批，致1人受伤。")
    assert harmed.status == "fail" and harmed.values["years"] == 5


def test_discovery_falls_back_to_filing_then_the_decision() -> None:
    assert run("当事人于2021年7月1日销售。", discovered=None, filed="2023-06-30").status == "pass"
    assert run("当事人于2021年7月1日销售。", discovered=None, filed="2023-07-05").status == "fail"
    assert run("当事人于2021年9月1日销售。", discovered=None, filed=None).status == "pass"  # decided 2023-08-01


def test_dates_after_discovery_are_not_the_act() -> None:
    # 2023-06-20 (the inspection after the report) cannot stand for the act; 2020年5月 alone remains
    outcome = run("当事人于2020年5月销售。2023年6月20日本局检查。")
    assert outcome.status == "fail" and outcome.values["act_date"] == "2020-05-31"


def test_no_decision_is_not_applicable_and_no_marker_is_unknown() -> None:
    view = CaseView([], CaseFacts(procedure="general"), STANDARD)
    assert PREDICATES["substance.limitation"](view, STANDARD.check("substance.limitation")).status == "not_applicable"
    assert facts_section("当事人于2023年1月1日销售。") is None


def test_helpers_and_the_acts_read_from_the_facts() -> None:
    assert add_years(D("2020-02-29"), 2) == D("2022-02-28") and add_years(D("2021-03-01"), 2) == D("2023-03-01")
    spans = {act.raw: (act.first, act.last) for act in act_dates("于2023年1月初购进，2019年起，2023年2月20日售出")}
    assert spans["2023年1月"] == (D("2023-01-01"), D("2023-01-31"))
    assert spans["2019年"] == (D("2019-01-01"), D("2019-12-31"))
    assert spans["2023年2月20日"] == (D("2023-02-20"), D("2023-02-20"))
    assert set(spans) == {"2023年1月", "2019年", "2023年2月20日"}  # a full date is not read again as partial


@pytest.mark.parametrize(
    ("facts", "through"),
    [
        # a range whose end carries its own year runs to that end, as one without a year does
        ("当事人自2021年3月至2022年9月销售未标价商品。", (D("2021-03-01"), D("2022-09-30"))),
        ("当事人于2021年11月5日至2022年1月20日销售。", (D("2021-11-05"), D("2022-01-20"))),
        ("当事人于2023年5月1日至5月7日销售。", (D("2023-05-01"), D("2023-05-07"))),
    ],
)
def test_a_range_runs_to_its_end(facts: str, through: tuple[dt.date, dt.date]) -> None:
    assert [(act.first, act.last) for act in act_dates(facts) if act.through] == [through]


def test_two_dates_in_one_sentence_are_no_range() -> None:
    """Must not match: two acts joined by 、 or 和 are two days, neither running to the other."""
    acts = act_dates("当事人于2021年3月6日、2022年9月2日两次销售未标价商品。")
    assert not any(act.through for act in acts) and {act.first for act in acts} == {D("2021-03-06"), D("2022-09-02")}


@pytest.mark.parametrize(
    ("facts", "kept"),
    [
        ("2023年2月20日，本局接到举报。当事人于2022年8月销售。", {"2022年8月"}),
        ("当事人于2022年8月销售，2023年2月被投诉。", {"2022年8月"}),
        ("经批准，本局于2023年3月1日立案调查。2022年9月1日，当事人销售。", {"2022年9月1日"}),
        # 未经批准 is the act, not a step of the procedure
        ("2022年3月，当事人未经批准擅自占用集体土地。", {"2022年3月"}),
        ("2023年6月5日，执法人员检查发现当事人超标排放。", {"2023年6月5日"}),
        # a complaint that led to an inspection: what was seen that day is the act
        ("2023年6月5日，本局根据投诉线索对当事人进行检查，当场称量份量不足。", {"2023年6月5日"}),
    ],
)
def test_dates_of_the_complaint_and_procedure_are_not_the_act(facts: str, kept: set[str]) -> None:
    assert {act.raw for act in act_dates(facts)} == kept


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("当事人的行为造成3名顾客食物中毒。", True),
        ("致1人受伤。", True),
        ("造成消费者经济损失2000元。", True),
        ("当事人未造成危害后果，依法从轻处罚。", False),
        ("现场存在事故隐患，没有造成人员伤亡。", False),
        ("违法行为社会危害性较小。", False),
    ],
)
def test_harm_stated(text: str, harm: bool) -> None:
    assert states_harm(text) is harm
