"""Identity codes: 统一社会信用代码 (GB 32100-2015) and 居民身份证号码 (GB 11643-1999), checked and masked.

Both codes end in a check character, so a code read wrong by OCR or typed wrong is caught. Before checking,
a code is normalised: full-width made ASCII, spaces dropped, upper case; in a credit code the letters that
GB 32100 never uses are mapped to the digits OCR mistakes them for (O→0, I→1, Z→2, S→5), in an ID number
O→0 in the digit positions. A code that only checks after such a repair is valid with a lower confidence.

`mask_id` and `mask_phone` give the forms shown to users without the right to see the full numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from reviewer.core.text import FULL_WIDTH

__all__ = [
    "CodeCheck",
    "IdMatch",
    "check_code",
    "check_credit_code",
    "check_id_number",
    "check_org_code",
    "find_ids",
    "mask_id",
    "mask_phone",
]

CodeKind = Literal["credit_code", "id_number"]

_CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_REPAIRS = str.maketrans({"O": "0", "I": "1", "Z": "2", "S": "5"})
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_SPACES = re.compile(r"[\s\u3000]")

#: Candidates in free text: 18 code characters with at most single spaces inside, not touching others.
_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z](?:[ \u3000]?[0-9A-Za-z]){17}(?![0-9A-Za-z])")


@dataclass(frozen=True)
class CodeCheck:
    """The result of checking one code: the normalised code, whether it is valid, and why not."""

    kind: CodeKind
    code: str
    valid: bool
    repaired: bool = False
    reason: str = ""

    @property
    def confidence(self) -> float:
        return 1.0 if self.valid and not self.repaired else 0.8 if self.valid else 0.3


@dataclass(frozen=True)
class IdMatch:
    """A credit code or ID number found in a text; `start`/`end` index the caller's text."""

    kind: CodeKind
    code: str
    raw: str
    start: int
    end: int
    valid: bool
    confidence: float


def _normalise(raw: str) -> str:
    return _SPACES.sub("", raw.translate(FULL_WIDTH)).upper()


def _credit_check_char(body: str) -> str:
    total = sum(_CREDIT_ALPHABET.index(char) * weight for char, weight in zip(body, _CREDIT_WEIGHTS, strict=False))
    return _CREDIT_ALPHABET[(31 - total % 31) % 31]


def _credit_problem(code: str) -> str:
    if len(code) != 18:
        return "长度不是18位"
    if any(char not in _CREDIT_ALPHABET for char in code):
        return "含有代码中不允许的字符"
    if not code[8:17].isalnum():
        return "主体标识码有误"
    if _credit_check_char(code[:17]) != code[17]:
        return "校验码不符"
    return ""


def _checked(kind: CodeKind, code: str, problem_of: Callable[[str], str], repaired: str) -> CodeCheck:
    """`code` checked by `problem_of`; when it fails, the OCR-repaired reading is accepted if that one passes."""
    problem = problem_of(code)
    if problem and repaired != code and not problem_of(repaired):
        return CodeCheck(kind, repaired, True, repaired=True)
    return CodeCheck(kind, code, not problem, reason=problem)


def check_credit_code(raw: str) -> CodeCheck:
    """Check a 统一社会信用代码 (GB 32100): charset, length and the check character."""
    code = _normalise(raw)
    return _checked("credit_code", code, _credit_problem, code.translate(_CREDIT_REPAIRS))


_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CODE = re.compile(r"([0-9A-Z]{8})-?([0-9X])")


def _org_problem(code: str) -> str:
    found = _ORG_CODE.fullmatch(code)
    if not found:
        return "不是9位组织机构代码格式"
    body, given = found.groups()
    total = sum(int(char, 36) * weight for char, weight in zip(body, _ORG_WEIGHTS, strict=True))
    check = (11 - total % 11) % 11
    return "" if given == ("X" if check == 10 else str(check)) else "校验码不符"


def check_org_code(raw: str) -> CodeCheck:
    """Check a 9-character 组织机构代码 (GB 11714, "12345678-9"): the code the 统一社会信用代码 replaced, kept
    as printed (its hyphen too); its kind is that of the credit code that carries it as characters 9–17."""
    code = _normalise(raw)
    return _checked("credit_code", code, _org_problem, code)


def _birth_date(code: str) -> dt.date | None:
    try:
        born = dt.date(int(code[6:10]), int(code[10:12]), int(code[12:14]))
    except ValueError:
        return None
    return born if dt.date(1900, 1, 1) <= born <= dt.date.today() else None


def _id_problem(code: str) -> str:
    if len(code) != 18 or not code[:17].isdigit() or not (code[17].isdigit() or code[17] == "X"):
        return "不是18位身份证号码格式"
    if _birth_date(code) is None:
        return "出生日期无效"
    total = sum(int(char) * weight for char, weight in zip(code, _ID_WEIGHTS, strict=False))
    if _ID_CHECK[total % 11] != code[17]:
        return "校验码不符"
    return ""


def check_id_number(raw: str) -> CodeCheck:
    """Check an 18-digit 居民身份证号码 (GB 11643): format, birth date and the check digit."""
    code = _normalise(raw)
    return _checked("id_number", code, _id_problem, code[:17].replace("O", "0") + code[17:])


def check_code(raw: str) -> CodeCheck:
    """Check `raw` as whichever code it looks like: all digits (and a final X) → ID number, else credit code."""
    code = _normalise(raw)
    if re.fullmatch(r"[0-9O]{17}[0-9X]", code):
        id_check = check_id_number(code)
        if id_check.valid:
            return id_check
        credit = check_credit_code(code)
        return credit if credit.valid else id_check
    return check_credit_code(code)


def find_ids(text: str) -> list[IdMatch]:
    """Credit codes and ID numbers in `text` that pass their check, and 18-character codes that look like
    one but fail it (valid=False), in order."""
    found = []
    for match in _CANDIDATE.finditer(text.translate(FULL_WIDTH)):
        raw = text[match.start() : match.end()]
        if not re.search(r"\d", raw) or not re.search(r"\d{6}", _normalise(raw)):
            continue
        result = check_code(raw)
        found.append(
            IdMatch(result.kind, result.code, raw, match.start(), match.end(), result.valid, result.confidence)
        )
    return found


def mask_id(code: str) -> str:
    """Keep the first 6 and last 4 characters: 410102********1234; short codes keep their last 2 only."""
    code = _normalise(code)
    if len(code) <= 10:
        return "*" * max(0, len(code) - 2) + code[-2:]
    return code[:6] + "*" * (len(code) - 10) + code[-4:]


def mask_phone(phone: str) -> str:
    """Mask the middle digits of a phone number: 138****5678, 0379-****1570; separators are kept."""
    digits = [index for index, char in enumerate(phone) if char.isdigit()]
    if len(digits) < 7:
        return "".join("*" if char.isdigit() else char for char in phone)
    hidden = set(digits[3:7]) if len(digits) == 11 and phone.strip().startswith("1") else set(digits[-8:-4])
    return "".join("*" if index in hidden else char for index, char in enumerate(phone))
