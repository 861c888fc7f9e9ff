"""Legal citations: 《…》第X条(之X)第X款第（X）项, Chinese numerals made integers, and their role in a decision.

"《中华人民共和国商标法》第五十七条第（三）项、第六十条第二款" gives two citations of the same law; "该法第六十三条",
"该条例第四十一条第（二）项" and "本法…" cite the law cited last. Citations are searched in the folded text,
so a line break inside one (第六十条第\\n二款, 《中\\n华人民共和国…》) does not split it. A national law named without
《》 before its article (依据中华人民共和国价格法第四十二条, 并根据行政处罚法第三十二条: its known short name in
`extractors/data/national_laws.yaml`, or any name opened by 中华人民共和国) is read as if bracketed.

Roles, by what the sentence does with the provision (never by a list of provisions):

* a provision inside quoted law text (“…本法第十四条所列行为…”) is quoted, not cited: it gets no role;
* a weighing instrument (裁量基准, 减轻清单 — words in `extractors/data/citation_roles.yaml`) or a weighing
  article of the penalty law (第32条 从轻 …) → "mitigation", wherever it stands; the penalty law's procedure
  articles (告知, 听证, the surcharge) and procedural rules → "other"; its on-the-spot article (第51条, before 2021
  第33条) cited for the 当场 decision → "other" too, whatever word leads to it;
* else the nearest trigger before it in its sentence: 违反 / 违背 / 不符合 → "violated" (涉嫌违反 is the opening
  narrative's suspicion, "other"); 构成 / 属于 → a characterisation, "violated" only when the decision has no
  违反 clause at all; 依据 / 根据 / 依照 / 按照 → "basis" when the rest of the sentence imposes the penalty
  (处罚, 罚款, 决定, 处以, 给予 …) and is neither about the surcharge (加处罚款) nor only a refund order;
* no trigger → "other" (立案依据 lists, approval-form cells).

The same provision cited at two precisions in one role is kept once, at the more precise one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

from extractors.fields.disposition import in_quote
from extractors.fields.folding import Folded, cn_int, fold

__all__ = [
    "Citation",
    "CitationRole",
    "CitationSplit",
    "bracketed_laws",
    "find_citations",
    "split_citations",
    "unnumbered_basis",
    "weighs_only",
]

CitationRole = Literal["violated", "basis", "mitigation", "other"]


@dataclass(frozen=True)
class Citation:
    """One cited provision; `start`/`end` index the caller's text (the law's name included when written)."""

    law: str | None
    article: int
    paragraph: int | None
    item: int | None
    raw: str
    start: int
    end: int
    role: CitationRole = "other"
    sub_article: int | None = None
    confidence: float = 1.0

    @property
    def label(self) -> str:
        """Normalised form: 《商标法》第57条第3项 → "《…》第57条第2款第3项"."""
        parts = [f"《{self.law}》" if self.law else "", f"第{self.article}条"]
        if self.sub_article:
            parts.append(f"之{self.sub_article}")
        if self.paragraph:
            parts.append(f"第{self.paragraph}款")
        if self.item:
            parts.append(f"第{self.item}项")
        return "".join(parts)


@dataclass(frozen=True)
class CitationSplit:
    """A decision's citations by role."""

    violated: list[Citation]
    basis: list[Citation]
    other: list[Citation]
    mitigation: list[Citation] = field(default_factory=list)


