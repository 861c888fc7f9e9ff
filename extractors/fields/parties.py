"""The party (当事人) of a decision, notice or approval form: name, type, code, address, representative, phone.

Case files introduce the party in three ways, tried in this order:

* a label with a colon, or a label opening a table row: "当事人：某公司", "被处罚人：张三",
  "当事人  名称 某公司", "当事人\\n名称　某公司" (the name may sit on the next line of a table cell);
* a decision or notice addressed to the party: a line "某公司：" near the top (an organisation name, or a
  person's name right under the 文号);
* nothing else: sentences such as "当事人的上述行为" never give a name.

A label among the first lines may also be a table cell without a colon (姓名  张三, 当事人名称  某店), the shop's
字号, or a numbered party of a joint decision (当事人一 / 当事人（二）); `find_parties` reads every numbered
party, each with its own block.

The party's other fields are read only from the block that follows the name: lines that start with a party
label (统一社会信用代码, 住所, 法定代表人, 联系电话, 性别 …) or continue the previous one. A line about someone
else (现场负责人, 被询问人, 委托代理人, 联系人 …) ends the block, so their phone is never the party's.
Offsets index the caller's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, TypedDict

from reviewer.core.ids import CodeKind, check_code, check_org_code, find_ids
from reviewer.core.text import FULL_WIDTH

__all__ = [
    "ITEM_NUMBER",
    "NOT_A_NAME_START",
    "PARTY_DESCRIBED",
    "TABLE_RULES",
    "Party",
    "PartyType",
    "Spanned",
    "bracket_open",
    "find_parties",
    "find_party",
    "masked_name",
    "party_type_of",
    "table_parties",
    "unlabelled_party_start",
]

PartyType = Literal["organisation", "citizen"]


@dataclass(frozen=True)
class Spanned:
    """A value read from a text with the exact characters it came from."""

    value: str
    raw: str
    start: int
    end: int
    confidence: float = 1.0


@dataclass(frozen=True)
class Party:
    """The party of an instrument; None fields were not stated (or not found)."""

    name: Spanned
    party_type: PartyType | None
    code: Spanned | None = None
    code_kind: CodeKind | None = None
    code_valid: bool | None = None
    address: Spanned | None = None
    representative: Spanned | None = None
    #: The label the representative was given: 法定代表人, 负责人, 经营者 or 投资人.
    representative_title: str | None = None
    phone: Spanned | None = None
    confidence: float = 1.0
    #: A 个体工商户 (a 92… code, the word, an 经营者 line, or a shop's name without a company form).
    individual_business: bool = False

    @property
    def masked(self) -> bool:
        """The name is masked whole for publication (***, ×××, 某某): the line names a party, but no name."""
        return masked_name(self.name.value)

    @property
    def evidence(self) -> dict[str, tuple[int, int]]:
        """Field name → (start, end) offsets of every field that was found."""
        fields = {
            "name": self.name,
            "code": self.code,
            "address": self.address,
            "representative": self.representative,
            "phone": self.phone,
        }
        return {key: (value.start, value.end) for key, value in fields.items() if value is not None}


_ORG_SUFFIX = re.compile(
    r"(?:公司|分公司|厂|店|商行|商店|超市|门市部|经营部|销售部|营业部|服务部|加工部|门诊部|卫生室|合作社|中心|事务所|工作室|馆|院|所|站|场|"
    r"酒店|宾馆|饭店|餐厅|药房|诊所|医院|学校|幼儿园|协会|集团|企业|个体工商户|农家乐|作坊|车行|工地)$"
)
_AGENCY_SUFFIX = re.compile(r"(?:局|委员会|政府|办公室|大队|支队|中队|法院|检察院)$")
#: Bodies of self-government, which a decision may punish as any organisation (某村村民委员会, 某社区居民委员会).
_SELF_GOVERNMENT = re.compile(r"(?:村民|居民)委员会$")
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
_NAME = r"[^\s:：，,；;。（(、]+(?:[（(][^）)\s:：]{1,30}[）)](?:[^\s:：，,；;。（(、]*))?"
_LABEL = re.compile(
    rf"(?P<label>当\s*事\s*人|被处罚人|被处罚单位|受处罚人|受处罚单位|被检查单位|被检查人)(?:[(（](?:单位|个人|名称|姓名)[)）])?"
    rf"(?P<sep>\s*[:：]\s*|[ \t\u3000]*\n\s*|[ \t\u3000]+|[】］]\s*)"
    rf"(?:(?:单位名称|名称|姓名)\s*[:：]?\s*)?(?P<name>{_NAME})"
)
#: A party's number in a joint decision: 当事人一, 当事人2, 当事人（二）.
_NUMBERED = r"(?:[一二三四五六七八九十]|[1-9]|[(（][一二三四五六七八九十1-9][)）])"
_SALUTATION = re.compile(rf"^[ \t\u3000]*(?P<name>{_NAME})[ \t\u3000]*[:：][ \t\u3000]*$", re.MULTILINE)
_DOC_NUMBER_LINE = re.compile(r"[〔\[［(（【]\s*[12]\d{3}\s*[〕\]］)）】]\s*(?:第\s*)?\d+\s*号")
_SALUTATION_LINES = 12

#: A list item's number before a label (（1）名称：…, 2.名称：…, （一）名称：…, 一、名称：…).
ITEM_NUMBER = r"(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.．、])?"
#: The labels of the lines that describe the party; a line of its kind or legal form (主体类型：有限责任公司,
#: 单位性质：事业单位, 组织形式：…) belongs to the block too, so the code and address after it are still read.
_PARTY_LINE = re.compile(
    r"^[ \t\u3000]*[【［〔〖]?"  # a label may be set in brackets (【统一社会信用代码】…, 〖住所〗…, 〔负责人〕…)
    + ITEM_NUMBER
    + r"[ \t\u3000]*(?:统一社会信用代码|社会信用代码|信用代码|注册号|组织机构代码|营业执照|工商注册号|执照号|主体资格证照名称|证照名称|身份证|公民身份|居民身份|"
    # a partnership's 主要经营场所 and 执行事务合伙人 lines
    r"证件|住所|住址|地址|(?:主要)?经营场所|注册地址|法定代表人|负责人|经营者|投资人|执行事务合伙人|联系电话|电话|手机|性别|年龄|民族|出生|"
    r"类型|组成形式|职务|工作单位|名称|姓名|"
    r"(?:主体|市场主体|单位|企业|机构|组织|经济)(?:类型|性质|类别)|组织形式|"
    # a registered body's registration line (登记类型：民办非企业单位; 登记管理机关：某区民政局), with its colon
    r"(?:登记|注册)(?:类型|(?:管理)?机关)[ \t\u3000]*[:：]|"
    # an older form's business address (经营地址：…, 营业场所：…), with its colon: no sentence opens so
    r"(?:经营地址|营业场所|经营住所)[ \t\u3000]*[:：])"
)
_OTHER_PERSON = re.compile(
    r"^[ \t\u3000]*"
    + ITEM_NUMBER
    + r"[ \t\u3000]*(?:现场负责人|被询问人|委托代理人|受托人|代理人|联系人|检查人|执法人员|记录人"
    r"|(?:当事人|被处罚人)(?:[二三四五六七八九]|[2-9]|[(（][二三四五六七八九2-9][)）]))"
)
_CODE_LIKE = re.compile(r"^[ \t\u3000]*[0-9A-Z]{6,}")
#: A party label opening one of the first lines, spacing removed (当事人：, 名称：, 被处罚人（单位）名称：, a form's
#: caption 当事人名称（字号）：).
_LINE_LABEL_WORDS = (
    rf"(?:当事人{_NUMBERED}?|被处罚人{_NUMBERED}?|被处罚单位|受处罚人|受处罚单位|名称|单位名称|企业名称|个体工商户名称|字号名称|字号|经营者名称|姓名)"
    r"(?:名称|姓名)?(?:[(（](?:单位名称|单位|个人|名称|姓名|字号|姓名或名称|名称或姓名)[)）])?(?:名称|姓名)?"
)
#: …or as a bracketed heading that opens the party's paragraph (【当事人】某公司，统一社会信用代码…); a heading alone on
#: its line (【当事人】 over 名称：…) labels nothing itself, the labels under it do.
_LINE_LABEL = re.compile(
    ITEM_NUMBER + rf"(?:{_LINE_LABEL_WORDS}[:：]|[【〔〖\[［]{_LINE_LABEL_WORDS}[】〕〗\]］][:：]?(?=.))"
)
#: …or alone on its line without a colon, its value on the line under it: a form exported cell by cell
#: (当事人名称 / 某某有限公司 / 统一社会信用代码 / 9129…).
_LABEL_ALONE = re.compile(ITEM_NUMBER + _LINE_LABEL_WORDS)
#: The same label as a table cell: written without letter spacing, then a gap before the value (姓名  张三).
_CELL_LABEL = re.compile(
    rf"[ \t\u3000]*(?P<label>{_LINE_LABEL_WORDS}(?:[ \t\u3000]+(?:单位名称|名称|姓名))?)[ \t\u3000]+(?=\S)"
)
#: A further party of a joint decision, where its label starts (当事人二：, 当事人（二） …).
_NEXT_PARTY = re.compile(
    r"(?:当\s*事\s*人|被\s*处\s*罚\s*人)\s*(?:[二三四五六七八九]|[2-9]|[(（][二三四五六七八九2-9][)）])"
    # the party's role in brackets before the colon (当事人二（直接负责的主管人员）：, 当事人二（个人）：)
    r"(?:[(（][^()（）:：\n]{1,12}[)）](?=[ \t\u3000]*[:：]))?"
)
#: What follows a further party's label: a colon (perhaps on the next line) or a table gap.
_NEXT_SEPARATOR = re.compile(r"[ \t\u3000]*[:：]|[ \t\u3000]+\S|\s*\n\s*[:：]")
#: A single space after a label, then words that end a sentence on the same line (当事人二 立案调查。, 当事人一 为某
#: 品牌特许人，…。): a sentence printed letter-spaced, not a table's cell — a cell holds a name, not a full stop.
#: A wide gap (two spaces, an ideographic space) is a cell's, whatever its value holds.
SPACED_SENTENCE = re.compile(r"[ \t](?![ \t\u3000])[^\n。]*。")
#: A single space after a label, then one character and another single space (当 事 人 二 为 某 某 小 区 …): the
#: text layer letter-spaces the whole line, a sentence wrapping on, not a cell after a table's gap.
_LETTER_SPACED_ON = re.compile(r"[ \t][^\s\u3000][ \t][^\s\u3000]")
_LINE_LABEL_LINES = 14
#: How many lines after the first party's name may hold further parties' labels.
_FURTHER_LINES = 24
_WRAP = 20
#: Where the name ends on its line: the next label, or punctuation.
_NAME_STOP = re.compile(
    r"主体资格|统一社会|社会信用|信用代码|社会代码|注册号|组织机构代码|住所|住址|地址|经营场所|法定代表人|负责人|经营者[:：(（]|投资人|"
    r"类型|联系|电话|身份证|证件|性别|年龄|民族|出生|[，,；;。：:]"
)
#: What a name never is: a licence, a list word, a blank, or a heading's tail (被处罚人 基本情况 spaced like a label).
_NOT_A_NAME = re.compile(r"营业执照|执照|许可证|证书|^[的及和]|^(?:无|空白)$|^(?:基本)?(?:情况|信息)$")
_TRAILING_BRACKET = re.compile(r"[（(](?P<inner>[^（()）]{1,30})[)）]$")
#: A bracket after the name that only gives the form of business or of body (（个体工商户）, （个人独资企业）,
#: （事业单位）, （事业单位法人）, （民办非企业单位）); a partnership's （普通合伙） is part of its registered name and stays.
_BUSINESS_WORD = re.compile(
    r"个体工商户|个体|经营者|个人独资(?:企业)?|普通个体户|事业单位(?:法人)?|事业法人|民办非企业(?:单位)?|社会团体(?:法人)?"
    r"|社会服务机构"
)
_TRADE_NAME = re.compile(r"(?:证照名称|字号|字号名称)[:：](?P<v>[^\s:：，,；;。]{2,40})")
_INSTITUTION = re.compile(
    r"医院|卫生院|学校|中学|小学|幼儿园|大学|学院|协会|委员会|管理处|合作社|集团|中心|事务所|银行"
)
#: The form stated right after the name (（个体工商户）, （个体工商户，经营者…）, ，个体工商户).
_STATED_INDIVIDUAL = re.compile(r"[（(]个体工商户[)）,，;；]|[,，]个体工商户[,，;；。]")
#: The words a 个体工商户's 字号 ends with (某某副食店, 某某蔬菜摊, 某某农家乐: a farm-stay kitchen is a household's
#: business unless its name or code says it is a company's).
_SHOP_SUFFIX = re.compile(r"(?:店|部|超市|商行|商店|坊|馆|铺|摊|行|厂|场|站|社|房|屋|吧|园|所|农家乐)$")
#: A named shop in running text (某县小李肉铺, 某某便利店): a few characters ending in a shop's word and then a
#: break, so 经营场所 or 经营的商品 is no shop.
_SHOP_NAME = r"[\u4e00-\u9fffA-Za-z0-9]{2,20}?(?:店|铺|超市|商行|商店|饭店|餐馆|酒店|门市部|经营部|食堂|药房|诊所)"
_SHOP = _SHOP_NAME + r"(?=[，,。；;、（(\s]|$)"
#: The text saying the party runs a shop (当事人于某日开始经营某某店, 当事人系某某超市经营者, 当事人个体经营):
#: not one who buys in a shop (在…购买) or works there (店员, 工作人员, 员工).
_RUNS_A_SHOP = re.compile(
    rf"当事人(?:于[^，,。；;]{{0,20}}?)?(?:开始|一直|长期|自行|独自)?(?:经营|开办|开设)(?:着|了|的)?{_SHOP}"
    rf"|当事人(?:系|是|为){_SHOP_NAME}(?:的)?(?:经营者|业主|店主)(?![^，,。；;]{{0,6}}(?:店员|工作人员|员工|雇员))"
    r"|当事人(?:系|是|为|从事)?个体(?:经营|工商户|户)"
)


def _spaced(*words: str) -> str:
    """An alternation of label words that tolerates letter spacing (统 一 社 会 信 用 代 码)."""
    return "(?:" + "|".join(r"\s*".join(word) for word in words) + ")"


#: The labels a party's code is printed under: credit code, registration number, licence number, ID number.
_CREDIT_LABEL = _spaced("统一社会信用代码", "社会信用代码", "统一社会代码", "信用代码")
_REGISTRATION_LABEL = _spaced(
    "营业执照注册号", "营业执照号码", "营业执照号", "营业执照编号", "工商注册号", "注册号", "执照号码"
)
_ID_LABEL = _spaced(
    "居民身份证号码", "公民身份号码", "身份证件号码", "身份证号码", "身份证号", "证件号码", "证照号码", "证照编号"
)
_MASKED_CODE = re.compile(
    rf"(?:{_CREDIT_LABEL}|{_REGISTRATION_LABEL})[^:：\n]{{0,8}}[:：]\s*(?P<v>[0-9A-Za-z*＊]{{2,20}})"
)
#: A code masked for publication (9132xxxx…, 13112XXXXXX5445, 9****2P): printed, but no code to read.
_MASK = re.compile(r"[Xx*＊]{3,}")
_BLOCK_LINES = 10
_CONTINUATION = 20

_CODE = re.compile(
    rf"(?:{_CREDIT_LABEL}|{_REGISTRATION_LABEL}|{_ID_LABEL})"
    r"(?:\s*[(（][^)）:：]{0,8}[)）])?\s*[:：]?\s*(?P<v>[0-9A-Za-z](?:[ ]?[0-9A-Za-z]){14,18})"
)
#: The 9-character 组织机构代码 (12345678-9) an organisation registered before the credit code printed instead of one.
_ORG_CODE = re.compile(
    _spaced("组织机构代码证号码", "组织机构代码证号", "组织机构代码证", "组织机构代码")
    + r"(?:\s*[(（][^)）:：]{0,8}[)）])?\s*[:：]?\s*(?P<v>[0-9A-Za-z]{8}\s*[-－—]?\s*[0-9Xx])(?![0-9A-Za-z])"
)
#: A credit code cut short at a line's end, and the short run of code characters that opens the next line.
_CODE_CUT = re.compile(rf"{_CREDIT_LABEL}(?:\s*[(（][^)）:：]{{0,8}}[)）])?\s*[:：]?\s*[0-9A-Za-z]{{1,17}}$")
_CODE_TAIL = re.compile(r"^[ \t\u3000]*[0-9A-Za-z]{1,17}(?=[ \t\u3000，,；;。]|$)")
_CODE_WRAPPED = re.compile(
    rf"{_CREDIT_LABEL}(?:\s*[(（][^)）:：]{{0,8}}[)）])?\s*[:：]?\s*"
    r"(?P<v>[0-9A-Za-z]{1,17}[ \t]*\n[ \t]*[0-9A-Za-z]{1,17})(?![0-9A-Za-z])"
)
#: The same code broken twice, a short run alone on the middle line (…代码：91390M / A8J / 2K5P0L).
_CODE_WRAPPED_TWICE = re.compile(
    rf"{_CREDIT_LABEL}(?:\s*[(（][^)）:：]{{0,8}}[)）])?\s*[:：]?\s*"
    r"(?P<v>[0-9A-Za-z]{1,16}[ \t]*\n[ \t]*[0-9A-Za-z]{1,16}[ \t]*\n[ \t]*[0-9A-Za-z]{1,16})(?![0-9A-Za-z])"
)
#: A credit code printed in groups with wide gaps between them (代码：9147　0202　MA8N　R1T3　1J, or a text layer's
#: runs of spaces): the groups are joined only up to exactly 18 characters that check.
_CODE_GROUPS = re.compile(
    rf"{_CREDIT_LABEL}(?:\s*[(（][^)）:：]{{0,8}}[)）])?\s*[:：]?[ \t\u3000]*"
    r"(?P<v>[0-9A-Za-z]{1,9}(?:[ \t\u3000]{1,4}[0-9A-Za-z]{1,9}){1,8})"
)
#: An old 15-digit 注册号 the text layer broke over two lines (注册号：3301020001 / 23456，): it has no check
#: character to confirm the join, so both parts must be digits that make exactly 15 and the second part must end
#: at punctuation or the line's end (a date or house number on the next line is not its tail).
_REGISTRATION_WRAPPED = re.compile(
    rf"{_REGISTRATION_LABEL}[)）]?\s*[:：]?\s*"
    r"(?P<v>[0-9]{1,14}[ \t]*\n[ \t]*[0-9]{1,14})(?=[，,；;。、)）\s]|$)"
)
#: An address label, which a line break may split (住\n址：).
_ADDRESS = re.compile(
    r"(?<!联系)(?:住\s*所\s*地|住\s*所|住\s*址|经\s*营\s*场\s*所|注\s*册\s*地\s*址|地\s*址)"
    r"(?:\s*[(（][^)）:：]{1,6}[)）])?\s*[】］〕〗]?\s*[:：]?\s*"  # 【经营场所】…: the bracket is no part of the address
    r"(?P<v>[^\s　，,；;。:：]+)"
)
_REPRESENTATIVE = re.compile(
    r"(?<!现场)(?P<title>法定代表人|负责人|经营者|投资人)(?:[(（]负责人[)）])?\s*[:：]?\s*"
    r"(?P<v>[\u4e00-\u9fff·]{2,4}?)(?=[\s　，,；;。（(]|联系|电话|职务|地址|住所|$)"
)
_REPRESENTATIVE_LABEL = re.compile(r"法定代表人|负责人|经营者|投资人|执行事务合伙人|委托代理人|代理人")
#: A natural person's own details: a 性别 line or a 身份证 number (its first six digits at least, the rest perhaps
#: masked).
_PERSON_DETAILS = re.compile(
    rf"性\s*别\s*[:：]?\s*[男女]|{_spaced('居民身份证号码', '公民身份号码', '身份证件号码', '身份证号码', '身份证号')}"
    r"\s*[:：]?\s*[0-9]{6}"
)
_PHONE = re.compile(
    r"(?:联系电话|电话|手机|联系方式)\s*[:：]?\s*(?P<v>1\d{2}[- ]?\d{4}[- ]?\d{4}|0\d{2,3}-?\d{7,8}|\d{7,8})(?!\d)"
)


#: What a published copy masks a name with: *, ×, x, 某, blanks' underscores. A name of these alone is no name;
#: one that keeps a character of its own (张**, 某某县xx超市) is printed as it is.
_MASKING = re.compile(r"[*＊×✕xX某○〇□■_＿\-－]{2,}")


#: A personal name masked for publication after its surname (张**, 李××, 王xx), or in its middle with the last
#: character kept (冯*杰, 欧阳×明): a person's name, as 王某 is.
_MASKED_PERSON_NAME = r"(?:[\u4e00-\u9fff]{1,2}[*＊×xX]{1,3}|[\u4e00-\u9fff]{1,2}[*＊×xX]{1,2}[\u4e00-\u9fff])"
_MASKED_PERSON = re.compile(_MASKED_PERSON_NAME)


def masked_name(name: str) -> bool:
    """`name` is wholly masked (***, ×××, 某某, XXX): nothing of the party's own name is left to read."""
    return bool(_MASKING.fullmatch(re.sub(r"[\s\u3000]", "", name)))


