"""A business licence copy (营业执照复印件) in the file: the subject as registered — name, code, type and the
person the licence names (法定代表人, 负责人 of a branch, 经营者 of an individual business).

Rows are read label beside value (名称 嵩川市鑫禾商贸有限公司), or the value on the next line where a scan or a
table split them. Only what the labels give is read; a licence with no legible 名称 gives no facts.
"""

from __future__ import annotations

import re

from reviewer.core.facts import LicenceFacts

#: label (as written, spaces allowed between its characters) → field.
_LABELS = {
    "名称": "name",
    "字号名称": "name",
    "字号": "name",
    "统一社会信用代码": "code",
    "注册号": "code",
    "类型": "entity_type",
    "组成形式": "entity_type",
    "法定代表人": "person",
    "负责人": "person",
    "经营者": "person",
    "投资人": "person",
    "执行事务合伙人": "person",
}
_LABEL = re.compile(
    r"^\s*(?P<label>"
    + "|".join(r"\s*".join(label) for label in sorted(_LABELS, key=len, reverse=True))
    + r")\s*[:：]?\s*(?P<value>.*?)\s*$"
)


def is_licence(title: str | None, text: str) -> bool:
    """A licence copy by its title, or by its first lines where the title is a label (证据材料（一）)."""
    if "营业执照" in "".join((title or "").split()):
        return True
    head = ["".join(line.split()) for line in text.splitlines() if line.strip()][:3]
    return any(line.startswith("营业执照") and len(line) <= 12 for line in head)


def licence_facts(text: str) -> LicenceFacts | None:
    """The labelled rows of a licence copy; None when no 名称 is legible."""
    lines = text.splitlines()
    values: dict[str, str] = {}
    name_line = ""
    for index, line in enumerate(lines):
        match = _LABEL.match(line)
        if match is None:
            continue
        label = "".join(match["label"].split())
        field = _LABELS[label]
        value = match["value"] or (lines[index + 1].strip() if index + 1 < len(lines) else "")
        if not value or field in values or _LABEL.match(value):
            continue
        values[field] = value
        if field == "person":
            values["person_label"] = label
        if field == "name":
            name_line = line.strip()
    if "name" not in values:
        return None
    return LicenceFacts(
        name="".join(values["name"].split()),
        code=values.get("code"),
        entity_type=values.get("entity_type"),
        person=values.get("person"),
        person_label=values.get("person_label"),
        line=name_line,
    )
