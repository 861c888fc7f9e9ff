"""Write the sample corpus: each case as PDF and DOCX with a truth file beside it.

    python -m samples.generate --out samples/                      # the committed corpus
    python -m samples.generate --out /tmp/set --count 200 --seed 7  # a varied set, not committed

Everything is seeded and free of clocks, so a rerun writes the same files. Cases are plain data
(`samples.document.CaseDoc`); renderers and defect injectors are registries, so later work can add scanned
renderings or inject a defect by check id without touching the cases.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from samples import case_env, case_market, case_simple, statement
from samples.defects import DefectError, inject_defects
from samples.document import CaseDoc
from samples.ids import (  # noqa: F401  (re-exported: the validators belong to the generator's API)
    credit_code_check,
    id_number_check,
    org_code_check,
    valid_credit_code,
    valid_id_number,
)
from samples.render_docx import render_docx
from samples.render_pdf import PageOverflow, render_pdf
from samples.scan import STYLES, write_photos, write_scanned_pdf
from samples.variation import vary_case
from samples.variety import set_fine, vary

#: Case builders by file stem, in corpus order.
CASES: dict[str, Callable[[], CaseDoc]] = {
    "case-01-market": case_market.build,
    "case-02-environment": case_env.build,
    "case-03-simple": case_simple.build,
    statement.NAME: statement.build,
}

#: Renderers by file extension; each writes one file and returns its page count.
RENDERERS: dict[str, Callable[[CaseDoc, Path], int]] = {
    "pdf": render_pdf,
    "docx": render_docx,
}

#: The committed defect cases: name → (template, fine or None to keep the template's, defects by check id).
DEFECT_CASES: dict[str, tuple[str, int | None, tuple[str, ...]]] = {
    "case-04-market-missing-docs": (
        "case-01-market",
        None,
        ("docs.filing_approval", "docs.investigation_report", "docs.closing_report"),
    ),
    "case-05-market-late": (
        "case-01-market",
        None,
        ("deadline.service_7d", "deadline.payment_15d", "timeline.dates_filled"),
    ),
    "case-06-market-hearing": (
        "case-01-market",
        60000,
        ("rights.hearing_in_notice", "deadline.hearing_request_5d", "deadline.statement_period"),
    ),
    "case-07-market-drafting": (
        "case-01-market",
        None,
        (
            "decision.doc_number",
            "rights.remedies_in_decision",
            "rights.payment_terms_in_decision",
            "decision.basis_precise",
        ),
    ),
    "case-08-market-officers": (
        "case-01-market",
        None,
        ("officers.two_officers", "officers.certificates", "party.consistent"),
    ),
    "case-09-market-amounts": (
        "case-01-market",
        None,
        ("rights.statement_in_notice", "rights.no_heavier_after_defence", "decision.amount_consistent"),
    ),
    "case-10-market-order": (
        "case-01-market",
        None,
        ("docs.order", "deadline.filing_15wd", "timeline.investigate_before_filing"),
    ),
    "case-11-market-overdue": (
        "case-01-market",
        None,
        ("deadline.decision_90d", "docs.cover_index", "docs.penalty_approval"),
    ),
    "case-12-market-bare": (
        "case-01-market",
        None,
        ("docs.prior_notice", "docs.evidence_gathering", "docs.decision_service"),
    ),
    "case-13-market-decision-form": (
        "case-01-market",
        None,
        ("decision.contents", "party.identified", "rights.notice_contents"),
    ),
    "case-14-env-major-missing": (
        "case-02-environment",
        None,
        ("docs.legal_review", "docs.collective_discussion", "docs.hearing_record"),
    ),
    "case-15-env-late": (
        "case-02-environment",
        None,
        ("deadline.hearing_notice_7d", "deadline.major_filing_15d", "timeline.order"),
    ),
    "case-16-env-unfiled": (
        "case-02-environment",
        None,
        ("docs.major_filing", "docs.notice_service", "docs.execution"),
    ),
    "case-17-simple-over-limit": (
        "case-03-simple",
        None,
        ("decision.simple_procedure_limits", "officers.two_officers"),
    ),
    "case-19-market-unreviewed": (
        statement.NAME,
        None,
        ("rights.statement_reviewed", "rights.no_heavier_after_defence"),
    ),
    "case-20-market-undecided": ("case-01-market", None, ("docs.penalty_decision",)),
    "case-21-market-stale": ("case-01-market", None, ("substance.limitation",)),
    "case-22-market-certificates": ("case-01-market", None, ("officers.qualified",)),
    "case-23-market-outside-powers": ("case-01-market", None, ("subject.agency_competent",)),
}

#: Every committed file stem, in corpus order.
COMMITTED: list[str] = sorted([*CASES, *DEFECT_CASES])


class GenerationError(RuntimeError):
    """The corpus could not be written consistently (unknown case/defect, page counts disagree)."""


def inject(case: CaseDoc, defects: Iterable[str]) -> CaseDoc:
    """Apply defect injectors by check id, recording them and the checks expected to fail in the truth."""
    try:
        return inject_defects(case, list(defects))
    except DefectError as exc:
        raise GenerationError(str(exc)) from None


def build_case(name: str, defects: Sequence[str] = ()) -> CaseDoc:
    """Build one committed case by name (a clean template or a defect case), with further defects injected."""
    if name in DEFECT_CASES:
        template, fine, preset = DEFECT_CASES[name]
        case = CASES[template]()
        case.name = case.case_id = name
        if fine is not None:
            set_fine(case, fine)
        return inject(case, list(preset) + list(defects))
    try:
        builder = CASES[name]
    except KeyError:
        raise GenerationError(f"unknown case {name!r}; known: {COMMITTED}") from None
    return inject(builder(), defects)


def check_ids(case: CaseDoc) -> None:
    """Refuse a case whose party code would fail the check-digit validators the extractors apply."""
    code = case.party_code
    ok = valid_credit_code(code) if case.party_type == "organisation" else valid_id_number(code)
    if not ok:
        raise GenerationError(f"{case.name}: party code {code!r} fails its check digit")


def write_case(case: CaseDoc, out: Path, renderings: Sequence[str] = ("pdf", "docx")) -> list[Path]:
    """Render `case` in each format and write its truth; all renderings must agree on the page count."""
    check_ids(case)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    expected = len(case.pages)
    for ext in renderings:
        path = out / f"{case.name}.{ext}"
        pages = RENDERERS[ext](case, path)
        if pages != expected:
            raise GenerationError(f"{path.name}: {pages} pages rendered, the case has {expected}")
        written.append(path)
    truth = out / f"{case.name}.truth.json"
    truth.write_text(json.dumps(case.truth(list(renderings)), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written.append(truth)
    return written


def generate(out: Path, names: Sequence[str] | None = None) -> list[Path]:
    """Write the named committed cases (all by default) under `out`; returns the files written."""
    written: list[Path] = []
    for name in names or COMMITTED:
        written += write_case(build_case(name), out)
    return written


def generate_set(out: Path, count: int, seed: int, variation: bool = False) -> list[Path]:
    """Write `count` varied cases drawn from `seed` (templates, fines, styles, 0–3 defects) under `out`; with
    `variation`, each printed in other hands' shapes (samples/variation.py) from a random stream of its own,
    so the cases and their defects are the same with or without it."""
    rng = random.Random(seed)
    templates = list(CASES)
    written: list[Path] = []
    drawn: Counter[str] = Counter()
    for n in range(1, count + 1):
        template = rng.choice(templates)
        case = vary(CASES[template](), rng, f"gen-{seed}-{n:04d}-{template.split('-', 2)[2]}", drawn=drawn)
        if not case.defects:
            inject(case, [])
        written += write_varied(case, out, random.Random(f"{seed}-{n}")) if variation else write_case(case, out)
    return written


def write_varied(case: CaseDoc, out: Path, rng: random.Random) -> list[Path]:
    """Write the case in other hands' shapes; without the line breaks when they would push a page over, and
    as our templates print it when even the reshaped titles do not fit."""
    tries = [copy.deepcopy(case), copy.deepcopy(case)]
    vary_case(tries[0], random.Random(rng.random()))
    vary_case(tries[1], random.Random(rng.random()), breaks=False)
    for attempt in tries:
        try:
            return write_case(attempt, out)
        except PageOverflow:
            continue
    return write_case(case, out)


def write_scans(files: Sequence[Path], style: str) -> list[Path]:
    """For each written case PDF: `<stem>-<style>.pdf` (or a folder of JPEGs for a photo style: `<stem>-photos/`
    for `photo`, `<stem>-<style>-photos/` for the others, such as `angled`) and a copy of its truth naming the
    scan, so the scan is reviewed against the same truth."""
    written: list[Path] = []
    for pdf in [path for path in files if path.suffix == ".pdf"]:
        truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
        if STYLES[style].photo:
            target = pdf.with_name(f"{pdf.stem}-photos" if style == "photo" else f"{pdf.stem}-{style}-photos")
            write_photos(pdf, target, STYLES[style])
        else:
            target = pdf.with_name(f"{pdf.stem}-{style}.pdf")
            write_scanned_pdf(pdf, target, STYLES[style])
        truth["renderings"] = [f"{style}:{target.name}"]
        truth_path = target.with_name(f"{target.stem if target.suffix else target.name}.truth.json")
        truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written += [target, truth_path]
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent, help="output folder (default: samples/)")
    parser.add_argument("--case", action="append", choices=COMMITTED, help="only this committed case (repeatable)")
    parser.add_argument("--count", type=int, help="write this many varied cases instead of the committed corpus")
    parser.add_argument("--seed", type=int, default=0, help="seed of the varied set (with --count)")
    parser.add_argument(
        "--scans",
        choices=sorted(STYLES),
        help="also write a scanned PDF (and a photo folder) "
        "of each case in this style, with the same truth (samples/scan.py)",
    )
    parser.add_argument(
        "--variation",
        action="store_true",
        help="print the varied set (with --count) in other hands' shapes: titles, line breaks, "
        "punctuation width, wordings (samples/variation.py)",
    )
    args = parser.parse_args(argv)
    try:
        if args.count:
            files = generate_set(args.out, args.count, args.seed, args.variation)
        else:
            files = generate(args.out, args.case)
        if args.scans:
            files += write_scans(files, args.scans)
    except (GenerationError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
