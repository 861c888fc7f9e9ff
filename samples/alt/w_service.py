"""Service and execution: 送达回证, 送达地址确认书, 缴款书, 催告书, 强制执行申请书."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from .fmt import capitals, figures, fmt_date
from .layout import CONTENT_W
from .model import Instrument, Table, Text
from .w_decision import DecisionWriter
from .w_forms import C


class ServiceWriter(DecisionWriter):
    def party_name(self, where: str) -> str:
        """The party's name as a given instrument writes it (a defect may vary it on one)."""
        name = self.p.party.name
        if f"party_variant:{where}" in self.p.flags:
            return self.p.notes["party_variant"]
        return name

    # ── 送达回证 ───────────────────────────────────────────────────────────────────────────
    def receipt(self, served_title: str, served_no: str | None, day: date | None, key: str) -> Instrument:
        p = self.p
        base = self.w("receipt_titles")
        method = self.r.choice(["直接送达", "直接送达", "直接送达", "留置送达", "邮寄送达"])
        if key == "decision" and p.notes.get("decision_by_post"):
            method = "邮寄送达"
        pt = p.party
        receiver = pt.contact
        doc = f"《{served_title}》" + (f"（{served_no}）" if served_no else "")
        place = pt.address if method != "邮寄送达" else f"邮寄至{pt.address}"
        note = {
            "直接送达": "",
            "留置送达": f"受送达人拒绝签收，已在见证人{self.r.choice(['社区网格员', '村委会工作人员'])}见证下留置送达，并拍照记录。",
            "邮寄送达": f"中国邮政EMS，邮件号1{self.r.randint(100000000000, 999999999999)}，签收回执附后。",
        }[method]
        sign = receiver if method == "直接送达" else ("（拒签）" if method == "留置送达" else f"{receiver}（邮政回执）")
        witness = self.r.choice(["刘红梅", "周建华", "赵晓丽"]) if method == "留置送达" else ""
        servers = f"{p.officers[0].name}、{p.officers[1].name}"
        hh, mm = self.r.randint(9, 16), self.r.randint(0, 59)
        when = (
            (f"{self.d(day, 'receipt')}" + (f" {hh}时{mm:02d}分" if self.r.random() < 0.5 and day else ""))
            if day
            else "　　年　　月　　日"
        )
        if self.st.layouts.get("service_receipt") == "lines":
            blocks, written = self.title("service_receipt", base, 20, allow=("plain", "agency_line", "spaced"))
            for k, v in [
                ("送达文书名称及文号", doc),
                ("受送达人", self.party_name(f"receipt_{key}")),
                ("送达地点", place),
                ("送达方式", method),
                ("收件人签名", f"{sign}　　{when}"),
                ("见证人", witness or "/"),
                ("送达人", servers),
                ("备注", note or "/"),
            ]:
                blocks.append(Text(self.hw(f"{k}：{v}"), 12.5, leading=2.1))
            blocks += self.signature(day, "receipt", 13)
        else:
            head, written, in_table = self.form_title("service_receipt", base)
            rows = [
                [C("送达文书\n名称及文号", align="center"), C(doc, span=3)],
                [C("受送达人", align="center"), C(self.party_name(f"receipt_{key}"), span=3)],
                [C("送达地点", align="center"), C(place, span=3)],
                [C("送达方式", align="center"), C(method), C("送达人", align="center"), C(servers)],
                [C("收件人\n签名或盖章", align="center"), C(f"{sign}\n\n{when}", span=3, min_h=24, valign="top")],
                [
                    C("代收人及\n与受送达人关系", align="center"),
                    C(f"{receiver}（{pt.contact_role}）" if pt.org and receiver != pt.person else "/", span=3),
                ],
                [C("见证人", align="center"), C(witness or "/", span=3, min_h=14)],
                [C("备注", align="center"), C(note, span=3, min_h=22, valign="top")],
                [C("送达机关", align="center"), C(self.seal_cell_text(day), span=3, min_h=22, seal=True)],
            ]
            blocks = [
                *head,
                self.form(rows, [32.0, 48.0, 24.0, CONTENT_W - 104.0], 11.5, title=written if in_table else None),
            ]
        inst = self.inst("service_receipt", written, blocks, day, None, name=base)
        inst.served_doc = key
        return inst

    def address_confirmation(self):
        p = self.p
        day = p.dates.get("inquiry1") or p.dates.get("filed")
        pt = p.party
        blocks, written = self.title(
            "service_receipt",
            self.r.choice(["送达地址确认书", "当事人送达地址确认书"]),
            20,
            allow=("plain", "agency_line"),
        )
        rows = [
            [C("案由", align="center"), C(self.case_name(), span=3)],
            [C("受送达人", align="center"), C(pt.name, span=3)],
            [C("送达地址", align="center"), C(pt.address, span=3)],
            [C("收件人", align="center"), C(pt.contact), C("联系电话", align="center"), C(pt.contact_phone)],
            [C("是否同意\n电子送达", align="center"), C(self.r.choice(["□同意　☑不同意", "☑同意　□不同意"]), span=3)],
            [
                C("告知事项", align="center"),
                C(
                    "1.受送达人应当如实提供确认的送达地址；2.确认的送达地址适用于本案各阶段；3.送达地址变更的，应当及时书面告知本机关，"
                    "未告知的，按原地址送达视为送达；4.因提供的地址不准确、拒不提供或者不及时告知变更，导致文书未能被实际接收的，文书退回之日视为送达之日。",
                    span=3,
                    valign="top",
                ),
            ],
            [
                C("受送达人\n确认", align="center"),
                C(
                    f"我已阅知上述告知事项，确认以上送达地址。\n\n受送达人（签名/盖章）：{pt.contact}　　{self.d(day, 'receipt')}",
                    span=3,
                    valign="top",
                    min_h=30,
                ),
            ],
        ]
        blocks.append(Table([30.0, 52.0, 26.0, CONTENT_W - 108.0], rows, size=11))
        inst = self.inst("service_receipt", written, blocks, day, None, name="送达地址确认书")
        inst.served_doc = "address"
        return inst

    # ── 缴款书 ─────────────────────────────────────────────────────────────────────────────
    def payment(self):
        p, dd = self.p, self.p.dates
        day = dd["paid"]
        base = self.w("payment_titles")
        amount = (p.fine or Decimal(0)) + (p.confiscation or Decimal(0))
        if "payment_other_amount" in p.flags:
            amount = p.notes["payment_amount"]
        head = []
        shape = self.r.choice(["above", "in_table"])
        code = f"{self.r.randint(39000000, 39999999)}{self.r.randint(10, 99)}"
        rows = [
            [
                C("票据号码", align="center"),
                C(f"No.{code}"),
                C("填制日期", align="center"),
                C(fmt_date(day, self.r.choice(["iso", "cn", "dot"]))),
            ],
            [C("执收单位", align="center"), C(self.a.name, span=3)],
            [C("缴款人全称", align="center"), C(self.party_name("payment"), span=3)],
            [C("收款人全称", align="center"), C(p.notes["account_name"], span=3)],
            [C("收款账号", align="center"), C(p.notes["account"]), C("开户银行", align="center"), C(p.notes["bank"])],
            [
                C("项目编码", align="center"),
                C("103050101"),
                C("项目名称", align="center"),
                C("一般罚没收入" if not p.confiscation else "罚没收入（罚款、没收违法所得）"),
            ],
            [C("金额（大写）", align="center"), C(capitals(amount), span=3)],
            [C("金额（小写）", align="center"), C(f"¥{figures(amount, 'cents')}", span=3)],
            [
                C("备注", align="center"),
                C(f"决定书文号：{self.numbers.get('penalty_decision') or self.numbers.get('onsite', '')}", span=3),
            ],
            [
                C("经办人", align="center"),
                C(self.r.choice(["王丽", "柜员0317", "自助缴费"])),
                C("收款银行", align="center"),
                C(f"（银行收讫章）\n{fmt_date(day, 'dot')}", min_h=18),
            ],
        ]
        if shape == "in_table":
            rows = [[C(base, span=4, align="center", bold=True, min_h=13)], *rows]
        else:
            head = [Text(base, 18, "center", bold=True, after=2)]
        blocks = [
            *head,
            Text("第一联（收据） 缴款人留存", 9.5, "right"),
            Table([30.0, 52.0, 26.0, CONTENT_W - 108.0], rows, size=11),
        ]
        blocks.append(Text("（此联为缴款人的缴款凭证）", 9.5, "center", before=2))
        return self.inst("payment_receipt", base, blocks, day, None, name="罚没款缴款凭证")

    # ── 催告书 / 强制执行申请书 ─────────────────────────────────────────────────────────────
    def reminder(self):
        p, dd = self.p, self.p.dates
        day = dd["reminder"]
        base = self.r.choice(["催告书", "行政处罚决定履行催告书", "履行行政处罚决定催告书"])
        blocks, written = self.title("enforcement", base)
        number = self.number("enforcement")
        blocks.append(self.number_line("enforcement"))
        size = min(self.st.decision_size, 15.0)
        amount = (p.fine or Decimal(0)) + (p.confiscation or Decimal(0))
        overdue = (day - dd["served"]).days - 15
        fine = p.fine or Decimal(0)
        surcharge = min(fine, fine * Decimal("0.03") * overdue)
        blocks += [
            Text(f"{p.party.name}：", size, leading=1.75),
            self.para(
                f"本{p.short}于{fmt_date(dd['decided'])}对你{'单位' if p.party.org else ''}作出《行政处罚决定书》（{self.numbers.get('penalty_decision', '')}），"
                f"并于{fmt_date(dd['served'])}送达。你{'单位' if p.party.org else ''}至今未履行缴纳罚没款{figures(amount)}元的义务。",
                size,
            ),
            self.para(
                f"根据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告你{'单位' if p.party.org else ''}自收到本催告书之日起十日内履行上述义务，"
                f"并依法缴纳加处罚款（截至本催告书作出之日为{figures(surcharge.quantize(Decimal('0.01')), 'cents')}元，加处罚款数额以罚款本数为限）。",
                size,
            ),
            self.para(
                f"你{'单位' if p.party.org else ''}有权进行陈述和申辩，可在收到本催告书之日起三日内向本{p.short}提出。无正当理由逾期仍不履行的，本{p.short}将依法申请人民法院强制执行。",
                size,
            ),
        ]
        blocks += self.signature(day, "notice", size)
        return self.inst("enforcement", written, blocks, day, number, name=base)

    def court_application(self):
        p, dd = self.p, self.p.dates
        day = dd["court"]
        base = self.r.choice(["强制执行申请书", "行政非诉执行申请书"])
        blocks, written = self.title("enforcement", base, 20, allow=("plain",))
        number = self.number("court")
        blocks.append(Text(number, 13, "center", after=2))
        pt = p.party
        size = 13.0
        amount = (p.fine or Decimal(0)) + (p.confiscation or Decimal(0))
        blocks += [
            self.label_line("申请人", f"{self.a.name}，住所地{self.a.address}", size),
            self.label_line("法定代表人", f"{p.head}，职务：{'局长' if '局' in self.a.name else '主任'}", size),
            self.label_line(
                "被申请人",
                f"{pt.name}，{'统一社会信用代码' if pt.org else '身份证号码'}{pt.code}，{'住所' if pt.org else '住址'}{pt.address}",
                size,
            ),
            Text("申请事项：", size, bold=True, leading=1.8),
            self.para(
                f"请求依法强制执行申请人作出的《行政处罚决定书》（{self.numbers.get('penalty_decision', '')}）确定的罚没款{figures(amount)}元及加处罚款{figures(p.fine or Decimal(0))}元。",
                size,
            ),
            Text("事实与理由：", size, bold=True, leading=1.8),
            self.para(
                f"申请人于{fmt_date(dd['decided'])}对被申请人作出上述行政处罚决定，于{fmt_date(dd['served'])}送达。被申请人在法定期限内未申请行政复议，"
                f"也未提起行政诉讼，又不履行处罚决定。申请人于{fmt_date(dd['reminder'])}作出催告书并依法送达，被申请人在催告期满后仍未履行。"
                "根据《中华人民共和国行政强制法》第五十三条、第五十四条及《中华人民共和国行政诉讼法》第九十七条的规定，特申请强制执行。",
                size,
            ),
            Text(f"此致\n{self.a.court}", size, leading=1.8, before=4),
            self.para("附：行政处罚决定书、送达回证、催告书及送达回证复印件各一份。", size, indent=0),
        ]
        blocks += self.signature(day, "notice", size)
        return self.inst("enforcement", written, blocks, day, number, name=base)
