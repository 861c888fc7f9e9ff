"""Cross-field rules of a standard, each problem located by file and line.

`check_sections` validates each section of the raw (line-marked) YAML against the schema one piece at a time, so
one bad check does not hide the others; `check_rules` then applies the rules that span fields and sections.
"""

from __future__ import annotations

import difflib
import re
import string
from typing import Any

from pydantic import BaseModel, ValidationError

from checklists.catalog import LOCAL_PREFIX, is_known, load_catalog
from checklists.problems import Problem, from_validation_error
from checklists.schema import Category, CheckSpec, Grading, StandardMeta, Thresholds, VetoItem
from checklists.yamlmarks import MarkedDict, line_at

SECTIONS = ("standard", "veto_items", "categories", "grading", "thresholds", "checks")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: Checks that only make sense where the standard's thresholds switch the rule on.
_NEEDS_MAJOR_FILING = ("docs.major_filing", "deadline.major_filing_15d")
_NEEDS_FILING_DEADLINE = ("deadline.filing_15wd",)


class Parts:
    """The validated pieces of a standard, with the raw data for line look-ups."""

    def __init__(self, file: str, root: Any):
        self.file = file
        self.root = root
        self.problems: list[Problem] = []
        self.meta: StandardMeta | None = None
        self.grading: Grading | None = None
        self.thresholds: Thresholds | None = None
        self.veto_items: list[tuple[int, VetoItem]] = []
        self.categories: list[tuple[int, Category]] = []
        self.checks: list[tuple[int, CheckSpec]] = []

    def add(self, loc: tuple[Any, ...], message: str, subject: str | None = None) -> None:
        self.problems.append(Problem(self.file, line_at(self.root, loc), message, subject))

    def model(self, cls: type[BaseModel], loc: tuple[Any, ...], subject: str | None) -> Any:
        node: Any = self.root
        for part in loc:
            node = node[part]
        try:
            return cls.model_validate(node)
        except ValidationError as error:
            self.problems += from_validation_error(error, file=self.file, root=self.root, prefix=loc, subject=subject)
            return None


def _list_subject(kind: str, node: Any) -> str:
    name = node.get("id") if isinstance(node, dict) else None
    return f"{kind} {name}" if name else kind


def check_sections(file: str, root: Any) -> Parts:
    parts = Parts(file, root)
    if not isinstance(root, MarkedDict):
        parts.add((), "文件内容应为 YAML 映射（standard、categories、grading、thresholds、checks 等段落）")
        return parts
    for key in root:
        if key not in SECTIONS:
            parts.add((key,), f"未知的段落 {key}（可用：{'、'.join(SECTIONS)}）")
    for key in ("standard", "categories", "grading", "thresholds", "checks"):
        if key not in root:
            parts.add((), f"缺少必需的段落 {key}")
    if "standard" in root:
        parts.meta = parts.model(StandardMeta, ("standard",), "标准信息")
    if "grading" in root:
        parts.grading = parts.model(Grading, ("grading",), "评定等级")
    if "thresholds" in root:
        parts.thresholds = parts.model(Thresholds, ("thresholds",), "地区阈值")
    for key, cls, kind, target in (
        ("veto_items", VetoItem, "否决项目", parts.veto_items),
        ("categories", Category, "分类", parts.categories),
        ("checks", CheckSpec, "检查项", parts.checks),
    ):
        items = root.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            parts.add((key,), f"{key} 应为列表")
            continue
        if key != "veto_items" and not items:
            parts.add((key,), f"{key} 不能为空")
        for index, node in enumerate(items):
            model = parts.model(cls, (key, index), _list_subject(kind, node))
            if model is not None:
                target.append((index, model))
    return parts


def _unique(parts: Parts, section: str, items: list[tuple[int, Any]], kind: str) -> dict[str, int]:
    seen: dict[str, int] = {}
    for index, item in items:
        if item.id in seen:
            first = line_at(parts.root, (section, seen[item.id]))
            parts.add((section, index, "id"), f"重复的 ID（第 {first} 行已定义）", f"{kind} {item.id}")
        else:
            seen[item.id] = index
    return seen


