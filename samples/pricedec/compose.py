"""One decision: the plan drawn from a seed, its wording in blocks, and its truth (label and checks).

Every dimension (heading, party block, facts, disposition, amounts, remedies, payment, notice, signature,
furniture, defects) is drawn on its own, so combinations are new. The truth is written from the plan while the
text is written, following tests/real/README.md (schema and rulings), never from reading the rendered text."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import chinese_calendar

from . import cn, laws
from .laws import Cite, Offence
from .places import GOODS, SERVICES, TRADE_THINGS, Agency, Party, agency, party, person

# ── blocks the renderer lays out ───────────────────────────────────────────────────────────────


@dataclass
class Block:
    """One piece of the page: kind in title, center, right, left, para, table, sign, gap."""

    kind: str
    text: str = ""
    size: float = 0.0  # 0: the document's body size
    rows: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Decision:
    """A composed decision: blocks, layout choices, label, checks."""

    number: str
    blocks: list[Block]
    layout: dict[str, Any]
    label: dict[str, Any]
    checks: dict[str, dict[str, str]]


# ── defects ──────────────────────────────────────────────────────────────────────────────────
#: Injected defects, ordered so that a short set already touches every check.
DEFECTS = (
    "no_address",
    "missing_basis",
    "stale_51",
    "generic_body",
    "no_payment_place",
    "blank_date",
    "doc_no_year",
    "statement_early",
    "swapped_roles",
    "placeholder",
    "aic_body",
    "only_after_review",
    "doc_year_mismatch",
    "suspect_conclusion",
    "short_review",
    "imprecise_citation",
    "blank_days",
    "superior_only",
    "short_litigation",
    "proposal_wording",
    "doc_missing",
    "blank_copies",
    "repealed_rule",
)
#: Defects whose sentence only the general procedure's full decision carries.
#: Defects a drawn layout brings (not drawn from DEFECTS, whose length fixes each seed's draws): the national
#: form's bracketed section headings left above the text fail drafting by ruling 10 (the real labels fail them).
LAYOUT_DEFECTS = ("form_headings",)
ALL_DEFECTS = DEFECTS + LAYOUT_DEFECTS
GENERAL_ONLY = {"statement_early", "proposal_wording", "blank_days", "no_payment_place", "stale_51", "missing_basis"}


def _is_plain_workday(d: date) -> bool:
    """True when the day is an ordinary weekday and the official calendar agrees (no holiday, no 调休)."""
    return d.weekday() < 5 and bool(chinese_calendar.is_workday(d))


def _plain_window(start: date, days: int) -> bool:
    """No holiday or 调休 day in [start, start+days]: working days then follow the weekday rule alone."""
    for i in range(days + 1):
        d = start + timedelta(days=i)
        if bool(chinese_calendar.is_workday(d)) != (d.weekday() < 5):
            return False
    return True


def add_workdays(d: date, n: int) -> date:
    """The n-th working day after d on the official calendar (the day of service not counted)."""
    count = 0
    while count < n:
        d += timedelta(days=1)
        if chinese_calendar.is_workday(d):
            count += 1
    return d


# ── small writing helpers ──────────────────────────────────────────────────────────────────────


class Writer:
    """Draws one decision's styles and keeps the notes that say which were drawn."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.notes: list[str] = []
        self.styles: dict[str, str] = {}
        #: words printed after a citation, e.g. an item described instead of numbered
        self.glosses: dict[Cite, str] = {}

    def pick(self, dim: str, options: tuple[str, ...] | list[str], weights: list[float] | None = None) -> str:
        value = self.rng.choices(list(options), weights=weights)[0]
        self.styles[dim] = value
        return value

    def one(self, *options: str) -> str:
        return self.rng.choice(options)


def cite_text(cites: list[Cite], w: Writer, laws_printed: dict[str, str], cstyle: str, sep: str = "、") -> str:
    """《价格法》第十三条第一款、第四十二条 — consecutive citations of one law share its name."""
    parts: list[str] = []
    prev = None
    for c in cites:
        name = laws_printed[c.law]
        gloss = w.glosses.get(c, "")
        if c.law == prev and w.rng.random() < 0.6:
            parts.append(c.printed(cstyle) + gloss)
        else:
            parts.append(f"《{name}》{c.printed(cstyle)}{gloss}")
        prev = c.law
    if len(parts) > 1 and w.rng.random() < 0.4:
        return sep.join(parts[:-1]) + "和" + parts[-1]
    return sep.join(parts)


def amount_text(value: Decimal, style: str) -> str:
    """An amount as printed: 5000元, 5,000.00元, 人民币伍仟元整, 5000元（大写：伍仟元整）, 0.5万元, 伍仟元."""
    if style == "plain":
        return f"{cn.plain(value)}元"
    if style == "comma":
        return f"{value:,.2f}元"
    if style == "rmb_caps":
        return f"人民币{cn.capitals(value)}"
    if style == "yen":
        return f"人民币{cn.capitals(value)}（¥{value:.2f}）"
    if style == "both":
        return f"{cn.plain(value)}元（大写：{cn.capitals(value)}）"
    if style == "wan" and value >= 1000 and value % 100 == 0:
        return f"{value / 10000:g}万元"
    if style == "caps":
        return cn.capitals(value).removesuffix("整")
    return f"人民币{cn.plain(value)}元"


def printed_money_forms(value: Decimal, style: str) -> bool:
    """Whether the style prints the digits a label checker can find (capitals alone cannot be found)."""
    return style not in ("rmb_caps", "caps")


# ── the plan ─────────────────────────────────────────────────────────────────────────────────


@dataclass
class Item:
    """One violation with its money."""

    offence: Offence
    violated: list[Cite]
    basis: list[Cite]
    thing: tuple[str, str, float]
    gains: Decimal
    fine: Decimal
    goods: bool
    warning: bool
    refund: bool


def _rand_date(rng: random.Random) -> date:
    start = date(2023, 2, 1)
    return start + timedelta(days=rng.randrange((date(2025, 12, 15) - start).days))


def draw_defects(seed: int, index: int) -> list[str]:
    """Every third document carries an injected defect (every ninth a second one), taken in turn from DEFECTS
    starting at a place the seed fixes, so a set of 40 touches most defects and every check."""
    if index % 3 != 2:
        return []
    turn = (seed - 1) * 7 + index // 3 + index // 9
    out = [DEFECTS[turn % len(DEFECTS)]]
    if index % 9 == 8:
        out.append(DEFECTS[(turn + 1) % len(DEFECTS)])
    return out


SERVICE_OFFENCES = ("guide_price", "set_price", "own_fee", "fee_no_service", "no_bill")
#: Offences a business selling goods, or only providing a service, can plausibly commit.
GOODS_OK = (
    "promo_conditions",
    "discrimination",
    "unmarked",
    "wrong_marking",
    "extra_charge",
    "fake_discount",
    "misleading_price",
    "false_comparison",
    "gouging",
    "grade_up",
)
SERVICE_OK = ("unmarked", "wrong_marking", "extra_charge", "misleading_price", *SERVICE_OFFENCES)


