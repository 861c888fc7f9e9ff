"""Rights in the notice and the decision: rights.notice_contents, statement_in_notice, hearing_in_notice,
statement_reviewed, no_heavier_after_defence, remedies_in_decision, payment_terms_in_decision.

Decisions:

* The notice is every `prior_notice` of the file (a 行政处罚听证告知书 is one); a right counts as told when a
  sentence of a notice names it together with what the party may do (有权, 享有, 可以, 要求, 提出 …).
* A statement was made when the file holds a 陈述申辩笔录 or a 听证笔录, or the approval form or decision says
  the party 提出陈述、申辩 (and not 未提出). The review is on file when the approval form (or a review
  instrument) records a 复核, and the decision answers it (复核 / 采纳); after a hearing, the
  approval form's 申辩意见不予采纳 is that review.
* remedies: 复议 needs a period of at least the standard's `review_days`, 诉讼 a period of `litigation_months`;
  the pre-2015 三个月 fails here as the henan-2022 standard has no separate stale-period check. A 15-day
  litigation period counted from the 复议决定 (复议前置) is accepted.
"""

from __future__ import annotations

import re

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.predicates.case_class import hearing_eligible
from checklists.predicates.contents import KIND_NAMES, compact, last_line, line_at, penalty_line, yuan
from checklists.registry import register
from checklists.schema import CheckSpec
from extractors.fields.citations import split_citations
from extractors.fields.money import read_penalty
from extractors.fields.penalty import penalty_kinds
from extractors.fields.rights import Route, read_decision_rights, read_notice_rights
from reviewer.core.model import Evidence, Instrument

_SENTENCE = re.compile("[^。；;]+[。；;]?")
_MAY = re.compile("有权|享有|可以|要求|申请|提出|权利")
_FACTS = re.compile("经查|违法事实|查明|经调查|发现|你单位于|你于|当事人于")
_MADE = re.compile(r"(?<!未)(?<!没有)提出(?:了)?(?:书面)?(?:的)?陈述|(?<!未)(?<!没有)进行(?:了)?陈述(?:、|和)?申辩")
_REVIEWED = re.compile("复核|采纳")
_ANSWERED = re.compile("复核|采纳|予以考虑|不予支持|予以支持")
_CONSEQUENCE = re.compile("逾期不(?:缴纳|缴|履行)|加处罚款|强制执行")
_PAY_HOW = re.compile("银行|网点|专户|账户|财政|电子支付|网上缴纳|转账|缴款码")


def _notices(view: CaseView) -> list[Instrument]:
    return view.all("prior_notice")


def _sentence_naming(text: str, subject: re.Pattern[str]) -> str | None:
    """The first sentence naming `subject` together with what the party may do."""
    for match in _SENTENCE.finditer(text):
        sentence = compact(match.group())
        if subject.search(sentence) and _MAY.search(sentence):
            return sentence
    return None


def _rights_place(notice: Instrument) -> str:
    """Where the notice tells the party its rights (or the line where that should be)."""
    for line in notice.text.splitlines():
        if re.search("陈述|申辩|听证|有权", line):
            return line.strip()
    return penalty_line(notice)


# --- the notice ------------------------------------------------------------------------------------------


def _notice_missing(notice: Instrument) -> list[str]:
    text = notice.text
    missing = []
    reading = read_penalty(text)
    if reading.section is None or not (reading.values or penalty_kinds(text)):
        missing.append("拟作出的行政处罚")
    if not _FACTS.search(text):
        missing.append("违法事实")
    split = split_citations(text)
    if not split.violated:
        missing.append("理由（违反的规定）")
    if not split.basis and not re.search(r"(?:依据|根据|依照)《[^》]+》第", compact(text)):
        missing.append("处罚依据")
    return missing


