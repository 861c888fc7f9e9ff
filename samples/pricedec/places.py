"""Invented places, agencies, parties and goods. Every name is made up from syllables; a clash with a real
place or business would be chance."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import cn

PROVINCES = ("云泽省", "岚江省", "汀湖省", "澄源省", "霁川省", "洛屿省")
HEAD = "青岚松梧柘枫禾澄霁栖棠苇蓼芷蘅沅澧淇汶溱桐榆槐杉"
TAIL = "川源溪阳浦宁平丰桥泽岗屿湾城陵渡坪"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢"
GIVEN = "建国华明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞平刚桂兰志红海燕玉凤晓琳俊峰"
TRADES = (
    ("商贸", "有限公司"),
    ("超市", "有限公司"),
    ("餐饮管理", "有限公司"),
    ("物业服务", "有限公司"),
    ("停车管理", "有限公司"),
    ("旅游开发", "有限公司"),
    ("医药连锁", "有限公司"),
    ("汽车销售服务", "有限公司"),
    ("电子商务", "有限公司"),
    ("供水", "有限责任公司"),
    ("殡仪服务", "有限公司"),
    ("百货", "股份有限公司"),
)
SHOPS = (
    "水果店",
    "烟酒店",
    "便利店",
    "粮油店",
    "五金店",
    "理发店",
    "洗车行",
    "药店",
    "服装店",
    "小吃店",
    "蔬菜摊",
    "茶叶店",
)
ROADS = ("人民路", "解放路", "建设大道", "文化路", "滨江路", "迎宾大道", "新华街", "中山路", "朝阳路", "长兴街")
TOWNS = ("城关镇", "东城街道", "西湖街道", "新桥镇", "白沙镇", "河口乡", "南门街道", "青石镇")
ORG_WORDS = "恒昌鑫源华联佳美兴旺宏达万家金润福瑞天成嘉禾盛世"


def _two(rng: random.Random) -> str:
    return rng.choice(HEAD) + rng.choice(TAIL)


def person(rng: random.Random) -> str:
    """A made-up full name of two or three characters."""
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


@dataclass
class Agency:
    """The issuing bureau and the bodies a decision names around it."""

    province: str
    city: str  # 松浦市
    local: str  # 禾源县 / 梧溪区 / 澄川市 (县级市) / "" for the city bureau itself
    kind: str  # county, district, county_city, city
    region: str  # six digits used in codes
    name: str = ""
    government: str = ""  # 本级人民政府
    superior: str = ""  # 上一级市场监督管理局
    court: str = ""
    abbr: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def agency(rng: random.Random) -> Agency:
    """A county, district, county-level city or city bureau with its government, superior and court."""
    province = rng.choice(PROVINCES)
    city = _two(rng) + "市"
    kind = rng.choice(("county", "county", "district", "county_city", "city"))
    local = {"county": _two(rng) + "县", "district": _two(rng) + "区", "county_city": _two(rng) + "市", "city": ""}[
        kind
    ]
    region = f"39{rng.randrange(10, 99)}{rng.randrange(10, 99)}"
    ag = Agency(province, city, local, kind, region)
    if kind == "city":
        ag.name = city + "市场监督管理局"
        ag.government = city + "人民政府"
        ag.superior = province + "市场监督管理局"
        ag.court = city + _two(rng) + "区人民法院"
        ag.abbr = city[0]
    elif kind == "district":
        ag.name = city + local + "市场监督管理局"
        ag.government = city + local + "人民政府"
        ag.superior = city + "市场监督管理局"
        ag.court = city + local + "人民法院"
        ag.abbr = local[0]
    else:
        ag.name = local + "市场监督管理局"
        ag.government = local + "人民政府"
        ag.superior = city + "市场监督管理局"
        ag.court = local + "人民法院"
        ag.abbr = local[0]
    return ag


@dataclass
class Party:
    """The penalised party as the decision prints it."""

    kind: str  # organisation, individual_business, citizen
    name: str  # the label's name (字号 for a shop)
    code: str | None  # as printed (full, masked, 注册号) or None
    code_key: str
    code_masked: bool
    address: str | None
    address_key: str
    person: str  # 法定代表人 / 经营者 / the citizen
    person_key: str
    trade: str = ""  # the trade word or shop kind, to match goods and services to the business
    notes: list[str] = field(default_factory=list)


def party(rng: random.Random, ag: Agency, kind: str) -> Party:
    """An organisation, a 个体工商户 or a citizen, with code shown, masked or as an old 注册号."""
    place = ag.local or ag.city
    road = f"{rng.choice(ROADS)}{rng.randrange(1, 300)}号"
    town = rng.choice(TOWNS)
    who = person(rng)
    notes: list[str] = []
    if kind == "organisation":
        word, suffix = rng.choice(TRADES)
        trade = word
        name = place + rng.choice(ORG_WORDS) + rng.choice(ORG_WORDS) + word + suffix
        if rng.random() < 0.12:
            name = ag.city + rng.choice(ORG_WORDS) + rng.choice(ORG_WORDS) + word + suffix + place + "分公司"
        full = cn.credit_code(rng, ag.region, "91")
        person_key = rng.choice(("法定代表人", "法定代表人", "负责人", "法定代表人（负责人）"))
    elif kind == "individual_business":
        trade = rng.choice(SHOPS)
        name = place + town + who[0] + rng.choice("记氏家") + trade
        full = cn.credit_code(rng, ag.region, "92")
        person_key = rng.choice(("经营者", "经营者", "负责人", "法定代表人（负责人、经营者）"))
    else:
        name = who
        trade = ""
        full = f"{ag.region}{rng.randrange(1960, 2000)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(100, 999)}X"
        person_key = ""
    r = rng.random()
    masked = False
    if kind == "citizen":
        code = full[:4] + "*" * 10 + full[-4:] if r < 0.6 else full[:6] + "*" * 8 + full[-4:]
        masked = True
        code_key = rng.choice(("身份证号码", "身份证件号码", "公民身份号码"))
        notes.append("当事人为自然人，身份证号被打码（按已给出处理，不记入label）")
    elif r < 0.55:
        code = full
        code_key = rng.choice(("统一社会信用代码", "统一社会信用代码", "统一社会信用代码（注册号）", "社会信用代码"))
    elif r < 0.85:
        code = cn.mask(full, rng)
        masked = True
        code_key = rng.choice(("统一社会信用代码", "统一社会信用代码（注册号）"))
        notes.append("信用代码被打码，按未给出处理（credit_code null）")
    else:
        code = ag.region + "".join(str(rng.randrange(10)) for _ in range(9))
        code_key = "注册号"
        notes.append("只印注册号，记入credit_code")
    if kind == "citizen":
        address_key = rng.choice(("住址", "住所（住址）", "地址"))
        address = f"{ag.province}{ag.city}{ag.local}{town}{rng.choice(ROADS)}{rng.randrange(1, 99)}号"
    else:
        address_key = rng.choice(("住所", "经营场所", "地址", "住所（住址）", "住所地"))
        address = f"{ag.province}{ag.city}{ag.local}{town}{road}"
    return Party(kind, name, code, code_key, masked, address, address_key, who, person_key, trade, notes)


#: Goods and services per offence: (thing, unit, a typical unit price).
GOODS = (
    ("白酒", "瓶", 168),
    ("食用植物油", "桶", 79),
    ("东北大米", "袋", 56),
    ("洗发水", "瓶", 39),
    ("儿童玩具车", "个", 128),
    ("运动鞋", "双", 299),
    ("电动自行车头盔", "顶", 89),
    ("绿茶", "盒", 260),
    ("婴幼儿配方奶粉", "罐", 328),
    ("医用口罩", "盒", 25),
    ("鲜猪肉", "斤", 16),
    ("保温杯", "个", 69),
    ("进口车厘子", "斤", 45),
)
#: What each trade or shop sells or provides, by name in GOODS/SERVICES (a trade not listed takes any).
TRADE_THINGS = {
    "停车管理": ("机动车停放服务",),
    "物业服务": ("普通住宅前期物业服务",),
    "旅游开发": ("景区门票",),
    "供水": ("居民生活用水",),
    "殡仪服务": ("遗体火化",),
    "汽车销售服务": ("汽车维修工时", "机动车安全技术检验"),
    "医药连锁": ("医用口罩",),
    "药店": ("医用口罩",),
    "餐饮管理": ("餐饮服务",),
    "小吃店": ("餐饮服务",),
    "理发店": ("理发",),
    "洗车行": ("洗车",),
    "烟酒店": ("白酒",),
    "粮油店": ("东北大米", "食用植物油"),
    "服装店": ("运动鞋",),
    "茶叶店": ("绿茶",),
    "蔬菜摊": ("鲜猪肉",),
    "水果店": ("进口车厘子",),
    "五金店": ("电动自行车头盔", "保温杯"),
    "超市": ("食用植物油", "洗发水", "婴幼儿配方奶粉", "东北大米"),
    "百货": ("运动鞋", "保温杯", "儿童玩具车"),
    "便利店": ("洗发水", "白酒"),
}
SERVICES = (
    ("机动车停放服务", "次", 10),
    ("普通住宅前期物业服务", "平方米·月", 1.2),
    ("景区门票", "张", 80),
    ("居民生活用水", "吨", 3),
    ("遗体火化", "具", 400),
    ("机动车安全技术检验", "辆次", 120),
    ("理发", "次", 30),
    ("汽车维修工时", "小时", 150),
    ("餐饮服务", "桌", 600),
    ("洗车", "次", 25),
)