def party_type_of(name: str) -> PartyType | None:
    """organisation for a name with an organisation suffix, citizen for a 2–4 character personal name; None for
    a name masked whole (某某 is no person's name): the code or the block must tell."""
    if masked_name(name):
        return None
    bare = _TRAILING_BRACKET.sub("", name) or name
    if _ORG_SUFFIX.search(name) or _ORG_SUFFIX.search(bare) or "有限" in name or _SELF_GOVERNMENT.search(bare):
        return "organisation"
    if (_PERSON.fullmatch(name) or _MASKED_PERSON.fullmatch(name)) and not _AGENCY_SUFFIX.search(name):
        return "citizen"
    return None


def _labelled_name(norm: str) -> tuple[int, int, float] | None:
    """Span of the name after the first party label that gives a plausible one, with a confidence."""
    for match in _LABEL.finditer(norm):
        line_start = norm.rfind("\n", 0, match.start()) + 1
        before = norm[line_start : match.start()].strip()
        # 【当事人】 opening its line closes its label as a colon does
        bracketed = before in ("【", "［") and match.group("sep").strip()[:1] in ("】", "］")
        has_colon = ":" in match.group("sep") or "：" in match.group("sep") or bracketed
        if not has_colon and before and not bracketed:
            continue  # a label without a colon must open its line (a table row)
        if party_type_of(match.group("name")) is None:
            continue
        return match.start("name"), match.end("name"), 1.0 if has_colon else 0.9
    return None


