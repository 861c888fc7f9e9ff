"""Amounts of money: 5000元, 5,000.00元, ¥5000, 0.5万元, 人民币叁万元整, 壹拾伍万元整, 玖角伍分 → Decimal yuan.

Amounts are searched in a folded view of the text (see `folding`), so a line break or OCR spaces inside an
amount (壹拾伍\\n万元整, 30 000元) do not hide it, and full-width digits read as digits. Each amount gets a role
from the words just before it (罚款 → fine, 没收违法所得 → confiscated gains, 没收…价值 → value of confiscated
goods, 加处罚款 → surcharge, anything else → other), or from a seizure right after it (多收价款860元予以没收 →
confiscated money); a capital amount written right after figures
("30000元（大写：叁万元整）") takes the role of its figures and is checked against them.

Decisions:

* Figures need 元/圆 (or a 万/千/百 unit and 元) or a currency sign (人民币, ¥, ￥); a bare number is no amount —
  except right after a fine's label (罚款：5000, a table's 罚款（元） 5000). 角/分 may follow figures (123元5角),
  and 万 may be followed by figures (1万2千元).
* A printed total (合计罚款5000元, 罚款共计…) is no item: it counts for its role only where no item states that
  role, so the items are kept and never counted twice. 罚没款合计 totals several roles and counts for none.
* A bound of a range (5000元以上, 至1万元) is the law's or a scale's, never the penalty.
* The letter O inside a run of digits is read as 0 (OCR), with a lower confidence.
* `penalty_amounts` reads only the penalty section of a decision or notice (after 作出如下行政处罚 / 处罚如下 /
  决定如下 …, up to the payment or appeal terms); without such a section it returns nothing rather than
  guessing from the facts, which quote turnover and prices.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Literal

from extractors.fields.disposition import Block, dispositive_blocks, every_block, in_quote, proposed_blocks
from extractors.fields.folding import CN_DIGIT, Folded, cn_int, fold
from reviewer.core.text import FULL_WIDTH

__all__ = [
    "CN_NUMERALS",
    "Amount",
    "PenaltyReading",
    "Role",
    "find_amounts",
    "parse_amount",
    "penalty_amounts",
    "read_penalty",
]

Role = Literal["fine", "confiscated_gains", "confiscated_goods", "surcharge", "other"]
Form = Literal["figures", "words"]


@dataclass(frozen=True)
class Amount:
    """One amount found in a text; `start`/`end` index the caller's text, `raw` is that slice."""

    value: Decimal
    raw: str
    start: int
    end: int
    form: Form
    role: Role
    #: How sure the value is read right (OCR corrections lower it).
    confidence: float
    #: How sure the role is: 1.0 when a role word was seen, lower when guessed.
    role_confidence: float = 1.0
    #: A total of the items before it (合计罚款5000元, 罚款共计…): counted only where no item states the role.
    total: bool = False


@dataclass(frozen=True)
class PenaltyReading:
    """The penalty section of a decision: amounts per role and figure/capital disagreements."""

    values: dict[str, Decimal]
    amounts: list[Amount]
    mismatches: list[tuple[Amount, Amount]] = field(default_factory=list)
    section: tuple[int, int] | None = None
    #: Capitals that repeat the figures before them (叁万元整 after 30000元), or figures repeating capitals
    #: (伍佰元整（￥500.00）): not amounts of their own.
    repeats: list[Amount] = field(default_factory=list)
    #: The dispositive blocks read (one per violation, or the combined one), as offsets of the caller's text.
    sections: list[tuple[int, int]] = field(default_factory=list)
    #: Every block of the disposition, also those a combined block stands for (the kinds are read over all).
    all_sections: list[tuple[int, int]] = field(default_factory=list)
    #: Printed totals of a role that disagree with the sum of that role's items (合计罚款6000元 after 2000元 and
    #: 3000元): the items count, the total is a drafting slip.
    contradicted: list[Amount] = field(default_factory=list)


# --- patterns --------------------------------------------------------------------------------------------

