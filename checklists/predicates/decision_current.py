"""`decision.citation_current`: nothing cited or named in a decision is out of force on its date.

Three kinds of staleness, each a section of `checklists/law_versions.yaml` (every row names its source):
行政处罚法 numbers from before the 2021 revision, cited for the subject the old number had (第五十一条 for the
late-payment surcharge); bodies abolished by the 2018 reform named as 复议机关 or as the deciding agency; and, from
2024-01-01, 复议 offered at a department (a 局) where the 2023 复议法 gives it to 本级人民政府. A repealed rule (the price rules repealed on
2022-07-01, the 有奖销售 rule repealed on 2020-12-01) and the 食品安全法's pre-2015 numbers are stale only for
conduct wholly after the change (the conduct's own date decides, Art. 37).
The enforcement clauses are matched by subject (new articles from 第六十七条 on): they are what decisions restate,
and their old numbers' keywords are specific. Earlier subjects (陈述申辩, 听证, 从轻减轻, 告知) and the old numbers of
the 复议法 and 诉讼法 are matched only where the table also gives the words of the subject the number holds today
(`unless`): a sentence with those cites the number as it stands now, so merely unusual text does not fire.
The other way round, a number above the old text's last article (`old_last_article`: 行政处罚法 第七十二条 in May
2021) cited before the revision came into force is not yet in force either.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.law_tables import law_key
from checklists.predicates.decision_scope import alone, decided_on, not_before
from checklists.registry import register
from checklists.schema import CheckSpec
from reviewer.core.facts import DecisionAlone
from reviewer.core.model import Instrument

LAW_VERSIONS = Path(__file__).resolve().parents[1] / "law_versions.yaml"
#: Subjects of the 2021 renumbering matched by keywords: the enforcement chapter every decision restates.
_FIRST_MATCHED_ARTICLE = 67
#: Systems whose 复议 still goes to the superior department (复议法 2023 第二十七条: 海关, 金融, 外汇 and other
#: bodies under vertical leadership, 税务, 国家安全), and national bodies (第二十五条: a 国务院部门 hears its own).
_VERTICAL = (
    "海关",
    "税务",
    "国家安全",
    "外汇",
    "金融",
    "银保监",
    "证监",
    "邮政",
    "银行",
    "烟草",
    "气象",
    "海事",
    "民航",
    "铁路",
    "出入境",
    "总局",
)
#: A sentence naming the old text on purpose (修订前的第五十一条, 原《行政处罚法》): history, not a citation in force.
_HISTORY = ("修订前", "修正前", "原《", "旧《")
#: A 复议 office of the government itself (司法局 as 复议机构, 行政复议局/办公室): no superior department.
_REVIEW_OFFICE = ("复议", "司法", "人民政府", "政府")
#: Where one option of a named body begins (…或者某某局, 某某局、某某局, an aside).
_OPTION_START = re.compile(r"[或、，,（()）]")


@dataclass(frozen=True)
class Renumbered:
    """An old article number cited for its old subject: `keywords` say the subject, `unless` the subject the
    number holds today (a sentence with one of those cites the number as it stands now)."""

    law: str
    since: dt.date
    old: int
    new: int
    keywords: tuple[str, ...]
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    renumbered: tuple[Renumbered, ...]
    bodies_from: dt.date
    bodies: tuple[str, ...]
    local_review_from: dt.date
    repealed: tuple[tuple[str, dt.date], ...]
    #: Renumberings of substantive law: stale only for conduct wholly on or after `since`.
    conduct_renumbered: tuple[Renumbered, ...] = ()
    #: (law, the revision's first day, the old text's last article): a higher number cited before that day cites
    #: the revised text before it was in force.
    premature: tuple[tuple[str, dt.date, int], ...] = ()
    #: (rule, the day it came into force): cited by a decision dated before that day, it did not yet exist.
    not_yet: tuple[tuple[str, dt.date], ...] = ()


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@cache
def table() -> Table:
    data = yaml.safe_load(LAW_VERSIONS.read_text(encoding="utf-8"))
    law = data["administrative_penalty_law_2021"]
    since = _date(law["from"])
    rows = [
        _renumbered("行政处罚法", since, row)
        for row in law["renumbered"]
        if row.get("keywords") and (row["new"]["article"] >= _FIRST_MATCHED_ARTICLE or row.get("unless"))
    ]
    for section, name in (
        ("administrative_reconsideration", "行政复议法"),
        ("administrative_litigation", "行政诉讼法"),
    ):
        later = data[section].get("renumbered")
        if later:
            rows.extend(_renumbered(name, _date(later["from"]), row) for row in later["rows"] if row.get("unless"))
    reform = data["institutional_reform_2018"]
    existing = {name for body in reform.get("still_existing") or [] for name in body["names"]}
    bodies = tuple(
        name for body in reform["bodies"] for name in body["names"] if name.endswith("局") and name not in existing
    )
    local = next(
        rule for rule in data["administrative_reconsideration"]["rules"] if rule["id"].endswith("local_department")
    )
    food = data["food_safety_law_2015"]
    reconsideration = data["administrative_reconsideration"]["renumbered"]
    premature = tuple(
        (name, _date(block["from"]), block["old_last_article"])
        for name, block in (("行政处罚法", law), ("行政复议法", reconsideration))
        if block.get("old_last_article")
    )
    return Table(
        renumbered=tuple(rows),
        bodies_from=_date(reform["stale_from"]),
        bodies=bodies,
        local_review_from=_date(local["periods"][-1]["from"]),
        repealed=tuple((rule["name"], _date(rule["repealed_from"])) for rule in data["repealed_price_rules"]),
        conduct_renumbered=tuple(
            _renumbered("食品安全法", _date(food["from"]), row) for row in food["renumbered"] if row.get("unless")
        ),
        premature=premature,
        not_yet=tuple((rule["name"], _date(rule["in_force"])) for rule in data.get("rules_in_force_from") or []),
    )


def _renumbered(law: str, since: dt.date, row: dict[str, Any]) -> Renumbered:
    return Renumbered(
        law=law,
        since=since,
        old=row["old"]["article"],
        new=row["new"]["article"],
        keywords=tuple(row.get("match") or row["keywords"]),
        unless=tuple(row.get("unless") or ()),
    )


def _when(decision: Instrument, facts: DecisionAlone) -> dt.date | None:
    """The decision's date, or — undated — the earliest day it may bear: the first day of its 文号's year, or the
    latest day the decision says something happened before it (the 告知书 served …) where that is later and still
    within the year."""
    day = decided_on(facts)
    if day is not None:
        return day
    earliest = not_before(decision)
    if facts.number is not None and facts.number.year is not None:
        start = dt.date(facts.number.year, 1, 1)
        if earliest is None or not start < earliest <= _latest(facts):
            return start
    return earliest


def _latest(facts: DecisionAlone) -> dt.date:
    """The last day an undated decision may bear: its 文号's year's end, or — no year either — any day."""
    if facts.number is not None and facts.number.year is not None:
        return dt.date(facts.number.year, 12, 31)
    return dt.date.max


def _cited_old(facts: DecisionAlone, rows: tuple[Renumbered, ...], since: dt.date | None) -> list[str]:
    """Old numbers cited for their old subject (`since`: the day that decides which rows are in effect; None: all)."""
    found = []
    for cited in facts.cited:
        if any(mark in cited.sentence for mark in _HISTORY):
            continue
        for row in rows:
            if (
                (since is None or since >= row.since)
                and cited.article == row.old
                and row.law in cited.law
                and any(word in cited.sentence for word in row.keywords)
                and not any(word in cited.sentence for word in row.unless)
            ):
                found.append(f"《{cited.law}》第{row.old}条（{row.since.year}年起为第{row.new}条）")
                break
    return found


def _stale_numbers(facts: DecisionAlone, day: dt.date, rules: Table) -> list[str]:
    return _cited_old(facts, rules.renumbered, day) + _premature_numbers(facts, day, rules)


#: A sentence that names the revised text as such (修订后的, 新修订的, 将于…施行的): no citation in force claimed.
_AHEAD = ("修订后", "新修订", "新《", "将于", "即将施行")


def _premature_numbers(facts: DecisionAlone, day: dt.date, rules: Table) -> list[str]:
    """Numbers that only the revised text has (above the old text's last article), cited by a decision dated
    before the revision came into force: the number was not in force on the decision date."""
    found = []
    for cited in facts.cited:
        if any(mark in cited.sentence for mark in _HISTORY + _AHEAD):
            continue
        for law, since, last in rules.premature:
            if day < since and cited.article > last and law_key(cited.law) == law:
                found.append(
                    f"《{cited.law}》第{cited.article}条（修订后的条号，{since.isoformat()}起施行，决定日尚未施行）"
                )
    return found


def _conduct_began(decision: Instrument) -> dt.date | None:
    """The first day of the earliest act the decision dates; None when it dates none (Art. 37: the law in force
    then applies)."""
    terms = decision.facts.decision
    acts = terms.acts if terms is not None else []
    return min((act.first for act in acts), default=None)


def _later_act(decision: Instrument, change: dt.date) -> bool:
    """The dated conduct began before `change` and another act of it is dated wholly after: the old text may judge
    the first act, not that one, and which act a citation is for is a person's call. A range that runs across the
    change is one act, which the old text may judge (rule 12)."""
    terms = decision.facts.decision
    acts = terms.acts if terms is not None else []
    began = _conduct_began(decision)
    return (
        began is not None
        and began < change
        and any(act.first >= change for act in acts)
        and not any(act.through and act.first < change <= act.last for act in acts)
    )


def _stale_conduct_numbers(decision: Instrument, facts: DecisionAlone, rules: Table) -> tuple[list[str], list[str]]:
    """Old numbers of a renumbered substantive law: stale for conduct wholly after the change, a question when the
    conduct's dates are unread, current for conduct before it (the old law may apply, Art. 37)."""
    began = _conduct_began(decision)
    if began is None:
        # the conduct came before the decision: a change in force only after the decision's last possible day
        # cannot have overtaken it
        return [], _cited_old(facts, rules.conduct_renumbered, _last_day(facts))
    later = tuple(row for row in rules.conduct_renumbered if _later_act(decision, row.since))
    return (
        [f"{item}，违法行为在修订施行之后" for item in _cited_old(facts, rules.conduct_renumbered, began)],
        _cited_old(facts, later, None),
    )


def _stale_bodies(decision: Instrument, facts: DecisionAlone, day: dt.date, rules: Table) -> list[str]:
    found = []
    terms = decision.facts.decision
    named = [facts.remedies.review_body if facts.remedies else None, terms.signing_agency if terms else None]
    for text in filter(None, named):
        body = _abolished_body(text, rules) if day >= rules.bodies_from else None
        if body is not None:
            found.append(f"{body}（2018年机构改革后已不存在）")
    remedies = facts.remedies
    # The deciding agency, or — unread — the body named for 复议 (a vertical system names its own superior).
    agency = (terms.signing_agency if terms else None) or decision.facts.agency or ""
    who = agency or (remedies.review_body if remedies is not None and remedies.review_body else "")
    vertical = who.startswith("国家") or any(word in who for word in _VERTICAL)
    if remedies is not None and remedies.review_body and day >= rules.local_review_from and not vertical:
        options = [o for o in remedies.review_body.replace("或者", "或").split("或") if o]
        departments = [
            o
            for o in options
            if o.endswith(("局", "部门"))
            and not any(word in o for word in _REVIEW_OFFICE)
            and _abolished_body(o, rules) is None  # reported once, as abolished
        ]
        if departments:
            found.append(f"向{departments[0]}申请复议（2024年1月1日起应向本级人民政府申请）")
    return found


def _abolished_body(text: str, rules: Table) -> str | None:
    """An abolished body the text names as itself — not in a history (原某某县工商行政管理局, 原…物价局)."""
    for body in rules.bodies:
        at = text.find(body)
        while at >= 0:
            option = _OPTION_START.split(text[:at])[-1]
            if not option.startswith("原") and not option.endswith("原"):
                return body
            at = text.find(body, at + 1)
    return None


def _last_day(facts: DecisionAlone) -> dt.date:
    """The last day the decision may bear: its date, or — undated — the end of its 文号's year."""
    return decided_on(facts) or _latest(facts)


def _stale_rules(decision: Instrument, facts: DecisionAlone, rules: Table) -> tuple[list[str], list[str]]:
    stale, unsure = [], []
    began = _conduct_began(decision)
    last = _last_day(facts)
    for name, repealed in rules.repealed:
        # 原《…》: the old rule named as the one replaced (对照原《禁止价格欺诈行为的规定》第七条), not applied.
        # The rule itself, by its name as printed (not a longer name that contains it: …的规定实施细则).
        if not any(
            law_key(cited.law) == law_key(name) and f"原《{cited.law}》" not in cited.sentence for cited in facts.cited
        ):
            continue
        if began is None:
            # the conduct came before the decision: a rule repealed only after the decision was still in force
            if last >= repealed:
                unsure.append(f"《{name}》（未能读出违法行为日期）")
        elif began >= repealed:
            stale.append(f"《{name}》（{repealed.isoformat()}废止，违法行为在此之后）")
        elif _later_act(decision, repealed):
            unsure.append(f"《{name}》（另有违法行为在{repealed.isoformat()}废止之后）")
    return stale, unsure


def _rules_not_yet(facts: DecisionAlone, first: dt.date, last: dt.date, rules: Table) -> tuple[list[str], list[str]]:
    """Rules cited by a decision dated before they came into force (`first`..`last`: the days the decision may
    bear): stale when even its last possible day is before; a question when the day it came in falls between. A
    sentence naming the rule as the one to come (将于…施行的) claims nothing in force."""
    stale, unsure = [], []
    for name, since in rules.not_yet:
        if not any(
            law_key(cited.law) == law_key(name) and not any(mark in cited.sentence for mark in _AHEAD)
            for cited in facts.cited
        ):
            continue
        if last < since:
            stale.append(f"《{name}》（{since.isoformat()}起施行，决定日尚未施行）")
        elif first < since:
            unsure.append(name)
    return stale, unsure


def _span(facts: DecisionAlone) -> str:
    if facts.number is not None and facts.number.year is not None:
        return f"文号年份{facts.number.year}年"
    return "决定书所述日期之后"


@register("decision.citation_current")
def citation_current(view: CaseView, check: CheckSpec) -> Outcome:
    found = alone(view)
    if found is None:
        return not_applicable("案卷中没有决定书。")
    decision, facts = found
    if not facts.cited and not (facts.remedies and facts.remedies.review_body):
        return not_applicable("决定书未引用条文，也未写明复议机关。")
    day = _when(decision, facts)
    if day is None:
        return unknown("未能读出决定日期，无法判断所引条文和机关在当时是否现行。", view.cite(decision))
    rules = table()
    stale_rules, unsure = _stale_rules(decision, facts, rules)
    stale_law, unsure_law = _stale_conduct_numbers(decision, facts, rules)
    not_yet, unsure_yet = _rules_not_yet(facts, day, _last_day(facts), rules)
    stale = [
        *_stale_numbers(facts, day, rules),
        *_stale_bodies(decision, facts, day, rules),
        *stale_rules,
        *stale_law,
        *not_yet,
    ]
    evidence = view.cite(decision, facts.date.raw if facts.date else None)
    if not stale and decided_on(facts) is None:
        # Undated: only the 文号's year (or the earliest day the text allows) is known. A finding that the last
        # possible day would give and the first would not (a rule that changed in between) cannot be settled.
        last = _latest(facts)
        late = [*_stale_numbers(facts, last, rules), *_stale_bodies(decision, facts, last, rules)]
        if late:
            return unknown(
                f"决定书未署日期，{_span(facts)}内相关规定有变化，无法判断所引条文或复议机关是否现行，请人工核查。",
                evidence,
            )
    if stale:
        return fail(evidence, citation="；".join(stale))
    if unsure:
        return unknown(f"引用了已废止的规章{'、'.join(unsure)}，请人工核查适用的规定。", evidence)
    if unsure_yet:
        return unknown(
            f"决定书未署日期，{_span(facts)}内《{'》《'.join(unsure_yet)}》开始施行，无法判断引用时是否已施行，请人工核查。",
            evidence,
        )
    if unsure_law:
        return unknown(
            f"引用了修订前的条文序号（{'、'.join(unsure_law)}），违法行为日期未能读出或另有行为在修订施行之后，请人工核查适用的版本。",
            evidence,
        )
    return passed(evidence)