#: A party block with no label: a line among the first that opens with an organisation's name and goes straight on
#: to its code or address (某某有限公司，统一社会信用代码…，住所…).
_UNLABELLED = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9()]{4,40}?)[,，]?(?=统一社会信用代码|社会信用代码|信用代码|注册号|住所|经营场所)"
)


#: A line that opens with the code's or address's label and its colon or value (统一社会信用代码：…, 住所：…), not
#: a sentence that only goes on with the word (住所位于…).
_LABEL_OPENS = re.compile(
    r"(?:统一社会信用代码|社会信用代码|信用代码|注册号|住所|经营场所)(?:[(（][^)）]{0,8}[)）])?(?::|：|[0-9A-Z])"
)


#: Lines of the party's kind or representative that may stand between a name alone on its line and its code or
#: address (某某经营部 / 企业类型：个人独资企业 / 投资人：某某 / 注册号：…).
_BETWEEN_NAME_AND_CODE = 3
_DESCRIPTOR_LINE = re.compile(
    r"(?:(?:主体|市场主体|单位|企业|机构|组织|经济)(?:类型|性质|类别)|组织形式|类型|法定代表人|负责人|经营者|投资人"
    r"|执行事务合伙人)(?:[(（][^)）]{0,8}[)）])?[:：]"
)


def _code_line_below(norm: str, starts: list[int]) -> str:
    """The line under a name alone on its line that opens with its code's or address's label, past at most a few
    lines of the party's kind or representative; "" when none does."""
    for start in starts[: _BETWEEN_NAME_AND_CODE + 1]:
        line, _ = _compact_line_at(norm, start)
        if _LABEL_OPENS.match(line):
            return line
        if not _DESCRIPTOR_LINE.match(line):
            return ""
    return ""


def _unlabelled_name(norm: str) -> tuple[int, int, float] | None:
    """Span of an organisation named at the start of one of the first lines, its code or address following on
    the same line or opening the next (a name alone on its line, 统一社会信用代码：… under it)."""
    lines = _head_lines(norm, blank=True)
    for index, start in enumerate(lines):
        compact, origin = _compact_line_at(norm, start)
        match = _UNLABELLED.match(compact)
        if match is None and compact and index + 1 < len(lines):
            following = _code_line_below(norm, lines[index + 1 :])
            joined = _UNLABELLED.match(compact + following) if following else None
            # the whole line is the name: a sentence or heading that runs on to the next line names no party
            match = joined if joined is not None and joined.end("name") == len(compact) else None
        if match is None or party_type_of(match.group("name")) != "organisation":
            continue
        if _NOT_A_NAME.search(match.group("name")) or _AGENCY_SUFFIX.search(match.group("name")):
            continue
        return origin[0], origin[match.end("name") - 1] + 1, 0.8
    return None


def unlabelled_party_start(text: str) -> int | None:
    """Where in `text` an organisation's name opens a party block with no label (see `_unlabelled_name`): the
    decision checks read the block from there as they read one after 当事人：."""
    found = _unlabelled_name(text.translate(FULL_WIDTH))
    return found[0] if found else None


#: What the clause after a party's name says it is — its kind, code, licence, address, representative, sex — so
#: that 当事人某某，<one of these>… introduces the party, while a narrative sentence (当事人于…, 当事人的行为…) does
#: not. One list for the field reader here and the decision checks' party block.
PARTY_DESCRIBED = (
    r"个体工商户|个人独资企业|(?:统一)?社会信用代码|信用代码|注册号|营业执照|住所|住址|地址|经营场所|营业场所|注册地址"
    r"|法定代表人|负责人|经营者|投资人|公民身份|(?:居民)?身份证|性别|[男女][，,]|(?:主体|单位|企业)(?:类型|性质)"
    r"|(?:系|是|为)(?:一家|一户)?(?:个体工商户|个人独资企业)"
    r"|(?:系|是|为)?(?:事业单位|社会团体|民办非企业|农民专业合作社)"
)
#: The words that open a bracket giving the party's former name (某公司（原名称：某某有限公司，…变更名称）): the name
#: the party no longer bears, which the decision itself is not made against.
FORMER_NAME = r"(?:原名称|原企业名称|原名|曾用名|变更前名称)"
#: A line of the party's block that gives its former name (曾用名：某某医院; （原名称：某某有限公司，…变更）).
_FORMER_NAME_LINE = re.compile(rf"^[ \t\u3000]*[(（]?[ \t\u3000]*{FORMER_NAME}[ \t\u3000]*[:：]")
#: Words that, right after 当事人, open a narrative sentence rather than a name (当事人于…, 当事人系…, 当事人的…).
NOT_A_NAME_START = "[于在的对将因系为是从自已未称与及和向经]"
#: A sentence that opens a line and introduces the party with no colon: 当事人某某山货店，个体工商户，统一社会信用代码….
_SENTENCE_NAME = re.compile(
    rf"^[ \t\u3000]*(?:当事人|被处罚人|受处罚人)(?P<name>(?!{NOT_A_NAME_START})[^\s:：，,；;。（(、]{{2,40}})"
    rf"(?:[（(](?:以下简称[^）)\n]{{1,8}}|{FORMER_NAME}[^（()）\n]{{1,60}})[）)])?"
    # …or a bracket that opens with the former name and goes on to describe the party (某公司（原名某某公司，统一社会
    # 信用代码：…，住所：…）于…)
    rf"(?:[，,（(]|[（(]{FORMER_NAME}[^（()），,\n]{{1,60}}[，,])(?={PARTY_DESCRIBED})",
    re.MULTILINE,
)


def _sentence_name(norm: str) -> tuple[int, int, float] | None:
    """Span of the name in a line that opens 当事人某某，<what it is>… among the first lines (see `_SENTENCE_NAME`),
    read with the next line joined on, since a sentence wraps wherever the page ends a line (…（以下简称当事人），统
    / 一社会信用代码…)."""
    lines = _head_lines(norm)
    for index, start in enumerate(lines):
        end = lines[index + 2] if index + 2 < len(lines) else len(norm)
        compact, origin = _compact_line(norm, start, end)
        match = _SENTENCE_NAME.match(compact)
        if match is None:
            continue
        name = _trim_brackets(match.group("name"))
        if _NOT_A_NAME.search(name) or (party_type_of(name) is None and not _SHOP_SUFFIX.search(name)):
            continue
        return origin[match.start("name")], origin[match.start("name") + len(name) - 1] + 1, 0.9
    return None


