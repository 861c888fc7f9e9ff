"""What decisions and prior notices state besides the penalty: remedies, payment terms, contents, rights.

Routes, periods and payment terms come from `extractors.fields.rights`; the contents a decision must state
(facts and evidence, a basis, the agency) and the dates of the acts (for the limitation period) are read here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from extractors.facts.wording import answer_word, compact, line_at
from extractors.fields.dates import DateMatch, find_dates
from extractors.fields.marks import signing_block_start
from extractors.fields.procedure import read_procedure
from extractors.fields.rights import Payment, read_decision_rights, read_notice_rights
from extractors.fields.rights import Period as FoundPeriod
from extractors.fields.rights import Route as FoundRoute
from extractors.fields.unfilled import form_unfilled
from reviewer.core.facts import ActDate, DateFact, DecisionFacts, NoticeFacts, PaymentTerms, Period, Route

#: An agency's name on a line of its own (spaces removed); a published copy may mask part of it (某某县xx局).
_AGENCY_LINE = re.compile(
    r"^[\u4e00-\u9fff][\u4e00-\u9fff（）()xXｘＸ*＊]{1,39}(?:局|委员会|政府|办公室|大队|支队|中队|管理处|执法局|中心"
    # an inspecting or supervising 所 that decides in its own name (某县价格监督检查所, 某县卫生监督所) — not a
    # firm (某某律师事务所) nor a station of another trade
    r"|(?:监督|检查|监督检查|监察|执法)所)$"
)
#: Words of the remedies sentence: a line of it that the wrap ends on a body's name (…之日起六十日内向某某县人民政府)
#: is no signature.
_REMEDY_WORDS = re.compile(r"之日起|日内|个?月内|申请|提起|不服")
#: A date line, written or left blank: 2024年5月6日, 二〇二四年五月六日, 年 月 日 (spaces removed).
_DATE_LINE = re.compile(
    r"[0-9０-９〇○零一二三四五六七八九十]*年[0-9０-９〇○零一二三四五六七八九十]*月[0-9０-９〇○零一二三四五六七八九十]*日"
)
#: Words that open the facts found; a heading of the facts the investigation established (调查认定的事实：…, 经认定的
#: 事实, 事实如下) too — not the party's answer to them (对认定的事实无异议); and an inspection told as it
#: happened (开展价格监督检查时).
_DECISION_FACTS = re.compile(
    "经查|违法事实|查明|经调查|现场检查|发现|(?:调查|经)认定的?(?:违法)?事实|事实如下"
    # the inspection told as it happened (在对当事人…开展价格监督检查时, 专项检查中)
    "|(?:监督|执法|专项|日常|价格)检查(?:时|中|过程中)"
    # the evidence pointed back at the facts told above (以上事实有…证据证实, 上述事实，主要有以下证据证明): the
    # facts stand before it even when they open without 经查; not the party's answer (对上述事实无异议)
    "|(?:以上|上述)(?:违法)?事实[，,]?(?:主要)?有"
    # the finding told as established (…调取记录并询问当事人查实), not one still to be made (待查实, 未查实)
    "|(?<![未待需])查实"
)
#: Evidence named or referred to: 证据, 为证, 证实, 佐证, 为凭, or the kinds of evidence themselves (笔录, 照片 …).
_EVIDENCE = re.compile(
    "证据|为证|证明|证实|佐证|印证|为凭|在案|笔录|照片|截图|复印件|书证|物证|视听资料|电子数据|鉴定意见|检测报告|检验报告"
)
#: The notice's list of what it told the party (告知…事实、理由、依据、证据): names evidence, lists none.
_TOLD_LIST = re.compile(
    r"(?:事实|理由|依据)[、和及与]?(?:理由|依据)?[、和及与]?(?:依据|证据)?[、和及与]?证据|证据[、和及与]?(?:处罚内容|拟作出)"
)
_BASIS_WORD = re.compile("依据|根据|依照")
_CONSEQUENCE = re.compile("逾期不(?:缴纳|缴|履行)|加处罚款|强制执行")
#: The fine collected by the officers on the spot (当场缴纳 / 当场收缴罚款), not a payment to come.
_ON_SPOT = re.compile(r"当场(?:缴纳|收缴|交纳|缴清)(?:罚款)?")
_PAY_HOW = re.compile("银行|网点|专户|账户|财政|电子支付|网上缴纳|转账|缴款码")
#: Where the decision's statement of facts ends and the legal assessment begins.
_FACTS_END = re.compile("违反了|上述事实|以上事实|主要证据|证据如下")
#: A year or a month without a day; a line break may fall inside it (2017年\n6月).
_PARTIAL = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})\s*年(?:\s*([0-9]{1,2})\s*月)?(?!\s*[0-9]{1,2}\s*日)(?!\s*[0-9]{1,2}\s*月)"
)
#: The end of a range, its year given or taken from the start (2017年3月至6月, 2017年3月1日至2018年6月30日).
_RANGE_END = re.compile(
    r"\s*(?:至|到|—|－|~|～)\s*(?:(?P<year>[0-9]{4})\s*年\s*)?(?P<month>[0-9]{1,2})\s*月(?:\s*(?P<day>[0-9]{1,2})\s*日)?"
)
#: A clause telling a step of the complaint or the procedure (举报, 立案, 送达 …), not the act: its date is
#: not a date of the violation.
_PROCEDURE_CLAUSE = re.compile(
    "接到|接报|举报|投诉|移送|移交|交办|转办|立案|受理|(?<![未不没])(?<!未经)(?<!未获)(?:批准|送达|告知)"
)
#: …unless the same clause tells what the agency saw (根据投诉线索进行检查，发现…): the act was there that day.
_OBSERVED = re.compile("检查|发现|查获|现场|巡查|核查|正在")
_CLAUSE_END = re.compile("[，,。；;：:]")
#: Harm that followed the act (行政处罚法 第三十六条: only then may the five-year period apply), and the words
#: that deny it (未造成危害后果).
_HARM = re.compile(
    r"危害后果|严重后果|造成[^。；;，,]{0,20}?(?:伤|亡|死|中毒|损失|损害|事故(?!隐患)|感染|疾病|污染)|"
    r"致[^。；;，,]{0,6}?(?:伤|死|亡|病)|死亡|受伤|伤亡|中毒|住院|人身伤害"
)
_NO_HARM_BEFORE = re.compile("(?:未|没有|无|尚未|并未|不|未发现|未见)[^。；;，,]{0,6}$")
_GOING_ON = re.compile("至今|至案发|持续|一直|仍在|尚未停止")
_NOTICE_FACTS = re.compile("经查|违法事实|查明|经调查|发现|你单位于|你于|当事人于")
#: Sentences about the procedure, not the facts: the case was filed, the investigation ended, a notice served.
_PROCEDURE_SENTENCE = re.compile("立案|调查终结|告知|送达|听证")
_NOTICE_BASIS = re.compile(r"(?:依据|根据|依照)《[^》]+》第")
_SENTENCE = re.compile("[^。；;]+[。；;]?")
#: What the party may do: 有权, 享有, 可以 and the bare 可 (可自收到…之日起…进行陈述申辩), 要求, 提出 …
_MAY = re.compile("有权|享有|(?<!不)可(?!能)|要求|申请|提出|权利")
_RIGHTS_WORDS = re.compile("陈述|申辩|听证|有权")
#: A body or court named without a place (人民政府, 有权法院, 有关人民政府, 上一级市场监督管理局): no named body.
_PLACELESS = re.compile(
    r"^(?:(?:本机关|本局|我局|作出(?:本)?(?:处罚)?决定的?(?:行政)?机关)的?)?"
    r"(?:上一级|上级|本级|同级|有权|有管辖权的?|所在地|当地|相关|有关|相应|原)?(?:的)?"
    r"(?:人民政府|人民法院|法院|市场监督管理局|市场监管局|市场监督管理部门|主管部门|行政机关|机关|主管机关)$"
    # …or a level and a trade's department, still no place (上一级价格主管部门, 上级物价行政主管部门)
    r"|^(?:上一级|上级|本级|同级)[\u4e00-\u9fff]{1,6}?(?:行政)?(?:主管部门|主管机关|管理部门)$"
)
_PLACEHOLDER = re.compile(r"此处|填入|填写|_{2,}")
#: A bracketed option left in a template name (市场监督管理（总）局): no place is named by it.
_OPTION = re.compile(r"[(（][^()（）]{1,3}[)）]")
#: A form label before the agency's name on its line (作出行政处罚决定机关名称  某某局, 机关名称：某某局), a stray
#: space inside it allowed (作出行政处罚决 定机关名称).
_SIGN_LABEL = re.compile(
    r"^\s*(?:(?:[\u4e00-\u9fff] ?){0,14}(?:名 ?称|机 ?关)\s*(?:[:：]\s*|\s+)"
    # …or set in brackets, a form's way (〔执法机关〕某某局, 〖执法机关〗某某局)
    r"|[【〔〖\[［]\s*(?:[\u4e00-\u9fff] ?){0,14}(?:名 ?称|机 ?关)\s*[】〕〗\]］]\s*[:：]?\s*)(?=\S)"
)
#: The same label alone on its line, without a colon, the agency on the line under it (执法机关 / 某某局): a form
#: exported cell by cell. Only a signer's label (…执法机关, …处罚机关, …机关名称): a name wrapped after 机关
#: (某某市机关 / 事务管理局) is no label.
_SIGN_LABEL_ALONE = re.compile(
    r"\s*(?:[\u4e00-\u9fff] ?){0,12}(?:(?:执 ?法|处 ?罚|决 ?定|行 ?政) ?机 ?关(?: ?名 ?称)?|机 ?关 ?名 ?称)\s*[:：]?\s*"
)
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
    return "复议决定" in found.raw or bool(_AGAINST_REVIEW.search(compact(text[start + 1 : found.end])))


def _route(text: str, found: FoundRoute | None, *, litigation: bool = False) -> Route | None:
    if found is None:
        return None
    bodies = [
        body for body in found.bodies if not _PLACELESS.match(_OPTION.sub("", body)) and not _PLACEHOLDER.search(body)
    ]
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


#: Words of a signature line of a form (当事人签名, 执法人员（签字）, 执法证号): a person signs there, no agency's name.
_SIGNATURE_WORDS = re.compile("签名|签字|执法证号|执法人员")


def _wrapped(lines: list[str]) -> list[str]:
    """Each line, preceded by the line joined with the next where a name wraps there (某某（某某区）市 /
    场监督管理局; （某某市场监督管理局印 / 章）)."""
    out: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        joined = re.sub(r"\s+", "", line + following)
        heading = re.fullmatch(r"[（(][^（()）]*[)）]", line)  # （救济途径和期限） over the agency line
        # a date (blank 年 月 日 or written) or a title printed just above the agency line is no part of its name
        whole = heading or _DATE_LINE.fullmatch(re.sub(r"\s+", "", line)) or re.sub(r"\s+", "", line).endswith("书")
        # …nor is a signature line just above it (当事人签名　某某, 执法人员（签名）：某某)
        whole = bool(whole) or _SIGNATURE_WORDS.search(line) is not None
        # a parent body over its department printed without a place (某某开发区管理委员会 / 市场监督管理局) is one name
        department = re.sub(r"\s+", "", line).endswith(("委员会", "人民政府")) and _DEPARTMENT.match(
            re.sub(r"\s+", "", following)
        )
        if (
            (following and not whole and not _AGENCY_LINE.match(line) and _AGENCY_LINE.match(joined))
            or (following and line.startswith(("（", "(")) and not re.search(r"[)）]", line))
            or department
        ):
            out.append(joined)
        out.append(line)
    return out


#: A seal marker printed after the agency on its line (某某县市场监督管理局（印章）, or one naming the agency again:
#: 某某县市场监督管理局（某某县市场监督管理局印章）, or the bare （章）): not part of the name.
_SEAL_AFTER = re.compile(
    r"(?<=\S)\s*[（(]\s*(?:(?:[\u4e00-\u9fff]{4,40}?)?(?:印\s*章|公\s*章|盖\s*章|签\s*章)|章)\s*[）)]\s*$"
)


#: The wide gap between two signers printed side by side on one line (a joint decision's agencies, or their seals).
_SIDE_BY_SIDE = re.compile(r"[ \t\u3000]{2,}")


def _first_signer(line: str) -> str:
    """The first of agencies signed side by side (某县市场监督管理局　　　　某县交通运输局): a joint decision is the
    first signer's. A line whose parts are not all agencies (a letter-spaced name) is kept whole."""
    parts = [re.sub(r"\s+", "", part) for part in _SIDE_BY_SIDE.split(line.strip())]
    if len(parts) >= 2 and all(_AGENCY_LINE.match(_SEAL_AFTER.sub("", part)) for part in parts):
        return parts[0]
    return line


