"""Turn findings into a score (unknown checks deduct nothing, so it is the best the file can get): deductions capped per category (扣完为止，不计负分), veto → 0 and the veto
grade, grade bands from the standard, and the range the score could take once every `unknown` is settled.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from checklists.schema import Standard
from reviewer.core.model import Finding
from reviewer.core.settings import DEFAULT_OCR_LOW_CONFIDENCE


@dataclass(frozen=True)
class Score:
    score: float
    #: None while settling the unknown checks could still change the grade.
    grade: str | None
    veto: list[str]
    categories: dict[str, float]
    needs_review: list[str]
    #: Lowest and highest score once every unknown check is settled (all fail / all pass).
    low: float
    high: float
    #: 预评等级: while `grade` is None, the grade the file gets if every open (unknown) check passes; a reading
    #: of the draft, not a settled grade. None once the grade is settled.
    provisional: str | None = None


def score(findings: list[Finding], standard: Standard, *, low_confidence: float = DEFAULT_OCR_LOW_CONFIDENCE) -> Score:
    """Score the findings; a finding that passes or fails below `low_confidence` (REVIEWER_OCR_LOW_CONFIDENCE,
    the draft's `ocr_low_confidence`) still goes to the evaluator in `needs_review`."""
    vetoes = {check.id for check in standard.veto_checks}
    veto = [f.check_id for f in findings if f.check_id in vetoes and f.status == "fail"]
    categories = _category_scores(findings, standard, vetoes, settle_unknown=False)
    total = 0.0 if veto else sum(categories.values())
    worst = _category_scores(findings, standard, vetoes, settle_unknown=True)
    unknown_veto = any(f.check_id in vetoes and f.status == "unknown" for f in findings)
    low = 0.0 if veto or unknown_veto else sum(worst.values())
    needs_review = [
        f.check_id
        for f in findings
        if f.status == "unknown" or (f.status in ("fail", "pass") and f.confidence < low_confidence)
    ]
    grade = standard.grading.grade(total, vetoed=bool(veto))
    settled = bool(veto) or standard.grading.grade(low, vetoed=unknown_veto) == grade
    return Score(
        round(total, 2),
        grade if settled else None,
        veto,
        categories,
        needs_review,
        round(low, 2),
        round(total, 2),
        None if settled else grade,
    )


def page_reviews(blank_pages: list[int]) -> list[str]:
    """The `needs_review` entries, after the check ids, of the scanned pages judged blank: `page:N`."""
    return [f"page:{number}" for number in blank_pages]


def _category_scores(
    findings: list[Finding], standard: Standard, vetoes: set[str], *, settle_unknown: bool
) -> dict[str, float]:
    lost: dict[str, float] = defaultdict(float)
    for finding in findings:
        if finding.check_id in vetoes:
            continue
        if finding.status == "fail":
            lost[finding.category] += finding.deducted
        elif settle_unknown and finding.status == "unknown":
            lost[finding.category] += standard.check(finding.check_id).points
    return {c.id: max(c.points - lost[c.id], 0.0) for c in standard.categories}
