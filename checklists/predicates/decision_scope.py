"""Checks of a decision reviewed alone (scope `decision`, 文书评查) that differ from their case-file form.

In a case file these checks look at other instruments (the 告知书 and its 送达回证, the notice's 文号); a
published decision has only its own text. Here they read `InstrumentFacts.alone`: the decision's own date, 文号,
party block and its account of the notice. What the text does not settle is `unknown`, never a pass.
"""

from __future__ import annotations

import datetime as dt

from checklists.engine import CaseView, Outcome, fail, not_applicable, passed, unknown
from checklists.law_periods import direct_litigation_months
from checklists.predicates.contents_rights import payment_period_problem
from checklists.predicates.decision_citing import no_basis_stated, no_violation_stated
from checklists.registry import register
from checklists.schema import CheckSpec
from reviewer.core import calendar
from reviewer.core.calendar import format_date
from reviewer.core.facts import DecisionAlone, DraftingSlip
from reviewer.core.kinds import CORRECTION_KIND
from reviewer.core.model import Instrument
from reviewer.core.text import FULL_WIDTH

SCOPE = "decision"
_NO_DECISION = "未找到决定书。"


def alone(view: CaseView) -> tuple[Instrument, DecisionAlone] | None:
    """The decision under review and what its own text says about itself."""
    decision = view.decision
    if decision is None or decision.facts.alone is None:
        return None
    return decision, decision.facts.alone


def corrects(decision: Instrument) -> bool:
    """Whether the decision under review only corrects an earlier decision's wording (更正决定书): it imposes nothing,
    so what the law asks of a penalty decision's own content does not apply to it."""
    return decision.kind == CORRECTION_KIND


#: Why each check about a penalty's own content does not apply to a correction decision.
CORRECTION_REASONS = {
    "contents": "更正决定只更正原行政处罚决定书的文字错误，本身不作出处罚，不适用行政处罚法第五十九条对处罚决定书内容的要求。",
    "basis": "更正决定本身不作出处罚，没有本决定的违反条款和处罚依据；引述的更正文字属于原决定书。",
    "payment": "更正决定本身不处以罚没款，缴纳方式和期限仍以原决定书为准。",
    "statement": "更正决定本身不作出处罚，无需事先告知陈述申辩，陈述申辩期以原决定的程序为准。",
}


def decided_on(facts: DecisionAlone) -> dt.date | None:
    return facts.date.value if facts.dated == "dated" and facts.date is not None else None


def not_before(decision: Instrument) -> dt.date | None:
    """The latest day the decision's own text says something happened before it — the 告知书 made or served,
    the conduct begun: an undated decision was made no earlier."""
    terms = decision.facts.decision
    if terms is None:
        return None
    days = [fact.value for fact in (terms.notice_served, terms.notice_made) if fact is not None and fact.value]
    days += [act.first for act in terms.acts]
    return max(days, default=None)


@register("timeline.dates_filled", scope=SCOPE)
def decision_dated(view: CaseView, check: CheckSpec) -> Outcome:
    found = alone(view)
    if found is None:
        return unknown(_NO_DECISION)
    decision, facts = found
    if facts.dated == "dated" and facts.date is not None:
        return passed(view.cite(decision, facts.date.raw))
    if facts.dated == "blank" and facts.date is not None:
        return fail(view.cite(decision, facts.date_line or facts.date.raw))
    return fail(view.cite(decision, decision.facts.last_line or None), confidence=0.85)


@register("decision.doc_number", scope=SCOPE)
def decision_number(view: CaseView, check: CheckSpec) -> Outcome:
    found = alone(view)
    if found is None:
        return unknown(_NO_DECISION)
    decision, facts = found
    number = facts.number
    if number is None:
        if facts.number_malformed is not None:
            return fail(view.cite(decision, facts.number_malformed), doc_number=f"{facts.number_malformed}（无年份）")
        if facts.number_of_notice is not None:
            notice = facts.number_of_notice
            return fail(view.cite(decision, notice), doc_number=f"{notice}（为行政处罚告知书的文号，非本决定书文号）")
        return fail(view.cite(decision, decision.title or None), confidence=0.85, doc_number="未载明文号")
    evidence = view.cite(decision, number.raw)
    if not number.serial:
        return fail(evidence, doc_number=f"{number.raw}（无序号）")
    day = decided_on(facts)
    if day is None and facts.dated in ("blank", "missing"):
        # The date is left blank or not printed at all (timeline.dates_filled fails that): the number's year can be
        # held only against what the decision says happened before it (ruling 49).
        earliest = not_before(decision)
        if earliest is None or number.year is None or number.year >= earliest.year:
            return passed(evidence)
        if number.outside_heading:
            return unknown("文号不在标题处，其年份早于决定书所述日期，请人工核查是否为本决定书的文号。", evidence)
        return fail(evidence, doc_number=f"{number.raw}的年份{number.year}早于决定书所述{format_date(earliest)}")
    if day is None:
        return unknown("未能读出决定日期，无法核对文号年份。", evidence)
    if number.year != day.year and number.outside_heading:
        return unknown("文号不在标题处，其年份与决定日期不一致，请人工核查是否为本决定书的文号。", evidence)
    if number.year != day.year:
        dated = view.cite(decision, facts.date.raw) if facts.date else evidence
        return fail(evidence, dated, doc_number=f"{number.raw}的年份{number.year}与决定日期{format_date(day)}不一致")
    return passed(evidence)


