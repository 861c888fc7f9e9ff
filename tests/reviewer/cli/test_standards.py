"""`reviewer standards list|show|validate` through typer's CliRunner on the sub-app."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checklists.standards import STANDARDS_DIR
from reviewer.cli.standards import standards_app

runner = CliRunner()


def test_list() -> None:
    result = runner.invoke(standards_app, ["list"])
    assert result.exit_code == 0, result.output
    assert "henan-2022" in result.output and "national-2021" in result.output
    assert "河南省行政处罚案卷评查标准（2022年版）" in result.output


def test_show_states_implementation() -> None:
    result = runner.invoke(standards_app, ["show", "henan-2022"])
    assert result.exit_code == 0, result.output
    assert "docs.prior_notice" in result.output and "否决" in result.output
    assert "未实现" in result.output
    assert "10,000 元" in result.output and "100,000 元" in result.output


def test_show_unknown_id_exits_2() -> None:
    result = runner.invoke(standards_app, ["show", "nowhere-1999"])
    assert result.exit_code == 2
    assert "找不到评查标准" in result.output


def test_validate_good_file() -> None:
    result = runner.invoke(standards_app, ["validate", str(STANDARDS_DIR / "national-2021.yaml")])
    assert result.exit_code == 0, result.output
    assert "校验通过" in result.output


def test_validate_bad_file_exits_2(tmp_path: Path) -> None:
    text = (STANDARDS_DIR / "henan-2022.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("- id: docs.prior_notice\n", "- id: docs.prior_notise\n"), encoding="utf-8")
    result = runner.invoke(standards_app, ["validate", str(bad)])
    assert result.exit_code == 2
    assert str(bad) in result.output and "docs.prior_notise" in result.output and "无效" in result.output


def test_show_marks_registered_predicates(monkeypatch: pytest.MonkeyPatch) -> None:
    from checklists import registry
    from checklists.standards import load_standard

    checks = [check.id for check in load_standard("national-2021").checks]
    monkeypatch.setattr(registry, "PREDICATES", {"docs.prior_notice": lambda *args: None})
    result = runner.invoke(standards_app, ["show", "national-2021"])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if line.strip().endswith("docs.prior_notice"))
    assert line.strip().startswith("行政处罚事先告知") and "已实现" in line and "未实现" not in line
    other = next(line for line in result.output.splitlines() if line.strip().endswith("docs.filing_approval"))
    assert other.strip().startswith("立案审批表") and "未实现" in other
    assert f"共 {len(checks)} 项检查，已实现 1 项，未实现 {len(checks) - 1} 项" in result.output
