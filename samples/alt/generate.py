"""Command line: ``python -m samples.alt.generate --out DIR [--count N --seed S] [--scans]``.

Without --count it writes the committed set (COMMITTED in committed.py) with fixed seeds; a rerun gives the
same bytes. With --count it draws N varied cases from one seed, 0–3 defects each."""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

from . import defects as defect_mod
from .build import Case, assemble
from .factory import make_plan
from .oracle import DATE_RULES
from .pictures import seal_image, to_bytes
from .plan import Plan
from .render_docx import render_docx
from .render_pdf import render_pdf
from .render_scan import render_scan
from .schedule import schedule, span_ok
from .truth import build_truth
from .workdays import add_workdays, natural_deadline


def _traps_before(plan: Plan) -> None:
    """Non-defects decided by the plan (recorded so a checker that flags them is shown wrong)."""
    if plan.statement == "waived":
        plan.traps.append("statement_waived_in_writing")
    if plan.hearing == "waived":
        plan.traps.append("hearing_waived_in_writing")
    if plan.extension:
        plan.traps.append("extension_approved")
    if plan.enforcement == "reminder":
        plan.traps.append("late_payment_after_reminder")
    if plan.enforcement == "court":
        plan.traps.append("unpaid_with_court_application")
    if plan.procedure == "general" and plan.outcome == "penalty" and plan.statement_period == 0:
        plan.traps.append("notice_states_no_period")


def _traps_after(case: Case) -> None:
    p = case.plan
    d = p.dates
    for inst in case.instruments:
        if inst.kind == "inquiry_record" and len(inst.pages) >= 2:
            p.traps.append(f"inquiry_record_{len(inst.pages)}_pages_untitled_continuation")
        if inst.title.startswith(p.agency.name) and inst.kind not in ("cover",):
            p.traps.append("title_with_agency_prefix")
        if inst.kind in ("penalty_decision", "prior_notice") and inst.doc_number and ("第" in inst.doc_number):
            p.traps.append("doc_number_with_di")
    if (
        p.procedure == "general"
        and d.get("inspection")
        and d.get("filed")
        and d["inspection"] < d["filed"]
        and "drop:inspection" not in p.flags
    ):
        p.traps.append("initiating_inspection_before_filing")
    has_decision = any(i.kind in ("penalty_decision", "no_penalty_decision") for i in case.instruments)
    if (
        p.statement == "waived"
        and has_decision
        and d.get("decided")
        and d.get("notice_served")
        and d["decided"] <= add_workdays(d["notice_served"], p.statement_period or 3)
    ):
        p.traps.append("decision_inside_period_after_waiver")
    if p.extension and d.get("decided") and (d["decided"] - d["filed"]).days > 90:
        p.traps.append("decision_after_90_days_with_extension")
    if (
        d.get("paid")
        and d.get("served")
        and p.enforcement == "none"
        and not p.sched.get("payment_gap")
        and (d["paid"] - d["served"]).days > 15
        and d["paid"] <= natural_deadline(d["served"], 15)
    ):
        p.traps.append("payment_after_day_15_on_holiday_extension")
    if p.fine and p.notice_fine and p.fine < p.notice_fine:
        p.traps.append("lighter_after_defence")
    if p.inquiry_sparse_end and p.procedure == "general" and "drop:inquiry1" not in p.flags:
        p.traps.append("inquiry_last_page_sparse")
    if p.style.seal_mode == "image":
        p.traps.append("seal_as_image")
    p.traps = sorted(set(p.traps))


def plan_case(
    case_id: str, seed: int, spec: dict | None = None, n_defects: int = 0, counts: dict | None = None
) -> Plan:
    """Plan, defects and dates of one case (no layout yet)."""
    spec = dict(spec or {})
    plan = make_plan(case_id, seed, spec)
    rng = random.Random(seed * 31 + 7)
    plan.traps.extend(spec.get("traps", []))
    for defect_id in spec.get("defects", []):
        defect_mod.inject(plan, defect_id, rng)
    if n_defects:
        defect_mod.draw(plan, random.Random(seed * 37 + 11), rng, n_defects, counts if counts is not None else {})
    _traps_before(plan)
    srng = random.Random(seed * 131 + 3)
    for _ in range(60):
        schedule(plan, srng)
        if span_ok(plan) and _dates_sane(plan):
            return plan
    raise RuntimeError(f"{case_id}: no schedule fits")


def make_case(
    case_id: str, seed: int, spec: dict | None = None, n_defects: int = 0, counts: dict | None = None
) -> Case:
    """Plan, defects, dates and layout of one case."""
    plan = plan_case(case_id, seed, spec, n_defects, counts)
    case = assemble(plan)
    _traps_after(case)
    return case


