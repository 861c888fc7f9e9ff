"""Pydantic schema of a review standard (评查标准) as written in `checklists/*.yaml`.

These models check shape and types. Rules that span fields or sections (known check ids, declared categories,
veto reasons, grade bands …) live in `checklists.standards`, which reports each problem with its file and line.
"""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from reviewer.core.facts import PenaltyThresholds
from reviewer.core.model import Procedure

DayKind = Literal["working_days", "days"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceDocument(_Strict):
    """A document the standard is built from; `key` is what checks cite in their `source`."""

    key: str = Field(min_length=1)
    title: str = Field(min_length=1)
    url: str | None = None
    note: str | None = None


def _general_only() -> list[Procedure]:
    return ["general"]


class StandardMeta(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    name: str = Field(min_length=1)
    jurisdiction: str = Field(min_length=1)
    version: str = Field(min_length=1)
    effective_date: date | None = None
    #: Procedures the standard scores ("general" = 普通程序, "simple" = 简易程序).
    applies_to: list[Procedure] = Field(default_factory=_general_only)
    #: What the standard reviews: a whole case file, or one instrument alone (a scope of checklists/scopes.yaml).
    scope: str = Field(default="case", pattern=r"^[a-z][a-z_]*$")
    #: Points of the deduction layer (一般标准); the categories' points add up to it.
    total_points: float = Field(default=100, gt=0)
    sources: list[SourceDocument] = Field(min_length=1)
    notes: str | None = None


class VetoItem(_Strict):
    """A 基础标准 review item: failing any veto check filed under it makes the file score 0."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    source: str = Field(min_length=1)


class Category(_Strict):
    """A deduction category of the 一般标准: deductions within it stop at `points` (扣完为止，不计负分)."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    points: float = Field(ge=0)
    source: str = Field(min_length=1)


class GradeBand(_Strict):
    name: str = Field(min_length=1)
    #: Inclusive lower bound of the score.
    min_score: float


class Grading(_Strict):
    #: Highest band first; the last band starts at 0.
    bands: list[GradeBand] = Field(min_length=1)
    #: The grade of a file that fails any veto check.
    veto_grade: str
    source: str = Field(min_length=1)

    def grade(self, score: float, *, vetoed: bool = False) -> str:
        if vetoed:
            return self.veto_grade
        for band in self.bands:
            if score >= band.min_score:
                return band.name
        return self.bands[-1].name


class Period(_Strict):
    days: int = Field(ge=1)
    unit: DayKind


class HearingThreshold(_Strict):
    """Fines from which a party may request a hearing (较大数额罚款), in yuan; None = not set."""

    fine_citizen: Decimal | None = Field(default=None, ge=0)
    fine_organisation: Decimal | None = Field(default=None, ge=0)
    basis: str


class MajorPenalty(_Strict):
    """What makes a penalty 重大 (major) in this jurisdiction: any one criterion suffices."""

    fine_citizen: Decimal | None = Field(default=None, ge=0)
    fine_organisation: Decimal | None = Field(default=None, ge=0)
    #: Confiscation worth at least the fine threshold of the party's kind.
    confiscation_equal_value: bool = False
    suspension: bool = False  # 责令停产停业
    revocation: bool = False  # 吊销许可证 / 营业执照
    basis: str


class MajorFiling(_Strict):
    """Filing (备案) of major penalties with the government's legal office."""

    required: bool
    period: Period | None = None
    basis: str


class FilingDeadline(_Strict):
    """The rule that 立案 follows discovery within a period (e.g. 市场监管 15 working days)."""

    applies: bool
    period: Period | None = None
    #: Sectors the rule covers; empty = every sector.
    sectors: list[str] = Field(default_factory=list)
    basis: str


class Thresholds(_Strict):
    hearing: HearingThreshold
    major_penalty: MajorPenalty
    major_filing: MajorFiling
    filing_deadline: FilingDeadline
    #: Default 陈述申辩 period when the notice states none.
    statement_period: Period


class CheckSpec(_Strict):
    """One check as the standard uses it."""

    id: str = Field(min_length=1)
    #: The item as the standard's 评查表 prints it (评查项目), e.g. 立案期限（15个工作日）; what people read.
    name: str = Field(min_length=1)
    #: The standard's own wording of what is checked (评查内容), where it has one; else the catalog's is shown.
    content: str | None = None
    category: str = Field(min_length=1)
    #: Deduction for a failure; for veto checks what the standard writes (commonly 100, "扣100分").
    points: float = Field(ge=0)
    veto: bool = False
    veto_reason: str | None = None
    #: Deduct `points` per instance found, up to `cap` (default: once per file).
    per_instance: bool = False
    cap: float | None = Field(default=None, ge=0)
    message: str = Field(min_length=1)
    parameters: dict[str, Any] = Field(default_factory=dict)
    basis: str = Field(min_length=1)
    source: str = Field(min_length=1)

    def placeholders(self) -> list[str]:
        """Names used as {placeholders} in the message template."""
        return [name for _, name, _, _ in string.Formatter().parse(self.message) if name]

    def render(self, **facts: Any) -> str:
        """The message with parameters and facts filled in; unknown placeholders stay as {name}."""
        values = {**self.parameters, **facts}

        class _Keep(dict[str, Any]):
            def __missing__(self, key: str) -> str:
                return "{" + key + "}"

        return string.Formatter().vformat(self.message, (), _Keep(values))


class Standard(_Strict):
    standard: StandardMeta
    veto_items: list[VetoItem] = Field(default_factory=list)
    categories: list[Category] = Field(min_length=1)
    grading: Grading
    thresholds: Thresholds
    checks: list[CheckSpec] = Field(min_length=1)
    #: File the standard was loaded from (not part of the YAML).
    path: str | None = None

    @property
    def id(self) -> str:
        return self.standard.id

    def check(self, check_id: str) -> CheckSpec:
        for check in self.checks:
            if check.id == check_id:
                return check
        raise KeyError(check_id)

    def category(self, category_id: str) -> Category:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    def penalty_thresholds(self) -> PenaltyThresholds:
        """The thresholds the extract stage classifies the penalty by (major? hearing-eligible?)."""
        major, hearing = self.thresholds.major_penalty, self.thresholds.hearing
        heavy = frozenset(
            kind for kind, on in (("suspension", major.suspension), ("revocation", major.revocation)) if on
        )
        return PenaltyThresholds(
            major_fine_citizen=major.fine_citizen,
            major_fine_organisation=major.fine_organisation,
            major_includes_confiscation=major.confiscation_equal_value,
            major_kinds=heavy,
            hearing_fine_citizen=hearing.fine_citizen,
            hearing_fine_organisation=hearing.fine_organisation,
        )

    @property
    def veto_checks(self) -> list[CheckSpec]:
        return [check for check in self.checks if check.veto]

    @property
    def deduction_checks(self) -> list[CheckSpec]:
        return [check for check in self.checks if not check.veto]
