"""`reviewer registers import|list|show` and `reviewer review --registers`, through the real CLI app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer.cli.main import app
from reviewer.core.settings import get_settings

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


@pytest.fixture
def data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REVIEWER_DATABASE_URL", "")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_list_and_show_keep_every_version(data_dir: Path) -> None:
    first = _write(data_dir, "主体1.csv", "主体名称,执法依据\n甲局,《商标法》\n")
    second = _write(data_dir, "主体2.csv", "主体名称,执法依据\n甲局,《商标法》\n乙局,《广告法》\n")
    runner = CliRunner()
    one = runner.invoke(app, ["registers", "import", str(first), "--note", "首版"])
    assert one.exit_code == 0, one.output
    assert "已导入执法主体清单第 1 版：1 条" in one.output
    assert runner.invoke(app, ["registers", "import", str(second), "--kind", "bodies"]).exit_code == 0
    listed = runner.invoke(app, ["registers", "list", "--kind", "bodies"])
    versions = json.loads(listed.stdout)
    assert [(v["id"], v["rows"], v["current"]) for v in versions] == [(2, 2, True), (1, 1, False)]
    shown = json.loads(runner.invoke(app, ["registers", "show", "1"]).stdout)
    assert shown["note"] == "首版" and [e["name"] for e in shown["entries"]] == ["甲局"]
    missing = runner.invoke(app, ["registers", "show", "9"])
    assert missing.exit_code == 2 and "找不到第 9 版登记册" in missing.output


def test_a_malformed_register_is_refused_row_by_row(data_dir: Path) -> None:
    bad = _write(data_dir, "证件.csv", "姓名,执法证号,所在单位,有效期止\n王丽,1,甲局,2025-02-30\n,2,甲局,\n")
    result = CliRunner().invoke(app, ["registers", "import", str(bad)])
    assert result.exit_code == 2
    assert "第2行：有效期止“2025-02-30”不是有效日期" in result.output
    assert "第3行：缺少“姓名”" in result.output
    assert "未导入任何一行" in result.output
    listed = CliRunner().invoke(app, ["registers", "list"])
    assert json.loads(listed.stdout) == []
    assert CliRunner().invoke(app, ["registers", "import", str(bad), "--kind", "x"]).exit_code == 2


def test_review_names_the_registers_it_read(data_dir: Path) -> None:
    folder = data_dir / "registers"
    folder.mkdir()
    _write(
        folder, "bodies.csv", "主体名称,执法依据\n嵩川市嵩北区城市管理综合行政执法局,《城市市容和环境卫生管理条例》\n"
    )
    _write(folder, "readme.txt", "not a register")
    case = str(SAMPLES / "case-03-simple.pdf")
    result = CliRunner().invoke(app, ["review", case, "--registers", str(folder)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["registers"] == {"bodies": None, "certificates": None, "files": ["bodies.csv"]}
    plain = CliRunner().invoke(app, ["review", case])
    assert json.loads(plain.stdout)["registers"] is None
    empty = CliRunner().invoke(app, ["review", case, "--registers", str(data_dir / "nothing")])
    assert empty.exit_code == 2


def test_review_with_the_stored_registers_names_their_versions(data_dir: Path) -> None:
    bodies = _write(data_dir, "bodies.csv", "主体名称,执法依据\n甲局,《商标法》\n")
    runner = CliRunner()
    assert runner.invoke(app, ["registers", "import", str(bodies)]).exit_code == 0
    result = runner.invoke(app, ["review", str(SAMPLES / "case-03-simple.pdf"), "--stored-registers"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["registers"] == {"bodies": 1, "certificates": None, "files": []}


def test_the_html_draft_names_the_registers_it_read(data_dir: Path) -> None:
    case = str(SAMPLES / "case-01-market.pdf")
    with_files = CliRunner().invoke(
        app, ["review", case, "--format", "html", "--registers", str(SAMPLES / "registers")]
    )
    assert with_files.exit_code == 0, with_files.output
    assert "登记册：文件 bodies.csv、文件 certificates.csv" in with_files.stdout
    assert "预评等级" not in with_files.stdout  # every check settled: the grade itself is given
    plain = CliRunner().invoke(app, ["review", case, "--format", "html"]).stdout
    assert "登记册：未加载" in plain and "预评等级：优秀" in plain
