"""The 评查表 states the 预评等级 under the grade while the grade is 待定, and only then."""

from __future__ import annotations

import io

from docx import Document

from checklists.standards import load_standard
from reviewer.reports.sheet import build_sheet
from reviewer.reports.sheet_docx import render_docx


def _text(data: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def test_an_open_grade_prints_its_provisional_grade(sample_draft) -> None:
    contract = sample_draft("case-01-market.pdf").to_contract()
    assert contract["grade"] is None and contract["provisional_grade"] == "优秀"
    sheet = build_sheet(contract, load_standard("henan-2022"))
    assert sheet.provisional_note == contract["provisional_note"]
    text = _text(render_docx(contract))
    assert "评定等级：待定" in text and "预评等级：优秀（仅在待核查的" in text and "并非评定等级" in text


def test_a_settled_grade_prints_none(sample_draft) -> None:
    contract = sample_draft("case-06-market-hearing.pdf").to_contract()
    assert contract["grade"] == "不合格" and contract["provisional_grade"] is None
    assert build_sheet(contract, load_standard("henan-2022")).provisional_note is None
    assert "预评等级" not in _text(render_docx(contract))