def _dates_sane(plan: Plan) -> bool:
    """Every date inside the years the holiday calendar knows for sure (a court application may run later)."""
    d = plan.dates
    return all(v.year <= 2025 for v in d.values() if hasattr(v, "year")) or plan.enforcement == "court"


def write_case(case: Case, out: Path, name: str, scans: bool = False) -> dict:
    """PDF, DOCX (and scan), and the truth; returns the truth."""
    plan = case.plan
    out.mkdir(parents=True, exist_ok=True)
    seal_png = to_bytes(seal_image(plan.agency.name, 420), "PNG") if plan.style.seal_mode == "image" else None
    pdf_path = out / f"{name}.pdf"
    render_pdf(case.pages, str(pdf_path), f"{plan.agency.name} {plan.party.name}案卷", seal_png)
    render_docx(
        case.pages,
        str(out / f"{name}.docx"),
        f"{plan.party.name}案卷",
        plan.agency.unit,
        seal_png,
        plan.style.body_font,
        plan.style.title_font,
    )
    renderings = ["pdf", "docx"]
    if scans:
        render_scan(
            str(pdf_path),
            case.pages,
            str(out / f"{name}.scan.pdf"),
            plan.agency.name,
            stamp_seals=plan.style.seal_mode == "marker",
            seed=plan.seed,
        )
        renderings.append("scan")
    truth = build_truth(case, renderings)
    truth["case_id"] = name
    (out / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return truth


def check_truth(truth: dict, plan: Plan) -> list[str]:
    """Problems with a generated case: an injected date defect the calendar does not confirm."""
    from .oracle import failing

    fails = failing(truth)
    return [f"{d} not confirmed by the calendar" for d in plan.defects if d in DATE_RULES and d not in fails]


def _render_job(job: tuple) -> dict:
    name, seed, spec, out, scans = job
    case = make_case(name, seed, spec)
    truth = write_case(case, Path(out), name, scans)
    problems = check_truth(truth, case.plan)
    if problems:
        raise RuntimeError(f"{name}: {problems}")
    return truth


def generate_set(
    out: Path, count: int, seed: int, scans: bool = False, verbose: bool = False, workers: int | None = None
) -> list[dict]:
    """N varied cases from one seed: drawn in order (defect weights depend on the set so far), rendered in
    parallel (each case is rebuilt from its seed and drawn defects, so the result does not depend on workers)."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    jobs = []
    for i in range(count):
        case_seed = rng.randrange(1, 2**31)
        n = rng.choices([0, 1, 2, 3], [2, 3, 3, 2])[0]
        name = f"alt-{seed}-{i + 1:03d}"
        for attempt in range(8):
            trial = dict(counts)
            try:
                plan = plan_case(name, case_seed + attempt, None, n, trial)
            except RuntimeError:
                continue
            counts = trial
            jobs.append((name, case_seed + attempt, {"defects": list(plan.defects)}, str(out), scans))
            break
    workers = workers or min(2, os.cpu_count() or 1)
    truths = []
    if workers > 1 and len(jobs) > 1:
        import multiprocessing as mp

        with mp.get_context("fork").Pool(workers) as pool:
            for truth in pool.imap(_render_job, jobs, chunksize=2):
                truths.append(truth)
                if verbose:
                    print(
                        truth["case_id"],
                        truth["scenario"],
                        truth["procedure"],
                        truth["pages"],
                        truth["defects"],
                        flush=True,
                    )
    else:
        for job in jobs:
            truth = _render_job(job)
            truths.append(truth)
            if verbose:
                print(
                    truth["case_id"],
                    truth["scenario"],
                    truth["procedure"],
                    truth["pages"],
                    truth["defects"],
                    flush=True,
                )
    return truths


def generate_committed(out: Path, only: str | None = None, verbose: bool = False) -> list[dict]:
    from .committed import COMMITTED

    truths = []
    for entry in COMMITTED:
        if only and entry["name"] != only:
            continue
        case = make_case(entry["name"], entry["seed"], entry["spec"])
        truth = write_case(case, out, entry["name"], entry.get("scans", False))
        problems = check_truth(truth, case.plan)
        if problems:
            raise RuntimeError(f"{entry['name']}: {problems}")
        truths.append(truth)
        if verbose:
            print(entry["name"], truth["pages"], truth["expected_failing"], "traps:", truth["traps"], flush=True)
    return truths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--count", type=int, help="draw N varied cases instead of the committed set")
    ap.add_argument("--seed", type=int, default=2027)
    ap.add_argument("--scans", action="store_true", help="also write a scanned rendering of every case")
    ap.add_argument("--case", help="only this committed case")
    ap.add_argument("--workers", type=int, help="processes for --count (default: up to 2)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    if args.count:
        truths = generate_set(args.out, args.count, args.seed, args.scans, args.verbose, args.workers)
    else:
        truths = generate_committed(args.out, args.case, args.verbose)
    print(f"{len(truths)} cases in {time.time() - t0:.1f} s → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
