"""The remedies a decision offers (行政处罚法 Art. 59 (五)), read clause by clause for a decision reviewed alone.

A decision must offer 行政复议 (60 days, a named body) and direct 行政诉讼 (6 months). Real decisions often offer
litigation only after 复议 (对复议决定不服的，可在十五日内…起诉), name no body (向人民政府), or leave the body or
the period blank (六十日内向　申请). The sentence is split into clauses; a litigation clause is "after 复议" when
it, or the clause before it, is conditioned on the 复议决定, and "direct" otherwise.
"""

from __future__ import annotations

import re

from extractors.fields.folding import cn_int
from extractors.fields.remedy_table import as_sentences
from extractors.fields.rights import ROLE_GLOSS
from reviewer.core.facts import RemediesTold

_SENTENCE = re.compile(r"[^。；;]+[。；;]?")
#: Asides in brackets (an address, a phone number) hold commas that are not clause breaks.
#: An aside naming the 复议 body (（复议机关：某某县人民政府）) stays: it is the body, not an aside.
_ASIDE = re.compile(r"[（(](?![^（）()]*(?:填|复议|人民政府))[^（）()]{0,80}[）)]")
_REMEDY = re.compile(r"复议|诉讼|起诉")
#: Sentences about remedies that offer none (复议期间不停止执行, the enforcement warning).
_NOT_AN_OFFER = re.compile(r"不停止执行|强制执行|逾期不申请")
_CLAUSE = re.compile(r"[，；,;：:]|(?=或(?:者)?(?:在|于|自|直接|依法|向))|(?=也可)")
_LITIGATION = re.compile(r"诉讼|起诉")
_REVIEW = re.compile(r"复议")
_AFTER = re.compile(r"复议决定|不服复议|复议后|经复议|复议机关|对(?:行政)?复议不服")
#: A period, never the day of a date (三月十四日, 2024年3月4日).
_REVIEW_PERIOD = re.compile(
    r"(?<![月0-9一二三四五六七八九十〇零])(两个月|二个月|六十|60|陆拾|[一二三四五六七八九十百0-9]+)\s*(?:日|天|个月)?(?<=[日天月])"
)
_LITIGATION_PERIOD = re.compile(
    r"(?<![年月0-9一二三四五六七八九十〇零])(六|6|陆|半年|三|3|十五|15|[一二三四五六七八九十0-9]+)\s*(个月|月|日|天|(?<=半年))"
)
#: The body: 向某某县人民政府申请（提出、提起、递交）复议 / …提出行政复议申请.
_BODY = re.compile(r"向(.{0,40}?)(?:申请|提出|提请|提起|递交|提交)(?:书面)?(?:行政)?复议")
#: The body named on its own: 复议机关为某某县人民政府, （复议机关：…）.
_BODY_NAMED = re.compile(r"复议机关(?:为|是|系|[:：])([^，。；;,）)]{2,40})")
#: The body in a clause after 申请行政复议的，(应当)自…向某某县人民政府提出 (the route and its terms told apart).
_BODY_LATER = re.compile(r"向([^，。；;,]{2,40}?)(?:提出|申请|提起|递交|提交)")
#: A body with its place that the sentence names somewhere: the body may be there though unread.
_SOME_BODY = re.compile(r"[\u4e00-\u9fff]{1,14}(?:省|市|县|区|旗|州|盟)[\u4e00-\u9fff]{0,20}(?:人民政府|局|委员会)")
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,14}(?:省|市|县|区|旗|州|盟|自治区)")
_GENERIC = re.compile(r"^(?:上一?级|上级|本级|同级|当地|所在地|作出决定的|其)")
_PREREVIEW = re.compile(r"复议前置|应当先(?:申请)?(?:行政)?复议|《[^》]{2,40}》第[一二三四五六七八九十百零〇0-9]+条")
#: A period left blank: 之日起　内 (spaces gone), or its number left as a line to fill (之日起___日内, 在＿＿个月内).
_BLANK_PERIOD = re.compile(r"(?:之日起|在|于)(?:内|[_＿]+(?:日|天|个月|月)?内)")
_SIXTY = {"六十", "60", "陆拾", "两个月", "二个月"}


#: Where a sentence turns from an offer to what is no offer: the clause about the time 复议/诉讼 takes (期间) or
#: enforcement (对复议决定不服的，十五日内起诉，复议或诉讼期间，不停止执行 keeps its first two clauses).
_NO_OFFER_FROM = re.compile(r"[，,](?=[^，,；;。]*(?:期间|不停止执行|强制执行|逾期不申请))")


def _offer_part(sentence: str) -> str | None:
    """The part of a sentence that offers a remedy, or None: a sentence that ends in 不停止执行 or enforcement may
    begin with an offer; one that begins with them offers nothing."""
    if not _REMEDY.search(sentence):
        return None
    if not _NOT_AN_OFFER.search(sentence):
        return sentence
    cut = _NO_OFFER_FROM.search(sentence)
    head = sentence[: cut.start()] if cut else ""
    if head.endswith("的"):
        # the remedies as the condition of what follows (…申请行政复议或者提起行政诉讼的，行政处罚不停止执行)
        return None
    return head if _REMEDY.search(head) and not _NOT_AN_OFFER.search(head) and "期间" not in head else None


