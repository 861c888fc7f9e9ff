"""Investigation instruments: 现场检查笔录, 询问笔录, evidence pages, 先行登记保存 / 查封扣押, and the pages that
are no instrument of ours (授权委托书, 责令限期整改指令书, 听证申请书)."""

from __future__ import annotations

from datetime import date, timedelta

from .fmt import fmt_date
from .layout import CONTENT_W
from .model import Gap, Instrument, PageBreak, Picture, Table, Text
from .w_forms import C, FormWriter

EXTRA_QA = [
    ("你单位（你）的经营（从业）情况请介绍一下。", "{business}"),
    ("检查中发现的问题你们之前是否知道？", "之前没有注意到，是我们管理上的疏漏。"),
    ("你们对发现的问题采取了哪些整改措施？", "已经按照执法人员的要求开始整改，整改完后会把材料报过来。"),
    ("你对执法人员的检查程序有无异议？", "没有异议。"),
    ("请你提供单位的营业执照等相关材料。", "好的，我签字确认的复印件一会儿交给你们。"),
]


class RecordWriter(FormWriter):
    def _officer_line(self, which: list, with_cert: bool = True) -> str:
        return "、".join(f"{o.name}（执法证号：{o.cert}）" if with_cert else o.name for o in which)

    def _record_officers(self, record: str) -> list:
        """Officers named on a record; a defect may leave one out or drop the certificate numbers."""
        officers = self.p.officers[:2]
        if f"one_officer:{record}" in self.p.flags:
            officers = officers[:1]
        return officers

    def _certs_on(self, record: str) -> bool:
        return f"no_certs:{record}" not in self.p.flags

    def _place(self) -> str:
        """Where officers inspected: the road or station for traffic cases, the village for land, else the premises."""
        v = self.p.values
        if self.s.key == "la_occupation":
            return f"青岚市白石县{v['village']}村{v['group']}组"
        if self.s.key in ("tr_passenger", "tr_spill", "ur_waste") and not self.p.sched.get("stale"):
            return v["site"]
        return self.p.party.address if self.p.party.org else v["site"]

    def _time(self, day: date, h0: int, m0: int, minutes: int) -> str:
        end = h0 * 60 + m0 + minutes
        return f"{day.year}年{day.month}月{day.day}日{h0}时{m0:02d}分至{end // 60}时{end % 60:02d}分"

    # ── 现场检查笔录 ───────────────────────────────────────────────────────────────────────
    def inspection_record(self):
        p, dd = self.p, self.p.dates
        day = dd["inspection"]
        land = self.s.key == "la_occupation"
        base = self.r.choice(
            ["现场勘测笔录", "勘验笔录"] if land else ["现场检查笔录", "现场笔录", "现场检查笔录", "检查（勘验）笔录"]
        )
        blocks, written = self.title("inspection_record", base, 20)
        officers = self._record_officers("inspection")
        pt = p.party
        h0, m0 = self.r.choice([9, 10, 14, 15]), self.r.choice([0, 10, 20, 30, 40])
        lines = [
            ("检查时间", self._time(day, h0, m0, self.r.randint(40, 100))),
            ("检查地点", self._place()),
            ("被检查单位（人）", pt.name),
        ]
        if pt.org:
            lines += [("统一社会信用代码", pt.code), ("法定代表人（负责人）", pt.person)]
        else:
            lines += [("身份证号码", pt.code)]
        lines += [
            ("现场负责人", f"{pt.contact}　　职务：{pt.contact_role}　　电话：{pt.contact_phone}"),
            ("检查人员", self._officer_line(officers, self._certs_on("inspection"))),
            ("记录人", officers[-1].name),
        ]
        for label, value in lines:
            blocks.append(self.label_line(label, value, 11.5))
        blocks.append(Gap(2))
        show = f"执法人员{'、'.join(o.name for o in officers)}向被检查人出示了执法证件，说明了检查的依据和内容，告知其有申请回避的权利，被检查人表示不申请回避。"
        blocks.append(self.para(show, 11.5, leading=1.75))
        finding = self.fill(self.s.extra["stale_findings"] if self.p.sched.get("stale") else self.s.findings)
        more = self.r.choice(
            [
                "执法人员对现场情况进行了拍照取证。",
                "执法人员使用执法记录仪对检查过程全程录像，并对现场拍照。",
                "现场拍摄照片若干张附卷。",
            ]
        )
        blocks.append(self.para(f"检查情况：{finding}。{more}", 11.5, leading=1.75))
        if p.preservation:
            blocks.append(
                self.para(
                    "经本"
                    + p.short
                    + "负责人批准，执法人员对涉案物品依法"
                    + (
                        "实施查封，并当场送达实施行政强制措施决定书。"
                        if self.s.agency in ("emergency", "transport")
                        else "予以先行登记保存，并当场送达先行登记保存证据通知书及物品清单。"
                    ),
                    11.5,
                    leading=1.75,
                )
            )
        blocks += [
            Gap(4),
            self.label_line("被检查人意见", self.r.choice(["以上情况属实。", "情况属实，同意。", "无异议。"]), 11.5),
            Gap(8),
            Text(f"被检查人（签名）：　　　　　　　　{self.d(day, 'record')}", 11.5, leading=2.0),
            Text(f"检查人员（签名）：　　　　　　　　{self.d(day, 'record')}", 11.5, leading=2.0),
            Text(f"记录人（签名）：　　　　　　　　　{self.d(day, 'record')}", 11.5, leading=2.0),
        ]

        def footer(i, n):
            return [Text(f"第{i}页　共{n}页", 9.5, "center")]

        return self.inst("inspection_record", written, blocks, day, None, name=base, footer=footer)

    # ── 询问笔录 ───────────────────────────────────────────────────────────────────────────
    def inquiry_record(self, which: int = 1) -> Instrument:
        p, dd = self.p, self.p.dates
        day = dd[f"inquiry{which}"]
        base = self.r.choice(["询问笔录", "调查询问笔录", "询问笔录", "调查笔录"])
        if which == 2:
            base = self.r.choice(["询问笔录（第2次）", "询问笔录（第二次）", "调查询问笔录（续）"])
        blocks, written = self.title("inquiry_record", base, 20)
        officers = self._record_officers("inquiry")
        certs = self._certs_on("inquiry")
        pt = p.party
        person = pt.contact if (pt.org and which == 1) else pt.person
        pid = pt.contact_id if person == pt.contact else pt.person_id
        age = day.year - (pt.birth.year if person == pt.person else int(pid[6:10]))
        relation = (
            "当事人" if not pt.org else "法定代表人" if person == pt.person else f"当事人的{pt.contact_role}（受委托）"
        )
        h0, m0 = self.r.choice([9, 10, 14, 15]), self.r.choice([0, 5, 15, 30, 45])
        place = self.r.choice([f"{self.a.name}询问室", f"{self.a.unit}办公室", f"{pt.address}"])
        head = [
            ("询问时间", self._time(day, h0, m0, self.r.randint(35, 90))),
            ("询问地点", place),
            ("询问人", self._officer_line(officers, certs)),
            ("记录人", officers[-1].name),
            (
                "被询问人",
                f"{person}　　性别：{pt.sex if person == pt.person else self.r.choice(['男', '女'])}　　年龄：{age}",
            ),
            ("身份证号码", pid),
            ("工作单位", pt.name if pt.org else "无"),
            ("联系电话", pt.contact_phone),
            ("与本案关系", relation),
        ]
        for label, value in head:
            blocks.append(self.label_line(label, value, 11.5))
        blocks.append(Gap(2))
        q, a = self.st.qa_labels
        o1, o2 = officers[0], officers[-1]
        qa = [
            (
                self.w("show_certs", agency=self.a.name, o1=o1.name, o2=o2.name, c1=o1.cert, c2=o2.cert),
                self.w("certs_ack"),
            ),
            (self.w("duty_truth"), self.w("duty_ack")),
        ]
        body = (
            list(self.s.qa)
            if which == 1
            else [("上次询问后，你们还有什么需要补充说明的？", "把整改的情况补充说明一下，材料已经交给你们了。")]
        )
        if which == 1 and self.r.random() < 0.55:
            body += self.r.sample(EXTRA_QA, self.r.randint(2, 4))
        qa += [(self.fill(x), self.fill(y.replace("{business}", self._business()))) for x, y in body]
        qa.append(
            (
                "你以上所说的是否属实？还有什么补充的吗？",
                self.r.choice(["属实，没有补充。", "都是实话，没有要补充的。"]),
            )
        )
        for x, y in qa:
            blocks.append(Text(self.hw(f"{q}{x}"), 11.5, leading=1.75))
            blocks.append(Text(self.breaks(self.hw(f"{a}{y}")), 11.5, leading=1.75))
        if p.inquiry_sparse_end and which == 1:
            blocks.append(PageBreak())
        blocks += [
            Gap(3),
            Text(f"（被询问人手写）{self.w('record_close')}", 11.5, leading=1.8),
            Text(f"被询问人（签名）：{person}　　　　{self.d(day, 'record')}", 11.5, leading=2.0),
            Text(
                f"询问人（签名）：{'、'.join(o.name for o in officers)}　　记录人（签名）：{o2.name}", 11.5, leading=2.0
            ),
        ]

        def footer(i, n):
            return [Text(f"被询问人签名：　　　　　　　　　　　　第 {i} 页　共 {n} 页", 10, "left")]

        return self.inst("inquiry_record", written, blocks, day, None, name=base, footer=footer)

    def _business(self) -> str:
        pt = self.p.party
        if pt.org:
            founded = pt.founded.year if pt.founded else 2015
            return f"公司成立于{founded}年，主要经营{self.s.scope or '相关业务'}，现有员工{self.p.values['staff']}人。"
        return "我平时在家附近打零工，没有固定单位。"

    # ── evidence ──────────────────────────────────────────────────────────────────────────
    def evidence_list(self):
        p = self.p
        base = self.r.choice(["证据材料清单", "证据目录", "证据清单", "证据材料目录"])
        head, written, in_table = self.form_title("evidence_list", base)
        rows = [
            [
                C("序号", align="center", bold=True),
                C("证据名称", align="center", bold=True),
                C("证据来源", align="center", bold=True),
                C("证明对象", align="center", bold=True),
                C("页数", align="center", bold=True),
            ]
        ]
        for i, (name, proves) in enumerate(self.evidence(), 1):
            src = (
                "当事人提供"
                if "复印件" in name or "证明" in name
                else "执法人员制作"
                if "笔录" in name
                else "执法人员调取"
            )
            rows.append(
                [C(str(i), align="center"), C(name), C(src), C(proves), C(str(self.r.randint(1, 4)), align="center")]
            )
        widths = [12.0, 52.0, 28.0, 52.0, 14.0]
        blocks = [*head, self.form(rows, widths, 10.5, title=written if in_table else None)]
        blocks.append(
            Text(
                f"提交人：{p.officers[0].name}　　　　{self.d(p.dates.get('reported') or p.dates.get('decided'))}",
                11,
                "right",
                before=4,
            )
        )
        return self.inst(
            "evidence", written, blocks, p.dates.get("reported") or p.dates.get("decided"), None, name=base
        )

    def identity_copy(self):
        p = self.p
        pt = p.party
        day = p.dates.get("inquiry1") or p.dates["inspection"]
        if pt.org:
            base = self.r.choice(["营业执照复印件", "证据提取单", "当事人主体资格证明"])
            pic = Picture(
                "licence",
                150,
                106,
                p.seed + 11,
                {
                    "code": pt.code,
                    "name": pt.name,
                    "rep": pt.person,
                    "founded": fmt_date(pt.founded, "cn0"),
                    "address": pt.address,
                    "scope": self.s.scope,
                    "type": "有限责任公司（自然人投资或控股）",
                },
            )
        else:
            base = self.r.choice(["身份证复印件", "证据提取单", "当事人身份证明"])
            pic = Picture(
                "idcard",
                150,
                50,
                p.seed + 12,
                {
                    "name": pt.name,
                    "sex": pt.sex,
                    "birth": fmt_date(pt.birth, "cn"),
                    "address": pt.address.replace("云泽省", ""),
                    "id": pt.code,
                    "valid": f"{pt.birth.year + 30}.03.01-{pt.birth.year + 50}.03.01",
                },
            )
        blocks, written = self.title("evidence", base, 18, allow=("plain", "prefix"))
        if base == "证据提取单":
            rows = [
                [C("证据名称", align="center"), C("营业执照复印件" if pt.org else "身份证复印件", span=3)],
                [C("提取地点", align="center"), C(pt.address, span=3)],
                [C("证明对象", align="center"), C("当事人的主体资格" if pt.org else "当事人的身份", span=3)],
            ]
            blocks.append(self.form(rows, [30.0, 50.0, 28.0, CONTENT_W - 108.0], 11))
        blocks.append(pic)
        blocks += [
            Text("此复印件与原件核对一致。", 12, leading=1.8, before=2),
            Text(f"提供人（签名/盖章）：{pt.contact}　　　　{self.d(day, 'record')}", 12, leading=1.8),
            Text(f"核对人：{p.officers[0].name}、{p.officers[1].name}", 12, leading=1.8),
        ]
        return self.inst("evidence", written, blocks, day, None, name=base)

    def photos(self, idx: int = 1) -> Instrument:
        p = self.p
        base = self.r.choice(["现场照片", "照片证据", f"现场检查照片（{idx}）", "现场照片及说明"])
        blocks, written = self.title("evidence", base, 18, allow=("plain", "spaced"))
        day = p.dates["inspection"]
        for k in range(self.r.choice([1, 2])):
            blocks.append(Picture("photo", 128, 84, p.seed * 10 + idx * 3 + k, {"subject": self.s.photo}))
            rows = [
                [
                    C("拍摄时间", align="center"),
                    C(f"{fmt_date(day, 'cn')}{self.r.randint(9, 16)}时{self.r.randint(0, 59):02d}分"),
                    C("拍摄人", align="center"),
                    C(p.officers[k % 2].name),
                ],
                [C("拍摄地点", align="center"), C(self._place(), span=3)],
                [
                    C("证明内容", align="center"),
                    C(self.fill(self.r.choice(["{site}现场情况", "当事人违法行为现场", "涉案现场全貌"])), span=3),
                ],
            ]
            blocks.append(self.form(rows, [24.0, 55.0, 22.0, CONTENT_W - 101.0], 10.5))
        p.notes["photo_pages"] = p.notes.get("photo_pages", 0) + 1
        return self.inst("evidence", written, blocks, day, None, name=base)

    # ── 先行登记保存 / 查封扣押 ───────────────────────────────────────────────────────────
    def preservation(self):
        p, dd = self.p, self.p.dates
        seizure = self.s.agency in ("emergency", "transport")
        if seizure:
            base = self.r.choice(["实施行政强制措施决定书", "查封扣押决定书"])
            number = self.number("seizure")
        else:
            base = "先行登记保存证据通知书"
            number = self.number("preservation")
        blocks, written = self.title("evidence_preservation", base, 20, allow=("plain", "agency_line"))
        blocks.append(self.number_line("seizure" if seizure else "preservation", 13))
        blocks.append(Text(f"{p.party.name}：", 13, leading=1.8))
        if seizure:
            item = (
                f"{p.values['plate']}小型普通客车一辆" if self.s.agency == "transport" else "涉案设备、物品（详见清单）"
            )
            law = (
                "《中华人民共和国道路运输条例》第六十二条"
                if self.s.agency == "transport"
                else "《中华人民共和国安全生产法》第六十五条第一款第（四）项"
            )
            text = (
                f"因你（单位）涉嫌{self.s.cause}，依据{law}和《中华人民共和国行政强制法》的有关规定，"
                f"本{p.short}决定自{fmt_date(dd['preservation'], 'cn')}起对{item}实施扣押（查封），期限为三十日。"
                f"如不服本决定，可以在收到本决定书之日起六十日内向{self.a.review_body}申请行政复议，也可以在六个月内依法向{self.a.court}提起行政诉讼。"
            )
        else:
            text = (
                f"因你涉嫌{self.s.cause}，为防止证据灭失，经本{p.short}负责人批准，依据《中华人民共和国行政处罚法》第五十六条的规定，"
                f"对下列物品予以先行登记保存，保存期间不得销毁或者转移。本{p.short}将在七个工作日内作出处理决定。"
            )
        blocks.append(self.para(text, 13))
        rows = [
            [
                C("序号", align="center"),
                C("物品名称", align="center"),
                C("规格", align="center"),
                C("数量", align="center"),
                C("存放地点", align="center"),
            ]
        ]
        things = (
            [("小型普通客车", p.values["plate"], "1辆", "执法支队停车场")]
            if self.s.agency == "transport"
            else [
                ("输液架", "不锈钢", f"{p.values['k']}个", "原地封存"),
                ("注射剂及口服药品", "详见附表", "1批", "原地封存"),
                ("诊疗床", "/", f"{p.values['n']}张", "原地封存"),
            ]
            if self.s.agency == "health"
            else [("危险化学品储存容器", "/", f"{p.values['k']}个", "原地查封"), ("经营台账", "/", "2本", "执法支队")]
        )
        for i, (a, b, c, d) in enumerate(things, 1):
            rows.append([C(str(i), align="center"), C(a), C(b), C(c, align="center"), C(d)])
        blocks.append(Table([12.0, 52.0, 34.0, 22.0, CONTENT_W - 120.0], rows, size=11, before=3))
        blocks += [
            Text(
                f"当事人（签名）：{p.party.contact}　　　　执法人员：{p.officers[0].name}、{p.officers[1].name}",
                12,
                leading=2.0,
                before=4,
            )
        ]
        blocks += self.signature(dd["preservation"], "notice", 13)
        return self.inst("evidence_preservation", written, blocks, dd["preservation"], number, name=base)

    def preservation_release(self):
        p, dd = self.p, self.p.dates
        seizure = self.s.agency in ("emergency", "transport")
        base = (
            "解除行政强制措施决定书"
            if seizure
            else self.r.choice(["解除先行登记保存证据通知书", "先行登记保存物品处理通知书"])
        )
        blocks, written = self.title("evidence_preservation", base, 20, allow=("plain", "agency_line"))
        blocks.append(Text(f"{p.party.name}：", 13, leading=1.8))
        ref = self.numbers.get("seizure") or self.numbers.get("preservation")
        if seizure:
            text = f"本{p.short}于{fmt_date(dd['preservation'], 'cn')}以{ref}文书对你（单位）的涉案财物实施的行政强制措施，现因调查取证已完成，决定予以解除，请于接到本决定书后到{self.a.unit}办理手续。"
        else:
            text = f"本{p.short}于{fmt_date(dd['preservation'], 'cn')}对你先行登记保存的物品，经研究，作出如下处理：涉案药品、器械作为证据予以封存，待行政处罚决定作出后一并处理。"
        blocks.append(self.para(text, 13))
        blocks += self.signature(dd["preservation_end"], "notice", 13)
        return self.inst("evidence_preservation", written, blocks, dd["preservation_end"], None, name=base)

    # ── pages of kind other ───────────────────────────────────────────────────────────────
    def proxy_letter(self):
        p = self.p
        pt = p.party
        day = p.dates.get("inquiry1") or p.dates["inspection"]
        blocks, written = self.title("other", "授权委托书", 20, allow=("plain",))
        blocks += [
            Text(f"委托单位：{pt.name}", 12.5, leading=1.9),
            Text(f"法定代表人：{pt.person}", 12.5, leading=1.9),
            Text(f"受委托人：{pt.contact}　　职务：{pt.contact_role}　　身份证号：{pt.contact_id}", 12.5, leading=1.9),
            self.para(
                f"现委托{pt.contact}代表本单位，就{self.a.name}调查的本单位涉嫌{self.s.cause}一案，接受询问调查、提供材料、签收文书，"
                f"并代为陈述、申辩。委托期限自本委托书签署之日起至本案办结之日止。",
                12.5,
            ),
            Gap(20),
            Text(
                f"委托单位（盖章）：{pt.name}\n法定代表人（签名）：{pt.person}\n{self.d(day, 'record')}",
                12.5,
                "right",
                leading=1.9,
            ),
        ]
        return self.inst("other", written, blocks, day, None, name="授权委托书")

    def order_letter(self):
        """责令限期整改指令书 issued on the first inspection (the case is its breach)."""
        p, dd = self.p, self.p.dates
        blocks, written = self.title(
            "other", self.r.choice(["责令限期整改指令书", "责令限期改正指令书"]), 20, allow=("plain", "agency_line")
        )
        number = self.number("order")
        blocks.append(Text(number, 13, "center", after=3))
        blocks.append(Text(f"{p.party.name}：", 13, leading=1.8))
        blocks.append(
            self.para(
                f"经查，你单位存在下列问题：未按照规定配备专职安全生产管理人员。依据《中华人民共和国安全生产法》第六十五条的规定，"
                f"现责令你单位于{fmt_date(dd['order_date'] + timedelta(days=15), 'cn')}前整改完毕，并将整改情况书面报告本{p.short}。逾期未整改的，本{p.short}将依法处理。",
                13,
            )
        )
        blocks.append(
            Text(
                f"被检查单位负责人（签收）：{p.party.person}　　{self.d(dd['order_date'], 'record')}",
                12,
                leading=2.0,
                before=4,
            )
        )
        blocks += self.signature(dd["order_date"], "notice", 13)
        return self.inst("other", written, blocks, dd["order_date"], number, name="责令限期整改指令书")

    def recheck_letter(self):
        p, dd = self.p, self.p.dates
        blocks, written = self.title("other", "整改复查意见书", 20, allow=("plain", "agency_line"))
        blocks.append(Text(f"{p.party.name}：", 13, leading=1.8))
        blocks.append(
            self.para(
                f"本{p.short}于{fmt_date(dd['discovered'], 'cn')}对你单位执行{self.numbers.get('order')}的情况进行了复查，"
                f"发现你单位仍未配备专职安全生产管理人员，整改期限已届满。对你单位逾期未改正的行为，本{p.short}将依法立案查处。",
                13,
            )
        )
        blocks.append(
            Text(
                f"被复查单位负责人（签收）：{p.party.person}　　{self.d(dd['discovered'], 'record')}",
                12,
                leading=2.0,
                before=4,
            )
        )
        blocks += self.signature(dd["discovered"], "notice", 13)
        return self.inst("other", written, blocks, dd["discovered"], None, name="整改复查意见书")

    def hearing_request(self):
        p, dd = self.p, self.p.dates
        blocks, written = self.title("other", self.r.choice(["听证申请书", "行政处罚听证申请书"]), 20, allow=("plain",))
        blocks.append(Text(f"{self.a.name}：", 13, leading=1.8))
        blocks.append(
            self.para(
                f"本人（本单位）于{fmt_date(dd['notice_served'], 'cn')}收到你{p.short[-1]}《{p.notes.get('notice_title', '行政处罚告知书')}》"
                f"（{self.numbers.get('prior_notice', '')}），对拟作出的行政处罚有异议，现依法申请举行听证。",
                13,
            )
        )
        blocks.append(
            Text(
                f"申请人：{p.party.name}\n{self.d(dd['hearing_requested'], 'record')}",
                13,
                "right",
                leading=1.9,
                before=14,
            )
        )
        return self.inst("other", written, blocks, dd["hearing_requested"], None, name="听证申请书")