_NUM = r"[0-9〇零O一二两三四五六七八九十百千]+"
_LAW = r"《(?P<law>[^《》]{2,60})》"
_REFERENCE = (
    r"(?P<ref>该法|该条例|该规定|该办法|该细则|该规则|该基准|该意见|该标准|该清单|本法|本条例|同法|上述法律|上述条例)"
)
_PROVISION = (
    # 第四十的规定 (条 left out by a slip) is still article 40
    # 第五、六、七条: the first article of a run that shares one 条 (the rest are read as further articles)
    rf"第(?P<art>{_NUM})(?:条|(?=[的之]规定)|(?=(?:、第?{_NUM})+条))/?(?:之(?P<sub>{_NUM}))?(?:【[^】]{{1,8}}】)?(?:第[(（]?(?P<para>{_NUM})[)）]?款)?"
    # 第三、第八项 / 第一、二项 / 第一、二、三项: the first of a run of items written with one 项 (the others are
    # read as further items).
    rf"(?:第?[(（](?P<item>{_NUM})[)）]项?|第(?P<item2>{_NUM})(?:项|(?=(?:[、和及]第?{_NUM})+项)))?"
)
#: Between a law's name and its article: a slash, an edition or date in brackets (（2010修订）, （1997公布）),
#: "的通知" of a notice that issues the instrument, and the instrument's own parts (第二编第一章).
_LAW_GAP = rf"/?(?:\([^()《》]{{1,30}}\))?(?:的通知)?(?:第{_NUM}[编章节])*"
#: A law named without 《》 right after a trigger or a list mark (违反价格法第十四条, 、食品安全法第三十四条).
_BARE_LAW = (
    r"(?:(?<=违反|依据|根据|依照|按照|属于|参照|对照)|(?<=违反了|属于了)|(?<=[、,。:;及和]))"
    r"(?!了|该|本|上述|同|依据|根据|依照|按照|违反|属于|参照|对照)"
    r"(?P<bare>(?:中华人民共和国)?(?:(?!第)[\u4e00-\u9fff]){2,12}?(?:法|条例|实施细则|细则))(?=第)"
)
#: A rule, measure or weighing instrument named without 《》 right after a trigger (依据价格违法行为行政处罚规定第七条,
#: 根据某总局关于规范行政处罚裁量权的指导意见（2022）第十四条), or right after a provision it is listed with
#: (依据价格法第四十二条、价格违法行为行政处罚规定第十三条): longer names, so only where a trigger or a listed
#: provision (条、 / 款和 / ）项及) opens them, and never a pointer such as 相关规定 / 上述规定.
_BARE_RULE = (
    r"(?:(?<=违反|依据|根据|依照|按照|参照|对照)|(?<=违反了)|(?<=[条款项)][、和及与])|(?<=[条款项)]以及))"
    r"(?!了|该|本|上述|前述|以上|相关|有关|其他|下列|同|依据|根据|依照|按照|违反|参照|对照)"
    r"(?P<rule>(?:(?!第)[\u4e00-\u9fff]){2,40}?(?:规定|办法|规则|意见|基准|标准|清单))(?:\([^()《》]{1,12}\))?(?=第)"
)
#: A law's name whose opening 《 was lost (…”。价格某某规定》第十八条): closed by 》, opened by a clause mark.
_UNOPENED = r"(?<=[。,:;、])(?P<unopened>[\u4e00-\u9fff]{2,30}?(?:法|条例|规定|办法|细则|规则))》"
#: A weighing instrument named without 《》 after a list mark (第十三条第一项和某某省市场监督管理行政处罚裁量权适用
#: 规定第十二条第二项): its 裁量 word tells it from the decision's own words.
_BARE_WEIGHING = (
    r"(?:(?<=[、及和与])|(?<=以及))(?!了|该|本|上述|前述|以上|相关|有关|其他|下列|同|依据|根据|依照|按照|参照|对照|结合)"
    r"(?P<weighing>[\u4e00-\u9fff]{0,40}?裁量[\u4e00-\u9fff]{0,20}?(?:规定|办法|规则|意见|基准|标准|清单))"
    r"(?:\([^()《》]{1,12}\))?(?=第)"
)
_HEAD = re.compile(
    rf"(?:{_LAW}{_LAW_GAP}|{_UNOPENED}{_LAW_GAP}|{_BARE_LAW}|{_BARE_RULE}|{_BARE_WEIGHING}|{_REFERENCE})?(?:的)?"
    rf"{_PROVISION}"
)
#: Between two provisions of one law: "、", "和", "及", "，" (a provision list), "以及".
_JOIN = re.compile(r"(?:、|和|及|以及|与|，|,)$")
_LIST_GAP = re.compile(r"[:：]?“[^“”]{0,500}”(?:的规定)?(?:、|和|及|以及|与|，|,)")
_SENTENCE_END = re.compile("[。；;]")
#: A heading that labels what follows as the penalty's basis (处罚依据：, 行政处罚的法律依据：): basis whatever
#: the rest of its sentence says.
#: A table row's label (。处罚依据　《某法》第…) has no colon: the law's name follows it at once.
_BASIS_HEADING = (
    r"(?:(?:行政)?(?:处罚|处理)(?:的)?(?:法律)?依据(?:及内容|和内容)?:|\((?:行政)?处罚的?内容(?:和|及)依据\)"
    # a line that labels the penalty's provisions by their role (处罚条款：《某法》第…), beside 违法条款：
    r"|(?:行政)?处罚(?:的)?(?:条款|条文|法条):"
    r"|(?:(?<=[。;:,])|^)(?:行政)?处罚(?:的)?(?:法律)?依据(?=《)"
    # a sentence of its own that opens with the bare heading (。依据：《某法》第…) after the disposition
    r"|(?<=[。;])依据:(?=《))"
)
#: A sentence that names what follows as the basis of the penalty just imposed (本处罚所依据的是《…》,
#: 上述处罚的依据为…, 作出本决定的法律依据是…, 本决定的法律依据：…): like a heading, basis whatever the rest of its sentence says.
_BASIS_STATED = (
    r"(?:作出)?(?:本|上述|以上|前述|该|此)(?:项)?(?:行政处罚决定|处罚决定|处理决定|行政处罚|处罚|处理|决定)"
    r"(?:所)?(?:的)?(?:法律)?依据(?:(?:的)?(?:是|为):?|:)"
)
#: The heading's words as a trigger matched them (the row label without the context around it).
_BASIS_HEADING_WORDS = re.compile(rf"{_BASIS_HEADING}|{_BASIS_STATED}|(?:行政)?处罚(?:的)?(?:法律)?依据|依据:")
#: A line that labels the provisions violated by their role (违法条款：《某规定》第十五条), as 违反条款： does.
_VIOLATED_LABEL = r"违法(?:的)?(?:条款|条文|法条):"
#: 不按照规定 / 未依照…标价 / 没有按照: the party's conduct (it did not follow a rule), never the basis of a penalty.
_NOT = r"(?<!不)(?<!未)(?<!没)(?<!没有)"
_TRIGGER = re.compile(
    rf"{_BASIS_HEADING}|{_BASIS_STATED}|{_VIOLATED_LABEL}|涉嫌违反|违反|违背|不符合|构成|属于|未履行|{_NOT}(?:依据|根据|依照|按照)|参照|对照|适用|遵照"
    rf"|{_NOT}(?<![依根])(?:依|据|按)(?=《)"
    # a clause that opens with 处罚 and the law (。处罚《某规定》第七条，责令改正…): the penalty under that law
    r"|(?<=[。;:,])处罚(?=《)"
)
_PENALISING = re.compile("处罚|罚款|决定|处以|给予|没收|责令|吊销|暂扣|警告|处理")
#: A sentence of its own that imposes the penalty right after a basis ending in 的规定 (…的规定。决定…).
_IMPOSING_NEXT = re.compile(
    r"^(?:综上[,，]?)?(?:本局|我局|本机关|现)?(?:决定|责令|对当事人(?:作出|处以|给予)|作出如下|给予|处以)"
)
#: What may stand after a provision in a sentence that only lists the basis (…第九条及第十六条的规定。): further
#: provisions, joining words, quoted text (masked) and 的规定 — no words of the decision's own.
_BARE_LIST_REST = re.compile(
    rf"(?:[、,，]|和|及|以及|与|《》|“□*”|第{_NUM}[条款项]|\({_NUM}\)|之{_NUM})*(?:的|之)?(?:有关|相关)?(?:规定)?"
)
#: A sentence that imposes the penalty (…决定处罚如下：, 作出如下行政处罚, 决定对当事人处以…).
_IMPOSES = re.compile(r"处罚如下|如下(?:行政)?处罚|决定(?:对当事人)?(?:处以|给予)")
#: The trigger words that introduce a penalty basis (依据/根据/依照/按照, 依《…》).
_BASIS_WORDS = ("依据", "根据", "依照", "按照", "依", "据", "按", "处罚")
#: Words that open the decision's own conclusion.
#: The next sentence imposes the penalty under a basis word (。依据…的规定，对该行为处以罚款…).
_PUNISHED_NEXT = re.compile(
    r"[。；;]\s*(?:依据|根据|依照|按照)[^。；;]{0,200}?(?:处以|并处|罚款|没收|警告|给予|处罚如下|作出如下|决定(?:给予|处以|对|作出|如下|处罚|并处))"
)
#: A sentence that only weighs the penalty (鉴于…，本局决定对当事人从轻处罚。), which may stand between the finding and
#: the sentence that imposes the penalty.
_WEIGHING_BETWEEN = re.compile(
    r"[。；;]\s*(?:鉴于|考虑到|综合考虑)[^。；;]{0,300}?(?:从轻|减轻|从重)[^。；;]{0,30}?(?=[。；;])"
)
_CONCLUDING = re.compile("(?:本局|我局|本机关|经研究|经审查|经审理|经集体讨论|经复核|经调查)(?:后)?认为|综上")
#: A section heading over the reasoning (三、处罚依据及理由, （三）处罚依据及理由, 3.处罚依据及理由, 【认定理由和依据】):
#: the sentence that opens the section is the decision's conclusion — unless it tells how the case was opened
#: (接举报…涉嫌违反…立案). A bracket or point counts only closing an item's number (（三）, 3.), not a clause's words.
REASONING_HEADING = re.compile(
    r"(?:(?<=[、【\[])|(?<=[0-9０-９一二三四五六七八九十][)）.．])|^)(?:行政)?(?:处罚|认定|定性)?(?:的)?(?:理由|依据)(?:及|和|与|、)(?:处罚)?(?:理由|依据)(?=[】\]]|$|[^、，,。])"
)
CASE_OPENING = re.compile(r"立案|发现|接到|接报|举报|投诉|检查|移送|线索|一案|核查|巡查|交办|转办")
#: The decision confiscates money (没收违法所得三百元, 没收多收价款105.6元): an amount of money after 没收 in the same
#: clause — not the law's 没收违法所得，并处… printed without quotes.
_CONFISCATES_MONEY = re.compile(
    r"没收[^。;,:]{0,16}?(?:[,:](?:计|共计|合计|金额|人民币)[^。;,:]{0,6}?)?"
    r"(?:[0-9][0-9.,]*|[壹贰叁肆伍陆柒捌玖拾佰仟万零一二三四五六七八九十百千两〇]+)元"
    # a penalty table's row, its unit in the column's header (没收违法所得　12,405.60)
    r"|没收[^。;,:0-9]{0,16}?[0-9](?:[0-9]|,(?=[0-9]{3}))*\.[0-9]{2}(?![0-9]*(?:倍|%|元以))"
)
#: The decision confiscates money that could not be refunded (无法退还的…予以没收, 没收多收价款).
_CONFISCATES_UNREFUNDED = re.compile(
    r"(?:未退还|无法退还|不能退还|未能退还)[^。]{0,40}没收|没收[^。]{0,20}(?:多收|价款)|(?:多收|退还)的?价款[^。]{0,30}予以没收"
)
#: A confiscation that is only threatened for money not refunded by a deadline still to come (期限届满未退还的，
#: 予以没收; 逾期不退还的，由本局没收): it confiscates nothing yet. An amount named between (期限届满后仍未退还的
#: 多收价款1,260元予以没收) makes it a confiscation of money left unrefunded after a deadline already passed.
_UNREFUNDED_LATER = re.compile(
    r"(?:逾期|届满|期满|到期|期限内|规定期限|如|若)[^。;,]{0,12}?(?:未|不|没有)(?:按期|按时|如期|能)?退还"
    r"[^。;,0-9]{0,16}?,?[^。;,0-9]{0,12}?没收"
)
_LAW_NAME = re.compile(r"《([^《》]{2,60})》")
#: A 《》 name that is a law or rule (not a document's title such as 《行政处罚告知书》).
_LAW_LIKE = re.compile(r"(?:法|条例|规定|办法|细则|规则|基准|标准|意见)(?:\([^()]{1,12}\))?$")
#: Law text appended after the decision (附页：本决定书引用的法条内容, 附件1 本案适用的法律法规): cites nothing.
_APPENDIX = re.compile(r"附(?:页|件|录)[0-9一二三]?[:：]?[^。]{0,20}?(?:法条|条文|法律法规|法律依据|引用的)")
#: A list number before a provision: 1.《…》 / 2、 / （二） / （2）.
_ITEM_NUMBER = re.compile(
    r"(?:^|[。;；:：)）])(?:[0-9]{1,2}[.、]|[一二三四五六七八九十]{1,3}、|\((?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\))$"
)
_REFUND_ONLY = re.compile("退还|退款|退回")
#: A sentence about the remedies (申请行政复议, 提起行政诉讼) …
_REMEDY = re.compile("复议|诉讼")
#: … that imposes nothing itself.
_IMPOSED_HERE = re.compile("处罚如下|如下(?:行政)?处罚|罚款|处以|给予|没收|警告|吊销")
#: An item continuing the last citation's article: 第九条第（一）项、第（十）项 / 第十八条（二）、（三）.
#: The quoted text of the provision before may stand between (第十六条第一款“…”、第二款“…”).
_QUOTE_BETWEEN = r"(?P<quote>:?“[^“”]{0,500}”)?"
#: An ordinal of the decision's own acts (第二项违法行为) is no further item.
_MORE_ITEM = re.compile(
    rf"^{_QUOTE_BETWEEN}(?:(?:、|和|及|，|,)第?[(（](?P<item>{_NUM})[)）]项?"
    rf"|(?:、|和|及|，|,)第(?P<item2>{_NUM})项|(?:、|和|及)第?(?P<item3>{_NUM})(?:项|(?=(?:[、和及]第?{_NUM})*项)))"
    r"(?!项?(?:违法|行为|事实|情形))"
)
#: A paragraph continuing the last citation's article: 第五条第一款、第二款 / 第五条第一款和第三款 /
#: 第五条第一款第二项“…”和第四款 (after an item of the first paragraph, the whole further paragraph).
_MORE_PARA = re.compile(
    rf"^{_QUOTE_BETWEEN}(?:、|和|及|与)第(?P<para>{_NUM})款(?:第[(（]?(?P<item>{_NUM})[)）]?项)?(?!第)"
)
_MORE_WINDOW = 520
#: The decision's own pointer to an item, written inside the quoted article where its list opens (第九条“…有下列
#: 行为之一的：第（二）项…”): the law's text numbers items （二）, never 第（二）项, so these words are the
#: decision's, and the citation is precise to that item (a bare （二） in the quote is the law's, rule 4).
#: An item printed after words that follow the article, in the same clause (第十一条…的情节中第（二）项 /
#: 第四条裁量基准第（三）项): no punctuation, 第 or 《》 stands between, so it is the article's own item.
#: 第十一条规定中第一、二项: the first of a run of items written with one 项 (the rest are read as further items).
_ITEM_RUN = rf"[(（]?(?P<item>{_NUM})[)）]?(?:项|(?=(?:[、和及]第?[(（]?{_NUM}[)）]?)+项))"
_ITEM_AFTER_WORDS = re.compile(rf"(?:(?!第)[\u4e00-\u9fff]){{1,30}}?第{_ITEM_RUN}")
#: An item printed right after the article's quoted text (第九条“……”第（二）项的规定, 第九条规定：“……”中的第二项):
#: outside the quote, so the decision's own words, not the law's (rule 4 concerns items shown only inside it).
_ITEM_AFTER_QUOTE = re.compile(rf"(?:规定)?:?“[^“”]{{0,500}}”(?:(?!第)[\u4e00-\u9fff]){{0,6}}?第{_ITEM_RUN}")
_ITEM_AT_QUOTED_LIST = re.compile(rf":?“[^“”]{{0,200}}?(?:下列|以下)[^“”:;。]{{0,30}}:第[(（]?(?P<item>{_NUM})[)）]?项")
#: A further article of a run that shares one 条 (第五、六、七条 → 、六 and 、七条).
_MORE_ARTICLE = re.compile(rf"^、第?(?P<art>{_NUM})(?P<tiao>条)?")
_QUOTED = re.compile(r"“[^“”]{0,500}”")
#: A role as `_role` finds it → the citation's role (a characterisation is settled per decision).
_SETTLED: dict[str, CitationRole] = {
    "violated": "violated",
    "basis": "basis",
    "mitigation": "mitigation",
    "other": "other",
}
ROLES_FILE = Path(__file__).resolve().parents[1] / "data" / "citation_roles.yaml"


