"""The provisions the generator cites, each checked by hand against the law texts in ../shared/laws
(价格法 1997, 价格违法行为行政处罚规定 2010, 明码标价和禁止价格欺诈规定 2022, 禁止价格欺诈行为的规定 2001,
规范促销行为暂行规定 2020) and, for the
行政处罚法 (2021), its published text: Art. 32 (从轻/减轻, 5 items), Art. 33 (不予, 3 款), Art. 72 (加处罚款, 1款 4项)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .cn import small

PRICE_LAW = "中华人民共和国价格法"
PENALTY_RULES = "价格违法行为行政处罚规定"
MARKING_RULES = "明码标价和禁止价格欺诈规定"
OLD_FRAUD_RULES = "禁止价格欺诈行为的规定"
PENALTY_LAW = "中华人民共和国行政处罚法"
GUIDE = "关于规范市场监督管理行政处罚裁量权的指导意见"
PROMO_RULES = "规范促销行为暂行规定"

#: Names as a decision may print them; the label keeps the printed one (comparison ignores 中华人民共和国).
SHORT = {PRICE_LAW: "价格法", PENALTY_LAW: "行政处罚法"}


@dataclass(frozen=True)
class Cite:
    """One provision: law, article, optional 款 and 项."""

    law: str
    article: int
    para: int | None = None
    item: int | None = None

    def label(self, printed_law: str) -> str:
        """The label form: 《law as printed》第N条[第N款][第N项]."""
        out = f"《{printed_law}》第{self.article}条"
        if self.para:
            out += f"第{self.para}款"
        if self.item:
            out += f"第{self.item}项"
        return out

    def printed(self, style: str) -> str:
        """第十三条第一款 / 第十四条第（四）项 / 第14条第4项 / 第十四条（四）."""
        if style == "arabic":
            out = f"第{self.article}条"
            if self.para:
                out += f"第{self.para}款"
            if self.item:
                out += f"第{self.item}项"
            return out
        out = f"第{small(self.article)}条"
        if self.para:
            out += f"第{small(self.para)}款"
        if self.item:
            if style == "paren":
                out += f"第（{small(self.item)}）项"
            elif style == "bare_paren":
                out += f"（{small(self.item)}）"
            else:
                out += f"第{small(self.item)}项"
        return out

    def coarse(self) -> Cite:
        """The same article without its 款/项 (an imprecise citation)."""
        return Cite(self.law, self.article)


@dataclass(frozen=True)
class Offence:
    """A kind of price violation: what it breaks, what punishes it, how money is usually handled."""

    key: str
    summary: str  # the conduct in a few words, for the conclusion
    violated: tuple[tuple[Cite, ...], ...]  # alternatives, each a full set
    basis: tuple[tuple[Cite, ...], ...]
    gains: str  # "none", "some", "often"
    fine_cap: int | None  # statutory cap when there are no gains (5000 for 明码标价), None: multiple of gains
    characterise: Cite | None = None  # 属于…所指 (never a violated provision when a 违反 clause exists)


PL, PR, MB, PROMO = PRICE_LAW, PENALTY_RULES, MARKING_RULES, PROMO_RULES

OFFENCES: tuple[Offence, ...] = (
    Offence(
        "unmarked",
        "未明码标价",
        ((Cite(PL, 13, 1),), (Cite(PL, 13, 1), Cite(MB, 5, 1)), (Cite(MB, 5, 1),)),
        ((Cite(PL, 42), Cite(PR, 13, None, 1)), (Cite(PR, 13, None, 1),), (Cite(PL, 42),)),
        "none",
        5000,
    ),
    Offence(
        "wrong_marking",
        "未按规定的内容和方式明码标价",
        ((Cite(PL, 13, 1), Cite(MB, 7, 1)), (Cite(MB, 7, 1),), (Cite(MB, 6, 1),)),
        ((Cite(PL, 42), Cite(PR, 13, None, 2)), (Cite(PR, 13, None, 2),)),
        "none",
        5000,
    ),
    Offence(
        "extra_charge",
        "在标价之外加价出售商品、收取未予标明的费用",
        ((Cite(PL, 13, 2),), (Cite(PL, 13, 2), Cite(MB, 8)), (Cite(MB, 8),)),
        ((Cite(PL, 42), Cite(PR, 13, None, 3)), (Cite(PR, 13, None, 3),)),
        "often",
        5000,
    ),
    Offence(
        "no_bill",
        "先消费后结算未出具结算清单",
        ((Cite(MB, 15),),),
        ((Cite(PL, 42), Cite(PR, 13, None, 4)), (Cite(MB, 22), Cite(PR, 13, None, 4))),
        "none",
        5000,
    ),
    Offence(
        "fake_discount",
        "通过虚假折价、减价方式销售商品，构成价格欺诈",
        ((Cite(PL, 14, None, 4), Cite(MB, 19, None, 3)), (Cite(PL, 14, None, 4),), (Cite(MB, 19, None, 3),)),
        ((Cite(PL, 40, 1), Cite(PR, 7)), (Cite(PR, 7),), (Cite(MB, 23), Cite(PR, 7))),
        "some",
        None,
        Cite(MB, 19, None, 3),
    ),
    Offence(
        "misleading_price",
        "使用误导性的文字、数字标示价格，诱骗消费者与其交易",
        ((Cite(PL, 14, None, 4), Cite(MB, 19, None, 4)), (Cite(MB, 19, None, 4),)),
        ((Cite(PL, 40, 1), Cite(PR, 7)), (Cite(PR, 7),)),
        "some",
        None,
    ),
    Offence(
        "false_comparison",
        "被比较价格高于前七日内最低成交价格",
        ((Cite(MB, 16, 2),), (Cite(PL, 14, None, 4), Cite(MB, 16, 2))),
        ((Cite(PL, 40, 1), Cite(PR, 7)), (Cite(MB, 23), Cite(PR, 7))),
        "some",
        None,
    ),
    Offence(
        "gouging",
        "哄抬价格，推动商品价格过快、过高上涨",
        ((Cite(PL, 14, None, 3),),),
        ((Cite(PL, 40, 1), Cite(PR, 6, 1, 3)), (Cite(PR, 6, 1, 3),)),
        "often",
        None,
    ),
    Offence(
        "guide_price",
        "不执行政府指导价，超出规定标准收费",
        ((Cite(PL, 12),),),
        ((Cite(PL, 39), Cite(PR, 9, None, 1)), (Cite(PR, 9, None, 1),)),
        "often",
        None,
    ),
    Offence(
        "set_price",
        "不执行政府定价，高于政府定价收费",
        ((Cite(PL, 12),),),
        ((Cite(PL, 39), Cite(PR, 9, None, 2)), (Cite(PR, 9, None, 2),)),
        "often",
        None,
    ),
    Offence(
        "own_fee",
        "自立收费项目收费",
        ((Cite(PL, 12),),),
        ((Cite(PL, 39), Cite(PR, 9, None, 5)), (Cite(PR, 9, None, 5),)),
        "often",
        None,
    ),
    Offence(
        "fee_no_service",
        "不按照规定提供服务而收取费用",
        ((Cite(PL, 12),),),
        ((Cite(PL, 39), Cite(PR, 9, None, 10)), (Cite(PR, 9, None, 10),)),
        "often",
        None,
    ),
    Offence(
        "promo_conditions",
        "开展价格促销活动未显著标明附加条件，诱骗消费者交易",
        ((Cite(PROMO, 20), Cite(PL, 14, None, 4)), (Cite(MB, 19, None, 6), Cite(PL, 14, None, 4)), (Cite(PROMO, 20),)),
        ((Cite(PROMO, 29), Cite(PR, 7)), (Cite(PL, 40, 1), Cite(PR, 7))),
        "some",
        None,
    ),
    Offence(
        "discrimination",
        "对具有同等交易条件的其他经营者实行价格歧视",
        ((Cite(PL, 14, None, 5),),),
        ((Cite(PL, 40, 1), Cite(PR, 4, None, 2)), (Cite(PR, 4, None, 2),)),
        "some",
        None,
    ),
    Offence(
        "grade_up",
        "采取抬高等级的手段销售商品，变相提高价格",
        ((Cite(PL, 14, None, 6),),),
        ((Cite(PL, 40, 1), Cite(PR, 8)), (Cite(PR, 8),)),
        "some",
        None,
    ),
)

BY_KEY = {o.key: o for o in OFFENCES}

#: 从轻 under 行政处罚法 Art. 32 item 1 (主动消除或者减轻违法行为危害后果).
LENIENT = Cite(PENALTY_LAW, 32, None, 1)
#: 不予 under Art. 33 para. 1 (轻微并及时改正 / 初次违法且危害后果轻微并及时改正).
NO_PENALTY = Cite(PENALTY_LAW, 33, 1)
#: 明码标价和禁止价格欺诈规定 Art. 26: para. 1 从轻/减轻 (退还多付价款), para. 2 不予.
MB_LENIENT = Cite(MB, 26, 1)
MB_NO_PENALTY = Cite(MB, 26, 2)
#: The SAMR guidance on discretion, Art. 14 item 2 (积极配合调查并主动提供证据材料).
GUIDE_COOPERATE = Cite(GUIDE, 14, None, 2)
#: 价格违法行为行政处罚规定 Art. 16 para. 1: refund order (never a penalty basis).
REFUND = Cite(PR, 16, 1)
#: 价格违法行为行政处罚规定 Art. 20: 复议前置 for price penalties.
REVIEW_FIRST = Cite(PR, 20)
#: The repealed 2001 rule's Art. 7 item 1 (虚构原价…), a stale citation after 2022-07-01.
OLD_FRAUD = Cite(OLD_FRAUD_RULES, 7, None, 1)


def printed_law(law: str, rng: random.Random) -> str:
    """The law's name as this decision prints it."""
    short = SHORT.get(law)
    if short and rng.random() < 0.3:
        return short
    return law


