"""A self-contained HTML view of a draft for evaluators (Chinese, no external assets)."""

from __future__ import annotations

from html import escape
from typing import Any

from reviewer.core.grading import provisional_note as note_for
from reviewer.core.kinds import kind_name

_TIMELINE_LABELS = {
    "discovered": "案件来源",
    "filed": "立案",
    "investigated": "调查取证",
    "investigation_reported": "调查终结",
    "legal_reviewed": "法制审核",
    "discussed": "集体讨论",
    "notified": "事先告知",
    "notice_served": "告知书送达",
    "statement": "陈述申辩",
    "hearing": "听证",
    "approved": "处罚审批",
    "decided": "处罚决定",
    "served": "决定书送达",
    "paid": "缴纳罚款",
    "closed": "结案",
    "reported": "重大处罚备案",
}
_STATUS = {"fail": "扣分", "pass": "通过", "unknown": "待人工核实", "not_applicable": "不适用"}
_STYLE = """body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:4px 8px;text-align:left}
th{background:#f0f0f0}.muted{color:#777}.error{color:#b00}"""


def render_html(draft: dict[str, Any]) -> str:
    """Render the contract dict of a draft as one HTML page."""
    score_text = _score_text(draft)
    parts = [
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>",
        f"<title>评查草稿 {escape(draft['case_id'])}</title><style>{_STYLE}</style></head><body>",
        f"<h1>行政处罚案卷评查草稿：{escape(draft['case_id'])}</h1>",
        (
            f"<p>评查标准：{escape(draft['standard']['id'])}　程序：{_procedure(draft['procedure'])}　"
            f"页数：{draft['pages']}　得分：{score_text}</p>"
        ),
        f"<p class='muted'>{escape(_registers_text(draft.get('registers')))}</p>",
        _errors(draft["errors"]),
        _facts(draft["facts"]),
        "<h2>卷内文书</h2>",
        _instruments(draft["instruments"]),
        "<h2>办案时间线</h2>",
        _timeline(draft["timeline"]),
        "<h2>评查项目</h2>",
        _findings(draft["findings"]),
        f"<p class='muted'>{escape(draft['engine_version'])}</p></body></html>",
    ]
    return "".join(parts)


def _score_text(draft: dict[str, Any]) -> str:
    score, grade, low_high = draft["score"], draft["grade"], draft.get("score_range")
    if score is None:
        return "尚未评分"
    text = f"{score:g} 分"
    if draft["veto"]:
        names = draft.get("check_names") or {}
        vetoed = "、".join(names.get(check_id, check_id) for check_id in draft["veto"])
        return f"{text}（{escape(grade or '')}：否决项 {escape(vetoed)}）"
    if grade is None and low_high:
        text = (
            f"{text}（等级待定：{len(draft['needs_review'])} 项需人工核查，得分区间 {low_high[0]:g}–{low_high[1]:g}）"
        )
        provisional = draft.get("provisional_grade")
        return f"{text}{_provisional_text(draft)}" if provisional else text
    return f"{text}（{escape(grade or '')}）"


def provisional_note(draft: dict[str, Any]) -> str:
    """The 预评等级 sentence: the grade the open items imply if they pass, said so nobody takes it as settled."""
    names = [f.get("check_name") or f["check_id"] for f in draft["findings"] if f["status"] == "unknown"]
    return note_for(draft.get("provisional_grade"), names) or ""


def _provisional_text(draft: dict[str, Any]) -> str:
    note = provisional_note(draft)
    return f"<br><strong class='provisional'>{escape(note)}</strong>" if note else ""


def _registers_text(ref: dict[str, Any] | None) -> str:
    """Which registers the register checks read: stored versions or files; saying so when none was loaded."""
    if not ref:
        return "登记册：未加载（执法主体资格、执法人员资格两项须人工核查）"
    parts = [
        f"{name}第 {ref[kind]} 版"
        for kind, name in (("bodies", "执法主体清单"), ("certificates", "执法证登记册"))
        if ref.get(kind)
    ]
    parts += [f"文件 {name}" for name in ref.get("files") or []]
    return "登记册：" + "、".join(parts)


def _procedure(value: str | None) -> str:
    return {"general": "普通程序", "simple": "简易程序"}.get(value or "", "未识别")


def _facts(facts: dict[str, Any]) -> str:
    kinds = {"organisation": "单位", "citizen": "公民"}
    party = escape(facts["party"] or "未识别")
    kind = kinds.get(facts.get("party_type") or "", "")
    fine = f"{facts['fine_yuan']} 元" if facts["fine_yuan"] else "未识别"
    confiscation = f"；没收 {facts['confiscation_yuan']} 元" if facts.get("confiscation_yuan") else ""
    return f"<p>当事人：{party}{f'（{kind}）' if kind else ''}　罚款：{fine}{confiscation}</p>"


def _instruments(rows: list[dict[str, Any]]) -> str:
    body = "".join(
        f"<tr><td>{n}</td><td>{escape(kind_name(r['kind']))}</td><td>{escape(r['title'] or '（无标题）')}</td>"
        f"<td>{r['first_page']}–{r['last_page']}</td><td>{escape(r['doc_number'] or '')}</td><td>{r['date'] or ''}</td></tr>"
        for n, r in enumerate(rows, start=1)
    )
    return f"<table><tr><th>序号</th><th>文书种类</th><th>标题</th><th>页码</th><th>文号</th><th>日期</th></tr>{body}</table>"


def _timeline(timeline: dict[str, str | None]) -> str:
    body = "".join(
        f"<tr><td>{_TIMELINE_LABELS.get(key, key)}</td><td>{value or '<span class=muted>未见</span>'}</td></tr>"
        for key, value in timeline.items()
    )
    return f"<table><tr><th>环节</th><th>日期</th></tr>{body}</table>"


def _findings(findings: list[dict[str, Any]]) -> str:
    if not findings:
        return "<p class='muted'>暂无评查结果：检查项随评查标准加载后生成。</p>"
    order = {"unknown": 0, "fail": 1, "pass": 2, "not_applicable": 3}  # open items first
    body = "".join(
        f"<tr><td title='{escape(f['check_id'])}'>{escape(f.get('check_name') or f['check_id'])}</td>"
        f"<td>{_STATUS.get(f['status'], f['status'])}</td>"
        f"<td>{f['deducted']:g}</td><td>{escape(f['message'])}</td><td>{_evidence(f['evidence'])}</td></tr>"
        for f in sorted(findings, key=lambda f: order.get(f["status"], 9))
    )
    return f"<table><tr><th>评查项目</th><th>结论</th><th>扣分</th><th>说明</th><th>证据</th></tr>{body}</table>"


def _evidence(items: list[dict[str, Any]]) -> str:
    return "<br>".join(f"第{e['page']}页：{escape(e['quote'])}" for e in items)


def _errors(errors: list[dict[str, Any]]) -> str:
    if not errors:
        return ""
    items = "".join(f"<li>{escape(e['source'])}：{escape(e['message'])}</li>" for e in errors)
    return f"<div class='error'><h2>未能读取的文件</h2><ul>{items}</ul></div>"
