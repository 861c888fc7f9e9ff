"""Accuracy of the pipeline against ground truth, per corpus and rendering format, side by side.

    .venv/bin/python bench/accuracy.py                          # own committed corpus and the alt committed corpus
    .venv/bin/python bench/accuracy.py --dir own=samples --dir alt=/tmp/alt200 --jobs 2 --misses
    .venv/bin/python bench/accuracy.py --generate 200 --seed 2026  # our generator's set, in a temporary folder
    .venv/bin/python bench/accuracy.py --dir alt=/tmp/alt200 --markdown out/accuracy.md --segments
    .venv/bin/python bench/accuracy.py --dir own=samples --registers samples/registers  # sample registers loaded

Columns are `corpus · format` (pdf, docx, scan). Reports: instrument segmentation precision / recall / F1 overall
and per instrument kind (an instrument counts when kind, first page and last page all match), 文号 and
instrument-date accuracy over the matched instruments, each timeline date the truth fills in, procedure, party,
party type and fine; defect detection per check id and overall; veto defects missed; the score's mean absolute
error and the share of files scored within ±3 of the truth; for scans, pages whose text rendering has text but
which came back blank.

Defect detection: a check is *detected* when the draft's finding is `fail` and the truth lists it in
`expected_failing`; a `fail` the truth does not list is a false positive. An `unknown` on an expected failure
is a miss for recall — the evaluator still sees it, because every unknown check is in the draft's
`needs_review` — so misses are split into `unknown` (shown for review) and silent (`pass` / `not_applicable`).
The unknown rate counts `unknown` findings over all findings of implemented checks (checks with no predicate
are unknown by construction and are left out of it).

Score error: the truth's score is what `reviewer.pipeline.scoring` gives the draft's standard when exactly the truth's
`expected_failing` checks fail and every other check passes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checklists.registry import is_implemented  # noqa: E402
from checklists.schema import Standard  # noqa: E402
from checklists.standards import load_standard  # noqa: E402
from reviewer.cli.registers import registers_from  # noqa: E402
from reviewer.core.errors import ReviewerError  # noqa: E402
from reviewer.core.model import Finding  # noqa: E402
from reviewer.core.registers import Registers  # noqa: E402
from reviewer.core.settings import Settings  # noqa: E402
from reviewer.pipeline.run import ingest, review  # noqa: E402
from reviewer.pipeline.scoring import score  # noqa: E402

#: A file whose score is this close to the truth's counts as scored right.
SCORE_TOLERANCE = 3.0


def spans(instruments: list[dict]) -> Counter:
    return Counter((i["kind"], i["first_page"], i["last_page"]) for i in instruments)


def truth_score(standard: Standard, failing: set[str]) -> float:
    """The score the standard gives when exactly `failing` fail and every other check passes."""
    findings = [
        Finding(
            check_id=c.id,
            category=c.category,
            status="fail" if c.id in failing else "pass",
            deducted=c.points if c.id in failing else 0.0,
        )
        for c in standard.checks
    ]
    return score(findings, standard).score


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


class Detection:
    """Defect-detection counts of one check id (or of all of them)."""

    def __init__(self) -> None:
        self.tp = self.fp = self.unknown_miss = self.silent_miss = 0

    def add(self, expected: bool, status: str) -> None:
        if status == "fail":
            self.tp += int(expected)
            self.fp += int(not expected)
        elif expected:
            self.unknown_miss += int(status == "unknown")
            self.silent_miss += int(status != "unknown")

    @property
    def support(self) -> int:
        return self.tp + self.unknown_miss + self.silent_miss

    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def recall(self) -> float | None:
        return self.tp / self.support if self.support else None


class Tally:
    """Counts for one corpus and format."""

    def __init__(self) -> None:
        self.files = self.failed = 0
        self.tp = self.fp = self.fn = 0
        #: kind → [tp, fp, fn] of segmentation
        self.kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # name → [right, total]
        self.checks: dict[str, Detection] = defaultdict(Detection)
        self.overall = Detection()
        self.vetoes = [0, 0]  # [veto defects missed, veto defects expected]
        self.unknown = [0, 0]  # [unknown findings, findings] over implemented checks
        self.settled = [0, 0]  # [drafts whose grade is settled (not 待定), drafts scored]
        self.score_errors: list[float] = []
        #: pages whose text rendering has text that came back blank, and pages compared (scans only)
        self.blank = [0, 0]
        #: (case, check id, status, expected?) of every wrong decision and every unknown on an expected failure.
        self.misses: list[tuple[str, str, str, bool]] = []
        #: Files scored outside the tolerance: (case, draft score, truth score).
        self.score_misses: list[tuple[str, float, float]] = []
        #: (case, "missing"/"extra", kind, first, last) of every segmentation error
        self.segment_errors: list[tuple[str, str, str, int, int]] = []

    def hit(self, name: str, right: bool) -> None:
        self.fields[name][0] += int(right)
        self.fields[name][1] += 1

    def add(self, truth: dict, draft: dict) -> None:
        self.files += 1
        self.add_segments(truth, draft)
        by_span = {(i["kind"], i["first_page"], i["last_page"]): i for i in draft["instruments"]}
        for item in truth["instruments"]:
            got = by_span.get((item["kind"], item["first_page"], item["last_page"]))
            if got is not None:
                self.hit("instrument 文号", got["doc_number"] == item["doc_number"])
                self.hit("instrument date", got["date"] == item["date"])
        for key, value in truth["timeline"].items():
            if value:
                self.hit(f"timeline.{key}", draft["timeline"].get(key) == value)
        self.hit("procedure", draft["procedure"] == truth["procedure"])
        for key in ("party", "party_type", "fine_yuan", "is_major", "hearing_eligible"):
            if truth["facts"].get(key) is not None:
                self.hit(f"facts.{key}", draft["facts"].get(key) == truth["facts"][key])
        self.add_findings(truth, draft)

    def add_segments(self, truth: dict, draft: dict) -> None:
        """Segmentation counts, overall and per kind, and the spans that were wrong."""
        expected, found = spans(truth["instruments"]), spans(draft["instruments"])
        matched, extra, missing = expected & found, found - expected, expected - found
        self.tp += sum(matched.values())
        self.fp += sum(extra.values())
        self.fn += sum(missing.values())
        for counter, slot in ((matched, 0), (extra, 1), (missing, 2)):
            for (kind, _, _), n in counter.items():
                self.kinds[kind][slot] += n
        case = truth["case_id"]
        for word, counter in (("missing", missing), ("extra", extra)):
            self.segment_errors += [(case, word, kind, first, last) for kind, first, last in sorted(counter)]

    def add_findings(self, truth: dict, draft: dict) -> None:
        """Defect detection per check id, vetoes missed, and the score's error against the truth's score."""
        expected = set(truth["expected_failing"])
        standard = load_standard(draft["standard"]["id"])
        vetoes = {c.id for c in standard.veto_checks}
        statuses = {finding["check_id"]: finding["status"] for finding in draft["findings"]}
        for check_id in expected & vetoes:
            self.vetoes[1] += 1
            self.vetoes[0] += int(statuses.get(check_id) != "fail")
        for finding in draft["findings"]:
            check_id, status = finding["check_id"], finding["status"]
            self.checks[check_id].add(check_id in expected, status)
            self.overall.add(check_id in expected, status)
            if (status == "fail") != (check_id in expected) and (status != "unknown" or check_id in expected):
                self.misses.append((truth["case_id"], check_id, status, check_id in expected))
            if is_implemented(check_id):
                self.unknown[0] += int(status == "unknown")
                self.unknown[1] += 1
        if draft.get("score") is not None:
            truth_points = truth_score(standard, expected)
            self.score_errors.append(abs(draft["score"] - truth_points))
            if abs(draft["score"] - truth_points) > SCORE_TOLERANCE:
                self.score_misses.append((truth["case_id"], draft["score"], truth_points))
            self.settled[0] += int(draft.get("grade") is not None)
            self.settled[1] += 1

    def rows(self) -> list[tuple[str, str]]:
        precision, recall, f_1 = f1(self.tp, self.fp, self.fn)
        out = [
            ("files (unreadable)", f"{self.files} ({self.failed})"),
            ("segmentation P / R / F1", f"{precision:.3f} / {recall:.3f} / {f_1:.3f}"),
        ]
        if self.blank[1]:
            out.append(("pages with text read blank", f"{self.blank[0]} of {self.blank[1]}"))
        out += [
            (name, f"{right / total:.3f} ({right}/{total})") for name, (right, total) in sorted(self.fields.items())
        ]
        if self.overall.support or self.overall.fp:
            o = self.overall
            out += [
                ("defects P / R", f"{ratio(o.precision())} / {ratio(o.recall())}"),
                (
                    "defects TP / FP / missed as unknown / missed silently",
                    f"{o.tp} / {o.fp} / {o.unknown_miss} / {o.silent_miss}",
                ),
                ("veto defects missed", f"{self.vetoes[0]} of {self.vetoes[1]}"),
                (
                    "unknown rate (implemented checks)",
                    f"{self.unknown[0] / max(self.unknown[1], 1):.3f} ({self.unknown[0]}/{self.unknown[1]})",
                ),
            ]
        if self.score_errors:
            errors = self.score_errors
            exact = sum(e == 0 for e in errors)
            close = sum(e <= SCORE_TOLERANCE for e in errors)
            out += [
                (
                    "score MAE (max; exact)",
                    f"{sum(errors) / len(errors):.2f} ({max(errors):.1f}; {exact}/{len(errors)})",
                ),
                (f"score within ±{SCORE_TOLERANCE:g}", f"{close / len(errors):.3f} ({close}/{len(errors)})"),
                ("grades settled", f"{self.settled[0]}/{self.settled[1]}"),
            ]
        return out


def ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def renderings(folder: Path) -> Iterator[tuple[str, dict, Path, Path | None]]:
    """(format, truth, file, its text rendering when the file is a scan) for every rendering in the folder."""
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        stem = truth_path.name.removesuffix(".truth.json")
        for rendering in truth.get("renderings", ["pdf", "docx"]):
            # "pdf" names <stem>.pdf; "scan:<file>" (samples/scan.py) names a scanned PDF or a photo folder;
            # a bare "scan" (samples/alt) names <stem>.scan.pdf
            fmt, _, name = rendering.partition(":")
            path = folder / (name or (f"{stem}.scan.pdf" if fmt == "scan" else f"{stem}.{fmt}"))
            if path.exists():
                text = folder / f"{stem}.pdf"
                yield fmt, truth, path, (text if fmt == "scan" and text.exists() else None)


def _blank_pages(pages: list, text_rendering: Path | None, settings: Settings) -> list[int]:
    """[pages read blank although the text rendering has text there, pages compared]."""
    if text_rendering is None:
        return [0, 0]
    reference = ingest([text_rendering], settings).pages
    if len(reference) != len(pages):
        return [0, 0]
    lost = sum(bool(ref.text.strip()) and not page.text.strip() for ref, page in zip(reference, pages, strict=True))
    return [lost, len(pages)]


def _review_one(
    job: tuple[str, dict, Path, Path | None], registers: Registers | None = None
) -> tuple[str, dict, dict | None, list[int]]:
    """Review one rendering; None as the draft when the file was refused."""
    fmt, truth, path, text_rendering = job
    settings = Settings()
    try:
        case, draft = review([path], settings, registers=registers)
    except ReviewerError:
        return fmt, truth, None, [0, 0]
    return fmt, truth, draft.to_contract(), _blank_pages(case.pages, text_rendering, settings)


def evaluate(
    folder: Path, jobs: int = 1, registers: Registers | None = None, formats: Sequence[str] = ()
) -> dict[str, Tally]:
    """Tallies per format of one folder of cases with truth; `jobs` processes review files side by side;
    `registers` (bodies, certificates) are read by every review; `formats` (pdf, docx, scan …) limits the
    renderings reviewed."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    work = [job for job in renderings(folder) if not formats or job[0] in formats]
    one = partial(_review_one, registers=registers)
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(one, work, chunksize=1))
    else:
        results = [one(job) for job in work]
    for fmt, truth, contract, blank in results:
        if contract is None:
            tallies[fmt].failed += 1
            continue
        tallies[fmt].add(truth, contract)
        tallies[fmt].blank = [a + b for a, b in zip(tallies[fmt].blank, blank, strict=True)]
    return tallies


