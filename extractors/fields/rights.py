"""Rights and terms stated in notices and decisions.

* Prior notices (事先告知书, 听证告知书): whether the rights to 陈述、申辩 and to 听证 are stated, the period
  given for each (三日内, 3日内, 五个工作日内 → 3/5 and whether working days), and the proposed fine.
* Decisions: the 行政复议 route (period, named authorities), the 行政诉讼 route (period, named court; the
  pre-2015 三个月 is flagged `outdated`, a bare 人民法院 `generic`), the payment terms (period, where to pay),
  and whether the party waived its statement (放弃陈述申辩).

Sentences are read in the folded text (see `folding`), so a line break inside a period or a name does not
hide it; spans index the caller's text. Periods are reported as written: "三日" is 3 natural days here even
where Art. 85 reads it as working days — the checks apply the law.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from extractors.fields.folding import Folded, cn_int, fold
from extractors.fields.money import read_penalty
from extractors.fields.payplace import payment_place
from extractors.fields.remedy_table import TableRoute, table_routes

__all__ = [
    "PAY_FIELD_NONE",
    "ROLE_GLOSS",
    "DecisionRights",
    "NoticeRights",
    "Payment",
    "Period",
    "Route",
    "read_decision_rights",
    "read_notice_rights",
    "statement_waived",
]

Unit = Literal["day", "working_day", "month"]


@dataclass(frozen=True)
class Period:
    """A stated period: 五个工作日内 → Period(5, "working_day"); `start`/`end` index the caller's text."""

    amount: int
    unit: Unit
    raw: str
    start: int
    end: int


@dataclass(frozen=True)
class Route:
    """A 复议 or 诉讼 route: its period and the named authorities or court."""

    period: Period | None
    bodies: list[str]
    raw: str
    start: int
    end: int
    #: 诉讼 only: a 3-month period (the pre-2015 rule) is outdated.
    outdated: bool = False
    #: No named body, or only the generic 人民法院.
    generic: bool = False


@dataclass(frozen=True)
class Payment:
    period: Period | None
    place: str | None
    raw: str
    start: int
    end: int


@dataclass(frozen=True)
class NoticeRights:
    statement: bool
    hearing: bool
    statement_period: Period | None = None
    hearing_period: Period | None = None
    proposed_fine: Decimal | None = None
    waived: bool = False


@dataclass(frozen=True)
class DecisionRights:
    review: Route | None = None
    litigation: Route | None = None
    payment: Payment | None = None
    waived: bool = False


