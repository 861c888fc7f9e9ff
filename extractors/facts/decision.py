"""What decisions and prior notices state besides the penalty: remedies, payment terms, contents, rights.

Routes, periods and payment terms come from `extractors.fields.rights`; the contents a decision must state
(facts and evidence, a basis, the agency) and the dates of the acts (for the limitation period) are read here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from extractors.facts.wording import answer_word, compact, line_at
from extractors.fields.dates import DateMatch, find_dates
from extractors.fields.marks import signing_block_start
from extractors.fields.procedure import read_procedure
from extractors.fields.rights import Payment, read_decision_rights, read_notice_rights
from extractors.fields.rights import Period as FoundPeriod
from extractors.fields.rights import Route as FoundRoute
from reviewer.core.facts import ActDate, DateFact, DecisionFacts, NoticeFacts, PaymentTerms, Period, Route

_AGENCY_LINE = re.compile(r"^[\u4e00-\u9fff（）()]{2,40}(?:局|委员会|政府|办公室|大队|支队|中队|管理处|执法局|中心)$")
_DECISION_FACTS = re.compile("经查|违法事实|查明|经调查|现场检查|发现")
_EVIDENCE = re.compile("证据|为证|证明")
_BASIS_WORD = re.compile("依据|根据|依照")
_CONSEQUENCE = re.compile("逾期不(?:缴纳|缴|履行)|加处罚款|强制执行")
_PAY_HOW = re.compile("银行|网点|专户|账户|财政|电子支付|网上缴纳|转账|缴款码")
#: Where the decision's statement of facts ends and the legal assessment begins.
_FACTS_END = re.compile("违反了|上述事实|以上事实|主要证据|证据如下")
_PARTIAL = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月)?(?![0-9]{1,2}日)(?![0-9]{1,2}月)")
_GOING_ON = re.compile("至今|至案发|持续|一直|仍在|尚未停止")
_NOTICE_FACTS = re.compile("经查|违法事实|查明|经调查|发现|你单位于|你于|当事人于")
_NOTICE_BASIS = re.compile(r"(?:依据|根据|依照)《[^》]+》第")
_SENTENCE = re.compile("[^。；;]+[。；;]?")
_MAY = re.compile("有权|享有|可以|要求|申请|提出|权利")
_RIGHTS_WORDS = re.compile("陈述|申辩|听证|有权")
#: A body or court named without a place (人民政府, 有权法院, 上一级市场监督管理局): no named body.
_PLACELESS = re.compile(
    r"^(?:上一级|上级|本级|同级|有权|有管辖权的?|所在地|当地|相关|原)?(?:的)?"
    r"(?:人民政府|人民法院|法院|市场监督管理局|市场监管局|市场监督管理部门|主管部门)$"
)
_PLACEHOLDER = re.compile(r"此处|填入|填写|_{2,}")
_SEAL_NAMING = re.compile(r"^[（(](?P<agency>[\u4e00-\u9fff]{4,40}?)(?:印章|公章|章)[）)]$")
_AGAINST_REVIEW = re.compile(r"对(?:行政)?复议(?:决定)?(?:仍有|仍然|仍)?不服")
_HEARING_AT = re.compile(r"(?:定于|决定于|将于|于)\s*$")


def date_fact(match: DateMatch | None) -> DateFact | None:
    if match is None:
        return None
    return DateFact(value=match.value, raw=match.raw, blank=match.blank, time=match.time)


def _period(found: FoundPeriod | None) -> Period | None:
    return None if found is None else Period(amount=found.amount, unit=found.unit, raw=found.raw)


def _after_review(text: str, found: FoundRoute) -> bool:
    """The 诉讼 route is offered against the 复议决定 (对行政复议决定不服的，可…提起行政诉讼): its sentence says so
    before the route, or the route's own words do."""
    start = max(text.rfind("。", 0, found.start), text.rfind("；", 0, found.start), text.rfind(";", 0, found.start))
    return "复议决定" in found.raw or bool(
        _AGAINST_REVIEW.search(compact(text[start + 1 : found.start + len(found.raw)]))
    )


def _route(text: str, found: FoundRoute | None, *, litigation: bool = False) -> Route | None:
    if found is None:
        return None
    bodies = [body for body in found.bodies if not _PLACELESS.match(body) and not _PLACEHOLDER.search(body)]
    return Route(
        period=_period(found.period),
        bodies=bodies,
        raw=found.raw,
        line=line_at(text, found.start),
        outdated=found.outdated,
        generic=found.generic or not bodies,
        after_review=_after_review(text, found) if litigation else "复议决定" in found.raw,
    )


