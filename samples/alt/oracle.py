"""Which date rules a case file breaks, judged from its truth on China's real calendar — this generator's own
reading of the Henan standard's periods (shared/domain/checks.yaml), used to fill ``expected_failing``.

Counting: the day of the event is not counted; 日 periods of the 行政处罚法 (二日/三日/五日/七日) are working days;
natural-day periods ending on a rest day run to the next working day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from .workdays import add_workdays, natural_deadline, workdays_between

ORDER_CHAIN = [
    "filed",
    "investigation_reported",
    ("legal_reviewed", "discussed"),
    "notified",
    "notice_served",
    ("statement", "hearing"),
    "approved",
    "decided",
    "served",
    ("paid",),
    "closed",
]


def _d(value: Any) -> Any:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def order_breaks(t: dict) -> list[tuple[str, str]]:
    """Pairs (earlier step, later step) whose dates run backwards. Steps in a tuple are peers (no order among them)."""
    bad = []
    seen: list[tuple[str, date]] = []
    for step in ORDER_CHAIN:
        group = step if isinstance(step, tuple) else (step,)
        current: list[tuple[str, date]] = [(k, _d(t.get(k))) for k in group if _d(t.get(k))]
        for k, day in current:
            for pk, pday in seen:
                if day < pday:
                    bad.append((pk, k))
        seen += current
    reported = _d(t.get("reported"))
    decided = _d(t.get("decided"))
    if reported and decided and reported < decided:
        bad.append(("decided", "reported"))
    return bad


def failing(truth: dict) -> set[str]:
    """Date-rule check ids the file fails."""
    t: dict[str, Any] = {k: _d(v) for k, v in truth["timeline"].items()}
    x: dict[str, Any] = {
        k: _d(v) if isinstance(v, str) and len(v) == 10 and v[4] == "-" else v for k, v in truth["schedule"].items()
    }
    facts = truth["facts"]
    kinds = {i["kind"] for i in truth["instruments"]}
    out: set[str] = set()
    general = truth["procedure"] == "general"
    decided = t.get("decided")

    if (
        general
        and truth["sector"] == "market"
        and t.get("discovered")
        and t.get("filed")
        and workdays_between(t["discovered"], t["filed"]) > 15
    ):
        out.add("deadline.filing_15wd")
    if general and t.get("filed") and decided:
        limit = natural_deadline(t["filed"], 90)
        ext = x.get("extension_until")
        if x.get("extension_approved") and ext:
            limit = max(limit, natural_deadline(ext, 0))
        if decided > limit:
            out.add("deadline.decision_90d")
    notice_start = t.get("notice_served") or t.get("notified")
    waived = x.get("statement_waived")
    if "prior_notice" in kinds and decided and notice_start and not waived:
        period = x.get("statement_period_wd") or 3
        if decided <= add_workdays(notice_start, period):
            out.add("deadline.statement_period")
    if (
        facts.get("hearing_eligible")
        and decided
        and notice_start
        and not x.get("hearing_held")
        and not x.get("hearing_waived")
        and "prior_notice" in kinds
        and decided <= add_workdays(notice_start, 5)
    ):
        out.add("deadline.hearing_request_5d")
    if x.get("hearing_held") and x.get("hearing_notice_served") and t.get("hearing"):
        served, hearing = x["hearing_notice_served"], t["hearing"]
        if (hearing - served).days < 7 or workdays_between(served, hearing) < 7:
            out.add("deadline.hearing_notice_7d")
    if decided and t.get("served") and not x.get("served_on_spot") and t["served"] > add_workdays(decided, 7):
        out.add("deadline.service_7d")
    if (
        facts.get("fine_yuan")
        and t.get("served")
        and t.get("paid")
        and "enforcement" not in kinds
        and t["paid"] > natural_deadline(t["served"], 15)
    ):
        out.add("deadline.payment_15d")
    if "major_filing" in kinds and decided and t.get("reported") and t["reported"] > natural_deadline(decided, 15):
        out.add("deadline.major_filing_15d")
    if general and order_breaks(truth["timeline"]):
        out.add("timeline.order")
    if general and t.get("filed"):
        for inst in truth["instruments"]:
            day = _d(inst.get("date"))
            if inst["kind"] == "inquiry_record" and day and day < t["filed"]:
                out.add("timeline.investigate_before_filing")
            if inst["kind"] == "inspection_record" and day and day < t["filed"] and not x.get("inspection_led_to_case"):
                out.add("timeline.investigate_before_filing")
    if truth["procedure"] == "simple" and facts.get("fine_yuan"):
        ceiling = Decimal(200 if facts["party_type"] == "citizen" else 3000)
        if Decimal(facts["fine_yuan"]) > ceiling:
            out.add("decision.simple_procedure_limits")
    return out


DATE_RULES = {
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
    "decision.simple_procedure_limits",
}
