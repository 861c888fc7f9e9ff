"""Each defect injector really makes its defect, keeps the truth exact, and the committed corpus covers the catalog."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest

from samples import generate as gen
from samples import oracle
from samples.defects import DEFECTS
from samples.edit import first, full_text, only, receipt_after
from samples.holidays import add_working_days, is_working_day, natural_deadline, working_days_between
from samples.variety import vary

ROOT = Path(__file__).resolve().parents[2]

#: The 43 check ids of shared/domain/checks.yaml (copied so this test never depends on the shared folder).
CATALOG = frozenset(
    {
        "docs.filing_approval",
        "docs.evidence_gathering",
        "docs.investigation_report",
        "docs.prior_notice",
        "docs.penalty_approval",
        "docs.penalty_decision",
        "docs.decision_service",
        "docs.notice_service",
        "docs.legal_review",
        "docs.collective_discussion",
        "docs.hearing_record",
        "docs.execution",
        "docs.closing_report",
        "docs.major_filing",
        "docs.cover_index",
        "docs.order",
        "deadline.filing_15wd",
        "deadline.decision_90d",
        "deadline.statement_period",
        "deadline.hearing_request_5d",
        "deadline.hearing_notice_7d",
        "deadline.service_7d",
        "deadline.payment_15d",
        "deadline.major_filing_15d",
        "timeline.order",
        "timeline.investigate_before_filing",
        "timeline.dates_filled",
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
    }
)
#: Ids of checklists/catalog-extended.yaml the generator injects (case-21 brought substance.limitation; case-22
#: and case-23 the two register checks, found with samples/registers/ loaded).
EXTENDED = frozenset({"substance.limitation", "officers.qualified", "subject.agency_competent"})
#: Check ids the committed corpus injects. Grow it on purpose: add a committed case, then add its ids here.
#: Every catalog id is covered now (case-19 brought rights.statement_reviewed, case-20 docs.penalty_decision).
COVERED = CATALOG | EXTENDED


def clean(name: str = "case-01-market"):
    return gen.build_case(name)


def with_defect(check_id: str, name: str = "case-01-market", fine: int | None = None):
    case = gen.CASES[name]()
    if fine is not None:
        from samples.variety import set_fine

        set_fine(case, fine)
    return gen.inject(case, [check_id])


def test_catalog_copy_matches_shared_checks_yaml() -> None:
    shared = ROOT.parent / "shared" / "domain" / "checks.yaml"
    if shared.exists():
        yaml = pytest.importorskip("yaml")
        assert {entry["id"] for entry in yaml.safe_load(shared.read_text("utf-8"))} == CATALOG
    assert set(DEFECTS) <= CATALOG | EXTENDED


def test_committed_corpus_exercises_the_expected_check_ids() -> None:
    injected: set[str] = set()
    for path in sorted((ROOT / "samples").glob("*.truth.json")):
        truth = json.loads(path.read_text("utf-8"))
        assert set(truth["defects"]) <= set(truth["expected_failing"]) <= CATALOG | EXTENDED, path.name
        injected |= set(truth["defects"])
    assert injected == COVERED


def _listed_unexercised() -> set[str]:
    """Check ids of the README's table "Checks no committed sample exercises"."""
    text = (ROOT / "samples" / "README.md").read_text("utf-8")
    section = text.split("### Checks no committed sample exercises", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+\.[a-z_0-9]+)` \|", section, flags=re.MULTILINE))


def test_every_standard_check_is_exercised_or_explained() -> None:
    """Each check id of the catalog and of every shipped standard is injected by a committed sample, or the
    samples README says why not; an id in that list that a sample does exercise is refused too."""
    from checklists.standards import list_standards

    used = CATALOG | {check.id for standard in list_standards() for check in standard.checks}
    injected: set[str] = set()
    for path in (ROOT / "samples").glob("*.truth.json"):
        injected |= set(json.loads(path.read_text("utf-8"))["defects"])
    listed = _listed_unexercised()
    assert used - injected == listed
    assert not listed & injected


def test_committed_files_are_the_generator_corpus() -> None:
    stems = sorted(p.name.removesuffix(".truth.json") for p in (ROOT / "samples").glob("*.truth.json"))
    assert stems == sorted(gen.COMMITTED) and 12 <= len(stems) <= 23
    size = sum(p.stat().st_size for p in (ROOT / "samples").iterdir() if p.is_file())
    assert size < 6 * 2**20


def test_holiday_table_counts_adjusted_weekends() -> None:
    assert not is_working_day(dt.date(2023, 5, 1)) and is_working_day(dt.date(2023, 4, 23))  # 调休 Sunday
    assert not is_working_day(dt.date(2024, 2, 12)) and is_working_day(dt.date(2024, 2, 18))
    # 2023-04-28 (Fri) + 1 working day skips 劳动节 (4-29 … 5-3) to 5-4
    assert add_working_days(dt.date(2023, 4, 28), 1) == dt.date(2023, 5, 4)
    assert working_days_between(dt.date(2023, 1, 20), dt.date(2023, 1, 30)) == 3  # 1-28, 1-29 worked, 1-30
    assert natural_deadline(dt.date(2023, 9, 20), 15) == dt.date(2023, 10, 7)  # 10-5 is off; 10-7 is 调休
    with pytest.raises(ValueError, match="2023"):
        is_working_day(dt.date(2025, 1, 2))


def test_clean_cases_fail_no_date_rule() -> None:
    for name in gen.CASES:
        assert oracle.failing(clean(name)) == set(), name


def _notice_text(case) -> str:
    return full_text(only(case, "prior_notice"))


def test_hearing_right_dropped_from_notice() -> None:
    case = with_defect("rights.hearing_in_notice", fine=60000)
    assert case.hearing_eligible and "听证" not in _notice_text(case)
    assert "陈述" in _notice_text(case)
    assert not DEFECTS["rights.hearing_in_notice"].applies(clean())  # 30,000 yuan: not hearing-eligible


def test_statement_right_dropped_from_notice() -> None:
    case = with_defect("rights.statement_in_notice")
    text = _notice_text(case)
    assert "陈述" not in text and "申辩" not in text and "听证" in text


def test_remedies_and_payment_terms_dropped_from_decision() -> None:
    text = full_text(only(with_defect("rights.remedies_in_decision"), "penalty_decision"))
    assert "行政复议" not in text and "行政诉讼" not in text and "十五日内" in text
    text = full_text(only(with_defect("rights.payment_terms_in_decision", "case-02-environment"), "penalty_decision"))
    assert "十五日内" not in text and "行政复议" in text


def test_service_is_late_by_working_days() -> None:
    case = with_defect("deadline.service_7d")
    t = case.timeline
    assert working_days_between(t["decided"], t["served"]) > 7
    assert receipt_after(case, "penalty_decision").date == t["served"]
    assert t["paid"] >= t["served"] and "deadline.service_7d" in case.expected_failing


def test_decision_after_90_days() -> None:
    case = with_defect("deadline.decision_90d")
    t = case.timeline
    assert (t["decided"] - t["filed"]).days > 90 and first(case, "penalty_decision").date == t["decided"]
    assert is_working_day(t["decided"]) and t["served"] > t["decided"]


def test_payment_after_15_days() -> None:
    case = with_defect("deadline.payment_15d")
    t = case.timeline
    assert t["paid"] > natural_deadline(t["served"], 15) and first(case, "payment_receipt").date == t["paid"]


def test_major_filing_after_15_days() -> None:
    case = with_defect("deadline.major_filing_15d", "case-02-environment")
    filing = first(case, "major_filing")
    assert (filing.date - case.timeline["decided"]).days > 15 and case.timeline["reported"] == filing.date
    assert case.expected_failing == ["deadline.major_filing_15d"]


def test_decision_inside_the_statement_period() -> None:
    case = with_defect("deadline.statement_period")
    t = case.timeline
    assert t["decided"] <= add_working_days(t["notice_served"], 5)  # the notice grants 五个工作日
    assert receipt_after(case, "prior_notice").date == t["notice_served"] > t["notified"]


def test_short_hearing_notice() -> None:
    case = with_defect("deadline.hearing_notice_7d", "case-02-environment")
    notice = only(case, "hearing_notice")
    assert notice.date is not None and working_days_between(notice.date, case.on("hearing")) < 7


def test_blank_date_on_a_receipt() -> None:
    case = with_defect("timeline.dates_filled")
    receipt = receipt_after(case, "prior_notice")
    assert receipt is not None
    assert receipt.date is None and "年  月  日" in full_text(receipt) and case.timeline["notice_served"] is None


def test_approval_after_decision_breaks_order() -> None:
    case = with_defect("timeline.order")
    assert first(case, "penalty_approval").date > case.timeline["decided"] == first(case, "penalty_decision").date


def test_one_officer_and_missing_certificate() -> None:
    case = with_defect("officers.two_officers")
    text = full_text(only(case, "inspection_record"))
    assert text.count("执法证号") == 1
    case = with_defect("officers.certificates")
    assert full_text(only(case, "inquiry_record")).count("执法证号") == 1


def test_party_name_varies_in_one_instrument() -> None:
    case = with_defect("party.consistent")
    holders = [ins.kind for ins in case.instruments if case.party in full_text(ins)]
    assert "payment_receipt" not in holders and "penalty_decision" in holders


def test_decision_without_number_and_index_follows() -> None:
    case = with_defect("decision.doc_number")
    decision = only(case, "penalty_decision")
    assert decision.doc_number is None and "嵩市监罚〔2023〕15号" not in full_text(decision).split("当事人")[0]
    assert "嵩市监罚〔2023〕15号" not in full_text(only(case, "index"))


def test_amount_defects() -> None:
    case = with_defect("decision.amount_consistent")
    assert "叁仟元整" in full_text(only(case, "penalty_decision"))
    case = with_defect("rights.no_heavier_after_defence")
    assert "30000元" in _notice_text(case) and "40000元" in full_text(only(case, "penalty_decision"))
    assert case.fine_yuan == 40000
    case = with_defect("decision.simple_procedure_limits", "case-03-simple")
    assert case.fine_yuan > 200 and "500元" in full_text(only(case, "onsite_decision"))


@pytest.mark.parametrize("check_id", [cid for cid in DEFECTS if cid.startswith("docs.") and cid != "docs.order"])
def test_removed_instruments_leave_index_and_truth_consistent(check_id: str) -> None:
    name = next(n for n in gen.CASES if DEFECTS[check_id].applies(gen.CASES[n]()))
    before, case = clean(name), with_defect(check_id, name)
    assert len(case.instruments) < len(before.instruments)
    truth = case.truth(["pdf"])
    assert truth["pages"] == sum(len(i.pages) for i in case.instruments) == truth["instruments"][-1]["last_page"]
    index = first(case, "index")
    if index is not None:
        last = truth["instruments"][-1]
        assert str(last["first_page"]) in full_text(index)
        assert f"本卷共 {truth['pages']} 页" in full_text(only(case, "cover"))
    record = first(case, "record_back")
    if record is not None:
        counted = sum(i.kind not in ("cover", "index", "record_back") for i in case.instruments)
        assert f"文书材料{counted}份" in full_text(record)


def test_missing_decision_takes_its_service_and_fine_along() -> None:
    case = with_defect("docs.penalty_decision")
    kinds = [i.kind for i in case.instruments]
    assert "penalty_decision" not in kinds and kinds.count("service_receipt") == 1
    receipt = receipt_after(case, "prior_notice")  # the notice's receipt stays
    assert receipt is not None and "嵩市监罚告〔2023〕15号" in full_text(receipt)
    assert case.timeline["decided"] is None and case.timeline["served"] is None and case.timeline["paid"]
    truth = case.truth(["pdf"])
    assert truth["procedure"] == "general" and truth["facts"]["fine_yuan"] is None
    assert case.expected_failing == ["docs.penalty_decision"]
    assert not DEFECTS["docs.penalty_decision"].applies(clean("case-03-simple"))  # the file is its decision
    assert not DEFECTS["rights.no_heavier_after_defence"].applies(case)
    # a spaced title (行 政 处 罚 决 定 书) and no 文号 left: the receipt is still known by what it served
    # (the edits run by hand: as defects the pair is refused, the second would undo the first)
    with pytest.raises(gen.GenerationError, match="would undo"):
        gen.inject(gen.CASES["case-02-environment"](), ["decision.doc_number", "docs.penalty_decision"])
    case = gen.CASES["case-02-environment"]()
    for check_id in ("decision.doc_number", "docs.penalty_decision"):
        DEFECTS[check_id].inject(case)
    assert all("决定书" not in full_text(r) for r in case.instruments if r.kind == "service_receipt")
    assert case.timeline["served"] is None and case.truth(["pdf"])["facts"]["fine_yuan"] is None


def test_refiled_closing_report_breaks_order() -> None:
    kinds = [i.kind for i in with_defect("docs.order").instruments]
    assert kinds.index("closing_report") == kinds.index("filing_approval") + 1


def test_every_defect_applies_to_some_template_and_records_itself() -> None:
    for check_id, defect in DEFECTS.items():
        for builder in gen.CASES.values():
            fine = 60000 if check_id in ("rights.hearing_in_notice", "deadline.hearing_request_5d") else None
            case = builder()
            if fine:
                from samples.variety import set_fine

                set_fine(case, fine)
            if defect.applies(case):
                case = gen.inject(case, [check_id])
                assert case.defects == [check_id] and check_id in case.expected_failing
                break
        else:
            pytest.fail(f"{check_id} applies to no template")


def test_unknown_defect_is_refused() -> None:
    with pytest.raises(gen.GenerationError, match="no defect injector"):
        gen.build_case("case-01-market", ["docs.no_such_check"])
    with pytest.raises(gen.GenerationError, match="does not apply"):
        gen.build_case("case-03-simple", ["docs.legal_review"])


def test_varied_cases_are_seeded_and_honest() -> None:
    def names(seed: int) -> list[tuple[str, list[str], str]]:
        rng = random.Random(seed)
        out = []
        for n in range(12):
            template = rng.choice(list(gen.CASES))
            case = vary(gen.CASES[template](), rng, f"gen-{n}")
            out.append((template, case.defects, str(case.fine_yuan)))
            assert 0 <= len(case.defects) <= 3 and set(case.defects) <= set(case.expected_failing)
            assert oracle.failing(case) <= set(case.expected_failing)
        return out

    assert names(5) == names(5) and names(5) != names(6)
    assert any(d for _, d, _ in names(5))


def test_cli_writes_a_generated_set(tmp_path: Path) -> None:
    assert gen.main(["--out", str(tmp_path), "--count", "2", "--seed", "11"]) == 0
    truths = sorted(tmp_path.glob("*.truth.json"))
    assert len(truths) == 2 and all(t.with_suffix("").with_suffix(".pdf").exists() for t in truths)


def test_a_drop_refuses_to_undo_an_earlier_defect() -> None:
    """Dropping the 缴款书 after varying the party's name on it would leave a truth that lists a defect the file
    no longer has; the injector refuses, and `vary` draws again."""
    case = gen.CASES["case-01-market"]()
    gen.inject(case, ["party.consistent"])
    with pytest.raises(gen.GenerationError, match="would undo"):
        gen.inject(case, ["docs.execution"])
    case = gen.CASES["case-01-market"]()
    gen.inject(case, ["docs.execution"])
    assert not DEFECTS["party.consistent"].applies(case)


def test_a_balanced_set_covers_every_defect() -> None:
    """`--count` sets draw rarer defects more often, so a modest set exercises every injector."""
    from collections import Counter

    rng, drawn = random.Random(3), Counter[str]()
    for n in range(120):
        template = rng.choice(list(gen.CASES))
        case = vary(gen.CASES[template](), rng, f"gen-{n}", drawn=drawn)
        assert oracle.failing(case) <= set(case.expected_failing)
    assert set(drawn) == {cid for cid, defect in DEFECTS.items() if defect.varied}


def test_statement_right_dropped_clause_by_clause_keeps_the_hearing_period() -> None:
    """生态环境's notice tells both periods in one sentence; only the 陈述申辩 clause goes."""
    case = gen.inject(gen.CASES["case-02-environment"](), ["rights.statement_in_notice"])
    text = full_text(only(case, "prior_notice"))
    assert "陈述" not in text and "申辩" not in text
    assert "你单位如要求听证，应当在收到本告知书之日起五个工作日内向本局提出。" in text
    assert case.expected_failing == ["rights.statement_in_notice"]


def test_heavier_fine_stays_under_the_major_line() -> None:
    from samples.variety import set_fine

    case = gen.CASES["case-01-market"]()
    set_fine(case, 76000)
    gen.inject(case, ["rights.no_heavier_after_defence"])
    assert 76000 < case.fine_yuan < 100000 and not case.is_major
    case = gen.CASES["case-01-market"]()
    set_fine(case, 40000)
    assert not case.hearing_eligible
    gen.inject(case, ["rights.no_heavier_after_defence"])
    assert case.fine_yuan == 53300 and case.hearing_eligible  # the decided fine crosses the 50,000 line


def test_dropped_approval_leaves_the_statement_unreviewed() -> None:
    case = gen.inject(gen.CASES["case-18-market-statement"](), ["docs.penalty_approval"])
    assert case.expected_failing == ["docs.penalty_approval", "rights.statement_reviewed"]


def test_late_notice_service_keeps_the_approval_after_it() -> None:
    from samples.variety import set_fine

    case = gen.CASES["case-01-market"]()
    set_fine(case, 72000)
    gen.inject(case, ["deadline.decision_90d", "deadline.hearing_request_5d"])
    assert case.on("notice_served") <= case.on("approved") < case.on("decided")
    assert "timeline.order" not in case.expected_failing


def test_restyled_date_keeps_a_space_before_a_time() -> None:
    from samples import forms
    from samples.edit import map_dates

    assert map_dates("2024年3月14日10时20分", lambda day, _: forms.iso_date(day)) == "2024-03-14 10时20分"
    assert map_dates("2024年3月14日，", lambda day, _: forms.iso_date(day)) == "2024-03-14，"


def test_stale_sales_end_five_years_before_the_complaint() -> None:
    """substance.limitation: the decision's facts date the sales 2017 and no longer say they went on; the
    complaint keeps its day in the 案源登记表 only; varied sets never draw it, and dropping the decision undoes it."""
    case = with_defect("substance.limitation")
    decision = full_text(only(case, "penalty_decision"))
    facts = decision.split("上述事实")[0]
    assert "于2017年3月至2017年6月以每箱54元的价格对外售出156箱，此后未再销售" in facts
    assert not re.search("2023年1月|至案发|至今|持续|一直", facts) and "2023年2月20日" not in facts
    assert first(case, "case_source").date == case.timeline["discovered"] == dt.date(2023, 2, 20)
    assert "2017年3月至6月间" in _notice_text(case) and "2017年3月初" in full_text(only(case, "inquiry_record"))
    assert case.expected_failing == ["substance.limitation"] and oracle.failing(case) == set()
    assert not DEFECTS["substance.limitation"].applies(case)  # nothing left to rewrite
    assert not DEFECTS["substance.limitation"].applies(clean("case-02-environment"))
    assert not DEFECTS["substance.limitation"].varied
    with pytest.raises(gen.GenerationError, match="would undo"):
        gen.inject(case, ["docs.penalty_decision"])