class RefundArticle(BaseModel):
    """An article that orders a refund (退还多付价款); `or_confiscation`: its bare citation also covers the
    confiscation of what cannot be refunded, so it is a basis where the decision confiscates such money."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    law: str
    article: int
    paragraph: int | None = None
    or_confiscation: bool = False


class WeighingProvision(BaseModel):
    """An article of a rule other than the penalty law that only weighs the penalty (从轻、减轻、从重、不予处罚)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    law: str
    article: int


class RoleData(BaseModel):
    """`extractors/data/citation_roles.yaml`, validated on load."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    discretion_law_words: list[str]
    penalty_law: str
    weighing_articles: list[int]
    procedure_articles: list[int | list[int]]
    procedure_law_words: list[str]
    onsite_articles: list[int] = []
    refund_articles: list[RefundArticle] = []
    weighing_provisions: list[WeighingProvision] = []


@cache
def role_data() -> RoleData:
    return RoleData.model_validate(yaml.safe_load(ROLES_FILE.read_text(encoding="utf-8")))


def _number(text: str | None) -> int | None:
    return cn_int(text) if text else None


def _joined(folded: Folded, previous_end: int, start: int) -> bool:
    """True when the provision at `start` continues a list right after the previous one (、第六十条), the
    previous one's quoted text allowed between them (第八条第一款“…”、第十条第一款)."""
    if previous_end < 0:
        return False
    gap = folded.text[previous_end:start]
    return bool(_LIST_GAP.fullmatch(gap)) if len(gap) > 3 else bool(_JOIN.search(gap))


#: 该规则 / 该条例 / 该法: the kind of instrument a reference points back to.
_REFERRED_KIND = re.compile("^(?:该|同)(?P<kind>.+)$")


def _referred(text: str, start: int, reference: str) -> str | None:
    """The law a 该… reference points back to: the last 《》 name before `start` of that kind (该规则 → the last
    《…规则》, even when a law of another kind was cited in between); None when no such name is found."""
    kind = _REFERRED_KIND.match(reference)
    if kind is None or kind.group("kind") == "法":
        return None  # 该法 / 本法: the law cited last, as before
    names = [m.group(1) for m in _LAW_NAME.finditer(text, 0, start)]
    edition = re.compile(rf"{re.escape(kind.group('kind'))}(?:\([^()]{{1,12}}\))?$")
    return next((name for name in reversed(names) if edition.search(name)), None)


#: A short name the decision gives a law after its first citation (《中华人民共和国价格法》（以下简称《价格法》）,
#: 《某规定》(简称“某规定”)): later citations by the short name cite the law by its full name.
_ALIAS = re.compile(r"《(?P<full>[^《》]{2,60})》\((?:以下)?简称[:：]?[《“\"]?(?P<short>[^()《》“”\"]{2,20})[》”\"]?\)")


#: A note that defines the short names a table uses (注：表中“价格法”即《中华人民共和国价格法》，“处罚规定”指《…》).
_NOTE_ALIAS = re.compile(r"[“\"](?P<short>[^“”\"《》()]{2,20})[”\"](?:即|指|系|是指|即为)《(?P<full>[^《》]{2,60})》")


def _aliases(folded_text: str) -> dict[str, str]:
    """Short name → full name of every law the decision abbreviates (see `_ALIAS`, `_NOTE_ALIAS`)."""
    found = [*_ALIAS.finditer(folded_text), *_NOTE_ALIAS.finditer(folded_text)]
    return {m.group("short"): m.group("full") for m in found if m.group("short") != m.group("full")}


#: Where a table cell or a line starts in the source: after a line break or a gap of two spaces or more (or an
#: ideographic space), the gap itself skipped.
_CELL_START = re.compile(r"(?m)(?:^[ \t\u3000]*|[ \t]{2,}[ \t\u3000]*|\u3000[ \t\u3000]*)(?=[^\s\u3000])")
#: A law or rule named without 《》 that opens a cell of a penalty table (违法行为　处罚依据 / 第一项　价格法第四十二条):
#: no trigger stands before it, so the cell's start must; the name holds no trigger, 第 or pointer of its own.
_CELL_LAW = re.compile(
    r"(?!本|该|上述|前述|同|相关|有关|其他|下列)"
    r"(?P<cell>(?:(?!第|违反|依据|根据|依照|按照|属于|参照|对照|了|的)[\u4e00-\u9fff]){2,30}?"
    r"(?:法|条例|实施细则|细则|规定|办法|规则))"
    rf"(?=第{_NUM}条)"
)


#: A trigger that may be broken at a line's end (依\n照, 违\n反了): a line opening with its second half opens no cell.
_TRIGGER_WORD = re.compile(r"违反|依据|根据|依照|按照|属于|参照|对照")


def _in_trigger(folded_text: str, index: int) -> bool:
    """Whether the line starting at `index` goes on with a trigger the break cut (依\n照上述规定第十一条: no rule named
    照上述规定 opens a cell), a page number printed between skipped as in `_bracketed`."""
    before = _PAGE_NUMBER_BEFORE.search(folded_text, max(0, index - 8), index)
    return before is not None and _TRIGGER_WORD.match(before.group() + folded_text[index : index + 1]) is not None


def _cell_laws(text: str, folded: Folded) -> dict[int, str]:
    """Laws named without 《》 at the start of a cell or line (see `_CELL_LAW`), by the folded offset where the
    article after them starts."""
    found: dict[int, str] = {}
    for start in _CELL_START.finditer(text):
        index = bisect_left(folded.origin, start.end())
        cell = _CELL_LAW.match(folded.text, index) if index < len(folded.text) else None
        if cell is not None and not _in_trigger(folded.text, index):
            found[cell.end()] = cell.group("cell")
    return found


NATIONAL_LAWS_FILE = Path(__file__).resolve().parents[1] / "data" / "national_laws.yaml"


