"""The check catalog the package ships: `catalog.yaml` (core, 43 ids) and `catalog-extended.yaml` (candidates).

Both are copies of the project's shared domain catalog (`shared/domain/checks*.yaml`) with the Chinese texts
added: each check's `name` (评查项目, as a 评查表 prints it), `content` (评查内容) and `legal_basis`. Those are
what people read wherever a standard does not word the item itself, so loading refuses a check without them,
naming the file and line. A standard may use any id from either file, or its own `local.…` ids.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict

from checklists.problems import InvalidCatalog, Problem, display_path
from checklists.yamlmarks import MarkedDict, MarkedList, load_marked

CATALOG_DIR = Path(__file__).resolve().parent
CORE_CATALOG = CATALOG_DIR / "catalog.yaml"
EXTENDED_CATALOG = CATALOG_DIR / "catalog-extended.yaml"
LOCAL_PREFIX = "local."
CatalogKind = Literal["core", "extended"]
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: The Chinese texts every catalog check must carry, with what to call them in an error.
CHINESE_FIELDS = {"name": "名称（评查项目）", "content": "评查内容", "legal_basis": "法律依据"}


class CatalogEntry(BaseModel):
    """One catalog check: what it tests, in Chinese, and the typical deduction published standards give it."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    content: str
    legal_basis: str
    category: str
    typical_points: float
    #: True / False, or "setting" where the law bars the act but vetoing is each standard's choice.
    veto: bool | Literal["setting"]
    basis: str
    description: str
    catalog: CatalogKind


def _entry(raw: dict[str, Any], catalog: CatalogKind) -> CatalogEntry:
    points = raw.get("points", 0)
    if isinstance(points, dict):
        points = points.get("value", 0)
    return CatalogEntry(
        id=raw["id"],
        name=raw["name"].strip(),
        content=raw["content"].strip(),
        legal_basis=raw["legal_basis"].strip(),
        category=raw.get("category", ""),
        typical_points=float(points or 0),
        veto=raw.get("veto", False),
        basis=str(raw.get("basis", "")),
        description=str(raw.get("check") or raw.get("condition") or ""),
        catalog=catalog,
    )


def _problems(file: str, index: int, raw: Any, line: int) -> list[Problem]:
    if not isinstance(raw, MarkedDict) or not isinstance(raw.get("id"), str):
        return [Problem(file, line, f"第 {index + 1} 个检查项应为带 id 的映射")]
    subject = f"检查项 {raw['id']}"
    found = []
    for key, label in CHINESE_FIELDS.items():
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            found.append(Problem(file, raw.line_of(key), f"缺少{label}（{key}）", subject))
        elif not _CJK.search(value):
            found.append(Problem(file, raw.line_of(key), f"{label}（{key}）应使用中文：{value!r}", subject))
    return found


def parse_catalog(path: Path, kind: CatalogKind) -> list[CatalogEntry]:
    """The entries of one catalog file, in file order; InvalidCatalog lists every problem with its line."""
    file = display_path(path)
    try:
        root = load_marked(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        detail = getattr(error, "problem", None) or str(error)
        raise InvalidCatalog([Problem(file, mark.line + 1 if mark else 1, f"YAML 语法错误：{detail}")]) from error
    if not isinstance(root, MarkedList):
        raise InvalidCatalog([Problem(file, 1, "检查项目录应为检查项列表")])
    problems = [p for index, raw in enumerate(root) for p in _problems(file, index, raw, root.line_of(index))]
    if problems:
        raise InvalidCatalog(problems, source=str(path))
    return [_entry(raw, kind) for raw in root]


@lru_cache(maxsize=1)
def load_catalog() -> dict[str, CatalogEntry]:
    """Every known check id, core first; an id in both files keeps its core entry."""
    entries: dict[str, CatalogEntry] = {}
    for path, kind in ((CORE_CATALOG, "core"), (EXTENDED_CATALOG, "extended")):
        for entry in parse_catalog(path, kind):  # type: ignore[arg-type]
            entries.setdefault(entry.id, entry)
    return entries


def core_ids() -> list[str]:
    """The core catalog's ids in file order (the ones every full standard is expected to cover)."""
    return [entry.id for entry in load_catalog().values() if entry.catalog == "core"]


def is_known(check_id: str) -> bool:
    return check_id in load_catalog() or (check_id.startswith(LOCAL_PREFIX) and len(check_id) > len(LOCAL_PREFIX))
