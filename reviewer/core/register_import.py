"""Reading a register from the CSV or XLSX a justice bureau exports, row by row, with every problem named.

Headers are matched by the names bureaus use (主体名称 / 执法主体, 执法证号 / 证件编号 …) or the English field
names; unknown columns are ignored. Every row is checked and every problem reported with its row number (row
1 is the header, as the spreadsheet shows it); a register with any problem is refused whole
(`RegisterInvalid`), so nothing is half-imported. CSV may be UTF-8 (with or without BOM) or GB18030.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.core.errors import BadInput
from reviewer.core.registers import (
    KIND_NAMES,
    VALID_STATUSES,
    Body,
    Certificate,
    Power,
    RegisterKind,
    certificate_key,
    compact_name,
)

#: Statuses a certificate register may state besides the valid ones.
OTHER_STATUSES = ("注销", "吊销", "暂扣", "过期", "失效", "停用", "挂失", "收回", "revoked", "expired", "suspended")

#: field → header names (compared without whitespace).
BODY_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("主体名称", "执法主体", "执法主体名称", "机关名称", "单位名称", "name"),
    "aliases": ("别名", "简称", "其他名称", "aliases"),
    "level": ("层级", "级别", "level"),
    "sector": ("领域", "行业", "执法领域", "所属领域", "sector"),
    "region": ("地区", "行政区划", "管辖区域", "region"),
    "powers": ("执法依据", "职权依据", "法律依据", "职权事项", "权责事项", "powers"),
    "valid_from": ("生效日期", "有效期起", "起始日期", "valid_from"),
    "valid_to": ("失效日期", "有效期止", "截止日期", "valid_to"),
}
CERTIFICATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "holder": ("姓名", "持证人", "holder"),
    "number": ("执法证号", "证件号", "证件编号", "执法证件号", "证号", "number"),
    "issuer": ("发证机关", "发证单位", "issuer"),
    "agency": ("所在单位", "执法主体", "工作单位", "所属机关", "单位", "agency"),
    "field": ("执法领域", "执法类别", "执法种类", "field"),
    "valid_from": ("有效期起", "发证日期", "起始日期", "valid_from"),
    "valid_to": ("有效期止", "有效期至", "截止日期", "valid_to"),
    "validity": ("有效期", "有效期限", "validity"),
    "status": ("状态", "证件状态", "status"),
}
REQUIRED: dict[str, tuple[str, ...]] = {"bodies": ("name",), "certificates": ("holder", "number", "agency")}
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {"bodies": BODY_COLUMNS, "certificates": CERTIFICATE_COLUMNS}

_SPLIT = re.compile(r"[；;\n]+")
_ALIAS_SPLIT = re.compile(r"[；;、,，/\n]+")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_RANGE = re.compile(r"^(?P<a>.+?)\s*(?:至|到|~|～|—|--)\s*(?P<b>.+)$")
_NUMBER = "[0-9零〇一二两三四五六七八九十百千]+"
_POWER = re.compile(
    r"^(?:《(?P<law>[^《》]+)》|(?P<bare>[^《》第]+?(?:法|条例|规定|办法|细则)))"
    rf"(?:第(?P<first>{_NUMBER})条?(?:(?:至|到|-|—|~|～)第?(?P<last>{_NUMBER})条)?)?$"
)
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}


@dataclass(frozen=True)
class RowProblem:
    """One problem of one row; row 0 is the file as a whole (no header, a missing column)."""

    row: int
    message: str

    def __str__(self) -> str:
        return f"第{self.row}行：{self.message}" if self.row else self.message


class RegisterInvalid(BadInput):
    """A register with problems: refused whole, every problem listed (row and reason, in Chinese)."""

    http_status = 422
    default_user_message = "登记册内容有误，未导入。"

    def __init__(self, kind: str, problems: Sequence[RowProblem], source: str | None = None):
        shown = "；".join(str(p) for p in problems[:20])
        more = f"；另有 {len(problems) - 20} 处问题" if len(problems) > 20 else ""
        super().__init__(
            f"{kind} register refused: {len(problems)} problem(s)",
            f"{KIND_NAMES.get(kind, '登记册')}有 {len(problems)} 处问题，未导入任何一行：{shown}{more}。",
            source=source,
        )
        self.kind = kind
        self.problems = list(problems)


def read_table(data: bytes, filename: str) -> list[list[str]]:
    """The rows of a CSV or XLSX file as text cells (dates from Excel as ISO dates)."""
    if filename.lower().endswith((".xlsx", ".xlsm")):
        return _xlsx_rows(data)
    if filename.lower().endswith((".csv", ".txt")):
        return _csv_rows(data)
    raise RegisterInvalid("register", [RowProblem(0, f"不支持的登记册文件格式：{filename}（请用 CSV 或 XLSX）")])


def _csv_rows(data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text))]
    raise RegisterInvalid("register", [RowProblem(0, "CSV 文件编码无法识别（请用 UTF-8 或 GB18030）")])


def _xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise RegisterInvalid("register", [RowProblem(0, f"XLSX 文件无法读取（{type(error).__name__}）")]) from error
    try:
        sheet = book.worksheets[0]
        return [[_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def detect_kind(rows: Sequence[Sequence[str]]) -> RegisterKind | None:
    """Which register a table is, by its header: a certificate number column makes it certificates."""
    header = _header(rows)
    if header is None:
        return None
    names = {compact_name(h) for h in header[1]}
    if names & set(CERTIFICATE_COLUMNS["number"]):
        return "certificates"
    if names & set(BODY_COLUMNS["name"]):
        return "bodies"
    return None


def _header(rows: Sequence[Sequence[str]]) -> tuple[int, Sequence[str]] | None:
    for index, row in enumerate(rows):
        if any(cell.strip() for cell in row):
            return index, row
    return None


def parse_register(kind: RegisterKind, rows: Sequence[Sequence[str]]) -> list[Body] | list[Certificate]:
    """Validated bodies or certificates; raises RegisterInvalid listing every problem."""
    header = _header(rows)
    if header is None:
        raise RegisterInvalid(kind, [RowProblem(0, "文件没有内容")])
    start, names = header
    columns = _columns(COLUMNS[kind], names)
    missing = [COLUMNS[kind][f][0] for f in REQUIRED[kind] if f not in columns]
    if missing:
        raise RegisterInvalid(kind, [RowProblem(0, f"缺少必需的列：{'、'.join(missing)}")])
    records = [
        (start + offset + 1, {field: _at(row, i) for field, i in columns.items()})
        for offset, row in enumerate(rows[start:])
        if offset and any(cell.strip() for cell in row)
    ]
    if not records:
        raise RegisterInvalid(kind, [RowProblem(0, "文件只有表头，没有数据行")])
    problems: list[RowProblem] = []
    result = _bodies(records, problems) if kind == "bodies" else _certificates(records, problems)
    if problems:
        raise RegisterInvalid(kind, problems)
    return result


def _columns(known: dict[str, tuple[str, ...]], header: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = compact_name(name).lower()
        for field, names in known.items():
            if field not in found and key in {n.lower() for n in names}:
                found[field] = index
                break
    return found


def _at(row: Sequence[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def _date(value: str, label: str, row: int, problems: list[RowProblem]) -> dt.date | None:
    if not value:
        return None
    match = _DATE.match(value)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    problems.append(RowProblem(row, f"{label}“{value}”不是有效日期（应为 2023-01-31 或 2023年1月31日）"))
    return None


def _span(
    start: dt.date | None, end: dt.date | None, row: int, problems: list[RowProblem]
) -> tuple[dt.date | None, dt.date | None]:
    if start and end and start > end:
        problems.append(RowProblem(row, f"有效期起（{start}）晚于有效期止（{end}）"))
    return start, end


def _bodies(records: Iterable[tuple[int, dict[str, str]]], problems: list[RowProblem]) -> list[Body]:
    """Rows of one body (same name) merge: each row adds its powers with its own validity."""
    bodies: dict[str, Body] = {}
    for row, cells in records:
        name = cells.get("name", "")
        if not name:
            problems.append(RowProblem(row, "缺少“主体名称”"))
            continue
        start, end = _span(
            _date(cells.get("valid_from", ""), "生效日期", row, problems),
            _date(cells.get("valid_to", ""), "失效日期", row, problems),
            row,
            problems,
        )
        powers, matters = _powers(cells.get("powers", ""), start, end, row, problems)
        key = compact_name(name)
        known = bodies.get(key)
        aliases = [a.strip() for a in _ALIAS_SPLIT.split(cells.get("aliases", "")) if a.strip()]
        if known is None:
            bodies[key] = Body(
                name=name,
                aliases=aliases,
                level=cells.get("level") or None,
                sector=cells.get("sector") or None,
                region=cells.get("region") or None,
                powers=powers,
                matters=matters,
                row=row,
            )
        else:
            merged = list(dict.fromkeys([*known.aliases, *aliases]))
            bodies[key] = known.model_copy(
                update={"aliases": merged, "powers": [*known.powers, *powers], "matters": [*known.matters, *matters]}
            )
    _clashing_aliases(list(bodies.values()), problems)
    return list(bodies.values())


def _clashing_aliases(bodies: list[Body], problems: list[RowProblem]) -> None:
    owner: dict[str, Body] = {}
    for body in bodies:
        for name in body.names():
            other = owner.setdefault(name, body)
            if other is not body:
                problems.append(RowProblem(body.row, f"名称或别名“{name}”与第{other.row}行的主体重复"))


def _powers(
    text: str, start: dt.date | None, end: dt.date | None, row: int, problems: list[RowProblem]
) -> tuple[list[Power], list[str]]:
    powers: list[Power] = []
    matters: list[str] = []
    for entry in (e.strip() for e in _SPLIT.split(text)):
        if not entry:
            continue
        match = _POWER.match(compact_name(entry))
        if match is None:
            matters.append(entry)
            continue
        first, last = _article(match["first"]), _article(match["last"])
        if first is not None and last is not None and last < first:
            problems.append(RowProblem(row, f"执法依据“{entry}”的条款范围起止颠倒"))
            continue
        law = match["law"] or match["bare"]
        powers.append(Power(law=law, first=first, last=last, raw=entry, valid_from=start, valid_to=end))
    return powers, matters


def _article(text: str | None) -> int | None:
    """第六十条 → 60; 第123条 → 123."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        else:
            total += (digit or 1) * _UNITS[char]
            digit = 0
    return total + digit