_CN_DIGITS = "零〇○壹贰貳叁參肆伍陆陸柒捌玖一二两三四五六七八九"
#: Digits that may give 角/分 after figures (5角, 伍角).
_CN_SMALL = "壹贰貳叁參肆伍陆陸柒捌玖一二三四五六七八九"
_CN_NUM = _CN_DIGITS + "拾十佰百仟千万萬亿億"
#: Every character an amount in Chinese numerals may be written with (lower case and financial capitals).
CN_NUMERALS = _CN_NUM
#: A letter right before figures makes them part of a code (货号A100元), unless it ends the currency RMB itself
#: (RMB 23,700.00元: the folded text has no gap left between them).
_FIGURES_BODY = (
    r"(?P<num>\d(?:[\dOo]|,(?=\d{3}(?!\d)))*(?:\.\d+)?)(?P<unit>万|千|百)?(?P<yuan>[元圆])?"
    # 角 and 分 written after whole yuan in figures (123元5角, 123元零5分)
    rf"(?:(?<=[元圆])(?:零?(?P<jiao>[0-9{_CN_SMALL}])角)?(?:零?(?P<fen>[0-9{_CN_SMALL}])分(?!之|钟))?)?"
)
_FIGURES = re.compile(r"(?P<cur>人民币|RMB|[¥￥])?(?:(?<=(?<![A-Za-z])RMB)|(?<![\dA-Za-z.,]))" + _FIGURES_BODY)
#: Figures that start where the decimals of the number before them were cut at a break of the source (the next
#: cell of a table row, 3,650.00│1,490.00): no look behind, the digit before is another cell's.
_FIGURES_AFTER_CUT = re.compile(r"(?P<cur>)" + _FIGURES_BODY)
#: 万 with figures after it (1万2千元, 1万2000元): one amount, not 1万 and 2千元.
_MIXED = re.compile(
    r"(?P<cur>人民币|[¥￥])?(?<![\dA-Za-z.,])(?P<wan>\d{1,4})万(?P<rest>\d{1,4})(?P<unit>千|百)?(?P<yuan>[元圆])"
)
#: A fine's label right before a number printed without 元 (罚款：5000, 罚款金额（元）：5000, a table's 罚款（元） 5000).
_BARE_LABEL = re.compile(r"罚款(?:金额|数额)?(?:[(（](?:人民币)?元[)）])?(?:为|[:：])?[│┃║|｜]?$")
#: A penalty table whose column header gives the unit (处罚种类 金额（元）): its rows' numbers are yuan …
_TABLE_YUAN = re.compile(r"(?:金额|数额|罚没款|罚款)[(（]元[)）]")
#: … in a row labelled with the penalty or its total (没收违法所得 1,286.40, 罚款（违法所得二倍） 2,572.80, 合计 …).
#: The row's label may say in brackets how the amount was reckoned (罚款（按违法所得的0.5倍计）), figures included;
#: a label wrapped inside its cell leaves the bracket open before the number (罚款（违法所 5,970.00 / 得0.5倍）).
_TABLE_ROW = re.compile(
    r"(?:罚款|没收[^0-9,.;；。]{0,12}|违法所得|合计|总计|小计)"
    r"(?:[(（][^()（）0-9]{0,12}[)）]?|[(（][^()（）元]{0,16}倍[^()（）元]{0,4}[)）])?[│┃║|｜]?$"
)
#: How far before a row's number its table's header may stand (folded characters: a few rows).
_TABLE_SPAN = 120
#: What may not follow such a bare number: a unit or a range makes it no amount of money.
_BARE_NOT_AFTER = re.compile(r"[0-9.,万千百元圆次日天个件%％倍份年月号条]|以[上下内]|至|到")
_WORDS = re.compile(
    # every part is optional, so the lookahead spares the engine an empty try at each other character
    rf"(?=[人{_CN_NUM}整正])(?P<cur>人民币)?(?:(?P<yuan>[{_CN_NUM}]+)[元圆])?"
    rf"(?:(?P<jiao>零?[{_CN_DIGITS}])角)?(?:(?P<fen>零?[{_CN_DIGITS}])分(?!之))?(?P<whole>[整正])?"
)
#: Capitals after 人民币 without 元, repeated by figures in brackets: 人民币壹拾贰万壹仟陆佰陆拾捌（121668）.
_BARE_WORDS = re.compile(rf"人民币(?P<yuan>[{_CN_NUM}]+)(?=[(（]\d)")
_CENT = Decimal("0.01")
_UNIT_VALUE = {"万": Decimal(10_000), "千": Decimal(1_000), "百": Decimal(100), None: Decimal(1)}
#: Between figures and the capitals that repeat them: "（大写：", "(大写)人民币", "即", "（小写：", "（大写金额：".
_PAIR_GAP = re.compile(r"[(（]?(?:大写|小写|即)?(?:金额)?[)）]?[:：]?(?:人民币)?")
_BOUNDARY = re.compile("[。；;]")
_ROLE_WINDOW = 40
_ROLE_WORDS = re.compile(
    "加处罚款|滞纳金|没收违法所得|违法所得|没收|价值|折价|货值|违法经营额|经营额|销售额|销售金额|罚款|罚金|"
    "合计|总计|共计|合并执行|总额"
)
#: 罚款 right after an amount, or after the capitals that repeat it in brackets (处人民币5000元（大写：伍仟元整）罚款).
_AFTER_FINE = re.compile(
    rf"(?:[(（](?:大写|金额|人民币|[:：])*[{_CN_NUM}]+[元圆](?:[{_CN_NUM}]+[角分])*[整正]?[)）])?的?罚款"
)
#: A seizure right after an amount (多收价款1,260元予以没收): the money itself is seized; not a bare 没收 (a table's next
#: row, 罚款 3000元 没收违法所得 …), also with the seizure's basis between (2100元，依据《…》第十六条第二款的规定，予以没收).
_AFTER_SEIZED = re.compile(
    rf"(?:[(（](?:大写|金额|人民币|[:：])*[{_CN_NUM}]+[元圆](?:[{_CN_NUM}]+[角分])*[整正]?[)）])?"
    r"(?:[，,](?:依据|根据|依照|按照)《[^《》]{2,40}》[^。；;，,《》“”]{0,30}?(?:的|之)?规定[，,])?"
    r"(?:予以|依法予以|依法|一并|一并予以)没收"
)
#: Words that make an amount the total of the items before it.
_TOTAL_WORDS = re.compile("合计|总计|共计|累计|合并执行|总额|共处|共罚")
#: Between two amounts of one total line (合计：罚款5,360元，没收违法所得2,180元, or its capitals' bracket closing
#: first: …元（大写：伍仟叁佰陆拾元整），没收…): a comma and the next role's words only, so the second amount totals
#: its role too.
_TOTAL_GOES_ON = re.compile(
    r"[整]?[)）]?[，,、;；]?(?:及|和|以及)?(?:并处)?(?:罚款|没收违法所得|没收非法财物|违法所得|没收)[:：]?"
)
#: A total over fines and confiscations alike (罚没款合计): no one role's total.
_MIXED_TOTAL = re.compile("罚没")
_FINE_BETWEEN = re.compile("处|罚款")
#: A seizure's words with nothing of a fine after them (没收违法所得, 没收…价值), right before an amount.
_SEIZED_BEFORE = re.compile("没收[^处罚]*$")
#: A bound of a range (5000元以上, 至5万元): the law's or a scale's range, no amount imposed.
#: …but not 以上 opening the summary after the last item (罚款2,000元 / 以上合计…, 以上各项, 以上罚款共计…), which
#: a line break in the source may leave with no punctuation between.
_RANGE_AFTER = re.compile(
    r"以上(?!合计|共计|总计|各项|[两二三四五六]项|罚没款|罚款(?:合计|共计|总计))|以下|以内|至|到|[-—~～]"
)
_RANGE_BEFORE = re.compile(r"(?:至|到|不超过|不低于|不足|[-—~～])$")
#: A multiplication that works the fine out (违法所得9540元×4＝38160元, 3980元乘以2.5倍): the amount multiplied is a
#: factor, not an amount imposed — the product after the equals sign is.
_TIMES = re.compile(r"[×*＊]|乘以")
#: The amount's capitals may stand in brackets between it and the sign (15320元（壹万伍仟叁佰贰拾元整）×1倍): an aside.
_CAPITALS_ASIDE = r"(?:[(（][^()（）]{1,24}[)）]|[)）])?"
_FACTOR_AFTER = re.compile(rf"\s*{_CAPITALS_ASIDE}\s*(?:{_TIMES.pattern})")
#: Between a multiplied amount and its product (15320元×1倍＝, 3980元乘以2.5倍等于): the factor and the equals sign.
_PRODUCT_GAP = re.compile(rf"{_CAPITALS_ASIDE}(?:{_TIMES.pattern})[0-9.{_CN_DIGITS}十]+倍?(?:[=＝]|等于)")


