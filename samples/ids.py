"""Fake but well-formed identifiers and people for the sample corpus.

Extractors validate 统一社会信用代码 (GB 32100-2015) and 居民身份证号码 (GB 11643-1999) check characters, so
samples must carry codes that pass; all values come from a seeded `random.Random`, never from real people.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

#: GB 32100 code alphabet: digits and capitals without I, O, S, V, Z; a character's value is its index.
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = [pow(3, i, 31) for i in range(17)]
#: GB 11714 organisation code weights for its 8 body characters.
_ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
#: GB 11643 weights for the 17 body digits and the check character for each remainder mod 11.
_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"


def credit_code_check(body: str) -> str:
    """Check character of a 17-character 统一社会信用代码 body (GB 32100-2015, mod 31)."""
    if len(body) != 17 or any(ch not in CREDIT_ALPHABET for ch in body):
        raise ValueError(f"not a credit-code body: {body!r}")
    total = sum(CREDIT_ALPHABET.index(ch) * w for ch, w in zip(body, _CREDIT_WEIGHTS, strict=False))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def valid_credit_code(code: str) -> bool:
    """True when `code` is 18 characters of the GB 32100 alphabet with the right check character."""
    if len(code) != 18 or any(ch not in CREDIT_ALPHABET for ch in code):
        return False
    return credit_code_check(code[:17]) == code[17]


def org_code_check(body: str) -> str:
    """Check character of an 8-character 组织机构代码 body (GB 11714, mod 11; 10 → X)."""
    values = [int(ch, 36) for ch in body]
    remainder = 11 - sum(v * w for v, w in zip(values, _ORG_WEIGHTS, strict=False)) % 11
    return {10: "X", 11: "0"}.get(remainder, str(remainder))


def id_number_check(body: str) -> str:
    """Check character of a 17-digit 身份证号码 body (GB 11643-1999, ISO 7064 MOD 11-2)."""
    if len(body) != 17 or not body.isdigit():
        raise ValueError(f"not an ID-number body: {body!r}")
    return _ID_CHECK[sum(int(ch) * w for ch, w in zip(body, _ID_WEIGHTS, strict=False)) % 11]


def valid_id_number(number: str) -> bool:
    """True when `number` is an 18-character ID number with a real birth date and the right check."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    try:
        dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return id_number_check(number[:17]) == number[17]


_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌浩宇晨阳鹏飞凯欣怡雪梅海波宏亮立新振"


@dataclass(frozen=True)
class Person:
    """A made-up person with the details 笔录 and 决定书 print."""

    name: str
    sex: str
    id_number: str
    phone: str

    @property
    def birth(self) -> dt.date:
        n = self.id_number
        return dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))

    def age_on(self, day: dt.date) -> int:
        born = self.birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class Faker:
    """Seeded source of names, codes and numbers: same seed, same corpus."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._used: set[str] = set()

    def name(self) -> str:
        while True:
            given = "".join(self.rng.choice(_GIVEN) for _ in range(self.rng.choice((1, 2))))
            name = self.rng.choice(_SURNAMES) + given
            if name not in self._used:
                self._used.add(name)
                return name

    def phone(self) -> str:
        prefix = self.rng.choice(("135", "137", "138", "139", "150", "158", "186", "187"))
        return prefix + "".join(self.rng.choice("0123456789") for _ in range(8))

    def id_number(self, division: str, born_from: int = 1965, born_to: int = 1998, male: bool = True) -> str:
        born = dt.date(born_from, 1, 1) + dt.timedelta(days=self.rng.randrange((born_to - born_from) * 365))
        seq = self.rng.randrange(10, 99) * 10 + self.rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
        body = f"{division}{born:%Y%m%d}{seq:03d}"
        return body + id_number_check(body)

    def person(self, division: str, male: bool | None = None) -> Person:
        male = self.rng.random() < 0.6 if male is None else male
        return Person(self.name(), "男" if male else "女", self.id_number(division, male=male), self.phone())

    def credit_code(self, division: str) -> str:
        """A company code: 9 (工商) 1 (企业), the division, an MA… organisation code, the check."""
        letters = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        org_body = "MA" + "".join(self.rng.choice(letters) for _ in range(6))
        body = "91" + division + org_body + org_code_check(org_body)
        return body + credit_code_check(body)

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))