#: The remedies sentence's verb opening the line after a body's name (…六十日内向 / 某某市人民政府 / 申请行政复议…).
_REMEDY_NEXT = re.compile(r"^(?:申请|提起|提出|依法提起|依法申请)")


def _mid_remedy(raws: Sequence[str], at: int) -> bool:
    """The line is a body's name that the remedies sentence wrapped onto a line of its own: the line above ends on
    its 向, or the line below goes on with the verb (申请行政复议…): the body reviews the decision, it did not sign it."""
    line = re.sub(r"\s+", "", raws[at])
    if not _AGENCY_LINE.match(line):
        return False
    above = re.sub(r"\s+", "", raws[at - 1]) if at > 0 else ""
    below = re.sub(r"\s+", "", raws[at + 1]) if at + 1 < len(raws) else ""
    return above.endswith("向") or bool(_REMEDY_NEXT.match(below))


#: A department of a parent body, printed without a place (市场监督管理局 under 某某开发区管理委员会).
_DEPARTMENT = re.compile(
    r"^(?:市场监督管理|市场监管|综合行政执法|综合执法|生态环境|应急管理|城市管理|农业农村|卫生健康|交通运输"
    r"|文化广电和旅游|文化和旅游)(?:分)?局$"
)


def _signature_line(line: str) -> str:
    """A signing block's line without spaces, its form label (执法机关：, 〔执法机关〕, or the label alone) and a seal
    marker after the name."""
    if _SIGN_LABEL_ALONE.fullmatch(line):
        return ""
    return _SEAL_AFTER.sub("", re.sub(r"\s+", "", _SIGN_LABEL.sub("", line)))


