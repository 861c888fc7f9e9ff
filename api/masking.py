"""Mask personal data (ID numbers, phone numbers, addresses) in what the API returns to callers without the
`personal.read` right.

Drafts quote the case file as evidence, and the file is full of the party's ID number, phone and home
address; the quotes are what makes a finding checkable, so we keep them and hide only the personal parts.
Masks keep the length and the first/last characters (`mask_id`, `mask_phone` from reviewer.core.ids),
so an evaluator can still match a quote against the paper file. Credit codes of organisations are public
and are left alone.
"""

from __future__ import annotations

import re
from typing import Any

from reviewer.core.ids import find_ids, mask_id, mask_phone

#: Mobile numbers (optionally split 3-4-4) and area-code landlines, not touching other digits, and not inside a run
#: of ASCII letters and digits: a UUID's groups (…a178-6237-4138…) or a file hash are no phone numbers.
_PHONE = re.compile(r"(?<![0-9A-Za-z*])(?:1[3-9]\d[- ]?\d{4}[- ]?\d{4}|0\d{2,3}-\d{7,8})(?![0-9A-Za-z])")
#: The value after an address label, up to the next separator.
_ADDRESS = re.compile(
    r"(?<!联系)(?:家庭住址|现住址|住所地|住所|住址|经营场所|注册地址|地址)\s*[:：]?\s*(?P<v>[^\s　，,；;。:：()（）]+)"
)
#: Keep an address's leading administrative part (…省…市…县/区) and hide the street and number.
_REGION = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟))*(?:[\u4e00-\u9fff]{1,8}?(?:县|区|旗))?")


def mask_address(value: str) -> str:
    """嵩川市金水区纬三路6号 → 嵩川市金水区*****: the region stays, the rest becomes stars."""
    keep = _REGION.match(value)
    head = keep.group(0) if keep else ""
    if len(head) >= len(value) - 1:
        head = value[:2]
    return head + "*" * (len(value) - len(head))


def mask_text(text: str) -> str:
    """Mask every ID number, phone number and address value in a free text."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for found in find_ids(text):
        if found.kind == "id_number":
            parts.append(text[last : found.start])
            parts.append(mask_id(found.raw))
            last = found.end
    parts.append(text[last:])
    text = "".join(parts)
    text = _PHONE.sub(lambda m: mask_phone(m.group(0)), text)
    return _ADDRESS.sub(lambda m: m.group(0)[: m.start("v") - m.start(0)] + mask_address(m.group("v")), text)


def mask_value(value: Any) -> Any:
    """Mask every string inside a JSON-like value (dicts, lists, strings); other values pass through."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {key: mask_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [mask_value(item) for item in value]
    return value


def for_principal(value: Any, principal: Any) -> Any:
    """`value` as `principal` may see it: unchanged with the `personal.read` right, masked otherwise."""
    return value if principal.can("personal.read") else mask_value(value)