_NUM = "[0-9〇零O一二两三四五六七八九十百]+"
#: Not after 年/月 or another numeral, so the day of a date (6月5日) is no period.
_PERIOD = re.compile(
    rf"(?<![年月0-9〇零一二两三四五六七八九十百])(?:(?P<n>{_NUM})(?P<unit>个工作日|个?工作日|日|天|个月|月)|(?P<half>半年))"
    # a month followed by its day (至5月20日) or 份 is a date, not a period
    rf"(?!(?<=月)(?:[0-9〇零一二两三四五六七八九十]{{1,3}}[日号]|份))内?"
)
_SENTENCE = re.compile("[^。；;]+")
#: A penalty whose length follows it (责令停业整顿十日, 暂扣许可证三个月, 限制从业期限为一年): no time to pay.
_PENALTY_LENGTH = re.compile(
    r"(?:停产停业|停业整顿|停业|停产|暂停营业|暂扣[^，,。；;]{0,8}|限制[^，,。；;]{0,8}|拘留)(?:期限|期间)?(?:为)?:?$"
)
#: A clause: up to a comma, but a bracketed aside (an address with commas in it) stays inside its clause.
_CLAUSE = re.compile(r"(?:\([^()。；;]{0,80}\)|[^。；;，,])+")
#: A bracketed aside after a named body: its address or telephone (（地址：…，联系电话：…）).
_CONTACT_ASIDE = re.compile(r"\([^()]*(?:地址|电话|:)[^()]*\)")
_STATEMENT = re.compile("陈述|申辩")
_HEARING = re.compile("听证")
_WAIVED = re.compile(r"放弃(?:了)?(?:陈述|申辩|陈述和申辩|陈述、申辩|陈述申辩|陈述、申辩、听证)(?:的)?(?:权利|权)?")
_REVIEW_WORD = re.compile("复议")
_REVIEW_BODY = re.compile(
    r"向(?P<body>(?:\([^()。；;]{0,80}\)|[^，。；]){2,60}?)(?:依法)?(?:申请(?:行政)?复议|提出(?:书面)?(?:行政)?复议申请)"
)
#: 向…法院提起行政诉讼, or the shorter 向…法院起诉 (直接向…人民法院起诉); an adverb after the court (向某法院直接起诉,
#: 向某法院依法提起诉讼) is no part of its name.
_COURT = re.compile(
    r"向(?P<body>(?:\([^()。；;]{0,80}\)|(?!向|申请)[^，。；,;:]){0,40}?)(?:依法|直接)*(?:提起(?:行政)?诉讼|(?:提出)?(?:行政)?起诉)"
)
#: A body named by a label rather than by 向…: （复议机关：某县人民政府）, 管辖法院为某区人民法院.
_LABELLED_REVIEW = re.compile(r"(?:行政)?复议机关(?:为|是|:)(?P<body>[^,，。；;:()]{2,40}?)(?=[,，。；;)]|$)")
_LABELLED_COURT = re.compile(
    r"(?:管辖(?:的人民)?法院|受理法院|管辖机关)(?:为|是|:)(?P<body>[^,，。；;:()]{2,40}?)(?=[,，。；;)]|$)"
)
#: A body named only as "the following" (向下列机关申请行政复议), listed in brackets right after the route.
_LISTED = re.compile(r"^(?:下列|以下|如下)(?:行政)?(?:复议)?(?:机关|机构|单位|法院)(?:之一)?$")
_LISTED_AFTER = re.compile(r"\((?P<body>[^()。；;]{2,80})\)")
#: How far after a route's clause a labelled body may stand.
_LABEL_REACH = 120
#: A clause about litigation: 提起行政诉讼, or 起诉 as a verb.
_LITIGATION_WORD = re.compile("诉讼|起诉")
#: The offer itself (提起行政诉讼, 向法院起诉), not a clause that only names litigation (诉讼期间不停止执行).
_LITIGATION_OFFER = re.compile(r"(?<![不未])提起(?:行政)?诉讼|(?<![不未提])起诉")
#: Litigation offered against the 复议决定 (对行政复议决定不服的，可…起诉), not against the decision itself.
_AGAINST_REVIEW = re.compile(r"复议决定|对(?:行政)?复议(?:仍有|仍然|仍)?不服")
_PAY_VERB = re.compile("缴纳|缴至|缴到|缴清|缴交|缴付|缴入|缴款|交纳|交至|上缴")
#: The heading or label of the payment terms (履行方式和期限, 期限：): a period under it is the time to pay
#: even when the clause names no verb of paying (期限：自收到本决定书之日起十五日内).
_PAY_HEADING = re.compile(r"履行(?:的)?(?:方式|期限)|缴(?:款|纳)期限")
#: A line that labels the place to pay (缴款银行：, 缴款地点：).
_PLACE_LABEL = re.compile(r"\s*(?:缴款|缴纳|缴费|收款|代收)(?:地点|银行|网点|账户|帐户)[:：]")
#: A payment sentence is about the penalty's money, not another payment the facts tell of (缴纳床位费).
_PAY_WHAT = re.compile("罚|款|决定")
#: The payment field of a case system's form filled with 无 (履行方式和期限：无, 【履行方式和期限】（无）) and the next
#: field after it: the decision states no terms, and a period further on is the next field's (救济途径：…六十日内).
PAY_FIELD_NONE = re.compile(
    r"(?:[【〖〔［\[]履行(?:的)?方式(?:和|及|与)?期限[】〗〕］\]]|履行(?:的)?方式(?:和|及|与)?期限[:：])"
    r"(?:无|[(（][无空][)）]|[/／])(?=[【〖〔［\[]|[\u4e00-\u9fff]{2,10}[:：]|$)"
)