_CODE_NAMES = {"given": "", "blank": "（栏目空白）", "absent": ""}


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(char in rest for char in short)


def _punished_other(punished: str | None, names: list[str]) -> str | None:
    """The organisation the disposition punishes when it is none of the parties the block names: neither name runs
    inside the other in order (an abbreviation, 某某酒店 for 某市某某酒店有限公司, keeps the full name's order), so
    the decision does not say consistently whom it punishes."""
    if punished is None or not names:
        return None
    fold = "".join(punished.split()).translate(FULL_WIDTH)
    for name in names:
        other = "".join(name.split()).translate(FULL_WIDTH)
        if _subsequence(fold, other) or _subsequence(other, fold):
            return None
    return punished


@register("party.identified", scope=SCOPE)
def party_identified_alone(view: CaseView, check: CheckSpec) -> Outcome:
    found = alone(view)
    if found is None:
        return unknown(_NO_DECISION)
    decision, facts = found
    party = facts.party
    if party is None:
        return unknown("未能识别决定书中的当事人，请人工核查。", view.cite(decision))
    missing = []
    evidence = [view.cite(decision, party.line)]
    first = decision.facts.party
    if party.name == "blank":
        missing.append("当事人名称（栏目空白）")
    elif first is None:
        # the party block is there but no name could be read (a name masked whole is read, as no name: given)
        return unknown("未能读出决定书中当事人的名称，请人工核查。", *evidence)
    else:
        other = _punished_other(party.punished, [p.name for p in decision.facts.parties if p.name])
        if other is not None:
            missing.append(f"与处罚决定一致的当事人名称（当事人栏为“{first.name}”，处罚决定所对为“{other}”）")
            evidence.append(view.cite(decision, other))
    if party.code != "given":
        missing.append("统一社会信用代码或身份证件号码" + _CODE_NAMES[party.code])
    if party.address != "given":
        missing.append("住所（地址）" + _CODE_NAMES[party.address])
    if missing:
        return fail(*evidence, missing="、".join(missing))
    return passed(*evidence)


@register("deadline.statement_period", scope=SCOPE)
def statement_period_alone(view: CaseView, check: CheckSpec) -> Outcome:
    """The decision says when the 告知书 was served: it may not be dated before the statement period ran out."""
    found = alone(view)
    if found is None:
        return unknown(_NO_DECISION)
    decision, facts = found
    if corrects(decision):
        return not_applicable(CORRECTION_REASONS["statement"])
    told = facts.statement
    if told is None or told.served.value is None:
        return not_applicable("决定书未写明告知书送达日期。")
    day = decided_on(facts)
    if day is None:
        return not_applicable("决定书无落款日期（由日期填写检查评查）。")
    served = view.cite(decision, told.served.raw)
    dated = view.cite(decision, facts.date.raw if facts.date else None)
    if told.waived or told.made:
        return passed(served, dated)
    default = view.standard.thresholds.statement_period
    period = told.period
    amount = period.amount if period is not None else default.days
    if period is None:
        unit: calendar.Unit = "working_day" if default.unit == "working_days" else "day"
    else:
        # Art. 85: the law's 三日/五日/七日 are working days.
        unit = "working_day" if period.unit == "working_day" or period.amount in (3, 5, 7) else "day"
    result = calendar.deadline(told.served.value, amount, unit)
    if result.due is None:
        return unknown(result.explanation, served, dated)
    if day <= result.due:
        return fail(
            served,
            dated,
            served=format_date(told.served.value),
            days=amount,
            last_day=format_date(result.due),
            decision_date=format_date(day),
        )
    return passed(served, dated)


