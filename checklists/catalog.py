"""The check catalog the package ships: `catalog.yaml` (core, 43 ids) and `catalog-extended.yaml` (candidates).

Both are copies of the project's shared domain catalog (`shared/domain/checks*.yaml`). A standard may use any id
from either file, or its own `local.…` ids.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict

CATALOG_DIR = Path(__file__).resolve().parent
CORE_CATALOG = CATALOG_DIR / "catalog.yaml"
EXTENDED_CATALOG = CATALOG_DIR / "catalog-extended.yaml"
LOCAL_PREFIX = "local."


class CatalogEntry(BaseModel):
    """One catalog check: what it tests and the typical deduction published standards give it."""

    model_config = ConfigDict(frozen=True)

    id: str
    category: str
    typical_points: float
    #: True / False, or "setting" where the law bars the act but vetoing is each standard's choice.
    veto: bool | Literal["setting"]
    basis: str
    description: str
    catalog: Literal["core", "extended"]


def _entry(raw: dict[str, Any], catalog: Literal["core", "extended"]) -> CatalogEntry:
    points = raw.get("points", 0)
    if isinstance(points, dict):
        points = points.get("value", 0)
    return CatalogEntry(
        id=raw["id"],
        category=raw.get("category", ""),
        typical_points=float(points or 0),
        veto=raw.get("veto", False),
        basis=str(raw.get("basis", "")),
        description=str(raw.get("check") or raw.get("condition") or ""),
        catalog=catalog,
    )


@lru_cache(maxsize=1)
def load_catalog() -> dict[str, CatalogEntry]:
    """Every known check id, core first; an id in both files keeps its core entry."""
    entries: dict[str, CatalogEntry] = {}
    for path, kind in ((CORE_CATALOG, "core"), (EXTENDED_CATALOG, "extended")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            entries.setdefault(raw["id"], _entry(raw, kind))  # type: ignore[arg-type]
    return entries


def core_ids() -> list[str]:
    """The core catalog's ids in file order (the ones every full standard is expected to cover)."""
    return [entry.id for entry in load_catalog().values() if entry.catalog == "core"]


def is_known(check_id: str) -> bool:
    return check_id in load_catalog() or (check_id.startswith(LOCAL_PREFIX) and len(check_id) > len(LOCAL_PREFIX))
