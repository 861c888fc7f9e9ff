"""Period and deadline checks (期限): 立案, 决定, 陈述申辩, 听证, 送达, 缴款 and 重大处罚备案.

All counting goes through `reviewer.core.calendar` (the day of the event is not counted; Art. 85 makes the law's
二日/三日/五日/七日 working days; a natural-day period ending on a holiday or rest day runs to the next working
day). When the calendar cannot tell (a date outside the years it knows) the check is `unknown` with the
calendar's explanation; when a date the check needs is missing it is `unknown` too — never a guessed pass.

Evidence is the pair of instruments whose dates the check compares, each cited at the date as written.
Every outcome also carries the calendar's Chinese explanation under `explanation` in its values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.registry import register
from checklists.schema import CheckSpec, Period
from reviewer.core import calendar
from reviewer.core.calendar import Deadline, Unit, format_date
from reviewer.core.facts import DateFact
from reviewer.core.model import Evidence, Instrument

__all__ = ["Dated", "served_date"]

#: Art. 85 行政处罚法: the law's 二日/三日/五日/七日 are working days, also where a notice writes "三日".
_ART85_DAYS = frozenset({2, 3, 5, 7})
_UNIT_OF: dict[str, Unit] = {"working_days": "working_day", "days": "day"}


@dataclass(frozen=True)
class Dated:
    """A date the check relies on and where the file shows it."""

    day: dt.date
    evidence: Evidence

    @property
    def text(self) -> str:
        return format_date(self.day)


# --- reading dates ----------------------------------------------------------------------------------------


def _cite(view: CaseView, instrument: Instrument, found: DateFact | None, day: dt.date) -> Evidence:
    raw = found.raw if found is not None and found.value == day else format_date(day)
    return view.cite(instrument, raw)


def signed(view: CaseView, instrument: Instrument | None) -> Dated | None:
    """The instrument's own (signing) date with evidence; None when it has none."""
    if instrument is None:
        return None
    found = instrument.facts.signed
    day = instrument.date or (found.value if found else None)
    return None if day is None else Dated(day, _cite(view, instrument, found, day))


def _signed_in(view: CaseView, kinds: tuple[str, ...], day: dt.date | None) -> Dated | None:
    """A timeline date, cited on the first instrument of `kinds` dated that day (else the first of them)."""
    if day is None:
        return None
    candidates = view.all(*kinds)
    instrument = next((i for i in candidates if i.date == day), candidates[0] if candidates else None)
    if instrument is None:
        return Dated(day, Evidence(page=1, quote=format_date(day)))
    found = instrument.facts.signed if instrument.date == day else None
    return Dated(day, _cite(view, instrument, found, day))


def _squash(text: str | None) -> str:
    return "".join((text or "").split())


def _serves(receipt: Instrument, target: Instrument) -> bool | None:
    """Whether the receipt names `target` among the served documents; None when it names none."""
    documents = receipt.facts.receipt.documents if receipt.facts.receipt else []
    if not documents:
        return None
    number, title = _squash(target.doc_number), _squash(target.title)
    return any(
        (number and _squash(doc.doc_number) == number) or (title and _squash(doc.name) == title) for doc in documents
    )


def _following(view: CaseView, target: Instrument) -> Iterable[tuple[int, Instrument]]:
    position = next(n for n, i in enumerate(view.instruments) if i is target)
    return enumerate(view.instruments[position + 1 :], start=position + 1)


def _signed_for_receipt(view: CaseView, target: Instrument) -> Dated | None:
    """The date the party signed for `target` on its own page (当事人签收：某某 2024年3月1日), as a 当场决定书
    handed over on the spot records its service."""
    for signature in target.facts.signatures:
        if signature.by_receiver and signature.filled and signature.date is not None and signature.date.value:
            return Dated(signature.date.value, _cite(view, target, signature.date, signature.date.value))
    return None


def served_date(view: CaseView, target: Instrument) -> tuple[Dated | None, str | None]:
    """When `target` was served, from the 送达回证 that names it (else the receipt right after it), else from
    the party's signed receipt line on `target` itself.

    Returns (date, None), or (None, why) when no receipt or no filled date is found.
    """
    adjacent = True
    for _, instrument in _following(view, target):
        if instrument.kind != "service_receipt":
            adjacent = adjacent and instrument.kind in ("other",)
            continue
        serves = _serves(instrument, target)
        if serves or (serves is None and adjacent):
            receipt = instrument.facts.receipt
            match = receipt.served if receipt else None
            day = match.value if match is not None else instrument.date
            if day is None:
                return _signed_for_receipt(view, target), f"送达{target.title or target.kind}的送达回证未填写送达日期。"
            return Dated(day, _cite(view, instrument, match, day)), None
    on_itself = _signed_for_receipt(view, target)
    if on_itself is not None:
        return on_itself, None
    return None, f"案卷中未见送达{target.title or target.kind}的送达回证，无法判断送达日期。"


