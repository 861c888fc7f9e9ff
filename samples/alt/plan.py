"""A case plan: every fact, person, amount, feature and style choice of one case file, drawn from a seed.
Instruments are written from the plan; defects change the plan before anything is written."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from . import ids
from .fmt import DATE_STYLES
from .sectors import Agency, Scenario

ROADS = [
    "滨河路",
    "文昌路",
    "建设大道",
    "锦湖大道",
    "青云路",
    "通达路",
    "光明街",
    "沿河西路",
    "望江路",
    "工业大道",
    "兴业路",
    "长青路",
]
VILLAGES = ["柳塘", "石桥", "杨家湾", "白沙", "东岭", "新庄", "枫林", "河口"]
SHOPS = [
    "鑫达",
    "宏盛",
    "瑞丰",
    "佳和",
    "永兴",
    "恒通",
    "金诺",
    "华利",
    "泰安",
    "天悦",
    "德顺",
    "新锐",
    "博远",
    "汇通",
    "凯旋",
    "明珠",
]
GOODS = ["进口红酒", "空气炸锅", "羊毛衫", "儿童自行车", "电饭煲", "蚕丝被", "运动鞋", "茶叶礼盒"]
CARGO = ["砂石", "碎石", "黄砂", "渣土"]
DISTRICTS = ["临江区", "云溪区", "青川县", "白石县"]


@dataclass
class Party:
    kind: str  # organisation | citizen
    name: str
    code: str  # 统一社会信用代码 or 身份证号
    address: str
    person: str  # the legal representative, or the citizen
    person_id: str
    sex: str
    birth: date
    phone: str
    contact: str  # who deals with the agency (the person, a manager or an agent)
    contact_role: str
    contact_id: str
    contact_phone: str
    founded: date | None = None

    @property
    def org(self) -> bool:
        return self.kind == "organisation"


@dataclass
class Officer:
    name: str
    cert: str


@dataclass
class Style:
    """Layout and wording choices of one agency's case system and clerks."""

    bracket: str = "hex"
    dates: dict[str, str] = field(default_factory=dict)  # instrument group → date style
    titles: dict[str, str] = field(default_factory=dict)  # kind → plain|spaced|prefix|agency_line|split|table
    layouts: dict[str, str] = field(default_factory=dict)  # kind → table|lines|prose
    seal_mode: str = "marker"  # marker: printed （印章） and a red stamp on paper; image: electronic seal in the PDF
    seal_marker: str = "（印章）"
    stamp_pos: str = "br"
    stamp_from: str = "after_index"  # after_index | cover
    stamp_fmt: str = "{n}"
    body_font: str = "仿宋_GB2312"
    title_font: str = "方正小标宋简体"
    qa_labels: tuple[str, str] = ("问：", "答：")
    halfwidth: float = 0.0  # share of form labels written with half-width punctuation
    hard_breaks: float = 0.0  # chance that a prose paragraph carries a typed line break
    decision_size: float = 16.0
    words: dict[str, int] = field(default_factory=dict)  # wording key → chosen variant index

    def date_style(self, group: str) -> str:
        return self.dates.get(group, "cn")


@dataclass
class Plan:
    case_id: str
    seed: int
    agency: Agency
    scenario: Scenario
    procedure: str  # general | simple
    outcome: str  # penalty | no_penalty
    party: Party
    officers: list[Officer]
    head: str  # 负责人 who approves
    deputy: str
    division_head: str  # head of the investigating division
    reviewer: Officer  # 法制审核
    chair: str  # hearing chair, not an investigator
    clerk: str
    archivist: str
    fine: Decimal | None
    warning: bool
    confiscation: Decimal | None
    suspension_days: int | None
    values: dict
    style: Style
    rng_state: int
    statement: str = "none"  # none | oral | written | waived
    hearing: str = "none"  # none | held | waived
    statement_period: int = 3  # working days the notice grants (0: the notice states none)
    preservation: bool = False
    extension: bool = False
    enforcement: str = "none"  # none | reminder | court
    source: str = "inspection"  # inspection | complaint | referral | assigned
    second_inquiry: bool = False
    inquiry_sparse_end: bool = False
    address_form: bool = False
    proxy: bool = False  # an 授权委托书 is on file
    dates: dict = field(default_factory=dict)
    notice_fine: Decimal | None = None
    approval_fine: Decimal | None = None
    defects: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)  # edits the writers obey
    sched: dict = field(default_factory=dict)  # schedule overrides set by defects
    serials: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)

    @property
    def short(self) -> str:
        return self.agency.short[1:]

    @property
    def is_major(self) -> bool:
        return major(self.party.kind, self.fine, self.confiscation, self.suspension_days)

    @property
    def hearing_eligible(self) -> bool:
        return hearing_eligible(self.party.kind, self.fine, self.confiscation, self.suspension_days)

    @property
    def has_notice(self) -> bool:
        return self.procedure == "general" and self.outcome == "penalty" and "no_notice" not in self.flags

    def you(self) -> str:
        return "你单位" if self.party.org else "你"