class NationalLaws(BaseModel):
    """`extractors/data/national_laws.yaml`, validated on load."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    laws: list[str]


#: What a name opened by 中华人民共和国 never holds: another law's opening, an article, the end of one law before a
#: list word (价格法和…), a trigger or pointer of the sentence's own.
_NOT_IN_NATIONAL_NAME = r"中华人民共和国|第|法[和及与或、]|的|违反|依据|根据|依照|按照|本法|该法"


@cache
def _bare_national() -> re.Pattern[str]:
    """A national law named without 《》 right before its article (违反了价格法第十三条, 并根据中华人民共和国行政处罚法
    第三十二条): a known law's short name, 中华人民共和国 perhaps before it and 实施条例 perhaps after it, or any name
    opened by 中华人民共和国. The name is found from its own known first word, so the verb or list mark before it
    (依据, 并根据, 违反了, 和, 、) never joins it; 价格法律法规 and 价格法规定的 have no article after the name."""
    names = sorted(
        NationalLaws.model_validate(yaml.safe_load(NATIONAL_LAWS_FILE.read_text(encoding="utf-8"))).laws,
        key=len,
        reverse=True,
    )
    known = "|".join(map(re.escape, names))
    opened = rf"中华人民共和国(?:(?!{_NOT_IN_NATIONAL_NAME})[\u4e00-\u9fff]){{1,30}}?(?:法|法典|条例|实施细则)"
    return re.compile(rf"(?:(?:中华人民共和国)?(?:{known})(?:实施条例|实施细则)?|{opened})(?={_LAW_GAP}第{_NUM})")


#: Words a trigger leads into a known law's name with (违反了产品价格法第十二条: a law whose name ends in a known
#: one's, unlisted or misnamed by the decision): the name reaches back to the trigger, unless what stands between is
#: the sentence's own (了, 的, 于, list words, pointers, another trigger, the copula of 依据是/依据为).
_LEAD_CHAR = (
    r"(?:(?!了|的|于|和|及|与|或|等|第|该|本|此|其|上述|前述|有关|相关|违反|依据|根据|依照|按照|适用|符合|构成|属于"
    r"|参照|对照|具有|存在|鉴于|是|为)[\u4e00-\u9fff])"
)
_LEAD = re.compile(rf"(?:(?<=违反|依据|根据|依照|按照)|(?<=违反了)){_LEAD_CHAR}{{1,6}}$")
_CELL_LEAD = re.compile(rf"{_LEAD_CHAR}+")
#: The last Chinese character before a cell, over a page number printed between (…依 6 据…).
_PAGE_NUMBER_BEFORE = re.compile(r"[\u4e00-\u9fff](?=[0-9-]*$)")


def _bracketed(source: str, folded: Folded) -> Folded:
    """`folded` (of `source`) with every national law named without 《》 before its article put in 《》 (see
    `_bare_national`), the brackets pointing at the name's first and last characters in the source, so a
    citation's span and raw text are those printed; a name already inside 《》 (a local rule that names a national
    law) is left alone. A longer name ending in the known one is kept whole where a trigger or a table cell's start
    opens it (`_LEAD`, `_cell_laws`). Every later step then reads the law as if the decision had bracketed it."""
    text, origin = folded.text, folded.origin
    cells = _cell_laws(source, folded)
    chars: list[str] = []
    where: list[int] = []
    last = 0
    for match in _bare_national().finditer(text):
        if text.rfind("《", 0, match.start()) > text.rfind("》", 0, match.start()):
            continue
        start = match.start()
        if not match.group().startswith("中华人民共和国"):
            cell = cells.get(match.end(), "")
            if lead := _LEAD.search(text, max(last, start - 8), start):
                start = lead.start()
            elif cell.endswith(match.group()) and (opening := match.end() - len(cell)) >= last:
                # the word before the cell too, a page number between skipped: a trigger broken at a line's or a
                # page's end (依\n据价格法, 依\n6\n据价格法) opens no name
                skipped = _PAGE_NUMBER_BEFORE.search(text, max(last, opening - 8), opening)
                before = skipped.start() if skipped else opening
                if _CELL_LEAD.fullmatch(text, before, start):
                    start = opening
        chars += [text[last:start], "《", text[start : match.end()], "》"]
        where += [*origin[last:start], origin[start], *origin[start : match.end()]]
        where.append(origin[match.end() - 1])
        last = match.end()
    if not last:
        return folded
    chars.append(text[last:])
    where += origin[last:]
    return Folded("".join(chars), tuple(where), folded.source_length)


def bracketed_laws(text: str) -> Folded:
    """`text` folded (whitespace dropped, widths folded) with every national law named without 《》 before its
    article put in 《》, as `find_citations` reads it (see `_bracketed`): a reader that matches only 《…》第N条 reads
    违反了价格法第十三条 too, and `origin` maps what it matched back to the text as printed."""
    return _bracketed(text, fold(text))


def _citations(text: str, folded: Folded) -> list[tuple[Citation, int, int]]:
    """Citations with their folded spans; a bare 第X条 that continues no list has an unknown law; a law cited by
    the short name the decision gave it is cited by its full name."""
    found: list[tuple[Citation, int, int]] = []
    aliases = _aliases(folded.text)
    cells = _cell_laws(text, folded)
    law: str | None = None
    previous_end = -1
    for match in _HEAD.finditer(folded.text):
        article = _number(match.group("art"))
        if article is None:
            continue
        named = (
            match.group("law")
            or match.group("unopened")
            or match.group("bare")
            or match.group("rule")
            or match.group("weighing")
            or (cells.get(match.start()) if not match.group("ref") else None)
        )
        if named:
            law = aliases.get(named, named)
        elif match.group("ref"):
            law = _referred(folded.text, match.start(), match.group("ref")) or law
        known = bool(named or match.group("ref"))
        known = known or _joined(folded, previous_end, match.start())
        start, end = folded.span(match.start(), match.end())
        item = _number(match.group("item") or match.group("item2"))
        position = match.end()
        if item is None and (
            pointed := _ITEM_AT_QUOTED_LIST.match(folded.text, match.end())
            or _ITEM_AFTER_WORDS.match(folded.text, match.end())
            or _ITEM_AFTER_QUOTE.match(folded.text, match.end())
        ):
            item = _number(pointed.group("item"))
            if pointed.re is not _ITEM_AT_QUOTED_LIST:
                position = pointed.end()  # a run goes on after the pointed item (…中第一项和第三项)
        citation = Citation(
            law=law if known else None,
            article=article,
            paragraph=_number(match.group("para")),
            item=item,
            raw=text[start:end],
            start=start,
            end=end,
            sub_article=_number(match.group("sub")),
            confidence=1.0 if known and law else 0.6,
        )
        found.append((citation, match.start(), match.end()))
        previous_end = position
        if match.end("art") == match.end() == position and folded.text.startswith("、", position):
            while more_article := _MORE_ARTICLE.match(folded.text[position : position + 12]):
                next_article = _number(more_article.group("art"))
                if next_article is None:
                    break
                article_start, article_end = position + 1, position + more_article.end()
                start, end = folded.span(article_start, article_end)
                found.append(
                    (
                        replace(citation, article=next_article, raw=text[start:end], start=start, end=end),
                        article_start,
                        article_end,
                    )
                )
                position = previous_end = article_end
                if more_article.group("tiao"):
                    break
        while citation.item is not None and (more := _MORE_ITEM.match(folded.text[position : position + _MORE_WINDOW])):
            item_start, item_end = position + max(more.end("quote"), 0), position + more.end()
            start, end = folded.span(item_start, item_end)
            item = _number(more.group("item") or more.group("item2") or more.group("item3"))
            if item is None:
                break
            found.append(
                (replace(citation, item=item, raw=text[start:end], start=start, end=end), item_start, item_end)
            )
            position = previous_end = item_end
        if citation.item is not None and citation.paragraph is None and folded.text.startswith("款", position):
            # 第十六条第（二）、（三）款: bracketed numbers closed by 款 are paragraphs, not items
            first = next(index for index, entry in enumerate(found) if entry[0] is citation)
            found[first:] = [(replace(c, paragraph=c.item, item=None), s, e) for c, s, e in found[first:]]
            continue
        while citation.paragraph is not None:  # 第一款第三项“…”和第四款: a further paragraph, whole
            more_para = _MORE_PARA.match(folded.text[position : position + _MORE_WINDOW])
            paragraph = _number(more_para.group("para")) if more_para else None
            if more_para is None or paragraph is None:
                break
            para_start, para_end = position + max(more_para.end("quote"), 0), position + more_para.end()
            start, end = folded.span(para_start, para_end)
            found.append(
                (
                    replace(
                        citation,
                        paragraph=paragraph,
                        item=_number(more_para.group("item")),
                        raw=text[start:end],
                        start=start,
                        end=end,
                    ),
                    para_start,
                    para_end,
                )
            )
            position = previous_end = para_end
    return _same_article(text, folded, found)


#: A paragraph or item of the article just cited, named without its article (…第十一条第（一）项）；…（同条第（三）项）,
#: 该条第二款): the same law and article, with its own paragraph or item.
_SAME_ARTICLE = re.compile(
    rf"(?<![合共])(?:同条|该条)(?:第[(（]?(?P<para>{_NUM})[)）]?款)?(?:第?[(（](?P<item>{_NUM})[)）]项?|第(?P<item2>{_NUM})项)?"
)


def _same_article(text: str, folded: Folded, found: list[tuple[Citation, int, int]]) -> list[tuple[Citation, int, int]]:
    """`found` with every 同条/该条 reference (see `_SAME_ARTICLE`) read as a citation of the article cited last
    before it; an item alone keeps that citation's paragraph. A reference with neither, or after no citation, is none."""
    added: list[tuple[Citation, int, int]] = []
    for match in _SAME_ARTICLE.finditer(folded.text):
        paragraph = _number(match.group("para"))
        item = _number(match.group("item") or match.group("item2"))
        before = [entry for entry in found if entry[2] <= match.start()]
        if (paragraph is None and item is None) or not before:
            continue
        last = before[-1][0]
        start, end = folded.span(match.start(), match.end())
        citation = replace(
            last,
            paragraph=paragraph if paragraph is not None else last.paragraph,
            item=item,
            raw=text[start:end],
            start=start,
            end=end,
        )
        added.append((citation, match.start(), match.end()))
    return sorted([*found, *added], key=lambda entry: entry[1]) if added else found


def _law_key(law: str | None) -> str:
    return (law or "").replace("中华人民共和国", "")


def _fixed_role(citation: Citation, confiscates_money: bool = False) -> CitationRole | None:
    """The role the provision has wherever it is cited (weighing, procedure), or None; a refund article is
    "other" (a refund order is no penalty, ruling 20) unless it also covers confiscating what was not refunded
    and the decision confiscates money (没收违法所得…元): then its wording decides, as for any provision."""
    data = role_data()
    law = _law_key(citation.law)
    if any(word in law for word in data.discretion_law_words):
        return "mitigation"
    if any(word in law for word in data.procedure_law_words):
        return "other"
    if any(law.startswith(w.law) and citation.article == w.article for w in data.weighing_provisions):
        return "mitigation"
    if law == data.penalty_law:
        if citation.article in data.weighing_articles:
            return "mitigation"
        for entry in data.procedure_articles:
            if entry == citation.article or entry == [citation.article, citation.paragraph]:
                return "other"
    for refund in data.refund_articles:  # ruling 20: a refund order is never the penalty's basis
        if not law.startswith(refund.law) or citation.article != refund.article:
            continue
        if citation.paragraph == refund.paragraph:
            return None if refund.or_confiscation and confiscates_money else "other"
    return None


def weighs_only(citation: Citation) -> bool:
    """The provision only weighs the penalty wherever it is cited (a 裁量 rule's article, 行政处罚法 第32条, a price
    rule's own 从轻/减轻 article): it is never what a penalty rests on."""
    return _fixed_role(citation) == "mitigation"


#: A provision's subject told after its number (第十三条关于其他违反明码标价规定情形、…; 第十五条关于…应当出具清单的
#: 规定): the law's matter in the decision's words, not a clause of its own.
_GLOSS = re.compile(r"(?<=[条款项)）])关于[^、，,。；;《》“”]{1,40}?(?=的规定|之规定|规定|[、，,。；;《]|$)")


def _filler(match: re.Match[str]) -> str:
    return "“" + "□" * (len(match.group()) - 2) + "”"


def _mask_quotes(text: str) -> str:
    """`text` with quoted passages, and a provision's subject told after its number (关于…), replaced by a
    filler of the same length: quoted law and its gist have no sentences or trigger words of the decision's own."""
    return _GLOSS.sub(_filler, _QUOTED.sub(_filler, text))


#: The national form's heading over the violation (（违反法律、法规或者规章的事实）).
_VIOLATION_HEADING = re.compile(r"\(违反(?:法律|法规|规章)[^()]{0,12}的事实\)")
#: How far a heading reaches: its own paragraph, before the evidence (上述事实，主要有以下证据证明).
_HEADING_REACH = 400


def _under_violation_heading(masked: str, position: int) -> bool:
    """`position` lies in the text right under the violation heading, before the evidence is listed."""
    headings = list(_VIOLATION_HEADING.finditer(masked, max(0, position - _HEADING_REACH), position))
    return bool(headings) and "证据" not in masked[headings[-1].end() : position]


#: A piece after a semicolon that opens with a provision: the list before the semicolon goes on.
_LIST_GOES_ON = re.compile(r"[,，、]?(?:《|第)")


def _triggers(masked: str, begin: int, start: int) -> list[re.Match[str]]:
    """Role words in masked [begin, start); the citation's own first character is visible to a trigger that
    looks ahead at it (依《…》)."""
    return [match for match in _TRIGGER.finditer(masked, begin, start + 1) if match.end() <= start]