#: Article → items per 款 ([0, 0] = two 款 without items; [8] = one 款 with eight 项), for every article cited above,
#: read off the texts in ../shared/laws (the test compares them). The 行政处罚法 rows are from its 2021 text.
STRUCTURE: dict[str, dict[int, list[int]]] = {
    PRICE_LAW: {12: [0], 13: [0, 0], 14: [8], 39: [0], 40: [0, 0], 42: [0]},
    PENALTY_RULES: {4: [2], 6: [3, 0, 0], 7: [0], 8: [0], 9: [11], 13: [4], 16: [0, 0], 20: [0]},
    MARKING_RULES: {
        5: [0, 0, 0],
        6: [0, 0],
        7: [0, 0, 0, 0],
        8: [0],
        15: [0],
        16: [0, 0, 0],
        19: [8],
        22: [0],
        23: [0],
        26: [0, 0],
    },
    OLD_FRAUD_RULES: {7: [6]},
    PROMO_RULES: {20: [0], 21: [0, 0], 29: [0]},
    PENALTY_LAW: {32: [5], 33: [0, 0, 0], 72: [4, 0]},
}


def precise(cite: Cite) -> bool:
    """True when the citation names the 款 and 项 its article is divided into (as far as the table knows)."""
    paras = STRUCTURE.get(cite.law, {}).get(cite.article)
    if paras is None:
        return True
    if cite.para is not None and not 1 <= cite.para <= len(paras):
        return False
    para_items = paras[(cite.para or 1) - 1]
    if len(paras) > 1 and cite.para is None:
        return False
    if para_items and cite.item is None:
        return False
    return cite.item is None or 1 <= cite.item <= para_items
