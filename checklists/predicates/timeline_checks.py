"""Dates and order (时间逻辑, 立卷顺序): timeline.order, timeline.investigate_before_filing,
timeline.dates_filled and docs.order.

Dates are the instruments' own (落款) dates as the pipeline set them (`Instrument.date`); a 送达回证 counts
for the document it names (its 送达时间 when written). Steps of the procedure carry a rank interval: a step
must not be dated before a step whose interval lies wholly before its own. 法制审核 and 集体讨论 sit
between the investigation report and the decision without an order against 告知/听证 — agencies hold them
before the notice or after the hearing (the 生态环境 sample does the latter).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.predicates.documents import DECISION_KINDS, RECORD_KINDS, general_only, service_receipt_for
from checklists.registry import register
from checklists.schema import CheckSpec
from reviewer.core.kinds import kind_name
from reviewer.core.model import Instrument


@dataclass(frozen=True)
class Step:
    """A dated step of the procedure: what it is called, its instrument and date, and its rank interval."""

    name: str
    instrument: Instrument
    date: dt.date
    low: float
    high: float


#: Step kinds with (low, high) ranks: 立案 ≤ 调查 ≤ 调查终结 ≤ 法制审核/集体讨论 ≤ 告知 ≤ 审批 ≤ 决定 ≤ 送达 ≤ 缴款 ≤ 结案.
_RANKS: dict[str, tuple[float, float]] = {
    "filing_approval": (0, 0),
    "investigated": (1, 1),
    "investigation_report": (2, 2),
    "legal_review": (3, 5.5),
    "collective_discussion": (3, 5.5),
    "prior_notice": (4, 4),
    "notice_served": (4.5, 5.5),
    "statement_record": (4.5, 5.5),
    "hearing_record": (4.5, 5.5),
    "penalty_approval": (5, 5),
    "decision": (6, 6),
    "decision_served": (7, 7),
    "payment_receipt": (8, 8),
    "major_filing": (6.5, 9.5),
    "closing_report": (9, 9),
}


def _step(key: str, instrument: Instrument | None, date: dt.date | None, name: str | None = None) -> Step | None:
    if instrument is None or date is None:
        return None
    low, high = _RANKS[key]
    return Step(name or instrument.title or kind_name(instrument.kind), instrument, date, low, high)


def _served_step(view: CaseView, key: str, target: Instrument | None, name: str) -> Step | None:
    receipt = service_receipt_for(view, target) if target is not None else None
    if receipt is None:
        return None
    served = receipt.facts.receipt.served if receipt.facts.receipt else None
    return _step(key, receipt, served.value if served and served.value else receipt.date, name)


def _investigated(view: CaseView) -> Step | None:
    """The first inquiry or inspection record on or after 立案 (earlier ones are another check's business)."""
    filing = view.first("filing_approval")
    if filing is None or filing.date is None:
        return None
    records = [r for r in view.all(*RECORD_KINDS) if r.date is not None and r.date >= filing.date]
    return _step("investigated", records[0], records[0].date) if records else None


def timeline_steps(view: CaseView) -> list[Step]:
    """The dated steps found in the file (first instrument of each kind)."""
    plain = [
        "filing_approval",
        "investigation_report",
        "legal_review",
        "collective_discussion",
        "prior_notice",
        "statement_record",
        "hearing_record",
        "penalty_approval",
        "payment_receipt",
        "major_filing",
        "closing_report",
    ]
    steps = [_step(kind, item, item.date if item else None) for kind in plain for item in [view.first(kind)]]
    decision, notice = view.decision, view.first("prior_notice")
    steps += [
        _investigated(view),
        _step("decision", decision, decision.date if decision else None),
        _served_step(view, "notice_served", notice, "事先告知书送达回证"),
        _served_step(view, "decision_served", decision, "决定书送达回证"),
    ]
    return sorted((s for s in steps if s is not None), key=lambda s: (s.low, s.high))


@register("timeline.order")
def timeline_order(view: CaseView, check: CheckSpec) -> Outcome:
    steps = timeline_steps(view)
    if len(steps) < 2:
        return not_applicable("案卷中注明日期的文书少于两份。")
    broken = [
        (later, earlier)
        for later in steps
        for earlier in steps
        if earlier.high < later.low and later.date < earlier.date
    ]
    if not broken:
        return passed()
    later, earlier = broken[0]
    return fail(
        view.cite(later.instrument),
        view.cite(earlier.instrument),
        count=len(broken),
        later=later.name,
        later_date=later.date.isoformat(),
        earlier=earlier.name,
        earlier_date=earlier.date.isoformat(),
    )


def _discovery_inspections(view: CaseView) -> set[int]:
    """ids of inspection records that found the case: dated on or before the 案源 registration, or — without
    one — the earliest record when it is an inspection."""
    source = view.first("case_source")
    dated = sorted(((r.date, n, r) for n, r in enumerate(view.all(*RECORD_KINDS)) if r.date is not None))
    if source is not None and source.date is not None:
        return {id(r) for date, _, r in dated if r.kind == "inspection_record" and date <= source.date}
    if dated and dated[0][2].kind == "inspection_record":
        return {id(dated[0][2])}
    return set()


@register("timeline.investigate_before_filing")
def investigate_before_filing(view: CaseView, check: CheckSpec) -> Outcome:
    filing = view.first("filing_approval")
    if filing is None:
        return not_applicable("案卷中未见立案审批表，立案日期不明。")
    if filing.date is None:
        return unknown("立案审批表未能读出日期，请人工核查调查是否在立案之后。", view.cite(filing))
    exempt = _discovery_inspections(view)
    early = [r for r in view.all(*RECORD_KINDS) if r.date and r.date < filing.date and id(r) not in exempt]
    if not early:
        return passed(view.cite(filing))
    first = early[0]
    return fail(
        view.cite(first),
        view.cite(filing),
        count=len(early),
        page=first.first_page,
        instrument=first.title or kind_name(first.kind),
        date=first.date.isoformat() if first.date else "",
        filing_date=filing.date.isoformat(),
    )


#: Instruments whose own date must be written in (catalog: timeline.dates_filled).
DATED_KINDS = ("filing_approval", "prior_notice", *DECISION_KINDS, "service_receipt", "closing_report")


@register("timeline.dates_filled")
def dates_filled(view: CaseView, check: CheckSpec) -> Outcome:
    blanks, unread = [], []
    for instrument in view.all(*DATED_KINDS):
        found = instrument.facts.signed
        if found is None:
            unread.append(instrument)
        elif found.blank:
            blanks.append((instrument, found.raw))
    if blanks:
        first, _raw = blanks[0]
        evidence = [view.cite(instrument, raw) for instrument, raw in blanks]
        return fail(
            *evidence, count=len(blanks), page=first.first_page, instrument=first.title or kind_name(first.kind)
        )
    if unread:
        return unknown("部分文书未能读出落款日期，请人工核查日期是否填写。", *[view.cite(i) for i in unread])
    if not view.all(*DATED_KINDS):
        return not_applicable("案卷中没有需要核对日期的文书。")
    return passed()


# --- filing order (docs.order) ----------------------------------------------------------------------------

#: Stage of each kind in the process profile (立案、调查取证、审查、告知、决定、送达、执行、结案); kinds not listed
#: (送达回证, 其他) follow what they belong to and are not judged. 审查/告知/听证/审批 share a stage: agencies
#: file them in either order.
PROCESS_STAGES: dict[str, int] = {
    "cover": 0,
    "index": 0,
    "case_source": 1,
    "filing_approval": 1,
    "inspection_record": 2,
    "inquiry_record": 2,
    "evidence": 2,
    "evidence_preservation": 2,
    "extension_approval": 2,
    "investigation_report": 3,
    "legal_review": 4,
    "collective_discussion": 4,
    "prior_notice": 4,
    "statement_record": 4,
    "hearing_notice": 4,
    "hearing_record": 4,
    "penalty_approval": 4,
    "penalty_decision": 5,
    "no_penalty_decision": 5,
    "onsite_decision": 5,
    "payment_receipt": 6,
    "enforcement": 6,
    "closing_report": 7,
    "major_filing": 7,
    "record_back": 8,
}


def misplaced(stages: list[int]) -> list[int]:
    """Positions outside a longest non-decreasing run of `stages`: the fewest instruments that are out of place."""
    if not stages:
        return []
    best = [1] * len(stages)
    previous = [-1] * len(stages)
    for i in range(len(stages)):
        for j in range(i):
            if stages[j] <= stages[i] and best[j] + 1 > best[i]:
                best[i], previous[i] = best[j] + 1, j
    position = max(range(len(stages)), key=lambda i: (best[i], -i))
    kept = set()
    while position >= 0:
        kept.add(position)
        position = previous[position]
    return [i for i in range(len(stages)) if i not in kept]


@register("docs.order")
def filing_order(view: CaseView, check: CheckSpec) -> Outcome:
    outcome = general_only(view)
    if outcome is not None:
        return outcome
    profile = check.parameters.get("profile", "process")
    if profile != "process":
        return unknown(f"立卷顺序方案“{profile}”尚未支持自动核查，请人工核查。")
    ranked = [item for item in view.instruments if item.kind in PROCESS_STAGES]
    if len(ranked) < 2:
        return not_applicable("可判断顺序的文书少于两份。")
    wrong = misplaced([PROCESS_STAGES[item.kind] for item in ranked])
    if not wrong:
        return passed()
    first = ranked[wrong[0]]
    return fail(*[view.cite(ranked[i]) for i in wrong], count=len(wrong), page=first.first_page)
