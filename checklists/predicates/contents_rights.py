"""Rights in the notice and the decision: rights.notice_contents, statement_in_notice, hearing_in_notice,
statement_reviewed, no_heavier_after_defence, remedies_in_decision, payment_terms_in_decision.

Decisions:

* The notice is every `prior_notice` of the file (a 行政处罚听证告知书 is one); a right counts as told when a
  sentence of a notice names it together with what the party may do (有权, 享有, 可以, 要求, 提出 …).
* A statement was made when the file holds a 陈述申辩笔录 or a 听证笔录, or the approval form or decision says
  the party 提出陈述、申辩 (and not 未提出). The review is on file when the approval form (or a review
  instrument) records a 复核, and the decision answers it (复核 / 采纳); after a hearing, the
  approval form's 申辩意见不予采纳 is that review. A decision that answers the statement in a file without an
  approval form (docs.penalty_approval reports that) leaves the review `unknown`, not failed.
* no heavier: where the decided fine's figures and capitals disagree, its figures are compared; when they are
  not heavier than the proposal but the capitals are, the check is `unknown` (decision.amount_consistent reports
  the disagreement itself).
* payment terms: a fine collected on the spot (履行方式：当场缴纳, Art. 68) needs no period, bank or consequence;
  a period other than the standard's `payment_days` (15, Art. 67), or counted in working days or months, fails.
* remedies: 复议 needs a period of at least the standard's `review_days`, 诉讼 a period of `litigation_months`;
  the pre-2015 三个月 fails here as the henan-2022 standard has no separate stale-period check. A 15-day
  litigation period counted from the 复议决定 (复议前置) is accepted.
"""

from __future__ import annotations

from decimal import Decimal

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.law_periods import direct_litigation_months
from checklists.predicates.contents import KIND_NAMES, penalty_line, penalty_of, yuan
from checklists.registry import register
from checklists.schema import CheckSpec
from reviewer.core.facts import NoticeFacts, PenaltyFacts, Period, Route
from reviewer.core.model import Evidence, Instrument


def _notices(view: CaseView) -> list[Instrument]:
    return view.all("prior_notice")


def _notice(notice: Instrument) -> NoticeFacts:
    return notice.facts.notice or NoticeFacts()


def _rights_place(notice: Instrument) -> str:
    """Where the notice tells the party its rights (or the line where that should be)."""
    return _notice(notice).rights_line or penalty_line(notice)


# --- the notice ------------------------------------------------------------------------------------------


def _notice_missing(notice: Instrument) -> list[str]:
    told, penalty = _notice(notice), penalty_of(notice)
    citations = notice.facts.citations
    missing = []
    if not penalty.stated or not (penalty.totals or penalty.kinds):
        missing.append("拟作出的行政处罚")
    if not told.states_facts:
        missing.append("违法事实")
    if citations is None or not citations.violated:
        missing.append("理由（违反的规定）")
    # a basis naming its law without the article (依据《某法》的规定) is stated, if imprecisely: basis_precise's
    if (citations is None or not (citations.basis or citations.unnumbered_basis)) and not told.basis_worded:
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
        told = _notice(notice)
        if told.statement_sentence and told.statement:
            return passed(view.cite(notice, told.statement_sentence))
    notice = notices[0]
    return fail(view.cite(notice, _rights_place(notice)), page=notice.first_page)


@register("rights.hearing_in_notice")
def hearing_in_notice(view: CaseView, check: CheckSpec) -> Outcome:
    eligible = view.facts.hearing_eligible
    if eligible is None:
        return unknown("未能判断拟作出的处罚是否达到听证标准（当事人类型或罚款金额不明），请人工核查。")
    if not eligible:
        return not_applicable("拟作出的处罚未达到听证标准。")
    notices = _notices(view)
    if not notices:
        return not_applicable("案卷中没有行政处罚事先告知书。")
    for notice in notices:
        told = _notice(notice)
        if told.hearing_sentence and told.hearing_period is not None:
            return passed(view.cite(notice, told.hearing_sentence))
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
    """Where the file shows the party made a statement; a written waiver (放弃陈述申辩声明) is none."""
    for instrument in view.all("statement_record", "hearing_record"):
        statement = instrument.facts.statement
        if instrument.kind == "statement_record" and statement is not None and statement.waives_statement:
            continue
        return view.cite(instrument)
    for instrument in view.all("penalty_approval", "penalty_decision"):
        words = instrument.facts.statement_reported
        if words:
            return view.cite(instrument, words)
    return None


@register("rights.statement_reviewed")
def statement_reviewed(view: CaseView, check: CheckSpec) -> Outcome:
    made = _statement_made(view)
    if made is None:
        return not_applicable("案卷中未见当事人提出陈述、申辩。")
    reviews = view.all("penalty_approval", "legal_review", "collective_discussion", "statement_review")
    reviewed = [i for i in reviews if i.facts.review_word]
    review_word = (reviewed[0].facts.review_word or "") if reviewed else ""
    decision = view.first("penalty_decision")
    if decision is None:
        return unknown("案卷中没有处罚决定书，无法核对是否回应陈述申辩。", made)
    answered = decision.facts.decision.answers_statement if decision.facts.decision else None
    if reviewed and answered:
        return passed(made, view.cite(reviewed[0], review_word), view.cite(decision, answered))
    if answered and not reviewed and not view.all("penalty_approval"):
        return unknown(
            "决定书回应了陈述申辩，但案卷中没有行政处罚审批表（通常记录复核意见），无法核对复核记录，请人工核查。",
            made,
            view.cite(decision, answered),
        )
    where = reviews[0] if not reviewed and reviews else decision
    return fail(made, view.cite(where, where.facts.statement_line))