# --- parsing ---------------------------------------------------------------------------------------------


def _figure_value(number: str, unit: str | None) -> Decimal | None:
    digits = number.replace(",", "").replace("O", "0").replace("o", "0")
    try:
        return Decimal(digits) * _UNIT_VALUE[unit]
    except InvalidOperation:
        return None


def _yuan_words(text: str) -> Decimal | None:
    """The 元 part in Chinese numerals, 亿 included."""
    high, sep, low = text.replace("億", "亿").partition("亿")
    if not sep:
        value = cn_int(text)
        return None if value is None else Decimal(value)
    high_value, low_value = cn_int(high), cn_int(low) if low else 0
    if high_value is None or low_value is None:
        return None
    return Decimal(high_value) * 100_000_000 + low_value


def _small_words(text: str | None) -> int:
    return CN_DIGIT[text[-1]] if text else 0


def _has_digit(text: str) -> bool:
    return any(char in CN_DIGIT for char in text) or text[:1] in ("十", "拾")


def _words_value(match: re.Match[str]) -> Decimal | None:
    yuan, jiao, fen = match.group("yuan"), match.group("jiao"), match.group("fen")
    if yuan is None and jiao is None and fen is None:
        return None
    if yuan is not None and not _has_digit(yuan):
        return None
    whole = _yuan_words(yuan) if yuan else Decimal(0)
    if whole is None:
        return None
    return whole + Decimal(_small_words(jiao)) / 10 + Decimal(_small_words(fen)) / 100


def parse_amount(raw: str) -> Decimal | None:
    """The value of `raw` when it is one amount and nothing else (5,000.00元, 人民币叁万元整); else None."""
    found = find_amounts(raw)
    if len(found) != 1 or fold(raw).text.strip("(（）)") != fold(found[0].raw).text:
        return None
    return found[0].value


# --- finding ---------------------------------------------------------------------------------------------


def _small_figure(text: str | None) -> int:
    return CN_DIGIT[text] if text else 0


def _span_start(text: str, start: int) -> int:
    """Where `_TABLE_SPAN` characters before `start` begin, a table's walls not counted (they are layout)."""
    at, counted = start, 0
    while at > 0 and counted < _TABLE_SPAN:
        at -= 1
        counted += text[at] not in _WALL_CHARS
    return at


def _bare_fine(folded: Folded, match: re.Match[str], cut: bool = False) -> bool:
    """A number without 元 that still is money: printed right after a fine's label (罚款：5000, 罚款（元） 5000) or
    in a row of a penalty table whose header gives the unit (金额（元） … 没收违法所得 1,286.40), and followed by
    no unit or range word (罚款5000元以下 is no such thing)."""
    if match.group("unit"):
        return False
    labelled = _BARE_LABEL.search(folded.text, max(0, match.start() - 12), match.start())
    in_table = _TABLE_ROW.search(folded.text, max(0, match.start() - 24), match.start()) and _TABLE_YUAN.search(
        folded.text, _span_start(folded.text, match.start()), match.start()
    )
    if not (labelled or in_table):
        return False
    # a number cut at the source's break (see `_decimals_cut`) ends there, whatever the next row opens with
    return cut or not _BARE_NOT_AFTER.match(folded.text, match.end())