#: A party block that opens with its operator (经营者：某某（字号：某某店）): a 个体工商户 printed person first.
_OPERATOR_LINE = re.compile(
    rf"经营者(?:姓名)?[:：](?P<name>[\u4e00-\u9fff]{{2,4}}|{_MASKED_PERSON_NAME})(?=[(（，,；;。]|$)"
)


def _operator_name(norm: str) -> tuple[int, int, float] | None:
    """Span of the operator's name on an 经营者 line among the first lines, when no party label named anyone: the
    字号 under it, if the block prints one, then stands for the party (`_trade_name`)."""
    for start in _head_lines(norm):
        compact, origin = _compact_line_at(norm, start)
        match = _OPERATOR_LINE.match(compact)
        if match is not None:
            return origin[match.start("name")], origin[match.end("name") - 1] + 1, 0.8
    return None


def _salutation_name(norm: str) -> tuple[int, int, float] | None:
    """Span of an addressee line "某公司：" near the top of a decision or notice."""
    lines_seen, previous = 0, ""
    for match in re.finditer(r"[^\n]*", norm):
        line = match.group()
        if not line.strip():
            continue
        lines_seen += 1
        if lines_seen > _SALUTATION_LINES:
            return None
        salutation = _SALUTATION.match(line)
        if salutation and not re.fullmatch(_LINE_LABEL_WORDS, salutation.group("name")):
            kind = party_type_of(salutation.group("name"))
            if kind == "organisation" or (kind == "citizen" and _DOC_NUMBER_LINE.search(previous)):
                start = match.start() + salutation.start("name")
                return start, start + len(salutation.group("name")), 0.8
        previous = line
    return None


#: How many characters before a line break may hold the first part of a label the break cut.
_LABEL_CUT = 8
#: What follows a whole label: a bracket perhaps (（注册号）), then its colon or the first character of its value.
_AFTER_LABEL = re.compile(r"(?:[(（][^)）]{0,10}[)）])?[:：0-9A-Z]")


def _label_across(previous: str, line: str) -> bool:
    """A party label the line break cut anywhere, after other labels on the line before (…主体资格证照名 / 称：…;
    …经营者：某某　统一社会信用 / 代码：…): the label must cross the break and be followed by its colon or value,
    so a sentence broken inside a word that happens to be a label (当事人法定 / 代表人未到场) is not one."""
    tail = re.sub(r"[ \t\u3000]", "", previous)[-_LABEL_CUT:]
    joined = tail + re.sub(r"[ \t\u3000]", "", line)[:16]
    for at in range(len(tail)):
        match = _PARTY_LINE.match(joined[at:])
        if match and at + match.end() > len(tail) and _AFTER_LABEL.match(joined, at + match.end()):
            return True
    return False


#: A line drawn of box rules alone (├────┼────┤, ─────): a table's layout between its rows.
_RULE_LINE = re.compile(r"[ \t\u3000]*[\u2500-\u257f][ \t\u3000\u2500-\u257f]*$")


#: How many blank lines a page break inside the party block may leave (its footer and the next page's header blanked).
_BREAK_LINES = 4


def _blank_before_party_line(norm: str, start: int) -> bool:
    """The line at `start` is blank and the first line after the blank run is one of the party's labelled lines
    (统一社会信用代码：…, 住所：…): a page break fell inside the block, its furniture blanked; the block goes on."""
    lines = norm[start:].split("\n", _BREAK_LINES + 1)
    if not lines or lines[0].strip():
        return False
    after = next((line for line in lines[1 : _BREAK_LINES + 1] if line.strip()), "")
    return bool(after) and not _OTHER_PERSON.match(after) and bool(_PARTY_LINE.match(re.sub(r"[ \t\u3000]", "", after)))


def _block_end(norm: str, name_end: int) -> int:
    """End of the party's block: the lines after the name that describe the party."""
    end = norm.find("\n", name_end)
    if end < 0:
        return len(norm)
    for _ in range(_BLOCK_LINES):
        next_end = norm.find("\n", end + 1)
        next_end = len(norm) if next_end < 0 else next_end
        line = norm[end + 1 : next_end]
        previous = norm[norm.rfind("\n", 0, end) + 1 : end].rstrip()
        if _OTHER_PERSON.match(line):
            break
        if _RULE_LINE.match(line) or _blank_before_party_line(norm, end + 1):
            # a table's ruled line between its rows (├──┼──┤, ─────), or the blanked furniture of a page break
            # inside the block: layout, read on
            end = next_end
            if end >= len(norm):
                break
            continue
        head = re.split("[，,；;。]", line.strip(), maxsplit=1)[0]
        short = len(head) <= _CONTINUATION and ":" not in head and "：" not in head
        unfinished = previous and previous[-1] not in "。"
        open_bracket = bracket_open(previous)
        # a label split by the line break (…，住 / 址：…; 统一社会信用代码 / ：9139…), letter spacing aside
        spaced = re.sub(r"[ \t\u3000]", "", line)
        split_label = _PARTY_LINE.match(re.sub(r"[ \t\u3000]", "", re.split("[，,；;。《]", previous)[-1]) + spaced)
        # the rest of a credit code the line break cut (…代码：91580121MA6D1J7 / N47　住所：…): read on, the joined
        # code is kept only when it checks
        code_tail = _CODE_CUT.search(previous) and _CODE_TAIL.match(line)
        # …and a label the break cut after other labels on the line before (…统一社会信用 / 代码：…)
        across = _label_across(previous, line)
        # a line of its own giving the name the party bore before (曾用名：…; （原名称：…，…变更）)
        former = _FORMER_NAME_LINE.match(spaced)
        wrapped = (
            _PARTY_LINE.match(spaced)
            or _CODE_LIKE.match(line)
            or open_bracket
            or split_label
            or code_tail
            or across
            or former
        )
        if not (wrapped or (short and unfinished and line.strip())):
            break
        end = next_end
        if end >= len(norm):
            break
    return end


def _spanned(text: str, start: int, end: int, value: str, confidence: float = 1.0) -> Spanned:
    return Spanned(value, text[start:end], start, end, confidence)


#: A credit code as read: the code, what kind of number it is, and whether its check character holds.
ReadCode = tuple[Spanned, CodeKind, bool]


def _typed_by_code(name: str, code: ReadCode | None) -> PartyType | None:
    """The party's type from its name, overruled by a code whose check holds: an ID number is a person's, any other
    valid code an organisation's."""
    if code and code[2]:
        return "citizen" if code[1] == "id_number" else "organisation"
    return party_type_of(name)


class _CodeFields(TypedDict):
    code: Spanned | None
    code_kind: CodeKind | None
    code_valid: bool | None


def _code_fields(code: ReadCode | None) -> _CodeFields:
    """The Party fields a read code fills (all None without one)."""
    if code is None:
        return _CodeFields(code=None, code_kind=None, code_valid=None)
    return _CodeFields(code=code[0], code_kind=code[1], code_valid=code[2])


def _wrapped_code(text: str, norm: str, start: int, end: int) -> ReadCode | None:
    """A code the text layer broke over two lines (…代码：9139539 / 15KFQNF0M84), or three: kept only when the joined
    value is a valid 18-character code, so a 15-digit 注册号 never swallows the digits of the next line; or a
    注册号 whose two runs of digits make exactly 15."""
    for pattern in (_CODE_WRAPPED, _CODE_WRAPPED_TWICE):
        match = pattern.search(norm, start, end)
        if match:
            check = check_code(re.sub(r"\s", "", match.group("v")))
            if check.valid and len(check.code) == 18:
                spanned = _spanned(text, match.start("v"), match.end("v"), check.code, check.confidence)
                return spanned, check.kind, True
    registration = _REGISTRATION_WRAPPED.search(norm, start, end)
    if registration:
        joined = re.sub(r"\s", "", registration.group("v"))
        if len(joined) == 15:
            check = check_code(joined)
            return _spanned(text, registration.start("v"), registration.end("v"), joined), check.kind, check.valid
    return None


def _grouped_code(text: str, norm: str, start: int, end: int) -> ReadCode | None:
    """A credit code printed in gapped groups: the first groups that make exactly 18 characters, kept only when
    they check (a house number or a date after the code is never part of it)."""
    for match in _CODE_GROUPS.finditer(norm, start, end):
        length = 0
        for group in re.finditer(r"[0-9A-Za-z]+", match.group("v")):
            length += len(group.group())
            if length < 18:
                continue
            stop = match.start("v") + group.end()
            check = check_code(re.sub(r"\s", "", norm[match.start("v") : stop]))
            if length == 18 and check.valid:
                return _spanned(text, match.start("v"), stop, check.code, check.confidence), check.kind, True
            break
    return None


def _code(text: str, norm: str, start: int, end: int) -> ReadCode | None:
    wrapped = _wrapped_code(text, norm, start, end) or _grouped_code(text, norm, start, end)
    # a masked code (13112XXXXXX5445) is printed but gives no code: the next labelled one may
    match = next(
        (
            m
            for m in _CODE.finditer(norm, start, end)
            if check_code(m.group("v")).valid or not _MASK.search(m.group("v"))
        ),
        None,
    )
    if wrapped is not None and (match is None or wrapped[0].start <= match.start("v")):
        return wrapped
    if match:
        check = check_code(match.group("v"))
        span = _spanned(text, match.start("v"), match.end("v"), check.code, check.confidence)
        return span, check.kind, check.valid
    for found in find_ids(text[start:end]):
        span = _spanned(text, start + found.start, start + found.end, found.code, found.confidence)
        return span, found.kind, found.valid
    if org := _ORG_CODE.search(norm, start, end):  # only when no credit code, 注册号 or ID number is printed
        check = check_org_code(re.sub(r"[\s－—]", lambda dash: "-" if dash.group().strip() else "", org.group("v")))
        return _spanned(text, org.start("v"), org.end("v"), check.code, check.confidence), check.kind, check.valid
    return None