def signing_agency(text: str) -> str | None:
    """The agency named in the signing block (or the header lines) of a decision; a name wrapped over two
    lines is joined, and a signature naming no place (市场监督管理局) takes the heading's full name ending so.
    Lines are read without spaces (letter-spaced names), and a name set after a sentence's end on its line
    counts."""
    lines_in_block: list[str] = []
    raws = text[signing_block_start(text) :].splitlines()
    for at, line in enumerate(raws):
        if _mid_remedy(raws, at):
            continue
        line = _first_signer(line)
        # the agency set after the last sentence on its line (…不停止执行。   某某市场监督管理局)
        tail = line.rsplit("。", 1)[1] if "。" in line else ""
        lines_in_block += [line, tail] if tail.strip() else [line]  # the tail may wrap onto the next line
    block = _wrapped([_signature_line(line) for line in lines_in_block])
    heading = _wrapped([re.sub(r"\s+", "", line) for line in text.splitlines()[:3]])
    lines = block + heading[:2]
    named = next((line for line in lines if _AGENCY_LINE.match(line) and not _REMEDY_WORDS.search(line)), None)
    if named is not None and _PLACELESS.match(named):
        named = next((line for line in heading if _AGENCY_LINE.match(line) and line.endswith(named)), named)
    if named is not None:
        return named
    for line in lines:  # a seal placeholder that names the agency: （临洮县市场监管局印章）
        marker = _SEAL_NAMING.match(re.sub(r"\s+", "", line))
        if marker and _AGENCY_LINE.match(marker.group("agency")):
            return marker.group("agency")
    return None


