"""Masking of personal data in what the API returns to callers without the right to see it."""

from __future__ import annotations

from api.masking import mask_address, mask_text, mask_value
from tests.api.conftest import PERSONAL_ID


def test_id_phone_and_address_are_masked_in_free_text() -> None:
    text = (
        f"当事人张某，身份证号码：{PERSONAL_ID}，联系电话：138 1234 5678，住址：河南省嵩川市中原区建设路12号院3号楼。"
    )
    masked = mask_text(text)
    assert PERSONAL_ID not in masked and "410102********1230" in masked
    assert "138 **** 5678" in masked
    assert "住址：河南省嵩川市中原区**********。" in masked
    assert masked.startswith("当事人张某，身份证号码：")


def test_landlines_and_addresses_without_region() -> None:
    assert mask_text("电话 0379-65231570") == "电话 0379-****1570"
    assert mask_text("地址：纬三路6号") == "地址：*****"
    assert mask_address("嵩川市金水区纬三路6号") == "嵩川市金水区*****"


def test_a_phone_number_after_its_label_is_masked_whatever_the_label() -> None:
    assert mask_text("Tel:13812345678") == "Tel:138****5678"
    assert mask_text("手机178-6237-4138。") == "手机178-****-4138。"
    assert mask_text("电话13812345678") == "电话138****5678"


def test_what_is_not_personal_stays() -> None:
    for text in (
        "统一社会信用代码：91410100MA9XXX1X1X",
        "唐市监罚〔2023〕12号",
        "2023-05-12",
        "罚款人民币30000元",
        "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b",
        "c6f3a178-6237-4138-bc4b-35da8443e1fa",  # a UUID whose groups look like a mobile number split 3-4-4
        "/api/v1/batches/5e0b1380-1234-5678-9abc-def012345678",
    ):
        assert mask_text(text) == text, text


def test_nested_values_are_walked() -> None:
    value = {
        "findings": [{"evidence": [{"page": 3, "quote": f"身份证号码{PERSONAL_ID}"}], "deducted": 2.0}],
        "score": 88.0,
        "party": None,
    }
    masked = mask_value(value)
    assert masked["findings"][0]["evidence"][0]["quote"].endswith("410102********1230")
    assert masked["findings"][0]["deducted"] == 2.0 and masked["score"] == 88.0 and masked["party"] is None