#: The words that open the narrative under a party block (根据群众举报，…, 经查，…, 2024年3月1日，…): the line under
#: an address that ends without a number is no wrapped part of it when it opens so.
_NARRATIVE_OPENS = re.compile(r"根据|依据|依照|经查|现查明|本局|我局|案件来源|[0-9]{4}年")


def _address(text: str, norm: str, start: int, end: int) -> Spanned | None:
    match = _ADDRESS.search(norm, start, end)
    if not match:
        return None
    stop = match.end("v")
    if stop < end and norm[stop] == "\n":  # a wrapped address: 纬三路\n6号
        tail = re.match(r"[^\s　，,；;。:：]{1,12}(?=[，,；;。\s]|$)", norm[stop + 1 : end])
        if (
            tail
            and not _PARTY_LINE.match(tail.group())
            and not _NARRATIVE_OPENS.match(tail.group())
            and not match.group("v").endswith(("号", "室", "院"))
        ):
            stop = stop + 1 + tail.end()
    value = re.sub(r"\s+", "", norm[match.start("v") : stop])
    return _spanned(text, match.start("v"), stop, value)


def _simple(text: str, norm: str, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
    return pattern.search(norm, start, end)


def _compact_line(norm: str, start: int, end: int) -> tuple[str, list[int]]:
    """The line without whitespace, and for each of its characters the offset it came from."""
    kept = [(i, ch) for i, ch in enumerate(norm[start:end], start) if not ch.isspace() and ch != "\u3000"]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def _compact_line_at(norm: str, start: int) -> tuple[str, list[int]]:
    """`_compact_line` of the line that starts at `start`, up to its line break (or the text's end)."""
    end = norm.find("\n", start)
    return _compact_line(norm, start, len(norm) if end < 0 else end)


def _head_lines(norm: str, *, blank: bool = False) -> list[int]:
    """Where the first lines start, among which a party block is looked for (blank lines skipped unless `blank`)."""
    starts = re.finditer(r"(?m)^" if blank else r"(?m)^[^\n]*\S", norm)
    return [match.start() for match in starts][:_LINE_LABEL_LINES]


#: The short name a decision gives the party right after its name (（以下简称当事人）, (下称某某公司)): no part of it.
_SHORT_NAME = re.compile(r"(?:以下|下文)?简称|以下称|下称")
#: A bracket that describes the party rather than naming it (（系某某集团有限公司全资子公司）, （隶属于某某公司）): a
#: clause opened by 系 or 隶属, which no registered name starts a bracket with.
_DESCRIBED = re.compile(r"(?:系|隶属)")
#: A bracket that gives the party's role on a platform (（“某某集市”网络交易平台经营者）, （平台内经营者）): what it
#: is in the case, not its registered name.
_PLATFORM_ROLE = re.compile(r"(?:平台内?|电子商务)经营者$")


#: A bracket after the name that holds the party's code (某公司（统一社会信用代码：9169…）): the code, read as such,
#: is no part of the name.
_CODE_INSIDE = re.compile(r"\s*(?:统一社会信用代码|社会信用代码|统一社会代码|信用代码|注册号|营业执照)")


_FORMER_NAME_BRACKET = re.compile(rf"[（(]{FORMER_NAME}[^（()）]{{1,60}}[)）]$")


def _trim_brackets(name: str) -> str:
    """Drop a trailing bracket that names the operator, the form of business, the short name the decision
    will use or the party's former name, not the party."""
    former = _FORMER_NAME_BRACKET.search(name)
    if former and former.start() > 0:
        return name[: former.start()]
    match = _TRAILING_BRACKET.search(name)
    if match and name[: match.start()]:
        inner = match.group("inner")
        if (
            _SHORT_NAME.match(inner)
            or _CODE_INSIDE.match(inner)
            or _DESCRIBED.match(inner)
            or _PLATFORM_ROLE.search(inner)
        ):
            return name[: match.start()]
        person = re.fullmatch(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}", inner)
        operator = _BUSINESS_WORD.fullmatch(inner) or person or "*" in inner or "x" in inner.lower()
        if operator and (_BUSINESS_WORD.fullmatch(inner) or not _ORG_SUFFIX.search(inner)):
            return name[: match.start()]
    return name


_LETTER_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
#: The most letters a party label has (个体工商户名称, 当事人（姓名或名称）).
_SPACED_LABEL_LETTERS = 12
#: The gap that ends a table cell's label: two spaces or more, or an ideographic space.
_CELL_GAP = re.compile(r"[ \t]{2,}|\u3000")


def _unletterspaced(line: str) -> str:
    """The line with its label's letter spacing removed where a wider gap ends the label (当 事 人 名 称   某 某
    商 店, 当事人姓 名\u3000\u3000某某); any other line as it is (姓名 张三  性别 男 keeps its first gap)."""
    gap = _CELL_GAP.search(line)
    if gap is not None:
        head = line[: gap.start()]
        joined = _LETTER_GAP.sub("", head)
        if joined != head and re.fullmatch(_LINE_LABEL_WORDS, joined.strip(" \t\u3000")):
            return joined + line[gap.start() :]
    end = _spaced_label_end(line)
    if end is None:
        return line
    return re.sub(r"[ \t\u3000]", "", line[:end]) + line[end:]


def _spaced_label_end(line: str) -> int | None:
    """Where a label spaced out letter by letter ends when its gaps are as wide as the one after it (当   事   人
    沅 津 市…, 当 事人名称 某某店): the longest run of the line's first letters that is a label word, spaced inside,
    followed by a gap wider than the one between the value's first two letters — else nothing shows where the label
    ends (姓 名 李 某 某 gives None). A label written whole is `_CELL_LABEL`'s."""
    letters = [match.start() for match in re.finditer(r"[^ \t\u3000]", line)][: _SPACED_LABEL_LETTERS + 2]
    found = None
    for count in range(2, min(len(letters) - 1, _SPACED_LABEL_LETTERS) + 1):
        end = letters[count - 1] + 1
        word = "".join(line[at] for at in letters[:count])
        after = letters[count] - end
        value_gap = letters[count + 1] - letters[count] - 1 if count + 1 < len(letters) else 0
        spaced = end - letters[0] > count
        if spaced and after > value_gap and re.fullmatch(_LINE_LABEL_WORDS, word):
            found = end
    return found


#: A label and its colon where `_NAME_STOP` cut the name (经营者:, 公民身份号码:), not a word of the name itself.
_LABEL_IN_BRACKET = re.compile(r"[^,，;；。()]{0,8}[:：]")


def _line_name(norm: str) -> tuple[int, int, float] | None:
    """Span of the party's name on a labelled line among the first lines (当事人：…, 名称：…), read with the
    letters' spacing removed (当 事 人 ： 永 清 县 超 市) and ending at the next label on the same line."""
    line_starts = [m.start() for m in re.finditer(r"(?m)^", norm)]
    seen = 0
    for index, start in enumerate(line_starts):
        end = norm.find("\n", start)
        end = len(norm) if end < 0 else end
        compact, origin = _compact_line(norm, start, end)
        if not compact or _RULE_LINE.match(norm, start, end):
            continue  # a blank line or a table's ruled one
        if _COLUMN_HEAD.search(norm, start, end):
            continue  # the head row of a table giving each party a column (当事人一｜当事人二): no name
        seen += 1
        if seen > _LINE_LABEL_LINES:
            return None
        label = _LINE_LABEL.match(compact)
        alone = _LABEL_ALONE.fullmatch(compact) if label is None else None
        label = label or alone
        cell = None if label is not None else _CELL_LABEL.match(_unletterspaced(norm[start:end]))
        if label is None and cell is None:
            continue
        offset = label.end() if label is not None else len(re.sub(r"\s", "", cell.group("label"))) if cell else 0
        rest = compact[offset:]
        stop = _NAME_STOP.search(rest)
        cell_end = _next_cell_label(norm, rest[: stop.start()] if stop else rest, origin[offset:])
        if cell_end is not None:
            stop = None
        name = rest[: stop.start()] if stop else rest[:cell_end]
        column = _first_column(norm, origin[offset:], name)
        if column is not None:
            return origin[offset], origin[offset + column - 1] + 1, 1.0
        if stop is None and cell_end is None and name and index + 1 < len(line_starts):
            name = _before_split_label(norm, name, line_starts[index + 1])
        below = next(
            (at for at in line_starts[index + 1 :] if not _RULE_LINE.match(norm, at, _line_end(norm, at))), None
        )
        if not name and below is not None:  # a table: the name on the next line (past a ruled one)
            compact, origin = _compact_line_at(norm, below)
            if _COLUMN_HEAD.search(norm, below, _line_end(norm, below)):
                continue  # the head row of a table giving each party a column: the names are in its rows
            stop = _NAME_STOP.search(compact)
            name, offset = (compact[: stop.start()] if stop else compact), 0
            if alone is not None and not _value_row(norm, compact, below):
                continue
        opened = name.rfind("(")
        if opened > name.rfind(")"):
            # an unclosed bracket: the operator's details cut by a label (某店(经营者:某某)) are dropped; a name
            # wrapped onto the next line (某医院(某某\n医院)) is joined
            wrapped = None
            # a label inside the bracket (某店(经营者:某某,公民身份号码:…) gives the operator's details, wrapped or not
            details = stop is not None and _LABEL_IN_BRACKET.match(rest, stop.start()) is not None
            if index + 1 < len(line_starts) and not details and not (stop and ")" in rest[stop.start() :]):
                more, more_origin = _compact_line_at(norm, line_starts[index + 1])
                close = more.find(")")
                if 0 <= close <= _WRAP and not _NAME_STOP.search(more[:close]):
                    wrapped = more_origin[close]
            if wrapped is not None:
                return origin[offset], wrapped + 1, 1.0
            name = name[:opened]
        name = _trim_brackets(name)
        if len(name) < 2 or _NOT_A_NAME.search(name):
            continue
        if (
            offset
            and (stop is None or _after_gap(norm, origin, offset + stop.start()))
            and index + 1 < len(line_starts)
        ):
            wrapped_end = _wrapped_name_end(norm, name, line_starts[index + 1])
            if wrapped_end is not None:
                return origin[offset], wrapped_end, 1.0
        return origin[offset], origin[offset + len(name) - 1] + 1, 1.0
    return None


def _value_row(norm: str, value: str, start: int) -> bool:
    """The line at `start`, under a label printed alone without a colon, is the party's name in a form exported cell
    by cell: a name of a known kind, no label itself, and the next line opens the party's next labelled detail (住所,
    统一社会信用代码, 身份证件…). A heading or a sentence under a bare 当事人 is none."""
    if party_type_of(value) is None or _PARTY_LINE.match(value) or _LINE_LABEL.match(value):
        return False
    after = _line_end(norm, start) + 1
    if after >= len(norm):
        return False
    following, _ = _compact_line_at(norm, after)
    return bool(_PARTY_LINE.match(following))


def _line_end(norm: str, start: int) -> int:
    end = norm.find("\n", start)
    return len(norm) if end < 0 else end


def _first_column(norm: str, origin: list[int], name: str) -> int | None:
    """Where a table that gives each party a column (名称｜某某有限公司｜某某物业有限公司) ends the first party's
    name: at a wide gap after a whole organisation's name, another value following it; None when no such gap."""
    for at in range(2, len(name)):
        whole = party_type_of(name[:at]) == "organisation" and _ORG_SUFFIX.search(name[:at])
        label = _PARTY_LINE.match(name[at:]) or _LINE_LABEL.match(name[at:])
        if _after_gap(norm, origin, at) and whole and not label:
            return at
    return None


def _after_gap(norm: str, origin: list[int], at: int) -> bool:
    """Whether a wide gap stands before the line's `at`-th kept character: a label there opens a second column
    (名称：某某有限　　　法定代表人：…), which does not end a name the column's width cut."""
    return 0 < at < len(origin) and _CELL_GAP.search(norm[origin[at - 1] + 1 : origin[at]]) is not None


def _next_cell_label(norm: str, rest: str, origin: list[int]) -> int | None:
    """Where the next cell of a table typed with wide gaps starts on the name's line, when that cell is another
    label written without a colon (当事人　　某某烘焙坊　　　经营者　　张某): the name ends before the gap."""
    for at in range(1, len(rest)):
        if _after_gap(norm, origin, at) and _PARTY_LINE.match(rest[at:]):
            return at
    return None


def _before_split_label(norm: str, name: str, next_start: int) -> str:
    """`name` without the head of a label the line break cut (某某有限公司 主体 / 资格证照名称：…): a label that
    starts on this line and ends on the next one ends the name where it starts."""
    more, _ = _compact_line_at(norm, next_start)
    joined = name + more[:12]
    cut = _NAME_STOP.search(joined, max(0, len(name) - 6))
    if cut is not None and cut.start() < len(name) < cut.end() and cut.group()[0] not in "，,；;。：:":
        return name[: cut.start()]
    return name


def _wrapped_name_end(norm: str, name: str, next_start: int) -> int | None:
    """Where a name that ran to the end of its line ends on the next one (某市某区某某商\n贸有限公司，…): only
    when the name alone is no organisation's and the joined one is, and the next line's head is no label,
    date or sentence."""
    if party_type_of(name) == "organisation" and _ORG_SUFFIX.search(name):
        return None  # complete already; 某某有限公 / 司 is not
    more, origin = _compact_line_at(norm, next_start)
    cut = _NAME_STOP.search(more)
    tail = more[: cut.start()] if cut else more
    if not 0 < len(tail) <= _WRAP or _PARTY_LINE.match(more) or re.search(r"[0-9]", tail):
        return None
    joined = _trim_brackets(name + tail)
    if party_type_of(joined) != "organisation" or not _ORG_SUFFIX.search(joined) or _NOT_A_NAME.search(joined):
        return None
    return origin[len(tail) - 1] + 1


def _trade_name(norm: str, start: int, end: int) -> str | None:
    """A shop's name printed in the block under another label (主体资格证照名称：某某副食店)."""
    for match in _TRADE_NAME.finditer(re.sub(r"[ \t\u3000]", "", norm[start:end])):
        value = match.group("v")
        if value.endswith((")", "）")) and not re.search(r"[(（]", value):
            value = value[:-1]  # the bracket that held the 字号 (经营者：某某（字号：某某店）) closes
        if _ORG_SUFFIX.search(value) and not _NOT_A_NAME.search(value):
            return value
    return None


def _bracketed_trade_name(name: str) -> str | None:
    """The shop's name in brackets after its operator's (张某某（某县某某副食店）): a 个体工商户 printed person
    first, whose 字号 stands for the party (ruling 5); None for any other bracket."""
    match = _TRAILING_BRACKET.search(name)
    if match is None:
        return None
    outer, inner = name[: match.start()], match.group("inner")
    person = _PERSON.fullmatch(outer) or _MASKED_PERSON.fullmatch(outer)
    if not person or _AGENCY_SUFFIX.search(outer) or len(inner) < 4:
        return None
    if not (_SHOP_SUFFIX.search(inner) or _ORG_SUFFIX.search(inner)) or _BUSINESS_WORD.fullmatch(inner):
        return None
    return None if _NOT_A_NAME.search(inner) or _SHORT_NAME.match(inner) else inner


#: A 字号 printed in brackets closing the premises line (经营场所：某镇农贸市场西侧摊点（某县某某蔬菜摊）).
_PREMISES_BRACKET = re.compile(
    r"(?m)经[ \t\u3000]*营[ \t\u3000]*(?:场[ \t\u3000]*所|地[ \t\u3000]*址|地[ \t\u3000]*点)[ \t\u3000]*[:：]"
    r"[^\n]*?[（(](?P<inner>[^（()）\n]{4,30})[)）][ \t\u3000]*$"
)
#: …not a place the premises stand in (某某农贸市场, 某某商场, 某某广场, 某某花园): a bracket naming it locates.
_PLACE_WORD = re.compile(r"(?:市场|商场|广场|菜场|停车场|车站|公园|花园|家园|园区|小区|厂房|平房|门面房|营业房)$")


def _premises_trade_name(norm: str, start: int, end: int, code: str | None) -> re.Match[str] | None:
    """The 字号 of a 个体工商户 printed person first, given in brackets at the end of its premises line (ruling 5:
    the 字号 the party block prints stands for the party); only where the block shows a 个体工商户 (a 92… code or
    the word), and not a bracket naming the market, mall or estate the premises stand in, nor one with digits."""
    block = norm[start:end]
    if not ((code and code.startswith("92")) or "个体工商户" in re.sub(r"\s", "", block)):
        return None
    match = _PREMISES_BRACKET.search(norm, start, end)
    if match is None:
        return None
    inner = re.sub(r"[ \t\u3000]", "", match.group("inner"))
    if not _SHOP_SUFFIX.search(inner) or _PLACE_WORD.search(inner) or re.search(r"[0-9０-９]", inner):
        return None
    return None if _NOT_A_NAME.search(inner) or _BUSINESS_WORD.fullmatch(inner) else match


#: A party block stating a form of enterprise other than the 个体工商户: a sole proprietorship's or a partnership's
#: (个人独资企业, 普通合伙), or its 投资人 / 执行事务合伙人 line.
_OTHER_FORM = re.compile(r"个人独资企业|合伙企业|普通合伙|有限合伙")
_OTHER_FORM_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:投资人|执行事务合伙人)[ \t\u3000]*[:：]")