#: A seal placeholder that names nobody: （印章）, （公 章）.
_SEAL_BARE = re.compile(r"^[（(](?:印章|公章|盖章|签章|章)[）)]$")


def agency_unnamed(text: str) -> bool:
    """The decision is printed whole down to its seal placeholder (（印章）, naming nobody) and no line of it names an
    agency: the name is missing, not unread. Without a printed placeholder the signature may be a picture whose name
    the text cannot show, so nothing is said."""
    block = [re.sub(r"\s+", "", line) for line in text[signing_block_start(text) :].splitlines()]
    if not any(_SEAL_BARE.match(line) for line in block):
        return False
    lines = _wrapped([re.sub(r"\s+", "", line) for line in text.splitlines()])
    named = (_AGENCY_LINE.match(line) or _SEAL_NAMING.match(line) for line in lines)
    return not any(named) and signing_agency(text) is None


def facts_section(text: str) -> str | None:
    """The decision's statement of facts: its text up to the legal assessment (None when no marker shows)."""
    end = _FACTS_END.search(text)
    return text[: end.start()] if end else None


def _procedure_date(facts: str, start: int, end: int) -> bool:
    """The date's clause tells a step of the complaint or the procedure and nothing the agency saw; a date
    that ends its clause (2025年1月6日，本局接到举报…) is also read with the clause after it."""
    before = max((m.end() for m in _CLAUSE_END.finditer(facts, 0, start)), default=0)
    after = _CLAUSE_END.search(facts, end)
    clause = facts[before:start] + facts[end : after.start() if after else len(facts)]
    if after is not None and not re.sub(r"[\s晚早午夜上下间]", "", facts[end : after.start()]):
        following = _CLAUSE_END.search(facts, after.end())
        clause += facts[after.end() : following.start() if following else len(facts)]
    return bool(_PROCEDURE_CLAUSE.search(clause)) and not _OBSERVED.search(clause)


