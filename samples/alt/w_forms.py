"""Internal forms: 案件来源登记表, 立案审批表, 延长办案期限审批表, 行政处罚审批表, 结案审批表, 重大行政处罚备案表, 备考表."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from .fmt import figures
from .layout import CONTENT_W
from .model import Cell, Gap, Instrument, Text
from .w_base import WriterBase

W2 = [34.0, CONTENT_W - 34.0]
W4 = [28.0, 51.0, 28.0, CONTENT_W - 107.0]


def C(text: str, **kw: Any) -> Cell:
    return Cell(text, **kw)


class FormWriter(WriterBase):
    def _opinion(
        self, text: str, who: str, day: date | None, group: str = "form", h: float = 26.0, seal: bool = False
    ) -> Cell:
        sign = f"签名：{who}" if who else "签名："
        return C(f"{text}\n\n{sign}　　{self.d(day, group)}", valign="top", min_h=h, seal=seal)

    def _party_rows(self) -> list[list[Cell]]:
        pt = self.p.party
        if pt.org:
            return [
                [C("当事人", align="center"), C(pt.name, span=3)],
                [
                    C(self.hw("统一社会\n信用代码"), align="center"),
                    C(pt.code),
                    C("法定代表人", align="center"),
                    C(pt.person),
                ],
                [C("住所", align="center"), C(pt.address, span=3)],
            ]
        return [
            [C("当事人", align="center"), C(pt.name), C("性别", align="center"), C(pt.sex)],
            [C("身份证号", align="center"), C(pt.code, span=3)],
            [C("住址", align="center"), C(pt.address, span=3)],
        ]

    # ── 案件来源登记表 ─────────────────────────────────────────────────────────────────────
    def case_source(self):
        p, dd = self.p, self.p.dates
        base = self.r.choice(
            {
                "complaint": ["举报投诉登记表", "案件来源登记表", "线索登记表"],
                "inspection": ["案件来源登记表", "案源登记表"],
                "referral": ["案件来源登记表", "线索登记表"],
                "assigned": ["案件来源登记表"],
            }[p.source]
        )
        head, written, in_table = self.form_title("case_source", base)
        source_word = {
            "inspection": "日常监督检查",
            "complaint": "群众举报",
            "referral": "部门移送",
            "assigned": "上级交办",
        }[p.source]
        o1 = p.officers[0].name
        if p.source == "complaint":
            informant = f"{self.r.choice(['匿名', '王女士', '刘先生', '市民（不愿透露姓名）'])}　联系方式：{self.r.choice(['12345转办', '来电', '信函'])}"
            content = self.fill(
                f"举报人反映{{party}}涉嫌{self.s.cause}，" + self.r.choice(["请求查处。", "希望有关部门核查处理。"])
            )
        elif p.source == "referral":
            informant = self.r.choice(["青岚市公安局临江分局", "青岚市消防救援支队", "临江区人民政府柳塘街道办事处"])
            content = self.fill(f"来函移送{{party}}涉嫌{self.s.cause}的线索及相关材料。")
        else:
            informant = "执法人员检查发现"
            content = self.fill(self.s.findings) + "。"
        rows = [
            [
                C("案源编号", align="center"),
                C(f"AY{dd['discovered']:%Y%m%d}{self.r.randint(1, 40):02d}"),
                C("登记时间", align="center"),
                C(self.d(dd["discovered"], "form")),
            ],
            [C("来源方式", align="center"), C(source_word, span=3)],
            [C("提供人/\n移送单位", align="center"), C(informant, span=3)],
            [C("涉及对象", align="center"), C(p.party.name, span=3)],
            [C("地址", align="center"), C(p.party.address, span=3)],
            [C("主要内容", align="center"), C(content, span=3, valign="top", min_h=40)],
            [
                C("登记人意见", align="center"),
                C(
                    self._opinion("建议核查，符合立案条件的予以立案。", o1, dd["discovered"]).text,
                    span=3,
                    valign="top",
                    min_h=26,
                ),
            ],
            [
                C("负责人意见", align="center"),
                C(self._opinion("同意核查。", p.division_head, dd["discovered"]).text, span=3, valign="top", min_h=26),
            ],
        ]
        table = self.form(rows, W4, 11, title=written if in_table else None)
        return self.inst("case_source", written, [*head, table], dd["discovered"], None, name="案件来源登记表")

    # ── 立案审批表 ─────────────────────────────────────────────────────────────────────────
    def filing_approval(self):
        p, dd = self.p, self.p.dates
        base = self.r.choice(["立案审批表", "立案审批表", "行政处罚立案审批表", "立案呈批表"])
        head, written, in_table = self.form_title("filing_approval", base)
        number = self.number("filing_approval") if self.r.random() < 0.6 else None
        o1, o2 = p.officers[0], p.officers[1]
        source = {"inspection": "日常检查", "complaint": "举报", "referral": "移送", "assigned": "交办"}[p.source]
        brief = self.fill(self.s.extra["stale_findings"] if p.sched.get("stale") else self.s.findings) + "。"
        if p.source != "inspection":
            brief = (
                self.fill(f"{{discovered}}本{p.short}收到线索，反映{{party}}涉嫌{self.s.cause}。经初步核查，") + brief
            )
        day = dd.get("filed")
        head_date = None if "blank_filing_date" in p.flags else day
        rows = [[C("案由", align="center"), C(f"{p.party.name}涉嫌{self.s.cause}案", span=3)]]
        rows += self._party_rows()
        rows += [
            [C("案件来源", align="center"), C(source), C("受案时间", align="center"), C(self.d(dd["discovered"]))],
            [C("简要案情", align="center"), C(brief, span=3, valign="top", min_h=36)],
            [
                C("承办人意见", align="center"),
                C(
                    self._opinion(
                        f"当事人涉嫌违反{self.violated()}的规定，符合立案条件，建议立案调查。\n承办人：{o1.name}（{o1.cert}）、{o2.name}（{o2.cert}）",
                        "",
                        dd.get("filed_proposed", day),
                    ).text,
                    span=3,
                    valign="top",
                    min_h=34,
                ),
            ],
            [
                C("承办机构\n审核意见", align="center"),
                C(
                    self._opinion(f"同意立案，由{o1.name}、{o2.name}承办。", p.division_head, day).text,
                    span=3,
                    valign="top",
                    min_h=24,
                ),
            ],
            [
                C("负责人\n审批意见", align="center"),
                C(self._opinion("同意立案。", p.head, head_date).text, span=3, valign="top", min_h=24),
            ],
        ]
        blocks = (
            head
            + ([Text(f"编号：{number}", 11, "right", after=1)] if number else [])
            + [self.form(rows, W4, 11, title=written if in_table else None)]
        )
        return self.inst("filing_approval", written, blocks, head_date, number, name="立案审批表")

    # ── 延长办案期限审批表 ─────────────────────────────────────────────────────────────────
    def extension(self):
        p, dd = self.p, self.p.dates
        base = self.r.choice(["延长办案期限审批表", "案件延期审批表", "行政处罚案件有关事项审批表"])
        head, written, in_table = self.form_title("extension_approval", base)
        until = dd["extension_until"]
        reason = self.r.choice(
            [
                "涉案物品需委托检验，检验周期较长",
                "当事人提出听证申请，需组织听证",
                "案情复杂，需进一步调查取证并报请集体讨论",
                "需向相关部门调取材料，尚未收到回复",
            ]
        )
        rows = [
            [C("案由", align="center"), C(self.case_name(), span=3)],
            [C("当事人", align="center"), C(p.party.name, span=3)],
            [
                C("立案日期", align="center"),
                C(self.d(dd["filed"])),
                C("原期限届满", align="center"),
                C(self.d(dd["filed"] + timedelta(days=90))),
            ],
            [C("申请事项", align="center"), C(f"延长办案期限三十日，至{self.d(until)}", span=3)],
            [
                C("理由", align="center"),
                C(
                    f"本案{reason}，无法在立案之日起九十日内作出处理决定，依据《中华人民共和国行政处罚法》第六十条的规定，申请延长办案期限。",
                    span=3,
                    valign="top",
                    min_h=30,
                ),
            ],
            [
                C("承办人意见", align="center"),
                C(
                    self._opinion(
                        "申请延长办案期限三十日。", f"{p.officers[0].name}、{p.officers[1].name}", dd["extension"]
                    ).text,
                    span=3,
                    valign="top",
                    min_h=24,
                ),
            ],
            [
                C("负责人\n审批意见", align="center"),
                C(self._opinion("同意延长三十日。", p.head, dd["extension"]).text, span=3, valign="top", min_h=24),
            ],
        ]
        blocks = [*head, self.form(rows, W4, 11, title=written if in_table else None)]
        return self.inst("extension_approval", written, blocks, dd["extension"], None, name="延长办案期限审批表")

    # ── 行政处罚审批表 / 案件处理审批表 ───────────────────────────────────────────────────
    def penalty_approval(self):
        p, dd = self.p, self.p.dates
        base = self.r.choice(["行政处罚审批表", "案件处理审批表", "行政处罚决定审批表", "行政处罚呈批表"])
        if p.outcome == "no_penalty":
            base = self.r.choice(["案件处理审批表", "行政处理决定审批表"])
        head, written, in_table = self.form_title("penalty_approval", base)
        fine = p.approval_fine if p.approval_fine is not None else p.fine
        facts = self.fill(self.s.facts) + "。"
        if p.outcome == "no_penalty":
            proposal = "违法行为轻微并及时改正，没有造成危害后果，依据《中华人民共和国行政处罚法》第三十三条第一款的规定，建议不予行政处罚。"
        else:
            proposal = f"依据{self.basis()}的规定，建议给予{self.penalty_phrase(fine)}的行政处罚。"
        rows = [[C("案由", align="center"), C(self.case_name(), span=3)], *self._party_rows()]
        rows += [
            [C("违法事实", align="center"), C(facts, span=3, valign="top", min_h=40)],
            [C("处理依据\n及建议", align="center"), C(proposal, span=3, valign="top", min_h=24)],
        ]
        if p.statement in ("oral", "written") and "no_review" not in p.flags:
            rows.append(
                [C("陈述申辩\n复核意见", align="center"), C(self.review_text() + "。", span=3, valign="top", min_h=20)]
            )
        elif p.statement in ("oral", "written"):
            rows.append(
                [
                    C("陈述申辩\n情况", align="center"),
                    C(f"当事人于{self.d(dd['statement'])}提出陈述、申辩意见，详见陈述申辩材料。", span=3),
                ]
            )
        elif p.hearing == "held":
            rows.append(
                [
                    C("听证情况", align="center"),
                    C(f"{self.d(dd['hearing'])}举行听证，当事人提出的意见经复核不予采纳。", span=3, valign="top"),
                ]
            )
        elif p.statement == "waived":
            rows.append([C("陈述申辩\n情况", align="center"), C("当事人书面声明放弃陈述、申辩权利。", span=3)])
        elif p.outcome == "penalty" and p.has_notice:
            rows.append([C("陈述申辩\n情况", align="center"), C("当事人在规定期限内未提出陈述、申辩。", span=3)])
        rows += [
            [
                C("承办人意见", align="center"),
                C(
                    self._opinion(
                        "同意上述处理意见。", f"{p.officers[0].name}、{p.officers[1].name}", dd["approved"]
                    ).text,
                    span=3,
                    valign="top",
                    min_h=20,
                ),
            ],
            [
                C("法制审核\n意见", align="center"),
                C(
                    self._opinion(
                        "事实清楚，证据确凿，程序合法，适用依据正确，同意。", p.reviewer.name, dd["approved"]
                    ).text,
                    span=3,
                    valign="top",
                    min_h=20,
                ),
            ],
            [
                C("负责人\n审批意见", align="center"),
                C(
                    self._opinion(
                        self.r.choice(["同意。", "同意承办人意见。", "同意按拟定意见处理。"]), p.head, dd["approved"]
                    ).text,
                    span=3,
                    valign="top",
                    min_h=20,
                ),
            ],
        ]
        blocks = [*head, self.form(rows, W4, 10.5, title=written if in_table else None)]
        return self.inst("penalty_approval", written, blocks, dd["approved"], None, name=base)

    # ── 结案审批表 ─────────────────────────────────────────────────────────────────────────
    def closing_report(self):
        p, dd = self.p, self.p.dates
        base = self.r.choice(["结案审批表", "行政处罚结案报告", "案件结案审批表", "结案报告"])
        head, written, in_table = self.form_title("closing_report", base)
        day = None if "blank_closing_date" in p.flags else dd.get("closed")
        if p.outcome == "no_penalty":
            result, done = "不予行政处罚", f"{self.d(dd['served'])}已将不予行政处罚决定书送达当事人。"
        else:
            result = self.penalty_phrase()
            if dd.get("paid"):
                amount = (p.fine or Decimal(0)) + (p.confiscation or Decimal(0))
                done = f"当事人已于{self.d(dd['paid'])}缴纳罚没款{figures(amount)}元。"
            elif dd.get("court"):
                done = f"当事人逾期未履行，经催告仍未履行，本{p.short}已于{self.d(dd['court'])}申请{self.a.court}强制执行，法院已受理。"
            else:
                done = "当事人已履行处罚决定。"
            if p.suspension_days:
                done += "停产停业整顿期间经复查，当事人已配备专职安全生产管理人员。"
        rows = [
            [C("案由", align="center"), C(self.case_name(), span=3)],
            [C("当事人", align="center"), C(p.party.name, span=3)],
            [
                C("立案日期", align="center"),
                C(self.d(dd.get("filed"))),
                C("决定日期", align="center"),
                C(self.d(dd.get("decided"))),
            ],
            [
                C("决定书文号", align="center"),
                C(self.numbers.get("penalty_decision") or self.numbers.get("no_penalty_decision") or "", span=3),
            ],
            [C("处理结果", align="center"), C(result, span=3, valign="top", min_h=16)],
            [C("执行情况", align="center"), C(done, span=3, valign="top", min_h=20)],
            [
                C("承办人意见", align="center"),
                C(
                    self._opinion(
                        "本案已执行完毕，建议结案。", f"{p.officers[0].name}、{p.officers[1].name}", day
                    ).text,
                    span=3,
                    valign="top",
                    min_h=22,
                ),
            ],
            [
                C("负责人\n审批意见", align="center"),
                C(self._opinion("同意结案。", p.head, day).text, span=3, valign="top", min_h=22),
            ],
        ]
        blocks = [*head, self.form(rows, W4, 11, title=written if in_table else None)]
        return self.inst("closing_report", written, blocks, day, None, name="结案审批表")

    # ── 重大行政处罚备案 ───────────────────────────────────────────────────────────────────
    def major_filing(self):
        p, dd = self.p, self.p.dates
        base = self.r.choice(["重大行政处罚备案表", "重大行政处罚备案报告"])
        number = self.number("major_filing")
        day = dd["major_reported"]
        if base.endswith("报告"):
            blocks, written = self.title("major_filing", base, 20)
            blocks += [Text(number, 14, "center", after=3), Text("青岚市司法局：", 14, leading=1.8)]
            body = (
                f"本{p.short}于{self.d(dd['decided'], 'notice')}对{p.party.name}{self.s.cause}一案作出行政处罚决定"
                f"（{self.numbers.get('penalty_decision', '')}），决定给予{self.penalty_phrase()}。"
                f"该处罚属于重大行政处罚，根据重大行政处罚备案审查的有关规定，现将行政处罚决定书复印件及重大行政处罚备案表报送备案。"
            )
            blocks += [self.para(body, 14), self.para("附件：1.行政处罚决定书复印件　2.重大行政处罚备案表", 14)]
            blocks += self.signature(day, "notice", 14)
            return self.inst("major_filing", written, blocks, day, number, name=base)
        head, written, in_table = self.form_title("major_filing", base)
        rows = [
            [C("报送机关", align="center"), C(self.a.name), C("报送日期", align="center"), C(self.d(day))],
            [C("当事人", align="center"), C(p.party.name, span=3)],
            [C("案由", align="center"), C(self.case_name(), span=3)],
            [
                C("决定书文号", align="center"),
                C(self.numbers.get("penalty_decision", "")),
                C("决定日期", align="center"),
                C(self.d(dd["decided"])),
            ],
            [C("处罚种类\n及幅度", align="center"), C(self.penalty_phrase(), span=3, valign="top", min_h=16)],
            [
                C("是否听证", align="center"),
                C("是" if p.hearing == "held" else "否"),
                C("法制审核", align="center"),
                C("已审核" if dd.get("legal_reviewed") else ""),
            ],
            [C("集体讨论", align="center"), C(self.d(dd.get("discussed")) if dd.get("discussed") else "", span=3)],
            [
                C("报送机关\n意见", align="center"),
                C("报请备案。\n\n" + self.seal_cell_text(day, "form"), span=3, valign="top", min_h=28, seal=True),
            ],
            [C("备案审查\n意见", align="center"), C("", span=3, min_h=24)],
        ]
        blocks = [
            *head,
            Text(f"备案编号：{number}", 11, "right", after=1),
            self.form(rows, W4, 11, title=written if in_table else None),
        ]
        return self.inst("major_filing", written, blocks, day, number, name=base)

    # ── 备考表 ─────────────────────────────────────────────────────────────────────────────
    def record_back(self, items: int, pages: int) -> Instrument:
        p, dd = self.p, self.p.dates
        base = self.r.choice(["备考表", "卷内备考表"])
        head, written, in_table = self.form_title("record_back", base)
        note = f"本卷共有文件材料{items}件，共{pages}页（不含封面、目录及备考表）。"
        if p.notes.get("photo_pages"):
            note += "其中照片" + str(p.notes["photo_pages"]) + "页。"
        note += self.r.choice(["无缺损、修改、补充情况。", "卷内材料完整。", ""])
        if self.st.layouts.get("record_back") == "lines" and not in_table:
            blocks = [
                *head,
                Gap(6),
                Text("本卷情况说明：", 12, leading=1.8),
                self.para(note, 12),
                Gap(30),
                self.label_line("立卷人", p.archivist),
                self.label_line("检查人", p.division_head),
                self.label_line("立卷时间", self.d(dd["archived"], "archive")),
            ]
        else:
            rows = [
                [C("本卷情况说明", align="center", span=2)],
                [C(note, span=2, valign="top", min_h=90)],
                [C("立卷人", align="center"), C(p.archivist)],
                [C("检查人", align="center"), C(p.division_head)],
                [C("立卷时间", align="center"), C(self.d(dd["archived"], "archive"))],
            ]
            blocks = [*head, self.form(rows, W2, 12, title=written if in_table else None)]
        return self.inst("record_back", written, blocks, dd["archived"], None, name="备考表")