def _individual_business(name: str, block: str, code: str | None, text: str = "") -> bool:
    """A 个体工商户: not a company's name (有限公司 wins over a 92 code or an 经营者 line printed by the form);
    a 92… credit code, which only a 个体工商户 is given, whatever form its name has (某某洗浴中心, ruling 5); not
    another name in an organisation's form (医院, 服务中心 … win over an 经营者 line) unless the name's own bracket
    says 个体工商户; the words 个体工商户 or an 经营者 line; a shop's name.
    An old 15-digit 注册号 does not tell the kind, so the other signs decide — but a person's bare name over a
    注册号 or 信用代码 is one registered in business. A person's bare name with no code
    at all is one where the decision's `text` says the party runs a named shop: the block alone cannot tell."""
    compact = re.sub(r"\s", "", block)
    if "公司" in name or "有限" in name:
        return False
    if _STATED_INDIVIDUAL.match(compact, len(name)) and compact.startswith(name):
        return True  # the name's own bracket says so (某某销售中心（个体工商户）): stronger than its form
    if code and code.startswith("92"):
        return True  # the code's kind (9 工商, 2 个体工商户) tells more than a name's form
    if _INSTITUTION.search(name):
        return False
    if code and re.match(r"[0-9]{2}", code) and not _registration_number(code, compact):
        return False  # a credit code of another kind (91 company, 12 institution …); a 15-digit 注册号 says nothing
    if "个体工商户" in compact or re.search(r"(?m)^经营者[:：]", re.sub(r"[ \t\u3000]", "", block)):
        return True
    if _OTHER_FORM.search(compact) or _OTHER_FORM_LINE.search(block):
        return False  # the block states another form (企业类型：个人独资企业, 投资人：…): a shop's name does not decide
    if _SHOP_SUFFIX.search(name):
        return True
    if party_type_of(name) == "citizen" and re.search(f"(?:{_REGISTRATION_LABEL}|{_CREDIT_LABEL})[:：]", compact):
        return True  # a person registered in business (注册号/信用代码 under a bare name): the operator's own 个体户
    return code is None and party_type_of(name) == "citizen" and _runs_a_shop(name, text)


