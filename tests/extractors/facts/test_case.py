from __future__ import annotations

from decimal import Decimal

from extractors.extract import read_instruments
from extractors.facts.case import agency_sector, case_facts
from reviewer.core.model import CaseFacts, Instrument


def facts_of(instruments: list[Instrument]) -> CaseFacts:
    """The case's facts once each instrument's own facts are read, as the extract stage does."""
    read_instruments(instruments)
    return case_facts(instruments)


def ins(kind: str, text: str) -> Instrument:
    return Instrument(kind=kind, title="", first_page=1, last_page=1, text=text)


DECISION = (
    "行政处罚决定书\n当事人：嵩川市某某商贸有限公司\n统一社会信用代码：91419901MA865GXD4U\n"
    "本局决定对当事人作出如下行政处罚：\n一、没收违法所得人民币1200元；\n二、罚款人民币30000元（大写：叁万元整）。\n"
    "当事人应当自收到本决定书之日起十五日内缴纳罚款。"
)


def test_party_and_amounts_come_from_the_decision():
    notice = ins("prior_notice", "行政处罚事先告知书\n当事人：别的名字有限公司\n拟作出罚款人民币50000元的行政处罚。")
    facts = facts_of([notice, ins("penalty_decision", DECISION)])
    assert facts.party == "嵩川市某某商贸有限公司" and facts.party_type == "organisation"
    assert facts.fine_yuan == Decimal("30000") and facts.confiscation_yuan == Decimal("1200")
    assert facts.procedure == "general" and facts.penalties == ["confiscation", "fine"]


def test_party_falls_back_to_earlier_instruments_and_unknowns_stay_none():
    facts = facts_of([ins("filing_approval", "立案审批表\n当事人：张三\n身份证号码：419902198804201637")])
    assert facts.party == "张三" and facts.party_type == "citizen"
    assert facts.fine_yuan is None and facts.confiscation_yuan is None and facts.is_major is None


def test_agency_sector() -> None:
    assert agency_sector("嵩川市市场监督管理局") == "市场监管"
    assert agency_sector("嵩川市嵩北区城市管理综合行政执法局") == "城管"
    assert agency_sector(None) is None


def test_penalty_items_count_a_repeated_capital_once() -> None:
    from extractors.facts.penalty import penalty_facts

    penalty = penalty_facts(DECISION)
    assert [(item.kind, item.role, item.amount) for item in penalty.items] == [
        ("confiscation", "confiscated_gains", Decimal("1200")),
        ("fine", "fine", Decimal("30000")),
    ]
    assert penalty.totals == {"confiscated_gains": Decimal("1200"), "fine": Decimal("30000")}
    assert penalty.kinds == ["fine", "confiscation"] and penalty.line == "二、罚款人民币30000元（大写：叁万元整）。"


CORRECTION = (
    "行政处罚决定更正决定书\n当事人：嵩川市某某商贸有限公司\n统一社会信用代码：91419901MA865GXD4U\n"
    "本局作出的《行政处罚决定书》中“罚款人民币30000元”系“罚款人民币3000元”之误，现予更正。"
)


def test_a_correction_of_the_decision_decides_nothing_of_the_case() -> None:
    facts = facts_of([ins("penalty_decision", DECISION), ins("correction_decision", CORRECTION)])
    assert facts.fine_yuan == Decimal("30000") and facts.procedure == "general"
    alone = facts_of([ins("correction_decision", CORRECTION)])
    assert alone.fine_yuan is None and alone.penalties == [] and alone.procedure is None
    assert alone.party == "嵩川市某某商贸有限公司"  # its party block is read as a decision's
