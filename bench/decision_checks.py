"""Decision review (文书评查) against the hand labels of the real published decisions: precision and recall per check.

    .venv/bin/python bench/decision_checks.py                  # dev and held-out, side by side
    .venv/bin/python bench/decision_checks.py --split dev --misses   # …and every disagreement on dev
    .venv/bin/python bench/decision_checks.py --split dev --write-known  # rewrite tests/real/decision_known_misses.json
    .venv/bin/python bench/decision_checks.py --corpus samples/pricedec/cases --misses  # another labelled corpus

Runs `reviewer review --scope decision` in-process over `../shared/real/decisions/dNNN.pdf` and compares each
check's status with `tests/real/checks/dNNN.json`. A `fail` is the positive class: precision = failures that
the labels confirm / failures reported; recall = labelled failures reported as failures (an `unknown` on a
labelled failure is a miss; `unknown` on anything else costs nothing but a person's look). `false pass` counts
labelled failures the machine passed — the one error a reviewer cannot see.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.real_fields import real_dir_path  # noqa: E402
from checklists.scopes import get_scope  # noqa: E402
from reviewer.core.errors import NoDecision  # noqa: E402
from reviewer.core.settings import Settings  # noqa: E402
from reviewer.pipeline.run import review  # noqa: E402

REAL = real_dir_path() / "decisions"
LABELS = REPO / "tests" / "real" / "labels"
CHECKS = REPO / "tests" / "real" / "checks"
#: Check id → the dev documents on which the check is still wrong (a false fail or a missed fail).
KNOWN_MISSES = REPO / "tests" / "real" / "decision_known_misses.json"


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    wrong: list[str] = field(default_factory=list)

    def add(self, doc: str, label: str, got: str) -> None:
        if (got == "fail") != (label == "fail"):
            self.wrong.append(doc)
        self.counts["n"] += 1
        if got == "fail" and label == "fail":
            self.counts["tp"] += 1
        elif got == "fail":
            self.counts["fp"] += 1
            self.misses.append(f"{doc}: false fail (label {label})")
        elif label == "fail":
            self.counts["fn"] += 1
            self.counts["false_pass"] += got == "pass"
            self.misses.append(f"{doc}: missed fail (got {got})")
        elif got == "unknown":
            self.counts["unknown"] += 1
        elif got != label:
            self.counts["other"] += 1
            self.misses.append(f"{doc}: {got} (label {label})")

    @property
    def precision(self) -> float | None:
        reported = self.counts["tp"] + self.counts["fp"]
        return self.counts["tp"] / reported if reported else None

    @property
    def recall(self) -> float | None:
        labelled = self.counts["tp"] + self.counts["fn"]
        return self.counts["tp"] / labelled if labelled else None


@dataclass(frozen=True)
class Corpus:
    """Where a labelled set of decisions lies: the PDFs, their field labels (for the split) and check labels."""

    pdfs: Path
    labels: Path
    checks: Path

    @classmethod
    def beside(cls, folder: Path) -> Corpus:
        """A corpus laid out as FOLDER/NAME.pdf, FOLDER/labels/NAME.json, FOLDER/checks/NAME.json."""
        return cls(folder, folder / "labels", folder / "checks")


#: The real published decisions with the hand labels in tests/real.
REAL_SET = Corpus(REAL, LABELS, CHECKS)


def documents(split: str | None = None, corpus: Corpus = REAL_SET) -> list[str]:
    """Labelled documents (dNNN), optionally of one split ("dev" / "heldout")."""
    paths = sorted(corpus.labels.glob("*.json"))
    return [p.stem for p in paths if split is None or json.loads(p.read_text(encoding="utf-8"))["split"] == split]


def statuses(doc: str, settings: Settings | None = None, corpus: Corpus = REAL_SET) -> dict[str, str]:
    """Check id → status of the decision scope on one decision; empty (every check unknown) when the review
    finds no decision in the file, so one unread document does not stop the bench."""
    try:
        _, draft = review([corpus.pdfs / f"{doc}.pdf"], settings or Settings(), scope="decision")
    except NoDecision:
        print(f"{doc}: no decision found — every check counted unknown", file=sys.stderr)
        return {}
    return {finding.check_id: finding.status for finding in draft.findings}


def labels(doc: str, corpus: Corpus = REAL_SET) -> dict[str, str]:
    checks = json.loads((corpus.checks / f"{doc}.json").read_text(encoding="utf-8"))["checks"]
    return {check_id: entry["status"] for check_id, entry in checks.items()}


def evaluate(docs: Iterable[str], corpus: Corpus = REAL_SET) -> dict[str, Tally]:
    scope = get_scope("decision")
    assert scope is not None
    tallies = {check_id: Tally() for check_id in sorted(scope.checks)}
    settings = Settings()
    for doc in docs:
        got, want = statuses(doc, settings, corpus), labels(doc, corpus)
        for check_id, tally in tallies.items():
            tally.add(doc, want[check_id], got.get(check_id, "unknown"))
    return tallies


def _ratio(value: float | None) -> str:
    return "  —  " if value is None else f"{value:.3f}"


def report(name: str, tallies: dict[str, Tally], misses: bool) -> None:
    print(f"\n## {name}")
    print(f"{'check':36} {'n':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'f.pass':>6} {'unk':>4} {'P':>6} {'R':>6}")
    for check_id, tally in tallies.items():
        c = tally.counts
        print(
            f"{check_id:36} {c['n']:4} {c['tp']:4} {c['fp']:4} {c['fn']:4} {c['false_pass']:6} {c['unknown']:4}"
            f" {_ratio(tally.precision):>6} {_ratio(tally.recall):>6}"
        )
        if misses:
            for line in tally.misses:
                print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["dev", "heldout", "both"], default="both")
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    parser.add_argument("--write-known", action="store_true", help="write the dev misses to the known-misses file")
    parser.add_argument("--corpus", type=Path, help="another labelled corpus: DIR/*.pdf, DIR/labels/, DIR/checks/")
    args = parser.parse_args()
    if args.corpus and args.write_known:
        parser.error("--write-known refreshes the real set's known misses only")
    corpus = Corpus.beside(args.corpus) if args.corpus else REAL_SET
    if not corpus.pdfs.is_dir():
        sys.exit(f"decisions not found at {corpus.pdfs} (set REVIEWER_REAL_DIR to the folder holding decisions/)")
    for split in ("dev", "heldout") if args.split == "both" else (args.split,):
        docs = documents(split, corpus)
        if not docs:
            continue
        tallies = evaluate(docs, corpus)
        report(f"{split} ({len(docs)} decisions)", tallies, args.misses)
        if args.write_known and split == "dev":
            known = {check_id: tally.wrong for check_id, tally in tallies.items()}
            KNOWN_MISSES.write_text(json.dumps(known, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
