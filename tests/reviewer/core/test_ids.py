"""Credit codes and ID numbers: check characters, OCR repairs, finding them in text, masking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.core.ids import (
    check_code,
    check_credit_code,
    check_id_number,
    check_org_code,
    find_ids,
    mask_id,
    mask_phone,
)

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
CREDIT_CODES = [
    ("91419901MA865GXD4U", True),
    ("91419901MAW93TGL2F", True),
    ("91110108600040399A", False),  # check character changed
    ("91419901MA865GXD4", False),  # 17 characters
    ("91419901MA865GXDIU", False),  # I is never used and repairing it does not help
]


@pytest.mark.parametrize(("code", "valid"), CREDIT_CODES)
def test_credit_code_check_character(code: str, valid: bool) -> None:
    assert check_credit_code(code).valid is valid


def test_credit_code_is_normalised_and_repaired() -> None:
    full_width = check_credit_code("９１４１９９０１ｍａ８６５ｇｘｄ４ｕ")
    assert full_width.valid and full_width.code == "91419901MA865GXD4U" and not full_width.repaired
    ocr = check_credit_code("914199O1MA865GXD4U")  # letter O for zero
    assert ocr.valid and ocr.repaired and ocr.code == "91419901MA865GXD4U" and ocr.confidence < 1


ID_NUMBERS = [
    ("419902198804201637", True, ""),
    ("419902196804239724", True, ""),
    ("11010519491231002X", True, ""),
    ("11010519491231002x", True, ""),
    ("419902198804201638", False, "校验码不符"),
    ("419902199902301637", False, "出生日期无效"),
    ("41990219880420163", False, "不是18位身份证号码格式"),
]


@pytest.mark.parametrize(("code", "valid", "reason"), ID_NUMBERS)
def test_id_number_check_digit_and_birth_date(code: str, valid: bool, reason: str) -> None:
    result = check_id_number(code)
    assert (result.valid, result.reason) == (valid, reason)


def test_id_number_with_ocr_o_is_repaired() -> None:
    result = check_id_number("4199O2198804201637")
    assert result.valid and result.repaired and result.code == "419902198804201637"


def test_check_code_tells_the_kinds_apart() -> None:
    assert check_code("419902198804201637").kind == "id_number"
    assert check_code("91419901MA865GXD4U").kind == "credit_code"


def test_find_ids_in_noisy_text() -> None:
    text = (
        "代码：９１４１９９０１ＭＡ８６５ＧＸＤ４Ｕ，身份证：4199 0219 8804 2016 37，电话13831336373，票据412850041570"
    )
    credit, person = find_ids(text)
    assert (credit.kind, credit.code, credit.valid) == ("credit_code", "91419901MA865GXD4U", True)
    assert (person.kind, person.code, person.valid) == ("id_number", "419902198804201637", True)
    assert text[person.start : person.end] == person.raw == "4199 0219 8804 2016 37"


@pytest.mark.parametrize(
    ("code", "masked"),
    [
        ("410102199001011234", "410102********1234"),
        ("91419901MA865GXD4U", "914199********XD4U"),
        ("41010219900101123x", "410102********123X"),
        ("12345", "***45"),
    ],
)
def test_mask_id(code: str, masked: str) -> None:
    assert mask_id(code) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("138-1234-5678", "138-****-5678"),
        ("0379-60041570", "0379-****1570"),
        ("65123456", "****3456"),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize("case", ["case-01-market", "case-02-environment", "case-03-simple"])
def test_sample_codes_are_valid(case: str) -> None:
    truth = json.loads((SAMPLES / f"{case}.truth.json").read_text(encoding="utf-8"))
    code = truth["facts"]["party_code"]
    assert check_code(code).valid
    kind = "id_number" if truth["facts"]["party_type"] == "citizen" else "credit_code"
    assert check_code(code).kind == kind


@pytest.mark.parametrize(
    ("code", "valid"),
    [("31245678-7", True), ("312456787", True), ("5A021339-1", True), ("31245678-6", False), ("3124567-87", False)],
)
def test_org_code_check_character(code: str, valid: bool) -> None:
    assert check_org_code(code).valid is valid
