"""What a decision imposes (警告, 罚款, 没收, 责令停产停业, 吊销 …) and whether that makes the case major or
hearing-eligible under thresholds the caller supplies.

Thresholds differ by province and sector, so they are parameters here and come from the selected standard
(`checklists/*.yaml`); nothing in this module knows Henan's numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.fields.disposition import unquoted
from extractors.fields.money import read_penalty
from reviewer.core.facts import PenaltyKind, PenaltyThresholds
from reviewer.core.text import FULL_WIDTH

#: The party's premises named between 责令 and the suspension (责令当事人涉案门店停业整顿, 责令其所属分店停业).
_PREMISES = "(?:的?(?:涉案|所属|下属|相关|该)?(?:门店|店铺|分店|网店|经营场所|营业场所|门市部|药店|车间|工厂))?"
#: Words of each penalty kind inside a decision's penalty section (whitespace removed before matching).
_KIND_WORDS: dict[PenaltyKind, re.Pattern[str]] = {
    "warning": re.compile("警告|通报批评"),
    "fine": re.compile("罚款"),
    "confiscation": re.compile("没收"),
    "suspension": re.compile(
        f"责令(?:当事人|其)?{_PREMISES}(?:停产停业|停业|停产|关闭|暂停营业)|(?:给予|处以|并处)暂停营业|限制(?:开展)?生产经营|限制从业"
        # a work ban for a term written out (五年内不得申请…许可或者从事…管理工作, 终身不得从事…): 限制从业
        "|(?:[一二三四五六七八九十0-9]+年内|终身)不得(?:申请|从事|担任)"
    ),
    "revocation": re.compile("吊销"),
    "qualification": re.compile("降低资质等级|暂扣"),
    "detention": re.compile("行政拘留"),
}
_NOT_IMPOSED = re.compile("不予(?:行政)?处罚")
#: A kind the decision says it does not impose (给予警告，免予罚款; 不予没收; 不并处罚款): not imposed.
_WAIVED = re.compile("(?:不予|免予|免于|免除|不再|不(?=处以|给予|并处))(?:处以|给予|并处)?(?:罚款|没收|警告)")
#: A confiscation of whatever part of a refund cannot be made, no amount named (对无法退还部分，予以没收; 不能退还的，
#: 依法予以没收): the refund is still to be tried, so nothing is confiscated yet (label guide, rule 42).
_UNREFUNDABLE_LATER = re.compile(r"(?:无法|不能|未能)退还的?(?:部分|款项|价款)?[^。；;0-9０-９]{0,12}?没收")
#: A penalty table's row whose amount cell says there is none (没收违法所得 ——（无法计算）, 没收违法所得 无（已退还）,
#: 罚款 无): the row's kind is not imposed.
_EMPTY_ROW = re.compile(
    r"(?:罚款|没收[^，,；;。:：0-9]{0,10}?)[:：]?"
    r"(?:[—–－-]{2,}|无(?=[(（，,；;。]|$)|[(（](?:无法计算|无法确定|不适用|无)[)）])"
    r"(?:[(（][^()（）]{0,16}[)）])?"
)
#: A form's penalty field struck through on its own line (没收违法所得：／, 罚款：无, 没收违法所得：——): the field's
#: kind is not imposed (ruling 74).
_STRUCK_FIELD = re.compile(
    r"(?m)^[ \t\u3000<]*(?:罚款|没收[^，,；;。:：0-9\n]{0,10}?)[ \t\u3000]*[:：][ \t\u3000]*(?:无|[／/]|[—–－-]+)[ \t\u3000]*$"
)
#: A suspension the decision only reports from the law's penalty range (情节严重的，责令停业整顿; 可以责令停产停业)
#: or refuses (不予责令停业): the words before it in its clause say so, and it is not imposed.
_ONLY_RANGE = re.compile("(?:情节严重的?|可以|并可|直至|或者|或|不予|免予|无需|不需)[，,]?$")
#: Alternatives the writer had to choose between and left in brackets (（警告/罚款）, [警告／罚款]): no kind inside is
#: imposed by them — what the disposition writes out after them (罚款人民币伍佰元) still is.
_UNCHOSEN = re.compile(r"[(（\[【][^()（）\[\]【】]{1,20}[/／][^()（）\[\]【】]{1,20}[)）\]】]")
#: Where one violation's items end inside a block (…不予行政处罚。违法行为二：警告…).
_CLAUSE_END = re.compile("[。；;]")
#: A part of a 不予 clause that adds a penalty all the same (不予行政处罚，并依据…处罚款500元; ，同时处以警告): the
#: self-contradicting disposition still imposes it. A part saying what would have been imposed (但本应处以罚款…) does not.
_ADDED_AFTER_NONE = re.compile("^(?:并|同时|另|但)(?!不|未|免|本应|原应|应当|应)")
#: Several things seized in one item (没收违法所得300元及涉案茶叶20盒): each is looked at.
_SEIZED_JOIN = re.compile("以及|及|和")
#: The value a decision gives goods in brackets (（价值400元）): not money seized.
_VALUE_ASIDE = re.compile(r"[(（][^()（）]{0,20}[)）]")
#: What follows 没收 up to the end of its item; a comma between digits groups thousands (4,368.00元) and ends
#: nothing. A second verb joined to it (没收、销毁侵权商品; 没收并销毁) is skipped: what follows is still the thing seized.
_SEIZED = re.compile(
    r"没收(?:[、和并及]?(?:销毁|拍卖|变卖))?(?P<object>(?:[^，,；;。：:、]|(?<=[0-9])[，,](?=[0-9]{3})){0,60})"
)
_MONEY_OBJECT = re.compile(
    r"^(?:其|当事人的?)?(?:违法所得|非法所得|违法收入|销货款|货款|价款|款项|罚没|多收|.{0,20}?[0-9０-９.]+元)"
)


def _imposing(decision_text: str) -> str:
    """The text of every block of the disposition that imposes something, quotes removed: a block that does not
    punish (对违法行为一不予行政处罚) adds nothing, the blocks of the other violations still count."""
    reading = read_penalty(decision_text)
    blocks = [
        unquoted(re.sub(r"\s+", "", _STRUCK_FIELD.sub("", decision_text[start:end])))
        for start, end in reading.all_sections
    ]
    parts = [
        _EMPTY_ROW.sub("", _WAIVED.sub("", _UNCHOSEN.sub("", _UNREFUNDABLE_LATER.sub("", part))))
        for block in blocks
        for part in _CLAUSE_END.split(block)
    ]
    return "。".join(kept for part in parts if part for kept in _kept(part))


def _kept(clause: str) -> list[str]:
    """A clause that imposes; of a clause that says 不予处罚 only the comma-parts after it that add a penalty."""
    match = _NOT_IMPOSED.search(clause)
    if not match:
        return [clause]
    return [part for part in re.split("[，,]", clause[match.end() :]) if _ADDED_AFTER_NONE.match(part)]


def penalty_kinds(decision_text: str) -> set[PenaltyKind]:
    """Kinds of penalty the decision's disposition imposes, over every block (a combined block that totals only
    the fines does not hide a warning of a violation's own block); empty when it has no such section."""
    text = _imposing(decision_text)
    return {
        kind for kind, pattern in _KIND_WORDS.items() if any(_imposed(text, match) for match in pattern.finditer(text))
    }


