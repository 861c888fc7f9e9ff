"""Chinese numerals, money in capitals, dates as agencies print them, and identifiers with valid check characters."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

DIGITS = "〇一二三四五六七八九"
CAPS = "零壹贰叁肆伍陆柒捌玖"


def small(n: int) -> str:
    """1..999 as in article numbers and dates: 十四, 二十, 七十二, 一百二十三."""
    if n < 10:
        return DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return DIGITS[hundreds] + "百"
    if rest < 10:
        return DIGITS[hundreds] + "百零" + DIGITS[rest]
    tail = small(rest)
    return DIGITS[hundreds] + "百" + ("一" + tail if rest < 20 else tail)


def han_date(d: date, zero: str = "〇") -> str:
    """二〇二五年三月五日 (zero as 〇 or ○)."""
    year = "".join(DIGITS[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{year}年{small(d.month)}月{small(d.day)}日"


def fmt_date(d: date, style: str) -> str:
    """A date in one printed style: han, han_o, arabic, padded, dot."""
    if style == "han":
        return han_date(d)
    if style == "han_o":
        return han_date(d, "○")
    if style == "padded":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    return f"{d.year}年{d.month}月{d.day}日"


def _four(n: int) -> str:
    """0..9999 in capitals, with 零 where a place is skipped (壹仟零伍拾)."""
    out = ""
    zero = False
    for value, unit in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero and out:
                out += "零"
            out += CAPS[digit] + unit
            zero = False
        else:
            zero = True
    return out


def capitals(amount: Decimal) -> str:
    """人民币大写: 伍仟元整, 壹万贰仟叁佰元整, 壹佰贰拾伍元肆角."""
    fen = int((amount * 100).to_integral_value())
    yuan, cents = divmod(fen, 100)
    jiao, fen_ = divmod(cents, 10)
    wan, rest = divmod(yuan, 10000)
    text = ""
    if wan:
        text = _four(wan) + "万"
        if rest and rest < 1000:
            text += "零"
    if rest:
        text += _four(rest)
    if not text:
        text = "零"
    text += "元"
    if not jiao and not fen_:
        return text + "整"
    if jiao:
        text += CAPS[jiao] + "角"
    elif fen_:
        text += "零"
    if fen_:
        text += CAPS[fen_] + "分"
    return text


def money(amount: Decimal) -> str:
    """The amount as a decimal string with two places (the labels' form)."""
    return f"{amount.quantize(Decimal('0.01'))}"


def plain(amount: Decimal) -> str:
    """5000 or 125.4 as a clerk would type it."""
    if amount == amount.to_integral_value():
        return str(int(amount))
    return f"{amount.normalize()}"


_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def credit_code(rng: random.Random, region: str, kind: str) -> str:
    """A 统一社会信用代码 with valid GB 11714 and GB 32100 check characters; kind 91 (company) or 92 (个体)."""
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org_sum = sum(_CODE_CHARS.index(c) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    org_check = 11 - org_sum % 11
    check9 = {10: "X", 11: "0"}.get(org_check, str(org_check))
    code = kind + region + body + check9
    total = sum(_CODE_CHARS.index(c) * w for c, w in zip(code, _CODE_WEIGHTS, strict=True))
    return code + _CODE_CHARS[(31 - total % 31) % 31]


def mask(code: str, rng: random.Random) -> str:
    """A masked code as portals print it: 9139****K, 91******2X."""
    keep_head = rng.choice((1, 2, 4))
    keep_tail = rng.choice((1, 2))
    stars = rng.choice((4, 6, len(code) - keep_head - keep_tail))
    return code[:keep_head] + "*" * stars + code[-keep_tail:]