def _period(folded: Folded, text: str, start: int, end: int) -> Period | None:
    """The last period written in folded [start, end)."""
    matches = [m for m in _PERIOD.finditer(folded.text, start, end) if _amount(m) is not None]
    if not matches:
        return None
    match = matches[-1]
    unit_text = match.group("unit") or "个月"
    unit: Unit = "working_day" if "工作日" in unit_text else "month" if "月" in unit_text else "day"
    src_start, src_end = folded.span(match.start(), match.end())
    return Period(_amount(match) or 0, unit, text[src_start:src_end], src_start, src_end)


def _amount(match: re.Match[str]) -> int | None:
    """The period's number: 半年 is six months (行政诉讼法 第四十六条's 六个月 as some decisions word it)."""
    return 6 if match.group("half") else cn_int(match.group("n"))


def _first_period(folded: Folded, text: str, start: int, end: int) -> Period | None:
    """The first period of folded [start, end): the time to pay comes before any other the sentence names, a
    penalty's own length aside (责令停业整顿十日 in the disposition before the terms)."""
    for match in _PERIOD.finditer(folded.text, start, end):
        if _PENALTY_LENGTH.search(folded.text, max(start, match.start() - 12), match.start()):
            continue
        if _amount(match) is not None:
            return _period(folded, text, match.start(), match.end())
    return None


def _sentences(folded: Folded, pattern: re.Pattern[str] = _SENTENCE) -> list[re.Match[str]]:
    return list(pattern.finditer(folded.text))


def statement_waived(text: str) -> bool:
    """True when the text says the party gave up its statement (放弃陈述申辩 / 放弃陈述、申辩权利)."""
    return bool(_WAIVED.search(fold(text).text))


def read_notice_rights(text: str) -> NoticeRights:
    """Rights, periods and proposed fine stated in a prior notice (事先告知书 / 听证告知书)."""
    folded = fold(text)
    statement_period = hearing_period = None
    for sentence in _sentences(folded):
        period = _period(folded, text, sentence.start(), sentence.end())
        if period is None or period.unit == "month":
            continue
        if _STATEMENT.search(sentence.group()) and statement_period is None:
            statement_period = period
        if _HEARING.search(sentence.group()) and hearing_period is None:
            hearing_period = period
    fine = read_penalty(text).values.get("fine")
    return NoticeRights(
        statement=bool(_STATEMENT.search(folded.text)),
        hearing=bool(_HEARING.search(folded.text)),
        statement_period=statement_period,
        hearing_period=hearing_period,
        proposed_fine=fine,
        waived=statement_waived(text),
    )


def _against_review(folded: Folded, clause: re.Match[str]) -> bool:
    """The clause offers 诉讼 against the 复议决定: it says so, or its sentence does before it."""
    sentence_start = max(folded.text.rfind(mark, 0, clause.start()) for mark in "。;；") + 1
    return bool(_AGAINST_REVIEW.search(folded.text, sentence_start, clause.end()))


#: Words after the last of several bodies that say any one of them will do (某区人民政府、某市某局中的任一机关).
_ANY_OF = re.compile(r"(?:中|之中)?的?(?:任一|任何一个|任意一个|其中一个)(?:机关|机构|单位|部门)?$|之一$")
#: A clause that offers another body besides the one before it (也可以向…, 或者向…).
_ALTERNATIVE = re.compile(r"(?:也|亦)(?:可以|可)|或者|或")


#: A bracket after a court's full name that says what the court is (某铁路运输法院（某市行政案件集中管辖法院）): a gloss,
#: not part of the name. A bracket inside a name (某区（某县）人民法院) stays.
_COURT_GLOSS = re.compile(r"(?<=法院)[(（][^()（）]*[)）]")


