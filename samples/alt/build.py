"""From a plan to a laid-out case: the instruments in filing order, the 卷内目录 and cover that describe them,
archive page numbers and seal positions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .fmt import fmt_date
from .layout import CONTENT_W, layout_instrument, seal_points
from .model import Gap, Instrument, Page, Table, Text
from .plan import Plan
from .w_forms import C
from .w_service import ServiceWriter


@dataclass
class Case:
    plan: Plan
    instruments: list[Instrument]
    pages: list[Page] = field(default_factory=list)


class Writer(ServiceWriter):
    # ── 卷内文件目录 ───────────────────────────────────────────────────────────────────────
    def index(self, rows_data: list[tuple[Instrument, str]]) -> Instrument:
        base = self.r.choice(["卷内文件目录", "卷内目录", "卷内文件目录", "目　录"])
        blocks, written = self.title("index", base, 20)
        written = written.replace("　", "") if base == "目　录" and written == base else written
        short_dates = self.r.random() < 0.5
        head = [
            C("序号", align="center", bold=True),
            C("文号", align="center", bold=True),
            C("责任者", align="center", bold=True),
            C("题　名", align="center", bold=True),
            C("日期", align="center", bold=True),
            C("页号", align="center", bold=True),
            C("备注", align="center", bold=True),
        ]
        rows = [head]
        for i, (inst, pages) in enumerate(rows_data, 1):
            day = inst.date
            ds = (f"{day:%Y%m%d}" if short_dates else fmt_date(day, "dot")) if day else ""
            rows.append(
                [
                    C(str(i), align="center"),
                    C(inst.doc_number or ""),
                    C(self.a.name if inst.kind != "payment_receipt" else "代收银行"),
                    C(inst.name),
                    C(ds, align="center"),
                    C(pages, align="center"),
                    C(""),
                ]
            )
        widths = [8.0, 32.0, 28.0, 40.0, 22.0, 15.0, CONTENT_W - 145.0]
        blocks.append(Table(widths, rows, size=9, leading=1.3, header_rows=1))
        return self.inst("index", written, blocks, None, None, name="卷内文件目录")

    # ── 案卷封面 ───────────────────────────────────────────────────────────────────────────
    def cover(self, items: int, pages: int) -> Instrument:
        p, dd = self.p, self.p.dates
        base = self.r.choice(["行政处罚案卷", "行政执法案卷", "卷宗封面", "行政处罚案件卷宗"])
        number = self.numbers.get("penalty_decision") or self.numbers.get("no_penalty_decision") or ""
        result = self.penalty_phrase() if p.outcome == "penalty" else "不予行政处罚"
        archive_no = f"{(dd.get('closed') or dd['decided']).year}{p.serials.get('archive', 1):04d}"
        fields = [
            ("案件名称", self.case_name()),
            ("决定书文号", number),
            ("当事人", p.party.name),
            ("办案机构", self.a.unit),
            ("承办人", f"{p.officers[0].name}、{p.officers[1].name}"),
            ("立案日期", self.d(dd.get("filed"), "archive")),
            ("结案日期", self.d(dd.get("closed"), "archive")),
            ("处理结果", result),
            ("保管期限", self.r.choice(["永久", "长期", "定期30年"])),
            ("本卷", f"共{items}件，{pages}页"),
            ("归档号", archive_no),
            ("立卷人", p.archivist),
        ]
        blocks: list = [Gap(10), Text(self.a.name, 20, "center", bold=True, after=6)]
        t_blocks, written = self.title("cover", base, 28)
        blocks += [*t_blocks, Gap(14)]
        if self.st.layouts.get("cover") == "table":
            rows = [[C(k, align="center"), C(v)] for k, v in fields]
            for r in rows:
                r[0].min_h = 11.0
            blocks.append(Table([34.0, CONTENT_W - 34.0], rows, size=12.5))
        else:
            for k, v in fields:
                blocks.append(Text(f"{k}：{v}", 13.5, leading=2.2, left=8))
        return self.inst("cover", written, blocks, None, number or None, name="案卷封面")


def build_instruments(plan: Plan, w: Writer) -> list[Instrument]:
    """The instruments of the file in filing order (no cover, index or 备考表 yet), defects applied."""
    p = plan
    dd = p.dates
    seq: list[tuple[str, Instrument]] = []

    def add(tag: str, make: Callable[[], Instrument]) -> Instrument | None:
        if f"drop:{tag}" in p.flags:
            return None
        inst = make()
        seq.append((tag, inst))
        return inst

    if p.procedure == "simple":
        if p.notes.get("simple_photo"):
            add("photos", lambda: w.photos(1))
        onsite = add("onsite", w.onsite_decision)
        if onsite is not None:
            w.numbers["onsite"] = onsite.doc_number or ""
        if p.fine and dd.get("paid"):
            add("payment", w.payment)
        return [inst for _, inst in seq]

    add("case_source", w.case_source)
    if p.scenario.extra.get("order_first"):
        add("order_letter", w.order_letter)
        add("recheck_letter", w.recheck_letter)
    add("filing_approval", w.filing_approval)
    if p.address_form:
        add("address_form", w.address_confirmation)
    add("inspection", w.inspection_record)
    if p.preservation:
        add("preservation", w.preservation)
    add("inquiry1", lambda: w.inquiry_record(1))
    if p.second_inquiry:
        add("inquiry2", lambda: w.inquiry_record(2))
    if p.proxy:
        add("proxy", w.proxy_letter)
    add("evidence_list", w.evidence_list)
    add("identity", w.identity_copy)
    add("photos", lambda: w.photos(1))
    if p.preservation:
        add("preservation_release", w.preservation_release)
    if p.extension:
        add("extension", w.extension)
    add("report", w.investigation_report)
    if p.is_major or "review_anyway" in p.flags:
        if dd.get("legal_reviewed"):
            add("legal_review", w.legal_review)
        if dd.get("discussed"):
            add("discussion", w.collective_discussion)
    if p.outcome == "penalty" and p.has_notice:
        notice = add("notice", w.prior_notice)
        nt, nn = (notice.title, notice.doc_number) if notice else ("行政处罚告知书", None)
        add("notice_receipt", lambda: w.receipt(p.notes.get("notice_title", nt), nn, dd["notice_served"], "notice"))
        if p.statement != "none":
            add("statement", w.statement)
            if p.statement in ("oral", "written") and p.notes.get("review_page") and "no_review" not in p.flags:
                add("statement_review", w.statement_review)
        if p.hearing == "held":
            add("hearing_request", w.hearing_request)
            hn = add("hearing_notice", w.hearing_notice)
            add(
                "hearing_notice_receipt",
                lambda: w.receipt(
                    hn.name if hn else "听证通知书",
                    hn.doc_number if hn else None,
                    dd["hearing_notice_served"],
                    "hearing_notice",
                ),
            )
            add("hearing_record", w.hearing_record)
            if p.notes.get("hearing_report"):
                add("hearing_report", w.hearing_report)
    add("approval", w.penalty_approval)
    if p.outcome == "penalty":
        dec = add("decision", w.penalty_decision)
        add(
            "decision_receipt",
            lambda: w.receipt(
                "行政处罚决定书",
                dec.doc_number if dec else None,
                None if "blank_service_date" in p.flags else dd["served"],
                "decision",
            ),
        )
        if p.fine and dd.get("paid"):
            add("payment", w.payment)
        if p.enforcement != "none":
            rem = add("reminder", w.reminder)
            add(
                "reminder_receipt",
                lambda: w.receipt(
                    rem.name if rem else "催告书", rem.doc_number if rem else None, dd["reminder_served"], "reminder"
                ),
            )
            if dd.get("court"):
                add("court", w.court_application)
    else:
        dec = add("decision", w.no_penalty_decision)
        add(
            "decision_receipt",
            lambda: w.receipt("不予行政处罚决定书", dec.doc_number if dec else None, dd["served"], "decision"),
        )
    add("closing", w.closing_report)
    if p.is_major and dd.get("major_reported"):
        add("major_filing", w.major_filing)
    move = p.notes.get("move")
    if move:
        tags = [t for t, _ in seq]
        if move[0] in tags and move[1] in tags:
            item = seq.pop(tags.index(move[0]))
            tags = [t for t, _ in seq]
            seq.insert(tags.index(move[1]) + (1 if move[2] == "after" else 0), item)
    p.notes["tags"] = [t for t, _ in seq]
    return [inst for _, inst in seq]


def _page_ranges(first: int, last: int, style: str) -> str:
    if style == "start" or first == last:
        return str(first)
    return f"{first}-{last}"


def assemble(plan: Plan) -> Case:
    w = Writer(plan)
    body = build_instruments(plan, w)
    for inst in body:
        layout_instrument(inst)
    if plan.procedure == "simple":
        insts = body
    else:
        n_body = sum(len(i.pages) for i in body)
        style = w.r.choice(["range", "range", "start"])
        from_cover = plan.style.stamp_from == "cover"
        index_inst = None
        index_pages = 1
        for _ in range(3):  # the index's own length shifts numbering when pages count from the cover
            start = (1 + 1 + index_pages) if from_cover else 1
            rows, cur = [], start
            for inst in body:
                rows.append((inst, _page_ranges(cur, cur + len(inst.pages) - 1, style)))
                cur += len(inst.pages)
            if "index_wrong" in plan.flags:
                k = plan.notes.setdefault("index_wrong_from", max(2, len(rows) // 2))
                shift = plan.notes.setdefault("index_wrong_by", 2)
                fixed = []
                for j, (inst, pg) in enumerate(rows):
                    if j >= k:
                        parts = [str(int(x) + shift) for x in pg.split("-")]
                        pg = "-".join(parts)
                    fixed.append((inst, pg))
                rows = fixed
            index_inst = w.index(rows)
            layout_instrument(index_inst)
            if len(index_inst.pages) == index_pages:
                break
            index_pages = len(index_inst.pages)
        cover = w.cover(len(body), n_body)
        layout_instrument(cover)
        back = w.record_back(len(body), n_body)
        layout_instrument(back)
        assert index_inst is not None
        insts = [cover, *([] if "no_index" in plan.flags else [index_inst]), *body, back]
    case = Case(plan, insts)
    page_no = 0
    archive_no = 0
    from_cover = plan.style.stamp_from == "cover"
    for inst in insts:
        inst.first_page = page_no + 1
        for page in inst.pages:
            page_no += 1
            numbered = (
                plan.procedure == "general"
                and inst.kind != "record_back"
                and (from_cover or inst.kind not in ("cover", "index"))
            )
            if numbered:
                archive_no += 1
                page.stamp = plan.style.stamp_fmt.format(n=archive_no)
                page.stamp_pos = plan.style.stamp_pos
            page.seals = seal_points(page) if inst.seal else []
            case.pages.append(page)
    return case