def _decimals_cut(folded: Folded, match: re.Match[str]) -> int | None:
    """Where figures with more than two decimals cross a break of the source (a table's 12,405.60 and the next
    row's number 2 at the start of its line, folded together): the decimals end at the break, so the end of the
    number there; None when the number is whole in the source."""
    number = match.group("num")
    point = number.find(".")
    if point < 0 or len(number) - point - 1 <= 2:
        return None
    first = match.start("num") + point + 1
    for index in range(first + 1, match.end("num")):
        if folded.origin[index] != folded.origin[index - 1] + 1:
            return index
    return None


def _figures(folded: Folded, yuan_cells: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, Decimal, Form, float]]:
    """Amounts in figures; a bare number that fills a cell of `yuan_cells` (source spans) is yuan."""
    found: list[tuple[int, int, Decimal, Form, float]] = []
    for match in _MIXED.finditer(folded.text):
        rest = _figure_value(match.group("rest"), match.group("unit"))
        if rest is not None and rest < 10_000:
            found.append((match.start(), match.end(), Decimal(match.group("wan")) * 10_000 + rest, "figures", 0.95))
    position, cut = 0, None
    while (
        hit := (_FIGURES_AFTER_CUT.match(folded.text, position) if cut is not None else None)
        or _FIGURES.search(folded.text, position)
    ) is not None:
        match, position = hit, hit.end()
        cut = _decimals_cut(folded, hit)
        if cut is not None:
            match = hit.re.match(folded.text, hit.start(), cut) or hit
            position = cut
        if any(start <= match.start() < end for start, end, *_ in found):
            continue
        bare = not (match.group("yuan") or match.group("cur")) and (
            _bare_fine(folded, match, cut is not None) or _in_cell(folded, match, yuan_cells)
        )
        if not (match.group("yuan") or match.group("cur") or bare):
            continue
        if match.group("unit") and not match.group("yuan"):
            continue  # "5万" without 元 is a count, not money
        value = _figure_value(match.group("num"), match.group("unit"))
        if value is None:
            continue
        if "." not in match.group("num"):
            value += Decimal(_small_figure(match.group("jiao"))) / 10 + Decimal(_small_figure(match.group("fen"))) / 100
        confidence = 0.8 if re.search("[Oo]", match.group("num")) or bare else 0.95
        found.append((match.start(), match.end(), value, "figures", confidence))
    return sorted(found)


def _words(folded: Folded) -> list[tuple[int, int, Decimal, Form, float]]:
    found: list[tuple[int, int, Decimal, Form, float]] = []
    for match in _WORDS.finditer(folded.text):
        if match.end() == match.start():
            continue
        value = _words_value(match)
        if value is not None:
            found.append((match.start(), match.end(), value, "words", 0.9))
    for match in _BARE_WORDS.finditer(folded.text):
        whole = cn_int(match.group("yuan"))
        if whole is not None and not any(start <= match.start("yuan") < end for start, end, *_ in found):
            found.append((match.start(), match.end(), Decimal(whole), "words", 0.85))
    return found


def _role(folded: Folded, start: int, end: int, previous_end: int = 0) -> tuple[Role, float, bool]:
    """The role the words around folded [start, end) give an amount, how sure that is, and whether it totals
    the items before it. The words read are those since the previous amount of the same clause (没收违法所得
    1000元，并处罚款2000元: 罚款 for the second), or the clause's when none stand between them."""
    window_start = max(0, start - _ROLE_WINDOW)
    boundaries = list(_BOUNDARY.finditer(folded.text, window_start, start))
    clause_start = boundaries[-1].end() if boundaries else window_start
    # how the amount was reckoned, in brackets right before it (罚款（违法所得二倍） 2,572.80), names no role
    recent = _MULTIPLE_ASIDE.sub("", folded.text[max(clause_start, previous_end) : start])
    # a table cell that stands for no amount (——, 无（已退还）, （无法计算）) ends its row as an amount would: the
    # next row's label (合计) does not take the role of the empty row before it
    recent = recent[max((m.end() for m in _NO_AMOUNT.finditer(recent)), default=0) :]
    total = bool(_TOTAL_WORDS.search(recent))
    if _refund_aside(folded.text, recent, end):
        return "other", 1.0, False
    # 5000元罚款 is a fine — unless a seizure right before governs it and the 罚款 after is the next row's label
    # (没收违法所得 1200元 / 罚款 3000元, the line break folded away)
    if _AFTER_FINE.match(folded.text, end) and not _SEIZED_BEFORE.search(recent):
        return "fine", 1.0, total
    if _AFTER_SEIZED.match(folded.text, end):
        return "confiscated_gains", 1.0, total
    window = folded.text[clause_start:start]
    words = [match.group() for match in _ROLE_WORDS.finditer(recent)] or [
        match.group() for match in _ROLE_WORDS.finditer(window)
    ]
    if total:
        if _MIXED_TOTAL.search(recent):
            return "other", 1.0, True
        words = [word for word in words if not _TOTAL_WORDS.fullmatch(word)]
        # 没收 whose object follows it (没收两当事人违法所得共计…) is that one seizure, not a second role
        words = [
            word
            for at, word in enumerate(words)
            if not (word == "没收" and any(later in _SEIZED_OBJECTS for later in words[at + 1 :]))
        ]
        if len({_WORD_ROLE.get(word, word) for word in words}) > 1:
            return "other", 1.0, True  # 罚款及没收违法所得合计: a total of several roles
    if not words:
        return "other", 0.6 if not total else 1.0, total
    # 没收 of the clause still governs an amount after it (没收…及非法财物（价值300元）) unless a fine's words
    # came between (没收违法所得500元，并处违法所得…罚款)
    seized = "没收" in recent or ("没收" in window and not _FINE_BETWEEN.search(recent))
    word = words[-1]
    role, confidence = _word_role(word, seized)
    return role, confidence, total