#: A body named by its role and then by its name (本级人民政府即某县人民政府): the role is a gloss, the name the body.
#: The role ends in what a body is called, so a place's name with 即 in it (某市即墨区) is no gloss.
ROLE_GLOSS = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:人民政府|主管部门|行政机关|机关|部门)即(?=[\u4e00-\u9fff]{2})")


def _names(body: str) -> list[str]:
    """The bodies of a route as printed, one per alternative (或者, 或, 、)."""
    names = re.split("或者|或|、", _ANY_OF.sub("", _COURT_GLOSS.sub("", _CONTACT_ASIDE.sub("", body))))
    names = [ROLE_GLOSS.sub("", name.removeprefix("依法")) for name in names]
    return [name for name in names if name]


def _alternatives(folded: Folded, chosen: re.Match[str]) -> list[re.Match[str]]:
    """The clauses right after `chosen` in its sentence that offer the same route again as an alternative
    (也可以向…申请行政复议), up to the first that does not."""
    out = []
    for clause in _CLAUSE.finditer(folded.text, chosen.end()):
        if folded.text[chosen.end() : clause.start()].strip(",，") or not _ALTERNATIVE.match(clause.group()):
            break
        if not _REVIEW_WORD.search(clause.group()) or _LITIGATION_WORD.search(clause.group()):
            break
        out.append(clause)
        chosen = clause
    return out


#: A clause right after the 复议 route that gives its period under a label (…申请行政复议，申请期限为收到本决定书之日起
#: 六十日内): the route's own period, not another's (诉讼) nor the 复议 body's time to decide (复议决定期限).
_PERIOD_LABEL = re.compile(r"(?:申请(?:行政)?复议的?)?(?:申请)?期限(?:为|是|:)?")
_OTHER_PERIOD = re.compile("诉讼|起诉|复议决定|作出|审理|受理")


def _period_after(folded: Folded, text: str, chosen: re.Match[str]) -> Period | None:
    """The period the clause right after `chosen` gives under a label (申请期限为…六十日内), in days."""
    following = _CLAUSE.search(folded.text, chosen.end())
    if following is None or folded.text[chosen.end() : following.start()].strip(",，"):
        return None
    words = following.group()
    if not _PERIOD_LABEL.match(words) or _OTHER_PERIOD.search(words):
        return None
    period = _period(folded, text, following.start(), following.end())
    return period if period is not None and period.unit != "month" else None