def markdown(tallies: dict[str, Tally], source: str) -> str:
    columns = list(tallies)
    names: list[str] = []
    for column in columns:
        names += [name for name, _ in tallies[column].rows() if name not in names]
    lines = [f"| measure | {' | '.join(columns)} |", f"| --- |{' --- |' * len(columns)}"]
    for name in names:
        cells = [dict(tallies[column].rows()).get(name, "–") for column in columns]
        lines.append(f"| {name} | {' | '.join(cells)} |")
    tables = [kind_table(tallies), defect_table(tallies)]
    return "\n".join(lines) + "\n\n" + "\n".join(tables) + f"\nCorpus: {source}.\n"


def kind_table(tallies: dict[str, Tally]) -> str:
    """Per instrument kind and column: instruments in the truth, segmentation F1 (P / R when not perfect)."""
    columns = list(tallies)
    kinds = sorted({kind for column in columns for kind in tallies[column].kinds})
    lines = [
        f"| instrument kind | {' | '.join(f'{c} n | {c} F1 (P / R)' for c in columns)} |",
        "| --- |" + " ---: | --- |" * len(columns),
    ]
    for kind in kinds:
        cells = []
        for column in columns:
            tp, fp, fn = tallies[column].kinds.get(kind, [0, 0, 0])
            precision, recall, f_1 = f1(tp, fp, fn)
            detail = "" if fp == fn == 0 else f" ({precision:.3f} / {recall:.3f})"
            cells += [str(tp + fn), f"{f_1:.3f}{detail}" if tp + fp + fn else "–"]
        lines.append(f"| `{kind}` | {' | '.join(cells)} |")
    return "\n".join(lines) + "\n"