def _month_span(year: int, month: int, day: int | None) -> tuple[dt.date, dt.date] | None:
    if not 1 <= month <= 12:
        return None
    if day is None:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day), dt.date(year, month, day)


def _range_end(facts: str, end: int, first: dt.date, raw: str) -> ActDate | None:
    """A range's end, with or without its year (2017年3月至6月, 2021年3月至2022年9月): the act runs to it."""
    match = _RANGE_END.match(facts, end)
    if match is None:
        return None
    day = int(match["day"]) if match["day"] else None
    span = _month_span(int(match["year"] or first.year), int(match["month"]), day)
    if span is None or span[1] < first:
        return None
    return ActDate(first=first, last=span[1], raw=raw + facts[end : match.end()], through=True)


def act_dates(facts: str) -> list[ActDate]:
    """The dates of the act in the facts: one day for a full date, the whole month or year for a partial one
    (2023年1月), a range to its end (2017年3月至6月); dates of the complaint or the procedure are left out."""
    spans: list[ActDate] = []
    for found in find_dates(facts):
        if found.value is None or _procedure_date(facts, found.start, found.end):
            continue
        ranged = _range_end(facts, found.end, found.value, found.raw)
        spans.append(ranged or ActDate(first=found.value, last=found.value, raw=found.raw))
    for match in _PARTIAL.finditer(facts):
        if _procedure_date(facts, match.start(), match.end()):
            continue
        year, month = int(match.group(1)), int(match.group(2)) if match.group(2) else None
        span = _month_span(year, month, None) if month is not None else (dt.date(year, 1, 1), dt.date(year, 12, 31))
        if span is None:
            continue
        ranged = _range_end(facts, match.end(), span[0], match.group())
        spans.append(ranged or ActDate(first=span[0], last=span[1], raw=match.group()))
    return spans