def _route(
    folded: Folded, text: str, keyword: re.Pattern[str], body: re.Pattern[str], labelled: re.Pattern[str]
) -> Route | None:
    """The clause that names `keyword` and a body (else the first with a period): period and bodies. A body may
    also be named by a label in the clause's brackets (复议机关：…) when no 向… names one."""
    clauses = [clause for clause in _sentences(folded, _CLAUSE) if keyword.search(clause.group())]
    with_body = [clause for clause in clauses if body.search(folded.text, clause.start(), clause.end())]
    with_label = [clause for clause in clauses if labelled.search(folded.text, clause.start(), clause.end())]
    with_period = [c for c in clauses if _period(folded, text, c.start(), c.end()) is not None]
    candidates = with_body or with_period or with_label
    if not candidates and keyword is _LITIGATION_WORD:
        # 诉讼 offered against the 复议决定 with neither court nor period (对复议决定不服的，可以依法提起行政诉讼)
        candidates = [c for c in clauses if _against_review(folded, c) and _LITIGATION_OFFER.search(c.group())]
    if not candidates:
        return None
    if keyword is _LITIGATION_WORD:
        # a decision that offers 诉讼 after 复议 for one part and directly for another: the direct route is the
        # decision's own (its period in months, its court); the other runs from the 复议决定
        # (a direct clause with no period is no offer: 逾期不申请复议也不向人民法院起诉的 …)
        direct = [
            clause
            for clause in candidates
            if not _against_review(folded, clause) and _period(folded, text, clause.start(), clause.end())
        ]
        candidates = direct + [clause for clause in candidates if clause not in direct]
    chosen = candidates[0]
    match = body.search(folded.text, chosen.start(), chosen.end()) or labelled.search(
        folded.text, chosen.start(), chosen.end()
    )
    if match is None:
        # the label may stand after the route, in the next clause or a line of its own (…提起行政诉讼，管辖法院为
        # 某区人民法院。/ …提起行政诉讼。复议机关：某县人民政府；管辖法院：某县人民法院。)
        match = labelled.search(folded.text, chosen.end(), min(len(folded.text), chosen.end() + _LABEL_REACH))
    names = _names(match.group("body")) if match else []
    listed = _LISTED_AFTER.match(folded.text, match.end()) if match and _LISTED.match(match.group("body")) else None
    if listed is not None:
        # 向下列机关申请行政复议（□某县人民政府 ■某市某局）: the bodies are those the brackets keep (unticked ones blanked)
        names = _names(listed.group("body"))
    if keyword is _REVIEW_WORD and match is not None:
        # a second body offered in a clause of its own (…向某区人民政府申请行政复议，也可以向某市某局申请行政复议)
        for clause in _alternatives(folded, chosen):
            other = body.search(folded.text, clause.start(), clause.end())
            if other is not None:
                names += [name for name in _names(other.group("body")) if name not in names]
    period = _period(
        folded, text, chosen.start(), match.start() if match and match.start() < chosen.end() else chosen.end()
    )
    if period is None:
        # the period may open the sentence in a clause of its own (…之日起六十日内，向某某人民政府申请复议)
        sentence_start = max(folded.text.rfind(mark, 0, chosen.start()) for mark in "。;；") + 1
        opening = _period(folded, text, sentence_start, chosen.start())
        # only a period of the route's own kind: months for 诉讼, days for 复议 (not the other route's)
        if opening is not None and (opening.unit == "month") == (keyword is _LITIGATION_WORD):
            period = opening
    if period is None and keyword is _REVIEW_WORD:
        period = _period_after(folded, text, chosen)
    start, end = folded.span(chosen.start(), chosen.end())
    return _made(period, names, text, start, end, litigation=keyword is _LITIGATION_WORD)


def _made(period: Period | None, names: list[str], text: str, start: int, end: int, *, litigation: bool) -> Route:
    """The route of `names` and `period` as printed in text[start:end], its period read as the law counts it."""
    if period is not None and not litigation and period.unit == "month" and period.amount == 2:
        # 两个月 for 复议 is the law's 六十日 as some decisions word it
        period = Period(60, "day", period.raw, period.start, period.end)
    generic = not names or all(name in ("人民法院", "有管辖权的人民法院", "人民政府") for name in names)
    outdated = litigation and period is not None and period.unit == "month" and period.amount == 3
    return Route(period, names, text[start:end], start, end, outdated=outdated, generic=generic)


def _from_table(text: str, found: TableRoute) -> Route:
    """A route read off a remedies table's row (行政复议｜某县人民政府｜…六十日内): its period from its period cell."""
    cell = fold(found.period)
    period = _period(cell, found.period, 0, len(cell.text))
    if period is not None:
        period = replace(period, start=period.start + found.period_start, end=period.end + found.period_start)
    names = [name for body in found.bodies for name in _names(body)]
    return _made(period, names, text, found.start, found.end, litigation=found.route == "litigation")


#: A sentence about other matters than the way and time to pay: the remedies, the surcharge for paying late, a
#: request to defer (申请延期或者分期缴纳).
_NOT_THE_TERMS = re.compile(r"不服|复议|诉讼|逾期|到期不|加处|强制执行|延期|分期|暂缓|公示|送达")


#: Where a sentence turns to paying late: a table row with no stop before the 逾期 sentence (缴款期限：…十五日内逾期
#: 不缴纳的…) tells its terms before that turn.
_LATE_TURN = re.compile(r"逾期|到期不|加处")
#: How many sentences after the one with the period may still tell where to pay (分期: 第一期…；第二期…；第三期…。
#: 各期款项均通过某平台缴纳).
_PLACE_HOPS = 4