# --- counting ---------------------------------------------------------------------------------------------


def working_days_between(start: dt.date, end: dt.date) -> int | None:
    """Working days in (start, end]; None when the calendar does not know a day of it."""
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        working = calendar.is_working_day(day)
        if working is None:
            return None
        count += working
    return count


def unit_of(period: Period) -> Unit:
    return _UNIT_OF[period.unit]


def _calendar_unknown(result: Deadline, *evidence: Evidence) -> Outcome:
    return unknown(f"{result.explanation}，请人工核对期限。", *evidence)


def _late(start: Dated, actual: Dated, amount: int, unit: Unit, **values: Any) -> Outcome:
    """Fail when `actual` is after the last day of the period from `start`; pass when in time."""
    result = calendar.deadline(start.day, amount, unit)
    late = calendar.is_late(start.day, actual.day, amount, unit)
    if late is None:
        return _calendar_unknown(result, start.evidence, actual.evidence)
    if late:
        return fail(start.evidence, actual.evidence, days=amount, explanation=result.explanation, **values)
    return passed(start.evidence, actual.evidence)


def _premature(
    start: Dated, act: Dated, amount: int, unit: Unit, *, on_last_day: bool = True, **values: Any
) -> Outcome:
    """Fail when `act` happened before the period from `start` had run out.

    `on_last_day`: an act on the period's last day is premature too (a decision while the party may still
    speak); False where the period only has to have passed by the act's day (a hearing on the 7th working day).
    """
    result = calendar.deadline(start.day, amount, unit)
    nominal = start.day + dt.timedelta(days=amount)  # holidays only push the end later
    if result.due is None:
        if act.day < nominal or (on_last_day and act.day == nominal):
            return fail(start.evidence, act.evidence, days=amount, explanation=result.explanation, **values)
        return _calendar_unknown(result, start.evidence, act.evidence)
    if act.day < result.due or (on_last_day and act.day == result.due):
        return fail(start.evidence, act.evidence, days=amount, explanation=result.explanation, **values)
    return passed(start.evidence, act.evidence)


# --- predicates -------------------------------------------------------------------------------------------


def _decided(view: CaseView) -> Dated | None:
    return signed(view, view.decision)


@register("deadline.filing_15wd")
def filing_within_period(view: CaseView, check: CheckSpec) -> Outcome:
    """立案 within the standard's filing period after the lead was found, in the sectors the rule covers."""
    rule = view.standard.thresholds.filing_deadline
    if not rule.applies or rule.period is None:
        return not_applicable("评查标准未设立案期限。")
    if rule.sectors:
        name, sector = view.facts.agency, view.facts.sector
        if sector is None:
            return unknown(
                f"无法从案卷判断执法机关所属领域（{name or '未识别机关名称'}），立案期限仅适用于"
                f"{'、'.join(rule.sectors)}领域，请人工核对。"
            )
        if sector not in rule.sectors:
            return not_applicable(f"{name}属{sector}领域，立案期限规定仅适用于{'、'.join(rule.sectors)}领域。")
    timeline = view.facts.timeline
    found = _signed_in(view, ("case_source", "inspection_record", "inquiry_record"), timeline.get("discovered"))
    filed = signed(view, view.first("filing_approval")) or _signed_in(view, ("filing_approval",), timeline.get("filed"))
    if found is None or filed is None:
        return unknown("案源发现日期或立案日期不明，无法核对立案期限。")
    elapsed = working_days_between(found.day, filed.day)
    return _late(
        found,
        filed,
        rule.period.days,
        unit_of(rule.period),
        source_date=found.text,
        filing_date=filed.text,
        elapsed=elapsed if elapsed is not None else "若干",
    )


def extension_days(view: CaseView) -> tuple[int, list[Evidence]] | None:
    """Natural days added by approved extensions (延期审批), with evidence; None when one states no period."""
    total, evidence = 0, []
    for instrument in view.all("extension_approval"):
        days, raw = instrument.facts.extension_days, instrument.facts.extension_raw
        if days is None or raw is None:
            return None
        total += days
        evidence.append(view.cite(instrument, raw))
    return total, evidence


