"""The party's rights: 行政处罚事先告知书, 陈述申辩, 听证通知书, 听证笔录 / 听证报告."""

from __future__ import annotations

from .fmt import fmt_date
from .model import Gap, Text
from .w_review import ReviewWriter
from .wording import period_word


class NoticeWriter(ReviewWriter):
    # ── 行政处罚事先告知书 ───────────────────────────────────────────────────────────────────
    def prior_notice(self):
        p, dd = self.p, self.p.dates
        day = dd["notified"]
        eligible = p.hearing_eligible
        offer_hearing = (eligible and "notice_no_hearing" not in p.flags) or "hearing_offered" in p.traps
        base = self.w("notice_titles_hearing") if offer_hearing else self.w("notice_titles")
        if not offer_hearing and "听证" in base:
            base = "行政处罚事先告知书"
        p.notes["notice_title"] = base
        blocks, written = self.title("prior_notice", base)
        number = None if "notice_no_number" in p.flags else self.number("prior_notice")
        if number:
            blocks.append(self.number_line("prior_notice"))
        size = self.st.decision_size
        you = p.you()
        blocks.append(Text(f"{p.party.name}：", size, leading=1.75))
        rights = self.w("rights_word")
        opening = self.w("notice_opening", cause=self.s.cause, filed=fmt_date(dd.get("filed") or dd["discovered"]))
        blocks.append(self.para(opening, size))
        lead = "" if opening.endswith("：") else self.w("notice_facts_lead")
        blocks.append(self.para(lead + self.fill(self.s.facts) + "。", size))
        blocks.append(self.para(self.w("violation_phrase", violated=self.violated(), cause=self.s.cause) + "。", size))
        if "notice_no_penalty" not in p.flags:
            basis = self.w("basis_phrase", basis=self.basis())
            if self.r.random() < 0.6:
                lead = self.w("propose_lead")
                for prefix in ("依据上述规定，", "根据上述规定，", "依照上述规定，"):
                    lead = lead.removeprefix(prefix)
                blocks.append(self.para(basis + "，" + lead, size))
                blocks += self.numbered(self.penalty_items(p.notice_fine), size)
            else:
                inline = self.w("propose_inline", penalty=self.penalty_phrase(p.notice_fine))
                inline = inline.removeprefix("根据上述规定，").removeprefix("依据上述规定，")
                blocks.append(self.para(basis + "，" + inline, size))
        else:
            blocks.append(self.para(f"本{p.short}将依据{self.basis()}的规定依法作出处理。", size))
        if "notice_no_statement" not in p.flags:
            if p.statement_period:
                period = period_word(p.statement_period, self.r)
                blocks.append(self.para(self.w("statement_right", rights=rights, period=period) + "。", size))
            else:
                blocks.append(
                    self.para(
                        f"根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，{you}享有{rights}的权利。", size
                    )
                )
        if offer_hearing:
            blocks.append(self.para(self.w("hearing_right") + "。", size))
            if "notice_no_statement" not in p.flags:
                blocks.append(self.para(self.w("waiver_hearing", rights=rights), size))
            else:
                blocks.append(self.para("逾期不提出的，视为放弃听证权利。", size))
        elif "notice_no_statement" not in p.flags and p.statement_period:
            blocks.append(self.para(self.w("waiver_plain", rights=rights), size))
        blocks.append(
            self.para(
                self.w("contact", officer=f"{p.officers[0].name}、{p.officers[1].name}", phone=p.notes["office_phone"]),
                size,
                indent=2,
            )
        )
        blocks.append(self.para(f"地址：{self.a.address}", size, indent=2))
        blocks += self.signature(day, "notice", size)
        return self.inst("prior_notice", written, blocks, day, number, name=base)

    # ── 陈述申辩 ───────────────────────────────────────────────────────────────────────────
    def statement(self):
        p, dd = self.p, self.p.dates
        day = dd["statement"]
        pt = p.party
        rights = self.w("rights_word")
        if p.statement == "waived":
            hearing = p.hearing_eligible
            base = (
                self.r.choice(["放弃陈述申辩声明", "放弃陈述申辩权利声明"])
                if not hearing
                else self.r.choice(["放弃陈述申辩和听证权利声明", "放弃陈述申辩声明"])
            )
            blocks, written = self.title("statement_record", base, 20, allow=("plain",))
            blocks.append(Text(f"{self.a.name}：", 13, leading=1.8))
            txt = (
                f"本人（本单位）已于{fmt_date(dd['notice_served'])}收到《{p.notes.get('notice_title', '行政处罚告知书')}》"
                f"（{self.numbers.get('prior_notice', '')}），对告知的违法事实、处罚理由、依据及拟作出的处罚无异议，"
                f"自愿放弃{rights}" + ("和要求听证" if hearing else "") + "的权利，请求尽快作出处理决定。"
            )
            blocks.append(self.para(txt, 13))
            blocks.append(
                Text(
                    f"声明人：{pt.name}{'（盖章）' if pt.org else ''}\n{'法定代表人（委托代理人）：' + pt.contact if pt.org else ''}\n{self.d(day, 'record')}",
                    13,
                    "right",
                    leading=1.9,
                    before=16,
                )
            )
            return self.inst("statement_record", written, blocks, day, None, name=base)
        if p.statement == "written":
            base = self.r.choice(["陈述申辩书", "陈述、申辩意见书", "陈述申辩书"])
            blocks, written = self.title("statement_record", base, 20, allow=("plain",))
            blocks.append(Text(f"{self.a.name}：", 13, leading=1.8))
            blocks.append(
                self.para(
                    f"本人（本单位）于{fmt_date(dd['notice_served'])}收到贵{p.short[-1]}《{p.notes.get('notice_title', '行政处罚告知书')}》"
                    f"（{self.numbers.get('prior_notice', '')}），现提出{rights}意见如下：",
                    13,
                )
            )
            blocks.append(self.para(self.fill(self.s.defence), 13))
            blocks.append(self.para("以上意见，请予考虑。", 13))
            blocks.append(Text(f"陈述申辩人：{pt.name}\n{self.d(day, 'record')}", 13, "right", leading=1.9, before=14))
            return self.inst("statement_record", written, blocks, day, None, name=base)
        base = self.r.choice(["陈述申辩笔录", "陈述（申辩）笔录"])
        blocks, written = self.title("statement_record", base, 20, allow=("plain", "spaced"))
        o1, o2 = p.officers[0], p.officers[1]
        for k, v in [
            ("时间", f"{fmt_date(day)}{self.r.choice([9, 10, 14, 15])}时{self.r.choice(['00', '20', '40'])}分"),
            ("地点", f"{self.a.name}{self.r.choice(['询问室', '接待室'])}"),
            ("陈述申辩人", f"{pt.contact}（{pt.name}{'的' + pt.contact_role if pt.org else ''}）"),
            ("承办人", f"{o1.name}、{o2.name}"),
            ("记录人", o2.name),
        ]:
            blocks.append(self.label_line(k, v, 11.5))
        q, a = self.st.qa_labels
        blocks += [
            Text(
                self.hw(
                    f"{q}本{p.short}已向你送达了《{p.notes.get('notice_title', '行政处罚告知书')}》，现在听取你的{rights}意见，请讲。"
                ),
                11.5,
                leading=1.75,
            ),
            Text(self.breaks(self.hw(f"{a}{self.fill(self.s.defence)}")), 11.5, leading=1.75),
            Text(self.hw(f"{q}你有没有新的证据需要提交？"), 11.5, leading=1.75),
            Text(
                self.hw(f"{a}" + self.r.choice(["整改的照片和培训记录一会儿交给你们。", "没有新的证据。"])),
                11.5,
                leading=1.75,
            ),
            Text(self.hw(f"{q}你还有其他意见吗？"), 11.5, leading=1.75),
            Text(self.hw(f"{a}没有了，请从轻处理。"), 11.5, leading=1.75),
            Gap(4),
            Text(f"（陈述申辩人手写）{self.w('record_close')}", 11.5, leading=1.8),
            Text(f"陈述申辩人（签名）：{pt.contact}　　{self.d(day, 'record')}", 11.5, leading=2.0),
            Text(f"承办人（签名）：{o1.name}、{o2.name}　　记录人（签名）：{o2.name}", 11.5, leading=2.0),
        ]
        return self.inst("statement_record", written, blocks, day, None, name=base)

    def statement_review(self):
        """A separate 陈述申辩复核意见 page (some agencies record the review here, not in the approval form)."""
        p, dd = self.p, self.p.dates
        day = dd["statement"]
        base = self.r.choice(["陈述申辩复核意见", "陈述申辩复核意见书"])
        blocks, written = self.title("statement_record", base, 20, allow=("plain",))
        blocks += [
            self.label_line("案由", self.case_name(), 12),
            self.label_line("当事人", p.party.name, 12),
            Text("当事人陈述申辩意见：", 12, bold=True, leading=1.8),
            self.para(self.fill(self.s.defence), 12),
            Text("复核意见：", 12, bold=True, leading=1.8),
            self.para(self.review_text() + "。", 12),
            Text(
                f"复核人：{p.officers[0].name}、{p.officers[1].name}　　{self.d(dd.get('approved') or day)}",
                12,
                "right",
                before=8,
            ),
        ]
        return self.inst("statement_record", written, blocks, dd.get("approved") or day, None, name=base)

    # ── 听证 ───────────────────────────────────────────────────────────────────────────────
    def hearing_notice(self):
        p, dd = self.p, self.p.dates
        day = dd["hearing_notice"]
        base = self.r.choice(["听证通知书", "行政处罚听证通知书", "举行听证通知书"])
        blocks, written = self.title("hearing_notice", base)
        number = self.number("hearing_notice")
        blocks.append(self.number_line("hearing_notice"))
        size = min(self.st.decision_size, 15.0)
        blocks.append(Text(f"{p.party.name}：", size, leading=1.75))
        hh = self.r.choice([9, 10, 14, 15])
        blocks.append(
            self.para(
                f"根据你{'单位' if p.party.org else ''}的申请，本{p.short}定于{fmt_date(dd['hearing'], 'cn')}{hh}时00分在"
                f"{self.a.name}{self.r.choice(['听证室', '三楼会议室'])}（{self.a.address}）就{self.case_name()}举行听证，"
                "请准时出席。",
                size,
            )
        )
        blocks.append(self.para(f"本次听证由{p.chair}担任主持人，{p.clerk}担任记录员。", size))
        blocks.append(
            self.para(
                "你（单位）如申请主持人回避，应当在听证举行前向本"
                + p.short
                + "提出并说明理由。你（单位）可以亲自参加听证，"
                "也可以委托一至二人代理；委托代理人参加的，应当提交授权委托书。无正当理由不出席听证的，视为放弃听证权利。",
                size,
            )
        )
        blocks.append(self.para(self.w("contact", officer=p.clerk, phone=p.notes["office_phone"]), size))
        blocks += self.signature(day, "notice", size)
        return self.inst("hearing_notice", written, blocks, day, number, name=base)

    def hearing_record(self):
        p, dd = self.p, self.p.dates
        day = dd["hearing"]
        base = self.r.choice(["听证笔录", "听证会笔录", "行政处罚听证笔录"])
        blocks, written = self.title("hearing_record", base, 20)
        pt = p.party
        for k, v in [
            ("案由", self.case_name()),
            ("听证时间", f"{fmt_date(day)}{self.r.choice([9, 10, 14])}时00分至{self.r.choice([10, 11, 16])}时30分"),
            ("听证地点", f"{self.a.name}听证室"),
            ("听证主持人", p.chair),
            ("听证员", p.notes["member4"]),
            ("记录员", p.clerk),
            ("案件调查人员", f"{p.officers[0].name}、{p.officers[1].name}"),
            ("当事人", pt.name),
            ("委托代理人", f"{pt.contact}" + ("、" + p.notes["lawyer"] + "（律师）" if p.notes.get("lawyer") else "")),
        ]:
            blocks.append(self.label_line(k, v, 11.5))
        size = 11.5
        lines = [
            "主持人：现在开始听证。本次听证公开举行。宣布听证纪律……核对当事人及委托代理人身份，当事人对主持人、听证员、记录员是否申请回避？",
            f"{pt.contact}：不申请回避。",
            "主持人：请案件调查人员提出当事人违法的事实、证据和处罚建议。",
            f"{p.officers[0].name}：{self.fill(self.s.facts)}。当事人的行为违反了{self.violated()}的规定，建议依据{self.basis()}的规定，给予{self.penalty_phrase(p.notice_fine)}的行政处罚。",
            "主持人：请当事人进行陈述、申辩。",
            f"{pt.contact}：{self.fill(self.s.defence)}",
            "主持人：调查人员对当事人的申辩意见有何回应？",
            f"{p.officers[0].name}：当事人提出的理由不能否定其违法事实，处罚建议在法定幅度内。",
            "主持人：双方对证据进行质证。当事人对调查人员出示的证据有无异议？",
            f"{pt.contact}：对证据的真实性没有异议，对处罚幅度有意见。",
            "主持人：请双方作最后陈述。",
            f"{pt.contact}：请求从轻处理。",
            f"{p.officers[0].name}：坚持原处罚建议。",
            "主持人：听证结束。听证笔录经当事人核对无误后签名。",
        ]
        for line in lines:
            blocks.append(self.para(line, size, indent=0, leading=1.75))
        blocks += [
            Gap(4),
            Text(f"当事人（代理人）签名：{pt.contact}　　{self.d(day, 'record')}", size, leading=2.0),
            Text(f"主持人：{p.chair}　　听证员：{p.notes['member4']}　　记录员：{p.clerk}", size, leading=2.0),
        ]

        def footer(i, n):
            return [Text(f"当事人签名：　　　　　　　　　　第{i}页 共{n}页", 10)]

        return self.inst("hearing_record", written, blocks, day, None, name=base, footer=footer)

    def hearing_report(self):
        p, dd = self.p, self.p.dates
        day = dd["hearing"]
        blocks, written = self.title("hearing_record", "听证报告", 20, allow=("plain", "agency_line"))
        size = 13.0
        blocks += [
            Text(f"{p.head}：", size, leading=1.8),
            self.para(f"{fmt_date(day)}，{self.case_name()}依法举行听证，现将听证情况报告如下：", size),
            self.para(f"一、当事人在听证中提出：{self.fill(self.s.defence)}", size),
            self.para(f"二、主持人意见：{self.review_text()}。建议维持拟作出的处罚。", size),
            Text(f"听证主持人：{p.chair}\n{self.d(day, 'record')}", size, "right", leading=1.8, before=10),
        ]
        return self.inst("hearing_record", written, blocks, day, None, name="听证报告")