def _role(masked: str, start: int, end: int, starts: Sequence[int] = ()) -> str:
    """Role of the citation at folded [start, end) from the trigger before it and the rest of the sentence
    ("characterised" for 构成/属于, settled by `split_citations`); `masked` is the folded text, quotes masked,
    `starts` where every citation of the text begins.
    A basis sentence that ends in 的规定 may leave the imposing to the next sentence (…的规定。决定…)."""
    bounds = list(_SENTENCE_END.finditer(masked, 0, start))
    sentence_start = bounds[-1].end() if bounds else 0
    after = _SENTENCE_END.search(masked, end)
    while after is not None and after.group() in ";；" and _LIST_GOES_ON.match(masked, after.end()):
        after = _SENTENCE_END.search(masked, after.end())  # the list of provisions goes on after a semicolon
    rest = _LAW_NAME.sub("《》", masked[end : after.start() if after else len(masked)])
    triggers = _triggers(masked, sentence_start, start)
    index, piece_start = len(bounds) - 1, sentence_start
    while not triggers and index >= 0 and bounds[index].group() in ";；" and _LIST_GOES_ON.match(masked, piece_start):
        # a list of provisions that goes on after a semicolon (违反了A第十四条；B第十六条，依据…), perhaps over
        # several (违反了A第十四条…；，B第十三条第一项…；，B第十三条第二项…). Only the words before a piece's last
        # provision can govern the list: what follows it is that provision's own text printed without quotes
        # (…第十三条第二项经营者违反明码标价规定…：（二）不按照规定…；，B第十三条第三项) or the decision's remark.
        piece_end = bounds[index].start()
        piece_start = bounds[index - 1].end() if index > 0 else 0
        inside = [at for at in starts if piece_start <= at < piece_end]
        triggers = _triggers(masked, piece_start, inside[-1] if inside else piece_end)
        index -= 1
    if not triggers:
        return "other"
    trigger = triggers[-1].group()
    if trigger == "涉嫌违反":
        # the suspicion stated as the decision's conclusion (本局认为，当事人涉嫌违反…) is what it concludes, and
        # under the form's heading of the violation (（违反法律、法规或者规章的事实）…涉嫌违反…) it is the violation
        if _under_violation_heading(masked, triggers[-1].start()):
            return "violated"
        # 本局认为 governs every clause of its sentence (本局认为：…涉嫌违反A；…涉嫌违反B；…), not only the first
        full_stop = masked.rfind("。", 0, sentence_start)
        concluding = _CONCLUDING.search(masked, full_stop + 1, triggers[-1].start())
        heading = REASONING_HEADING.search(masked, full_stop + 1, triggers[-1].start())
        if heading and not CASE_OPENING.search(masked, heading.end(), after.start() if after else len(masked)):
            concluding = heading
        # …涉嫌违反了…的规定。依据…，对该行为处以罚款…: the penalty follows at once (perhaps after a sentence that
        # only weighs it: 鉴于…，本局决定对当事人从轻处罚。), so the suspicion is the finding
        weighing = _WEIGHING_BETWEEN.match(masked, after.start()) if after is not None else None
        punished = after is not None and _PUNISHED_NEXT.match(masked, weighing.end() if weighing else after.start())
        return "suspected" if concluding or punished else "other"
    if trigger in ("违反", "违背", "不符合") or re.fullmatch(_VIOLATED_LABEL, trigger):
        return "violated"
    if _in_violated_column(masked, triggers[-1], end):
        return "violated"
    if trigger in ("构成", "属于", "未履行"):
        return "characterised"
    if _BASIS_HEADING_WORDS.fullmatch(trigger):
        return "basis"
    if _under_basis_heading(triggers):
        return "basis"  # （行政处罚的内容和依据）依据…: the heading says what the list is, whatever follows
    if "加处" in rest and not _DECIDED_BEFORE_SURCHARGE.match(rest):
        return "other"
    if not _PENALISING.search(rest):
        following = masked[after.end() : after.end() + 40] if after else ""
        if _IMPOSING_NEXT.search(following):
            return "basis"
        return "basis" if trigger in _BASIS_WORDS and _bare_list_then_imposed(masked, rest, after) else "other"
    if _REFUND_ONLY.search(rest) and not re.search(_PUNISHING, _listed_items(masked, end, rest)):
        return "other"
    if _REMEDY.search(rest) and not _IMPOSED_HERE.search(rest):
        return "other"  # 根据…的规定，应当先…申请行政复议: the route against the decision (本决定书), no penalty
    return "basis"


_PUNISHING = "处罚|罚款|处以|给予|没收"

#: A provision named as the requirement the conduct falls short of, the 违反 clause following at once
#: (不符合…第七条第一款关于标示计价单位的要求，违反了…第十四条的规定): the clause after it is the finding (rule 1's
#: 违反…的规定); the 要求 only measures the conduct, like a provision that characterises it.
_YARDSTICK = re.compile(r"(?:关于[^，,。；;《》]{1,30})?的?要求[，,]?[^，,。；;《》]{0,6}?违反")


def _yardstick(text: str, masked: str, start: int, end: int) -> bool:
    """The citation at [start, end) follows 不符合 at once and is named as a requirement, a 违反 clause next (see
    `_YARDSTICK`); `text` is the folded text unmasked (the 关于…的要求 after it may be masked as a quote)."""
    return masked[max(0, start - 3) : start] == "不符合" and bool(_YARDSTICK.match(text, end))


#: A basis whose own next clauses impose the penalty before the sentence, run on with commas, goes on to the terms
#: and the surcharge for late payment (…的规定，决定对当事人罚款300元，当事人应当…缴纳罚款，逾期不缴纳的…加处罚款):
#: the 加处 is the terms', not what the provision is cited for (依据…第七十二条的规定，逾期…加处罚款 has no 决定).
_DECIDED_BEFORE_SURCHARGE = re.compile(
    r"[^,，加逾]*?(?:[,，][^,，加逾]*?)??(?:决定|处罚如下)[^,，加逾]{0,12}?(?:罚款|处以|给予|没收|警告|处罚)"
)

#: A penalty table's header whose column of the provisions violated stands right before its column of the basis
#: (违法行为 违反条款 处罚依据 处罚内容, whitespace folded away): 依据 there is a column's name, not the row's words.
_VIOLATED_COLUMN = re.compile(r"违反(?:的)?(?:法律)?(?:条款|条文|规定)处罚依据$")
#: What ends a row's violated cell: its provisions (joined by 、) and then the basis cell's law at once, no word or
#: mark between (…第八条《某法》第四十二条…), the cells' gap folded away.
_CELL_ENDS = re.compile(r"(?:[、,和及](?:《[^《》]{1,60}》)?第[0-9一二三四五六七八九十百零()条款项之]{1,20})*《")


def _in_violated_column(masked: str, trigger: re.Match[str], end: int) -> bool:
    """The provision at `end` sits in the violated cell of a row under such a header: the basis cell follows it."""
    return (
        trigger.group() == "依据"
        and bool(_VIOLATED_COLUMN.search(masked, max(0, trigger.start() - 12), trigger.end()))
        and bool(_CELL_ENDS.match(masked, end))
    )


def _listed_items(masked: str, end: int, rest: str) -> str:
    """`rest`, or where it opens a numbered list of what is decided (…的规定，本局决定：一、责令…退还…；二、处以罚款…)
    the whole list up to its full stop: a refund in the first item does not make the list a refund only."""
    opens_list = re.search(
        r"(?:决定|如下)[:：](?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、])", rest
    )
    if opens_list is None:
        return rest
    stop = masked.find("。", end)
    return masked[end : stop if stop >= 0 else len(masked)]


#: A basis word later in the sentence, before a provision (依据《某法》第四十二条, 根据该法第…).
_LATER_BASIS = re.compile(
    rf"{_NOT}(?:依据|根据|依照|按照)(?:《(?P<law>[^《》]{{2,60}})》|(?:该|本)(?:法|条例|规定|办法)|第)"
)
#: The decision's own conclusion about the conduct: a violation, or what the conduct amounts to.
#: Said of the conduct (其行为违反了…, 当事人违反…), not a relative clause (对违反…的经营者).
_VIOLATION_WORD = re.compile("(?<!涉嫌)(?:违反了|(?:(?<=行为)|(?<=[其人已均亦也]))(?:违反|违背|不符合))")
_CHARACTER_WORD = re.compile("构成|属于")


def _sentence_rest(masked: str, end: int) -> str:
    """The rest of the sentence from folded `end` (up to 。；;)."""
    stop = _SENTENCE_END.search(masked, end)
    return masked[end : stop.start() if stop else len(masked)]


def _reasoning_then_basis(masked: str, end: int) -> str | None:
    """A provision cited after a basis word as the duty the conduct is judged by, its sentence going on to a
    conclusion about the conduct and to the penalty's own basis (依据《某法》第十三条“经营者应当…”的规定，当事人的
    行为违反了明码标价规定，依据该法第四十二条，决定…): "violation" or "character" for the conclusion between, None
    when no such conclusion stands before a later basis word with a provision that is not merely weighing."""
    rest = _sentence_rest(masked, end)
    data = role_data()
    for later in _LATER_BASIS.finditer(rest):
        law = later.group("law")
        if law is not None and (
            any(word in law for word in data.discretion_law_words) or _law_key(law) == data.penalty_law
        ):
            continue
        between = rest[: later.start()]
        if _VIOLATION_WORD.search(between):
            return "violation"
        return "character" if _CHARACTER_WORD.search(between) else None
    return None


def _under_basis_heading(triggers: list[re.Match[str]]) -> bool:
    """The last trigger is a basis word right after a basis heading (（行政处罚的内容和依据）依据《…》)."""
    if len(triggers) < 2 or triggers[-1].group() not in _BASIS_WORDS:
        return False
    return triggers[-2].end() == triggers[-1].start() and bool(_BASIS_HEADING_WORDS.fullmatch(triggers[-2].group()))


def _bare_list_then_imposed(masked: str, rest: str, after: re.Match[str] | None) -> bool:
    """A basis sentence that is only a list of provisions (依据A第三十九条及B第九条的规定。) and whose next
    sentence imposes the penalty (综上…决定处罚如下): the list is that penalty's basis, though its own sentence
    names no penalty."""
    if after is None or after.group() != "。" or not _BARE_LIST_REST.fullmatch(rest):
        return False
    following = _SENTENCE_END.search(masked, after.end())
    return bool(_IMPOSES.search(masked, after.end(), following.start() if following else len(masked)))