@register("deadline.decision_90d")
def decision_within_period(view: CaseView, check: CheckSpec) -> Outcome:
    """The decision within 90 days of 立案, plus the days of approved extensions."""
    if view.general is False:
        return not_applicable("简易程序当场作出决定，无立案至决定期限。")
    filed = signed(view, view.first("filing_approval"))
    decided = _decided(view)
    if filed is None or decided is None:
        return unknown("立案日期或决定日期不明，无法核对办案期限。")
    days = int(check.parameters.get("days", 90))
    extension = extension_days(view)
    if extension is None:
        return unknown(
            "案卷中有延期审批材料，但未能读出延长的期限，请人工核对办案期限。", filed.evidence, decided.evidence
        )
    added, extension_evidence = extension
    outcome = _late(
        filed,
        decided,
        days + added,
        "day",
        filing_date=filed.text,
        decision_date=decided.text,
        elapsed=(decided.day - filed.day).days,
    )
    if outcome.status == "fail":
        values = {**outcome.values, "days": days + added}
        return fail(*outcome.evidence, *extension_evidence, **values)
    return outcome


def _waived_in_writing(view: CaseView, *, hearing: bool = False) -> Evidence | None:
    """A statement record in which the party gives up its statement (放弃陈述申辩), or its hearing."""
    for record in view.all("statement_record"):
        said = record.facts.statement
        if said is not None and (said.waives_hearing if hearing else said.waives_statement):
            return view.cite(record)
    return None


@dataclass(frozen=True)
class _Window:
    """The prior notice, when its period started and the decision date. Without a service date the notice's
    own date stands in (`why` says so): service is never earlier, so only a premature decision is decided."""

    notice: Instrument
    served: Dated
    decided: Dated
    why: str | None = None

    def judge(self, outcome: Outcome) -> Outcome:
        if self.why is not None and outcome.status != "fail":
            return unknown(self.why, self.decided.evidence)
        return outcome


def _notice_window(view: CaseView) -> _Window | Outcome:
    """The prior notice, when it was served and the decision date; an outcome when the check cannot run."""
    notice = view.first("prior_notice")
    if notice is None:
        return not_applicable("案卷中无行政处罚告知书（由文书齐全检查评查）。")
    decided = _decided(view)
    if decided is None:
        return unknown("未见决定书日期，无法核对告知后的期限。")
    served, why = served_date(view, notice)
    if served is not None:
        return _Window(notice, served, decided)
    own = signed(view, notice)
    if own is None:
        return unknown(why or "告知书送达日期不明。", decided.evidence)
    return _Window(notice, own, decided, why or "告知书送达日期不明。")


def statement_period(view: CaseView, notice: Instrument) -> tuple[int, Unit]:
    """The statement period the notice grants (Art. 85 for 二/三/五/七日), else the standard's default."""
    stated = notice.facts.notice.statement_period if notice.facts.notice else None
    if stated is not None and stated.unit != "month":
        unit: Unit = "working_day" if stated.unit == "working_day" or stated.amount in _ART85_DAYS else "day"
        return stated.amount, unit
    default = view.standard.thresholds.statement_period
    return default.days, unit_of(default)


@register("deadline.statement_period")
def statement_period_respected(view: CaseView, check: CheckSpec) -> Outcome:
    """No decision before the 陈述申辩 period the notice granted (from its service) has run out."""
    window = _notice_window(view)
    if isinstance(window, Outcome):
        return window
    waiver = _waived_in_writing(view)
    if waiver is not None:
        return passed(waiver, window.decided.evidence)
    days, unit = statement_period(view, window.notice)
    return window.judge(_premature(window.served, window.decided, days, unit, decision_date=window.decided.text))


@register("deadline.hearing_request_5d")
def hearing_window_respected(view: CaseView, check: CheckSpec) -> Outcome:
    """For hearing-eligible penalties: no decision before the hearing-request window closed."""
    eligible = view.facts.hearing_eligible
    if eligible is None:
        return unknown("无法判断处罚是否属于听证范围。")
    if not eligible:
        return not_applicable("处罚不属于听证范围。")
    hearing = view.first("hearing_notice", "hearing_record")
    if hearing is not None:  # the party asked for a hearing: the window has served its purpose
        return passed(view.cite(hearing))
    window = _notice_window(view)
    if isinstance(window, Outcome):
        return window
    waiver = _waived_in_writing(view, hearing=True)
    if waiver is not None:
        return passed(waiver, window.decided.evidence)
    days = int(check.parameters.get("days", 5))
    return window.judge(
        _premature(window.served, window.decided, days, "working_day", decision_date=window.decided.text)
    )