def states_harm(text: str) -> bool:
    """The text says harm followed (伤亡, 中毒, 造成…损失, 危害后果), not that none did (未造成危害后果)."""
    for match in _HARM.finditer(text):
        clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
        if not _NO_HARM_BEFORE.search(text[clause_start : match.start()]):
            return True
    return False


def on_spot_words(text: str) -> str | None:
    """The words saying the fine was collected on the spot (当场缴纳), where they are."""
    found = _ON_SPOT.search(compact(text))
    return found.group() if found else None


def decision_facts(text: str, printed: str | None = None) -> DecisionFacts:
    """What the decision states besides the penalty; an unfilled form's template payment sentence is no terms.
    What the decision mentions (告知, 陈述, 听证) is read in `printed`, the text before a form's unticked options were
    blanked: an unticked □要求听证 still mentions the hearing, though nobody asked for one."""
    rights = read_decision_rights(text)
    facts = facts_section(text)
    procedure = read_procedure(text)
    mentions = procedure if printed is None or printed == text else read_procedure(printed)
    return DecisionFacts(
        notice_served=date_fact(procedure.notice_served),
        notice_made=date_fact(procedure.notice_made),
        notice_mentioned=mentions.notice_mentioned,
        statement_mentioned=mentions.statement_mentioned,
        hearing_mentioned=mentions.hearing_mentioned,
        statement_made=procedure.statement_made,
        statement_waived=procedure.statement_waived,
        hearing_held=procedure.hearing_held,
        review=_route(text, rights.review),
        litigation=_route(text, rights.litigation, litigation=True),
        payment=None if form_unfilled(text) else _payment(text, rights.payment),
        consequence=bool(_CONSEQUENCE.search(compact(text))),
        collected_on_spot=on_spot_words(text),
        signing_agency=signing_agency(text),
        agency_unnamed=agency_unnamed(text),
        states_facts=bool(_DECISION_FACTS.search("".join(text.split()))),
        states_evidence=bool(_EVIDENCE.search(_TOLD_LIST.sub("", "".join(text.split())))),
        basis_worded=bool(_BASIS_WORD.search(text)) and "《" in text,
        facts_found=facts is not None,
        acts=act_dates(facts) if facts is not None else [],
        ongoing=bool(_GOING_ON.search(facts)) if facts is not None else False,
        harm_stated=states_harm(text),
        answers_statement=answer_word(text),
    )


def _sentence_naming(text: str, subject: re.Pattern[str]) -> str | None:
    """The first sentence naming `subject` together with what the party may do."""
    for match in _SENTENCE.finditer(text):
        sentence = compact(match.group())
        if subject.search(sentence) and _MAY.search(sentence):
            return sentence
    return None


def notice_states_facts(text: str) -> bool:
    """The notice tells the facts: by a marker (经查, 查明 …), or by a dated sentence before the provision violated
        that is not about the procedure (当事人未经批准，于2024年2月23日起擅自占用…). A marker split by a line break
    (现查\n明) still counts."""
    flat = compact(text)
    if _NOTICE_FACTS.search(flat):
        return True
    violated = flat.find("违反")
    for match in _SENTENCE.finditer(flat, 0, violated if violated >= 0 else 0):
        sentence = match.group()
        if not _PROCEDURE_SENTENCE.search(sentence) and any(d.value for d in find_dates(sentence)):
            return True
    return False


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
        states_facts=notice_states_facts(text),
        basis_worded=bool(_NOTICE_BASIS.search(compact(text))),
    )


def hearing_set_for(text: str) -> DateFact | None:
    """The date a 听证通知书 sets the hearing for (定于2023年7月20日 …)."""
    for match in find_dates(text):
        if match.value and _HEARING_AT.search(text[max(0, match.start - 4) : match.start]):
            return date_fact(match)
    return None
