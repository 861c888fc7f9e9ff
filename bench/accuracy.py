"""Accuracy of the pipeline against the sample corpus's ground truth, per rendering format.

    .venv/bin/python bench/accuracy.py                          # the committed corpus in samples/
    .venv/bin/python bench/accuracy.py --generate 200 --seed 2026  # a generated set, written to a temporary folder
    .venv/bin/python bench/accuracy.py --dir /tmp/set --misses      # a set already generated; list every error
    .venv/bin/python bench/accuracy.py --markdown out/accuracy.md

Reports, per format: instrument segmentation precision / recall / F1 (an instrument counts when kind,
first page and last page all match), 文号 and instrument-date accuracy over the matched instruments,
accuracy of each timeline date the truth fills in, procedure, and the party, party type and fine; defect
detection per check id and overall; and the score's mean absolute error.

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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checklists.registry import is_implemented  # noqa: E402
from checklists.schema import Standard  # noqa: E402
from checklists.standards import load_standard  # noqa: E402
from reviewer.core.errors import ReviewerError  # noqa: E402
from reviewer.core.model import Finding  # noqa: E402
from reviewer.core.settings import Settings  # noqa: E402
from reviewer.pipeline.run import review  # noqa: E402
from reviewer.pipeline.scoring import score  # noqa: E402


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
    """Counts for one format."""

    def __init__(self) -> None:
        self.files = self.failed = 0
        self.tp = self.fp = self.fn = 0
        self.fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # name → [right, total]
        self.checks: dict[str, Detection] = defaultdict(Detection)
        self.overall = Detection()
        self.unknown = [0, 0]  # [unknown findings, findings] over implemented checks
        self.score_errors: list[float] = []
        #: (case, check id, status, expected?) of every wrong decision and every unknown on an expected failure.
        self.misses: list[tuple[str, str, str, bool]] = []

    def hit(self, name: str, right: bool) -> None:
        self.fields[name][0] += int(right)
        self.fields[name][1] += 1

    def add(self, truth: dict, draft: dict) -> None:
        self.files += 1
        expected, found = spans(truth["instruments"]), spans(draft["instruments"])
        matched = expected & found
        self.tp += sum(matched.values())
        self.fp += sum((found - expected).values())
        self.fn += sum((expected - found).values())
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

    def add_findings(self, truth: dict, draft: dict) -> None:
        """Defect detection per check id and the score's error against the truth's score."""
        expected = set(truth["expected_failing"])
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
            standard = load_standard(draft["standard"]["id"])
            self.score_errors.append(abs(draft["score"] - truth_score(standard, expected)))

    def rows(self) -> list[tuple[str, str]]:
        precision = self.tp / max(self.tp + self.fp, 1)
        recall = self.tp / max(self.tp + self.fn, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        out = [
            ("files (unreadable)", f"{self.files} ({self.failed})"),
            ("segmentation P / R / F1", f"{precision:.3f} / {recall:.3f} / {f1:.3f}"),
        ]
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
                (
                    "unknown rate (implemented checks)",
                    f"{self.unknown[0] / max(self.unknown[1], 1):.3f} ({self.unknown[0]}/{self.unknown[1]})",
                ),
            ]
        if self.score_errors:
            errors = self.score_errors
            exact = sum(e == 0 for e in errors)
            out += [
                (
                    "score MAE (max; exact)",
                    f"{sum(errors) / len(errors):.2f} ({max(errors):.1f}; {exact}/{len(errors)})",
                )
            ]
        return out


def ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def evaluate(folder: Path) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    settings = Settings()
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        stem = truth_path.name.removesuffix(".truth.json")
        for rendering in truth.get("renderings", ["pdf", "docx"]):
            # "pdf" names <stem>.pdf; "scan:<file>" (samples/scan.py) names a scanned PDF or a photo folder
            fmt, _, name = rendering.partition(":")
            path = folder / (name or f"{stem}.{fmt}")
            if not path.exists():
                continue
            try:
                _, draft = review([path], settings)
            except ReviewerError:
                tallies[fmt].failed += 1
                continue
            tallies[fmt].add(truth, draft.to_contract())
    return tallies


def markdown(tallies: dict[str, Tally], source: str) -> str:
    formats = sorted(tallies)
    names: list[str] = []
    for fmt in formats:
        names += [name for name, _ in tallies[fmt].rows() if name not in names]
    lines = [f"| measure | {' | '.join(formats)} |", f"| --- |{' --- |' * len(formats)}"]
    for name in names:
        cells = [dict(tallies[fmt].rows()).get(name, "–") for fmt in formats]
        lines.append(f"| {name} | {' | '.join(cells)} |")
    return "\n".join(lines) + "\n\n" + defect_table(tallies) + f"\nCorpus: {source}.\n"


def defect_table(tallies: dict[str, Tally]) -> str:
    """Per check id and format: expected failures (support), P, R, and the misses left as unknown."""
    formats = sorted(tallies)
    ids = sorted({cid for fmt in formats for cid, d in tallies[fmt].checks.items() if d.support or d.fp})
    head = " | ".join(f"{fmt} P | {fmt} R | {fmt} unk. misses" for fmt in formats)
    lines = [f"| check id | expected | {head} |", "| --- | ---: |" + " ---: |" * (3 * len(formats))]
    for cid in ids:
        cells = []
        for fmt in formats:
            d = tallies[fmt].checks[cid]
            cells += [ratio(d.precision()), ratio(d.recall()), str(d.unknown_miss)]
        lines.append(f"| `{cid}` | {tallies[formats[0]].checks[cid].support} | {' | '.join(cells)} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=ROOT / "samples", help="folder of samples with *.truth.json")
    parser.add_argument("--generate", type=int, metavar="N", help="generate N cases into a temporary folder first")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--misses", action="store_true", help="also list every false positive and every miss")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, source = args.dir, str(args.dir)
        if args.generate:
            folder = Path(tmp)
            command = [
                sys.executable,
                "-m",
                "samples.generate",
                "--out",
                tmp,
                "--count",
                str(args.generate),
                "--seed",
                str(args.seed),
            ]
            subprocess.run(command, check=True, cwd=ROOT)
            source = f"{args.generate} generated cases, seed {args.seed}"
        tallies = evaluate(folder)
        table = markdown(tallies, source)
    print(table)
    if args.misses:
        for fmt, tally in sorted(tallies.items()):
            for case_id, check_id, status, expected in tally.misses:
                print(f"{fmt}\t{case_id}\t{check_id}\t{status}\t{'missed' if expected else 'false positive'}")
    if args.markdown:
        args.markdown.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