def _base_of(result: Sequence[tuple[Amount, int, int]], folded: Folded) -> int:
    """Index (from the end) of the amount multiplied: the last one, or — its capitals in brackets after it
    (15320元（壹万伍仟叁佰贰拾元整）×1倍) — the figure the capitals restate."""
    if len(result) > 1 and _pair_of(folded, result[-2][0], result[-2][2], result[-1][0].form, result[-1][1]):
        return -2
    return -1


def _product_role(folded: Folded, base_start: int, previous_end: int) -> tuple[Role, float]:
    """The role of a product worked out in the text (罚款：违法所得15320元×1倍＝15320元): what the words before the
    multiplied amount impose. The base's own measure right before it (违法所得, 货值金额) names only what was
    multiplied, so it is passed over; with no penalty's word before the base the product stays `other`."""
    window_start = max(previous_end, base_start - _ROLE_WINDOW)
    boundaries = list(_BOUNDARY.finditer(folded.text, window_start, base_start))
    recent = folded.text[boundaries[-1].end() if boundaries else window_start : base_start]
    seized = "没收" in recent
    for match in reversed(list(_ROLE_WORDS.finditer(recent))):
        role, confidence = _word_role(match.group(), seized)
        if role != "other":
            return role, confidence
    return "other", 1.0


#: What a bracket after an item says of a part already paid back or taken off (已退还的2360元予以扣除).
_REFUND_WORDS = re.compile("退还|退回|返还|退赔|扣除|抵扣|扣减")


def _refund_aside(text: str, recent: str, end: int) -> bool:
    """The amount stands in a bracket after an item that tells a part refunded or deducted (没收违法所得9160元（已退还
    的2360元予以扣除）): the reckoning of the item, no item of its own."""
    opened = max(recent.rfind("("), recent.rfind("（"))
    if opened < 0 or opened < max(recent.rfind(")"), recent.rfind("）")):
        return False
    closing = min((at for at in (text.find(")", end), text.find("）", end)) if at >= 0), default=-1)
    if closing < 0 or closing - end > 24:
        return False
    return bool(_REFUND_WORDS.search(recent[opened:] + text[end:closing]))


#: A table cell that stands for no amount: a dash run, or 无 / 无法计算 with or without its bracketed reason.
_NO_AMOUNT = re.compile(
    r"(?:[—–-]{2,}|(?<=[所得款物品])无(?=\()|\((?:无法计算|无法确定|不适用|无)\))(?:\([^()]{0,16}\))?"
)


#: A bracket right before an amount that says how it was reckoned (（违法所得二倍）, (货值金额3倍)).
_MULTIPLE_ASIDE = re.compile(r"[(（][^()（）]{0,16}倍[^()（）]{0,4}[)）]$")


#: What a seizure takes, named after its 没收 with other words between (没收两当事人违法所得).
_SEIZED_OBJECTS = ("违法所得", "非法所得", "价值", "折价")
#: Role words that name the same role (for telling a total of one role from a total of several).
_WORD_ROLE = {"罚金": "罚款", "非法所得": "违法所得", "没收违法所得": "违法所得"}


def _word_role(word: str, seized: bool) -> tuple[Role, float]:
    if word in ("加处罚款", "滞纳金"):
        return "surcharge", 1.0
    if word == "没收违法所得" or (word == "违法所得" and seized):
        return "confiscated_gains", 1.0
    if word in ("价值", "折价") and seized:
        return "confiscated_goods", 1.0
    if word == "没收":
        return "confiscated_goods", 0.7
    if word in ("罚款", "罚金"):
        return "fine", 1.0
    return "other", 1.0  # turnover, prices, and totals of the items before (合计, 共计 …)


def _pair_of(folded: Folded, first: Amount, first_end: int, second: Form, second_start: int) -> bool:
    """Two amounts, one in figures and one in capitals, that state the same sum side by side."""
    return first.form != second and bool(_PAIR_GAP.fullmatch(folded.text, first_end, second_start))


#: A wide gap between a table row's cells (two spaces or more, ideographic ones included), or a ruled cell border
#: printed in the text layer (当事人一 | 960 | 3000).
_CELL_GAP = re.compile(r"[ \t\u3000]{2,}|[ \t\u3000]*[|｜│┃][ \t\u3000]*")
#: A penalty table's column named by the role of the amounts under it (没收违法所得, 罚款（元）).
_COLUMN_ROLE: dict[str, Role] = {"没收违法所得": "confiscated_gains", "违法所得": "confiscated_gains", "罚款": "fine"}
#: The unit after a column's name; its closing bracket may wrap to the header's next line (没收违法所得（元 / ）).
_COLUMN_UNIT = re.compile(r"(?:金额|数额)?(?:[(（](?:人民币)?元[)）]?)?$")