def _certificates(records: Iterable[tuple[int, dict[str, str]]], problems: list[RowProblem]) -> list[Certificate]:
    certificates: list[Certificate] = []
    seen: dict[str, int] = {}
    statuses = {s.lower() for s in (*VALID_STATUSES, *OTHER_STATUSES)}
    for row, cells in records:
        count = len(problems)
        for field, label in (("holder", "姓名"), ("number", "执法证号"), ("agency", "所在单位")):
            if not cells.get(field):
                problems.append(RowProblem(row, f"缺少“{label}”"))
        start = _date(cells.get("valid_from", ""), "有效期起", row, problems)
        end = _date(cells.get("valid_to", ""), "有效期止", row, problems)
        validity = cells.get("validity", "")
        if validity and not (start or end):
            match = _RANGE.match(validity)
            if match is None:
                problems.append(RowProblem(row, f"有效期“{validity}”应写作“起始日期至截止日期”"))
            else:
                start = _date(match["a"].strip(), "有效期起", row, problems)
                end = _date(match["b"].strip(), "有效期止", row, problems)
        _span(start, end, row, problems)
        status = cells.get("status") or "有效"
        if status.lower() not in statuses:
            problems.append(RowProblem(row, f"证件状态“{status}”无法识别（可用：有效、注销、吊销、暂扣、过期等）"))
        number = cells.get("number", "")
        if number:
            key = certificate_key(number)
            if key in seen:
                problems.append(RowProblem(row, f"执法证号“{number}”与第{seen[key]}行重复"))
            seen.setdefault(key, row)
        if len(problems) > count:
            continue
        certificates.append(
            Certificate(
                holder=compact_name(cells["holder"]),
                number=number,
                issuer=cells.get("issuer") or None,
                agency=cells["agency"],
                field=cells.get("field") or None,
                valid_from=start,
                valid_to=end,
                status=status,
                row=row,
            )
        )
    return certificates


def read_register(path: Path, kind: RegisterKind | None = None) -> tuple[RegisterKind, list[Body] | list[Certificate]]:
    """Read and validate one register file; its kind from the header unless given."""
    rows = read_table(path.read_bytes(), path.name)
    found = kind or detect_kind(rows)
    if found is None:
        problem = RowProblem(0, "无法判断登记册类型：表头应含“主体名称”（执法主体清单）或“执法证号”（执法证登记册）")
        raise RegisterInvalid("register", [problem], source=path.name)
    return found, parse_register(found, rows)
