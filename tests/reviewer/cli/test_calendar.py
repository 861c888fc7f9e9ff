"""`reviewer calendar show|validate` through typer's CliRunner on the sub-app."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer.cli.calendar import calendar_app
from reviewer.core import calendar
from reviewer.core.holidays import BUNDLED_DIR
from reviewer.core.settings import get_settings

runner = CliRunner()


def test_show_a_shipped_year() -> None:
    result = runner.invoke(calendar_app, ["show", "2024"])
    assert result.exit_code == 0, result.output
    assert "2024.yaml" in result.output and "国办发明电〔2023〕7号" in result.output
    assert "春节：放假 2024年2月10日（周六）至2024年2月17日（周六），共 8 天" in result.output
    assert "调休上班：2024年2月4日（周日）、2024年2月18日（周日）" in result.output
    assert "元旦：放假 2023年12月30日" in result.output  # the 元旦 block reaching into the year before


def test_show_marks_unconfirmed_citations() -> None:
    result = runner.invoke(calendar_app, ["show", "2006"])
    assert result.exit_code == 0, result.output
    assert "未经核实" in result.output and "2005年12月31日（周六）" in result.output


def test_show_a_missing_year_says_what_to_add() -> None:
    result = runner.invoke(calendar_app, ["show", "2032"])
    assert result.exit_code == 2
    assert "缺少2032年" in result.output and "2032.yaml" in result.output and "REVIEWER_HOLIDAYS_DIR" in result.output


def test_show_a_supplied_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (BUNDLED_DIR / "2026.yaml").read_text(encoding="utf-8").replace("2026", "2032")
    text = text.replace("2025-12", "2031-12").replace("〔2025〕", "〔2031〕").replace("2025-11-04", "2031-11-04")
    (tmp_path / "2032.yaml").write_text(text, encoding="utf-8")
    assert runner.invoke(calendar_app, ["validate", str(tmp_path / "2032.yaml")]).exit_code == 2  # weekdays moved
    monkeypatch.setenv("REVIEWER_HOLIDAYS_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        result = runner.invoke(calendar_app, ["show", "2032"])
        assert result.exit_code == 2 and "调休上班日" in result.output and "2032.yaml:" in result.output
        (tmp_path / "2032.yaml").write_text(
            "year: 2032\nnotices:\n  - title: 测试用通知（虚构）\n    number: null\n    date: null\n"
            "holidays:\n  - name: 国庆节\n    off: [2032-10-01..2032-10-07]\n    work: [2032-10-09]\n",
            encoding="utf-8",
        )
        calendar.reload()
        result = runner.invoke(calendar_app, ["show", "2032"])
        assert result.exit_code == 0, result.output
        assert f"节假日文件 {tmp_path / '2032.yaml'}" in result.output and "未经核实" in result.output
        assert "国庆节：放假 2032年10月1日（周五）至2032年10月7日（周四），共 7 天" in result.output
        assert "调休上班：2032年10月9日（周六）" in result.output and "2033年的安排尚未收录" in result.output
    finally:
        monkeypatch.delenv("REVIEWER_HOLIDAYS_DIR")
        get_settings.cache_clear()
        calendar.reload()


def test_validate_good_and_bad(tmp_path: Path) -> None:
    good = runner.invoke(calendar_app, ["validate", str(BUNDLED_DIR / "2025.yaml")])
    assert good.exit_code == 0 and "校验通过" in good.output and "国办发明电〔2024〕12号" in good.output
    bad = tmp_path / "2027.yaml"
    bad.write_text("year: 2027\nnotices: []\nholidays:\n  - name: 春节\n    off: [2027-02-30]\n", encoding="utf-8")
    result = runner.invoke(calendar_app, ["validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:5:" in result.output and "不是有效日期" in result.output
    assert f"{bad}:2:" in result.output and "至少要列出一份通知" in result.output