_SLIP_NAMES = {
    "guidance": "保留了格式文书的栏目提示语",
    "placeholder": "保留了待填写的占位文字",
    "blank": "留有未填写的空白",
    "alternative": "保留了未作选择的备选文字",
    "proposal": "结论或处理决定使用了建议、拟处等措辞",
    "investigation": "以“涉嫌违反”作为认定结论",
    "disagreement": "标题与处理结果不一致",
    "mismatch": "救济告知所指的违法行为与本案不符",
    "total": "合计金额与各项金额之和不符",
}


@register("decision.drafting")
def drafting(view: CaseView, check: CheckSpec) -> Outcome:
    """No unfilled template text, no proposal or investigation wording as the conclusion, title and disposition agree."""
    found = alone(view)
    if found is None:
        return not_applicable("案卷中没有决定书。")
    decision, facts = found
    slips = list(facts.slips)
    if facts.dated == "blank" and facts.date is not None:
        slips.insert(0, DraftingSlip(kind="blank", quote=facts.date_line or facts.date.raw))
    if facts.party is not None and facts.party.name == "blank":
        slips.insert(0, DraftingSlip(kind="blank", quote=facts.party.line))
    if not slips:
        return passed(view.cite(decision))
    kinds = list(dict.fromkeys(_SLIP_NAMES[slip.kind] for slip in slips))
    evidence = [view.cite(decision, slip.quote) for slip in slips[:4]]
    quotes = "；".join(f"“{slip.quote}”" for slip in slips[:3])
    return fail(*evidence, count=len(slips), problem=f"{'、'.join(kinds)}（{quotes}）")


#: From this day an on-the-spot decision (当场作出的行政处罚决定) must go to 复议 before 诉讼 (复议法 2023 第二十三条
#: 第一款第（一）项; checklists/law_versions.yaml, reconsideration_first).
_ON_SPOT_REVIEW_FIRST = dt.date(2024, 1, 1)


def _review_first(decision: Instrument, facts: DecisionAlone) -> bool | None:
    """Whether the law makes 复议 a precondition of 诉讼 for this decision (None: an on-the-spot decision whose date
    could not be read)."""
    if "当场" not in (decision.title or ""):
        return False
    day = decided_on(facts)
    if day is None:
        # an undated decision was made no earlier than what its text tells before it (the conduct seen in 2025)
        floor = not_before(decision)
        return True if floor is not None and floor >= _ON_SPOT_REVIEW_FIRST else None
    return day >= _ON_SPOT_REVIEW_FIRST


#: A period in days a few days over the months counted as 30 days each (180 to 184 days for six months) is left to a
#: person; any other number of days is not the law's period.
_DAYS_OVER_MONTHS = 4


def _litigation_months(facts: DecisionAlone, check: CheckSpec) -> int:
    """The direct-litigation period of the law in force on the decision's date (the checklist's when undated)."""
    return direct_litigation_months(decided_on(facts), int(check.parameters.get("litigation_months", 6)))


@register("rights.remedies_in_decision", scope=SCOPE)
def remedies_alone(view: CaseView, check: CheckSpec) -> Outcome:
    """复议 within 60 days at a named body, and direct litigation within the period of the law in force on the
    decision's date (6 months; 3 before 2015-05-01: `law_periods`), with no blanks."""
    found = alone(view)
    if found is None:
        return unknown(_NO_DECISION)
    decision, facts = found
    told = facts.remedies
    if told is None:
        return fail(view.cite(decision), confidence=0.85, problem="未告知申请行政复议和提起行政诉讼的途径")
    evidence = view.cite(decision, told.sentence[:30])
    problems = []
    unsure = []
    if not told.review:
        problems.append("未告知申请行政复议的途径")
    else:
        if told.review_blank:
            problems.append("复议机关或期限留空")
        elif told.review_body_unread:
            unsure.append("复议告知语句提到了具体机关，但未能读出复议机关")
        elif not told.review_body_named:
            problems.append("未写明具体的复议机关")
        if told.review_days == 0:
            problems.append("复议期限不是六十日")
    review_first = _review_first(decision, facts)
    if told.only_after_review and not told.prereview_named and review_first is None:
        unsure.append("当场处罚决定是否适用复议前置（未能读出决定日期）")
    elif told.only_after_review and not told.prereview_named and not review_first:
        problems.append("只告知对复议决定不服再起诉，未告知直接提起行政诉讼")
    elif told.missing_litigation or (not told.direct_litigation and not told.only_after_review):
        problems.append("未告知提起行政诉讼的途径")
    months = _litigation_months(facts, check)
    if told.direct_litigation:
        if told.litigation_blank:
            problems.append("起诉期限留空")
        elif told.litigation_months not in (None, months):
            problems.append(f"起诉期限写为{told.litigation_months}个月")
        elif (
            told.litigation_months is None
            and told.litigation_days is not None
            and not months * 30 <= told.litigation_days <= months * 30 + _DAYS_OVER_MONTHS
        ):
            # a period in days on the direct route is not the law's six months (180 days or so: left to a person)
            problems.append(f"起诉期限写为{told.litigation_days}日")
    if problems:
        # the message names the period of the law in force on the decision's date
        return fail(evidence, problem="；".join(problems), litigation_months=months)
    if unsure:
        return unknown(f"未能确定：{'；'.join(unsure)}，请人工核查。", evidence)
    if told.review_days is None or (told.direct_litigation and told.litigation_months is None):
        return unknown("未能读出复议或诉讼的期限，请人工核查。", evidence)
    return passed(evidence)