def _confiscation_basis(masked: str, citation: Citation, start: int, confiscates_unrefunded: bool) -> bool:
    """A refund article that also covers confiscating what was not refunded, cited after a basis word (根据…第十六条
    “…”的规定) in a decision that confiscates such money: its sentence may tell only of the refund, yet the
    article is the confiscation's basis (ruling 20)."""
    if not confiscates_unrefunded:
        return False
    law = _law_key(citation.law)
    if not any(
        r.or_confiscation and law.startswith(r.law) and citation.article == r.article and citation.paragraph is None
        for r in role_data().refund_articles
    ):
        return False
    bounds = list(_SENTENCE_END.finditer(masked, 0, start))
    triggers = _triggers(masked, bounds[-1].end() if bounds else 0, start)
    return bool(triggers) and triggers[-1].group() in _BASIS_WORDS


#: A sentence that restates what was found before (综上, 上述行为, 该行为 …) rather than finding something new.
_RECAP = re.compile("综上|上述|前述|以上(?:行为|违法)|[该此其这](?:一)?(?:违法)?行为")


def _sentence_at(masked: str, position: int) -> tuple[int, int]:
    """Which sentence (split at 。；;) of the quote-masked text holds `position`, and where that sentence begins."""
    bounds = [match.end() for match in _SENTENCE_END.finditer(masked, 0, position)]
    return len(bounds), bounds[-1] if bounds else 0


def _finding(masked: str, citation: Citation) -> tuple[int, bool]:
    """Which sentence of the (quote-masked) text the citation stands in, and whether that sentence sums up."""
    sentence, begin = _sentence_at(masked, citation.start)
    after = _SENTENCE_END.search(masked, citation.end)
    words = re.sub(r"\s", "", masked[begin : after.start() if after else len(masked)])
    return sentence, _RECAP.search(words) is not None


def _own_finding(masked: str, citation: Citation, finer: list[Citation]) -> bool:
    """The less precise citation makes a finding of its own (…的行为，违反…第十四条的规定；…的行为，违反…第十四条
    第（三）项的规定): neither it nor any finer citation of the article sums up or shares its sentence, so the
    finer one names the part of another act and both are kept."""
    sentence, recap = _finding(masked, citation)
    if recap:
        return False
    findings = (_finding(masked, other) for other in finer)
    return all(other_sentence != sentence and not other_recap for other_sentence, other_recap in findings)


#: An act named before its 违反 (…的行为，违反…): not one referred back to (上述行为, 该行为, 其行为 …).
_ACT = re.compile("行为")
_ACT_REFERRED = re.compile("上述|前述|以上|[该此其这](?:一)?(?:违法)?行为")


def _acts(masked: str, violated: list[Citation]) -> int:
    """How many acts the decision finds: clauses (between 。 and ；) that name an act of their own before the
    provision it violated (…的行为，违反…)."""
    clauses = set()
    for citation in violated:
        sentence, begin = _sentence_at(masked, citation.start)
        lead = re.sub(r"\s", "", masked[begin : citation.start])
        if _ACT.search(lead) and not _ACT_REFERRED.search(lead):
            clauses.add(sentence)
    return len(clauses)


#: What joins two citations of one list (、 和 及 以及 与 ，).
_LIST_JOINER = re.compile(r"[\s、，,和及与以]*")


def _listed_together(masked: str, citation: Citation, finer: list[Citation]) -> bool:
    """A finer citation of the article is its neighbour in one list (…第九条和第九条第二项…): the writer listed
    the article twice on purpose."""
    for other in finer:
        first, second = (citation, other) if citation.end <= other.start else (other, citation)
        if first.end <= second.start and _LIST_JOINER.fullmatch(masked, first.end, second.start):
            return True
    return False


def _precise(citations: list[Citation], masked: str | None = None, several_acts: bool = False) -> list[Citation]:
    """One entry per provision: a less precise citation of a provision also cited more precisely is dropped,
    unless (given the quote-masked text) it makes a finding of its own, or — where the decision finds several
    acts (`several_acts`) — it is listed beside the finer one: cited bare for one act, by item for another."""
    keys = {(_law_key(c.law), c.article, c.sub_article, c.paragraph, c.item) for c in citations}
    kept, seen = [], set()
    for c in citations:
        key = (_law_key(c.law), c.article, c.sub_article, c.paragraph, c.item)
        finer = any(
            other[:3] == key[:3] and other != key and (key[3] is None or other[3] == key[3]) and key[4] is None
            for other in keys
        )
        if finer and masked is not None and key not in seen:
            siblings = [
                o
                for o in citations
                if (_law_key(o.law), o.article, o.sub_article) == key[:3]
                and (o.paragraph, o.item) != key[3:]
                and (key[3] is None or o.paragraph == key[3])
            ]
            own = _listed_together if several_acts else _own_finding
            finer = not own(masked, c, siblings)
        if not finer and key not in seen:
            kept.append(c)
            seen.add(key)
    return kept


def _unknown_law_role(masked: str, start: int, since: int) -> CitationRole | None:
    """A provision cited without its law (第十四条 …): "other" when a weighing instrument is named just before
    it in its sentence (…裁量权的指导意见（2022）第十四条: weighing, but of an instrument not named in 《》, so
    no citation to report), else None (its law is the one cited last)."""
    bounds = list(_SENTENCE_END.finditer(masked, 0, start))
    sentence_start = bounds[-1].end() if bounds else 0
    words = role_data().discretion_law_words
    named = [m.group(1) for m in _LAW_NAME.finditer(masked, sentence_start, start) if _LAW_LIKE.search(m.group(1))]
    if named and any(word in named[-1] for word in words):
        # 《某裁量基准》中关于…的第十二条, 《某规则》第六条“…”规定的原则，以及第七条: the instrument named in 《》 earlier
        # in the sentence is the one cited (its law is taken by the caller, its role is weighing)
        return None
    window = _LAW_NAME.sub("《》", masked[max(since, sentence_start) : start])
    return "other" if any(word in window for word in words) else None


def _law_named_last(masked: str, start: int, aliases: dict[str, str]) -> str | None:
    """The last law named in 《》 before folded `start` (a document's title such as 《行政处罚告知书》 is none), by
    its full name where the decision gave it a short one (`aliases`, see `_aliases`)."""
    names = [m.group(1) for m in _LAW_NAME.finditer(masked, 0, start)]
    name = next((name for name in reversed(names) if _LAW_LIKE.search(name)), None)
    return aliases.get(name, name) if name else None


#: The provision's own text quoted right after it, when that text only weighs (应当从重处罚, 可以从轻或者减轻处罚)
#: and fixes no penalty of its own (no 罚款 in it).
_QUOTE_AFTER = re.compile(r":?(?:规定)?:?“(?P<quote>[^“”]{0,300})”")
_WEIGHS = re.compile(r"(?:从重|从轻|减轻)(?:行政)?处罚|从轻或者减轻")


def _weighing_quote(text: str, end: int) -> bool:
    quoted = _QUOTE_AFTER.match(text, end)
    if quoted is None:
        return False
    return bool(_WEIGHS.search(quoted.group("quote"))) and "罚款" not in quoted.group("quote")


def _weighs_after(masked: str, end: int) -> bool:
    """A provision cited under no role word whose own sentence only weighs the penalty (符合《…》第二十六条规定的
    情形，…从轻处罚) and imposes nothing there."""
    rest = _sentence_rest(masked, end)
    before = masked[max(masked.rfind(mark, 0, end) for mark in "。；;") + 1 : end]
    return (
        bool(_WEIGHS.search(rest))
        and bool(_MEETS.search(before + rest))
        and not _WEIGHING_DENIED.search(rest)
        and not re.search(r"罚款|没收|警告|[0-9]元", rest)
    )


#: The party meets the provision's conditions (符合…规定的情形, 具有…情节) …
_MEETS = re.compile("符合|具有|满足|具备|属于|适用")
#: … unless the sentence denies it (不符合从轻处罚的条件, 不具备减轻情节).
_WEIGHING_DENIED = re.compile("不符合|不具备|不具有|不适用|不满足|不予从|不予减|不能从|不能减|没有从|没有减|无从|条件")


#: 违反了上述规定 / 违反了本规定: a violation stated by pointing back at provisions quoted before it.
_BACK_REFERENCE = re.compile(r"(?<!涉嫌)(?:违反|违背|不符合)了?(?:上述|前述|以上|该|本|此)(?:法律)?(?:规定|条款|条文)")
#: How far back such a pointer reaches.
_BACK_REACH = 800


#: 根据上述规定，决定… / 依据该规定，本局决定…: the penalty imposed under provisions quoted before it.
_BASIS_BACK_REFERENCE = re.compile(r"(?:依据|根据|依照|按照)(?:上述|前述|以上|该|此)(?:法律)?(?:规定|条款|条文)")


def _pointers(masked: str) -> list[tuple[re.Match[str], CitationRole]]:
    """Pointers back at provisions cited before, with the role they give: 违反了上述规定 → violated; 根据上述规定
    in a sentence that imposes the penalty → basis."""
    found: list[tuple[re.Match[str], CitationRole]] = [(m, "violated") for m in _BACK_REFERENCE.finditer(masked)]
    for pointer in _BASIS_BACK_REFERENCE.finditer(masked):
        after = _SENTENCE_END.search(masked, pointer.end())
        rest = masked[pointer.end() : after.start() if after else len(masked)]
        if _PENALISING.search(rest) and "加处" not in rest:
            found.append((pointer, "basis"))
    return found


def _referred_back(
    masked: str, found: list[tuple[Citation, str]], spans: list[tuple[int, int]]
) -> list[tuple[int, CitationRole]]:
    """The citations a pointer (违反了上述规定, 根据上述规定…决定) points back to, with the pointer's role: the run
    of role-less citations just before it (《某法》第十二条：“…”。当事人…违反了本规定), stopping at a citation with a
    role or at a role word between; a pointer whose own sentence cites a provision points at that one instead."""
    indices: list[tuple[int, CitationRole]] = []
    for pointer, pointed_role in _pointers(masked):
        # its own sentence: after the last stop, or after the quoted law text just before it
        sentence_start = max(masked.rfind(mark, 0, pointer.start()) for mark in "。；;”") + 1
        if any(sentence_start <= start < pointer.start() for start, _ in spans):
            continue
        following: int | None = None  # where the provision after this one (nearer the pointer) starts
        for index in range(len(found) - 1, -1, -1):
            start, end = spans[index]
            if start >= pointer.start():
                continue
            if pointer.start() - end > _BACK_REACH or found[index][1] != "other" or _fixed_role(found[index][0]):
                break
            # the conduct told between the last provision and the pointer may say 按照/根据; a role word between
            # two provisions ends the run
            if following is not None and _triggers(masked, end, following):
                break
            own_start = max(masked.rfind(mark, 0, start) for mark in "。；;”") + 1
            if _triggers(masked, own_start, start):
                break  # cited under a role word of its own (依据…第四十二条：“…”), not one the pointer means
            indices.append((index, pointed_role))
            following = start
    return indices