def _walled_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a walled row's cells, empty cells kept so the columns stay
    aligned (│合计│　│6,630.00│); blanks before the first wall and after the last are no cells (当事人 | 8 | 5
    has three)."""
    walls = [start - 1] + [start + index for index, char in enumerate(text[start:end]) if char in _WALL_CHARS] + [end]
    cells = []
    for left, right in itertools.pairwise(walls):
        a, b = left + 1, right
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        cells.append((a, b))
    if cells and cells[0][0] == cells[0][1]:
        cells.pop(0)
    if cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    return cells


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a line's cells, split at its walls where it has two or more, else at wide gaps."""
    if sum(text.count(wall, start, end) for wall in _WALL_CHARS) >= 2:
        return _walled_cells(text, start, end)
    cells, at = [], start
    for gap in _CELL_GAP.finditer(text, start, end):
        if gap.start() > at:
            cells.append((at, gap.start()))
        at = gap.end()
    if at < end:
        cells.append((at, end))
    return cells


#: A column header that gives the unit (罚款（元）, 没收违法所得（人民币元）).
_YUAN_UNIT = re.compile(r"[(（](?:人民币)?元[)）]\s*$")
#: A cell that holds a bare number and nothing else (3000, 1,286.40; in full width too, ３,６５０．００).
_BARE_CELL = re.compile(r"[0-9][0-9,]*(?:\.[0-9]{1,2})?")


def _in_cell(folded: Folded, match: re.Match[str], cells: Sequence[tuple[int, int]]) -> bool:
    """The folded match lies inside one of `cells` (source spans)."""
    start, end = folded.span(match.start(), match.end())
    return any(a <= start and end <= b for a, b in cells)


def _squeezed(cell: str) -> str:
    """A cell's words with their spaces dropped: a text layer may space out a label's characters (合 计, 罚 款)."""
    return re.sub(r"[\s\u3000]+", "", cell)


def _column_roles(text: str) -> list[tuple[int, int, Role, bool, bool]]:
    """Cells of a table whose header names two roles or more as columns (当事人　没收违法所得　罚款): each row's
    cell (当事人一　960元　3,000元) takes its column's role — not the nearest role word, which is the header's last;
    a row labelled 合计 totals. The rows are the lines right under the header with as many cells; a line of spaces
    between (a page's footer and header blanked where a page break cut the table) is no row and ends nothing.
    The last flag: the column's header gives the unit (罚款（元）), so a bare number filling the cell is yuan."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    found: list[tuple[int, int, Role, bool, bool]] = []
    for index, (start, end) in enumerate(lines):
        header = _cells(text, start, end)
        roles = [_COLUMN_ROLE.get(_COLUMN_UNIT.sub("", _squeezed(text[a:b]))) for a, b in header]
        units = [bool(_YUAN_UNIT.search(text[a:b])) for a, b in header]
        if len(header) < 3 or sum(role is not None for role in roles) < 2:
            continue
        for row_start, row_end in lines[index + 1 :]:
            row = _cells(text, row_start, row_end)
            if len(row) != len(header):
                break
            total = bool(_TOTAL_WORDS.search(_squeezed(text[row[0][0] : row[0][1]])))
            found.extend(
                (a, b, role, total, unit and bool(_BARE_CELL.fullmatch(text[a:b].strip().translate(FULL_WIDTH))))
                for (a, b), role, unit in zip(row, roles, units, strict=True)
                if role is not None
            )
    return found


def _amounts(text: str, folded: Folded) -> list[tuple[Amount, int, int]]:
    """Amounts with their folded spans, in order; figures win over words where both overlap."""
    columns = _column_roles(text) if "\n" in text else []
    yuan_cells = [(cell[0], cell[1]) for cell in columns if cell[4]]
    spans = sorted(_figures(folded, yuan_cells) + _words(folded), key=lambda item: (item[0], item[3] != "figures"))
    result: list[tuple[Amount, int, int]] = []
    for start, end, value, form, confidence in spans:
        if result and start < result[-1][2]:
            continue
        role, role_confidence, total = _role(folded, start, end, result[-1][2] if result else 0)
        if result and _pair_of(folded, result[-1][0], result[-1][2], form, start):
            role, role_confidence, total = result[-1][0].role, 1.0, result[-1][0].total
        elif result and result[-1][0].total and _TOTAL_GOES_ON.fullmatch(folded.text, result[-1][2], start):
            total = True  # 合计罚款5,360元，没收违法所得2,180元: the total line goes on with another role
        src_start, src_end = folded.span(start, end)
        column = next((cell for cell in columns if cell[0] <= src_start < cell[1]), None)
        if column is not None:
            role, role_confidence, total = column[2], 1.0, column[3]
        elif role == "other" and result and _PRODUCT_GAP.fullmatch(folded.text, result[-1][2], start):
            base = _base_of(result, folded)
            role, role_confidence = _product_role(
                folded, result[base][1], result[base - 1][2] if base > -len(result) else 0
            )
        amount = Amount(
            value.quantize(_CENT),
            text[src_start:src_end],
            src_start,
            src_end,
            form,
            role,
            confidence,
            role_confidence,
            total,
        )
        result.append((amount, start, end))
    return result


#: A table's drawn rules and corners (─ ┼ ┌), its walls (│ ┃ ║) aside: layout, read as spaces.
_RULE_CHARS = re.compile(r"[\u2500\u2501\u2504-\u2550\u2552-\u257f]")
#: A table's cell wall typed as text (│ ┃ ║, the ASCII and full-width bars).
_WALL_CHARS = "\u2502\u2503\u2551|｜"


def unruled(text: str) -> str:
    """`text` with a table's rules and corners blanked, one space for one character (offsets keep): a long rule
    no longer stands between a table's header and its rows, nor between a row's label and its number. The walls
    stay: they keep two cells' numbers apart (3600│1800)."""
    return _RULE_CHARS.sub(" ", text) if _RULE_CHARS.search(text) else text