#: 行政处罚法 2021 第六十八条第（一）项 lets officers collect a fine of 100 yuan or less on the spot; the 2017 text
#: (第四十七条第（一）项) allowed 20 yuan or less. The 2021 text applies from 2021-07-15.
_ON_SPOT_COLLECTION_SINCE = dt.date(2021, 7, 15)


def _on_spot_collection_limit(day: dt.date | None) -> int:
    """The largest fine the law in force on `day` lets officers collect on the spot (the older, lower limit when
    the day is unknown)."""
    return 100 if day is not None and day >= _ON_SPOT_COLLECTION_SINCE else 20


@register("rights.payment_terms_in_decision", scope=SCOPE)
def payment_alone(view: CaseView, check: CheckSpec) -> Outcome:
    """Money to pay: a 15-day period and a way to pay (a named bank, account, platform, 缴款书 …)."""
    found = alone(view)
    if found is None:
        return unknown(_NO_DECISION)
    decision, facts = found
    if corrects(decision):
        return not_applicable(CORRECTION_REASONS["payment"])
    told = facts.payment
    penalty = decision.facts.penalty
    owed = penalty is not None and (penalty.fine is not None or penalty.confiscation is not None)
    if told is None:
        if owed:
            return fail(view.cite(decision, penalty.line if penalty else None), problem="未载明缴纳期限和方式")
        if penalty is not None and penalty.stated:
            return not_applicable("决定未处以罚款或没收违法所得。")
        return unknown("未能读出决定书的处罚和缴款内容，请人工核查。", view.cite(decision))
    if not owed and penalty is not None and penalty.nothing_imposed is not None:
        # the disposition imposes nothing (orders only, or no kind named): a payment clause printed all the same
        # has nothing to collect (rule 14); decision.contents fails the missing penalty
        return not_applicable("决定未处以罚款或没收违法所得。")
    evidence = view.cite(decision, told.sentence[:30])
    if told.blank:
        # A form with its headings left (（行政处罚的内容和依据）) may state no penalty of its own: amounts read
        # there can be the quoted law's ranges, so only a filled-in decision fails on the blank.
        if owed and not any(slip.kind == "guidance" for slip in facts.slips):
            return fail(evidence, problem="缴款银行、地址或账号留空")
        return unknown("缴款银行或账号留空（由文书制作检查评查），请人工核查缴纳方式。", evidence)
    days = int(check.parameters.get("payment_days", 15))
    if told.on_spot and told.days is None:
        # 当场收缴 needs no period or bank, but only within Art. 68's cases (≤ 100 yuan, or hard to collect later):
        # a fine within the first case's limit with nothing confiscated passes.
        limit = _on_spot_collection_limit(decided_on(facts) or not_before(decision))
        if penalty is not None and penalty.fine is not None and penalty.fine <= limit and penalty.confiscation is None:
            return passed(evidence)
        return unknown("罚款当场收缴，请核对是否符合当场收缴的条件。", evidence)
    problems = []
    unsure = []
    wrong = payment_period_problem(told.period, days)
    if wrong is not None:
        problems.append(wrong)
    elif told.days is None and told.period_vague:
        unsure.append("缴纳期限写为半个月，请核对是否给足十五日")
    elif told.days is None and told.period_by_date:
        unsure.append("缴纳期限写为具体日期，请核对是否给足十五日")
    elif told.days is None:
        problems.append("未载明缴纳期限")
    if not told.how_named and told.how_unread:
        unsure.append("缴款途径的写法未能识别，请核对是否写明银行、平台、账户或缴款书")
    elif not told.how_named:
        problems.append("未写明缴纳的银行、账户、平台或缴款书")
    if problems:
        return fail(evidence, problem="；".join(problems))
    if unsure:
        return unknown(f"未能确定：{'；'.join(unsure)}。", evidence)
    return passed(evidence)