def _registration_number(code: str, compact: str) -> bool:
    """The code is an old 注册号, which does not tell the kind: 15 digits, or masked or cut under a 注册号 label of its own
    (经营场所：…（个体工商户，注册号：3501226****）) — not one bracketed after a credit code's label (统一社会信用代码
    （注册号）：9132…), which prints either. A code printed whole tells its own kind, whatever its label says."""
    if re.fullmatch(r"[0-9]{15}", code):
        return True
    return not re.fullmatch(r"[0-9A-Z]{18}", code) and bool(
        re.search(rf"(?<![(（]){_REGISTRATION_LABEL}[^:：\n()（）]{{0,8}}[:：]{re.escape(code)}", compact)
    )


def _runs_a_shop(name: str, text: str) -> bool:
    """The text says the party (当事人, or its name) runs a named shop or is 个体经营."""
    compact = re.sub(r"\s", "", text).replace(name, "当事人")
    return bool(_RUNS_A_SHOP.search(compact)) or bool(
        re.search(rf"{_SHOP_NAME}(?:的)?(?:经营者|业主|店主)(?:为|是|系)?[:：]?当事人", compact)
    )


def _own_person_details(block: str) -> bool:
    """The party's own block gives a person's 性别 or 身份证 number (masked or not) before any representative's
    line: a person, whose name alone (冯*杰 masked past reading, 某某) could not tell. A representative's or
    operator's details after 法定代表人/负责人/经营者 are someone else's."""
    representative = _REPRESENTATIVE_LABEL.search(block)
    own = block[: representative.start()] if representative else block
    return bool(_PERSON_DETAILS.search(own))


def _masked_code(norm: str, start: int, end: int) -> str | None:
    """A code printed with masks (9262**********Q8X8), for its first digits only."""
    match = _MASKED_CODE.search(norm, start, end)
    return match.group("v") if match else None


#: A table's ruled cell borders (┃当事人一┃某某公司┃…, 名称｜某某公司, either width of the bar): read as the wide gap
#: between cells, by the party reader and by the decision-alone reader.
TABLE_RULES = str.maketrans({"┃": "\u3000", "│": "\u3000", "|": "\u3000", "｜": "\u3000"})


def bracket_open(text: str) -> bool:
    """A bracket opened and not yet closed: the next line carries on the note in it (当事人：某某公司（原名称：某某店，
    / 2024年5月1日变更名称）) — a party block's line and the decision-alone reader's alike."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def find_party(text: str) -> Party | None:
    """The party named in `text` (decision, notice, approval form, record); None when none is named."""
    parties = find_parties(text)
    return parties[0] if parties else None


def find_parties(text: str) -> list[Party]:
    """Every party named in `text`: the first as `find_party` reads it, then each further numbered party of a
    joint decision (当事人二 …) with its own block. Empty when none is named."""
    norm = text.translate(FULL_WIDTH).translate(TABLE_RULES)
    rows = _row_table(text, norm)
    if rows:
        return rows
    found = (
        _line_name(norm)
        or _labelled_name(norm)
        or _salutation_name(norm)
        or _sentence_name(norm)
        or _unlabelled_name(norm)
        or _operator_name(norm)
    )
    if found is None:
        return []
    starts = [found[:2]]
    for label in _further_labels(norm, found[1]):
        span = _name_after(norm, label)
        if span is not None and span[0] > starts[-1][1]:
            starts.append(span)
    parties = []
    for index, (name_start, name_end) in enumerate(starts):
        limit = starts[index + 1][0] if index + 1 < len(starts) else len(norm)
        confidence = found[2] if index == 0 else 1.0
        parties.append(_party_at(text, norm, name_start, name_end, confidence, limit))
    column = _next_column(norm, found[1], found[0]) if len(starts) == 1 else None
    if column is not None:
        # its code and address stand in the same rows as the first party's: only its name is read
        parties.append(_party_at(text, norm, column[0], column[1], 1.0, column[1]))
    if len(parties) == 1 and _bare(parties[0]):
        # a cover page names the party alone: the body's labelled repeat of the name carries its details
        repeat = _labelled_repeat(norm, parties[0].name.value, found[1])
        if repeat is not None:
            again = _party_at(text, norm, repeat[0], repeat[1], found[2], len(norm))
            if not _bare(again):
                return [again]
    return parties


#: The head cells of a table that gives each party a row (序号｜当事人名称｜统一社会信用代码｜住所｜法定代表人):
#: the name's column, and the columns of the details it may carry.
_ROW_HEAD_NAME = re.compile(r"(?:当事人|被处罚人|单位|企业|经营者)?(?:名称|姓名)(?:[(（](?:字号|姓名|名称)[)）])?")
_ROW_HEAD_CODE = re.compile(r".{0,4}(?:信用代码|注册号|身份证|证件号)")
_ROW_HEAD_ADDRESS = re.compile(r".{0,2}(?:住所|住址|地址|经营场所|经营地址)")
_ROW_HEAD_REPRESENTATIVE = re.compile(r"(?P<title>法定代表人|负责人|经营者|投资人)")
#: Every cell of such a head row is a column's name: a key-value table (当事人名称｜某某店｜统一社会信用代码｜9141…)
#: prints values in its first row, and is no table of rows.
_ROW_HEAD_CELL = re.compile(
    r"(?:序号|编号|当事人|被处罚人|(?:当事人|被处罚人|单位|企业|经营者)?(?:名称|姓名)|(?:统一)?社会信用代码|信用代码|注册号"
    r"|身份证(?:件)?号码?|证件号码?|公民身份号码|住所|住址|地址|经营场所|经营地址|营业场所|法定代表人|负责人|经营者|投资人"
    r"|联系电话|电话|(?:主体)?类型)(?:[(（][^()（）]{1,10}[)）])?"
)
#: The cells of a table row: split at a wide gap or a rule.
_ROW_CELL = re.compile(r"[^ \t\u3000\n](?:[^ \t\u3000\n]|[ ](?![ \t\u3000\n]|$))*")


def _row_cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(cell.start(), cell.end()) for cell in _ROW_CELL.finditer(norm, start, end)]


def table_parties(text: str) -> list[Party]:
    """The parties of a table among the first lines that gives each party a row (see `_row_table`); empty when
    the text has none."""
    return _row_table(text, text.translate(FULL_WIDTH).translate(TABLE_RULES))


def _row_table(text: str, norm: str) -> list[Party]:
    """The parties of a table that gives each party a row under a head row among the first lines, the head naming
    the name's column and one of the code's or the address's (序号｜当事人名称｜统一社会信用代码｜住所 / 1｜某某有限公司｜
    9141…｜某路1号). Each row with the head's count of cells is a party; a short line under a row is a cell wrapped
    onto it. Empty without such a table, or when a row's name is none a party could have."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", norm) if m.group().strip()]
    for index, (start, end) in enumerate(lines[:_LINE_LABEL_LINES]):
        head = [re.sub(r"\s", "", norm[a:b]) for a, b in _row_cells(norm, start, end)]
        name_at = next((i for i, cell in enumerate(head) if _ROW_HEAD_NAME.fullmatch(cell)), None)
        code_at = next((i for i, cell in enumerate(head) if _ROW_HEAD_CODE.match(cell)), None)
        address_at = next((i for i, cell in enumerate(head) if _ROW_HEAD_ADDRESS.match(cell)), None)
        person_at = next((i for i, cell in enumerate(head) if _ROW_HEAD_REPRESENTATIVE.match(cell)), None)
        if len(head) < 3 or name_at is None or (code_at is None and address_at is None):
            continue
        if not all(_ROW_HEAD_CELL.fullmatch(cell) for cell in head):
            return []
        parties: list[Party] = []
        for row_start, row_end in lines[index + 1 :]:
            cells = _row_cells(norm, row_start, row_end)
            if len(cells) != len(head):
                if parties and len(cells) == 1 and row_end - row_start <= _WRAP:
                    continue  # a cell's words wrapped onto the next line
                break
            parties.append(_row_party(text, norm, cells, head, name_at, code_at, address_at, person_at))
        if not parties or any(party.party_type is None and not party.individual_business for party in parties):
            return []
        return parties
    return []


def _row_party(
    text: str,
    norm: str,
    cells: list[tuple[int, int]],
    head: list[str],
    name_at: int,
    code_at: int | None,
    address_at: int | None,
    person_at: int | None,
) -> Party:
    """The party of one row of `_row_table`."""
    name = _spanned(text, *cells[name_at], _trim_brackets(re.sub(r"\s", "", norm[slice(*cells[name_at])])))
    code = None
    if code_at is not None:
        raw = re.sub(r"\s", "", norm[slice(*cells[code_at])])
        if re.fullmatch(r"[0-9A-Za-z]{15,18}", raw):
            check = check_code(raw)
            code = _spanned(text, *cells[code_at], check.code, check.confidence), check.kind, check.valid
    party_type = _typed_by_code(name.value, code)
    address = None
    if address_at is not None:
        address = _spanned(text, *cells[address_at], re.sub(r"\s", "", norm[slice(*cells[address_at])]))
    representative, title = None, None
    if person_at is not None:
        representative = _spanned(
            text, *cells[person_at], _trim_brackets(re.sub(r"\s", "", norm[slice(*cells[person_at])]))
        )
        title = _ROW_HEAD_REPRESENTATIVE.match(head[person_at]).group("title")  # type: ignore[union-attr]
    row = norm[cells[0][0] : cells[-1][1]]
    return Party(
        individual_business=_individual_business(name.value, row, code[0].value if code else None, norm),
        name=name,
        party_type=party_type,
        **_code_fields(code),
        address=address,
        representative=representative,
        representative_title=title,
    )