def find_amounts(text: str) -> list[Amount]:
    """Every amount of money in `text`, in order; offsets index `text` itself."""
    text = unruled(text)
    return [amount for amount, _, _ in _amounts(text, fold(text))]


# --- the penalty section ---------------------------------------------------------------------------------


def _blocks_amounts(
    found: list[tuple[Amount, int, int]], blocks: list[Block]
) -> list[tuple[Block, list[tuple[Amount, int, int]]]]:
    return [(block, [item for item in found if block.start <= item[1] < block.end]) for block in blocks]


#: One amount imposed on each of several parties named before it (对当事人一、当事人二各处罚款200元, 对两被处罚人各
#: 处以罚款…): the amount counts once for each of them.
_EACH = re.compile(r"对(?P<who>[^，,。；;：:对]{2,60}?)各(?:处以?|并处|罚款|没收)[^，,。；;0-9]{0,8}$")
_EACH_LIST = re.compile(r"[、和及与]")
_EACH_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_EACH_WINDOW = 80


def _each_times(folded: Folded, start: int) -> int:
    """How many parties an amount is imposed on each of (see `_EACH`); 1 for an amount imposed once."""
    found = _EACH.search(folded.text[max(0, start - _EACH_WINDOW) : start])
    if found is None:
        return 1
    who = found.group("who")
    named = len(_EACH_LIST.split(who))
    if named > 1:
        return named
    counted = re.fullmatch(r"(?P<n>[两二三四五])(?:名|个|位)?(?:当事人|被处罚人)", who)
    return _EACH_COUNT[counted.group("n")] if counted else 1


def _role_totals(items: list[tuple[Amount, int, int]], folded: Folded) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    previous: tuple[Amount, int, int] | None = None
    for amount, start, end in items:
        if not (previous and _pair_of(folded, previous[0], previous[2], amount.form, start)) and amount.role != "other":
            totals[amount.role] = totals.get(amount.role, Decimal(0)) + amount.value
        previous = (amount, start, end)
    return totals


def _worked_out(per_block: list[tuple[Block, list[tuple[Amount, int, int]]]], folded: Folded) -> list[int]:
    """Blocks in the weighing that work the penalty out (本局对当事人按违法所得的四倍处以罚款：9540元×4＝38160元)
    before a later block decides it again with the same amount for each role they give (本局决定：…罚款38160元):
    the arithmetic, not a penalty of its own. Their indexes."""
    dropped = []
    for index, (block, items) in enumerate(per_block[:-1]):
        if not items or not _TIMES.search(folded.text, block.start, block.end):
            continue
        mine = _role_totals(items, folded)
        later = [_role_totals(other, folded) for _, other in per_block[index + 1 :]]
        if mine and any(all(totals.get(role) == value for role, value in mine.items()) for totals in later):
            dropped.append(index)
    return dropped


def _restated(per_block: list[tuple[Block, list[tuple[Amount, int, int]]]], folded: Folded) -> bool:
    """The last block repeats the amounts of the blocks before it (a summary not worded as one)."""
    if len(per_block) < 2 or not per_block[-1][1]:
        return False
    earlier: dict[str, Decimal] = {}
    for _, items in per_block[:-1]:
        for role, value in _role_totals(items, folded).items():
            earlier[role] = earlier.get(role, Decimal(0)) + value
    return bool(earlier) and earlier == _role_totals(per_block[-1][1], folded)


def read_penalty(text: str) -> PenaltyReading:
    """Amounts of the dispositive blocks by role, figures checked against the capitals that repeat them; where
    the decided blocks carry no amount and proposed ones do, the proposal is what the decision imposes."""
    text = unruled(text)
    folded = fold(text)
    blocks = dispositive_blocks(folded.text)
    if not blocks:
        return PenaltyReading(values={}, amounts=[])
    unquoted_amounts = [item for item in _amounts(text, folded) if not in_quote(folded.text, item[1])]
    reading = _reading(folded, blocks, unquoted_amounts)
    if not reading.values and not any(block.proposal for block in blocks):
        proposed = proposed_blocks(folded.text)
        if proposed and (again := _reading(folded, proposed, unquoted_amounts)).values:
            return again
    everything = every_block(folded.text)
    if blocks[-1] in everything:
        reading.all_sections[:] = [_section(folded, block) for block in everything]
        _fill_from_sections(folded, reading, [block for block in everything if block not in blocks], unquoted_amounts)
    return reading


#: Roles a combined block may state as one (没收销货款 876元 for the gains and the goods' value of the sections).
_ROLE_GROUP = {"confiscated_gains": "confiscation", "confiscated_goods": "confiscation"}