def _next_paying(folded: Folded, end: int) -> re.Match[str] | None:
    """The sentence right after a payment sentence (after its 。 or ；) when it, too, tells how or by when to pay
    the penalty's money (a verb of paying, no other matter before any turn to paying late)."""
    following = _SENTENCE.match(folded.text, end + 1) if end < len(folded.text) else None
    if following is None or folded.text[end : end + 1] not in ("。", ";"):
        return None
    words = following.group()
    late = _LATE_TURN.search(words)
    words = words[: late.start()] if late else words
    if not _PAY_VERB.search(words) or _NOT_THE_TERMS.search(words):
        return None
    return following


#: Where a sentence turns to the remedies.
_REMEDIES_TURN = re.compile("不服|复议|诉讼")


def _payment(folded: Folded, text: str) -> Payment | None:
    """The first sentence about paying the penalty's money: its first period and where to pay (`payplace`);
    the verb may fall in the next sentence when an account list (…；账号：…) splits it."""
    for sentence in _sentences(folded):
        words = sentence.group()
        if PAY_FIELD_NONE.search(words):
            continue
        under_heading = bool(_PAY_HEADING.search(folded.text, max(0, sentence.start() - 30), sentence.end()))
        # under the payment heading the money goes without saying (【履行方式和期限】十五日内到某某平台缴纳)
        about_money = _PAY_WHAT.search(words) or (under_heading and _PAY_VERB.search(words))
        if "加处" in words[:6] or not about_money:
            continue
        # a form's fields run on with no stop (履行方式：当场缴纳 … 救济途径：不服的，…六十日内…): the remedies' periods
        # are not the time to pay
        turn = _REMEDIES_TURN.search(words)
        period = _first_period(
            folded, text, sentence.start(), sentence.start() + turn.start() if turn else sentence.end()
        )
        place = payment_place(folded.text, sentence.start(), sentence.end())
        if place is None and period is not None and (label := _PLACE_LABEL.match(folded.text, sentence.end() + 1)):
            # the place on a labelled line of its own after the terms (…十五日内缴清。缴款银行：某银行某支行。)
            after = _SENTENCE.match(folded.text, label.start())
            place = payment_place(folded.text, label.start(), after.end() if after else len(folded.text))
        if period is None and place is None:
            continue
        if not _PAY_VERB.search(words) and (period is None or place is None) and not (period and under_heading):
            continue
        following = _next_paying(folded, sentence.end()) if _PAY_VERB.search(words) else None
        if following is not None and place is None:
            # the way told in a sentence of its own after the period (…十五日内缴纳罚款。当事人可以通过某某平台缴纳。),
            # perhaps after the other instalments' dates (第二期…；第三期…。各期款项均通过某某平台缴纳。)
            hops = 0
            while following is not None and place is None and hops < _PLACE_HOPS:
                place = payment_place(folded.text, following.start(), following.end())
                following, hops = _next_paying(folded, following.end()), hops + 1
        elif following is not None and period is None:
            # the way told first and the period after it (应当通过某某平台缴纳罚没款。其中，…十五日内缴纳)
            period = _first_period(folded, text, following.start(), following.end())
        start, end = folded.span(sentence.start(), sentence.end())
        return Payment(period, place, text[start:end], start, end)
    return None


def read_decision_rights(text: str) -> DecisionRights:
    """复议 and 诉讼 routes, payment terms and a waived statement, as a decision states them."""
    folded = fold(text)
    # a route printed as a table's row is read off the row (the first of its kind), any other from its sentence
    table = {found.route: found for found in reversed(table_routes(text))}
    review, litigation = table.get("review"), table.get("litigation")
    return DecisionRights(
        review=_from_table(text, review)
        if review
        else _route(folded, text, _REVIEW_WORD, _REVIEW_BODY, _LABELLED_REVIEW),
        litigation=(
            _from_table(text, litigation)
            if litigation
            else _route(folded, text, _LITIGATION_WORD, _COURT, _LABELLED_COURT)
        ),
        payment=_payment(folded, text),
        waived=statement_waived(text),
    )
