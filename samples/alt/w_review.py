"""Review instruments: 案件调查终结报告, 法制审核意见书, 集体讨论记录."""

from __future__ import annotations

from .fmt import fmt_date
from .model import Gap, Text
from .w_forms import W4, C
from .w_records import RecordWriter


class ReviewWriter(RecordWriter):
    def _party_sentence(self) -> str:
        pt = self.p.party
        if pt.org:
            return f"当事人{pt.name}，统一社会信用代码{pt.code}，住所{pt.address}，法定代表人{pt.person}。"
        return f"当事人{pt.name}，{pt.sex}，{pt.birth.year}年{pt.birth.month}月出生，身份证号码{pt.code}，住址{pt.address}。"

    def _process_sentence(self) -> str:
        p, dd = self.p, self.p.dates
        src = {
            "inspection": f"{fmt_date(dd['discovered'])}，执法人员在日常检查中发现当事人涉嫌{self.s.cause}",
            "complaint": f"{fmt_date(dd['discovered'])}，本{p.short}接到举报，反映当事人涉嫌{self.s.cause}",
            "referral": f"{fmt_date(dd['discovered'])}，本{p.short}收到有关部门移送的案件线索",
            "assigned": f"{fmt_date(dd['discovered'])}，本{p.short}收到上级交办的案件线索",
        }[p.source]
        text = f"{src}。{fmt_date(dd['filed'])}经批准立案调查，" if dd.get("filed") else f"{src}。"
        text += f"执法人员{p.officers[0].name}、{p.officers[1].name}先后进行了现场检查、询问调查，调取了相关证据材料。"
        if p.preservation:
            text += f"{fmt_date(dd['preservation'])}依法对涉案物品采取了证据保全措施。"
        if p.extension:
            text += f"因案情需要，经负责人批准，办案期限延长至{fmt_date(dd['extension_until'])}。"
        return text

    # ── 案件调查终结报告 ─────────────────────────────────────────────────────────────────────
    def investigation_report(self):
        p, dd = self.p, self.p.dates
        day = dd["reported"]
        base = self.r.choice(["案件调查终结报告", "调查终结报告", "案件调查报告"])
        evidence = "；".join(f"{i}.{name}" for i, (name, _) in enumerate(self.evidence(), 1))
        if p.outcome == "no_penalty":
            proposal = "建议依据《中华人民共和国行政处罚法》第三十三条第一款的规定，对当事人不予行政处罚。"
        else:
            proposal = f"建议依据{self.basis()}的规定，给予当事人{self.penalty_phrase(p.notice_fine)}的行政处罚。"
        discretion = self.fill(self.s.mitigation) + "。"
        if self.st.layouts.get("investigation_report") == "table":
            head, written, in_table = self.form_title(
                "investigation_report", base + ("审批表" if base.endswith("报告") and self.r.random() < 0.4 else "")
            )
            rows = [
                [C("案由", align="center"), C(self.case_name(), span=3)],
                [C("当事人\n基本情况", align="center"), C(self._party_sentence(), span=3, valign="top")],
                [C("调查经过", align="center"), C(self._process_sentence(), span=3, valign="top", min_h=26)],
                [
                    C("违法事实\n及证据", align="center"),
                    C(self.fill(self.s.facts) + "。证据：" + evidence + "。", span=3, valign="top", min_h=40),
                ],
                [
                    C("定性及依据", align="center"),
                    C(f"当事人的行为违反了{self.violated()}的规定。", span=3, valign="top"),
                ],
                [C("裁量理由", align="center"), C(discretion, span=3, valign="top")],
                [
                    C("处理意见", align="center"),
                    C(
                        proposal + f"\n\n承办人：{p.officers[0].name}、{p.officers[1].name}　　{self.d(day)}",
                        span=3,
                        valign="top",
                        min_h=28,
                    ),
                ],
                [
                    C("承办机构\n意见", align="center"),
                    C(f"同意。\n\n{p.division_head}　　{self.d(day)}", span=3, valign="top", min_h=22),
                ],
            ]
            blocks = [*head, self.form(rows, W4, 10.5, title=written if in_table else None)]
            return self.inst("investigation_report", written, blocks, day, None, name="案件调查终结报告")
        blocks, written = self.title("investigation_report", base, 20)
        size = 13.0
        blocks += [
            Text("一、当事人基本情况", size, bold=True, leading=1.8),
            self.para(self._party_sentence(), size),
            Text("二、案件来源及调查经过", size, bold=True, leading=1.8),
            self.para(self._process_sentence(), size),
            Text("三、调查认定的事实及证据", size, bold=True, leading=1.8),
            self.para(self.fill(self.s.facts) + "。", size),
            self.para(f"上述事实有以下证据证明：{evidence}。", size),
            Text("四、违法行为的性质及适用依据", size, bold=True, leading=1.8),
            self.para(f"当事人的行为违反了{self.violated()}的规定，属于{self.s.cause}的违法行为。", size),
            Text("五、自由裁量理由及处理意见", size, bold=True, leading=1.8),
            self.para(discretion + proposal, size),
            Gap(6),
            Text(
                f"承办人：{p.officers[0].name}　{p.officers[1].name}\n{self.d(day, 'record')}",
                size,
                "right",
                leading=1.8,
            ),
        ]
        return self.inst("investigation_report", written, blocks, day, None, name="案件调查终结报告")

    # ── 法制审核 ───────────────────────────────────────────────────────────────────────────
    def legal_review(self):
        p, dd = self.p, self.p.dates
        day = dd["legal_reviewed"]
        base = self.r.choice(["法制审核意见书", "重大执法决定法制审核意见书", "法制审核表"])
        items = [
            ("执法主体", "本" + p.short + "对本案具有管辖权，执法主体合法"),
            ("事实证据", "违法事实清楚，证据确实、充分"),
            ("定性", f"定性为{self.s.cause}准确"),
            ("适用依据", f"适用{self.basis()}正确"),
            ("程序", "立案、调查取证、告知等程序合法" if p.hearing != "held" else "立案、调查取证、听证等程序合法"),
            ("裁量", "处罚幅度在法定范围内，裁量适当"),
        ]
        conclusion = f"同意承办机构提出的给予当事人{self.penalty_phrase(p.notice_fine)}的处理意见。"
        number = self.number("legal_review") if self.r.random() < 0.5 else None
        if self.st.layouts.get("legal_review") == "table":
            head, written, in_table = self.form_title(
                "legal_review", base if base != "法制审核意见书" else "法制审核表"
            )
            rows = [
                [C("案由", align="center"), C(self.case_name(), span=3)],
                [C("当事人", align="center"), C(p.party.name, span=3)],
                [
                    C("送审机构", align="center"),
                    C(self.a.unit),
                    C("送审日期", align="center"),
                    C(self.d(dd["reported"])),
                ],
            ]
            rows += [[C(k, align="center"), C(v + "。", span=3)] for k, v in items]
            rows += [
                [
                    C("审核意见", align="center"),
                    C(
                        conclusion
                        + f"\n\n审核人：{p.reviewer.name}（法律职业资格证号A{p.reviewer.cert[-9:]}）\n{self.d(day)}",
                        span=3,
                        valign="top",
                        min_h=34,
                    ),
                ],
                [
                    C("负责人意见", align="center"),
                    C(f"同意。\n\n{p.deputy}　　{self.d(day)}", span=3, valign="top", min_h=20),
                ],
            ]
            blocks = (
                head
                + ([Text(f"编号：{number}", 11, "right")] if number else [])
                + [self.form(rows, W4, 11, title=written if in_table else None)]
            )
            return self.inst("legal_review", written, blocks, day, number, name="法制审核意见")
        blocks, written = self.title("legal_review", base, 20, allow=("plain", "agency_line", "prefix"))
        if number:
            blocks.append(Text(number, 13, "center", after=2))
        blocks.append(Text(f"{self.a.unit}：", 13, leading=1.8))
        blocks.append(
            self.para(
                f"你单位于{fmt_date(dd['reported'])}送审的{self.case_name()}，经{self.a.legal_office}审核，意见如下：",
                13,
            )
        )
        for i, (k, v) in enumerate(items):
            blocks.append(self.para(f"{'一二三四五六'[i]}、{k}：{v}。", 13))
        blocks.append(self.para("审核结论：" + conclusion, 13))
        blocks.append(
            Text(
                f"审核人：{p.reviewer.name}\n{self.a.legal_office}\n{self.d(day, 'notice')}",
                13,
                "right",
                leading=1.8,
                before=8,
            )
        )
        return self.inst("legal_review", written, blocks, day, number, name="法制审核意见书")

    # ── 集体讨论记录 ─────────────────────────────────────────────────────────────────────────
    def collective_discussion(self):
        p, dd = self.p, self.p.dates
        day = dd["discussed"]
        base = self.r.choice(
            ["重大案件集体讨论记录", "案件集体讨论记录", "重大行政处罚案件集体讨论笔录", "负责人集体讨论记录"]
        )
        blocks, written = self.title("collective_discussion", base, 20)
        members = [
            (p.head, "局长" if "局" in self.a.name else "主任"),
            (p.deputy, "副局长" if "局" in self.a.name else "副主任"),
            (p.notes["member3"], "副局长" if "局" in self.a.name else "副主任"),
            (p.notes["member4"], "党组成员"),
            (p.division_head, f"{self.a.unit[-4:]}负责人"),
            (p.reviewer.name, f"{self.a.legal_office}科长"),
        ]
        hh = self.r.choice([9, 10, 15])
        lines = [
            ("时间", f"{fmt_date(day)}{hh}时00分至{hh + 1}时{self.r.choice(['10', '20', '30'])}分"),
            ("地点", f"{self.a.name}{self.r.choice(['三楼会议室', '五楼小会议室', '党组会议室'])}"),
            ("主持人", f"{members[0][0]}（{members[0][1]}）"),
            ("参加人员", "、".join(f"{n}（{r}）" for n, r in members[1:])),
            ("列席人员", f"{p.officers[0].name}、{p.officers[1].name}（案件承办人）"),
            ("记录人", p.clerk),
            ("讨论事项", self.case_name()),
        ]
        for k, v in lines:
            blocks.append(self.label_line(k, v, 11.5))
        blocks.append(Gap(2))
        size = 11.5
        blocks.append(
            self.para(f"{members[0][0]}：今天集体讨论{self.case_name()}，先请承办人汇报案情。", size, indent=0)
        )
        blocks.append(
            self.para(
                f"{p.officers[0].name}：{self.fill(self.s.facts)}。当事人的行为违反了{self.violated()}的规定，"
                f"承办人建议依据{self.basis()}的规定，给予当事人{self.penalty_phrase(p.notice_fine)}的行政处罚。",
                size,
                indent=0,
            )
        )
        opinions = [
            "同意承办人的意见，事实清楚，证据充分。",
            "本案已经法制审核，程序合法，同意处罚意见。",
            "处罚幅度适当，同意。",
            "同意，建议同时督促当事人整改到位。",
            "同意承办机构的处理意见。",
        ]
        for (name, _), op in zip(members[1:], self.r.sample(opinions * 2, len(members) - 1), strict=False):
            blocks.append(self.para(f"{name}：{op}", size, indent=0))
        blocks.append(
            self.para(
                f"{members[0][0]}：经集体讨论，一致同意对{p.party.name}给予{self.penalty_phrase(p.notice_fine)}的行政处罚，"
                "由承办机构依法履行告知程序。",
                size,
                indent=0,
            )
        )
        blocks.append(
            self.para(
                f"讨论结论：同意对当事人给予{self.penalty_phrase(p.notice_fine)}的行政处罚。", size, indent=0, bold=True
            )
        )
        blocks.append(Text("参加人员签名：" + "　".join(n for n, _ in members), size, leading=1.9, before=6))
        blocks.append(Text(f"记录人签名：{p.clerk}", size, leading=1.9))

        def footer(i, n):
            return [Text(f"第{i}页/共{n}页", 9.5, "right")]

        return self.inst("collective_discussion", written, blocks, day, None, name="集体讨论记录", footer=footer)
