"""Deadline predicates: exact agreement with the committed samples' truth, and hand-built cases across holidays."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

import checklists.engine as engine
import checklists.predicates  # noqa: F401 — registers the predicates (the file alone must pass)
from checklists.engine import CaseView, Outcome
from checklists.registry import PREDICATES
from checklists.standards import load_standard
from extractors.facts.case import agency_of, agency_sector
from reviewer.core.model import CaseFacts, Instrument
from tests.facts import with_facts

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
IDS = (
    "deadline.filing_15wd",
    "deadline.decision_90d",
    "deadline.statement_period",
    "deadline.hearing_request_5d",
    "deadline.hearing_notice_7d",
    "deadline.service_7d",
    "deadline.payment_15d",
    "deadline.major_filing_15d",
)
STANDARD = load_standard("henan-2022")
D = dt.date.fromisoformat


def test_all_ids_registered() -> None:
    assert all(PREDICATES.get(check_id) is not None for check_id in IDS)


# --- committed samples ------------------------------------------------------------------------------------


@pytest.mark.parametrize("truth_path", sorted(SAMPLES.glob("case-*.truth.json")), ids=lambda p: p.name[:7])
def test_samples_agree_with_truth(truth_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core.settings import Settings
    from reviewer.pipeline.run import review

    # Only this family runs, so another family's predicate cannot break the comparison.
    monkeypatch.setattr(engine, "PREDICATES", {check_id: PREDICATES[check_id] for check_id in IDS})
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    pdf = truth_path.with_name(truth["case_id"] + ".pdf")
    _, draft = review([pdf], Settings())
    got = {f.check_id: f.status for f in draft.findings if f.check_id in IDS}
    assert set(got) == set(IDS)
    failing = {check_id for check_id, status in got.items() if status == "fail"}
    assert failing == {check_id for check_id in truth["expected_failing"] if check_id in IDS}
    for finding in draft.findings:
        if finding.status == "fail":
            assert "{" not in finding.message and len(finding.evidence) >= 2, finding


# --- hand-built cases -------------------------------------------------------------------------------------

AGENCY = "嵩川市市场监督管理局"


def ins(kind: str, day: str | None, text: str = "", title: str = "", page: int = 1) -> Instrument:
    return Instrument(kind=kind, title=title, first_page=page, last_page=page, date=D(day) if day else None, text=text)


def view(
    *instruments: Instrument,
    fine: str | None = "30000",
    major: bool | None = False,
    hearing: bool | None = False,
    procedure: str = "general",
    **timeline: str,
) -> CaseView:
    facts = CaseFacts(
        procedure=procedure,
        fine_yuan=Decimal(fine) if fine else None,
        is_major=major,
        hearing_eligible=hearing,
        penalties=["fine"] if fine else [],
    )
    facts.timeline.update({key: D(value) for key, value in timeline.items()})
    items = with_facts(instruments)
    facts.agency = agency_of(items)
    facts.sector = agency_sector(facts.agency)
    return CaseView(items, facts, STANDARD)


def run(check_id: str, case: CaseView) -> Outcome:
    return PREDICATES[check_id](case, STANDARD.check(check_id))


def decided_served(decided: str, served: str | None) -> list[Instrument]:
    out = [ins("penalty_decision", decided, f"{AGENCY}\n行政处罚决定书\n", "行政处罚决定书")]
    return out + ([ins("service_receipt", served)] if served else [])


@pytest.mark.parametrize(
    ("decided", "served", "status"),
    [
        ("2023-04-19", "2023-04-27", "pass"),  # 4-23 调休 Sunday counts: 7th working day is 4-27
        ("2023-04-19", "2023-04-28", "fail"),  # case-05
        ("2023-09-28", "2023-10-13", "pass"),  # 国庆 2023: 10-07/08 working, 10-13 is the 7th
        ("2023-09-28", "2023-10-16", "fail"),
        ("2024-02-07", "2024-02-22", "pass"),  # 春节 2024: 2-8, 2-9, 2-18 (调休), 2-19 … 2-22 is the 7th
        ("2024-02-07", "2024-02-23", "fail"),
        ("2023-04-19", None, "unknown"),  # no receipt: never a guessed pass
    ],
)
def test_service_7d(decided: str, served: str | None, status: str) -> None:
    outcome = run("deadline.service_7d", view(*decided_served(decided, served)))
    assert outcome.status == status
    if status == "fail":
        assert "个工作日" in outcome.values["explanation"]


def test_service_7d_matches_receipt_by_document() -> None:
    receipt_text = "送达回证\n送达文书名称及文号 听证通知书\n受送达人 某公司\n2023年5月4日\n"
    decision_receipt = "送达回证\n送达文书名称及文号 行政处罚决定书\n受送达人 某公司\n2023年5月8日\n"
    case = view(
        ins("penalty_decision", "2023-04-19", title="行政处罚决定书"),
        ins("service_receipt", "2023-05-04", receipt_text),
        ins("service_receipt", "2023-05-08", decision_receipt),
    )
    outcome = run("deadline.service_7d", case)
    assert outcome.status == "fail" and outcome.values["service_date"] == "2023年5月8日"


def test_service_7d_simple_procedure_not_applicable() -> None:
    case = view(ins("onsite_decision", "2024-03-14"), ins("service_receipt", "2024-03-30"), procedure="simple")
    assert run("deadline.service_7d", case).status == "not_applicable"


@pytest.mark.parametrize(
    ("served", "paid", "status", "note"),
    [
        ("2023-09-16", "2023-10-07", "pass", "10-01 国庆 → 10-07 调休 Saturday"),
        ("2023-09-16", "2023-10-08", "fail", ""),
        ("2024-01-28", "2024-02-18", "pass", "2-12 春节 → 2-18 调休 Sunday"),
        ("2024-01-28", "2024-02-19", "fail", ""),
        ("2023-04-28", "2023-05-15", "pass", "5-13 Saturday → 5-15"),
        ("2023-04-28", "2023-05-16", "fail", "case-05"),
    ],
)
def test_payment_15d(served: str, paid: str, status: str, note: str) -> None:
    case = view(
        *decided_served("2023-04-19" if served < "2024" else "2024-01-20", served), ins("payment_receipt", paid)
    )
    outcome = run("deadline.payment_15d", case)
    assert outcome.status == status, note
    if status == "fail":
        assert outcome.values["days"] == 15 and outcome.values["explanation"].startswith(f"自{served[:4]}年")


def test_payment_15d_moved_deadline_is_explained() -> None:
    case = view(*decided_served("2023-09-10", "2023-09-16"), ins("payment_receipt", "2023-10-08"))
    explanation = run("deadline.payment_15d", case).values["explanation"]
    assert "国庆节" in explanation and "顺延至2023年10月7日" in explanation


def test_payment_15d_enforcement_or_no_receipt() -> None:
    late = [*decided_served("2023-04-19", "2023-04-21"), ins("payment_receipt", "2023-06-30")]
    assert run("deadline.payment_15d", view(*late, ins("enforcement", "2023-06-01"))).status == "pass"
    assert run("deadline.payment_15d", view(*decided_served("2023-04-19", "2023-04-21"))).status == "unknown"
    assert run("deadline.payment_15d", view(*late, fine=None)).status == "unknown"  # fine not read
    assert run("deadline.payment_15d", view(*late, fine="0")).status == "not_applicable"


ONSITE = (
    f"当场行政处罚决定书\n当事人：张某某\n处罚决定：罚款人民币200元。\n当事人签收：{{signed}}\n{AGENCY}\n2024年3月1日\n"
)


@pytest.mark.parametrize(
    ("signed", "paid", "status"),
    [
        ("张某某 2024年3月1日", "2024-03-15", "pass"),
        ("张某某 2024年3月1日", "2024-03-19", "fail"),  # 3-16 is the 15th day, a Saturday: 3-18 is the last
        ("", "2024-03-19", "unknown"),  # no receipt and no signed receipt line: never a guessed date
    ],
)
def test_payment_15d_from_the_receipt_line_of_an_onsite_decision(signed: str, paid: str, status: str) -> None:
    decision = ins("onsite_decision", "2024-03-01", ONSITE.format(signed=signed), "当场行政处罚决定书")
    case = view(decision, ins("payment_receipt", paid), fine="200", procedure="simple")
    assert run("deadline.payment_15d", case).status == status


NOTICE = f"{AGENCY}\n行政处罚事先告知书\n如你单位要求陈述、申辩，应当自收到本告知书之日起{{period}}内向本局提出。\n"


@pytest.mark.parametrize(
    ("period", "served", "decided", "status"),
    [
        ("三个工作日", "2024-02-08", "2024-02-19", "fail"),  # 2-9, 2-18 (调休), 2-19: decided on the last day
        ("三个工作日", "2024-02-08", "2024-02-20", "pass"),
        ("三日", "2024-02-08", "2024-02-19", "fail"),  # Art. 85: 三日 are working days
        ("五个工作日", "2023-09-27", "2023-10-09", "fail"),  # 9-28, 10-07, 10-08, 10-09 … 10-10 is the 5th
        ("五个工作日", "2023-09-27", "2023-10-11", "pass"),
        ("", "2023-04-07", "2023-04-12", "fail"),  # no period stated: the standard's 3 working days
        ("", "2023-04-07", "2023-04-13", "pass"),
    ],
)
def test_statement_period(period: str, served: str, decided: str, status: str) -> None:
    text = NOTICE.format(period=period) if period else f"{AGENCY}\n行政处罚事先告知书\n你单位有权进行陈述和申辩。\n"
    case = view(
        ins("prior_notice", served, text, "行政处罚事先告知书"),
        ins("service_receipt", served),
        *decided_served(decided, None),
    )
    outcome = run("deadline.statement_period", case)
    assert outcome.status == status


def test_statement_period_waived_and_missing() -> None:
    notice = ins("prior_notice", "2023-04-06", NOTICE.format(period="五个工作日"), "行政处罚事先告知书")
    waiver = ins("statement_record", "2023-04-07", "陈述申辩笔录\n当事人：我公司放弃陈述申辩权利。\n")
    case = view(notice, ins("service_receipt", "2023-04-07"), waiver, *decided_served("2023-04-10", None))
    assert run("deadline.statement_period", case).status == "pass"
    # no receipt: service is never before the notice's own date, so a decision inside the period counted from
    # that date is premature; a later one cannot be judged
    no_receipt = view(notice, *decided_served("2023-04-10", None))
    assert run("deadline.statement_period", no_receipt).status == "fail"
    assert run("deadline.statement_period", view(notice, *decided_served("2023-04-20", None))).status == "unknown"
    assert run(
        "deadline.hearing_request_5d", view(notice, *decided_served("2023-04-10", None), hearing=True)
    ).status == ("fail")
    assert run("deadline.statement_period", view(*decided_served("2023-04-10", None))).status == "not_applicable"


@pytest.mark.parametrize(
    ("eligible", "served", "decided", "status"),
    [
        (True, "2023-04-17", "2023-04-19", "fail"),  # case-06
        (True, "2023-04-17", "2023-04-23", "fail"),  # 4-23 调休 Sunday is the 5th working day
        (True, "2023-04-17", "2023-04-24", "pass"),
        (False, "2023-04-17", "2023-04-19", "not_applicable"),
        (None, "2023-04-17", "2023-04-19", "unknown"),
    ],
)
def test_hearing_request_5d(eligible: bool | None, served: str, decided: str, status: str) -> None:
    case = view(
        ins("prior_notice", served, NOTICE.format(period="五个工作日")),
        ins("service_receipt", served),
        *decided_served(decided, None),
        hearing=eligible,
    )
    assert run("deadline.hearing_request_5d", case).status == status


HEARING_NOTICE = f"{AGENCY}\n听证通知书\n本局决定于{{day}}9时00分在本局听证室举行听证。\n"


@pytest.mark.parametrize(
    ("notice", "hearing", "status"),
    [
        ("2023-07-11", "2023年7月20日", "pass"),  # case-02: the 7th working day
        ("2023-07-14", "2023年7月20日", "fail"),  # case-15
        ("2023-09-26", "2023年10月8日", "fail"),  # 9-27, 9-28, 10-07, 10-08: 4 working days
        ("2023-09-26", "2023年10月11日", "pass"),  # … 10-09, 10-10, 10-11: the 7th
    ],
)
def test_hearing_notice_7d(notice: str, hearing: str, status: str) -> None:
    case = view(
        ins("hearing_notice", notice, HEARING_NOTICE.format(day=hearing), "听证通知书"),
        ins("service_receipt", notice),
        hearing=True,
    )
    outcome = run("deadline.hearing_notice_7d", case)
    assert outcome.status == status
    if status == "fail":
        assert outcome.values["hearing_date"] == hearing


@pytest.mark.parametrize(
    ("filed", "decided", "extension", "status"),
    [
        ("2023-02-24", "2023-05-25", None, "pass"),
        ("2023-02-24", "2023-05-26", None, "fail"),  # case-11: 91 days
        ("2023-02-24", "2023-06-20", "同意延长办案期限30日。", "pass"),
        ("2023-02-24", "2023-06-26", "同意延长办案期限三十日。", "fail"),
        ("2023-02-24", "2023-06-26", "同意延期。", "unknown"),
        ("2023-07-08", "2023-10-07", None, "pass"),  # 10-06 (国庆) → 10-07 调休 Saturday
        ("2023-07-08", "2023-10-08", None, "fail"),
    ],
)
def test_decision_90d(filed: str, decided: str, extension: str | None, status: str) -> None:
    parts = [ins("filing_approval", filed, f"{AGENCY}\n立案审批表\n")]
    if extension:
        parts.append(ins("extension_approval", "2023-05-10", f"延期审批表\n{extension}\n"))
    outcome = run("deadline.decision_90d", view(*parts, *decided_served(decided, None)))
    assert outcome.status == status
    if status == "fail":
        assert outcome.values["elapsed"] == (D(decided) - D(filed)).days


@pytest.mark.parametrize(
    ("agency", "found", "filed", "status"),
    [
        (AGENCY, "2023-02-01", "2023-02-22", "pass"),  # the 15th working day
        (AGENCY, "2023-02-01", "2023-02-24", "fail"),  # case-10: 17 working days
        (AGENCY, "2023-09-20", "2023-10-17", "pass"),  # 国庆: 9-21…9-28 (6), 10-07…10-17 (9)
        (AGENCY, "2023-09-20", "2023-10-18", "fail"),
        ("嵩川市生态环境局", "2023-02-01", "2023-03-24", "not_applicable"),
        ("某某单位", "2023-02-01", "2023-03-24", "unknown"),
    ],
)
def test_filing_15wd(agency: str, found: str, filed: str, status: str) -> None:
    case = view(
        ins("case_source", found, f"{agency}\n案件来源登记表\n"),
        ins("filing_approval", filed, f"{agency}\n立案审批表\n"),
        discovered=found,
        filed=filed,
    )
    outcome = run("deadline.filing_15wd", case)
    assert outcome.status == status
    if status == "fail":
        assert outcome.values["elapsed"] > 15 and outcome.values["days"] == 15
        assert outcome.values["source_date"].startswith("2023年")


@pytest.mark.parametrize(
    ("major", "decided", "reported", "status"),
    [
        (True, "2023-07-31", "2023-08-15", "pass"),
        (True, "2023-07-31", "2023-08-16", "fail"),  # case-15
        (True, "2023-09-16", "2023-10-07", "pass"),  # 10-01 国庆 → 10-07
        (False, "2023-07-31", "2023-09-30", "not_applicable"),
        (None, "2023-07-31", "2023-09-30", "unknown"),
    ],
)
def test_major_filing_15d(major: bool | None, decided: str, reported: str, status: str) -> None:
    case = view(*decided_served(decided, None), ins("major_filing", reported, "重大行政处罚备案表\n"), major=major)
    assert run("deadline.major_filing_15d", case).status == status


def test_a_supplied_year_decides_what_was_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core import calendar
    from reviewer.core.settings import get_settings

    case = view(*decided_served("2031-04-29", "2031-05-09"))
    before = run("deadline.service_7d", case)
    assert before.status == "unknown" and "2031.yaml" in (before.note or "")
    # An invented 2031 arrangement (no notice exists yet): 劳动节 5-1..5-5 off, Saturday 5-10 worked.
    (tmp_path / "2031.yaml").write_text(
        "year: 2031\nnotices:\n  - title: 测试用通知（虚构）\n    number: null\n    date: null\n"
        "holidays:\n  - name: 劳动节\n    off: [2031-05-01..2031-05-05]\n    work: [2031-05-10]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("REVIEWER_HOLIDAYS_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        after = run("deadline.service_7d", case)
        # 4-30, 5-6, 5-7, 5-8, 5-9 are five working days: served on the 5th, in time.
        assert after.status == "pass"
        late = run("deadline.service_7d", view(*decided_served("2031-04-29", "2031-05-13")))
        assert late.status == "fail" and "劳动节" in late.values["explanation"]  # 5-10 worked: 7th day is 5-12
    finally:
        monkeypatch.delenv("REVIEWER_HOLIDAYS_DIR")
        get_settings.cache_clear()
        calendar.reload()


def test_outside_known_years_is_unknown_with_explanation() -> None:
    late = run("deadline.service_7d", view(*decided_served("2031-03-03", "2031-03-20")))
    assert late.status == "unknown" and "无法确定截止日期" in (late.note or "")
    early = run("deadline.service_7d", view(*decided_served("2031-03-03", "2031-03-05")))
    assert early.status == "pass"  # within 7 calendar days: in time whatever the holidays
    premature = run(
        "deadline.hearing_request_5d",
        view(
            ins("prior_notice", "2031-03-03", NOTICE.format(period="五个工作日")),
            ins("service_receipt", "2031-03-03"),
            *decided_served("2031-03-06", None),
            hearing=True,
        ),
    )
    assert premature.status == "fail"  # decided before even 5 calendar days had passed