def major(kind: str, fine: Decimal | None, confiscation: Decimal | None, suspension: int | None) -> bool:
    """Henan 168号令 Art. 3: fine ≥ 10,000 (citizen) / 100,000 (organisation), confiscation of equal value,
    or 责令停产停业."""
    limit = Decimal(10000 if kind == "citizen" else 100000)
    return bool(suspension) or (fine or 0) >= limit or (confiscation or 0) >= limit


def hearing_eligible(kind: str, fine: Decimal | None, confiscation: Decimal | None, suspension: int | None) -> bool:
    """Henan 204号令: fine ≥ 5,000 (citizen) / 50,000 (organisation), or the heavy kinds."""
    limit = Decimal(5000 if kind == "citizen" else 50000)
    return bool(suspension) or (fine or 0) >= limit or (confiscation or 0) >= limit


def _district(rng: random.Random) -> str:
    return rng.choice(DISTRICTS)


def make_party(rng: random.Random, scen: Scenario, kind: str) -> Party:
    district = _district(rng)
    region = ids.REGIONS[district]
    addr = f"青岚市{district}{rng.choice(ROADS)}{rng.randint(2, 388)}号"
    person = ids.person_name(rng)
    male = rng.random() < 0.7
    birth = date(rng.randint(1962, 1998), rng.randint(1, 12), rng.randint(1, 28))
    pid = ids.id_number(rng, birth, male, region)
    if kind == "organisation":
        name = f"青岚市{rng.choice(SHOPS)}{rng.choice(scen.businesses)}"
        code = ids.credit_code(rng, region)
        addr = addr + rng.choice(["", "1幢", "3号厂房", "一楼", "101室"])
        if rng.random() < 0.45:
            contact = ids.person_name(rng)
            role = rng.choice(["经理", "行政主管", "办公室主任", "总经理助理", "副总经理"])
            contact_id = ids.id_number(
                rng, date(rng.randint(1970, 1999), rng.randint(1, 12), rng.randint(1, 28)), rng.random() < 0.5, region
            )
        else:
            contact, role, contact_id = person, "法定代表人", pid
        return Party(
            kind,
            name,
            code,
            addr,
            person,
            pid,
            "男" if male else "女",
            birth,
            ids.mobile(rng),
            contact,
            role,
            contact_id,
            ids.mobile(rng),
            date(rng.randint(2008, 2021), rng.randint(1, 12), rng.randint(1, 28)),
        )
    addr = f"云泽省{addr}" + rng.choice(
        ["", f"{rng.randint(1, 12)}栋{rng.randint(1, 3)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"]
    )
    return Party(
        kind,
        person,
        pid,
        addr,
        person,
        pid,
        "男" if male else "女",
        birth,
        ids.mobile(rng),
        person,
        "当事人",
        pid,
        ids.mobile(rng),
    )


