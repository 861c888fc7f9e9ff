"""Invented identifiers with valid check digits: 统一社会信用代码 (GB 32100-2015), 身份证号 (GB 11643),
plus names, phone numbers and plates that are obviously not real."""

from __future__ import annotations

import random
from datetime import date

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"

#: Region codes of the fictional 云泽省 (39 is unused by any real province).
REGIONS = {"青岚市": "391000", "临江区": "391002", "云溪区": "391003", "青川县": "391021", "白石县": "391022"}

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯峰晨阳欣怡子涵俊博嘉宁雪琳梦瑶志远海燕春梅立新永胜德明雅婷佳慧思源"
)


def _org_check(body: str) -> str:
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(body, ORG_WEIGHTS, strict=False))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_code_check(code17: str) -> str:
    """The 18th character of a 统一社会信用代码."""
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(code17, CODE_WEIGHTS, strict=False))
    return CODE_CHARS[(31 - total % 31) % 31]


def valid_credit_code(code: str) -> bool:
    if len(code) != 18 or any(c not in CODE_CHARS for c in code):
        return False
    return code[17] == credit_code_check(code[:17]) and code[16] == _org_check(code[8:16])


def credit_code(rng: random.Random, region: str = "391002", kind: str = "91") -> str:
    """A 统一社会信用代码: 9 (工商) + 1/2 (企业/个体) + region + 9-char org code + check."""
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    if rng.random() < 0.6:  # most recent codes start the org part with MA
        body = "MA" + body[2:]
    code17 = kind + region + body + _org_check(body)
    return code17 + credit_code_check(code17)


def id_check(id17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(id17, ID_WEIGHTS, strict=False)) % 11]


def valid_id_number(number: str) -> bool:
    return len(number) == 18 and number[:17].isdigit() and number[17] == id_check(number[:17])


def id_number(rng: random.Random, birth: date, male: bool, region: str | None = None) -> str:
    region = region or rng.choice(list(REGIONS.values())[1:])
    seq = rng.randrange(0, 100)
    sex_digit = rng.choice("13579" if male else "02468")
    id17 = f"{region}{birth:%Y%m%d}{seq:02d}{sex_digit}"
    return id17 + id_check(id17)


def person_name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def distinct_names(rng: random.Random, n: int, avoid: set[str] | None = None) -> list[str]:
    seen = set(avoid or ())
    out: list[str] = []
    while len(out) < n:
        name = person_name(rng)
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def mobile(rng: random.Random) -> str:
    """A mobile number with the 0000 block no operator issues to subscribers."""
    return f"1{rng.choice('3589')}{rng.randrange(10)}0000{rng.randrange(10000):04d}"


def landline(rng: random.Random) -> str:
    return f"0399-{rng.choice('68')}{rng.randrange(1000000):06d}"[:12]


def plate(rng: random.Random) -> str:
    """A plate of the fictional province (泽 is no real province's abbreviation)."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    tail = "".join(rng.choice(letters + "0123456789" * 3) for _ in range(5))
    return f"泽{rng.choice('AABC')}{tail}"


def cert_number(rng: random.Random, sector_digit: str) -> str:
    """An enforcement certificate number (执法证号) in the province's invented format."""
    return f"39{sector_digit}{rng.randrange(100000, 999999)}{rng.randrange(10)}"
