"""`reviewer batch DIR --scope decision`: one row per decision and the agencies ranked by problems per decision."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from reviewer.cli.main import app
from tests.conftest import build_pdf
from tests.reviewer.pipeline.test_scope import DECISION

runner = CliRunner()


def test_decision_batch_writes_rows_and_ranking(tmp_path: Path) -> None:
    folder = tmp_path / "decisions"
    folder.mkdir()
    build_pdf(folder / "a.pdf", [DECISION])
    other = [
        line.replace("嵩川市市场监督管理局", "嵩川县市场监督管理局").replace("〔2024〕17号", "〔2023〕9号")
        for line in DECISION
    ]
    build_pdf(folder / "b.pdf", [other])
    build_pdf(folder / "c.pdf", [["# 行政处罚告知书", "当事人：某公司", "拟作出罚款2000元的行政处罚。"]])
    out = tmp_path / "汇总表.xlsx"
    result = runner.invoke(app, ["batch", str(folder), "--scope", "decision", "--out", str(out)])
    assert result.exit_code == 2, result.output  # c.pdf holds no decision
    book = load_workbook(out)
    rows = list(book["文书汇总"].iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in rows] == ["a.pdf", "b.pdf", "c.pdf"]
    first, second, refused = rows
    assert first[2] == "嵩川市市场监督管理局" and first[3] == "嵩川市监处罚〔2024〕17号"
    assert second[2] == "嵩川县市场监督管理局" and "2023" in second[9]  # the number's year is not the decision's
    assert second[8] > first[8] and refused[7] == "未评查" and "决定书" in refused[9]
    ranking = list(book["机关排名"].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in ranking] == ["嵩川市市场监督管理局", "嵩川县市场监督管理局"]
    assert ranking[0][4] < ranking[1][4]


def test_decision_batch_needs_a_folder() -> None:
    result = runner.invoke(app, ["batch", "--scope", "decision", "--from", "2024-01-01"])
    assert result.exit_code == 2
