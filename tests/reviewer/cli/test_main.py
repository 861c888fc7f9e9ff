from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer.cli.main import app

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "samples"
TRUTHS = sorted(SAMPLES.glob("*.truth.json"))
runner = CliRunner()


def truth_of(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def spans(instruments: list[dict]) -> list[tuple[str, int, int]]:
    return [(i["kind"], i["first_page"], i["last_page"]) for i in instruments]


def check_findings_against_truth(draft: dict, truth: dict) -> None:
    """Every check of the standard is reported once; a check that decided (pass/fail) agrees with the truth;
    the score is what the findings imply."""
    from checklists.registry import is_implemented
    from checklists.standards import load_standard

    standard = load_standard(draft["standard"]["id"])
    assert [f["check_id"] for f in draft["findings"]] == [c.id for c in standard.checks]
    assert [f["check_name"] for f in draft["findings"]] == [c.name for c in standard.checks]
    assert set(draft["needs_review"]) | set(draft["veto"]) <= set(draft["check_names"])
    expected = set(truth["expected_failing"])
    for finding in draft["findings"]:
        if finding["status"] in ("fail", "pass"):
            assert (finding["status"] == "fail") == (finding["check_id"] in expected), finding
        if finding["status"] == "fail":
            assert finding["message"] and "{" not in finding["message"], finding
        if is_implemented(finding["check_id"]) and finding["check_id"] in expected:
            assert finding["status"] == "fail", finding
    unknown = [f["check_id"] for f in draft["findings"] if f["status"] == "unknown"]
    assert set(unknown) <= set(draft["needs_review"])
    low, high = draft["score_range"]
    assert 0 <= low <= draft["score"] == high <= 100
    assert (draft["score"] == 0) == bool(draft["veto"]) or draft["score"] == 0


def test_committed_corpus_exists():
    assert len(TRUTHS) >= 3
    for truth in TRUTHS:
        stem = truth.name.removesuffix(".truth.json")
        assert (SAMPLES / f"{stem}.pdf").exists() and (SAMPLES / f"{stem}.docx").exists()


@pytest.mark.parametrize("truth_path", TRUTHS, ids=lambda p: p.name.removesuffix(".truth.json"))
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_review_matches_ground_truth_instruments(truth_path, suffix):
    truth = truth_of(truth_path)
    sample = truth_path.with_name(truth_path.name.removesuffix(".truth.json") + suffix)
    # The sample registers list every sample agency and officer: the register checks decide, as the truth says.
    result = runner.invoke(app, ["review", str(sample), "--format", "json", "--registers", str(SAMPLES / "registers")])
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert draft["pages"] == truth["pages"]
    assert spans(draft["instruments"]) == spans(truth["instruments"])
    assert [i["doc_number"] for i in draft["instruments"]] == [i["doc_number"] for i in truth["instruments"]]
    assert [i["date"] for i in draft["instruments"]] == [i["date"] for i in truth["instruments"]]
    assert draft["procedure"] == truth["procedure"]
    facts = truth["facts"]
    keys = ("party", "party_type", "fine_yuan", "is_major", "hearing_eligible")
    assert {key: draft["facts"][key] for key in keys} == {key: facts[key] for key in keys}
    assert draft["standard"] == {"id": "henan-2022", "version": "2022"}
    check_findings_against_truth(draft, truth)
    filled = {key: value for key, value in truth["timeline"].items() if value}
    assert {key: draft["timeline"][key] for key in filled} == filled


def test_html_and_out_dir(tmp_path):
    sample = SAMPLES / "case-01-market.pdf"
    result = runner.invoke(app, ["review", str(sample), "--format", "html", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "case-01-market.pdf.html").read_text(encoding="utf-8")
    assert "行政处罚决定书" in html and "评查项目" in html and "<script" not in html


@pytest.mark.parametrize(
    ("name", "content", "error", "words"),
    [
        ("empty.pdf", b"", "EmptyFile", "0 字节"),
        ("cut.pdf", b"%PDF-1.7\n1 0 obj <<", "CorruptFile", "损坏"),
        ("notes.txt", b"hello", "UnsupportedFormat", "无法识别"),
    ],
)
def test_bad_input_exits_2_with_a_chinese_message(tmp_path, name, content, error, words):
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(app, ["review", str(path)])
    assert result.exit_code == 2
    assert words in result.stderr and name in result.stderr
    assert result.stdout == ""


def test_one_bad_file_in_a_folder_still_gives_a_draft_and_exit_2(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "01.pdf").write_bytes((SAMPLES / "case-01-market.pdf").read_bytes())
    (folder / "02.pdf").write_bytes(b"")
    result = runner.invoke(app, ["review", str(folder)])
    assert result.exit_code == 2
    draft = json.loads(result.stdout)
    assert draft["case_id"] == "case" and draft["pages"] > 0
    assert [(e["source"], e["error"]) for e in draft["errors"]] == [("02.pdf", "EmptyFile")]


def test_pages_prints_one_json_line_per_page():
    truth = truth_of(SAMPLES / "case-01-market.truth.json")
    result = runner.invoke(app, ["pages", str(SAMPLES / "case-01-market.docx")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["page"] for r in rows] == list(range(1, truth["pages"] + 1))
    assert {r["origin"] for r in rows} == {"docx"} and all(r["confidence"] == 1.0 for r in rows)


def test_segment_lists_instruments():
    truth = truth_of(SAMPLES / "case-01-market.truth.json")
    result = runner.invoke(app, ["segment", str(SAMPLES / "case-01-market.pdf")])
    assert result.exit_code == 0, result.output
    assert spans(json.loads(result.stdout)["instruments"]) == spans(truth["instruments"])


def test_console_script_runs_as_installed():
    """The real entry point, in a real process: help text in Chinese, exit 0."""
    result = subprocess.run([sys.executable, "-m", "reviewer.cli", "review", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "--standard" in result.stdout and "--format" in result.stdout


def test_bad_setting_is_named_in_chinese_with_exit_2():
    env = {**os.environ, "REVIEWER_PDF_ENGINE": "bogus"}
    command = [
        sys.executable,
        "-c",
        "from reviewer.cli.main import main; main()",
        "segment",
        str(SAMPLES / "case-03-simple.pdf"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode == 2
    assert "配置有误" in result.stderr and "REVIEWER_PDF_ENGINE" in result.stderr and "Traceback" not in result.stderr


def test_plumber_engine_reads_the_same_instruments(monkeypatch):
    from reviewer.core.settings import get_settings

    monkeypatch.setenv("REVIEWER_PDF_ENGINE", "plumber")
    get_settings.cache_clear()
    try:
        truth = truth_of(SAMPLES / "case-02-environment.truth.json")
        result = runner.invoke(app, ["segment", str(SAMPLES / "case-02-environment.pdf")])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert spans(json.loads(result.stdout)["instruments"]) == spans(truth["instruments"])


def test_thresholds_come_from_the_selected_standard():
    """The national standard sets no amount for a major penalty: the same file is not major under it."""
    sample = str(SAMPLES / "case-02-environment.pdf")
    henan = json.loads(runner.invoke(app, ["review", sample, "--standard", "henan-2022"]).stdout)
    national = json.loads(runner.invoke(app, ["review", sample, "--standard", "national-2021"]).stdout)
    assert henan["facts"]["is_major"] is True and national["facts"]["is_major"] is False
    assert national["standard"]["id"] == "national-2021"


def test_unknown_standard_exits_2_naming_the_known_ones():
    result = runner.invoke(app, ["review", str(SAMPLES / "case-03-simple.pdf"), "--standard", "nope"])
    assert result.exit_code == 2 and "henan-2022" in result.stderr and result.stdout == ""


def test_docx_review_sheet_has_one_row_per_check_by_name(tmp_path):
    from checklists.standards import load_standard
    from extractors.readers.docx import read_docx
    from reviewer.reports.sheet_docx import name_lines

    result = runner.invoke(
        app, ["review", str(SAMPLES / "case-01-market.pdf"), "--format", "docx", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    pages = read_docx(tmp_path / "case-01-market.pdf.docx")
    text = "\n".join(page.text for page in pages)
    assert text.startswith("行政处罚案卷评查表") and "嵩市监罚〔2023〕15号" in text and "评查人（签字）" in text
    for check in load_standard("henan-2022").checks:
        assert all(part in text for part in name_lines(check.name)), check.id
        assert check.id not in text  # codes stay out of the printed form


def test_docx_needs_an_output_folder():
    result = runner.invoke(app, ["review", str(SAMPLES / "case-01-market.pdf"), "--format", "docx"])
    assert result.exit_code == 2 and "--out" in result.stderr
