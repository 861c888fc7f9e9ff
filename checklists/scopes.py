"""Review scopes (`checklists/scopes.yaml`): which instruments a review looks at and which checks it may run.

The default scope `case` reviews a whole case file with every check of its standard. A narrower scope such as
`decision` (文书评查) reviews one instrument alone: a file without it is refused, and the checks its text cannot
answer are reported `not_applicable` with the scope's reason instead of failing for want of the rest of the file.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checklists.catalog import is_known
from checklists.problems import InvalidCatalog, Problem, display_path
from reviewer.core.errors import UnknownScope

SCOPES_FILE = Path(__file__).resolve().parent / "scopes.yaml"
#: The whole case file: every check of the standard runs.
CASE = "case"


class Scope(BaseModel):
    """One scope: its Chinese name, default standard, the instruments it reviews and the checks it runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = ""
    name: str = Field(min_length=1)
    standard: str = Field(min_length=1)
    instruments: tuple[str, ...] = Field(min_length=1)
    not_applicable: str = Field(min_length=1)
    checks: frozenset[str] = Field(min_length=1)

    def runs(self, check_id: str) -> bool:
        return check_id in self.checks


def _parse(path: Path) -> dict[str, Scope]:
    file = display_path(path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise InvalidCatalog([Problem(file, 1, "范围文件应为映射：范围 ID → 定义")], source=str(path))
    scopes: dict[str, Scope] = {}
    problems: list[Problem] = []
    for scope_id, body in raw.items():
        try:
            scope = Scope.model_validate({**(body or {}), "id": scope_id})
        except ValidationError as error:
            problems.append(Problem(file, 1, f"评查范围 {scope_id} 定义有误：{error.errors()[0]['msg']}"))
            continue
        unknown = sorted(check for check in scope.checks if not is_known(check))
        if unknown:
            problems.append(Problem(file, 1, f"评查范围 {scope_id} 含未知检查项：{'、'.join(unknown)}"))
        scopes[scope_id] = scope
    if problems:
        raise InvalidCatalog(problems, source=str(path))
    return scopes


@lru_cache(maxsize=1)
def load_scopes() -> dict[str, Scope]:
    """Every narrower scope by id (`case` is implicit and has no entry)."""
    return _parse(SCOPES_FILE)


def scope_ids() -> list[str]:
    return [CASE, *load_scopes()]


def get_scope(scope_id: str | None) -> Scope | None:
    """The scope named `scope_id`; None for the whole case file; UnknownScope for a name not defined."""
    if scope_id in (None, "", CASE):
        return None
    assert scope_id is not None
    scopes = load_scopes()
    if scope_id not in scopes:
        known = "、".join(scope_ids())
        raise UnknownScope(f"unknown review scope: {scope_id}", f"未知的评查范围 {scope_id}（可用：{known}）。")
    return scopes[scope_id]