def hearing_date(view: CaseView, notice: Instrument) -> Dated | None:
    """When the hearing took place (the record's session), else the date the hearing notice set."""
    record = view.first("hearing_record")
    if record is not None:
        session = record.facts.record
        if session is not None and session.start is not None and session.time_raw is not None:
            return Dated(session.start.date(), view.cite(record, session.time_raw))
        dated = signed(view, record)
        if dated is not None:
            return dated
    set_for = notice.facts.hearing_on
    if set_for is not None and set_for.value is not None:
        return Dated(set_for.value, view.cite(notice, set_for.raw))
    return None


@register("deadline.hearing_notice_7d")
def hearing_notice_in_time(view: CaseView, check: CheckSpec) -> Outcome:
    """The hearing notice served at least 7 working days (Art. 85) before the hearing."""
    notice = view.first("hearing_notice")
    if notice is None:
        return not_applicable("案卷中无听证通知书。")
    when = hearing_date(view, notice)
    if when is None:
        return unknown("听证日期不明，无法核对听证通知期限。")
    served, why = served_date(view, notice)
    days = int(check.parameters.get("days", 7))
    if served is None:
        own = signed(view, notice)  # served no earlier than signed: a late signing date is late enough
        early = _premature(own, when, days, "working_day", on_last_day=False) if own else None
        if own is None or early is None or early.status != "fail":
            return unknown(why or "听证通知书送达日期不明。", when.evidence)
        served = own
    return _premature(
        served, when, days, "working_day", on_last_day=False, notice_date=served.text, hearing_date=when.text
    )


@register("deadline.service_7d")
def decision_served_in_time(view: CaseView, check: CheckSpec) -> Outcome:
    """A decision not handed over on the spot is served within 7 working days (Art. 61, 85)."""
    if view.general is False or view.first("onsite_decision") is not None:
        return not_applicable("简易程序决定书当场交付。")
    decision = view.decision
    decided = _decided(view)
    if decision is None or decided is None:
        return unknown("未见决定书或其日期，无法核对送达期限。")
    served, why = served_date(view, decision)
    if served is None:
        return unknown(why or "决定书送达日期不明。", decided.evidence)
    days = int(check.parameters.get("days", 7))
    return _late(decided, served, days, "working_day", decision_date=decided.text, service_date=served.text)


def _fined(view: CaseView) -> bool | None:
    fine = view.facts.fine_yuan
    if fine is not None:
        return fine > 0
    if view.decision is None:
        return False
    return True if "fine" in view.facts.penalties else None if not view.facts.penalties else False


@register("deadline.payment_15d")
def fine_paid_in_time(view: CaseView, check: CheckSpec) -> Outcome:
    """The fine paid within 15 days of service; otherwise enforcement steps (催告, 加处罚款, 强制执行) on file."""
    fined = _fined(view)
    if fined is None:
        return unknown("无法判断是否处以罚款。")
    if not fined:
        return not_applicable("未处以罚款。")
    enforcement = view.first("enforcement")
    if enforcement is not None:
        return passed(view.cite(enforcement))
    decision = view.decision
    served, why = served_date(view, decision) if decision is not None else (None, "未见决定书。")
    paid = signed(view, view.first("payment_receipt"))
    if paid is None:
        # Catalog `when`: a payment date is known. A file without receipt or enforcement is docs.execution's.
        return unknown("案卷中未见缴款凭证，也未见催告、加处罚款或强制执行材料，请人工核对罚款执行情况。")
    if served is None:
        return unknown(why or "决定书送达日期不明。", paid.evidence)
    days = int(check.parameters.get("days", 15))
    return _late(served, paid, days, "day", service_date=served.text, payment_date=paid.text)


@register("deadline.major_filing_15d")
def major_penalty_filed_in_time(view: CaseView, check: CheckSpec) -> Outcome:
    """A major penalty is filed (备案) within the standard's period after the decision."""
    rule = view.standard.thresholds.major_filing
    major = view.facts.is_major
    if major is None:
        return unknown("无法判断是否属于重大行政处罚。")
    if not major or not rule.required:
        return not_applicable("不属于需备案的重大行政处罚。")
    filing = signed(view, view.first("major_filing"))
    if view.first("major_filing") is None:
        return not_applicable("案卷中无重大行政处罚备案材料（由文书齐全检查评查）。")
    decided = _decided(view)
    if filing is None or decided is None or rule.period is None:
        return unknown("决定日期、备案日期或备案期限不明，无法核对备案期限。")
    return _late(
        decided, filing, rule.period.days, unit_of(rule.period), decision_date=decided.text, filing_date=filing.text
    )
