"""`reviewer review FILE --scope decision`: the decision standard's draft, or a refusal with exit code 2."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from reviewer.cli.main import app
from tests.reviewer.pipeline.test_scope import DECISION

runner = CliRunner()


def test_review_with_decision_scope_prints_decision_draft(make_pdf: Callable[..., Path]) -> None:
    pdf = make_pdf("decision.pdf", [DECISION])
    result = runner.invoke(app, ["review", str(pdf), "--scope", "decision", "--format", "json"])
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert draft["scope"] == "decision" and draft["standard"]["id"] == "decision-2021"
    assert draft["score"] is not None and all(
        f["status"] != "not_applicable" or f["check_id"] for f in draft["findings"]
    )
    assert len(draft["findings"]) == 10


def test_review_without_a_decision_exits_2(make_pdf: Callable[..., Path]) -> None:
    notice = make_pdf("notice.pdf", [["# 行政处罚告知书", "当事人：某公司", "拟作出罚款2000元的行政处罚。"]])
    result = runner.invoke(app, ["review", str(notice), "--scope", "decision"])
    assert result.exit_code == 2
    assert "未找到行政处罚决定书" in result.output