def draw_style(rng: random.Random) -> Style:
    st = Style()
    st.bracket = rng.choices(["hex", "square", "paren", "half"], [6, 2, 2, 1])[0]
    for group in ("form", "decision", "notice", "record", "receipt", "archive"):
        st.dates[group] = rng.choices(
            DATE_STYLES, [6, 3, 1, 1, 2] if group in ("decision", "notice") else [6, 1, 2, 2, 2]
        )[0]
    for kind in ("penalty_decision", "prior_notice", "no_penalty_decision", "hearing_notice", "enforcement"):
        st.titles[kind] = rng.choices(["plain", "spaced", "prefix", "agency_line", "split"], [3, 2, 2, 4, 1])[0]
    for kind in (
        "filing_approval",
        "penalty_approval",
        "closing_report",
        "case_source",
        "extension_approval",
        "legal_review",
        "service_receipt",
        "major_filing",
        "record_back",
        "evidence_list",
    ):
        st.titles[kind] = rng.choices(["plain", "table", "prefix", "spaced"], [4, 3, 2, 1])[0]
    for kind in (
        "inquiry_record",
        "inspection_record",
        "collective_discussion",
        "hearing_record",
        "statement_record",
        "investigation_report",
        "cover",
        "index",
    ):
        st.titles[kind] = rng.choices(["plain", "spaced", "prefix"], [5, 2, 2])[0]
    st.layouts["onsite_decision"] = rng.choice(["lines", "table"])
    st.layouts["service_receipt"] = rng.choices(["table", "lines"], [3, 1])[0]
    st.layouts["cover"] = rng.choice(["lines", "table"])
    st.layouts["legal_review"] = rng.choice(["table", "prose"])
    st.layouts["investigation_report"] = rng.choice(["prose", "table"])
    st.layouts["record_back"] = rng.choice(["table", "lines"])
    st.seal_mode = rng.choices(["marker", "image"], [3, 1])[0]
    st.seal_marker = rng.choice(["（印章）", "（印 章）", "（盖章）", "(公章)"])
    st.stamp_pos = rng.choices(["br", "tr"], [3, 1])[0]
    st.stamp_from = rng.choices(["after_index", "cover"], [4, 1])[0]
    st.stamp_fmt = rng.choice(["{n}", "{n}", "第{n}页", "- {n} -"])
    st.body_font = rng.choice(["仿宋_GB2312", "仿宋", "宋体"])
    st.title_font = rng.choice(["方正小标宋简体", "黑体", "宋体"])
    st.qa_labels = rng.choice([("问：", "答："), ("问:", "答:"), ("问：", "答："), ("执法人员：", "被询问人：")])
    st.halfwidth = rng.choice([0.0, 0.0, 0.3, 0.6])
    st.hard_breaks = rng.choice([0.0, 0.15, 0.3])
    st.decision_size = rng.choice([16.0, 16.0, 15.0, 14.0])
    return st


def draw_officers(rng: random.Random, agency: Agency, n: int, avoid: set[str]) -> list[Officer]:
    names = ids.distinct_names(rng, n, avoid)
    return [Officer(nm, ids.cert_number(rng, agency.cert_digit)) for nm in names]


def round_to(value: int, step: int) -> int:
    return max(step, round(value / step) * step)


def draw_fine(rng: random.Random, scen: Scenario, kind: str) -> Decimal | None:
    lo, hi = scen.citizen_fine_range if kind == "citizen" and scen.citizen_fine_range else scen.fine_range
    if hi == 0:
        return None
    step = scen.fine_step
    return Decimal(round_to(rng.randint(lo, hi), step))


def scenario_values(rng: random.Random, plan_stub: dict, scen: Scenario, party: Party) -> dict:
    v: dict = {}
    v["n"] = rng.randint(3, 9)
    v["k"] = rng.randint(2, max(2, v["n"] - 1))
    v["staff"] = v["n"] + rng.randint(6, 40)
    v["role"] = (
        party.contact_role
        if party.contact_role not in ("法定代表人", "当事人")
        else rng.choice(["总经理", "法定代表人", "负责人"])
    )
    road = rng.choice(ROADS)
    v["road"], v["road2"] = road, rng.choice([r for r in ROADS if r != road])
    v["village"], v["group"] = rng.choice(VILLAGES), rng.choice("一二三四五六")
    v["plate"] = ids.plate(rng)
    v["fare"] = rng.choice([30, 40, 50, 60, 80])
    v["dest"] = rng.choice(["白石县城", "青川县汽车站", "临江区柳塘镇", "云溪区枫林乡"])
    v["cargo"] = rng.choice(CARGO)
    v["shop"] = party.name.replace("有限公司", "").replace("青岚市", "") + rng.choice(["门店", "", "营业部"])
    v["room"] = f"{rng.choice('VM')}{rng.randint(301, 318)}"
    v["goods"] = rng.choice(GOODS)
    orig = rng.choice([399, 599, 899, 1299, 1680, 2280])
    v["orig"], v["disc"] = orig, int(orig * rng.choice([0.5, 0.6, 0.68, 0.75]))
    v["length"] = rng.choice([80, 120, 150, 300, 450])
    v["site"] = scen.site.format(**v)
    v["party"] = party.name
    v["order_days"] = 15
    return v
