"""Decisions: 行政处罚决定书, 不予行政处罚决定书, 当场行政处罚决定书 (简易程序)."""

from __future__ import annotations

from decimal import Decimal

from .fmt import capitals, figures, fmt_date
from .layout import CONTENT_W
from .model import Block, Cell, Table, Text
from .w_notice import NoticeWriter

MISMATCH = {Decimal(1): Decimal(2)}


class DecisionWriter(NoticeWriter):
    def _party_block(self, size: float) -> list:
        pt = self.p.party
        hide = "decision_no_id" in self.p.flags
        if pt.org:
            rows = [
                ("当事人", pt.name),
                ("统一社会信用代码", None if hide else pt.code),
                ("住所", pt.address),
                ("法定代表人", pt.person),
            ]
        else:
            rows = [
                ("当事人", pt.name),
                ("性别", pt.sex),
                ("身份证号码", None if hide else pt.code),
                ("住址", pt.address),
                ("联系电话", pt.phone),
            ]
        rows = [(k, v) for k, v in rows if v]
        if self.r.random() < 0.6:
            return [Text(self.hw(f"{k}：{v}"), size, leading=1.7) for k, v in rows]
        text = "，".join(f"{k}：{v}" for k, v in rows) + "。"
        return [self.para(text, size, indent=0)]

    def _source_sentence(self) -> str:
        p, dd = self.p, self.p.dates
        how = {
            "inspection": "执法人员在检查中发现",
            "complaint": "本" + p.short + "接到举报，反映",
            "referral": "本" + p.short + "收到有关部门移送线索，反映",
            "assigned": "本" + p.short + "收到上级交办线索，反映",
        }[p.source]
        text = f"{fmt_date(dd['discovered'], 'cn')}，{how}当事人涉嫌{self.s.cause}。"
        if dd.get("filed"):
            text += self.r.choice(
                [
                    f"{fmt_date(dd['filed'], 'cn')}，本{p.short}依法立案调查。",
                    f"经批准，本{p.short}于{fmt_date(dd['filed'], 'cn')}立案调查。",
                ]
            )
        return text

    def _decided_items(self, size: float) -> list[Text]:
        p = self.p
        items = self.penalty_items()
        if "caps_mismatch" in p.flags and p.fine:
            wrong = p.fine + Decimal(p.notes.get("caps_delta", 5000))
            fig = figures(p.fine, "cents")
            items = [it if not it.startswith("罚款") else f"罚款人民币{capitals(wrong)}（¥{fig}）" for it in items]
        return self.numbered(items, size) if len(items) > 1 else [self.para(items[0] + "。", size)]

    # ── 行政处罚决定书 ─────────────────────────────────────────────────────────────────────
    def penalty_decision(self):
        p, dd = self.p, self.p.dates
        day = dd["decided"]
        size = self.st.decision_size
        blocks, written = self.title("penalty_decision", "行政处罚决定书")
        number = None
        if "decision_no_number" in p.flags:
            blocks.append(Text(f"{self.a.prefix}罚〔　　〕　号", 14, "center", after=3))
        else:
            number = self.number("penalty_decision")
            blocks.append(self.number_line("penalty_decision"))
        blocks += self._party_block(size)
        blocks.append(self.para(self._source_sentence(), size))
        blocks.append(self.para(self.w("decision_facts_lead") + self.fill(self.s.facts) + "。", size))
        blocks.append(self.para(self.w("evidence_lead"), size))
        blocks += self.numbered([f"{name}，证明{proves}" for name, proves in self.evidence()], size, style="arabic")
        rights = self.w("rights_word")
        offered = (p.hearing_eligible and "notice_no_hearing" not in p.flags) or "hearing_offered" in p.traps
        eligible_part = self.w("hearing_part") if offered else ""
        if p.has_notice:
            nd = self.d(dd["notified"], "cn")
            blocks.append(
                self.para(
                    self.w(
                        "notice_done",
                        notified=nd,
                        served=self.d(dd["notice_served"], "cn"),
                        notice_title=p.notes.get("notice_title", "行政处罚事先告知书"),
                        notice_no=self.numbers.get("prior_notice", ""),
                        rights=rights,
                        hearing_part=eligible_part,
                    ),
                    size,
                )
            )
            if p.hearing == "held":
                blocks.append(
                    self.para(
                        self.w(
                            "hearing_held",
                            hearing=self.d(dd["hearing"], "cn"),
                            hearing_requested=self.d(dd["hearing_requested"], "cn"),
                            defence=self.fill(self.s.defence),
                        ),
                        size,
                    )
                )
                blocks.append(self.para(self.w("reviewed", review=self.review_text(), rights=rights), size))
            elif p.statement in ("oral", "written"):
                blocks.append(
                    self.para(
                        self.w(
                            "statement_made",
                            statement=self.d(dd["statement"], "cn"),
                            rights=rights,
                            defence=self.fill(self.s.defence),
                        ),
                        size,
                    )
                )
                if "no_review" not in p.flags:
                    blocks.append(self.para(self.w("reviewed", review=self.review_text(), rights=rights), size))
            elif p.statement == "waived":
                blocks.append(
                    self.para(
                        self.w(
                            "waived_statement",
                            waived=self.d(dd["statement"], "cn"),
                            rights=rights,
                            hearing_part=eligible_part,
                        ),
                        size,
                    )
                )
            else:
                text = self.w("no_statement", rights=rights)
                if not eligible_part:
                    text = text.replace("，也未要求听证。", "。")
                blocks.append(self.para(text, size))
        analysis = (
            self.w("analysis_lead") + self.w("violation_phrase", violated=self.violated(), cause=self.s.cause) + "。"
        )
        analysis += self.fill(self.s.mitigation) + "。"
        blocks.append(self.para(analysis, size))
        blocks.append(self.para(self.w("basis_phrase", basis=self.basis()) + "，" + self.w("decide_lead"), size))
        blocks += self._decided_items(size)
        if self.s.order:
            blocks.append(self.para(self.fill(self.s.order) + "。", size))
        if p.fine and "no_payment_terms" not in p.flags:
            blocks.append(
                self.para(
                    self.w(
                        "payment",
                        bank=p.notes["bank"],
                        account_name=p.notes["account_name"],
                        account=p.notes["account"],
                    ),
                    size,
                )
            )
            enforce = self.w("enforce_note")
            if enforce:
                blocks.append(self.para(enforce, size))
        if "no_remedies" not in p.flags:
            remedy = self.w("remedies", review_body=self.a.review_body, court=self.a.court)
            stay = self.w("no_stay")
            blocks.append(self.para(remedy + stay, size))
        blocks += self.signature(day, "decision", size, seal="no_seal" not in p.flags)
        tail = [Text(t, 10.5, leading=1.5, before=1) for t in (self.w("copies"), self.w("publicity")) if t]
        inst = self.inst(
            "penalty_decision",
            written,
            blocks,
            day,
            number,
            name="行政处罚决定书",
            footer=(lambda i, n: tail if i == n else []) if tail else None,
        )
        inst.seal = "no_seal" not in p.flags
        return inst

    # ── 不予行政处罚决定书 ─────────────────────────────────────────────────────────────────
    def no_penalty_decision(self):
        _p, dd = self.p, self.p.dates
        day = dd["decided"]
        size = self.st.decision_size
        blocks, written = self.title("no_penalty_decision", "不予行政处罚决定书")
        number = self.number("no_penalty_decision")
        blocks.append(self.number_line("no_penalty_decision"))
        blocks += self._party_block(size)
        blocks.append(self.para(self._source_sentence(), size))
        blocks.append(self.para(self.w("decision_facts_lead") + self.fill(self.s.facts) + "。", size))
        blocks.append(self.para(self.w("evidence_lead"), size))
        blocks += self.numbered([f"{name}，证明{proves}" for name, proves in self.evidence()], size, style="arabic")
        blocks.append(
            self.para(
                self.w("analysis_lead")
                + self.w("violation_phrase", violated=self.violated(), cause=self.s.cause)
                + "。",
                size,
            )
        )
        blocks.append(self.para(self.w("decision_intro_no_penalty"), size))
        if self.s.order:
            blocks.append(self.para("同时，" + self.fill(self.s.order) + "。", size))
        remedy = self.w("remedies", review_body=self.a.review_body, court=self.a.court).replace("本处罚决定", "本决定")
        blocks.append(self.para(remedy, size))
        blocks += self.signature(day, "decision", size)
        tail = [Text(t, 10.5, leading=1.5, before=1) for t in (self.w("copies"),) if t]
        return self.inst(
            "no_penalty_decision",
            written,
            blocks,
            day,
            number,
            name="不予行政处罚决定书",
            footer=(lambda i, n: tail if i == n else []) if tail else None,
        )

    # ── 当场行政处罚决定书 ─────────────────────────────────────────────────────────────────
    def onsite_decision(self):
        p, dd = self.p, self.p.dates
        day = dd["decided"]
        pt = p.party
        base = self.r.choice(["当场行政处罚决定书", "当场处罚决定书", "行政处罚决定书（简易程序）"])
        officers = p.officers[:1] if "one_officer:onsite" in p.flags else p.officers[:2]
        certs = "no_certs:onsite" not in p.flags
        serial = f"No.{self.r.randint(3900000, 3999999)}"
        hh, mm = self.r.randint(8, 17), self.r.randint(0, 59)
        fact = self.fill(self.s.facts) + "。"
        basis = f"违反了{self.violated()}的规定，依据{self.basis()}的规定"
        penalty = (
            "警告"
            if not p.fine
            else ("警告，并" if p.warning else "") + f"罚款人民币{figures(p.fine)}元（大写：{capitals(p.fine)}）"
        )
        pay = (
            ("当场缴纳，收据编号：" + f"{self.r.randint(10000000, 99999999)}")
            if p.notes.get("paid_on_spot")
            else f"自收到本决定书之日起十五日内到{p.notes['bank']}缴纳，或通过云泽省非税收入统一缴款平台缴纳。逾期不缴纳的，每日按罚款数额的百分之三加处罚款"
        )
        remedy = (
            f"如不服本决定，可以自收到本决定书之日起六十日内向{self.a.review_body}申请行政复议；"
            "对行政复议决定不服的，可以自收到复议决定书之日起十五日内依法提起行政诉讼。"
        )
        officer_text = "　".join(f"{o.name}" + (f"（执法证号{o.cert}）" if certs else "") for o in officers)
        ident = f"统一社会信用代码：{pt.code}" if pt.org else f"身份证号码：{pt.code}"
        if self.st.layouts.get("onsite_decision") == "table":
            rows = [
                [Cell(base, span=4, align="center", bold=True, min_h=14)],
                [Cell("编号", align="center"), Cell(serial, span=3)],
                [Cell("当事人", align="center"), Cell(pt.name), Cell("证件号码", align="center"), Cell(pt.code)],
                [Cell("住址（住所）", align="center"), Cell(pt.address, span=3)],
                [
                    Cell("违法时间", align="center"),
                    Cell(f"{fmt_date(day)}{hh}时{mm:02d}分"),
                    Cell("违法地点", align="center"),
                    Cell(self._place()),
                ],
                [Cell("违法事实", align="center"), Cell(fact, span=3, valign="top", min_h=26)],
                [Cell("处罚依据", align="center"), Cell(basis, span=3, valign="top", min_h=16)],
                [Cell("处罚决定", align="center"), Cell(penalty, span=3)],
                [Cell("履行方式\n和期限", align="center"), Cell(pay if p.fine else "/", span=3, valign="top")],
                [Cell("救济途径", align="center"), Cell(remedy, span=3, valign="top")],
                [Cell("执法人员", align="center"), Cell(officer_text, span=3)],
                [Cell("当事人签收", align="center"), Cell(f"{pt.contact}　　{self.d(day, 'record')}", span=3)],
                [
                    Cell("行政机关", align="center"),
                    Cell(self.seal_cell_text(day, "decision"), span=3, min_h=24, seal=True),
                ],
            ]
            blocks: list[Block] = [Table([28.0, 55.0, 26.0, CONTENT_W - 109.0], rows, size=11)]
            written = base
        else:
            blocks, written = self.title("onsite_decision", base, 20, allow=("plain", "agency_line"))
            blocks.append(Text(f"编号：{serial}", 11.5, "right", after=2))
            lines = [
                ("当事人", pt.name),
                ("", ident),
                ("住址（住所）", pt.address),
                ("违法时间", f"{fmt_date(day)}{hh}时{mm:02d}分"),
                ("违法地点", self._place()),
                ("违法事实", fact),
                ("处罚依据", basis + "。"),
                ("处罚决定", penalty + "。"),
            ]
            if p.fine:
                lines.append(("履行方式和期限", pay + "。"))
            lines += [("救济途径", remedy), ("执法人员", officer_text)]
            for k, v in lines:
                blocks.append(Text(self.breaks(self.hw(f"{k}：{v}" if k else v)), 12, leading=1.75))
            blocks += [Text(f"当事人签收：{pt.contact}　　{self.d(day, 'record')}", 12, leading=2.0, before=4)]
            blocks += self.signature(day, "decision", 13)
        blocks.append(Text("本决定书一式两联，第一联交当事人，第二联存档。", 9.5, leading=1.4, before=2))
        return self.inst("onsite_decision", written, blocks, day, serial, name=base)
