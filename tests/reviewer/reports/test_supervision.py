"""The supervision letter and the rectification ledger, built from real drafts of the committed samples."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from reviewer.reports.ledger_xlsx import LEDGER_HEAD, LedgerCase, rectification_xlsx
from reviewer.reports.supervision import LetterOptions, chinese_ordinal, problems_of, supervision_letter_docx

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


@lru_cache(maxsize=4)
def _draft(name: str) -> dict:
    _, draft = review([SAMPLES / f"{name}.pdf"], Settings())
    return draft.to_contract()


def _text(data: bytes) -> list[str]:
    return [p.text for p in Document(BytesIO(data)).paragraphs]


@pytest.mark.parametrize(
    ("number", "written"), [(1, "一"), (9, "九"), (10, "十"), (12, "十二"), (20, "二十"), (31, "三十一")]
)
def test_chinese_ordinals(number: int, written: str) -> None:
    assert chinese_ordinal(number) == written


def test_letter_lists_each_failed_check_as_yishi_ershi_with_the_reply_request() -> None:
    draft = _draft("case-04-market-missing-docs")
    failed = [f for f in draft["findings"] if f["status"] == "fail"]
    options = LetterOptions(
        issuer="嵩川市司法局",
        letter_number="嵩司监〔2024〕3号",
        reply_to="嵩川市司法局行政执法协调监督科",
        date=dt.date(2024, 3, 5),
        contact="王某，0379-1234567",
    )
    paragraphs = _text(supervision_letter_docx(draft, "嵩川市市场监督管理局", options))
    body = "\n".join(paragraphs)
    assert paragraphs[0] == "行政执法监督意见书" and paragraphs[1] == "嵩司监〔2024〕3号"
    assert paragraphs[2] == "嵩川市市场监督管理局："
    assert draft["facts"]["party"] in body
    points = [p for p in paragraphs if p[:2] in ("一是", "二是", "三是", "四是")]
    assert len(points) == len(failed) >= 2
    assert points[0].startswith("一是") and points[1].startswith("二是")
    assert failed[0]["message"].rstrip("。") in points[0]
    assert "30日内" in body and "嵩川市司法局行政执法协调监督科" in body
    assert "2024年3月5日" in paragraphs and f"{draft['score']:g}分" in body


def test_reviewer_comment_and_override_change_the_problems() -> None:
    draft = dict(_draft("case-01-market"))
    findings = [dict(f) for f in draft["findings"]]
    passed = next(f for f in findings if f["status"] == "pass")
    passed.update(status="fail", deducted=2.0)
    draft["findings"] = findings
    draft["corrections"] = [  # newest first, as the store lists them
        {"check_id": passed["check_id"], "comment": "送达回证缺少受送达人签名", "at": "2024-03-05T10:02:00Z"},
        {"check_id": passed["check_id"], "comment": "先记一笔", "at": "2024-03-05T10:01:00Z"},
    ]
    problems = problems_of(draft)
    assert [p.check_id for p in problems] == [passed["check_id"]]
    assert problems[0].text == "送达回证缺少受送达人签名" and problems[0].deducted == 2.0
    body = "\n".join(_text(supervision_letter_docx(draft, "某局")))
    assert f"一是{passed['check_name']}：送达回证缺少受送达人签名" in body


def test_letter_for_a_file_without_problems_says_so_and_asks_nothing() -> None:
    draft = dict(_draft("case-01-market"))
    draft["findings"] = [f for f in draft["findings"] if f["status"] != "fail"]
    body = "\n".join(_text(supervision_letter_docx(draft, "某局")))
    assert "未发现需要整改的问题" in body and "一是" not in body and "日内" not in body


def test_ledger_has_the_template_columns_and_one_row_per_problem() -> None:
    cases = [
        LedgerCase("嵩川市市场监督管理局", "嵩市监罚〔2023〕21号", _draft("case-04-market-missing-docs")),
        LedgerCase("嵩川市市场监督管理局", "嵩市监罚〔2023〕30号", _draft("case-05-market-late")),
    ]
    expected = sum(len(problems_of(c.draft)) for c in cases)
    data = rectification_xlsx(cases, reporter_unit="嵩川市司法局", reported_on=dt.date(2024, 3, 5))
    sheet = load_workbook(BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[2] == LEDGER_HEAD
    body = [r for r in rows[3:] if r[0] is not None]
    assert len(body) == expected >= 4
    assert [r[0] for r in body] == list(range(1, expected + 1))
    assert body[0][1].startswith("嵩市监罚〔2023〕21号：") and body[-1][1].startswith("嵩市监罚〔2023〕30号：")
    assert {r[3] for r in body} == {dt.datetime(2024, 4, 4)} and {r[4] for r in body} == {"未整改"}
    assert all(r[7].endswith("）") and "." not in r[7] for r in body)  # the check named in Chinese, not by its code
    assert "填报单位：嵩川市司法局" in rows[1]
