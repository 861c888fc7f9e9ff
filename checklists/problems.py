"""Validation problems of a standard file, and the typed error that carries them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from checklists.yamlmarks import line_at
from reviewer.core.errors import ExitCode, ReviewerError


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a standard file, located by file and line (1-based)."""

    file: str
    line: int
    message: str
    #: What the problem is about, e.g. "检查项 docs.prior_notice" or "分类 程序"; None for the file as a whole.
    subject: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        return f"{where}: {self.subject}：{self.message}" if self.subject else f"{where}: {self.message}"


class _FileProblems(ReviewerError):
    """A YAML data file failed validation; `problems` says where and why."""

    exit_code = ExitCode.BAD_INPUT
    #: What the file is, in Chinese for the user message and in English for the log.
    what = "文件"
    what_log = "file"

    def __init__(self, problems: list[Problem], *, source: str | None = None):
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "no details"
        file = self.problems[0].file if self.problems else source
        user = f"{self.what}无效：\n" + "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(
            f"invalid {self.what_log} {file}: {len(self.problems)} problem(s); first: {first}",
            user,
            source=source or file,
        )


class InvalidStandard(_FileProblems):
    """A standard file failed validation."""

    what = "评查标准文件"
    what_log = "standard"
    default_user_message = "评查标准文件无效。"


class InvalidCatalog(_FileProblems):
    """The shipped check catalog failed validation (a check without its Chinese name, say)."""

    what = "检查项目录"
    what_log = "catalog"
    http_status = 500  # a shipped file: the installation is broken, not the request
    default_user_message = "检查项目录文件无效。"


_FIELD_NAMES = {
    "points": "分值",
    "veto_reason": "否决理由",
    "category": "分类",
    "message": "消息模板",
    "basis": "法律依据",
    "source": "来源",
    "id": "ID",
    "name": "名称",
    "content": "评查内容",
    "legal_basis": "法律依据",
    "min_score": "最低分",
    "cap": "扣分上限",
    "days": "天数",
}


def _field(loc: tuple[Any, ...]) -> str:
    names = [part for part in loc if isinstance(part, str)]
    if not names:
        return "该项"
    return _FIELD_NAMES.get(names[-1], names[-1])


def translate(error: dict[str, Any]) -> str:
    """A Chinese message for one pydantic error."""
    kind = error.get("type", "")
    field = _field(tuple(error.get("loc", ())))
    context = error.get("ctx") or {}
    if kind == "missing":
        return f"缺少必填字段 {field}"
    if kind == "extra_forbidden":
        return f"未知字段 {field}"
    if kind == "greater_than_equal":
        limit = context.get("ge")
        return f"{field}不能为负数" if limit in (0, 0.0) else f"{field}不能小于 {limit}"
    if kind == "greater_than":
        return f"{field}必须大于 {context.get('gt')}"
    if kind in ("string_too_short", "too_short"):
        return f"{field}不能为空"
    if kind == "literal_error":
        return f"{field}取值无效：{error.get('input')!r}，可选值 {context.get('expected')}"
    if kind == "string_pattern_mismatch":
        return f"{field}格式无效（只能用小写字母、数字、点、横线和下划线）"
    if kind.startswith("date"):
        return f"{field}不是有效日期（应为 YYYY-MM-DD）"
    if kind.endswith(("_type", "_parsing")):
        return f"{field}类型错误：{error.get('input')!r}"
    return f"{field}：{error.get('msg', kind)}"


def from_validation_error(
    error: ValidationError, *, file: str, root: Any, prefix: tuple[Any, ...], subject: str | None
) -> list[Problem]:
    """Problems for each pydantic error, with the line of the deepest node the error points at."""
    problems = []
    for item in error.errors():
        loc = prefix + tuple(item.get("loc", ()))
        problems.append(Problem(file, line_at(root, loc), translate(dict(item)), subject))
    return problems