def _imposed(text: str, match: re.Match[str]) -> bool:
    """A suspension's words are imposed unless the few characters before them only give the law's range."""
    if match.re is not _KIND_WORDS["suspension"]:
        return True
    return not _ONLY_RANGE.search(text[max(0, match.start() - 8) : match.start()])


def goods_confiscated(decision_text: str) -> bool:
    """The disposition confiscates goods or tools in kind (没收涉案茶叶2件), not only money (没收违法所得…元).
    Read with full-width digits and commas folded, so a grouped amount (１８，４２０．３５元) stays one item."""
    text = _imposing(decision_text).translate(FULL_WIDTH)
    for match in _SEIZED.finditer(text):
        for thing in _SEIZED_JOIN.split(match.group("object")):
            thing = _VALUE_ASIDE.sub("", thing)
            if thing and not _MONEY_OBJECT.match(thing) and not re.search("[元圆]", thing):
                return True
    return False


def classify(
    kinds: set[str],
    fine: Decimal | None,
    confiscation: Decimal | None,
    party_type: str | None,
    thresholds: PenaltyThresholds,
) -> tuple[bool | None, bool | None]:
    """(is_major, hearing_eligible); None where the party type or amounts needed are unknown."""
    amount = fine
    if thresholds.major_includes_confiscation and confiscation is not None:
        amount = max(amount or Decimal(0), confiscation)
    is_major = _over(
        kinds,
        thresholds.major_kinds,
        amount,
        party_type,
        thresholds.major_fine_citizen,
        thresholds.major_fine_organisation,
    )
    hearing = _over(
        kinds,
        thresholds.hearing_kinds,
        fine,
        party_type,
        thresholds.hearing_fine_citizen,
        thresholds.hearing_fine_organisation,
    )
    return is_major, hearing


def _over(
    kinds: set[str],
    heavy: frozenset[str],
    amount: Decimal | None,
    party_type: str | None,
    citizen: Decimal | None,
    organisation: Decimal | None,
) -> bool | None:
    if kinds & heavy:
        return True
    limit = {"citizen": citizen, "organisation": organisation}.get(party_type or "")
    if party_type is None or (limit is None and (citizen is not None or organisation is not None)):
        return None  # the rule depends on who the party is, and we could not tell
    if limit is None:
        return False  # the standard sets no amount rule
    if amount is None:
        return None if "fine" in kinds or "confiscation" in kinds else False
    return amount >= limit