#: A full stop printed inside a list of provisions, right after one's quoted text, before the next provision and
#: its 的规定 (依据A第四十二条“…”。B》第十八条“…”的规定，决定…): the list and its sentence go on.
_STOP_IN_LIST = re.compile(
    rf"(?<=”)。(?=(?:《[^《》]{{2,60}}》|[\u4e00-\u9fff]{{2,30}}》)第{_NUM}条(?:第{_NUM}[款项])*(?:“□*”)?(?:的|之)规定)"
)


#: A provision whose clause names it as the procedure followed (按照…第五十一条规定的程序，当场作出…): the way the
#: decision was made, not the penalty's basis, whatever word leads to it.
_PROCEDURE_AFTER = re.compile(r"[^,，。；;:《]{0,30}?(?:规定|确定)?的(?:简易|当场|一般|普通|听证)?程序(?=[,，。；;]|$)")
#: The clause after a penalty-law article goes on to the on-the-spot decision (…第五十一条的规定，当场决定对当事人罚款,
#: …第三十三条的规定，对当事人当场作出…, 本决定依照…的规定当场作出; the agency or the simple procedure may be named
#: between: …第五十一条，本机关当场作出…, …的规定，适用简易程序当场作出…, …的规定适用简易程序，当场作出…).
_ONSITE_AFTER = re.compile(
    # the next articles of its list may stand between (…第三十三条、第三十四条当场作出)
    r"(?:[、和及与](?:《[^《》]{2,60}》)?第[^。；;，,、《]{1,20}?)*"
    r"(?:“□*”)?(?:的|之)?(?:规定)?[,，]?(?:本机关|本局|我局|本行政机关|执法人员)?(?:适用简易程序[,，]?)?"
    r"(?:对(?:当事人|你|其|你单位))?当场(?:作出|决定|给予|处以|处罚|予以|对)"
)
#: A sentence that does not punish (当场作出不予行政处罚决定): the article is the ground not to punish.
_NOT_PUNISHING = re.compile("不予|免予|免于")


def _onsite_procedure(citation: Citation, masked: str, end: int) -> bool:
    """The penalty law's on-the-spot procedure article (`onsite_articles`) cited for the on-the-spot decision: the
    way the decision was made, whatever word leads to it and whichever version's number it bears."""
    data = role_data()
    return (
        _law_key(citation.law) == data.penalty_law
        and citation.article in data.onsite_articles
        and _ONSITE_AFTER.match(masked, end) is not None
        and not _NOT_PUNISHING.search(_sentence_around(masked, end))
    )


#: The clause after a penalty-law article tells the party its rights to be heard (…第三十一条、第三十二条的规定享有陈述、
#: 申辩的权利; …的规定，告知当事人有要求听证的权利), or gives notice of the intended penalty (…的规定告知当事人拟作出…,
#: …的规定，向当事人送达《行政处罚告知书》): the article is the 告知 procedure under whichever version's number
#: (the 2017 text's 第31条/第32条 are 告知 and 陈述申辩), not a weighing article — unless a weighing word comes first.
#: The right may also follow the article directly (…第三十二条享有陈述、申辩的权利).
_RIGHTS_AFTER = re.compile(
    r"(?:[、和及与](?:《[^《》]{2,60}》)?第[^。；;，,、《]{1,20}?)*(?:“□*”)?"
    r"(?:(?:的|之)?规定[,，]?"
    r"(?:[^。；;，,]{0,10}?(?:享有|有权|有)[^。；;，,]{0,6}?(?:陈述|申辩|听证)"
    # …的规定告知当事人拟作出…; …的规定，向当事人送达了《行政处罚告知书》: the notice of the intended penalty
    r"|[^。；;]{0,24}?告知)"
    # …依据…第三十一条、第三十二条享有陈述、申辩的权利: the right named right after the article, no 规定 between
    r"|(?:依法)?(?:享有|有权)[^。；;，,]{0,6}?(?:陈述|申辩|听证))"
)
_WEIGHING_WORDS = re.compile("从轻|减轻|从重|不予|免予|免于")
#: Words of a clause that imposes something itself (…的规定，决定罚款…，并告知…): no notice procedure before them.
_IMPOSING_WORDS = re.compile("决定|罚款|处以|给予|没收|警告|责令")


def _rights_procedure(citation: Citation, masked: str, end: int) -> bool:
    """The penalty law's article cited for the party's right to state, defend or ask for a hearing (`_RIGHTS_AFTER`):
    procedure by ruling 2, whichever version's number it bears."""
    if _law_key(citation.law) != role_data().penalty_law:
        return False
    match = _RIGHTS_AFTER.match(masked, end)
    return match is not None and not _WEIGHING_WORDS.search(match.group()) and not _IMPOSING_WORDS.search(match.group())


#: The clause after a provision goes on to say the party is not punished (…第三十六条第一款的规定，违法行为在二年内未被
#: 发现的，不再给予行政处罚): the provision is the ground not to punish.
_NOT_PUNISHED_AFTER = re.compile(r"(?:“□*”)?(?:的|之)?规定[^。；;]{0,40}?(?:不再给予|不予|免予|免于)(?:行政)?处罚")


def _ground_not_to_punish(citation: Citation, masked: str, start: int, end: int) -> bool:
    """A 行政处罚法 article (not one of its procedure articles) cited as the ground not to punish (the time limit,
    第三十六条 since 2021-07-15): weighing, like 第三十三条 in a 不予 decision (label guide, rule 24); another law's
    article before 不予 stays what the conduct would have been punished under, an article with a fixed role keeps
    it, and one the case is said not to meet (不符合…规定的不予处罚情形) weighs nothing."""
    if _law_key(citation.law) != role_data().penalty_law or _fixed_role(citation) is not None:
        return False
    return _NOT_PUNISHED_AFTER.match(masked, end) is not None and not _refused(masked, start, end)


def _sentence_around(masked: str, at: int) -> str:
    """The whole sentence (between 。；;) that folded `at` falls in."""
    _, begin = _sentence_at(masked, at)
    return masked[begin:at] + _sentence_rest(masked, at)


#: A sentence that weighs what the law provides (…应当给予五万元以上十万元以下罚款的行政处罚; 违法所得无法确定的，
#: 按照…第十八条的规定，应按照没有违法所得的规定处罚) rather than imposing.
_PROVIDES = re.compile("应当|应予|依法应|应(?:按照|依照|依据|按|依)")
#: A sentence that imposes the penalty (本局决定…, 处罚如下).
_DECIDES = re.compile("决定|如下")


def _not_applied(
    masked: str, found: list[tuple[Citation, str]], spans: list[tuple[int, int]], confiscates_money: bool
) -> list[int]:
    """Basis provisions cited only in the reasoning's weighing of what the law provides (依据A第X条…，应当给予…)
    when the decision imposes its penalties under bases it names of the same law (依据A第Y条…，本局决定…): the
    provision weighed but not applied (the decision chose another, or not to fine) is no basis. Where no
    imposing sentence names a basis of that law, the reasoning's provision stays the basis."""
    weighed: list[int] = []
    applied: set[str] = set()
    for index, (citation, role) in enumerate(found):
        if role != "basis" or _fixed_role(citation, confiscates_money):
            continue
        rest = _sentence_rest(masked, spans[index][1])
        if _DECIDES.search(rest):
            applied.add(citation.label)
        elif _PROVIDES.search(rest):
            weighed.append(index)
    laws = {_law_key(citation.law) for citation, _ in found if citation.label in applied}
    return [
        index for index in weighed if found[index][0].label not in applied and _law_key(found[index][0].law) in laws
    ]


#: The party asking for a provision to be applied (请求依照…的规定减轻处罚, 恳请贵局根据…): its plea, not a provision
#: the decision applies or weighs by — whatever the provision is.
_PLEA_BEFORE = re.compile(
    r"(?:请求|要求|申请|希望|恳请|请)(?:贵局|本局|你局|行政机关|执法机关)?(?:对(?:其|当事人|我公司|我方|本人))?"
    r"(?:依照|依据|根据|按照|适用)$"
)


def _pleaded(masked: str, start: int) -> bool:
    """The provision at folded `start` is named in a request to apply it (请求依照《…》第X条…)."""
    return pleaded(masked[max(0, start - 16) : start])


def pleaded(before: str) -> bool:
    """`before` (the text right before a provision, whitespace aside) asks for the provision to be applied."""
    return bool(_PLEA_BEFORE.search(re.sub(r"\s", "", before)))


#: A weighing provision the decision says the case does not meet (不符合…第三十三条第一款规定的不予处罚情形): named only
#: to be refused, it weighs nothing.
_REFUSED_BEFORE = re.compile(r"(?:不符合|不适用|不满足|不具备|不属于)$")
_REFUSED_AFTER = re.compile(r"(?:的|所)?(?:规定|列)(?:的)?[^,，。；;:：]{0,12}?(?:情形|条件|情况)")


def _refused(masked: str, start: int, end: int, after: re.Pattern[str] = _REFUSED_AFTER) -> bool:
    return bool(_REFUSED_BEFORE.search(masked, max(0, start - 4), start) and after.match(masked, end))


#: Any other provision the decision says the case does not meet (复核意见：…不符合…第二十一条第（一）项规定的情形，
#: 不予采纳): an exception the party's plea invoked, named only to be refused — no rule violated, no basis (ruling 52).
#: Only 情形: 不符合…规定的条件 may be the breach itself (收费不符合…规定的条件).
_REFUSED_CASE_AFTER = re.compile(r"(?:的|所)?(?:规定|列)(?:的)?[^,，。；;:：]{0,12}?情形")