def _payment(text: str, found: Payment | None) -> PaymentTerms | None:
    if found is None:
        return None
    return PaymentTerms(
        period=_period(found.period),
        place=found.place,
        raw=found.raw,
        line=line_at(text, found.start),
        names_how=bool(_PAY_HOW.search(found.raw)),
    )


def signing_agency(text: str) -> str | None:
    """The agency named in the signing block (or the header lines) of a decision."""
    lines = [line.strip() for line in text[signing_block_start(text) :].splitlines()]
    lines += [line.strip() for line in text.splitlines()[:2]]
    named = next((line for line in lines if _AGENCY_LINE.match(line)), None)
    if named is not None:
        return named
    for line in lines:  # a seal placeholder that names the agency: （临洮县市场监管局印章）
        marker = _SEAL_NAMING.match(re.sub(r"\s+", "", line))
        if marker and _AGENCY_LINE.match(marker.group("agency")):
            return marker.group("agency")
    return None


def facts_section(text: str) -> str | None:
    """The decision's statement of facts: its text up to the legal assessment (None when no marker shows)."""
    end = _FACTS_END.search(text)
    return text[: end.start()] if end else None


def act_dates(facts: str) -> list[ActDate]:
    """Every date in the facts: one day for a full date, the whole month or year for a partial one (2023年1月)."""
    spans = [ActDate(first=d.value, last=d.value, raw=d.raw) for d in find_dates(facts) if d.value is not None]
    for match in _PARTIAL.finditer(facts):
        year, month = int(match.group(1)), int(match.group(2)) if match.group(2) else None
        if month is not None and not 1 <= month <= 12:
            continue
        first = dt.date(year, month or 1, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1]) if month else dt.date(year, 12, 31)
        spans.append(ActDate(first=first, last=last, raw=match.group()))
    return spans


def decision_facts(text: str) -> DecisionFacts:
    rights = read_decision_rights(text)
    facts = facts_section(text)
    procedure = read_procedure(text)
    return DecisionFacts(
        notice_served=date_fact(procedure.notice_served),
        notice_mentioned=procedure.notice_mentioned,
        statement_mentioned=procedure.statement_mentioned,
        hearing_mentioned=procedure.hearing_mentioned,
        statement_made=procedure.statement_made,
        statement_waived=procedure.statement_waived,
        hearing_held=procedure.hearing_held,
        review=_route(text, rights.review),
        litigation=_route(text, rights.litigation, litigation=True),
        payment=_payment(text, rights.payment),
        consequence=bool(_CONSEQUENCE.search(compact(text))),
        signing_agency=signing_agency(text),
        states_facts=bool(_DECISION_FACTS.search(text)),
        states_evidence=bool(_EVIDENCE.search(text)),
        basis_worded=bool(_BASIS_WORD.search(text)) and "《" in text,
        facts_found=facts is not None,
        acts=act_dates(facts) if facts is not None else [],
        ongoing=bool(_GOING_ON.search(facts)) if facts is not None else False,
        answers_statement=answer_word(text),
    )


def _sentence_naming(text: str, subject: re.Pattern[str]) -> str | None:
    """The first sentence naming `subject` together with what the party may do."""
    for match in _SENTENCE.finditer(text):
        sentence = compact(match.group())
        if subject.search(sentence) and _MAY.search(sentence):
            return sentence
    return None


def notice_facts(text: str) -> NoticeFacts:
    rights = read_notice_rights(text)
    rights_line = next((line.strip() for line in text.splitlines() if _RIGHTS_WORDS.search(line)), None)
    return NoticeFacts(
        statement=rights.statement,
        hearing=rights.hearing,
        statement_period=_period(rights.statement_period),
        hearing_period=_period(rights.hearing_period),
        statement_sentence=_sentence_naming(text, re.compile("陈述|申辩")),
        hearing_sentence=_sentence_naming(text, re.compile("听证")),
        rights_line=rights_line,
        states_facts=bool(_NOTICE_FACTS.search(text)),
        basis_worded=bool(_NOTICE_BASIS.search(compact(text))),
    )


def hearing_set_for(text: str) -> DateFact | None:
    """The date a 听证通知书 sets the hearing for (定于2023年7月20日 …)."""
    for match in find_dates(text):
        if match.value and _HEARING_AT.search(text[max(0, match.start - 4) : match.start]):
            return date_fact(match)
    return None
