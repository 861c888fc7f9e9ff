"""The structure and article roles of the commonly cited price rules: `law_structure.yaml` (how many 款 each
article has, how many 项 each 款) and `law_roles.yaml` (penalty articles, duty articles, refund articles).

A law is found by the name a decision prints (《中华人民共和国价格法》, 《价格法》, an edition in brackets):
spaces, 《》, the prefix 中华人民共和国 and a trailing bracketed edition are ignored. Only laws in both tables are
judged; any other law is unknown to these checks. A law tabled only in part (`partial: true`: the articles read one
by one) knows only the articles it lists: any other article of it is unknown too, never "not divided".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from checklists.problems import InvalidCatalog, Problem
from checklists.yamlmarks import line_at, load_marked

HERE = Path(__file__).resolve().parent
STRUCTURE = HERE / "law_structure.yaml"
ROLES = HERE / "law_roles.yaml"

ArticleRole = Literal["penalty", "duty", "refund", "other"]
_EDITION = re.compile(r"[（(][^（）()]{0,30}[）)]$")


def law_key(name: str) -> str:
    """The comparable form of a law's name: 《中华人民共和国价格法（2015修订）》 → 价格法."""
    plain = re.sub(r"\s|《|》", "", name).replace("中华人民共和国", "").replace("中国人民共和国", "")
    return _EDITION.sub("", plain)


@dataclass(frozen=True)
class Law:
    """One law of both tables: its 款/项 counts per article and the role of its articles."""

    key: str
    name: str
    #: Article → the number of 项 in each of its 款 (`[8]`: one 款 with 8 项; `[0, 0]`: two 款, no 项).
    articles: dict[int, tuple[int, ...]]
    penalty: frozenset[int]
    duty: frozenset[int]
    refund: frozenset[int]
    #: Only the listed articles were read (a law beyond the price rules, tabled by hand).
    partial: bool = False
    #: (article, 款) → the article whose penalty that 款 imposes (依照本规定第四条的规定处罚).
    referrals: dict[tuple[int, int], int] = field(default_factory=dict)
    #: (article, 款) whose 项 list what the 款 does not apply to (但下列…除外): cited to the 款, it is precise.
    exceptions: frozenset[tuple[int, int]] = frozenset()

    def knows(self, article: int) -> bool:
        """Whether the table can speak for this article (every article of a fully tabled law)."""
        return not self.partial or article in self.articles

    def role(self, article: int) -> ArticleRole:
        if article in self.penalty:
            return "penalty"
        if article in self.duty:
            return "duty"
        return "refund" if article in self.refund else "other"

    def missing_part(self, article: int, paragraph: int | None, item: int | None) -> Literal["款", "项"] | None:
        """What a citation of `article` leaves out although the article is divided: its 款 (several 款 and none
        named) or its 项 (the 款 cited, or the only one, has 项 and none is named); None when precise enough."""
        parts = self.articles.get(article)
        if not parts or item is not None:
            return None
        if len(parts) > 1 and paragraph is None:
            return "款"
        chosen = parts[0] if paragraph is None else (parts[paragraph - 1] if 0 < paragraph <= len(parts) else 0)
        return "项" if chosen > 0 and (article, paragraph or 1) not in self.exceptions else None


def _ranges(rows: list[list[int]]) -> frozenset[int]:
    return frozenset(number for first, last in rows for number in range(first, last + 1))


def _role_problems(roles: dict[str, Any], structure: dict[str, Any]) -> list[Problem]:
    """What makes a role row unusable: no source, a law missing from the structure table, an article range
    outside the law or reversed, or an article both a penalty and a duty."""
    problems: list[Problem] = []

    def problem(key: str, loc: tuple[Any, ...], message: str) -> None:
        problems.append(Problem(ROLES.name, line_at(roles, (key, *loc)), message, f"法律 {key}"))

    for key, row in roles.items():
        if not row.get("source"):
            problem(key, (), "未注明出处（source）")
        if key not in structure:
            problem(key, (), "法条结构表（law_structure.yaml）中没有这部法律")
            continue
        count = structure[key]["article_count"]
        for role in ("penalty", "duty"):
            for index, (first, last) in enumerate(row.get(role) or []):
                if not 1 <= first <= last <= count:
                    problem(key, (role, index), f"条文范围 {first}–{last} 不在第 1 至第 {count} 条之内或首尾颠倒")
        articles = structure[key]["articles"]
        for index, (article, paragraph, target) in enumerate(row.get("referrals") or []):
            parts = articles.get(article) or articles.get(str(article)) or []
            if not 0 < paragraph <= len(parts) or target not in _ranges(row.get("penalty") or []):
                problem(key, ("referrals", index), f"第 {article} 条第 {paragraph} 款不存在，或第 {target} 条不是罚则")
        for index, (article, paragraph) in enumerate(row.get("exceptions") or []):
            parts = articles.get(article) or articles.get(str(article)) or []
            if not 0 < paragraph <= len(parts) or not parts[paragraph - 1]:
                problem(key, ("exceptions", index), f"第 {article} 条第 {paragraph} 款不存在或不分项")
        both = _ranges(row.get("penalty") or []) & _ranges(row.get("duty") or [])
        if both:
            problem(key, ("duty",), f"第 {min(both)} 条既列为罚则又列为义务条款")
    return problems


def read_tables(structure_text: str, roles_text: str) -> dict[str, Law]:
    """Name key (every alias) → law, for the laws listed in both tables; `InvalidCatalog` naming each bad row."""
    structure = yaml.safe_load(structure_text)["laws"]
    roles = load_marked(roles_text)["laws"]
    problems = _role_problems(roles, structure)
    if problems:
        raise InvalidCatalog(problems, source=ROLES.name)
    found: dict[str, Law] = {}
    for key, row in roles.items():
        shape = structure[key]
        law = Law(
            key=key,
            name=shape["name"],
            articles={int(number): tuple(parts) for number, parts in shape["articles"].items()},
            penalty=_ranges(row.get("penalty") or []),
            duty=_ranges(row.get("duty") or []),
            refund=frozenset(row.get("refund") or []),
            partial=bool(shape.get("partial")),
            referrals={(article, paragraph): target for article, paragraph, target in row.get("referrals") or []},
            exceptions=frozenset((article, paragraph) for article, paragraph in row.get("exceptions") or []),
        )
        for name in [shape["name"], *(shape.get("aliases") or [])]:
            found[law_key(name)] = law
    return found


@cache
def laws() -> dict[str, Law]:
    """The shipped tables, read and validated once per process."""
    return read_tables(STRUCTURE.read_text(encoding="utf-8"), ROLES.read_text(encoding="utf-8"))


def find_law(name: str | None) -> Law | None:
    """The tabled law a decision's name for it refers to, or None (an unknown law, or no name)."""
    return laws().get(law_key(name)) if name else None