def _fill_from_sections(
    folded: Folded, reading: PenaltyReading, others: list[Block], unquoted_amounts: list[tuple[Amount, int, int]]
) -> None:
    """A combined block that totals one role alone (合计：罚款5000元) does not take away the amounts of another
    role its sections state (没收违法所得500元 in the first violation's items): those are read from the sections."""
    if not others or not reading.values:
        return
    sections = _reading(folded, others, unquoted_amounts)
    stated = {_ROLE_GROUP.get(role, role) for role in reading.values}
    missing = {role: value for role, value in sections.values.items() if _ROLE_GROUP.get(role, role) not in stated}
    if not missing:
        return
    reading.values.update(missing)
    added = [amount for amount in sections.amounts if amount.role in missing]
    reading.amounts[:] = sorted([*reading.amounts, *added], key=lambda amount: amount.start)
    reading.repeats.extend(amount for amount in sections.repeats if amount.role in missing)
    reading.mismatches.extend(pair for pair in sections.mismatches if pair[0].role in missing)


def _section(folded: Folded, block: Block) -> tuple[int, int]:
    """A block's offsets in the caller's text, from the words that open it (they may name the kind)."""
    return folded.span(block.opening if block.opening >= 0 else block.start, block.end)


def _range_bound(folded: Folded, start: int, end: int) -> bool:
    """The amount bounds a range (5000元以上5万元以下, 至1万元): the law's or a scale's, not the penalty."""
    return bool(_RANGE_AFTER.match(folded.text, end) or _RANGE_BEFORE.search(folded.text, max(0, start - 3), start))


#: What opens the parts of an amount right after it (罚款2,500元（其中甲罚款2,000元…）, …元，其中…), also after the
#: figures that repeat it in brackets (壹拾贰万元（¥120,000.00），其中甲承担柒万元…): parts of the amount's own role
#: restate it and add nothing (a 罚没款 total's parts of other roles are the items).
_PARTS = re.compile(r"[元整]{0,2}\)?(?:(?P<open>\()|[,，])?其中")


def _reading(folded: Folded, blocks: list[Block], unquoted_amounts: list[tuple[Amount, int, int]]) -> PenaltyReading:
    amounts = [
        item
        for item in unquoted_amounts
        if not _range_bound(folded, item[1], item[2]) and not _FACTOR_AFTER.match(folded.text, item[2])
    ]
    per_block = _blocks_amounts(amounts, blocks)
    if dropped := _worked_out(per_block, folded):
        per_block = [pair for index, pair in enumerate(per_block) if index not in dropped]
    if _restated(per_block, folded):
        per_block = per_block[-1:]
    items: dict[str, Decimal] = {}
    totals: dict[str, Decimal] = {}
    kept: list[Amount] = []
    mismatches: list[tuple[Amount, Amount]] = []
    repeats: list[Amount] = []
    stated_totals: list[Amount] = []
    for _, found in per_block:
        previous: tuple[Amount, int, int] | None = None
        parts_end, parts_role = -1, ""
        for amount, start, end in found:
            if start < parts_end and amount.role == parts_role:
                repeats.append(amount)  # a part of the amount before it (罚款2,500元（其中…2,000元，…500元）)
                continue
            if amount.role != "other" and (parts := _PARTS.match(folded.text, end)) is not None:
                closing = folded.text.find(")", parts.end()) if parts.group("open") else -1
                stop = _BOUNDARY.search(folded.text, parts.end())
                parts_end = closing if closing >= 0 else stop.start() if stop else len(folded.text)
                parts_role = amount.role
            if previous and _pair_of(folded, previous[0], previous[2], amount.form, start):
                repeats.append(amount)
                if amount.value != previous[0].value:
                    words, figures = (amount, previous[0]) if amount.form == "words" else (previous[0], amount)
                    mismatches.append((figures, words))
            elif amount.total:
                totals[amount.role] = totals.get(amount.role, Decimal(0)) + amount.value
                stated_totals.append(amount)
            else:
                times = _each_times(folded, start) if amount.role in ("fine", "confiscated_gains") else 1
                items[amount.role] = items.get(amount.role, Decimal(0)) + amount.value * times
            kept.append(amount)
            previous = (amount, start, end)
    # a printed total repeats the items of its role (合计罚款5000元 after 2000元 and 3000元): the items count;
    # a total stands for its role only where no item states it (合计：罚款5000元 alone)
    values = {**totals, **items}
    repeats += [amount for amount in stated_totals if amount.role in items]
    values.pop("other", None)
    spans = [folded.span(block.start, block.end) for block, _ in per_block]
    sections = [_section(folded, block) for block, _ in per_block]
    contradicted = _contradicted(stated_totals, items)
    return PenaltyReading(
        values, kept, mismatches, (spans[0][0], spans[-1][1]), repeats, sections, list(sections), contradicted
    )


def _contradicted(stated_totals: Sequence[Amount], items: dict[str, Decimal]) -> list[Amount]:
    """The one printed total of a fine or of confiscated gains whose value differs from its role's items added up;
    a role totalled twice (per party, per violation) is left alone: which items a total covers is then unclear."""
    found = []
    for role in ("fine", "confiscated_gains"):
        mine = [amount for amount in stated_totals if amount.role == role]
        if len(mine) == 1 and role in items and mine[0].value != items[role]:
            found.append(mine[0])
    return found


def penalty_amounts(decision_text: str) -> dict[str, Decimal]:
    """Role → total amount of the penalty section (fine, confiscated_gains, confiscated_goods, surcharge)."""
    return read_penalty(decision_text).values
