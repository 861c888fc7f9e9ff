"""Shared pieces of every instrument writer: titles, dates, numbers, signatures, labelled lines and forms."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from typing import Any

from . import wording
from .fmt import capitals, doc_number, figures, fmt_date, spaced
from .layout import CONTENT_W, PT
from .model import Cell, Gap, Instrument, Table, Text
from .plan import Plan

TYPE_CODES = {
    "filing_approval": ["立", "立字", "案立"],
    "prior_notice": ["罚告", "告", "罚告字"],
    "hearing_notice": ["听通", "听字"],
    "penalty_decision": ["罚", "罚决", "罚字"],
    "no_penalty_decision": ["不罚", "不罚字"],
    "enforcement": ["催", "催告"],
    "court": ["强申", "执申"],
    "major_filing": ["备", "重备"],
    "legal_review": ["法审", "审"],
    "preservation": ["先保", "保"],
    "seizure": ["强措", "扣"],
    "order": ["责改", "限改"],
    "extension": ["延", "延期"],
}


class WriterBase:
    def __init__(self, plan: Plan):
        self.p = plan
        self.r = random.Random(plan.seed * 7919 + 17)
        self.st = plan.style
        self.a = plan.agency
        self.s = plan.scenario
        self.numbers: dict[str, str] = {}

    # ── small things ──────────────────────────────────────────────────────────────────────
    def w(self, key: str, **fill: object) -> str:
        base: dict[str, object] = {"short": self.p.short, "you": self.p.you(), "party": self.p.party.name}
        base.update(fill)
        return wording.choose(key, self.r, **base)

    def d(self, day: date | None, group: str = "form") -> str:
        return fmt_date(day, self.st.date_style(group))

    def fill(self, template: str) -> str:
        v = dict(self.p.values)
        dd = self.p.dates
        for key in ("act_start", "act_end", "act_date", "discovered", "order_date"):
            if dd.get(key):
                v[key] = fmt_date(dd[key], "cn")
        if dd.get("act_date"):
            v["act_date_short"] = f"{dd['act_date'].month}月{dd['act_date'].day}日"
        v["discovered"] = fmt_date(dd.get("discovered"), "cn") if dd.get("discovered") else ""
        v["short"] = self.p.short
        v["party"] = self.p.party.name
        return template.format(**v)

    def review_text(self) -> str:
        """The agency's 复核 of the party's defence (partly adopted when the decision is lighter than the notice)."""
        p = self.p
        if p.fine and p.notice_fine and p.fine < p.notice_fine:
            return (
                f"当事人提出的已整改情况经核实属实，本{p.short}部分采纳其意见，将拟处罚款由{figures(p.notice_fine)}元"
                f"调整为{figures(p.fine)}元"
            )
        return self.fill(self.s.review)

    def number(self, kind: str) -> str:
        """The 文号 of an outward instrument, the same wherever it is cited."""
        if kind not in self.numbers:
            year = (self.p.dates.get("decided") or self.p.dates["discovered"]).year
            if kind in ("filing_approval", "preservation", "seizure", "order", "extension"):
                year = (self.p.dates.get("filed") or self.p.dates["discovered"]).year
            if kind == "order":
                year = self.p.dates["order_date"].year
            serial = self.p.serials.setdefault(kind, self.r.randint(3, 240))
            code = self.r.choice(TYPE_CODES[kind])
            number = doc_number(self.a.prefix + code, year, serial, self.st.bracket)
            if code.endswith("字") and self.r.random() < 0.5:
                number = number[: -len(f"{serial}号")] + f"第{serial}号"
            self.numbers[kind] = number
        return self.numbers[kind]

    def money(self, amount: Decimal, style: str | None = None) -> str:
        style = style or self.r.choice(["both", "both", "cap_fig", "fig"])
        if style == "both":
            return f"人民币{capitals(amount)}（¥{figures(amount, 'cents')}）"
        if style == "cap_fig":
            return f"{capitals(amount)}（{figures(amount)}元）"
        return f"{figures(amount, 'comma' if amount >= 10000 else 'plain')}元"

    def hw(self, text: str) -> str:
        """Half-width punctuation, as some clerks type it."""
        if self.r.random() < self.st.halfwidth:
            return text.replace("：", ":").replace("，", ",").replace("（", "(").replace("）", ")")
        return text

    def breaks(self, text: str) -> str:
        """Sometimes a typed line break inside a sentence, now and then just before its full stop."""
        if len(text) < 30 or self.r.random() >= self.st.hard_breaks:
            return text
        if text.endswith("。") and self.r.random() < 0.5:
            return text[:-1] + "\n。"
        cuts = [i for i in range(8, len(text) - 6) if not (text[i - 1].isascii() and text[i].isascii())]
        cut = self.r.choice(cuts) if cuts else len(text) // 2
        return text[:cut] + "\n" + text[cut:]

    # ── blocks ────────────────────────────────────────────────────────────────────────────
    def para(self, text: str, size: float | None = None, indent: float = 2, leading: float = 1.7, **kw: Any) -> Text:
        return Text(self.breaks(text), size or self.st.decision_size, indent=indent, leading=leading, **kw)

    def title(self, kind: str, base: str, size: float = 22.0, allow: tuple[str, ...] | None = None) -> tuple[list, str]:
        """Title blocks in the case's style; returns (blocks, the title as written)."""
        shape = self.st.titles.get(kind, "plain")
        if allow and shape not in allow:
            shape = "plain"
        if shape == "spaced":
            if self.r.random() < 0.5:
                written = spaced(base, self.r.choice([" ", " ", "　"]))
                return [Text(written, size, "center", bold=True, after=2)], written
            return [Text(base, size, "center", bold=True, spacing=min(8.0, 40.0 / len(base)), after=2)], base
        if shape == "prefix":
            written = self.a.name + base
            fit = min(size, (CONTENT_W - 4) / (len(written) * PT))
            return [Text(written, round(fit, 1), "center", bold=True, after=2)], written
        if shape == "agency_line":
            return [
                Text(self.a.name, min(size - 2, 20), "center", bold=True),
                Text(base, size, "center", bold=True, after=2),
            ], base
        if shape == "split" and len(base) >= 7:
            cut = 4 if base.startswith("行政处罚") else len(base) // 2
            if base.startswith("行政处罚事先"):
                cut = 6
            return [
                Text(self.a.name, size - 4, "center", bold=True),
                Text(base[:cut] + "\n" + base[cut:], size, "center", bold=True, after=2),
            ], base
        return [Text(base, size, "center", bold=True, after=2)], base

    def number_line(self, kind: str, size: float = 14.0) -> Text:
        return Text(self.number(kind), size, self.r.choice(["center", "right", "center"]), before=1, after=3)

    def signature(self, day: date | None, group: str, size: float | None = None, seal: bool = True) -> list:
        """The agency's name, the seal marker and the date at the foot of an outward instrument."""
        size = size or self.st.decision_size
        lines = [self.a.name]
        if seal and self.st.seal_mode == "marker":
            lines.insert(self.r.choice([0, 1]), self.st.seal_marker)
        lines.append(self.d(day, group))
        return [Gap(6), Text("\n".join(lines), size, "right", leading=1.6, seal=seal, keep=True)]

    def label_line(self, label: str, value: str, size: float = 12.0, **kw: Any) -> Text:
        return Text(self.hw(f"{label}：{value}"), size, leading=1.75, **kw)

    def form(
        self,
        rows: list[list[Cell]],
        widths: list[float],
        size: float = 11.0,
        title: str | None = None,
        title_size: float = 16.0,
    ) -> Table:
        """A form as a table; with title, the title is printed in the table's first row."""
        if title:
            rows = [[Cell(title, span=len(widths), align="center", bold=True, min_h=13.0)], *rows]
        return Table(widths, rows, size=size)

    def form_title(self, kind: str, base: str, size: float = 18.0) -> tuple[list, str, bool]:
        """Title of a form: above the table (blocks) or inside it (in_table True)."""
        shape = self.st.titles.get(kind, "plain")
        if shape == "table":
            return [Text(self.a.name, 12, "center", after=1)], base, True
        blocks, written = self.title(kind, base, size, allow=("plain", "prefix", "spaced", "agency_line"))
        return blocks, written, False

    def seal_cell_text(self, day: date | None, group: str = "receipt") -> str:
        """The agency and date in a form's seal cell, with the printed marker when the case prints one."""
        marker = f"\n{self.st.seal_marker}" if self.st.seal_mode == "marker" else ""
        return f"{self.a.name}{marker}\n{self.d(day, group)}"

    def person_sign(self, who: str, day: date | None, group: str = "record") -> str:
        return f"{who}：{' ' * 10}{self.d(day, group)}"

    # ── references to the case ───────────────────────────────────────────────────────────
    def case_name(self) -> str:
        return f"{self.p.party.name}{self.s.cause}案"

    def evidence(self) -> list[tuple[str, str]]:
        """The scenario's evidence; surveillance footage is long gone when the act is years old."""
        items = list(self.s.evidence)
        if self.p.sched.get("stale"):
            items = [(n, w) for n, w in items if "监控" not in n]
        return items

    def violated(self) -> str:
        return "、".join(law.cite() for law in self.s.violated)

    def basis(self) -> str:
        if "basis_vague" in self.p.flags:
            return self.s.basis_short
        return "、".join(law.cite() for law in self.s.basis)

    def penalty_items(self, fine: Decimal | None = None, style: str | None = None) -> list[str]:
        """The penalties, one item each."""
        p = self.p
        fine = p.fine if fine is None else fine
        items = []
        if p.warning:
            items.append("警告")
        if p.confiscation:
            items.append(f"没收违法所得{self.money(p.confiscation, style)}")
        if fine:
            items.append(f"罚款{self.money(fine, style)}")
        if p.suspension_days:
            items.append(self.s.suspension.format(days=p.suspension_days))
        if self.s.key == "la_occupation":
            items.insert(
                0, "责令退还非法占用的土地，限期十五日内拆除在非法占用土地上新建的建筑物和其他设施，恢复土地原状"
            )
        return items

    def penalty_phrase(self, fine: Decimal | None = None) -> str:
        return "、".join(self.penalty_items(fine, "fig"))

    def numbered(self, items: list[str], size: float | None = None, style: str | None = None) -> list[Text]:
        style = style or self.r.choice(["cn", "arabic", "paren"])
        marks = {"cn": "一二三四五六七八九", "arabic": "123456789", "paren": "123456789"}[style]
        out = []
        for i, item in enumerate(items):
            head = {"cn": f"{marks[i]}、", "arabic": f"{marks[i]}.", "paren": f"（{marks[i]}）"}[style]
            out.append(self.para(head + item + ("；" if i < len(items) - 1 else "。"), size))
        return out

    def inst(
        self,
        kind: str,
        title: str,
        blocks: list,
        day: date | None = None,
        number: str | None = None,
        name: str | None = None,
        **kw: Any,
    ) -> Instrument:
        return Instrument(
            kind, title, blocks, doc_number=number, date=day, name=name or title, responsible=self.a.name, **kw
        )