#: A sentence that retells the 告知书 (…送达了《行政处罚告知书》，告知书认定…，适用的条款为…，拟给予警告…): the
#: provisions it names for a penalty the notice only proposed (拟…) are the notice's, not the decision's basis.
_NOTICE_NAMED = re.compile(r"告知书")
_PROPOSED = re.compile(r"拟[^,，。；;]{0,8}$")


def _proposed_in_notice(masked: str, start: int, end: int) -> bool:
    """The basis provision at folded [start, end) stands in a sentence that names the 告知书 before it and whose
    penalty after it is only proposed (拟给予, 拟没收, 拟对当事人处以…), nothing decided (决定)."""
    _, begin = _sentence_at(masked, start)
    if not _NOTICE_NAMED.search(masked, begin, start) or _DECIDES.search(masked, begin, start):
        return False
    rest = _sentence_rest(masked, end)
    penalty = _PENALISING.search(_LAW_NAME.sub("《》", rest))
    if penalty is None or _DECIDES.search(rest):
        return False
    return bool(_PROPOSED.search(_LAW_NAME.sub("《》", rest)[: penalty.start()]))


#: A table's cell wall typed as text (│ ┃ ║ and the ASCII bar).
_WALLS = "\u2502\u2503\u2551|"
_WALLED_LINE = re.compile(rf"[ \t\u3000]*[{_WALLS}](?:[^\n]*[{_WALLS}])[ \t\u3000]*")


def _row_order(text: str) -> tuple[str, list[int]] | None:
    """`text` with each walled table row read cell by cell: the lines of one row (walled lines in a run with as
    many walls, no ruled line between) interleave the cells that wrap (价格法第十三│条第一款 over two lines), so
    each column's pieces are joined and the columns follow one another, each on a line of its own, as a table
    without walls reads. With where each character stands in `text`; None when no line is walled."""
    lines = [
        (m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"
    ]
    walled = [
        bool(_WALLED_LINE.fullmatch(text, a, b)) and sum(text.count(w, a, b) for w in _WALLS) >= 2 for a, b in lines
    ]
    if not any(walled):
        return None
    chars: list[str] = []
    where: list[int] = []
    index = 0
    while index < len(lines):
        start, end = lines[index]
        if not walled[index]:
            chars.append(text[start:end])
            where.extend(range(start, end))
            if end < len(text):
                chars.append("\n")
                where.append(end)
            index += 1
            continue
        walls = [[at for at in range(start, end) if text[at] in _WALLS]]
        group = [lines[index]]
        while (
            index + len(group) < len(lines)
            and walled[index + len(group)]
            and len(cut := [at for at in range(*lines[index + len(group)]) if text[at] in _WALLS]) == len(walls[0])
        ):
            walls.append(cut)
            group.append(lines[index + len(group)])
        for column in range(len(walls[0]) - 1):
            for cuts in walls:
                for at in range(cuts[column] + 1, cuts[column + 1]):
                    if not text[at].isspace():
                        chars.append(text[at])
                        where.append(at)
            chars.append("\n")  # the column's wall, a line break as between a plain table's cells
            where.append(walls[-1][column + 1])
        index += len(group)
    return "".join(chars), where


def find_citations(text: str) -> list[Citation]:
    """Every provision cited in `text` outside quoted law, in order, with its role (see the module docstring).
    A walled table's rows are read cell by cell (see `_row_order`); the spans still index `text`.
    """
    order = _row_order(text)
    if order is None:
        return _find_citations(text)
    reordered, where = order
    return [
        replace(citation, start=where[citation.start], end=where[citation.end - 1] + 1)
        if citation.end > citation.start
        else replace(citation, start=where[citation.start], end=where[citation.start])
        for citation in _find_citations(reordered)
    ]


def _find_citations(text: str) -> list[Citation]:
    """Every provision cited in `text` outside quoted law, in order, with its role (see the module docstring).

    A provision cited without its law takes the law cited last (处罚依据第四十二条 after 《价格法》第十三条),
    unless a weighing instrument is named before it. A numbered list of provisions under one heading
    ((行政处罚的内容和依据) 1.《…》第X条：… 2.《…》第Y条：…) gives every item the first item's role."""
    folded = _bracketed(text, fold(text))
    masked = _STOP_IN_LIST.sub(",", _mask_quotes(folded.text))
    appendix = _APPENDIX.search(masked)
    appended = appendix.start() if appendix else len(masked)
    present = _UNREFUNDED_LATER.sub(lambda match: "□" * len(match.group()), masked)
    confiscates = bool(_CONFISCATES_UNREFUNDED.search(present, 0, appended))
    confiscates_money = confiscates or bool(_CONFISCATES_MONEY.search(masked, 0, appended))
    found: list[tuple[Citation, str]] = []
    spans: list[tuple[int, int]] = []
    last_law: str | None = None
    previous_end = 0
    item_role: str | None = None
    cited = _citations(text, folded)
    aliases = _aliases(masked)
    starts = [start for _, start, _ in cited]
    for citation, start, end in cited:
        if citation.law is None:
            if (weighing := _unknown_law_role(masked, start, previous_end)) is not None:
                found.append((citation, weighing))
                spans.append((start, end))
                previous_end = end
                continue
            citation = replace(citation, law=_law_named_last(masked, start, aliases) or last_law)
        last_law = citation.law
        previous_end = end
        if in_quote(folded.text, start):
            continue
        if start >= appended:
            found.append((citation, "other"))
            spans.append((start, end))
            continue
        if _onsite_procedure(citation, masked, end) or _rights_procedure(citation, masked, end):
            found.append((citation, "other"))
            spans.append((start, end))
            continue
        if _ground_not_to_punish(citation, masked, start, end):
            found.append((citation, "mitigation"))
            spans.append((start, end))
            continue
        fixed = _fixed_role(citation, confiscates_money)
        if (
            _pleaded(masked, start)
            or (fixed == "mitigation" and _refused(masked, start, end))
            or (fixed is None and _refused(masked, start, end, _REFUSED_CASE_AFTER))
        ):
            found.append((citation, "other"))
            spans.append((start, end))
            continue
        role = fixed or ("other" if _PROCEDURE_AFTER.match(masked, end) else _role(masked, start, end, starts))
        if role == "violated" and fixed is None and _yardstick(folded.text, masked, start, end):
            role = "characterised"
        if role == "basis" and fixed is None and _proposed_in_notice(masked, start, end):
            role = "other"
        if fixed is None and role == "other" and _confiscation_basis(masked, citation, start, confiscates):
            role = "basis"
        if (
            fixed is None
            and role != "violated"
            and (_weighing_quote(folded.text, end) or (role == "other" and _weighs_after(masked, end)))
        ):
            role = "mitigation"
        if _ITEM_NUMBER.search(masked[max(0, start - 4) : start]):
            if role == "other" and item_role in ("basis", "violated") and not _fixed_role(citation, confiscates_money):
                role = item_role
            item_role = role
        found.append((citation, role))
        spans.append((start, end))
    for index, pointed_role in _referred_back(masked[:appended], found, spans):
        found[index] = (found[index][0], pointed_role)
    breached = {(_law_key(c.law), c.article) for c, role in found if role == "violated"}
    for index, (citation, role) in enumerate(found):
        if role != "basis" or _fixed_role(citation, confiscates_money):
            continue
        conclusion = _reasoning_then_basis(masked, spans[index][1])
        if conclusion == "violation" or (conclusion and (_law_key(citation.law), citation.article) in breached):
            found[index] = (citation, "other")
    for index in _not_applied(masked, found, spans, confiscates_money):
        found[index] = (found[index][0], "other")
    violated = any(role == "violated" for _, role in found)
    # 涉嫌违反 is the opening narrative's suspicion, unless the decision concludes with nothing firmer: 涉嫌违反 in the
    # conclusion (本局认为…涉嫌违反了A，属于B所指的…行为) is its 违反 clause, so B only characterises (ruling 1)
    suspected: CitationRole = "other" if violated else "violated"
    concluded = violated or any(role == "suspected" for _, role in found)
    character: CitationRole = "other" if concluded else "violated"
    settled = {**_SETTLED, "characterised": character, "suspected": suspected}
    return [replace(citation, role=settled[role]) for citation, role in found]


def split_citations(decision_text: str) -> CitationSplit:
    """A decision's citations split into the rules violated, the penalty basis, weighing and the rest."""
    citations = find_citations(decision_text)
    masked = _mask_quotes(decision_text)
    violated = [c for c in citations if c.role == "violated"]
    several_acts = _acts(masked, violated) > 1
    return CitationSplit(
        violated=_precise(violated, masked),
        # The basis sentence may cite an article bare and, in a later clause, its 款 (…第十六条…，…第十六条第二款):
        # one basis, kept once. Where several acts are found, an article listed bare beside its item
        # (…第九条和第九条第二项…) is the basis of one act bare and of another by item: kept at both (rule 4).
        basis=_precise([c for c in citations if c.role == "basis"], masked if several_acts else None, several_acts),
        other=[c for c in citations if c.role == "other"],
        mitigation=_precise([c for c in citations if c.role == "mitigation"]),
    )


#: A penalty basis that names a law but no article (根据《某某法》的规定，决定…): an imprecise basis in itself.
_UNNUMBERED_BASIS = re.compile(r"(?:依据|根据|依照|按照)《[^《》]{2,60}》(?:的)?(?:有关|相关)?(?:规定|之规定)(?!第)")


def unnumbered_basis(decision_text: str) -> list[str]:
    """Basis clauses that name a law without an article, in a sentence that imposes the penalty (not the
    surcharge's 依据《行政处罚法》的规定…加处罚款); quoted law text is left out."""
    folded = fold(decision_text)
    text = folded.text
    found = []
    for match in _UNNUMBERED_BASIS.finditer(text):
        if in_quote(text, match.start()):
            continue
        stop = _SENTENCE_END.search(text, match.end())
        rest = text[match.end() : stop.start() if stop else len(text)]
        if _PENALISING.search(rest) and "加处罚款" not in rest:
            start, end = folded.span(match.start(), match.end())
            found.append(decision_text[start:end])
    return found
