"""`--corpus`: the real-decision benches read another labelled corpus laid out as DIR/NAME.pdf beside
DIR/labels/ and DIR/checks/ (the independent generator's decisions), with the same comparison as the real set."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


real = _load("real")
decision_checks = _load("decision_checks")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """One real dev decision under another name, its labels beside it (linked in place, never copied)."""
    from bench.real_fields import RealSetMissing, real_dir

    try:
        pdf = real_dir() / "decisions" / "d002.pdf"
    except RealSetMissing as error:
        pytest.fail(str(error))
    (tmp_path / "labels").mkdir()
    (tmp_path / "checks").mkdir()
    (tmp_path / "x01.pdf").symlink_to(pdf)
    label = json.loads((ROOT / "tests" / "real" / "labels" / "d002.json").read_text(encoding="utf-8"))
    (tmp_path / "labels" / "x01.json").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    checks = (ROOT / "tests" / "real" / "checks" / "d002.json").read_text(encoding="utf-8")
    (tmp_path / "checks" / "x01.json").write_text(checks, encoding="utf-8")
    return tmp_path


def test_field_bench_reads_a_corpus_without_listing(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert real.main(["--corpus", str(corpus), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "== dev:" in out and "listing" not in out
    assert "1 documents" in out
    # The same document under its own name scores the same as under the corpus's name.
    fields = len(real.FIELDS)
    line = next(row for row in out.splitlines() if row.startswith("== dev:"))
    right = int(line.split(":")[1].split("/")[0])
    assert line.endswith(f"/{fields} field values right")
    assert right == fields - out.count("MISS x01")


def test_field_bench_refuses_known_misses_for_a_corpus(corpus: Path) -> None:
    with pytest.raises(SystemExit):
        real.main(["--corpus", str(corpus), "--write-known"])


def test_check_bench_reads_a_corpus_like_the_real_set(corpus: Path) -> None:
    other = decision_checks.Corpus.beside(corpus)
    assert decision_checks.documents("dev", other) == ["x01"]
    assert decision_checks.documents("heldout", other) == []
    assert decision_checks.labels("x01", other) == decision_checks.labels("d002")
    assert decision_checks.statuses("x01", corpus=other) == decision_checks.statuses("d002")


def test_check_bench_counts_a_file_without_a_decision_as_unknown(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core.errors import NoDecision

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise NoDecision("x01: no instrument of scope decision found", source="x01")

    monkeypatch.setattr(decision_checks, "review", refuse)
    tallies = decision_checks.evaluate(["x01"], decision_checks.Corpus.beside(corpus))
    assert tallies and all(tally.counts["n"] == 1 for tally in tallies.values())
    assert all(tally.counts["tp"] == tally.counts["fp"] == 0 for tally in tallies.values())