def _items(rng: random.Random, count: int, kind: str, simple: bool, trade: str = "") -> list[Item]:
    keys = list(laws.BY_KEY)
    if simple:
        keys = ["unmarked", "wrong_marking", "no_bill", "extra_charge"]
    wanted = TRADE_THINGS.get(trade, ())
    by_name = {t[0]: t for t in (*GOODS, *SERVICES)}
    sells_service = bool(wanted) and all(by_name[n] in SERVICES for n in wanted)
    if wanted:
        fit = SERVICE_OK if sells_service else GOODS_OK
        keys = [k for k in keys if k in fit] or keys
    chosen = rng.sample(keys, min(count, len(keys)))
    items: list[Item] = []
    for key in chosen:
        off = laws.BY_KEY[key]
        violated = list(rng.choice(off.violated))
        basis = list(rng.choice(off.basis))
        service = key in SERVICE_OFFENCES or sells_service
        pool = [by_name[n] for n in wanted if (by_name[n] in SERVICES) == service]
        thing = rng.choice(pool or (SERVICES if service else GOODS))
        if thing in SERVICES and key == "wrong_marking":
            # 明码标价和禁止价格欺诈规定 Art. 7: para. 1 is for goods, para. 2 for services
            violated = [Cite(c.law, 7, 2) if (c.law == laws.MARKING_RULES and c.article == 7) else c for c in violated]
        gains = Decimal(0)
        if off.gains == "often" or (off.gains == "some" and rng.random() < 0.8):
            gains = (
                Decimal(rng.randrange(3000, 900000)) / 100 if rng.random() < 0.5 else Decimal(rng.randrange(20, 9000))
            )
        warning = False
        if off.fine_cap:
            cap = off.fine_cap
            fine = Decimal(rng.choice((200, 300, 500, 800, 1000, 1500, 2000, 3000, 4000, 5000)))
            if simple:
                fine = (
                    Decimal(rng.choice((50, 100, 200)))
                    if kind in ("citizen", "individual_business")
                    else Decimal(rng.choice((200, 500, 1000, 2000, 3000)))
                )
            fine = min(fine, Decimal(cap))
        elif not gains and laws.Cite(laws.PRICE_LAW, 40, 1) in off.basis[0] and rng.random() < 0.5:
            # 价格法 Art. 40 para. 1: no gains -> 予以警告，可以并处罚款; the article alone is the basis
            warning = True
            basis = [laws.Cite(laws.PRICE_LAW, 40, 1)]
            fine = Decimal(rng.choice((0, 0, 2000, 5000, 10000)))
        elif gains:
            fine = (gains * Decimal(rng.choice(("0.5", "1", "1", "1.5", "2", "3")))).quantize(Decimal("0.01"))
            if fine > 1000 and rng.random() < 0.6:
                fine = Decimal(int(fine / 100) * 100)
        else:
            fine = Decimal(rng.choice((50000, 60000, 80000, 100000)))
        goods = key in ("gouging", "grade_up") and rng.random() < 0.4
        refund = key in ("guide_price", "set_price", "own_fee", "fee_no_service") and rng.random() < 0.4
        items.append(Item(off, violated, basis, thing, gains, fine, goods, warning, refund))
    return items


# ── composing ────────────────────────────────────────────────────────────────────────────────