#: Bodies listed in brackets after "the following" (向下列机关申请行政复议（某县人民政府或者某市某局）): read as
#: 向…申请行政复议, so the bracket is not dropped as an aside (a form's unticked ones are already blanked, ruling 74).
_BODY_LISTED = re.compile(
    r"向(?:下列|以下|如下)[^（(，。；;]{0,8}?((?:申请|提出)(?:行政)?复议)[（(]([^（）()]{2,60})[）)]"
)
#: A remedy written as a list entry (行政复议：六十日内向某某人民政府申请。): turned into the sentence form.
_LISTED = re.compile(r"((?:行政)?复议|(?:行政)?诉讼)[：:]([^。；;：:]{2,80}?)(申请|提起|提出)(?=[。；;]|$)")


#: A numbered heading on a line of its own, no sentence in it (六、申请行政复议或者提起行政诉讼的途径): it names the
#: routes without offering them, and the sentence under it starts afresh. Short and with no body or period in it, so
#: neither a list item that offers a route (1、六十日内向某某人民政府申请行政复议) nor the first line of a sentence
#: wrapped after its item number is taken for one.
_HEADING_LINE = re.compile(
    r"^(?:[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}(?:[、．]|\.(?![0-9])))"
    r"(?![^\n]*(?:向|日内|天内|月内|之日起|可以|可在|应当|应在))[^\n。；;，,:：]{2,28}?)[ \t\u3000]*[:：]?[ \t\u3000]*$",
    re.MULTILINE,
)


def _offers(text: str) -> list[str]:
    text = _HEADING_LINE.sub("。", as_sentences(text))
    flat = _LISTED.sub(r"\2\3\1", _ASIDE.sub("", _BODY_LISTED.sub(r"向\2\1", "".join(text.split()))))
    return [part for s in _SENTENCE.findall(flat) if (part := _offer_part(s)) is not None]


def _named(body: str) -> bool:
    options = [ROLE_GLOSS.sub("", option) for option in re.split(r"或者|或|、|及", body)]
    return any(_PLACE.search(option) and not _GENERIC.match(option) for option in options)


#: A litigation clause of a sentence (…向某某县人民法院提起行政诉讼): its court is no 复议 body.
_LITIGATION_PART = re.compile(r"[^，；;,。]*(?:法院|诉讼|起诉)[^，；;,。]*")


def _terms_after(clauses: list[str], *, litigation: bool = False) -> str:
    """The clauses after a route's offer that still tell its terms (申请行政复议的，应当自…六十日内向某某县人民政府
    提出), up to the next one about either route."""
    terms = []
    for clause in clauses:
        if _REVIEW.search(clause) or (not litigation and (_LITIGATION.search(clause) or "法院" in clause)):
            break
        if litigation and _LITIGATION.search(clause):
            break
        terms.append(clause)
    return "".join(terms)


def _body(context: str, sentence: str, terms: str) -> str | None:
    """The 复议 body as the offer words it: 向…申请复议, 复议机关为…, or 向…提出 in the clauses that follow."""
    for found in (_BODY.search(context), _BODY_NAMED.search(sentence), _BODY_LATER.search(terms)):
        if found is not None:
            return found.group(1)
    return None


#: A bracket of the clause (a kept aside, possibly cut open by the clause split at its colon), or a law's name
#: (《中华人民共和国行政复议法》 names 复议 without offering it).
_BRACKETED = re.compile(r"[（(][^（）()]*(?:[）)]|$)|《[^《》]*》")


def _offers_review(clause: str) -> bool:
    bare = _BRACKETED.sub("", clause)
    return bool(_REVIEW.search(bare)) and not _AFTER.search(bare) and not _LITIGATION.search(bare)


def _groups(sentences: list[str]) -> list[list[str]]:
    """Sentences by the 复议 offer they follow: a decision may offer different routes for different violations."""
    groups: list[list[str]] = []
    for sentence in sentences:
        if not groups or any(_offers_review(c) for c in _CLAUSE.split(sentence)):
            groups.append([])
        groups[-1].append(sentence)
    return groups


#: A period in days, hundreds included (九十日, 一百八十日, 15天).
_DAYS = re.compile(
    r"(?<![年月日0-9一二三四五六七八九十百〇零两])([一二三四五六七八九十百〇零两0-9]+)\s*(?:日|天)(?!起)"
)


def _days_in_clause(clause: str) -> int | None:
    """The direct route's period in days, read only in its own clause that names no 复议 (a 复议 offer's 六十日 in
    the clause before, or in 六十日内申请复议或者提起诉讼, is not the litigation period)."""
    if _REVIEW.search(clause):
        return None
    found = _DAYS.search(clause)
    return cn_int(found.group(1)) if found else None


