"""Accuracy of the pipeline against the sample corpus's ground truth, per rendering format.

    .venv/bin/python bench/accuracy.py                          # the committed corpus in samples/
    .venv/bin/python bench/accuracy.py --generate 200 --seed 7  # a generated set (needs samples.generate --count)
    .venv/bin/python bench/accuracy.py --markdown out/accuracy.md

Reports, per format: instrument segmentation precision / recall / F1 (an instrument counts when kind,
first page and last page all match), 文号 and instrument-date accuracy over the matched instruments,
accuracy of each timeline date the truth fills in, procedure, and the party, party type and fine. Defect detection and score error
join once the checklist engine exists.
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

from reviewer.errors import ReviewerError  # noqa: E402
from reviewer.pipeline import review  # noqa: E402
from reviewer.settings import Settings  # noqa: E402


def spans(instruments: list[dict]) -> Counter:
    return Counter((i["kind"], i["first_page"], i["last_page"]) for i in instruments)


class Tally:
    """Counts for one format."""

    def __init__(self) -> None:
        self.files = self.failed = 0
        self.tp = self.fp = self.fn = 0
        self.fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # name → [right, total]

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
        for key in ("party", "party_type", "fine_yuan"):
            if truth["facts"].get(key) is not None:
                self.hit(f"facts.{key}", draft["facts"].get(key) == truth["facts"][key])

    def rows(self) -> list[tuple[str, str]]:
        precision = self.tp / max(self.tp + self.fp, 1)
        recall = self.tp / max(self.tp + self.fn, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        out = [("files (unreadable)", f"{self.files} ({self.failed})"),
               ("segmentation P / R / F1", f"{precision:.3f} / {recall:.3f} / {f1:.3f}")]
        out += [(name, f"{right / total:.3f} ({right}/{total})") for name, (right, total) in sorted(self.fields.items())]
        return out


def evaluate(folder: Path) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    settings = Settings()
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        stem = truth_path.name.removesuffix(".truth.json")
        for fmt in truth.get("renderings", ["pdf", "docx"]):
            path = folder / f"{stem}.{fmt}"
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
    return "\n".join(lines) + f"\n\nCorpus: {source}.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=ROOT / "samples", help="folder of samples with *.truth.json")
    parser.add_argument("--generate", type=int, metavar="N", help="generate N cases into a temporary folder first")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, source = args.dir, str(args.dir)
        if args.generate:
            folder = Path(tmp)
            command = [sys.executable, "-m", "samples.generate", "--out", tmp, "--count", str(args.generate), "--seed", str(args.seed)]
            subprocess.run(command, check=True, cwd=ROOT)
            source = f"{args.generate} generated cases, seed {args.seed}"
        table = markdown(evaluate(folder), source)
    print(table)
    if args.markdown:
        args.markdown.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