def _payment_missing(decision: Instrument, facts: DecisionAlone) -> str | None:
    penalty = decision.facts.penalty
    owed = penalty is not None and (penalty.fine is not None or penalty.confiscation is not None)
    told = facts.payment
    if told is None:
        return "罚没款的履行方式和期限" if owed else None
    if told.blank or told.on_spot:
        return None
    period = told.days is not None or told.months is not None or told.period_by_date or told.period_vague
    return "罚没款的履行方式和期限" if not period or not told.manner else None


#: The roles of a penalty section's amounts that are certainly not its fine.
_CONFISCATED = ("confiscated_gains", "confiscated_goods")


def _missing_elements(decision: Instrument, facts: DecisionAlone) -> tuple[list[str], list[str]]:
    """The Art. 59 elements the decision lacks, and those the machine could not settle."""
    missing: list[str] = []
    unsure: list[str] = []
    party = facts.party
    if party is None:
        unsure.append("当事人")
    elif party.code != "given" and party.address != "given":
        missing.append("当事人的住所或证件号码")
    if party is not None and party.name == "blank":
        missing.append("当事人的姓名或名称")
    elif party is not None and decision.facts.party is None:
        unsure.append("当事人的名称")  # unreadable, not missing; a name masked whole counts as given
    terms = decision.facts.decision
    if terms is None or not terms.states_facts:
        unsure.append("违法事实")
    if terms is None or not terms.states_evidence:
        missing.append("证据")
    citations = decision.facts.citations
    if no_violation_stated(decision, facts):
        missing.append("违反的法律条款")
    elif citations is None or not citations.violated:
        unsure.append("违反的法律条款")
    penalty = decision.facts.penalty
    if penalty is not None and penalty.nothing_imposed is not None and "不予" not in (decision.title or ""):
        # a penalty decision that decides only orders (责令改正, 责令退还) or 予以行政处罚 with no kind: no penalty stated
        missing.append("处罚内容")
    elif penalty is None or not penalty.stated:
        unsure.append("处罚内容")
    elif "fine" in penalty.kinds and penalty.fine is None and not penalty.fine_unfilled:
        # a fine imposed without its amount (处以罚款的行政处罚): missing when the decision names no sum of money
        # anywhere, or when every sum of its penalty section is what it confiscates (处以罚款，没收违法所得…元);
        # otherwise an amount the reader could not place may be the fine, so a person looks. An amount left blank
        # to fill (罚款＿＿元) still states the kind (Art. 59: 种类和依据): decision.drafting fails the blank.
        placed = bool(penalty.items) and all(item.role in _CONFISCATED for item in penalty.items)
        (unsure if penalty.any_amount and not placed else missing).append("罚款数额")
    if no_basis_stated(decision, facts):
        missing.append("处罚依据")
    elif (citations is None or not citations.basis) and (terms is None or not terms.basis_worded):
        unsure.append("处罚依据")
    payment = _payment_missing(decision, facts)
    if payment:
        missing.append(payment)
    remedies = facts.remedies
    if remedies is None:
        missing.append("申请行政复议、提起行政诉讼的途径和期限")
    else:
        if not remedies.review:
            missing.append("申请行政复议的途径和期限")
        if not (remedies.direct_litigation or remedies.only_after_review):
            missing.append("提起行政诉讼的途径和期限")
    if terms is not None and terms.signing_agency is None and terms.agency_unnamed:
        missing.append("作出决定的行政机关名称")
    elif terms is None or terms.signing_agency is None:
        unsure.append("作出决定的行政机关名称")
    if facts.dated != "dated":
        missing.append("作出决定的日期")
    return missing, unsure


@register("decision.contents", scope=SCOPE)
def contents_alone(view: CaseView, check: CheckSpec) -> Outcome:
    """The elements of 行政处罚法 Art. 59 (the seal aside: published copies are often unsealed)."""
    found = alone(view)
    if found is None:
        return unknown(_NO_DECISION)
    decision, facts = found
    if corrects(decision):
        return not_applicable(CORRECTION_REASONS["contents"])
    missing, unsure = _missing_elements(decision, facts)
    evidence = view.cite(decision, facts.date.raw if facts.date else None)
    if missing:
        return fail(evidence, missing="、".join(missing))
    if unsure:
        return unknown(f"未能读出决定书的以下内容，请人工核查：{'、'.join(unsure)}。", evidence)
    return passed(evidence)