#: A clause about paying the penalty (…十五日内缴纳罚款): its period is the payment's, not the 复议's.
_PAYING = re.compile(r"缴纳|缴款|缴清|缴入|加处")


def _review_period(clauses: list[str], index: int) -> re.Match[str] | None:
    """The period of the 复议 offer at `clauses[index]`: in its own clause, else in the nearest of the two clauses
    before it (自收到本决定书之日起六十日内，向…申请复议) that is not about paying — a run-on sentence may give the
    time to pay just before (…十五日内缴纳罚款，如不服本决定，可以…六十日内向…申请行政复议)."""
    for at in (index, index - 1, index - 2):
        if at < 0 or (at != index and _PAYING.search(clauses[at])):
            continue
        found = _REVIEW_PERIOD.search(clauses[at])
        if found:
            return found
    return None


def _period_two_back(clauses: list[str], index: int) -> re.Match[str] | None:
    """The direct route's period two clauses before its offer, an aside between them (也可以在…六个月内，依照集中管辖
    的规定，向某某法院提起行政诉讼); neither clause may be about 复议 or paying, whose periods are theirs."""
    if index < 2 or any(_REVIEW.search(c) or _PAYING.search(c) for c in clauses[index - 2 : index]):
        return None
    found = _LITIGATION_PERIOD.search(clauses[index - 2])
    return found if found and found.group(2) in ("个月", "月") else None


def read_remedies(text: str) -> RemediesTold | None:
    """What the decision's remedy sentences offer; None when the text never mentions 复议 or 诉讼."""
    sentences = _offers(text)
    if not sentences:
        return None
    review_days: int | None = None
    review_seen = review_blank = body_named = False
    body: str | None = None
    litigation_blank = prereview = body_unread = False
    litigation_months: int | None = None
    litigation_days: int | None = None
    any_direct = any_after = False
    only_after = after_part = False
    for group in _groups(sentences):
        direct = after = offered = False
        for sentence in group:
            clauses = [c for c in _CLAUSE.split(sentence) if c]
            for index, clause in enumerate(clauses):
                context = "".join(clauses[max(0, index - 2) : index + 1])
                if _offers_review(clause):
                    review_seen = offered = True
                    terms = _terms_after(clauses[index + 1 :])
                    found = _review_period(clauses, index) or _REVIEW_PERIOD.search(terms)
                    if found:
                        review_days = 60 if found.group(1) in _SIXTY else 0
                    if _BLANK_PERIOD.search(context):
                        review_blank = True
                    read = _body(context, sentence, terms)
                    if read is not None:
                        body = read
                        if not body or body in ("依法", "依法向") or "填" in body:
                            review_blank = True
                        body_named = body_named or _named(body)
                    elif _SOME_BODY.search(_LITIGATION_PART.sub("", sentence)):
                        body_unread = True
                elif _LITIGATION.search(clause):
                    previous = clauses[index - 1] if index else ""
                    if (_AFTER.search(clause) or _AFTER.search(previous)) and "直接" not in clause:
                        after = True
                        # The 复议前置 may be named in the 复议 sentence before (根据…第二十条，应当先…申请复议；).
                        prereview = prereview or bool(_PREREVIEW.search("".join(group)))
                        continue
                    direct = True
                    window = "".join(clauses[max(0, index - 1) : index + 1])
                    found = (
                        _LITIGATION_PERIOD.search(clause)
                        or _LITIGATION_PERIOD.search(window)
                        or _LITIGATION_PERIOD.search(_terms_after(clauses[index + 1 :], litigation=True))
                        or _period_two_back(clauses, index)
                    )
                    if found and found.group(2) in ("个月", "月", ""):
                        months = {"六": 6, "6": 6, "陆": 6, "半年": 6, "三": 3, "3": 3}.get(found.group(1), 0)
                        litigation_months = litigation_months or months
                    elif litigation_days is None:
                        litigation_days = _days_in_clause(clause)
                    # the clause before may hold the period (自收到之日起　内，可以向…起诉), unless it is the 复议 offer
                    if _BLANK_PERIOD.search(clause) or (
                        not _REVIEW.search(previous) and _BLANK_PERIOD.search(previous)
                    ):
                        litigation_blank = True
        any_direct, any_after = any_direct or direct, any_after or after
        only_after = only_after or (offered and not direct)
        after_part = after_part or (after and not direct)
    return RemediesTold(
        sentence=sentences[0][:120],
        review=review_seen,
        review_days=review_days,
        review_body=body,
        review_body_named=body_named,
        review_body_unread=body_unread and not body_named,
        review_blank=review_blank,
        direct_litigation=any_direct,
        litigation_months=litigation_months,
        litigation_days=litigation_days,
        litigation_blank=litigation_blank,
        only_after_review=only_after and (any_after or any_direct),
        after_review_part=after_part,
        missing_litigation=only_after and not any_after,
        prereview_named=prereview,
    )
