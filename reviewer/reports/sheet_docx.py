"""The 评查表 as a Word document, laid out like the paper form evaluators fill in: case facts on top, one row
per check (分值 / 扣分 / 扣分理由 / 页码), the total and grade, and blank lines for the signature and date."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from checklists.standards import load_standard

_STATUS = {"fail": "扣分", "pass": "符合", "unknown": "待核查", "not_applicable": "不适用"}
_HEAD = ("序号", "评查项目", "分值", "结论", "扣分", "扣分理由", "页码")


def render_docx(draft: dict[str, Any]) -> bytes:
    """Build the 评查表 of one case from its contract dict."""
    standard = load_standard(draft["standard"]["id"])
    document = Document()
    _title(document, "行政处罚案卷评查表")
    _facts_table(document, draft, standard.standard.name)
    _checks_table(document, draft, {check.id: check for check in standard.checks})
    grade = draft["grade"] or "待定（尚有需人工核查的项目）"
    document.add_paragraph(f"总分：{draft['score']:g} 分　　等级：{grade}")
    if draft["veto"]:
        document.add_paragraph(f"否决项：{'、'.join(draft['veto'])}")
    document.add_paragraph("评查人（签名）：____________　　复核人（签名）：____________")
    document.add_paragraph("日期：　　　　年　　月　　日")
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _title(document: Any, text: str) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(18)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _facts_table(document: Any, draft: dict[str, Any], standard_name: str) -> None:
    decision = next((i for i in draft["instruments"] if i["kind"] in ("penalty_decision", "onsite_decision")), None)
    facts = draft["facts"]
    rows = [
        ("案卷", draft["case_id"]),
        ("评查标准", standard_name),
        ("当事人", facts["party"] or "未识别"),
        ("决定书文号", (decision or {}).get("doc_number") or "未识别"),
        ("程序", {"general": "普通程序", "simple": "简易程序"}.get(draft["procedure"] or "", "未识别")),
        ("罚款（元）", facts["fine_yuan"] or "—"),
        ("页数", str(draft["pages"])),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, rows, strict=False):
        row.cells[0].text, row.cells[1].text = label, value


def _checks_table(document: Any, draft: dict[str, Any], checks: dict[str, Any]) -> None:
    table = document.add_table(rows=1, cols=len(_HEAD))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, _HEAD, strict=False):
        cell.text = text
    for number, finding in enumerate(draft["findings"], start=1):
        check = checks.get(finding["check_id"])
        points = "否决" if check is not None and check.veto else f"{check.points:g}" if check else ""
        pages = "、".join(sorted({str(e["page"]) for e in finding["evidence"]}, key=int))
        reason = finding["message"] if finding["status"] in ("fail", "unknown") else ""
        values = (
            str(number),
            f"{finding['category']}：{finding['check_id']}",
            points,
            _STATUS.get(finding["status"], finding["status"]),
            f"{finding['deducted']:g}",
            reason,
            pages,
        )
        for cell, text in zip(table.add_row().cells, values, strict=False):
            cell.text = text
