from __future__ import annotations

import pytest

from checklists.standards import load_standard
from reviewer.core.model import Finding
from reviewer.pipeline.scoring import score


@pytest.fixture(scope="module")
def henan():
    return load_standard("henan-2022")


def findings(standard, **statuses: str) -> list[Finding]:
    """Every check passes unless named (dots written as __)."""
    out = []
    for check in standard.checks:
        status = statuses.get(check.id.replace(".", "__"), "pass")
        out.append(
            Finding(
                check_id=check.id,
                category=check.category,
                status=status,
                deducted=check.points if status == "fail" and not check.veto else 0.0,
            )
        )
    return out


def test_clean_file_scores_full_marks_and_top_grade(henan):
    result = score(findings(henan), henan)
    assert (result.score, result.grade, result.veto, result.needs_review) == (100.0, "优秀", [], [])
    assert (result.low, result.high) == (100.0, 100.0)


def test_deductions_stop_at_the_category_points(henan):
    category = henan.check("deadline.service_7d").category
    same = [c for c in henan.deduction_checks if c.category == category]
    cap = next(c.points for c in henan.categories if c.id == category)
    failing = {c.id.replace(".", "__"): "fail" for c in same}
    result = score(findings(henan, **failing), henan)
    assert sum(c.points for c in same) > cap  # the category really would go negative uncapped
    assert result.categories[category] == 0.0
    assert result.score == 100.0 - cap


def test_a_veto_makes_the_score_zero_and_the_grade_the_veto_grade(henan):
    result = score(findings(henan, docs__prior_notice="fail"), henan)
    assert result.score == 0.0 and result.veto == ["docs.prior_notice"]
    assert result.grade == henan.grading.veto_grade


def test_unknown_checks_widen_the_range_and_hold_back_the_grade(henan):
    result = score(findings(henan, deadline__service_7d="unknown", rights__remedies_in_decision="unknown"), henan)
    lost = henan.check("deadline.service_7d").points + henan.check("rights.remedies_in_decision").points
    assert result.high == result.score == 100.0 and result.low == 100.0 - lost
    assert result.needs_review == ["deadline.service_7d", "rights.remedies_in_decision"]
    assert result.grade == ("优秀" if result.low >= 90 else None)


def test_an_unknown_veto_check_means_the_file_could_still_score_zero(henan):
    result = score(findings(henan, docs__penalty_decision="unknown"), henan)
    assert result.low == 0.0 and result.grade is None and result.veto == []


def test_open_items_give_a_provisional_grade_not_a_grade(henan):
    open_veto = findings(henan, subject__agency_competent="unknown", officers__qualified="unknown")
    result = score(open_veto, henan)
    assert (result.grade, result.provisional, result.low, result.high) == (None, "优秀", 0.0, 100.0)
    deducted = findings(henan, officers__qualified="unknown", deadline__service_7d="fail")
    assert score(deducted, henan).provisional == henan.grading.grade(score(deducted, henan).score, vetoed=False)


def test_no_provisional_grade_once_the_grade_is_settled(henan):
    assert score(findings(henan), henan).provisional is None
    vetoed = findings(henan, docs__prior_notice="fail", officers__qualified="unknown")
    result = score(vetoed, henan)
    assert (result.grade, result.provisional) == ("不合格", None)


def test_the_provisional_note_says_it_is_not_a_grade():
    from reviewer.core.grading import provisional_note

    note = provisional_note("合格", ["执法主体资格", "执法人员资格"])
    assert (
        note
        == "预评等级：合格（仅在待核查的 2 项（执法主体资格、执法人员资格）经人工核查均无问题时成立，并非评定等级）"
    )
    assert provisional_note(None, ["执法主体资格"]) is None


def test_the_ocr_confidence_setting_decides_which_decided_findings_go_to_review(henan):
    """One bar (REVIEWER_OCR_LOW_CONFIDENCE): a finding decided at 0.85 is settled under a 0.8 bar and goes to
    the evaluator under a 0.9 bar."""
    decided = [f.model_copy(update={"confidence": 0.85}) if i == 0 else f for i, f in enumerate(findings(henan))]
    assert score(decided, henan, low_confidence=0.8).needs_review == []
    assert score(decided, henan, low_confidence=0.9).needs_review == [decided[0].check_id]
