"""How agencies write dates, amounts, document numbers and titles."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TypeVar

T = TypeVar("T")

CN_DIGITS = "〇一二三四五六七八九"
CAP_DIGITS = "零壹贰叁肆伍陆柒捌玖"
DATE_STYLES = ("cn", "han", "dot", "iso", "cn0")


def _han_number(n: int) -> str:
    """1..31 as written in dates: 十, 十五, 二十, 二十三."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def fmt_date(d: date | None, style: str = "cn") -> str:
    """2024年3月5日 (cn) / 二〇二四年三月五日 (han) / 2024.3.5 (dot) / 2024-03-05 (iso) / 2024年03月05日 (cn0).
    None gives the blank a form leaves: 年  月  日."""
    if d is None:
        return "    年    月    日"
    if style == "han":
        year = "".join(CN_DIGITS[int(c)] for c in str(d.year))
        return f"{year}年{_han_number(d.month)}月{_han_number(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "iso":
        return d.isoformat()
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"


def fmt_time(d: date, hour: int, minute: int) -> str:
    return f"{d.year}年{d.month}月{d.day}日{hour}时{minute:02d}分"


def capitals(amount: Decimal) -> str:
    """An amount in financial capitals: 150000 → 壹拾伍万元整, 1050.5 → 壹仟零伍拾元伍角."""
    cents = int((amount * 100).to_integral_value())
    yuan, frac = divmod(cents, 100)
    jiao, fen = divmod(frac, 10)
    out = _cap_integer(yuan) + "元" if yuan else ""
    if not jiao and not fen:
        return (out or "零元") + "整"
    if jiao:
        out += CAP_DIGITS[jiao] + "角"
    elif yuan:
        out += "零"
    if fen:
        out += CAP_DIGITS[fen] + "分"
    return out


def _cap_section(n: int) -> str:
    """0 < n < 10000 in capitals, with 零 for inner gaps."""
    units = ["", "拾", "佰", "仟"]
    digits = f"{n:04d}"
    out, zero = "", False
    for i, ch in enumerate(digits):
        v = int(ch)
        if v == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += CAP_DIGITS[v] + units[3 - i]
    return out


def _cap_integer(n: int) -> str:
    if n == 0:
        return "零"
    parts = []
    for unit, size in (("亿", 10**8), ("万", 10**4), ("", 1)):
        section, n = divmod(n, size)
        parts.append((section, unit))
    out, pending_zero = "", False
    for _i, (section, unit) in enumerate(parts):
        if section == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or section < 1000):
            out += "零"
        out += _cap_section(section) + unit
        pending_zero = False
    return out


def figures(amount: Decimal, style: str = "plain") -> str:
    """150000 → 150000 / 150,000.00 / 150000.00."""
    if style == "comma":
        return f"{amount:,.2f}"
    if style == "cents":
        return f"{amount:.2f}"
    return f"{amount:.0f}" if amount == amount.to_integral_value() else f"{amount:.2f}"


def wan(amount: Decimal) -> str:
    """An amount in 万元 when it divides: 150000 → 15万元, else 元."""
    if amount >= 10000 and amount % 1000 == 0:
        w = amount / 10000
        return f"{w:.1f}".rstrip("0").rstrip(".") + "万元"
    return f"{figures(amount)}元"


BRACKETS = {"hex": ("〔", "〕"), "square": ("[", "]"), "paren": ("（", "）"), "half": ("(", ")")}


def doc_number(prefix: str, year: int, serial: int, bracket: str = "hex") -> str:
    """机关代字〔年份〕序号号, e.g. 青应急罚〔2024〕17号."""
    left, right = BRACKETS[bracket]
    return f"{prefix}{left}{year}{right}{serial}号"


def spaced(title: str, sep: str = " ") -> str:
    """行政处罚决定书 → 行 政 处 罚 决 定 书."""
    return sep.join(title)


def pick(rng: random.Random, options: Sequence[T]) -> T:
    """A seeded choice from a sequence (kept in one place so every draw goes through the case's rng)."""
    return options[rng.randrange(len(options))]