@register("rights.notice_contents")
def notice_contents(view: CaseView, check: CheckSpec) -> Outcome:
    notices = _notices(view)
    if not notices:
        return not_applicable("案卷中没有行政处罚事先告知书。")
    for notice in notices:
        missing = _notice_missing(notice)
        if missing:
            return fail(view.cite(notice, penalty_line(notice)), missing="、".join(missing))
    return passed(*(view.cite(n, penalty_line(n)) for n in notices))


@register("rights.statement_in_notice")
def statement_in_notice(view: CaseView, check: CheckSpec) -> Outcome:
    notices = _notices(view)
    if not notices:
        return not_applicable("案卷中没有行政处罚事先告知书。")
    for notice in notices:
        sentence = _sentence_naming(notice.text, re.compile("陈述|申辩"))
        if sentence and read_notice_rights(notice.text).statement:
            return passed(view.cite(notice, sentence))
    notice = notices[0]
    return fail(view.cite(notice, _rights_place(notice)), page=notice.first_page)


@register("rights.hearing_in_notice")
def hearing_in_notice(view: CaseView, check: CheckSpec) -> Outcome:
    eligible = hearing_eligible(view)
    if eligible is None:
        return unknown("未能判断拟作出的处罚是否达到听证标准（当事人类型或罚款金额不明），请人工核查。")
    if not eligible:
        return not_applicable("拟作出的处罚未达到听证标准。")
    notices = _notices(view)
    if not notices:
        return not_applicable("案卷中没有行政处罚事先告知书。")
    for notice in notices:
        sentence = _sentence_naming(notice.text, re.compile("听证"))
        if sentence and read_notice_rights(notice.text).hearing_period is not None:
            return passed(view.cite(notice, sentence))
    notice = notices[0]
    values = {"penalty": _penalty_text(view), **check.parameters}
    hearing = view.standard.thresholds.hearing
    values.setdefault("fine_citizen", hearing.fine_citizen)
    values.setdefault("fine_organisation", hearing.fine_organisation)
    return fail(view.cite(notice, _rights_place(notice)), **values)


def _penalty_text(view: CaseView) -> str:
    kinds = [KIND_NAMES.get(kind, kind) for kind in view.facts.penalties if kind != "fine"]
    if view.facts.fine_yuan is not None:
        kinds.append(f"罚款{yuan(view.facts.fine_yuan)}")
    return "、".join(kinds) or "未载明"


# --- the statement and its review ------------------------------------------------------------------------


def _statement_made(view: CaseView) -> Evidence | None:
    for instrument in view.all("statement_record", "hearing_record"):
        return view.cite(instrument)
    for instrument in view.all("penalty_approval", "penalty_decision"):
        match = _MADE.search(compact(instrument.text))
        if match:
            return view.cite(instrument, match.group())
    return None


@register("rights.statement_reviewed")
def statement_reviewed(view: CaseView, check: CheckSpec) -> Outcome:
    made = _statement_made(view)
    if made is None:
        return not_applicable("案卷中未见当事人提出陈述、申辩。")
    reviews = view.all("penalty_approval", "legal_review", "collective_discussion", "statement_review")
    reviewed = [i for i in reviews if _REVIEWED.search(compact(i.text))]
    review_word = _REVIEWED.search(compact(reviewed[0].text)).group() if reviewed else ""
    decision = view.first("penalty_decision")
    if decision is None:
        return unknown("案卷中没有处罚决定书，无法核对是否回应陈述申辩。", made)
    answered = _ANSWERED.search(compact(decision.text))
    if reviewed and answered:
        return passed(made, view.cite(reviewed[0], review_word), view.cite(decision, answered.group()))
    where = reviews[0] if not reviewed and reviews else decision
    return fail(made, view.cite(where, _statement_line(where)))


def _statement_line(instrument: Instrument) -> str:
    """The line that reports the statement (where the review should follow), else the last line."""
    for line in instrument.text.splitlines():
        if re.search("陈述|申辩", line):
            return line.strip()
    return last_line(instrument.text)


