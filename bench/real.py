"""Accuracy on real published decisions: per-field right/total against the hand labels, dev and held-out apart,
and agreement with the publishing platform's listing on all 160, every disagreement classified.

    .venv/bin/python bench/real.py                      # both tables (reads ../shared/real or REVIEWER_REAL_DIR)
    .venv/bin/python bench/real.py --split dev --misses # dev only, with every miss (label vs prediction)
    .venv/bin/python bench/real.py --markdown out/real.md
    .venv/bin/python bench/real.py --split dev --write-known   # refresh tests/real/known_misses.json (dev only)
    .venv/bin/python bench/real.py --corpus samples/pricedec/cases --misses   # another labelled corpus

`--corpus DIR` reads a labelled corpus laid out as DIR/NAME.pdf with DIR/labels/NAME.json in the same schema
(tests/real/README.md) — e.g. the independent generator's decisions; it has no platform listing.

The held-out part (`"split": "heldout"` in the labels) is for the final figure only: nobody tuning an
extractor reads its misses. `--misses` therefore lists dev misses unless `--split heldout` is asked for.

Listing agreement: the 文号, party and date the pipeline reads are compared with the platform's listing. Each
disagreement takes the hand review's class (`tests/real/listing_review.json`): where the review found the
listing wrong (or the document masked), a disagreement is the listing's error; where the review says the listing
agrees with the document, a disagreement is ours. "Agreement after removing the listing's own errors" counts
only the documents whose listing value the review confirmed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.real_fields import (  # noqa: E402
    FIELDS,
    KNOWN_MISSES,
    LISTING_FIELDS,
    listing_agrees,
    load_labels,
    load_listing,
    load_review,
    misses,
    read_all,
    real_dir,
)


def field_table(labels: dict[str, dict[str, Any]], got: dict[str, dict[str, Any]]) -> list[tuple[str, int, int]]:
    rows = []
    for spec in FIELDS:
        right = sum(spec.right(labels[doc], got[doc]) for doc in labels)
        rows.append((spec.name, right, len(labels)))
    return rows


def listing_table(
    listing: dict[str, dict[str, str]], review: dict[str, dict[str, Any]], got: dict[str, dict[str, Any]]
) -> tuple[list[tuple[str, int, int, int, int]], list[str]]:
    """Per listing field: (field, agree/all, confirmed-agree/confirmed) and the classified disagreements."""
    rows, lines = [], []
    for field in LISTING_FIELDS:
        agree = confirmed = confirmed_agree = 0
        for doc in sorted(got):
            ok = listing_agrees(field, listing[doc], got[doc])
            verdict = review.get(doc, {}).get(field, {"agrees": True})
            listing_right = bool(verdict.get("agrees"))
            agree += ok
            if listing_right:
                confirmed += 1
                confirmed_agree += ok
            if not ok:
                who = "ours" if listing_right else f"listing ({verdict.get('who')}: {verdict.get('why', '')})"
                value = got[doc].get({"no": "doc_number", "date": "decision_date"}.get(field, "party"))
                if field == "party":
                    value = got[doc]["party"]["name"]
                lines.append(f"{doc} {field}: listing {listing[doc].get(field)!r} · ours {value!r} · wrong: {who}")
        rows.append((field, agree, len(got), confirmed_agree, confirmed))
    return rows, lines


def markdown(
    tables: dict[str, list[tuple[str, int, int]]],
    listing_rows: list[tuple[str, int, int, int, int]],
    listing_lines: list[str],
    seconds: float,
    count: int,
) -> str:
    splits = list(tables)
    out = ["| field | " + " | ".join(splits) + " |", "| --- | " + " | ".join("---:" for _ in splits) + " |"]
    for index, spec in enumerate(FIELDS):
        cells = []
        for split in splits:
            _, right, total = tables[split][index]
            cells.append(f"{right}/{total} ({right / total:.3f})" if total else "–")
        out.append(f"| {spec.name} | " + " | ".join(cells) + " |")
    for split in splits:
        right = sum(r for _, r, _ in tables[split])
        total = sum(t for _, _, t in tables[split])
        out.append(f"\n{split}: {right}/{total} field values right ({right / total:.3f})" if total else "")
    out.append("\n| listing field | agrees (all) | agrees (listing confirmed by hand) |\n| --- | ---: | ---: |")
    for field, agree, total, c_agree, c_total in listing_rows:
        out.append(
            f"| {field} | {agree}/{total} ({agree / total:.3f}) | {c_agree}/{c_total} ({c_agree / c_total:.3f}) |"
        )
    out.append("\nDisagreements with the listing:\n")
    out.extend(f"- {line}" for line in listing_lines)
    out.append(f"\n{count} documents read in {seconds:.1f} s.")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--misses", action="store_true", help="list every miss (dev, or the split asked for)")
    parser.add_argument("--markdown", type=Path, help="write the tables as Markdown")
    parser.add_argument("--write-known", action="store_true", help="write the dev misses as the test's known misses")
    parser.add_argument("--docs", nargs="*", help="only these documents (d001 …)")
    parser.add_argument("--corpus", type=Path, help="another labelled corpus: DIR/*.pdf with DIR/labels/*.json")
    args = parser.parse_args(argv)
    if args.corpus and args.write_known:
        parser.error("--write-known refreshes the real set's known misses only")

    folder = args.corpus or real_dir()
    labels = load_labels(folder=args.corpus / "labels") if args.corpus else load_labels()
    listing = {} if args.corpus else load_listing(folder)
    splits = ["dev", "heldout"] if args.split == "all" else [args.split]
    if args.corpus:  # a corpus may hold one split only
        splits = [split for split in splits if any(lab["split"] == split for lab in labels.values())]
    everything = set(labels) if args.corpus else set(listing)
    wanted = sorted(everything if args.split == "all" else {d for d, lab in labels.items() if lab["split"] in splits})
    if args.docs:
        wanted = [d for d in wanted if d in set(args.docs)]
    started = time.perf_counter()
    got = read_all(wanted, folder)
    seconds = time.perf_counter() - started

    tables = {
        split: field_table({d: lab for d, lab in labels.items() if lab["split"] == split and d in got}, got)
        for split in splits
    }
    for split, rows in tables.items():
        right = sum(r for _, r, _ in rows)
        total = sum(t for _, _, t in rows)
        print(f"== {split}: {right}/{total} field values right")
        for name, r, t in rows:
            print(f"  {name:32} {r:4}/{t:<4} {r / t if t else 0:.3f}")
    with_listing = args.split == "all" and not args.corpus
    listing_rows, listing_lines = listing_table(listing, load_review(), got) if with_listing else ([], [])
    for field, agree, total, c_agree, c_total in listing_rows:
        print(f"listing {field:6} {agree}/{total} agree; {c_agree}/{c_total} where the listing is confirmed")
    if args.misses:
        shown = "heldout" if args.split == "heldout" else "dev"
        for doc in sorted(got):
            if labels.get(doc, {}).get("split") != shown:
                continue
            for name, (want, have) in misses(labels[doc], got[doc]).items():
                print(f"MISS {doc} {name}: label {want!r} · got {have!r}")
        for line in listing_lines:
            print("LISTING", line)
    if args.write_known:
        known: dict[str, list[str]] = {spec.name: [] for spec in FIELDS}
        for doc in sorted(got):
            if labels.get(doc, {}).get("split") == "dev":
                for name in misses(labels[doc], got[doc]):
                    known[name].append(doc)
        KNOWN_MISSES.write_text(json.dumps(known, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {KNOWN_MISSES}")
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown(tables, listing_rows, listing_lines, seconds, len(got)), encoding="utf-8")
    print(f"{len(got)} documents in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