def _source_keys(parts: Parts) -> set[str]:
    keys: set[str] = set()
    if parts.meta is None:
        return keys
    for index, document in enumerate(parts.meta.sources):
        if document.key in keys:
            parts.add(("standard", "sources", index, "key"), f"来源键 {document.key} 重复", "标准信息")
        keys.add(document.key)
    return keys


def _check_source(parts: Parts, keys: set[str], loc: tuple[Any, ...], source: str, subject: str) -> None:
    if not keys:
        return
    key = re.split(r"[\s:：,，;；(（]", source.strip(), maxsplit=1)[0]
    if key not in keys:
        parts.add(loc, f"来源 {key} 未在 standard.sources 中声明（已声明：{'、'.join(sorted(keys))}）", subject)


def _check_categories(parts: Parts, keys: set[str]) -> None:
    _unique(parts, "veto_items", parts.veto_items, "否决项目")
    _unique(parts, "categories", parts.categories, "分类")
    for index, item in parts.veto_items:
        _check_source(parts, keys, ("veto_items", index, "source"), item.source, f"否决项目 {item.id}")
    for index, category in parts.categories:
        _check_source(parts, keys, ("categories", index, "source"), category.source, f"分类 {category.id}")
    if parts.meta is not None and parts.categories and len(parts.categories) == len(parts.root.get("categories", [])):
        total = sum(category.points for _, category in parts.categories)
        if abs(total - parts.meta.total_points) > 1e-6:
            parts.add(("categories",), f"各分类分值之和为 {total:g}，应等于总分 {parts.meta.total_points:g}", "分类")


def _check_grading(parts: Parts, keys: set[str]) -> None:
    grading = parts.grading
    if grading is None:
        return
    total = parts.meta.total_points if parts.meta else 100.0
    subject = "评定等级"
    names: set[str] = set()
    previous: float | None = None
    for index, band in enumerate(grading.bands):
        loc = ("grading", "bands", index, "min_score")
        if band.name in names:
            parts.add(("grading", "bands", index, "name"), f"等级名称 {band.name} 重复", subject)
        names.add(band.name)
        if not 0 <= band.min_score <= total:
            parts.add(loc, f"等级 {band.name} 的最低分 {band.min_score:g} 应在 0 到 {total:g} 之间", subject)
        if previous is not None and band.min_score >= previous:
            parts.add(
                loc,
                f"等级应按最低分从高到低排列：{band.name}（{band.min_score:g}）不低于上一等级（{previous:g}）",
                subject,
            )
        previous = band.min_score
    if grading.bands[-1].min_score != 0:
        parts.add(
            ("grading", "bands", len(grading.bands) - 1, "min_score"),
            f"最低等级 {grading.bands[-1].name} 的最低分应为 0，否则部分分数无等级",
            subject,
        )
    if grading.veto_grade not in names:
        parts.add(
            ("grading", "veto_grade"), f"否决等级 {grading.veto_grade} 不是已定义的等级（{'、'.join(names)}）", subject
        )
    _check_source(parts, keys, ("grading", "source"), grading.source, subject)


def _check_thresholds(parts: Parts) -> None:
    thresholds = parts.thresholds
    if thresholds is None:
        return
    if thresholds.major_filing.required and thresholds.major_filing.period is None:
        parts.add(("thresholds", "major_filing"), "要求备案时必须给出备案期限 period", "地区阈值")
    if thresholds.filing_deadline.applies and thresholds.filing_deadline.period is None:
        parts.add(("thresholds", "filing_deadline"), "立案期限规则适用时必须给出期限 period", "地区阈值")


def _suggest(check_id: str) -> str:
    close = difflib.get_close_matches(check_id, list(load_catalog()), n=1, cutoff=0.75)
    return f"，是否应为 {close[0]}？" if close else f"；自定义检查项请以 {LOCAL_PREFIX} 开头"