#: A table's head row that gives each party a column (项目｜当事人一｜当事人二).
_COLUMN_HEAD = re.compile(rf"(?:当事人|被处罚人){_NUMBERED}[ \t\u3000]+(?:当事人|被处罚人){_NUMBERED}")
_COLUMN_HEAD_LINES = 2


#: The label of a table row that holds the parties' names.
_NAME_ROW = re.compile(r"(?:当事人|单位|经营者|企业)?(?:名称|姓名)[:：]?")
#: A whole gap between two cells, however many spaces (a cell padded to its width, its wall made a space).
_GAP_RUN = re.compile(r"(?:[ \t]{2,}|\u3000)[ \t\u3000]*")


def _next_column(norm: str, name_end: int, name_start: int | None = None) -> tuple[int, int] | None:
    """Span of the second party's name in a table that gives each party a column, under a head row naming them
    (项目｜当事人一｜当事人二 / 名称｜某某有限公司｜某某物业有限公司): the cell after the first party's name, wrapped
    onto the next line perhaps; None without such a head row or cell."""
    line_start = norm.rfind("\n", 0, name_end) + 1
    # a table's ruled lines between the head row and the name's are layout, not lines
    lines = [line for line in norm[:line_start].rstrip("\n").split("\n") if not _RULE_LINE.match(line)]
    above = lines[-_COLUMN_HEAD_LINES:]
    if not any(_COLUMN_HEAD.search(line) for line in above):
        return None
    gap = _GAP_RUN.match(norm, name_end)
    if gap is None:
        return None
    line_end = norm.find("\n", gap.end())
    line_end = len(norm) if line_end < 0 else line_end
    after = _GAP_RUN.search(norm, gap.end(), line_end)
    cell_end = after.start() if after else line_end
    name, origin = _compact_line(norm, gap.end(), cell_end)
    if not name or _PARTY_LINE.match(name):
        return None
    if after is None and line_end < len(norm):
        # the line may end the cell after its first character (…｜某 / 某市某某物业服务有限公司)
        wrapped = _wrapped_name_end(norm, name, line_end + 1)
        if wrapped is not None:
            return origin[0], wrapped
    if len(name) < 2:
        return None
    # a row labelled as the names' row (名称｜…｜…) says the cell is a name, whatever its words
    named_row = name_start is not None and _NAME_ROW.fullmatch(re.sub(r"\s", "", norm[line_start:name_start]))
    if party_type_of(name) is None and not _SHOP_SUFFIX.search(name) and not named_row:
        return None
    return origin[0], origin[-1] + 1


def _bare(party: Party) -> bool:
    """Whether nothing but the name was read: no code, address, representative or phone."""
    return not (party.code or party.address or party.representative or party.phone)


def _labelled_repeat(norm: str, value: str, after: int) -> tuple[int, int] | None:
    """Span of `value` on a later line that opens with a party label and then the same name (当事人：某某有限公司),
    the label's spacing aside; None when the name is not printed again that way."""
    for line in re.finditer(r"(?m)^.*$", norm[after:]):
        start = after + line.start()
        compact, origin = _compact_line(norm, start, after + line.end())
        label = _LINE_LABEL.match(compact)
        if label is None or not compact.startswith(value, label.end()):
            continue
        rest = compact[label.end() + len(value) :]
        if rest and not (_NAME_STOP.match(rest) or rest[0] == "("):
            continue
        return origin[label.end()], origin[label.end() + len(value) - 1] + 1
    return None


def _further_labels(norm: str, after: int) -> list[re.Match[str]]:
    """Numbered party labels (当事人二, 当事人（三）) in the lines of the party blocks after the first name;
    a label must be followed by a colon or a gap, so a sentence (当事人一与当事人二涉嫌…) names none."""
    lines_end = after
    for _ in range(_FURTHER_LINES):
        next_end = norm.find("\n", lines_end + 1)
        if next_end < 0:
            lines_end = len(norm)
            break
        lines_end = next_end
    return [
        match
        for match in _NEXT_PARTY.finditer(norm, after, lines_end)
        if _NEXT_SEPARATOR.match(norm, match.end())
        and not SPACED_SENTENCE.match(norm, match.end())
        and not _LETTER_SPACED_ON.match(norm, match.end())
        and norm[: match.start()].rstrip(" \t\u3000")[-1:] in ("", "\n", "，", ",", "；", ";", "。")
    ]


def _name_after(norm: str, label: re.Match[str]) -> tuple[int, int] | None:
    """Span of the name that follows a further party's label (its colon may wait on the next line); a name the
    line break cut (当事人二：某县某某商 / 贸有限公司，…) is joined like the first party's."""
    gap = re.match(r"[\s:：]*", norm[label.end() :])
    start = label.end() + (gap.end() if gap else 0)
    end = norm.find("\n", start)
    compact, origin = _compact_line(norm, start, len(norm) if end < 0 else end)
    stop = _NAME_STOP.search(compact)
    name = compact[: stop.start()] if stop else compact
    opened = name.rfind("(")
    if stop is not None and opened > name.rfind(")"):
        # the operator's details cut by a label or a comma (某店(个体工商户,经营者:某某)) are dropped, as for the first
        name = name[:opened]
    name = _trim_brackets(name)
    if stop is None and compact and 0 <= end < len(norm) - 1:
        wrapped_end = _wrapped_name_end(norm, compact, end + 1)
        if wrapped_end is not None:
            return origin[0], wrapped_end
    if len(name) < 2 or _NOT_A_NAME.search(name) or (party_type_of(name) is None and not _SHOP_SUFFIX.search(name)):
        return None
    return origin[0], origin[len(name) - 1] + 1


def _without_second_column(span: str) -> str:
    """A name wrapped inside a two-column table, less the second column printed beside its first part
    (某某电子商务有　　　法定代表人：某某 / 限公司): on each line but the last, a wide gap and a label (letter-spaced
    or not) end the name's part."""
    lines = span.split("\n")
    for index, line in enumerate(lines[:-1]):
        for gap in _CELL_GAP.finditer(line):
            if gap.start() > 0 and _PARTY_LINE.match(_LETTER_GAP.sub("", line[gap.end() :])):
                lines[index] = line[: gap.start()]
                break
    return "\n".join(lines)


#: A bracket inside the name's span that opens with a code's label (某公司（统一社会信用代码：9167…）).
_BRACKETED_CODE = re.compile(rf"[(（]\s*(?:{_CREDIT_LABEL}|{_REGISTRATION_LABEL})")


def _code_from(norm: str, name_start: int, name_end: int) -> int:
    """Where the party's code may start: the name's span takes in a bracket the text layer broke over two lines
    (某公司（统一社会信用代码：9167 / 0221…）), and the code inside it is the party's own."""
    bracket = _BRACKETED_CODE.search(norm, name_start, name_end)
    return bracket.start() if bracket else name_end


def _party_at(text: str, norm: str, name_start: int, name_end: int, confidence: float, limit: int) -> Party:
    """The party whose name spans [name_start, name_end), its block read up to `limit` at most."""
    value = _trim_brackets(re.sub(r"[ \t\u3000\n]", "", _without_second_column(norm[name_start:name_end])))
    name = _spanned(text, name_start, name_end, value, confidence)
    block_end = min(_block_end(norm, name_end), limit)
    code = _code(text, norm, _code_from(norm, name_start, name_end), block_end)
    address = _address(text, norm, name_end, block_end)
    representative = _simple(text, norm, _REPRESENTATIVE, name_end, block_end)
    phone = _simple(text, norm, _PHONE, name_end, block_end)
    trade = _trade_name(norm, name_end, block_end) if party_type_of(name.value) != "organisation" else None
    if trade is not None:
        name = _spanned(text, name_start, name_end, trade, confidence)
    elif (bracketed := _bracketed_trade_name(value)) is not None:
        inner_start = norm.find(bracketed, name_start, name_end)
        name = _spanned(text, inner_start, inner_start + len(bracketed), bracketed, confidence)
    # the credit code's own line first: a masked one (9213XXXXMCP2X) says more than an ID number read later
    masked = _masked_code(norm, name_end, block_end)
    if masked and code and not _MASK.search(masked) and code[0].value.startswith(masked):
        masked = None  # only the first line of a code the text layer broke, which was read whole
    code_value = masked or (code[0].value if code else None)
    if name.value == value and party_type_of(value) == "citizen":
        premises = _premises_trade_name(norm, name_end, block_end, code_value)
        if premises is not None:
            inner = re.sub(r"[ \t\u3000]", "", premises.group("inner"))
            name = _spanned(text, premises.start("inner"), premises.end("inner"), inner, confidence)
    party_type = _typed_by_code(name.value, code)
    # no credit code or 注册号 printed: an ID number that fails its check is still a person's, not a credit code
    no_credit_line = not _MASKED_CODE.search(norm, name_end, block_end)
    if party_type is None and no_credit_line and _own_person_details(norm[name_end:block_end]):
        party_type = "citizen"
    if party_type is None and code_value and re.match(r"[1-9][1-9A-Z]", code_value):
        party_type = "organisation"  # a masked credit code still shows it is one (an ID number is 18 digits)
    return Party(
        individual_business=_individual_business(name.value, norm[name_start:block_end], code_value, norm),
        name=name,
        party_type=party_type,
        **_code_fields(code),
        address=address,
        representative=(
            _spanned(text, representative.start("v"), representative.end("v"), representative.group("v"))
            if representative
            else None
        ),
        representative_title=representative.group("title") if representative else None,
        phone=_spanned(text, phone.start("v"), phone.end("v"), re.sub(r"\s", "", phone.group("v"))) if phone else None,
        confidence=confidence,
    )
