"""decision.citation_current over decisions read alone: stale numbers, abolished bodies, the 2024 复议 body."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from tests.reviewer.pipeline.test_scope import DECISION

SURCHARGE = "逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第{n}条的规定，每日按罚款数额的百分之三加处罚款。"


def _status(make_pdf: Callable[..., Path], lines: list[str]) -> tuple[str, str]:
    _, draft = review([make_pdf("d.pdf", [lines])], Settings(), scope="decision")
    finding = next(f for f in draft.findings if f.check_id == "decision.citation_current")
    return finding.status, finding.message


@pytest.mark.parametrize(("article", "status"), [("五十一", "fail"), ("七十二", "pass")])
def test_surcharge_article(make_pdf: Callable[..., Path], article: str, status: str) -> None:
    lines = [*DECISION[:-2], SURCHARGE.format(n=article), *DECISION[-2:]]
    got, message = _status(make_pdf, lines)
    assert got == status, message
    if status == "fail":
        assert "第72条" in message


def test_review_at_the_superior_department_after_2024(make_pdf: Callable[..., Path]) -> None:
    lines = [line.replace("向嵩川市人民政府", "向嵩州市市场监督管理局") for line in DECISION]
    got, message = _status(make_pdf, lines)
    assert got == "fail" and "本级人民政府" in message
    older = [line.replace("2024", "2023") for line in lines]
    assert _status(make_pdf, older)[0] == "pass"


def test_abolished_body(make_pdf: Callable[..., Path]) -> None:
    lines = [line.replace("向嵩川市人民政府", "向嵩川市工商行政管理局") for line in DECISION]
    got, message = _status(make_pdf, lines)
    assert got == "fail" and "工商行政管理局" in message