def defect_table(tallies: dict[str, Tally]) -> str:
    """Per check id and column: expected failures (support), P, R, and the misses left as unknown."""
    columns = list(tallies)
    ids = sorted({cid for c in columns for cid, d in tallies[c].checks.items() if d.support or d.fp})
    head = " | ".join(f"{c} n | {c} P | {c} R | {c} unk. misses" for c in columns)
    lines = [f"| check id | {head} |", "| --- |" + " ---: | ---: | ---: | ---: |" * len(columns)]
    for cid in ids:
        cells = []
        for column in columns:
            d = tallies[column].checks.get(cid) or Detection()
            cells += [str(d.support), ratio(d.precision()), ratio(d.recall()), str(d.unknown_miss)]
        lines.append(f"| `{cid}` | {' | '.join(cells)} |")
    return "\n".join(lines) + "\n"


def _corpora(specs: list[str]) -> list[tuple[str, Path]]:
    """`label=folder` (or a bare folder, labelled by its name) → (label, folder)."""
    out = []
    for spec in specs:
        label, sep, folder = spec.partition("=")
        out.append((label, Path(folder)) if sep else (Path(spec).name, Path(spec)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--dir",
        action="append",
        metavar="[LABEL=]FOLDER",
        help="a folder of cases with *.truth.json (repeat for columns side by side; "
        "default: own=samples alt=samples/alt/cases)",
    )
    parser.add_argument(
        "--generate", type=int, metavar="N", help="generate N cases (our generator) into a temporary folder first"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="processes reviewing files side by side")
    parser.add_argument("--formats", nargs="+", default=(), help="only these renderings (pdf docx scan …)")
    parser.add_argument("--markdown", type=Path)
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also list every false positive, every miss and every score off by more than ±3",
    )
    parser.add_argument("--segments", action="store_true", help="also list every instrument span missed or extra")
    parser.add_argument("--registers", type=Path, action="append", help="register files or folders (CSV/XLSX)")
    args = parser.parse_args()
    registers = registers_from(args.registers, stored=False) if args.registers else None
    default = [f"own={ROOT / 'samples'}", f"alt={ROOT / 'samples' / 'alt' / 'cases'}"]
    corpora = _corpora(args.dir or ([] if args.generate else default))
    tallies: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory() as tmp:
        sources = [f"{label}: {folder}" for label, folder in corpora]
        if args.generate:
            command = [sys.executable, "-m", "samples.generate", "--out", tmp]
            command += ["--count", str(args.generate), "--seed", str(args.seed)]
            subprocess.run(command, check=True, cwd=ROOT)
            corpora.append(("generated", Path(tmp)))
            sources.append(f"generated: {args.generate} cases, seed {args.seed}")
        for label, folder in corpora:
            for fmt, tally in sorted(evaluate(folder, args.jobs, registers, args.formats).items()):
                tallies[f"{label} · {fmt}"] = tally
        if registers is not None:
            sources.append(f"registers: {', '.join(registers.ref.files)}")
        table = markdown(tallies, "; ".join(sources))
    print(table)
    for column, tally in tallies.items():
        if args.misses:
            for case_id, check_id, status, expected in tally.misses:
                print(f"{column}\t{case_id}\t{check_id}\t{status}\t{'missed' if expected else 'false positive'}")
            for case_id, scored, truth_points in tally.score_misses:
                print(f"{column}\t{case_id}\tscore\t{scored:g}\ttruth {truth_points:g}")
        if args.segments:
            for case_id, word, kind, first, last in tally.segment_errors:
                print(f"{column}\t{case_id}\t{word}\t{kind}\t{first}-{last}")
    if args.markdown:
        args.markdown.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
