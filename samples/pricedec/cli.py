"""Write a set: DIR/pNNN.pdf, DIR/labels/pNNN.json, DIR/checks/pNNN.json."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .compose import compose
from .render import render


def write_one(out: Path, seed: int, index: int) -> str:
    """Compose, render and write decision `index` of the set `seed`; returns its stem."""
    split = "dev" if seed == 1 else "heldout"
    decision = compose(seed, index, split)
    (out / "labels").mkdir(parents=True, exist_ok=True)
    (out / "checks").mkdir(parents=True, exist_ok=True)
    (out / f"{decision.number}.pdf").write_bytes(render(decision))
    dump = {"ensure_ascii": False, "indent": 2}
    (out / "labels" / f"{decision.number}.json").write_text(json.dumps(decision.label, **dump) + "\n", encoding="utf-8")  # type: ignore[arg-type]
    checks = {"file": f"{decision.number}.pdf", "checks": decision.checks}
    (out / "checks" / f"{decision.number}.json").write_text(json.dumps(checks, **dump) + "\n", encoding="utf-8")  # type: ignore[arg-type]
    return decision.number


def generate(out: Path, seed: int, count: int) -> list[str]:
    """The whole set, in order; the same seed and count always give the same bytes."""
    out.mkdir(parents=True, exist_ok=True)
    return [write_one(out, seed, i) for i in range(1, count + 1)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.pricedec", description="价格违法行政处罚决定书样本生成")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=40)
    args = parser.parse_args(argv)
    names = generate(args.out, args.seed, args.count)
    print(f"{len(names)} decisions written to {args.out}")
    return 0
