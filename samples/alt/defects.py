"""Injected defects, by check id: when each can apply to a plan, what it changes, and what it rules out.

Every defect is an edit an agency really makes (a record signed by one officer, a missing 送达回证, a decision
served late ...). Defects change the plan before anything is written; the oracle then works out which date rules
fail on the real calendar, so ``expected_failing`` holds the injected ids plus whatever else they break."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from .plan import Plan, hearing_eligible, major, round_to

Fn = Callable[[Plan, random.Random], None]

#: Checks the review runs that depend on registers outside the file; never injected.
NEVER_JUDGED = ("subject.agency_competent", "officers.qualified", "party.correct_subject")


@dataclass
class Defect:
    id: str
    applies: Callable[[Plan], bool]
    apply: Fn
    excludes: set[str] = field(default_factory=set)


def general(p: Plan) -> bool:
    return p.procedure == "general"


def penalised(p: Plan) -> bool:
    return general(p) and p.outcome == "penalty"


def has_fine(p: Plan) -> bool:
    return p.outcome == "penalty" and bool(p.fine)


def _variant(name: str, rng: random.Random) -> str:
    if name.endswith("有限公司"):
        return rng.choice(
            [name.replace("有限公司", "公司"), name.replace("青岚市", ""), name.replace("有限公司", "有限责任公司")]
        )
    return name[0] + rng.choice("晓小建志") + name[2:] if len(name) == 3 else name[:-1] + rng.choice("华明丽")


def _one_officer(p: Plan, rng: random.Random) -> None:
    if p.procedure == "simple":
        p.flags.add("one_officer:onsite")
    else:
        p.flags.add("one_officer:" + rng.choice(["inspection", "inquiry"]))


def _no_certs(p: Plan, rng: random.Random) -> None:
    if p.procedure == "simple":
        p.flags.add("no_certs:onsite")
    else:
        p.flags.add("no_certs:" + rng.choice(["inspection", "inquiry"]))


def _stale(p: Plan, rng: random.Random) -> None:
    p.sched["stale"] = True
    p.source = "complaint"


def _no_notice(p: Plan, rng: random.Random) -> None:
    p.flags.add("no_notice")
    p.statement, p.hearing = "none", "none"


def _no_decision(p: Plan, rng: random.Random) -> None:
    p.flags |= {
        "drop:decision",
        "drop:decision_receipt",
        "drop:payment",
        "drop:reminder",
        "drop:reminder_receipt",
        "drop:court",
    }
    p.enforcement = "none"


def _hearing_not_told(p: Plan, rng: random.Random) -> None:
    p.flags.add("notice_no_hearing")
    p.hearing = "none"
    if p.statement == "waived":
        p.statement = "none"


def _simple_over(p: Plan, rng: random.Random) -> None:
    if p.party.org:
        lo, hi = p.scenario.fine_range
        lo = max(3500, lo)
        p.fine = Decimal(round_to(rng.randint(lo, max(lo, min(hi, 8000))), 500))
    else:
        p.fine = Decimal(round_to(rng.randint(300, 1000), 100))
    p.notes["paid_on_spot"] = False


def _statement_made(p: Plan, rng: random.Random) -> None:
    if p.statement not in ("oral", "written"):
        p.statement = rng.choice(["oral", "written"])
    if p.hearing == "waived":
        p.hearing = "none"
    p.flags.add("no_review")


def _heavier(p: Plan, rng: random.Random) -> None:
    lo = p.fine
    for _ in range(20):
        assert lo is not None
        step = Decimal(round_to(int(lo) // rng.choice([3, 4, 5]), 500))
        notice = lo - step
        if (
            notice > 0
            and hearing_eligible(p.party.kind, notice, p.confiscation, p.suspension_days) == p.hearing_eligible
            and major(p.party.kind, notice, p.confiscation, p.suspension_days) == p.is_major
        ):
            p.notice_fine = notice
            p.approval_fine = p.fine
            return
    p.notice_fine = (lo or Decimal(0)) - Decimal(500)


def _order(p: Plan, rng: random.Random) -> None:
    p.notes["move"] = rng.choice(
        [
            ("report", "decision_receipt", "after"),
            ("closing", "filing_approval", "after"),
            ("inquiry1", "decision", "after"),
            ("approval", "filing_approval", "after"),
        ]
    )


def _amounts(p: Plan, rng: random.Random) -> None:
    if rng.random() < 0.5 and "drop:approval" not in p.flags:
        p.approval_fine = (p.fine or Decimal(0)) + Decimal(p.notes.get("caps_delta", 5000))
    else:
        p.flags.add("caps_mismatch")


def _order_of_dates(p: Plan, rng: random.Random) -> None:
    options = []
    if "drop:approval" not in p.flags:
        options.append("approval_after_decision")
    if p.is_major and "drop:legal_review" not in p.flags:
        options.append("review_after_decision")
    p.sched[rng.choice(options)] = True


def _blank_date(p: Plan, rng: random.Random) -> None:
    if "drop:closing" in p.flags or ("drop:filing_approval" not in p.flags and rng.random() < 0.3):
        p.flags.add("blank_filing_date")
    else:
        p.flags.add("blank_closing_date")


def _variant_places(p: Plan) -> list[str]:
    """Instruments that name the party besides the decision (where a clerk may write the name differently)."""
    where = []
    if has_fine(p) and "drop:payment" not in p.flags and p.enforcement != "court":
        where.append("payment")
    if general(p):
        where += (
            ["receipt_decision"] if "drop:decision_receipt" not in p.flags and "drop:decision" not in p.flags else []
        )
        where += ["receipt_notice"] if p.has_notice and "drop:notice_receipt" not in p.flags else []
    return where


def _party_variant(p: Plan, rng: random.Random) -> None:
    p.flags.add("party_variant:" + rng.choice(_variant_places(p)))
    p.notes["party_variant"] = _variant(p.party.name, rng)


def _statement_short(p: Plan, rng: random.Random) -> None:
    p.sched["statement_short"] = True
    p.statement_period = p.statement_period or 3


def _hearing_window_short(p: Plan, rng: random.Random) -> None:
    p.sched["hearing_window_short"] = True
    p.statement_period = 3


def flag(*names: str) -> Fn:
    def fn(p: Plan, rng: random.Random) -> None:
        p.flags.update(names)

    return fn


def sched(key: str, value: object = True) -> Fn:
    def fn(p: Plan, rng: random.Random) -> None:
        p.sched[key] = value(rng) if callable(value) else value

    return fn


def _records(p: Plan) -> bool:
    return p.procedure == "simple" or "drop:inspection" not in p.flags


DEC_IDS = {
    "docs.decision_service",
    "deadline.service_7d",
    "deadline.payment_15d",
    "docs.execution",
    "rights.remedies_in_decision",
    "rights.payment_terms_in_decision",
    "party.identified",
    "decision.contents",
    "decision.basis_precise",
    "decision.amount_consistent",
    "decision.doc_number",
    "rights.no_heavier_after_defence",
    "deadline.decision_90d",
    "deadline.statement_period",
    "deadline.hearing_request_5d",
    "docs.major_filing",
    "deadline.major_filing_15d",
    "substance.limitation",
    "party.consistent",
    "timeline.order",
}
NOTICE_IDS = {
    "rights.statement_in_notice",
    "rights.hearing_in_notice",
    "rights.notice_contents",
    "docs.notice_service",
    "deadline.statement_period",
    "deadline.hearing_request_5d",
    "rights.no_heavier_after_defence",
    "rights.statement_reviewed",
}

DEFECTS: dict[str, Defect] = {
    d.id: d
    for d in [
        Defect("officers.two_officers", _records, _one_officer, {"docs.evidence_gathering"}),
        Defect("officers.certificates", _records, _no_certs, {"docs.evidence_gathering"}),
        Defect(
            "substance.limitation",
            lambda p: penalised(p) and "stale_findings" in p.scenario.extra,
            _stale,
            {"docs.penalty_decision"},
        ),
        Defect("docs.prior_notice", lambda p: penalised(p) and not p.hearing_eligible, _no_notice, NOTICE_IDS),
        Defect(
            "docs.penalty_decision",
            lambda p: penalised(p) and not p.is_major and not p.hearing_eligible,
            _no_decision,
            DEC_IDS,
        ),
        Defect("docs.legal_review", lambda p: penalised(p) and p.is_major, flag("drop:legal_review")),
        Defect(
            "rights.statement_in_notice",
            lambda p: p.has_notice and p.statement != "waived",
            flag("notice_no_statement"),
            {"docs.prior_notice", "deadline.statement_period"},
        ),
        Defect(
            "rights.hearing_in_notice",
            lambda p: p.has_notice and p.hearing_eligible and not p.suspension_days,
            _hearing_not_told,
            {"docs.prior_notice", "deadline.hearing_notice_7d", "docs.hearing_record"},
        ),
        Defect(
            "decision.simple_procedure_limits",
            lambda p: (
                p.procedure == "simple"
                and p.scenario.key in ("ur_waste", "he_public_place", "mk_price_tag", "em_gas_alarm", "tr_maintenance")
                and p.party.org
            ),
            _simple_over,
        ),
        Defect(
            "docs.filing_approval",
            general,
            flag("drop:filing_approval"),
            {
                "deadline.filing_15wd",
                "timeline.investigate_before_filing",
                "deadline.decision_90d",
                "timeline.dates_filled",
            },
        ),
        Defect(
            "docs.evidence_gathering",
            general,
            flag("drop:inspection", "drop:inquiry1", "drop:inquiry2"),
            {"officers.two_officers", "officers.certificates", "timeline.investigate_before_filing"},
        ),
        Defect("docs.investigation_report", general, flag("drop:report")),
        Defect("docs.penalty_approval", general, flag("drop:approval")),
        Defect(
            "docs.decision_service",
            general,
            flag("drop:decision_receipt"),
            {"docs.penalty_decision", "deadline.service_7d", "deadline.payment_15d"},
        ),
        Defect(
            "docs.notice_service",
            lambda p: p.has_notice,
            flag("drop:notice_receipt"),
            {"docs.prior_notice", "deadline.statement_period", "deadline.hearing_request_5d"},
        ),
        Defect("docs.collective_discussion", lambda p: penalised(p) and p.is_major, flag("drop:discussion")),
        Defect(
            "docs.hearing_record",
            lambda p: penalised(p) and p.hearing == "held",
            flag("drop:hearing_record", "drop:hearing_report"),
            {"deadline.hearing_notice_7d", "rights.hearing_in_notice"},
        ),
        Defect(
            "docs.execution",
            lambda p: has_fine(p) and p.enforcement == "none",
            flag("drop:payment"),
            {"deadline.payment_15d", "docs.penalty_decision"},
        ),
        Defect("docs.closing_report", general, flag("drop:closing")),
        Defect(
            "docs.major_filing",
            lambda p: penalised(p) and p.is_major,
            flag("drop:major_filing"),
            {"deadline.major_filing_15d"},
        ),
        Defect("docs.cover_index", general, lambda p, r: p.flags.add(r.choice(["no_index", "index_wrong"]))),
        Defect("docs.order", general, _order),
        Defect(
            "deadline.filing_15wd",
            lambda p: general(p) and p.agency.sector == "market",
            sched("filing_gap_wd", lambda r: r.randint(17, 23)),
            {"docs.filing_approval"},
        ),
        Defect(
            "deadline.decision_90d",
            lambda p: penalised(p) and not p.extension,
            sched("decision_late"),
            {"docs.filing_approval", "docs.penalty_decision"},
        ),
        Defect(
            "deadline.statement_period",
            lambda p: p.has_notice and p.statement == "none" and p.hearing != "held",
            _statement_short,
            {
                "rights.statement_in_notice",
                "docs.notice_service",
                "deadline.hearing_request_5d",
                "rights.statement_reviewed",
            },
        ),
        Defect(
            "deadline.hearing_request_5d",
            lambda p: p.has_notice and p.hearing_eligible and p.hearing == "none" and p.statement == "none",
            _hearing_window_short,
            {"docs.notice_service", "deadline.statement_period", "rights.statement_reviewed"},
        ),
        Defect(
            "deadline.hearing_notice_7d",
            lambda p: penalised(p) and p.hearing == "held",
            sched("hearing_notice_short"),
            {"docs.hearing_record"},
        ),
        Defect(
            "deadline.service_7d", general, sched("service_late"), {"docs.decision_service", "docs.penalty_decision"}
        ),
        Defect(
            "deadline.payment_15d",
            lambda p: has_fine(p) and p.enforcement == "none",
            sched("payment_gap", lambda r: r.randint(24, 40)),
            {"docs.execution", "docs.decision_service"},
        ),
        Defect(
            "deadline.major_filing_15d",
            lambda p: penalised(p) and p.is_major,
            sched("major_filing_late"),
            {"docs.major_filing"},
        ),
        Defect(
            "timeline.order", lambda p: penalised(p) and ("drop:approval" not in p.flags or p.is_major), _order_of_dates
        ),
        Defect(
            "timeline.investigate_before_filing",
            general,
            sched("inquiry_before_filing"),
            {"docs.filing_approval", "docs.evidence_gathering"},
        ),
        Defect("timeline.dates_filled", general, _blank_date, {"docs.filing_approval"}),
        Defect(
            "rights.notice_contents",
            lambda p: p.has_notice,
            flag("notice_no_penalty"),
            {"docs.prior_notice", "rights.no_heavier_after_defence"},
        ),
        Defect(
            "rights.statement_reviewed",
            lambda p: p.has_notice and p.hearing != "held",
            _statement_made,
            {"docs.prior_notice", "deadline.statement_period", "deadline.hearing_request_5d"},
        ),
        Defect(
            "rights.no_heavier_after_defence",
            lambda p: p.has_notice and has_fine(p) and (p.fine or 0) >= 1000,
            _heavier,
            {"rights.notice_contents", "docs.prior_notice", "docs.penalty_decision"},
        ),
        Defect("rights.remedies_in_decision", penalised, flag("no_remedies"), {"docs.penalty_decision"}),
        Defect(
            "rights.payment_terms_in_decision",
            lambda p: penalised(p) and has_fine(p),
            flag("no_payment_terms"),
            {"docs.penalty_decision"},
        ),
        Defect("party.consistent", lambda p: bool(_variant_places(p)), _party_variant),
        Defect("party.identified", penalised, flag("decision_no_id"), {"docs.penalty_decision"}),
        Defect("decision.contents", penalised, flag("no_seal"), {"docs.penalty_decision"}),
        Defect("decision.basis_precise", penalised, flag("basis_vague"), {"docs.penalty_decision"}),
        Defect(
            "decision.amount_consistent", lambda p: penalised(p) and has_fine(p), _amounts, {"docs.penalty_decision"}
        ),
        Defect("decision.doc_number", penalised, flag("decision_no_number"), {"docs.penalty_decision"}),
    ]
}


def compatible(plan: Plan, defect_id: str) -> bool:
    d = DEFECTS[defect_id]
    if defect_id in plan.defects or not d.applies(plan):
        return False
    if any(x in plan.defects for x in d.excludes):
        return False
    return not any(defect_id in DEFECTS[x].excludes for x in plan.defects)


def inject(plan: Plan, defect_id: str, rng: random.Random) -> None:
    if not compatible(plan, defect_id):
        raise ValueError(f"{plan.case_id}: defect {defect_id} does not apply")
    DEFECTS[defect_id].apply(plan, rng)
    plan.defects.append(defect_id)


def draw(plan: Plan, pick_rng: random.Random, rng: random.Random, n: int, counts: dict[str, int]) -> None:
    """Inject n defects, preferring ids drawn less often so far in the set. Picks come from pick_rng and edits from
    rng, so injecting the same ids in the same order with rng alone gives the same case."""
    for _ in range(n):
        pool = [d for d in DEFECTS if compatible(plan, d)]
        if not pool:
            return
        weights = [1.0 / (1 + counts.get(d, 0)) ** 2 for d in pool]
        pick = pick_rng.choices(pool, weights)[0]
        inject(plan, pick, rng)
        counts[pick] = counts.get(pick, 0) + 1