@register("rights.no_heavier_after_defence")
def no_heavier_after_defence(view: CaseView, check: CheckSpec) -> Outcome:
    decision, notices = view.decision, _notices(view)
    if decision is None or not notices:
        return not_applicable("告知书或决定书不在案卷中。")
    notice = notices[-1]
    proposed, decided = read_penalty(notice.text), read_penalty(decision.text)
    if proposed.section is None or decided.section is None:
        return not_applicable("告知书或决定书未载明处罚内容。")
    before, after = proposed.values.get("fine"), decided.values.get("fine")
    added = penalty_kinds(decision.text) - penalty_kinds(notice.text) - {"warning"}
    if (after is not None and before is not None and after > before) or added:
        one = view.cite(decision, _fine_raw(decided) or penalty_line(decision))
        two = view.cite(notice, _fine_raw(proposed) or penalty_line(notice))
        extra = "、".join(KIND_NAMES.get(kind, kind) for kind in sorted(added))
        decided_text = "、".join(filter(None, [f"罚款{yuan(after)}" if after is not None else "", extra]))
        return fail(one, two, decided=decided_text, proposed=f"罚款{yuan(before)}" if before is not None else "未载明")
    if before is None and after is not None:
        return unknown("告知书未载明拟罚款金额，无法比较轻重，请人工核查。", view.cite(notice, penalty_line(notice)))
    return passed(view.cite(decision, penalty_line(decision)), view.cite(notice, penalty_line(notice)))


def _fine_raw(reading: object) -> str:
    amounts = [a for a in getattr(reading, "amounts", []) if a.role == "fine" and a.form == "figures"]
    return amounts[0].raw if amounts else ""


# --- the decision's terms --------------------------------------------------------------------------------


def _review_ok(route: Route | None, days: int) -> bool:
    period = route.period if route else None
    return period is not None and period.unit == "day" and period.amount >= days


def _litigation_ok(route: Route | None, months: int) -> bool:
    period = route.period if route else None
    if period is None or route is None or route.outdated:
        return False
    if period.unit == "month":
        return period.amount == months
    return "复议决定" in route.raw and period.unit == "day" and period.amount == 15


@register("rights.remedies_in_decision")
def remedies_in_decision(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.first("penalty_decision")
    if decision is None:
        return not_applicable("案卷中没有行政处罚决定书。")
    days = int(check.parameters.get("review_days", 60))
    months = int(check.parameters.get("litigation_months", 6))
    rights = read_decision_rights(decision.text)
    review_ok, litigation_ok = _review_ok(rights.review, days), _litigation_ok(rights.litigation, months)
    if review_ok and litigation_ok:
        return passed(view.cite(decision, line_at(decision.text, rights.review.start)))  # type: ignore[union-attr]
    wrong = [
        route
        for route, ok in ((rights.review, review_ok), (rights.litigation, litigation_ok))
        if route is not None and not ok
    ]
    quote = line_at(decision.text, wrong[0].start) if wrong else penalty_line(decision)
    return fail(view.cite(decision, quote))


@register("rights.payment_terms_in_decision")
def payment_terms_in_decision(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.decision
    if decision is None:
        return not_applicable("案卷中没有处罚决定书。")
    reading = read_penalty(decision.text)
    fine = reading.values.get("fine")
    if fine is None:
        if reading.section is None and view.facts.fine_yuan is None and "罚款" in decision.text:
            return unknown("未能读出决定书的处罚内容，请人工核查。", view.cite(decision))
        return not_applicable("决定未处以罚款。")
    payment = read_decision_rights(decision.text).payment
    text = compact(decision.text)
    if (
        payment is not None
        and payment.period is not None
        and (payment.place or _PAY_HOW.search(payment.raw))
        and _CONSEQUENCE.search(text)
    ):
        return passed(view.cite(decision, line_at(decision.text, payment.start)))
    quote = line_at(decision.text, payment.start) if payment is not None else penalty_line(decision)
    return fail(view.cite(decision, quote))