def _check_texts(parts: Parts, index: int, check: CheckSpec, subject: str) -> None:
    """The texts people read — name, content, basis, message — are Chinese; the message is a valid template."""
    for key, label in (("name", "名称"), ("content", "评查内容"), ("basis", "法律依据")):
        value = getattr(check, key)
        if value is not None and not _CJK.search(value):
            parts.add(("checks", index, key), f"{label}应使用中文：{value!r}", subject)
    loc = ("checks", index, "message")
    try:
        list(string.Formatter().parse(check.message))
    except ValueError as error:
        parts.add(loc, f"消息模板格式错误（{error}）；花括号只用于 {{占位符}}", subject)
        return
    if not _CJK.search(check.message):
        parts.add(loc, "消息模板应使用中文", subject)


def _check_one(
    parts: Parts, index: int, check: CheckSpec, keys: set[str], vetoes: set[str], categories: dict[str, Category]
) -> None:
    subject = f"检查项 {check.id}"
    at = lambda key: ("checks", index, key)  # noqa: E731
    if not is_known(check.id):
        parts.add(at("id"), f"未知的检查项 ID（不在检查项目录中）{_suggest(check.id)}", subject)
    if check.veto:
        if not (check.veto_reason or "").strip():
            parts.add(at("veto"), "否决项必须填写 veto_reason（说明为何一票否决）", subject)
        if check.category not in vetoes:
            parts.add(at("category"), f"否决项的分类 {check.category} 未在 veto_items 中声明", subject)
    else:
        if check.veto_reason:
            parts.add(at("veto_reason"), "veto_reason 只用于否决项（veto: true）", subject)
        category = categories.get(check.category)
        if category is None:
            declared = "、".join(categories) or "无"
            parts.add(at("category"), f"分类 {check.category} 未在 categories 中声明（已声明：{declared}）", subject)
        elif check.points > category.points:
            parts.add(
                at("points"), f"分值 {check.points:g} 超过所属分类 {category.id} 的总分 {category.points:g}", subject
            )
        elif check.cap is not None and check.cap > category.points:
            parts.add(
                at("cap"), f"扣分上限 {check.cap:g} 超过所属分类 {category.id} 的总分 {category.points:g}", subject
            )
    if check.cap is not None and not check.per_instance:
        parts.add(at("cap"), "cap 只用于按次扣分的检查项（per_instance: true）", subject)
    if check.cap is not None and check.cap < check.points:
        parts.add(at("cap"), f"扣分上限 {check.cap:g} 小于单次分值 {check.points:g}", subject)
    _check_texts(parts, index, check, subject)
    _check_source(parts, keys, at("source"), check.source, subject)
    thresholds = parts.thresholds
    if thresholds is not None:
        if check.id in _NEEDS_MAJOR_FILING and not thresholds.major_filing.required:
            parts.add(
                at("id"),
                "本标准未要求重大行政处罚备案（thresholds.major_filing.required: false），不应包含此检查项",
                subject,
            )
        if check.id in _NEEDS_FILING_DEADLINE and not thresholds.filing_deadline.applies:
            parts.add(
                at("id"),
                "本标准不适用立案期限规则（thresholds.filing_deadline.applies: false），不应包含此检查项",
                subject,
            )


def check_rules(parts: Parts) -> None:
    keys = _source_keys(parts)
    _check_categories(parts, keys)
    _check_grading(parts, keys)
    _check_thresholds(parts)
    vetoes = {item.id for _, item in parts.veto_items}
    categories = {category.id: category for _, category in parts.categories}
    seen: dict[str, int] = {}
    for index, check in parts.checks:
        if check.id in seen:
            first = line_at(parts.root, ("checks", seen[check.id]))
            parts.add(("checks", index, "id"), f"重复的检查项（第 {first} 行已定义）", f"检查项 {check.id}")
            continue
        seen[check.id] = index
        _check_one(parts, index, check, keys, vetoes, categories)