def compose(seed: int, index: int, split: str) -> Decision:
    """The decision number `index` of the set drawn with `seed`."""
    rng = random.Random(f"pricedec-{seed}-{index}")
    w = Writer(rng)
    number = f"p{index:03d}"
    ag: Agency = agency(rng)
    pkind = w.pick("party_type", ("organisation", "individual_business", "citizen"), [0.5, 0.4, 0.1])
    pty: Party = party(rng, ag, pkind)
    notes: list[str] = list(pty.notes)
    defects = draw_defects(seed, index)
    title_kind = w.pick("title", ("general", "no_penalty", "on_the_spot"), [0.8, 0.1, 0.1])
    if GENERAL_ONLY & set(defects):
        title_kind = w.styles["title"] = "general"
    simple = title_kind == "on_the_spot"
    if "imprecise_citation" in defects and "swapped_roles" in defects:
        defects.remove("imprecise_citation")
    count = 1 if simple or title_kind == "no_penalty" else rng.choices((1, 2, 3), weights=(0.6, 0.3, 0.1))[0]
    items = _items(rng, count, pkind, simple or title_kind == "no_penalty", pty.trade)
    money_defects = {"stale_51", "no_payment_place", "blank_days"} & set(defects)
    if money_defects and not any(it.fine or it.gains for it in items):
        items[0].fine = Decimal(2000)
    if title_kind == "no_penalty":
        for it in items:
            it.fine = Decimal(0)
            it.gains = Decimal(0)
            it.goods = False
            it.warning = False
            it.refund = False
    if simple:
        for it in items:
            it.gains = Decimal(0)
            it.goods = False
            it.refund = False
            it.warning = it.fine == 0
    # dates: conduct, inspection, notice made/served, decision
    decided = _rand_date(rng)
    if "repealed_rule" in defects and decided < date(2024, 1, 1):
        # conduct placed wholly after the 2022-07-01 repeal, so the stale rule cannot be excused (ruling 12)
        decided = decided.replace(year=rng.choice((2024, 2025)), day=min(decided.day, 28))
    if "doc_year_mismatch" in defects and rng.random() < 0.5:
        # early January under last year's number: still a mismatch (ruling 17)
        decided = date(rng.choice((2024, 2025)), 1, rng.randrange(2, 12))
    if "superior_only" in defects and decided.year < 2024:
        decided = decided.replace(year=rng.choice((2024, 2025)), day=min(decided.day, 28))
    # the statement period the decision states (working days), else the statutory 5
    stated = int(w.pick("statement_period", ("0", "5", "10"), [0.6, 0.25, 0.15]))
    period = stated or 5
    served = decided - timedelta(days=rng.randrange(20 if period == 5 else 32, 60))
    if "statement_early" in defects:
        for _ in range(400):
            served = date(2023, 2, 1) + timedelta(days=rng.randrange(1000))
            if _is_plain_workday(served) and _plain_window(served, 20):
                break
        decided = add_workdays(served, rng.randrange(1, period + 1))
    made = served - timedelta(days=rng.choice((0, 0, 1, 2, 3)))
    inspected = made - timedelta(days=rng.randrange(15, 90))
    if simple:
        inspected = decided  # 当场: found, told and decided on the same visit
    conduct_from = inspected - timedelta(days=rng.randrange(3, 200))
    year = decided.year

    nstyle = w.pick("narrative_dates", ("arabic", "padded"), [0.8, 0.2])
    # citation styles for this document
    cstyle = w.pick("citation_numbers", ("han", "paren", "arabic", "bare_paren"), [0.45, 0.35, 0.1, 0.1])
    laws_printed = {
        law: laws.printed_law(law, rng)
        for law in (
            laws.PRICE_LAW,
            laws.PENALTY_RULES,
            laws.MARKING_RULES,
            laws.PENALTY_LAW,
            laws.GUIDE,
            laws.OLD_FRAUD_RULES,
            laws.PROMO_RULES,
        )
    }
    province_rule = f"{ag.province}市场监督管理行政处罚裁量权适用规则"
    laws_printed[province_rule] = province_rule
    body_size = rng.choice((10.5, 11, 12, 12, 13, 14))
    blocks: list[Block] = []
    label: dict[str, Any] = {
        "file": f"{number}.pdf",
        "split": split,
    }

    # ── heading ──
    title = {"general": "行政处罚决定书", "no_penalty": "不予行政处罚决定书", "on_the_spot": "当场行政处罚决定书"}[
        title_kind
    ]
    if title_kind == "on_the_spot" and rng.random() < 0.4:
        title = "当场处罚决定书"
    head = w.pick("agency_line", ("one", "two", "none", "code_line", "same_line"), [0.55, 0.15, 0.1, 0.13, 0.07])
    if head == "code_line":
        blocks.append(Block("left", f"执法机关代码：{ag.region}{rng.randrange(10, 99)}", size=9))
        head = "one"
    if head == "one":
        blocks.append(Block("title", ag.name, size=body_size + 6))
    elif head == "two":
        blocks.append(Block("title", ag.name.removesuffix("市场监督管理局"), size=body_size + 6))
        blocks.append(Block("title", "市场监督管理局", size=body_size + 6))
    spacing = w.pick("title_spacing", ("none", "space", "wide"), [0.55, 0.3, 0.15])
    shown_title = {"none": title, "space": " ".join(title), "wide": "  ".join(title)}[spacing]
    if head == "same_line":
        shown_title = ag.name + title
        notes.append("机关名与标题同行，title不含机关名")
    blocks.append(Block("title", shown_title, size=body_size + (4 if head == "same_line" else 8), extra={"bold": True}))

    # 文号
    bracket = w.pick("doc_brackets", ("〔〕", "[]", "（）", "【】"), [0.55, 0.2, 0.15, 0.1])
    serial_kind = w.pick("doc_serial", ("plain", "padded", "long", "dash"), [0.5, 0.2, 0.15, 0.15])
    doc_year = year - 1 if "doc_year_mismatch" in defects else year
    if serial_kind == "long" and "doc_no_year" in defects:
        # a 14-digit serial carries a year inside; a number "without year" must not
        serial_kind = w.styles["doc_serial"] = "plain"
    serial = {
        "plain": str(rng.randrange(1, 900)),
        "padded": f"{rng.randrange(1, 999):04d}",
        "long": f"{ag.region}{doc_year}{rng.randrange(1, 9999):04d}",
        "dash": f"{rng.randrange(1, 30)}-{rng.randrange(1, 300)}",
    }[serial_kind]
    prefix_kind = w.pick("doc_prefix", ("abbr", "paren_abbr", "city"), [0.6, 0.2, 0.2])
    word = rng.choice(("处罚", "处罚", "罚", "处字", "价罚"))
    if title_kind == "on_the_spot":
        word = rng.choice(("当罚", "简罚"))
    elif title_kind == "no_penalty":
        word = rng.choice(("不罚", "处罚", "免罚"))
    prefix = {
        "abbr": f"{ag.abbr}市监{word}",
        "paren_abbr": f"（{ag.abbr}）市监{word}",
        "city": f"{ag.city[0]}{ag.abbr}市监{word}",
    }[prefix_kind]
    if "doc_no_year" in defects:
        doc_number: str | None = f"{prefix}{serial}号"
    else:
        doc_number = f"{prefix}{bracket[0]}{doc_year}{bracket[1]}{serial}号"
    if "doc_missing" in defects:
        doc_number = None
    placement = w.pick("doc_place", ("center", "right", "label", "label_right"), [0.5, 0.25, 0.15, 0.1])
    if doc_number:
        shown = doc_number
        if rng.random() < 0.2:
            shown = doc_number.replace(str(doc_year), f" {doc_year} ").replace("号", " 号")
        if placement == "center":
            blocks.append(Block("center", shown))
        elif placement == "right":
            blocks.append(Block("right", shown))
        elif placement == "label":
            blocks.append(Block("left", f"编号：{shown}"))
        else:
            blocks.append(Block("right", f"文书编号：{shown}"))
    label["title"] = title
    label["doc_number"] = doc_number
    label["agency"] = ag.name

    # ── party block ──
    pblock = w.pick(
        "party_block", ("lines", "form", "table", "table4", "spaced", "prose"), [0.25, 0.2, 0.15, 0.1, 0.1, 0.2]
    )
    joint = pkind != "citizen" and title_kind == "general" and rng.random() < 0.12
    pty2 = party(rng, ag, rng.choice(("organisation", "individual_business"))) if joint else None
    if joint:
        w.styles["parties"] = "two"
    address = pty.address
    if "no_address" in defects:
        address = None

    def party_rows(p: Party, name_key: str, address: str | None) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        if p.kind == "individual_business":
            style_ib = rng.choice(("name_only", "suffix", "zihao"))
            if style_ib == "suffix":
                rows.append((name_key, f"{p.name}（个体工商户）"))
                notes.append("当事人名称后缀（个体工商户）不计入名称")
            elif style_ib == "zihao" and not joint:
                rows.append(("字号", p.name))
                rows.append(("组成形式", "个人经营"))
            else:
                rows.append((name_key, p.name))
        else:
            rows.append((name_key, p.name))
        if p.code:
            rows.append((p.code_key, p.code))
        if address:
            rows.append((p.address_key, address))
        if p.kind in ("organisation", "individual_business"):
            rows.append((p.person_key, p.person))
        if p.kind == "individual_business" and rng.random() < 0.5:
            rows.append(("身份证件号码", "*" * 18))
        if pblock == "form" and p.kind != "citizen":
            rows.insert(1, ("主体资格证照名称", "营业执照"))
            rows.append(("联系电话", rng.choice(("***********", ""))))
        return rows

    if joint:
        rows = party_rows(pty, "当事人一", address)
        assert pty2 is not None
        rows += party_rows(pty2, "当事人二", pty2.address)
    else:
        key = (
            w.one("当事人", "当事人", "名称", "当事人名称")
            if pkind != "citizen"
            else w.one("当事人", "姓名", "当事人姓名")
        )
        rows = party_rows(pty, key, address)
    if rng.random() < 0.15:
        for _ in range(2):
            rows.append(("执法人员", f"{person(rng)}  执法证号：{rng.randrange(10**10, 10**11)}"))
    if pblock == "table":
        blocks.append(Block("table", rows=rows))
    elif pblock == "table4":
        blocks.append(Block("table4", rows=rows))
    elif pblock == "spaced":
        blocks.extend(Block("left", f"{key}{'　' * rng.choice((1, 2))}{value}") for key, value in rows)
    elif pblock == "prose":
        blocks.append(Block("para", "，".join(f"{key}：{value}" for key, value in rows) + "。"))
    else:
        for key, value in rows:
            blocks.append(Block("left", f"{key}：{value}"))
    label["party"] = {
        "name": pty.name,
        "type": pkind,
        "credit_code": None if (pty.code_masked or pkind == "citizen") else pty.code,
    }
    label["other_parties"] = []
    if pty2 is not None:
        label["other_parties"] = [
            {
                "name": pty2.name,
                "type": pty2.kind,
                "credit_code": None if pty2.code_masked else pty2.code,
            }
        ]
        notes.extend(f"当事人二：{n}" for n in pty2.notes)

    # ── facts ──
    subject = "当事人一与当事人二" if joint else "当事人"
    source = rng.choice(
        (
            f"{cn.fmt_date(inspected, nstyle)}，本局执法人员在日常检查中发现",
            f"本局于{cn.fmt_date(inspected, nstyle)}接到消费者通过全国12315平台的投诉，反映",
            f"{cn.fmt_date(inspected, nstyle)}，根据群众举报，本局执法人员对当事人的经营场所进行了现场检查，发现",
            f"本局在开展价格监督检查专项行动中，于{cn.fmt_date(inspected, nstyle)}检查发现",
        )
    )
    first_facts = _fact_sentence(items[0], w, subject, conduct_from, inspected)
    opening = f"{source}{subject}涉嫌存在价格违法行为。"
    suspected_in_opening = not simple and rng.random() < 0.25
    if suspected_in_opening:
        # the case-opening suspicion names a provision: never a violated one (ruling 1), never a drafting slip
        suspected = cite_text([items[0].violated[0].coarse()], w, laws_printed, cstyle)
        opening = f"{source}{subject}的行为涉嫌违反{suspected}的规定。"
        notes.append("立案叙述中“涉嫌违反”的条款不计入violated（规则1），也不属制作缺陷（规则10）")
    if simple:
        opening = f"{cn.fmt_date(inspected, nstyle)}，执法人员{rng.choice(('在', '依法对'))}当事人的经营场所进行检查，发现以下价格违法行为。"
    elif rng.random() < 0.4:
        opening += f"经批准，本局于{cn.fmt_date(inspected + timedelta(days=rng.randrange(0, 4)), 'arabic')}立案调查。"
    blocks.append(Block("para", opening))
    facts_lead = w.one("经查：", "经查明，", "本局查明：", "经调查，")
    blocks.append(Block("para", facts_lead + first_facts))
    blocks.extend(
        Block(
            "para", w.one("另查明，", "同时查明，", "此外，") + _fact_sentence(it, w, subject, conduct_from, inspected)
        )
        for it in items[1:]
    )
    if "repealed_rule" in defects:
        blocks.append(Block("para", f"当事人自{cn.fmt_date(conduct_from, nstyle)}起实施上述行为，至案发时止。"))
    evidence = w.pick("evidence", ("list", "sentence"), [0.5, 0.5])
    if evidence == "list":
        blocks.append(Block("para", "上述事实，主要有以下证据证明："))
        ev = [
            "当事人身份证复印件，证明当事人的身份情况；"
            if pkind == "citizen"
            else "当事人营业执照复印件，证明当事人的主体资格；",
            f"{cn.fmt_date(inspected, nstyle)}现场笔录及现场照片，证明检查时的经营现场情况；",
            "询问笔录，证明当事人对违法事实的陈述；",
            "销售记录、票据等，证明违法经营的数量和金额。",
        ]
        ev_style = rng.random() < 0.5
        for i, e in enumerate(ev[: rng.randrange(2, 5)]):
            blocks.append(Block("para", f"{'证据' + cn.small(i + 1) + '：' if ev_style else str(i + 1) + '.'}{e}"))
    else:
        blocks.append(
            Block(
                "para",
                f"以上事实，有当事人的{'身份证' if pkind == 'citizen' else '营业执照'}、现场笔录、询问笔录、现场照片及相关票据等证据为证，"
                "证据之间能够相互印证，足以认定。",
            )
        )

    # ── notice, statement, hearing ──
    notice_kind = "none"
    label.update(
        notice_mentioned=False,
        statement_mentioned=False,
        hearing_mentioned=False,
        notice_date=None,
        notice_served=None,
        statement_made=False,
        statement_waived=False,
        hearing_held=False,
    )
    total_fine = sum((it.fine for it in items), Decimal(0))
    hearing_offered = total_fine >= 10000 and pkind != "citizen"
    if title_kind == "on_the_spot":
        blocks.append(
            Block(
                "para",
                "执法人员当场告知了当事人拟作出行政处罚的事实、理由和依据，并告知当事人依法享有陈述、申辩的权利，当事人未提出陈述、申辩。",
            )
        )
        label["statement_mentioned"] = True
        notice_kind = "oral"
    else:
        notice_kind = w.pick("notice", ("made_and_served", "served", "made", "absent"), [0.45, 0.35, 0.1, 0.1])
        if "statement_early" in defects:
            notice_kind = rng.choice(("made_and_served", "served"))
    if notice_kind in ("made_and_served", "served", "made"):
        notice_no = f"{ag.abbr}市监罚告〔{made.year}〕{rng.randrange(1, 900)}号"
        rights = "陈述、申辩" + ("和要求听证" if hearing_offered else "")
        way = w.one("直接送达", "邮寄送达", "电子送达", "留置送达")
        if notice_kind == "made_and_served":
            text = (
                f"本局于{cn.fmt_date(made, nstyle)}作出《行政处罚告知书》（{notice_no}），"
                f"并于{cn.fmt_date(served, nstyle)}{way}当事人，告知其拟作出行政处罚的事实、理由、依据及处罚内容，"
                f"以及依法享有的{rights}的权利。"
            )
            label["notice_date"] = made.isoformat()
            label["notice_served"] = served.isoformat()
        elif notice_kind == "served":
            text = rng.choice(
                (
                    f"{cn.fmt_date(served, nstyle)}，本局向当事人{way}了《行政处罚告知书》（{notice_no}），告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知其享有{rights}的权利。",
                    f"本局于{cn.fmt_date(served, nstyle)}向当事人送达《行政处罚告知书》，依法告知其享有{rights}的权利。",
                )
            )
            label["notice_served"] = served.isoformat()
        else:
            text = f"本局于{cn.fmt_date(made, nstyle)}制作了{notice_no}《行政处罚告知书》，告知当事人拟作出行政处罚的内容和依法享有的{rights}权利。"
            label["notice_date"] = made.isoformat()
        if stated and notice_kind != "made":
            text += (
                f"告知书载明当事人可在收到之日起{rng.choice((cn.small(stated), str(stated)))}个工作日内提出陈述、申辩。"
            )
        label["notice_mentioned"] = True
        label["statement_mentioned"] = True
        label["hearing_mentioned"] = hearing_offered
        outcome = w.pick("statement", ("none", "made", "waived"), [0.55, 0.2, 0.25])
        if "statement_early" in defects:
            outcome = "none"
        if outcome == "none":
            text += w.one(
                "当事人在法定期限内未提出陈述、申辩意见。",
                "当事人在规定期限内未行使陈述、申辩权。",
                "截至本决定作出之日，当事人未提出陈述、申辩。",
            )
            if hearing_offered:
                text = text.removesuffix("。") + "，也未要求听证。"
        elif outcome == "made":
            made_on = served + timedelta(days=rng.randrange(1, 4))
            text += f"当事人于{cn.fmt_date(made_on, nstyle)}提出陈述、申辩，称其系初次违法且已整改。经复核，本局认为当事人的陈述、申辩理由已在裁量时予以考虑，不再另行减轻。"
            label["statement_made"] = True
        else:
            text += w.one(
                "当事人书面表示放弃陈述、申辩的权利。", "当事人在告知书送达回执上签署意见，明确放弃陈述、申辩权利。"
            )
            label["statement_waived"] = True
        if hearing_offered and outcome != "none" and rng.random() < 0.5:
            held = served + timedelta(days=rng.randrange(6, 10))
            if held < decided - timedelta(days=2):
                text += f"应当事人申请，本局于{cn.fmt_date(held, nstyle)}依法举行了听证会。"
                label["hearing_held"] = True
        blocks.append(Block("para", text))

    # ── conclusion and disposition ──
    dispo = w.pick("disposition", ("combined", "sectioned", "form_heads"), [0.5, 0.3, 0.2])
    if title_kind != "general" or joint:
        dispo = w.styles["disposition"] = "combined"
    fine2 = Decimal(0)
    if joint:
        fine2 = max(Decimal(500), (items[0].fine / 2).quantize(Decimal(1)) // 100 * 100)
    sums_hidden = False
    violated_all: list[str] = []
    basis_all: list[str] = []
    discretion_all: list[str] = []
    concl_word = "涉嫌违反了" if "suspect_conclusion" in defects else rng.choice(("违反了", "违反了", "违反", "不符合"))
    concl_lead = rng.choice(("本局认为：", "本局认为，", "经审查，本局认为，", "综上所述，", "经研究认为，"))
    concl_mode = w.pick("conclusion", ("violate", "gist", "constitute", "characterise"), [0.5, 0.2, 0.1, 0.2])
    if concl_mode == "constitute" and ("suspect_conclusion" in defects or suspected_in_opening):
        concl_mode = w.styles["conclusion"] = "violate"

    def conclusion(who: str, it: Item, v: list[Cite]) -> str:
        """The finding for one violation, without its final 。 (ruling 1 decides what counts as violated)."""
        cites = cite_text(v, w, laws_printed, cstyle)
        char = it.offence.characterise
        if concl_mode == "constitute":
            return f"{who}{it.offence.summary}的行为，构成{cites}所列的价格违法行为"
        if concl_mode == "gist":
            return f"{who}{it.offence.summary}的行为，{concl_word}{cites}关于{GIST[it.offence.key]}的规定"
        if concl_mode == "characterise" and char is not None and char not in v:
            named = cite_text([char], w, laws_printed, cstyle)
            if "characterise" not in " ".join(notes):
                notes.append("characterise：“属于…所列”的条款只定性，不计入violated（规则1）")
            return f"{who}的上述行为属于{named}所列的价格欺诈行为，{concl_word}{cites}的规定"
        return f"{who}{it.offence.summary}的行为，{concl_word}{cites}的规定"

    swapped = "swapped_roles" in defects
    imprecise = "imprecise_citation" in defects
    no_basis = "missing_basis" in defects

    def lab(cites: list[Cite], into: list[str]) -> None:
        for c in cites:
            s = c.label(laws_printed[c.law])
            if s not in into:
                into.append(s)

    def coarsen(cites: list[Cite]) -> list[Cite]:
        precise = [c for c in cites if c.para or c.item]
        first = precise[0]
        if first.law == laws.PENALTY_RULES and first.article == 13 and first.item and rng.random() < 0.6:
            # the item described in words instead of numbered: still not precise (ruling 11)
            w.glosses[first.coarse()] = f"关于{MARKING_ITEMS[first.item]}情形"
            notes.append("basis：第十三条只以文字描述所适用的项，未写项号，按条记入（规则11）")
        return [c.coarse() if c is first else c for c in cites]

    # an imprecise citation: the first violation's provision violated, else its penalty provision, loses 款/项
    blur_violated = imprecise and any(c.para or c.item for c in items[0].violated)
    blur_basis = imprecise and not blur_violated and any(c.para or c.item for c in items[0].basis)
    if imprecise and not (blur_violated or blur_basis):
        defects.remove("imprecise_citation")

    def violated_of(it: Item) -> list[Cite]:
        if swapped:
            return list(it.basis)
        return coarsen(it.violated) if blur_violated and it is items[0] else list(it.violated)

    def basis_of(it: Item) -> list[Cite]:
        if swapped:
            return list(it.violated)
        return coarsen(it.basis) if blur_basis and it is items[0] else list(it.basis)

    if "repealed_rule" in defects:
        for it in items:
            if it.offence.key in ("fake_discount", "misleading_price", "false_comparison"):
                it.violated = [*it.violated, laws.OLD_FRAUD]
                break
        else:
            items[0].violated = [*items[0].violated, laws.OLD_FRAUD]

    discretion: list[Cite] = []
    disc_kind = w.pick("discretion", ("none", "lenient_law", "guide", "province", "mb26"), [0.4, 0.25, 0.15, 0.1, 0.1])
    if title_kind == "no_penalty":
        w.styles["discretion"] = "no_penalty"
        discretion = [rng.choice((laws.NO_PENALTY, laws.MB_NO_PENALTY))]
        if rng.random() < 0.3:
            discretion.append(laws.NO_PENALTY if discretion[0] is laws.MB_NO_PENALTY else laws.MB_NO_PENALTY)
    elif disc_kind == "lenient_law":
        discretion = [laws.LENIENT]
    elif disc_kind == "guide":
        discretion = [laws.GUIDE_COOPERATE]
    elif disc_kind == "province":
        discretion = [Cite(province_rule, rng.randrange(9, 16), None, rng.randrange(1, 5))]
    elif disc_kind == "mb26":
        discretion = [laws.MB_LENIENT]
    disc_reason = {
        laws.LENIENT: "当事人在案发后主动整改，消除了违法行为的危害后果",
        laws.GUIDE_COOPERATE: "当事人积极配合调查并主动提供证据材料",
        laws.MB_LENIENT: "当事人已及时退还消费者多付的价款",
        laws.NO_PENALTY: "当事人系初次违法，危害后果轻微并已及时改正",
        laws.MB_NO_PENALTY: "当事人未实际损害消费者合法权益，违法行为轻微并及时改正",
    }
    disc_sentence = ""
    if discretion:
        reason = disc_reason.get(discretion[0], "当事人积极配合调查并如实陈述违法事实")
        verb = (
            "不予行政处罚" if title_kind == "no_penalty" else rng.choice(("从轻处罚", "从轻行政处罚", "依法从轻处罚"))
        )
        disc_sentence = (
            f"鉴于{reason}，符合{cite_text(discretion, w, laws_printed, cstyle)}规定的情形，本局决定对当事人{verb}。"
        )
        lab(discretion, discretion_all)
    disc_place = w.pick("discretion_place", ("before", "inside", "after_facts"), [0.5, 0.3, 0.2]) if discretion else ""
    if title_kind == "no_penalty":
        disc_place = "before"

    if disc_place == "after_facts":
        blocks.append(Block("para", disc_sentence))

    def penalty_lines(it_list: list[Item]) -> list[str]:
        lines: list[str] = []
        fine = sum((i.fine for i in it_list), Decimal(0))
        gains = sum((i.gains for i in it_list), Decimal(0))
        if any(i.warning for i in it_list):
            lines.append("警告")
        if gains:
            lines.append(f"没收违法所得{amount_text(gains, money_style)}")
        lines.extend(f"没收尚未售出的{i.thing[0]}{rng.randrange(5, 60)}{i.thing[1]}" for i in it_list if i.goods)
        if fine:
            lines.append(f"罚款{amount_text(fine, money_style)}")
        return lines

    money_style = w.pick(
        "amounts",
        ("plain", "comma", "rmb_caps", "both", "wan", "caps", "rmb_plain", "yen"),
        [0.27, 0.1, 0.1, 0.18, 0.1, 0.05, 0.12, 0.08],
    )
    verb_pen = "拟" if "proposal_wording" in defects else ""
    if title_kind == "no_penalty":
        it = items[0]
        v = violated_of(it)
        b = basis_of(it)
        lab(v, violated_all)
        text = concl_lead + conclusion("当事人", it, v)
        if not no_basis:
            text += f"，依据{cite_text(b, w, laws_printed, cstyle)}的规定应予处罚"
            lab(b, basis_all)
        text += "。" + disc_sentence
        blocks.append(Block("para", text))
        blocks.append(
            Block(
                "para",
                rng.choice(
                    ("本局决定对当事人不予行政处罚，并责令其立即改正上述违法行为。", "决定如下：对当事人不予行政处罚。")
                ),
            )
        )
        notes.append("不予处罚：罚则条款写在“应予处罚”句中，计入basis；第33条/第26条第2款计入discretion")
    elif dispo in ("combined", "form_heads"):
        concl_parts = []
        for it in items:
            v = violated_of(it)
            lab(v, violated_all)
            concl_parts.append(conclusion("当事人一、当事人二" if joint else "当事人", it, v))
        if dispo == "form_heads":
            blocks.append(Block("left", "（违反法律、法规或者规章的事实）"))
            defects.append("form_headings")
        blocks.append(Block("para", concl_lead + "；".join(concl_parts) + "。"))
        if disc_place == "before":
            blocks.append(Block("para", disc_sentence))
        if dispo == "form_heads":
            blocks.append(Block("left", "（行政处罚的内容和依据）"))
        bcites: list[Cite] = []
        for it in items:
            for c in basis_of(it):
                if c not in bcites:
                    bcites.append(c)
        lines = penalty_lines(items)
        lead_kind = w.pick("disposition_lead", ("如下", "处罚决定", "给予", "作出如下"), [0.4, 0.2, 0.2, 0.2])
        if joint:
            lines = [f"对当事人一{'、'.join(lines)}", f"对当事人二罚款{amount_text(fine2, money_style)}"]
            lead_kind = "如下"
        inside = ""
        if disc_place == "inside":
            inside = f"，并根据{cite_text(discretion, w, laws_printed, cstyle)}的规定"
        basis_part = "" if no_basis else f"依据{cite_text(bcites, w, laws_printed, cstyle)}的规定{inside}，"
        if no_basis and inside:
            basis_part = f"根据{cite_text(discretion, w, laws_printed, cstyle)}的规定，"
        if not no_basis:
            lab(bcites, basis_all)
        corr = rng.choice(("责令当事人改正上述违法行为，", "责令当事人立即改正，", ""))
        if lead_kind == "给予" and len(lines) == 1:
            blocks.append(Block("para", f"{basis_part}{corr}本局决定{verb_pen}给予当事人{lines[0]}的行政处罚。"))
        elif lead_kind == "处罚决定":
            blocks.append(Block("para", f"{basis_part}{corr}{verb_pen}作出如下决定。"))
            blocks.append(Block("para", f"处罚决定：{'；'.join(lines)}。"))
        else:
            lead = "决定对当事人作出如下行政处罚：" if lead_kind == "作出如下" else "本局决定处罚如下："
            if verb_pen:
                lead = "本局拟对当事人作出如下行政处罚："
            blocks.append(Block("para", f"{basis_part}{corr}{lead}"))
            numbering = rng.randrange(3)
            for i, line in enumerate(lines):
                num = (f"{cn.small(i + 1)}、", f"{i + 1}.", f"（{cn.small(i + 1)}）")[numbering]
                blocks.append(Block("para", f"{num}{line}{'。' if i == len(lines) - 1 else '；'}"))
    else:  # sectioned: each violation its own conclusion and penalty, then the sum
        for n_it, it in enumerate(items):
            v = violated_of(it)
            b = basis_of(it)
            lab(v, violated_all)
            lines = penalty_lines([it])
            head_txt = f"{cn.small(n_it + 1)}、关于{it.offence.summary}的行为" if len(items) > 1 else ""
            if head_txt:
                blocks.append(Block("left", head_txt))
            text = conclusion("当事人", it, v) + "。"
            if disc_place == "before" and n_it == 0:
                text += disc_sentence
            if no_basis:
                if disc_place == "inside" and n_it == 0:
                    text += disc_sentence
                text += f"本局决定对该行为{verb_pen}处以{'、'.join(lines)}。"
            else:
                lab(b, basis_all)
                inside = (
                    f"，参照{cite_text(discretion, w, laws_printed, cstyle)}"
                    if disc_place == "inside" and n_it == 0
                    else ""
                )
                text += f"依据{cite_text(b, w, laws_printed, cstyle)}的规定{inside}，对该行为{verb_pen}处以{'、'.join(lines)}。"
            blocks.append(Block("para", text))
        if len(items) > 1:
            lines = penalty_lines(items)
            if w.pick("sum_printed", ("yes", "no"), [0.6, 0.4]) == "yes":
                blocks.append(
                    Block("para", f"综上，本局决定对当事人合并{'拟' if verb_pen else ''}处罚如下：{'；'.join(lines)}。")
                )
            else:
                blocks.append(Block("para", "综上，对当事人上述违法行为分别裁量，合并执行。"))
                sums_hidden = True
    # refund orders (never a basis)
    for it in items:
        if it.refund:
            blocks.append(
                Block(
                    "para",
                    f"同时，依据{cite_text([laws.REFUND], w, laws_printed, cstyle)}的规定，责令当事人限期退还多收取的费用。",
                )
            )
            notes.append("责令退还引用的处罚规定第16条第1款不计入basis（规则2）")
            break
    if disc_place == "after_facts" or (disc_place == "inside" and no_basis and dispo == "sectioned"):
        pass

    fine_total = sum((it.fine for it in items), Decimal(0)) + fine2
    if fine2:
        notes.append("fine_yuan：两名当事人罚款之和，分别印出")
    gains_total = sum((it.gains for it in items), Decimal(0))
    goods_any = any(it.goods for it in items)
    kinds = set()
    if fine_total:
        kinds.add("fine")
    if gains_total or goods_any:
        kinds.add("confiscation")
    if any(it.warning for it in items):
        kinds.add("warning")
    label["fine_yuan"] = cn.money(fine_total) if fine_total else None
    label["confiscated_money_yuan"] = cn.money(gains_total) if gains_total else None
    label["goods_confiscated"] = goods_any
    label["penalty_kinds"] = sorted(kinds)
    label["violated"] = violated_all
    label["basis"] = basis_all
    label["discretion"] = discretion_all
    due = fine_total + gains_total

    # totals line and money notes
    printed_total = False
    if due and (len(items) > 1 or (fine_total and gains_total)) and rng.random() < 0.5:
        blocks.append(Block("para", f"以上罚没款合计{amount_text(due, money_style)}。"))
        printed_total = True
    if fine_total and not printed_money_forms(fine_total, money_style):
        notes.append("fine_yuan：处罚决定中金额只以大写印出")
    if fine_total and sums_hidden and not (printed_total and not gains_total) and len([i for i in items if i.fine]) > 1:
        notes.append("fine_yuan：各项罚款之和，只分项印出")
    if gains_total and not printed_money_forms(gains_total, money_style):
        notes.append("confiscated_money_yuan：处罚决定中金额只以大写印出")
    if (
        gains_total
        and sums_hidden
        and not (printed_total and not fine_total)
        and len([i for i in items if i.gains]) > 1
    ):
        notes.append("confiscated_money_yuan：各项没收违法所得之和，只分项印出")
    if printed_total:
        notes.append("另印罚没款合计（罚款与没收之和）")

    # the national form's fixed 你（单位） (not a drafting slip, ruling 10)
    you_form = w.pick("address_party", ("当事人", "你（单位）"), [0.85, 0.15]) == "你（单位）"
    if you_form:
        notes.append("用格式文书固定称谓“你（单位）”，不属未选择的选项（规则10）")
    # ── payment ──
    pay_state = "na"
    if due:
        place_kind = w.pick(
            "payment_place",
            ("bank", "branches", "platform", "account", "slip", "statutory"),
            [0.2, 0.1, 0.25, 0.1, 0.2, 0.15],
        )
        # the label's place follows ruling 19: the first bank/account/platform named, branch words dropped,
        # else the slip without 《》, else the generic words (电子支付系统 is a way, not a place)
        if place_kind == "branches":
            place: str | None = rng.choice(
                ("中国农业银行", "中国建设银行", "中国邮政储蓄银行", f"{ag.city[:2]}农村商业银行")
            )
            how = f"到{place}{rng.choice(('任一网点', '各营业网点', '代收网点'))}缴纳"
        elif place_kind == "bank":
            place = f"{rng.choice(('中国农业银行', '中国建设银行', '中国工商银行', '农村商业银行', '中国邮政储蓄银行'))}{(ag.local or ag.city).removesuffix('县').removesuffix('区')}支行"
            how = f"到{place}缴纳"
        elif place_kind == "platform":
            place = f"{ag.province}政府非税收入统一缴款平台"
            how = f"通过{place}{rng.choice(('', '（可使用微信、支付宝扫码）', '或网上银行'))}缴纳"
        elif place_kind == "account":
            place = f"{ag.government.removesuffix('人民政府')}财政局非税收入汇缴专户"
            how = f"缴入{place}（开户行：{rng.choice(('中国银行', '中国建设银行'))}{ag.city}分行）"
        elif place_kind == "slip":
            place = rng.choice(("非税收入一般缴款书", "行政处罚缴款通知书", "罚没款缴款书"))
            how = f"持本局开具的《{place}》到代收银行缴纳"
        else:
            place = "指定的银行"
            how = "到指定的银行或者通过电子支付系统缴纳"
        if "no_payment_place" in defects:
            place = None
            how = "缴纳"
        days_txt = rng.choice(("十五日", "15日"))
        days: int | None = 15
        if "blank_days" in defects:
            days_txt = "____日"
            days = None
        what = "罚没款" if gains_total else "罚款"
        surcharge = "" if rng.random() < 0.2 else _surcharge(w, laws_printed, cstyle, "stale_51" in defects)
        if not surcharge and "stale_51" in defects:  # no surcharge sentence, so no stale article printed
            defects.remove("stale_51")
        payer = "你（单位）" if you_form else rng.choice(("当事人", "当事人", "请当事人"))
        lead_pay = {"你（单位）": "你（单位）应当", "当事人": "当事人应当", "请当事人": "请当事人"}[payer]
        blocks.append(Block("para", f"{lead_pay}自收到本行政处罚决定书之日起{days_txt}内{how}{what}。{surcharge}"))
        label["payment"] = {"days": days, "place": place}
        pay_state = "fail" if (place is None or days is None) else "pass"
    else:
        label["payment"] = None
        if "stale_51" in defects:
            defects.remove("stale_51")
        if "no_payment_place" in defects:
            defects.remove("no_payment_place")
        if "blank_days" in defects:
            defects.remove("blank_days")

    # ── remedies ──
    review_days = 15 if "short_review" in defects else 60
    lit_months = 3 if "short_litigation" in defects else 6
    body_kind = w.pick("review_body", ("government", "both", "generic_gov"), [0.75, 0.2, 0.05])
    if year >= 2024 and body_kind == "both":
        body_kind = "government"
    if "generic_body" in defects:
        body_kind = "generic"
    if "aic_body" in defects:
        body_kind = "aic"
    if "superior_only" in defects:
        if year >= 2024:
            body_kind = "superior"
        else:
            defects.remove("superior_only")
    body: str | None
    if body_kind == "government":
        body = ag.government
    elif body_kind == "both":
        pair = [ag.superior, ag.government]
        rng.shuffle(pair)
        body = "或".join(pair)
        notes.append("review.body：两个复议机关按规则21以“或”连写，原文为“或者”，连写形式不在原文")
    elif body_kind == "superior":
        body = ag.superior
    elif body_kind == "aic":
        body = ag.superior.replace("市场监督管理局", "工商行政管理局")
    elif body_kind == "generic_gov":
        body = None
        if "generic_body" not in defects:
            defects.append("generic_body")
    else:
        body = None
    generic = ("本级人民政府", "人民政府") if year >= 2024 else ("上一级行政机关", "本级人民政府", "有关人民政府")
    body_printed = (
        (body or rng.choice(generic)).replace("或", "或者") if body_kind == "both" else (body or rng.choice(generic))
    )
    court_named = rng.random() < 0.4
    court = ag.court if court_named else None
    court_printed = court or "人民法院"
    review_days_txt = rng.choice((f"{cn.small(review_days)}日", f"{review_days}日", f"{cn.small(review_days)}天"))
    lit_txt = rng.choice((f"{cn.small(lit_months)}个月", f"{lit_months}个月"))
    only_after = "only_after_review" in defects
    review_first = False
    if only_after and rng.random() < 0.4:
        review_first = True
    # From 2024-01-01 the law itself sends an on-the-spot decision to 复议 first (复议法 2023 第二十三条第一款第（一）项):
    # offering 诉讼 only after 复议 is then what the decision owes, named or not.
    statutory_first = only_after and simple and year >= 2024 and not review_first
    if review_first:
        rem = (
            f"当事人如对本决定不服，根据{cite_text([laws.REVIEW_FIRST], w, laws_printed, cstyle)}的规定，应当先在收到本决定书之日起"
            f"{review_days_txt}内向{body_printed}申请行政复议；对行政复议决定不服的，可以依法向{court_printed}提起行政诉讼。"
        )
        notes.append("复议前置：引处罚规定第20条，诉讼只在复议后（only_after_review true），按规则13不因此不合格")
    elif only_after:
        rem = (
            f"如不服本处罚决定，可在收到本决定书之日起{review_days_txt}内向{body_printed}申请行政复议；"
            f"对复议决定不服的，可在收到复议决定书之日起十五日内向{court_printed}提起行政诉讼。"
        )
    else:
        rem = rng.choice(
            (
                (
                    f"当事人如不服本行政处罚决定，可以在收到本决定书之日起{review_days_txt}内向{body_printed}申请行政复议，"
                    f"也可以在{lit_txt}内依法向{court_printed}提起行政诉讼。"
                ),
                (
                    f"如对本处罚决定不服，可于接到本决定书之日起{review_days_txt}内依法向{body_printed}申请复议；"
                    f"或者在{lit_txt}内直接向{court_printed}起诉。"
                ),
                (
                    f"当事人对本决定不服的，可以自知道该行政行为之日起{review_days_txt}内，依法向{body_printed}"
                    f"提出行政复议申请；或者自知道该行政行为之日起{lit_txt}内，依法向{court_printed}提起行政诉讼。"
                ),
            )
        )
        if you_form:
            rem = "你（单位）如不服本处罚决定，" + rem.split("，", 1)[1]
    rem += rng.choice(
        ("申请行政复议或者提起行政诉讼期间，本行政处罚决定不停止执行。", "复议和诉讼期间，行政处罚不停止执行。", "")
    )
    if title_kind == "no_penalty":
        rem = rem.replace("本行政处罚决定", "本决定").replace("本处罚决定", "本决定")
        rem = rem.split("。")[0] + "。"
    blocks.append(Block("para", rem))
    label["review"] = {"present": True, "days": review_days, "body": body}
    label["litigation"] = {
        "present": True,
        "months": None if only_after else lit_months,
        "court": court,
        "only_after_review": only_after,
    }
    if statutory_first:
        notes.append("当场处罚决定（2024年起）：复议前置由复议法第二十三条规定，诉讼只在复议后不因此不合格")
    elif only_after and not review_first:
        notes.append("诉讼只在复议决定后（15日），无直接诉讼途径")

    # placeholders and blank copies
    if "placeholder" in defects:
        blocks.append(
            Block(
                "para",
                rng.choice(("（此处填写当事人履行情况）", "【填写本案其他需要说明的事项】", "（是/否）已责令改正。")),
            )
        )
    copies_blank = "blank_copies" in defects
    furniture = w.pick("furniture", ("publicity", "copies", "both", "none"), [0.3, 0.2, 0.2, 0.3])

    # ── signature ──
    date_style = w.pick("date_style", ("han", "han_o", "arabic", "padded"), [0.35, 0.15, 0.35, 0.15])
    seal = w.pick("seal", ("image", "marker", "none"), [0.3, 0.4, 0.3])
    blank_date = "blank_date" in defects
    date_txt = "年    月    日" if blank_date else cn.fmt_date(decided, date_style)
    marker = rng.choice(("（印章）", "（公章）", "（印 章）", f"（{ag.name}印章）")) if seal == "marker" else ""
    if seal == "image" and rng.random() < 0.3:
        marker = "（印章）"
        notes.append("印章图片盖在印刷的（印章）上，按image")
    blocks.append(Block("gap", extra={"mm": rng.choice((6, 10, 14))}))
    sign_layout = w.pick("sign_layout", ("stacked", "inline_marker", "date_first"), [0.7, 0.15, 0.15])
    blocks.append(
        Block(
            "sign",
            extra={
                "agency": ag.name,
                "date": date_txt,
                "marker": marker,
                "seal": seal == "image",
                "layout": sign_layout,
            },
        )
    )
    if furniture in ("publicity", "both"):
        blocks.append(Block("left", "（市场监督管理部门将依法向社会公示本行政处罚决定信息）", size=body_size - 1.5))
    if furniture in ("copies", "both") or copies_blank:
        n = "  " if copies_blank else rng.choice(("两", "三", "二"))
        blocks.append(Block("left", f"本文书一式{n}份，一份送达当事人，一份归档。", size=body_size - 1.5))
    if rng.random() < 0.15:
        # the served copy's receipt lines, blank on the published copy: not a drafting defect (ruling 10)
        blocks.append(Block("gap", extra={"mm": 4}))
        blocks.append(Block("left", "送达方式：                送达地点："))
        blocks.append(Block("left", "当事人签收：              年    月    日"))
        notes.append("文末送达签收栏空白，不属制作缺陷（规则10），也不是落款日期")
    label["decision_date"] = None if blank_date else decided.isoformat()
    label["seal"] = seal

    # ── truth: checks ──
    checks = _checks(label, defects, pay_state, review_first or statutory_first, year, due, address, decided, period)
    styles = ", ".join(f"{k}={v}" for k, v in w.styles.items())
    notes.insert(0, f"styles: {styles}")
    notes.insert(1, f"defects: {', '.join(defects) if defects else 'none'}")
    if swapped:
        notes.append("角色互换：违反处写罚则条款、依据处写义务条款，按印出的角色记入violated/basis")
    if "suspect_conclusion" in defects:
        notes.append("结论写“涉嫌违反”，其后条款仍计入violated")
    if "repealed_rule" in defects:
        notes.append("违反条款中引用已废止的禁止价格欺诈行为的规定，行为在2022-07-01之后")
    label["notes"] = notes
    layout = _layout(rng, w, body_size)
    label["notes"][0] = f"styles: {', '.join(f'{k}={v}' for k, v in w.styles.items())}"
    return Decision(number, blocks, layout, _ordered(label), checks)


#: 价格违法行为行政处罚规定 Art. 13's items described in our own words.
MARKING_ITEMS = {
    1: "不标明价格",
    2: "不按规定内容和方式标价",
    3: "标价之外加价或收取未标明费用",
    4: "其他违反明码标价规定",
}

#: What each violated provision is about, for the 违反…关于…的规定 wording (our own words, no law text).
GIST = {
    "unmarked": "经营者应当明码标价",
    "wrong_marking": "明码标价内容和方式",
    "extra_charge": "不得在标价之外加价、收取未标明费用",
    "no_bill": "先消费后结算应当出具结算清单",
    "fake_discount": "禁止价格欺诈",
    "misleading_price": "禁止价格欺诈",
    "false_comparison": "被比较价格应当真实准确",
    "gouging": "禁止哄抬价格",
    "guide_price": "执行政府指导价",
    "set_price": "执行政府定价",
    "own_fee": "执行政府定价、不得自立收费项目",
    "fee_no_service": "执行政府指导价、政府定价",
    "grade_up": "不得抬高等级变相提高价格",
    "promo_conditions": "价格促销应当显著标明附加条件",
    "discrimination": "禁止价格歧视",
}


def _surcharge(w: Writer, laws_printed: dict[str, str], cstyle: str, stale: bool) -> str:
    art = (
        Cite(laws.PENALTY_LAW, 51)
        if stale
        else w.rng.choice((Cite(laws.PENALTY_LAW, 72, 1, 1), Cite(laws.PENALTY_LAW, 72)))
    )
    rate = w.rng.choice(("3%", "百分之三"))
    return (
        f"逾期不缴纳罚款的，依据{cite_text([art], w, laws_printed, cstyle)}的规定，"
        f"每日按罚款数额的{rate}加处罚款，加处罚款的数额不超过罚款数额，并可依法申请人民法院强制执行。"
    )


def _fact_sentence(it: Item, w: Writer, subject: str, start: date, inspected: date) -> str:
    thing, unit, price = it.thing
    rng = w.rng
    period = f"{cn.fmt_date(start, 'arabic')}至{cn.fmt_date(inspected, 'arabic')}期间"
    key = it.offence.key
    gains = f"，违法所得{cn.plain(it.gains)}元" if it.gains else "，无违法所得"
    service = it.thing in SERVICES
    sell = "提供" if service else "销售"
    if key == "unmarked":
        if service:
            return f"{subject}提供{thing}，未在经营场所公示服务项目和收费标准{gains}。"
        n = rng.randrange(3, 40)
        if rng.random() < 0.5:
            return f"执法人员现场清点，{subject}货架上待售的{thing}等商品共{n}个品种，均无标价签，也未以其他方式标示价格{gains}。"
        return f"{subject}经营场所内陈列销售的{thing}等{n}种商品未标示价格{gains}。"
    if key == "wrong_marking":
        if service:
            return f"{subject}公示的{thing}价目表未标明服务内容和计价方法{gains}。"
        return f"{subject}在销售{thing}时使用的标价签未标明品名、计价单位等内容，标价签与商品不对位{gains}。"
    if key == "extra_charge":
        extra = "服务费" if service else "包装费"
        return f"{period}，{subject}在{sell}{thing}时，在标价之外另行收取{extra}每{unit}{rng.randrange(1, 6)}元，该费用未予标明{gains}。"
    if key == "no_bill":
        return f"{subject}提供{thing}服务实行先消费后结算，但结算前未向消费者出具列明服务项目、价格及总收费金额的结算清单{gains}。"
    if key == "fake_discount":
        if rng.random() < 0.5:
            return f"{period}，{subject}以“限时{rng.choice(('五', '六', '七', '八'))}折”为名销售{thing}，折扣所依据的原价从未实际成交，所称折扣不真实{gains}。"
        return f"{subject}在{thing}的促销活动中标示“原价{int(price * 2)}元，现价{int(price)}元”，经核查，该商品在促销前七日内的最低成交价格为{int(price)}元，所标原价无依据{gains}。"
    if key == "misleading_price":
        return f"{subject}在{sell}{thing}时以大号字体标示“{int(price)}元起”，实际结算时按较高档次价格收费，使消费者产生误解{gains}。"
    if key == "false_comparison":
        return f"{subject}在网店页面对{thing}标示划线价，该划线价高于其前七日内的最低成交价格，且未标明被比较价格的详细信息{gains}。"
    if key == "gouging":
        return f"{period}，{subject}在{thing}进货成本未明显变化的情况下大幅提高销售价格，进销差价率明显超出正常水平{gains}。"
    if key == "guide_price":
        if rng.random() < 0.5:
            return f"经核算，{period}{subject}收取{thing}费用的标准高于当地价格主管部门核定的上限，共多收费用{cn.plain(it.gains) if it.gains else '若干'}元{gains}。"
        return f"{period}，{subject}收取{thing}费用时超出政府指导价规定的收费标准{gains}。"
    if key == "set_price":
        return f"{period}，{subject}按高于政府定价的标准收取{thing}费用{gains}。"
    if key == "own_fee":
        return f"{period}，{subject}在提供{thing}时自立“服务费”项目另行收费{gains}。"
    if key == "fee_no_service":
        return f"{period}，{subject}未按规定提供{thing}却照常收取费用{gains}。"
    if key == "promo_conditions":
        return f"{period}，{subject}开展“{thing}满{int(price * 3)}元减{int(price)}元”促销，对仅限会员参加的条件以小号字体标示于角落{gains}。"
    if key == "discrimination":
        return f"{period}，{subject}向同一区域内交易条件相同的两家下游经营者批发{thing}，对其中一家每{unit}加价{rng.randrange(2, 9)}元{gains}。"
    return f"{period}，{subject}将普通等级的{thing}标为特级销售，变相提高价格{gains}。"


def _checks(
    label: dict[str, Any],
    defects: list[str],
    pay_state: str,
    review_first: bool,
    year: int,
    due: Decimal,
    address: str | None,
    decided: date,
    period: int,
) -> dict[str, dict[str, str]]:
    """The decision-scope checks by the rulings of tests/real/README.md, from what the plan printed."""
    d = set(defects)

    def res(fail: list[str], ok: str) -> dict[str, str]:
        return {"status": "fail", "why": "；".join(fail)} if fail else {"status": "pass", "why": ok}

    contents: list[str] = []
    if "missing_basis" in d:
        contents.append("处罚无法律依据")
    if pay_state == "fail" and due:
        contents.append("未写缴款方式或期限")
    if "blank_date" in d:
        contents.append("落款日期空白")
    basis: list[str] = []
    if "missing_basis" in d:
        basis.append("未引处罚依据")
    if "swapped_roles" in d:
        basis.append("违反条款与处罚依据角色互换")
    if "imprecise_citation" in d:
        basis.append("条款分款/项却只引到条")
    current: list[str] = []
    if "stale_51" in d:
        current.append("加处罚款引用修订前第五十一条，现为第七十二条")
    if "aic_body" in d:
        current.append("复议机关写工商行政管理局（已撤销）")
    if "superior_only" in d:
        current.append("2024年后复议机关写上一级市场监督管理局，而非本级人民政府")
    if "repealed_rule" in d:
        current.append("引用2022年7月1日废止的禁止价格欺诈行为的规定，行为在废止之后")
    remedies: list[str] = []
    if label["review"]["body"] is None:
        remedies.append("复议机关未写具体名称")
    if "short_review" in d:
        remedies.append("复议期限写十五日，少于六十日")
    if "short_litigation" in d:
        remedies.append("诉讼期限写三个月，不是六个月")
    if "only_after_review" in d and not review_first:
        remedies.append("只能复议后再诉讼，无直接诉讼途径")
    drafting: list[str] = []
    if "blank_days" in d:
        drafting.append("缴款期限留空（____日）")
    if "blank_date" in d:
        drafting.append("落款日期为“年 月 日”空白")
    if "placeholder" in d:
        drafting.append("遗留模板占位文字或未选择的选项")
    if "suspect_conclusion" in d:
        drafting.append("结论写“涉嫌违反”")
    if "proposal_wording" in d:
        drafting.append("处罚决定中使用“拟”字")
    if "blank_copies" in d:
        drafting.append("“一式 份”留空")
    if "form_headings" in d:
        drafting.append("保留文书格式的括注栏目标题（违反…的事实）（…内容和依据）")
    docno: list[str] = []
    if "doc_missing" in d:
        docno.append("无文号")
    elif "doc_no_year" in d:
        docno.append("文号无年份")
    elif "doc_year_mismatch" in d:
        docno.append(f"文号年份与落款年份{year}不一致")
    party_fail: list[str] = []
    if address is None:
        party_fail.append("未写住所或经营场所")
    served = label["notice_served"]
    if served is None or label["decision_date"] is None:
        statement = {"status": "not_applicable", "why": "未写告知书送达日期" if served is None else "决定日期空白"}
    elif label["statement_waived"] or label["statement_made"]:
        statement = {"status": "pass", "why": "当事人已放弃或已提出陈述申辩"}
    else:
        last = add_workdays(date.fromisoformat(served), period)
        if decided <= last:
            statement = {
                "status": "fail",
                "why": f"告知书{served}送达，{period}个工作日至{last.isoformat()}，决定日在期内",
            }
        else:
            statement = {"status": "pass", "why": f"告知书{served}送达，决定晚于{period}个工作日"}
    return {
        "decision.contents": res(contents, "要素齐全"),
        "decision.basis_precise": res(basis, "违反条款和处罚依据精确到款项，角色正确"),
        "decision.citation_current": res(current, "引用条款和复议机关现行有效"),
        "rights.remedies_in_decision": res(remedies, "复议六十日向具名机关，可直接诉讼六个月")
        if not review_first or remedies
        else {"status": "pass", "why": _review_first_why(label, year)},
        "rights.payment_terms_in_decision": {"status": "not_applicable", "why": "无罚没款"}
        if not due
        else res(["缴款地点或期限缺失"] if pay_state == "fail" else [], "十五日内，缴款途径明确"),
        "decision.drafting": res(drafting, "无空白、占位或拟处措辞"),
        "decision.doc_number": res(docno, "文号完整，年份与落款一致"),
        "timeline.dates_filled": res(["落款日期空白"] if "blank_date" in d else [], "落款日期已填"),
        "deadline.statement_period": statement,
        "party.identified": res(party_fail, "名称、代码、地址齐全"),
    }


def _layout(rng: random.Random, w: Writer, body_size: float) -> dict[str, Any]:
    """Fonts, margins, headers and footers."""
    return {
        "font": w.pick("font", ("droid", "uming"), [0.6, 0.4]),
        "title_font": w.pick("title_font", ("droid", "uming"), [0.5, 0.5]),
        "body": body_size,
        "margin": rng.choice((20.0, 25.0, 28.0)),
        "leading": rng.choice((1.5, 1.7, 1.9)),
        "footer": w.pick("page_numbers", ("cn_total", "dash", "slash", "none"), [0.35, 0.2, 0.15, 0.3]),
        "header": w.pick("header", ("none", "agency", "title"), [0.7, 0.15, 0.15]),
    }


KEY_ORDER = (
    "file",
    "split",
    "title",
    "doc_number",
    "agency",
    "decision_date",
    "party",
    "other_parties",
    "fine_yuan",
    "confiscated_money_yuan",
    "goods_confiscated",
    "penalty_kinds",
    "violated",
    "basis",
    "discretion",
    "review",
    "litigation",
    "payment",
    "notice_mentioned",
    "statement_mentioned",
    "hearing_mentioned",
    "notice_date",
    "notice_served",
    "statement_made",
    "statement_waived",
    "hearing_held",
    "seal",
    "notes",
)


def _review_first_why(label: dict[str, Any], year: int) -> str:
    if "当场" in label["title"] and year >= 2024:
        return "当场处罚决定，2024年起复议前置（复议法第二十三条），复议机关具名、六十日"
    return "引处罚规定第二十条复议前置，复议机关具名、六十日"


def _ordered(label: dict[str, Any]) -> dict[str, Any]:
    return {k: label[k] for k in KEY_ORDER}
