"""The truth beside each case file, in the project's format plus a few fields of our own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from . import oracle
from .build import Case
from .model import Instrument

TIMELINE_KEYS = [
    "discovered",
    "filed",
    "investigated",
    "investigation_reported",
    "legal_reviewed",
    "discussed",
    "notified",
    "notice_served",
    "statement",
    "hearing",
    "approved",
    "decided",
    "served",
    "paid",
    "closed",
    "reported",
]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _first(insts: list[Instrument], kind: str, pred: Callable[[Instrument], bool] | None = None) -> Instrument | None:
    for inst in insts:
        if inst.kind == kind and (pred is None or pred(inst)):
            return inst
    return None


def timeline(case: Case) -> dict:
    insts = case.instruments
    p = case.plan
    t: dict = dict.fromkeys(TIMELINE_KEYS)
    src = _first(insts, "case_source")
    t["discovered"] = src.date if src else None
    fa = _first(insts, "filing_approval")
    t["filed"] = fa.date if fa else None
    probes = [i.date for i in insts if i.kind in ("inspection_record", "inquiry_record") and i.date is not None]
    t["investigated"] = min(probes) if probes else None
    rep = _first(insts, "investigation_report")
    t["investigation_reported"] = rep.date if rep else None
    lr = _first(insts, "legal_review")
    t["legal_reviewed"] = lr.date if lr else None
    cd = _first(insts, "collective_discussion")
    t["discussed"] = cd.date if cd else None
    pn = _first(insts, "prior_notice")
    t["notified"] = pn.date if pn else None
    rc = _first(insts, "service_receipt", lambda i: i.served_doc == "notice")
    t["notice_served"] = rc.date if rc else None
    st = _first(insts, "statement_record")
    t["statement"] = st.date if st else None
    hr = _first(insts, "hearing_record")
    t["hearing"] = hr.date if hr else None
    ap = _first(insts, "penalty_approval")
    t["approved"] = ap.date if ap else None
    dec = _first(insts, "penalty_decision") or _first(insts, "no_penalty_decision") or _first(insts, "onsite_decision")
    t["decided"] = dec.date if dec else None
    if p.procedure == "simple":
        t["served"] = dec.date if dec else None
    else:
        sr = _first(insts, "service_receipt", lambda i: i.served_doc == "decision")
        t["served"] = sr.date if sr else None
    pay = _first(insts, "payment_receipt")
    t["paid"] = pay.date if pay else None
    cl = _first(insts, "closing_report")
    t["closed"] = cl.date if cl else None
    mf = _first(insts, "major_filing")
    t["reported"] = mf.date if mf else None
    return {k: _iso(v) for k, v in t.items()}


def schedule_extras(case: Case) -> dict:
    """Facts the date rules need that the timeline keys do not carry."""
    p, d = case.plan, case.plan.dates
    kinds = {i.kind for i in case.instruments}
    hn = _first(case.instruments, "service_receipt", lambda i: i.served_doc == "hearing_notice")
    return {
        "statement_period_wd": p.statement_period if "notice_no_statement" not in p.flags else 0,
        "statement_period_stated": bool(p.statement_period) and "notice_no_statement" not in p.flags,
        "statement_waived": p.statement == "waived" and "statement_record" in kinds,
        "statement_made": p.statement in ("oral", "written"),
        "hearing_held": p.hearing == "held",
        "hearing_waived": p.hearing == "waived",
        "hearing_requested": _iso(d.get("hearing_requested")),
        "hearing_notice": _iso(d.get("hearing_notice")),
        "hearing_notice_served": _iso(hn.date) if hn else None,
        "hearing_date": _iso(d.get("hearing")),
        "extension_approved": p.extension and "extension_approval" in kinds,
        "extension_until": _iso(d.get("extension_until")) if p.extension else None,
        "served_on_spot": p.procedure == "simple",
        "inspection_led_to_case": p.source == "inspection" and d.get("inspection") == d.get("discovered"),
        "act_date": _iso(d.get("act_date")),
        "act_start": _iso(d.get("act_start")) if not p.scenario.discrete else None,
        "reminder": _iso(d.get("reminder")),
        "court_application": _iso(d.get("court")),
        "preservation": _iso(d.get("preservation")),
    }


def build_truth(case: Case, renderings: list[str]) -> dict:
    p = case.plan
    instruments = [
        {
            "kind": inst.kind,
            "title": inst.title,
            "first_page": inst.first_page,
            "last_page": inst.first_page + len(inst.pages) - 1,
            "doc_number": inst.doc_number,
            "date": _iso(inst.date),
        }
        for inst in case.instruments
    ]
    kinds = {i.kind for i in case.instruments}
    has_decision = bool(kinds & {"penalty_decision", "onsite_decision", "no_penalty_decision"})
    fine = p.fine if (has_decision and p.outcome == "penalty") else None
    facts = {
        "party": p.party.name,
        "party_type": p.party.kind,
        "party_code": p.party.code,
        "fine_yuan": f"{fine:.2f}" if fine else None,
        "is_major": bool(has_decision and p.is_major),
        "hearing_eligible": bool(has_decision and p.hearing_eligible),
    }
    truth = {
        "case_id": p.case_id,
        "agency": p.agency.name,
        "procedure": p.procedure,
        "pages": len(case.pages),
        "instruments": instruments,
        "timeline": timeline(case),
        "facts": facts,
    }
    truth["schedule"] = schedule_extras(case)
    truth["sector"] = p.agency.sector
    truth["scenario"] = p.scenario.key
    truth["outcome"] = p.outcome
    truth["penalty"] = {
        "warning": p.warning,
        "confiscation_yuan": f"{p.confiscation:.2f}" if p.confiscation else None,
        "suspension_days": p.suspension_days,
        "notice_fine_yuan": f"{p.notice_fine:.2f}" if p.notice_fine and p.has_notice else None,
    }
    truth["laws"] = {
        "violated": [law.cite() for law in p.scenario.violated],
        "basis": [law.cite() for law in p.scenario.basis],
    }
    date_fails = oracle.failing(truth)
    truth["defects"] = sorted(p.defects)
    truth["expected_failing"] = sorted(set(p.defects) | date_fails)
    truth["collateral"] = sorted(date_fails - set(p.defects))
    truth["traps"] = sorted(set(p.traps))
    truth["renderings"] = renderings
    truth["style"] = {
        "seal": p.style.seal_mode,
        "brackets": p.style.bracket,
        "page_numbers": p.style.stamp_from,
        "date_styles": p.style.dates,
    }
    return truth