def _in_figures(penalty: PenaltyFacts) -> Decimal | None:
    """The decided fine as its figures state it: where figures and capitals disagree and the fine was read from
    the capitals (written first), the figures' amount replaces it."""
    fine = penalty.fine
    if fine is None:
        return None
    for mismatch in penalty.mismatches:
        if mismatch.role != "fine" or mismatch.figures_yuan is None or mismatch.words_yuan is None:
            continue
        if any(item.form == "words" and item.raw == mismatch.words for item in penalty.items):
            fine += mismatch.figures_yuan - mismatch.words_yuan
    return fine


@register("rights.no_heavier_after_defence")
def no_heavier_after_defence(view: CaseView, check: CheckSpec) -> Outcome:
    decision, notices = view.decision, _notices(view)
    if decision is None or not notices:
        return not_applicable("告知书或决定书不在案卷中。")
    notice = notices[-1]
    proposed, decided = penalty_of(notice), penalty_of(decision)
    if not proposed.stated or not decided.stated:
        return not_applicable("告知书或决定书未载明处罚内容。")
    before, after, as_read = proposed.fine, _in_figures(decided), decided.fine
    added = set(decided.kinds) - set(proposed.kinds) - {"warning"}
    if not added and after is not None and before is not None and as_read is not None and after <= before < as_read:
        return unknown(
            "决定书罚款金额的大小写不一致，按小写金额并不重于告知书，按大写金额则重于告知书，请人工核查。",
            view.cite(decision, decided.fine_raw or penalty_line(decision)),
            view.cite(notice, proposed.fine_raw or penalty_line(notice)),
        )
    if (after is not None and before is not None and after > before) or added:
        one = view.cite(decision, decided.fine_raw or penalty_line(decision))
        two = view.cite(notice, proposed.fine_raw or penalty_line(notice))
        extra = "、".join(KIND_NAMES.get(kind, kind) for kind in sorted(added))
        decided_text = "、".join(filter(None, [f"罚款{yuan(after)}" if after is not None else "", extra]))
        return fail(one, two, decided=decided_text, proposed=f"罚款{yuan(before)}" if before is not None else "未载明")
    if before is None and after is not None:
        return unknown("告知书未载明拟罚款金额，无法比较轻重，请人工核查。", view.cite(notice, penalty_line(notice)))
    return passed(view.cite(decision, penalty_line(decision)), view.cite(notice, penalty_line(notice)))


# --- the decision's terms --------------------------------------------------------------------------------


def _review_ok(route: Route | None, days: int) -> bool:
    period = route.period if route else None
    return period is not None and period.unit == "day" and period.amount >= days


def _litigation_ok(route: Route | None, months: int) -> bool:
    """Direct litigation within `months` (the period of the law in force on the decision's date: a 三个月 the
    reader flags `outdated` was the law's before 2015-05-01), or only after 复议 within 15 days."""
    period = route.period if route else None
    if period is None or route is None:
        return False
    if period.unit == "month":
        return period.amount == months
    return route.after_review and period.unit == "day" and period.amount == 15


@register("rights.remedies_in_decision")
def remedies_in_decision(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.first("penalty_decision")
    if decision is None:
        return not_applicable("案卷中没有行政处罚决定书。")
    days = int(check.parameters.get("review_days", 60))
    months = direct_litigation_months(decision.date, int(check.parameters.get("litigation_months", 6)))
    terms = decision.facts.decision
    review, litigation = (terms.review, terms.litigation) if terms else (None, None)
    review_ok, litigation_ok = _review_ok(review, days), _litigation_ok(litigation, months)
    if review is not None and review_ok and litigation_ok:
        return passed(view.cite(decision, review.line))
    wrong = [route for route, ok in ((review, review_ok), (litigation, litigation_ok)) if route is not None and not ok]
    quote = wrong[0].line if wrong else penalty_line(decision)
    return fail(view.cite(decision, quote), litigation_months=months)


def payment_period_problem(period: Period | None, law_days: int) -> str | None:
    """What is wrong with a stated payment period against Art. 67's `law_days`: months, working days or another
    number of days; None when it is right or not stated (an absent period is the caller's matter)."""
    if period is None:
        return None
    law = "行政处罚法第六十七条规定为" + ("十五日" if law_days == 15 else f"{law_days}日")
    if period.unit == "month":
        return f"缴纳期限写为{period.amount}个月（{law}）"
    if period.unit == "working_day":
        return f"缴纳期限写为{period.amount}个工作日（{law}，不是工作日）"
    if period.amount != law_days:
        return f"缴纳期限写为{period.amount}日（{law}）"
    return None


@register("rights.payment_terms_in_decision")
def payment_terms_in_decision(view: CaseView, check: CheckSpec) -> Outcome:
    decision = view.decision
    if decision is None:
        return not_applicable("案卷中没有处罚决定书。")
    penalty = penalty_of(decision)
    if penalty.fine is None:
        if not penalty.stated and view.facts.fine_yuan is None and penalty.mentions_fine:
            return unknown("未能读出决定书的处罚内容，请人工核查。", view.cite(decision))
        return not_applicable("决定未处以罚款。")
    terms = decision.facts.decision
    payment = terms.payment if terms else None
    if terms is not None and terms.collected_on_spot and payment is None:
        return passed(view.cite(decision, terms.collected_on_spot))
    if payment is not None and payment.period is not None:
        wrong = payment_period_problem(payment.period, int(check.parameters.get("payment_days", 15)))
        if wrong is not None:
            return fail(view.cite(decision, payment.line), problem=wrong)
    if (
        payment is not None
        and payment.period is not None
        and (payment.place or payment.names_how)
        and terms is not None
        and terms.consequence
    ):
        return passed(view.cite(decision, payment.line))
    quote = payment.line if payment is not None else penalty_line(decision)
    return fail(view.cite(decision, quote))
