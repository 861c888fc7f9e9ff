"""Write the sample corpus: each case as PDF and DOCX with a truth file beside it.

    python -m samples.generate --out samples/

Everything is seeded and free of clocks, so a rerun writes the same files. Cases are plain data
(`samples.document.CaseDoc`); renderers and defect injectors are registries, so later work can add scanned
renderings or inject a defect by check id without touching the cases.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from samples import case_env, case_market, case_simple
from samples.document import CaseDoc
from samples.ids import (  # noqa: F401  (re-exported: the validators belong to the generator's API)
    credit_code_check, id_number_check, org_code_check, valid_credit_code, valid_id_number,
)
from samples.render_docx import render_docx
from samples.render_pdf import render_pdf

#: Case builders by file stem, in corpus order.
CASES: dict[str, Callable[[], CaseDoc]] = {
    "case-01-market": case_market.build,
    "case-02-environment": case_env.build,
    "case-03-simple": case_simple.build,
}

#: Renderers by file extension; each writes one file and returns its page count.
RENDERERS: dict[str, Callable[[CaseDoc, Path], int]] = {
    "pdf": render_pdf,
    "docx": render_docx,
}

#: Defect injectors by check id (from shared/domain/checks.yaml). Each edits the case in place and must leave
#: the truth honest (adjust dates, drop instruments …); `inject` records the id in the truth's `defects`.
DEFECTS: dict[str, Callable[[CaseDoc], None]] = {}


class GenerationError(RuntimeError):
    """The corpus could not be written consistently (unknown case/defect, page counts disagree)."""


def inject(case: CaseDoc, defects: Iterable[str]) -> CaseDoc:
    """Apply defect injectors by check id, recording each in the case's truth."""
    for check_id in defects:
        try:
            injector = DEFECTS[check_id]
        except KeyError:
            raise GenerationError(f"no defect injector for check id {check_id!r}; known: {sorted(DEFECTS)}") from None
        injector(case)
        case.defects.append(check_id)
    return case


def build_case(name: str, defects: Sequence[str] = ()) -> CaseDoc:
    """Build one case by name, with the given defects injected."""
    try:
        builder = CASES[name]
    except KeyError:
        raise GenerationError(f"unknown case {name!r}; known: {list(CASES)}") from None
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
    """Write the named cases (all by default) under `out`; returns the files written."""
    written: list[Path] = []
    for name in names or list(CASES):
        written += write_case(build_case(name), out)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent, help="output folder (default: samples/)")
    parser.add_argument("--case", action="append", choices=list(CASES), help="only this case (repeatable)")
    args = parser.parse_args(argv)
    try:
        files = generate(args.out, args.case)
    except (GenerationError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
