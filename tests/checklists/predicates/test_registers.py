"""Register checks (subject.agency_competent, officers.qualified) on committed samples, with registers built to
pass, fail and leave each check unknown."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

import checklists.predicates  # noqa: F401 — registers the predicates
from checklists.engine import CaseView, run_checks
from checklists.registry import PREDICATES
from checklists.standards import load_standard
from reviewer.core.model import CaseFile, Finding, ReviewDraft
from reviewer.core.register_import import read_register
from reviewer.core.registers import Body, Certificate, Power, RegisterRef, Registers
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
MARKET = "嵩川市市场监督管理局"


@cache
def _reviewed(case: str) -> tuple[CaseFile, ReviewDraft]:
    return review([SAMPLES / f"{case}.pdf"], Settings())


def _finding(case: str, check_id: str, registers: Registers | None) -> Finding:
    file, draft = _reviewed(case)
    view = CaseView(file.instruments, draft.facts, load_standard("henan-2022"), file.pages, registers)
    return next(f for f in run_checks(view) if f.check_id == check_id)


def _sample_registers() -> Registers:
    _, bodies = read_register(SAMPLES / "registers" / "bodies.csv")
    _, certificates = read_register(SAMPLES / "registers" / "certificates.csv")
    return Registers(ref=RegisterRef(bodies=1, certificates=2), bodies=bodies, certificates=certificates)


def _market(*powers: Power, sector: str | None = "市场监管") -> Registers:
    body = Body(name=MARKET, sector=sector, powers=list(powers))
    return Registers(ref=RegisterRef(bodies=7), bodies=[body])


def _certificates(*certificates: Certificate, sector: str | None = "市场监管") -> Registers:
    return Registers(
        ref=RegisterRef(certificates=5), bodies=[Body(name=MARKET, sector=sector)], certificates=list(certificates)
    )


def _cert(holder: str, number: str, **changes: object) -> Certificate:
    values: dict[str, object] = {
        "holder": holder,
        "number": number,
        "agency": MARKET,
        "field": "市场监管",
        "valid_from": dt.date(2021, 1, 1),
        "valid_to": dt.date(2026, 12, 31),
    }
    return Certificate.model_validate(values | changes)


ZHANG_CHAOKAI = ("张超凯", "41990100213")
ZHANG_LI = ("张丽", "41990100227")


def test_both_checks_are_registered() -> None:
    assert {"subject.agency_competent", "officers.qualified"} <= set(PREDICATES)


@pytest.mark.parametrize("case", ["case-01-market", "case-02-environment", "case-03-simple"])
def test_the_sample_registers_settle_both_checks(case: str) -> None:
    for check_id in ("subject.agency_competent", "officers.qualified"):
        finding = _finding(case, check_id, _sample_registers())
        assert finding.status == "pass", (check_id, finding.message)
        assert finding.evidence


@pytest.mark.parametrize("check_id", ["subject.agency_competent", "officers.qualified"])
def test_without_registers_the_checks_stay_unknown_and_say_why(check_id: str) -> None:
    finding = _finding("case-01-market", check_id, None)
    assert finding.status == "unknown"
    assert "未加载" in finding.message
    only_other_kind = Registers(certificates=[]) if check_id.startswith("subject") else Registers(bodies=[])
    assert _finding("case-01-market", check_id, only_other_kind).status == "unknown"


def test_a_law_outside_the_listed_powers_fails() -> None:
    finding = _finding("case-01-market", "subject.agency_competent", _market(Power(law="广告法", raw="《广告法》")))
    assert finding.status == "fail" and finding.deducted == 100
    assert MARKET in finding.message and "商标法" in finding.message and "不含《商标法》" in finding.message
    assert "第六十条" in finding.evidence[0].quote


def test_articles_and_dates_of_a_power_count() -> None:
    narrow = Power(law="商标法", first=57, last=59, raw="《商标法》第五十七条至第五十九条")
    finding = _finding("case-01-market", "subject.agency_competent", _market(narrow))
    assert finding.status == "fail" and "限于《商标法》第五十七条至第五十九条" in finding.message
    ended = Power(law="中华人民共和国商标法", raw="《商标法》", valid_to=dt.date(2022, 12, 31))
    finding = _finding("case-01-market", "subject.agency_competent", _market(ended))
    assert finding.status == "fail" and "2023年4月19日不在清单所列有效期内" in finding.message
    wide = Power(law="商标法", first=60, last=63, raw="《商标法》第六十条至第六十三条")
    assert _finding("case-01-market", "subject.agency_competent", _market(wide)).status == "pass"


def test_an_unlisted_agency_or_a_list_of_matters_only_is_unknown() -> None:
    other = Registers(ref=RegisterRef(bodies=3), bodies=[Body(name="嵩川市生态环境局")])
    finding = _finding("case-01-market", "subject.agency_competent", other)
    assert finding.status == "unknown" and f"执法主体清单（第 3 版）未收录“{MARKET}”" in finding.message
    matters = Registers(bodies=[Body(name=MARKET, matters=["商标侵权案件的查处"])])
    finding = _finding("case-01-market", "subject.agency_competent", matters)
    assert finding.status == "unknown" and "未列法律依据" in finding.message


def test_procedural_laws_are_not_matters() -> None:
    """case-03 cites 《行政处罚法》第五十一条 beside its 条例: only the 条例 is a power of the body."""
    body = Body(
        name="嵩川市嵩北区城市管理综合行政执法局", powers=[Power(law="嵩川市市容和环境卫生管理条例", raw="条例")]
    )
    assert _finding("case-03-simple", "subject.agency_competent", Registers(bodies=[body])).status == "pass"


def test_valid_certificates_of_the_agency_pass() -> None:
    registers = _certificates(_cert(*ZHANG_CHAOKAI), _cert(*ZHANG_LI))
    assert _finding("case-01-market", "officers.qualified", registers).status == "pass"


def test_an_expired_certificate_fails_on_the_records_date() -> None:
    registers = _certificates(_cert(*ZHANG_CHAOKAI), _cert(*ZHANG_LI, valid_to=dt.date(2023, 2, 28)))
    finding = _finding("case-01-market", "officers.qualified", registers)
    assert finding.status == "fail"
    assert "张丽" in finding.message and "2023年3月2日" in finding.message and "41990100227" in finding.message
    assert "有效期为2021年1月1日至2023年2月28日" in finding.message


def test_a_number_of_another_holder_or_agency_fails() -> None:
    swapped = _certificates(_cert("张超凯", "41990100227"), _cert("张丽", "41990100213"))
    finding = _finding("case-01-market", "officers.qualified", swapped)
    assert finding.status == "fail" and "该证号登记的持证人为张丽" in finding.message
    elsewhere = _certificates(_cert(*ZHANG_CHAOKAI), _cert(*ZHANG_LI, agency="嵩川市嵩南区市场监督管理局"))
    finding = _finding("case-01-market", "officers.qualified", elsewhere)
    assert finding.status == "fail" and "执法单位为嵩川市嵩南区市场监督管理局" in finding.message


def test_a_certificate_of_another_field_fails() -> None:
    registers = _certificates(_cert(*ZHANG_CHAOKAI), _cert(*ZHANG_LI, field="生态环境"))
    finding = _finding("case-01-market", "officers.qualified", registers)
    assert finding.status == "fail" and "执法领域为生态环境" in finding.message


def test_what_the_register_cannot_answer_stays_unknown() -> None:
    unknown_number = _certificates(_cert(*ZHANG_CHAOKAI), _cert("张丽", "41990109999"))
    finding = _finding("case-01-market", "officers.qualified", unknown_number)
    assert finding.status == "unknown" and "41990100227 未见于登记册" in finding.message
    cancelled = _certificates(_cert(*ZHANG_CHAOKAI), _cert(*ZHANG_LI, status="注销"))
    finding = _finding("case-01-market", "officers.qualified", cancelled)
    assert finding.status == "unknown" and "注销" in finding.message
    other_agency = Registers(
        ref=RegisterRef(certificates=2), certificates=[_cert("王丽", "1", agency="嵩川市生态环境局")]
    )
    finding = _finding("case-01-market", "officers.qualified", other_agency)
    assert finding.status == "unknown" and f"未收录“{MARKET}”的执法人员" in finding.message


def test_officers_without_numbers_are_found_by_name() -> None:
    """case-02's 询问笔录 names its officers without numbers: the 检查笔录's numbers serve for the same officers."""
    assert _finding("case-02-environment", "officers.qualified", _sample_registers()).status == "pass"


def test_an_officer_without_any_number_is_looked_up_once_by_name() -> None:
    from checklists.predicates.registers import _judge
    from reviewer.core.facts import Officer

    day = dt.date(2023, 3, 2)
    one = [_cert(*ZHANG_LI)]
    registers = Registers(certificates=one)
    officer = Officer(name="张丽", role="officer")
    assert _judge(registers, one, officer, None, day, {MARKET}, "市场监管") is None
    two = [_cert(*ZHANG_LI), _cert("张丽", "41990100999")]
    verdict = _judge(Registers(certificates=two), two, officer, None, day, {MARKET}, "市场监管")
    assert verdict == ("unknown", "文书未载明执法证号，登记册中有同名的多张证件")
    assert _judge(registers, [], officer, None, day, {MARKET}, None) == (
        "unknown",
        "文书未载明执法证号，登记册中无此人",
    )


def test_the_register_defect_samples_fail_with_the_sample_registers() -> None:
    """case-22 writes an expired certificate and one of another agency; case-23 applies a law outside the powers."""
    finding = _finding("case-22-market-certificates", "officers.qualified", _sample_registers())
    assert finding.status == "fail" and "41990100127" in finding.message and len(finding.evidence) == 2
    assert _finding("case-22-market-certificates", "subject.agency_competent", _sample_registers()).status == "pass"
    finding = _finding("case-23-market-outside-powers", "subject.agency_competent", _sample_registers())
    assert finding.status == "fail" and "《中华人民共和国烟草专卖法》第三十二条第一款" in finding.message
    assert _finding("case-23-market-outside-powers", "officers.qualified", None).status == "unknown"
