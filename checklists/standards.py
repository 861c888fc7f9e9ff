"""Loading review standards: `load_standard`, `list_standards`, `validate_file`.

A standard is `checklists/<id>.yaml` (shipped) or any YAML file given by path. Loading validates it fully; every
problem names the file, the line and the check (see `checklists.problems.InvalidStandard`).
"""

from __future__ import annotations

import threading
from pathlib import Path

import yaml

from checklists.problems import InvalidStandard, Problem, display_path
from checklists.rules import check_rules, check_sections
from checklists.schema import Standard
from checklists.yamlmarks import load_marked
from reviewer.core.errors import UnknownStandard

STANDARDS_DIR = Path(__file__).resolve().parent
#: YAML files in STANDARDS_DIR that are data for standards, not standards themselves.
_NOT_STANDARDS = ("catalog", "law_", "scopes")  # catalogs, law tables and scopes are data, not standards


def standard_paths() -> dict[str, Path]:
    """Shipped standards by id (the file stem), sorted."""
    return {
        path.stem: path for path in sorted(STANDARDS_DIR.glob("*.yaml")) if not path.stem.startswith(_NOT_STANDARDS)
    }


def parse_standard(path: Path) -> tuple[Standard | None, list[Problem]]:
    """Read and validate one standard file: the standard when valid, and every problem found."""
    file = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Problem(file, 1, "文件不存在")]
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(file, 1, f"无法读取文件（{type(error).__name__}），请确认是 UTF-8 编码的 YAML")]
    try:
        root = load_marked(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        detail = getattr(error, "problem", None) or str(error)
        return None, [Problem(file, line, f"YAML 语法错误：{detail}")]
    parts = check_sections(file, root)
    if parts.meta is not None or parts.checks:
        check_rules(parts)
    if parts.problems:
        return None, sorted(parts.problems, key=lambda problem: problem.line)
    assert parts.meta and parts.grading and parts.thresholds
    standard = Standard(
        standard=parts.meta,
        veto_items=[item for _, item in parts.veto_items],
        categories=[category for _, category in parts.categories],
        grading=parts.grading,
        thresholds=parts.thresholds,
        checks=[check for _, check in parts.checks],
        path=str(path),
    )
    return standard, []


def _resolve(id_or_path: str | Path) -> Path:
    text = str(id_or_path)
    candidate = Path(text)
    if isinstance(id_or_path, Path) or text.endswith((".yaml", ".yml")) or "/" in text or "\\" in text:
        if not candidate.is_file():
            raise UnknownStandard(f"standard file not found: {text}", f"找不到评查标准文件：{text}", source=text)
        return candidate
    paths = standard_paths()
    if text not in paths:
        known = "、".join(paths) or "无"
        raise UnknownStandard(f"unknown standard id: {text}", f"找不到评查标准 {text}（可用：{known}）", source=text)
    return paths[text]


def load_standard(id_or_path: str | Path) -> Standard:
    """A shipped standard by id (e.g. "henan-2022") or a standard file by path; raises InvalidStandard/UnknownStandard.

    Every review loads its standard, and parsing and validating one takes longer than reading a short decision, so a
    file is parsed once and kept while its size and modification time stay the same (an edited file is read again).
    """
    path = _resolve(id_or_path)
    try:
        stat = path.stat()
    except OSError:
        return _parse(path)
    key = (path.resolve(), stat.st_mtime_ns, stat.st_size)
    with _LOADING:  # the API serves requests from a thread pool
        if key not in _LOADED:
            if len(_LOADED) >= _KEEP:
                del _LOADED[next(iter(_LOADED))]
            _LOADED[key] = _parse(path)
        return _LOADED[key]


#: Parsed standards by (file, modification time, size); a handful of files at most, so the oldest simply goes first.
_LOADED: dict[tuple[Path, int, int], Standard] = {}
_KEEP = 16
_LOADING = threading.Lock()


def _parse(path: Path) -> Standard:
    """Parse and validate one standard file (invalid files raise and are never kept)."""
    standard, problems = parse_standard(path)
    if standard is None:
        raise InvalidStandard(problems, source=str(path))
    if path.parent == STANDARDS_DIR and standard.id != path.stem:
        problem = Problem(display_path(path), 1, f"标准 ID {standard.id} 与文件名 {path.stem} 不一致")
        raise InvalidStandard([problem], source=str(path))
    return standard


def list_standards() -> list[Standard]:
    """Every shipped standard, loaded and validated (an invalid shipped file raises InvalidStandard)."""
    return [load_standard(path) for path in standard_paths().values()]


def validate_file(path: str | Path) -> list[str]:
    """Problems of a standard file as "FILE:LINE: 检查项 ID：问题" lines; empty when the file is valid."""
    _, problems = parse_standard(Path(path))
    return [str(problem) for problem in problems]
