"""`reviewer batch`: a folder by agency, reviewed by a real worker process, into a 汇总表 XLSX; then a period batch."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from reviewer.cli.main import app
from reviewer.store import list_cases, open_database

from .conftest import SAMPLES

MARKET, ENVIRONMENT = "嵩川市市场监督管理局", "嵩川市生态环境局"


def _folder(root: Path) -> Path:
    layout = {
        MARKET: ["case-04-market-missing-docs.pdf", "case-05-market-late.pdf"],
        ENVIRONMENT: ["case-02-environment.pdf"],
    }
    for agency, names in layout.items():
        (root / agency).mkdir(parents=True)
        for name in names:
            shutil.copy(SAMPLES / name, root / agency / name)
    (root / ENVIRONMENT / "扫描件损坏.pdf").write_bytes(b"%PDF-1.5\n%broken")
    return root


def _sheet(path: Path, name: str) -> list[tuple]:
    return [tuple(row) for row in load_workbook(path)[name].iter_rows(values_only=True)]


def test_folder_batch_then_period_batch_write_the_summary_and_ranking(
    queue_settings, job_settings, tmp_path: Path
) -> None:
    settings = job_settings(queue_settings)
    out = tmp_path / "汇总表.xlsx"
    result = CliRunner().invoke(
        app,
        [
            "batch",
            str(_folder(tmp_path / "县域")),
            "--by-agency",
            "--local-workers",
            "1",
            "--timeout",
            "90",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    with open_database(settings).session() as session:
        cases = {case.files[0].name: case for case in list_cases(session, limit=10)[0]}
    assert {c.status for c in cases.values()} == {"drafted", "failed"}

    header, *rows = _sheet(out, "汇总表")
    assert header == ("序号", "执法机关", "案号", "结案日期", "状态", "得分", "等次", "主要问题")
    by_score = {row[5]: row for row in rows if row[5] is not None}
    for name in ("case-04-market-missing-docs.pdf", "case-05-market-late.pdf", "case-02-environment.pdf"):
        row = by_score[cases[name].score]
        assert row[1] == cases[name].agency.name and row[4] == "已出草稿" and row[2] == cases[name].case_number
    assert "立案" in by_score[cases["case-04-market-missing-docs.pdf"].score][7]  # misses the 立案审批表
    broken = next(row for row in rows if row[5] is None)
    assert broken[1:2] == (ENVIRONMENT,) and broken[4] == "处理失败"

    ranking_header, *ranking = _sheet(out, "排名")
    assert ranking_header == ("排名", "执法机关", "案卷数", "已评查", "平均分", "不合格数", "不合格率")
    market_mean = round(
        (cases["case-04-market-missing-docs.pdf"].score + cases["case-05-market-late.pdf"].score) / 2, 2
    )
    expected = sorted(
        [(MARKET, 2, 2, market_mean), (ENVIRONMENT, 2, 1, cases["case-02-environment.pdf"].score)],
        key=lambda item: -item[3],
    )
    assert [row[1:5] for row in ranking] == expected and [row[0] for row in ranking] == [1, 2]
    assert all(row[5] == 0 and row[6] == 0 for row in ranking)  # every sample scores 合格 or better

    # Then a period batch over the stored cases: case-05 closed on 2023-05-26; case-04 has no closing report,
    # hence no closing date, hence is in no period.
    period_out = tmp_path / "period.xlsx"
    result = CliRunner().invoke(
        app,
        [
            "batch",
            "--agency",
            MARKET,
            "--from",
            "2023-05-01",
            "--to",
            "2023-05-31",
            "--timeout",
            "10",
            "--out",
            str(period_out),
        ],
    )
    assert result.exit_code == 0, result.output
    _header, *rows = _sheet(period_out, "汇总表")
    assert [(row[1], row[3].date().isoformat()) for row in rows] == [(MARKET, "2023-05-26")]
    unknown = CliRunner().invoke(
        app, ["batch", "--agency", "不存在的机关", "--from", "2023-01-01", "--out", str(period_out)]
    )
    assert unknown.exit_code != 0 and "找不到执法机关" in unknown.exception.user_message
