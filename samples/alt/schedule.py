"""The dates of a case, step by step in working days, with the margins a careful agency keeps. Defects ask for
other gaps through ``plan.sched``; the oracle then judges every date rule on the real calendar."""

from __future__ import annotations

import random
from datetime import date, timedelta

from .plan import Plan
from .workdays import add_workdays, is_statutory_holiday, natural_deadline, on_workday, workdays_between


def _wd(rng: random.Random, d: date, lo: int, hi: int) -> date:
    return add_workdays(d, rng.randint(lo, hi))


def pick_discovery(rng: random.Random, latest: date = date(2025, 4, 30)) -> date:
    start = date(2024, 1, 15)
    d = start + timedelta(days=rng.randint(0, (latest - start).days))
    return on_workday(d)


def schedule(plan: Plan, rng: random.Random) -> dict:
    """Fill plan.dates; returns it. Keys: see the truth's timeline plus internal steps."""
    s = plan.sched
    d: dict = {}
    latest = date(2025, 1, 31) if plan.enforcement == "court" else date(2025, 4, 30)
    D = s.get("discovered") or pick_discovery(rng, latest)
    d["discovered"] = D
    scen = plan.scenario
    # the act itself
    if scen.discrete:
        if plan.source == "inspection":
            d["act_date"] = D
        else:
            d["act_date"] = D - timedelta(days=rng.randint(1, 6))
    d["act_start"] = D - timedelta(days=rng.randint(25, 240))
    d["act_end"] = D - timedelta(days=rng.randint(0, 10))
    if s.get("stale"):  # substance.limitation: the act ended more than two years before discovery
        old = D - timedelta(days=730 + rng.randint(60, 420))
        d["act_date"] = old
        d["act_start"] = old - timedelta(days=rng.randint(0, 30))
        d["act_end"] = old
    if scen.extra.get("order_first"):
        d["order_date"] = add_workdays(D - timedelta(days=rng.randint(30, 45)), 0)
        d["order_served"] = d["order_date"]
    if plan.procedure == "simple":
        d["inspection"] = D
        d["decided"] = D
        d["served"] = D
        if plan.fine:
            if s.get("payment_gap"):
                d["paid"] = D + timedelta(days=s["payment_gap"])
            else:
                d["paid"] = D if plan.notes.get("paid_on_spot") else D + timedelta(days=rng.randint(1, 9))
        plan.dates = d
        return d

    # 立案 and investigation
    filing_gap = s.get("filing_gap_wd") or rng.randint(1, 6)
    d["filed"] = add_workdays(D, filing_gap)
    early_inspection = plan.source == "inspection" or "inspection_first" in plan.traps
    d["inspection"] = D if early_inspection else _wd(rng, d["filed"], 1, 3)
    if s.get("inquiry_before_filing"):
        d["filed"] = add_workdays(D, max(filing_gap, 4))
        d["inquiry1"] = add_workdays(D, rng.randint(1, 2))
    else:
        d["inquiry1"] = _wd(rng, max(d["filed"], d["inspection"]), 1, 5)
    last = d["inquiry1"]
    if plan.second_inquiry:
        d["inquiry2"] = _wd(rng, last, 2, 6)
        last = d["inquiry2"]
    if plan.preservation:
        d["preservation"] = d["inspection"]
        d["preservation_end"] = _wd(rng, d["preservation"], 3, 6)
    d["evidence"] = last
    delay = 0
    if plan.extension:
        delay = rng.randint(50, 62)
    if s.get("decision_late"):
        delay = rng.randint(68, 80)
    d["reported"] = _wd(rng, max(last, d["filed"]), 4, 12) + timedelta(days=delay)
    d["reported"] = on_workday(d["reported"])
    if plan.extension:
        ext = on_workday(d["filed"] + timedelta(days=rng.randint(72, 84)))
        d["extension"] = min(ext, d["reported"]) if d["reported"] > d["filed"] + timedelta(days=60) else ext
        d["extension_until"] = d["filed"] + timedelta(days=120)
    cursor = d["reported"]
    if plan.is_major:
        if "review" not in s.get("skip", ()):
            d["legal_reviewed"] = _wd(rng, cursor, 1, 4)
            cursor = d["legal_reviewed"]
        d["discussed"] = _wd(rng, cursor, 1, 3)
        cursor = d["discussed"]
    if plan.outcome == "no_penalty":
        d["approved"] = _wd(rng, cursor, 1, 4)
        d["decided"] = _wd(rng, d["approved"], 0, 2)
        d["served"] = _wd(rng, d["decided"], 10, 14) if s.get("service_late") else _wd(rng, d["decided"], 0, 3)
        d["closed"] = _wd(rng, d["served"], 2, 8)
        d["archived"] = d["closed"] + timedelta(days=rng.randint(1, 12))
        plan.dates = d
        return d

    # the notice and the party's rights
    d["notified"] = _wd(rng, cursor, 1, 4)
    d["notice_served"] = _wd(rng, d["notified"], 0, 2)
    period = plan.statement_period or 3
    window = add_workdays(d["notice_served"], period)
    if plan.hearing_eligible and plan.hearing not in ("waived",):
        window = max(window, add_workdays(d["notice_served"], 5))
    ready = window
    if plan.statement in ("oral", "written"):
        d["statement"] = _wd(rng, d["notice_served"], 1, max(1, period - 1))
    if plan.statement == "waived":
        d["statement"] = _wd(rng, d["notice_served"], 0, 1)
        ready = d["statement"]
    if plan.hearing == "held":
        d["hearing_requested"] = _wd(rng, d["notice_served"], 1, 4)
        d["hearing_notice"] = _wd(rng, d["hearing_requested"], 1, 3)
        d["hearing_notice_served"] = _wd(rng, d["hearing_notice"], 0, 1)
        if s.get("hearing_notice_short"):
            d["hearing"] = on_workday(d["hearing_notice_served"] + timedelta(days=rng.randint(2, 4)))
            if (d["hearing"] - d["hearing_notice_served"]).days >= 6:
                d["hearing"] = add_workdays(d["hearing_notice_served"], 2)
        else:
            d["hearing"] = _wd(rng, d["hearing_notice_served"], 9, 13)
        ready = max(ready, d["hearing"])
    approve_from = max(ready, d.get("statement", ready))
    if s.get("statement_short"):  # decided before the notice's own period ends
        approve_from = add_workdays(d["notice_served"], max(1, period - 2))
    if s.get("hearing_window_short"):  # after a 3-day statement period, inside the 5-day hearing window
        approve_from = add_workdays(d["notice_served"], 3)
    gap = (0, 1) if (s.get("statement_short") or s.get("hearing_window_short")) else (1, 4)
    d["approved"] = _wd(rng, approve_from, *gap)
    d["decided"] = d["approved"] if gap == (0, 1) else _wd(rng, d["approved"], 0, 2)
    if s.get("statement_short") or s.get("hearing_window_short"):
        d["decided"] = add_workdays(approve_from, 1)
        d["approved"] = d["decided"]
    if s.get("approval_after_decision"):
        d["approved"] = _wd(rng, d["decided"], 1, 3)
    if s.get("review_after_decision") and "legal_reviewed" in d:
        d["legal_reviewed"] = _wd(rng, d["decided"], 1, 3)
    if s.get("service_late"):
        d["served"] = _wd(rng, d["decided"], 10, 14)
    else:
        d["served"] = _wd(rng, d["decided"], 0, 3)
    due = natural_deadline(d["served"], 15)
    if plan.fine:
        if plan.enforcement == "none":
            if s.get("payment_gap"):
                d["paid"] = d["served"] + timedelta(days=s["payment_gap"])
            elif holiday_payment_possible(d["served"]) and rng.random() < 0.6:
                d["paid"] = due  # the 15th day is a statutory holiday: paying on the next working day is in time
            else:
                d["paid"] = min(d["served"] + timedelta(days=rng.randint(2, 12)), due - timedelta(days=2))
        else:
            d["reminder"] = on_workday(d["served"] + timedelta(days=rng.randint(22, 40)))
            d["reminder_served"] = _wd(rng, d["reminder"], 0, 1)
            if plan.enforcement == "reminder":
                d["paid"] = d["reminder_served"] + timedelta(days=rng.randint(2, 9))
            else:
                d["court"] = on_workday(d["served"] + timedelta(days=rng.randint(192, 215)))
    if d.get("paid"):
        d["paid"] = on_workday(d["paid"]) if not s.get("payment_gap") else d["paid"]
    end = d.get("paid") or d.get("court") or d["served"]
    if plan.suspension_days:  # closed once the 停产停业整顿 is over and checked
        end = max(end, d["served"] + timedelta(days=plan.suspension_days))
    d["closed"] = _wd(rng, end, 3, 12)
    if s.get("closing_before_payment") and d.get("paid"):
        d["closed"] = d["paid"] - timedelta(days=rng.randint(2, 5))
    if plan.is_major:
        if s.get("major_filing_late"):
            d["major_reported"] = on_workday(d["decided"] + timedelta(days=rng.randint(22, 40)))
        else:
            d["major_reported"] = _wd(rng, d["decided"], 2, 7)
    d["archived"] = d["closed"] + timedelta(days=rng.randint(1, 12))
    plan.dates = d
    return d


def holiday_payment_possible(served: date) -> bool:
    """True when the 15-day payment period from served ends on a statutory holiday (so it runs on)."""
    return is_statutory_holiday(served + timedelta(days=15))


def decision_span(d: dict) -> int:
    return (d["decided"] - d["filed"]).days if d.get("decided") and d.get("filed") else 0


def span_ok(plan: Plan) -> bool:
    """Whether a clean general case keeps its decision well inside 90 days (or inside its extension)."""
    d = plan.dates
    if plan.procedure != "general" or not d.get("decided") or not d.get("filed"):
        return True
    span = decision_span(d)
    if plan.extension:
        return 93 <= span <= 112
    if plan.sched.get("decision_late"):
        return span >= 97
    return span <= 84


def workday_span(a: date, b: date) -> int:
    return workdays_between(a, b)
