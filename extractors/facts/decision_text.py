"""`read_alone`: what a decision's own text says about itself, for a decision reviewed alone (文书评查).

The case-file readers lean on the rest of the file (a 送达回证 for the notice's service, the signing date of the
last instrument). A published decision has only its text, and its text has furniture a case file does not: the
receipt lines left blank for service (送达日期：年 月 日), masked codes (9132****X), publication notes. These
readers take the decision's own date from the signing block and never from a receipt line, count a masked value
as given, and read the decision's account of the 告知书 (served on …, the party waived or spoke).
"""

from __future__ import annotations

import re

from extractors.facts.decision import date_fact
from extractors.facts.decision_cited import (
    basis_clause,
    cited_in,
    malformed_citation,
    provisions_cited,
    violation_by_reference,
)
from extractors.facts.decision_drafting import drafting_slips
from extractors.facts.decision_payment import read_payment
from extractors.facts.decision_remedies import read_remedies
from extractors.facts.wording import line_at
from extractors.fields.dates import DateMatch, find_dates
from extractors.fields.folding import WIDE_ALNUM
from extractors.fields.parties import (
    FORMER_NAME,
    ITEM_NUMBER,
    NOT_A_NAME_START,
    PARTY_DESCRIBED,
    SPACED_SENTENCE,
    TABLE_RULES,
    bracket_open,
    party_type_of,
    table_parties,
    unlabelled_party_start,
)
from extractors.fields.periods import days_within
from extractors.fields.procedure import ProcedureReading, read_procedure
from reviewer.core.facts import DatedState, DecisionAlone, ItemState, OwnNumber, PartyIdentity, Period, StatementTold
from reviewer.core.ids import find_ids
from reviewer.core.text import FULL_WIDTH

# --- the decision's own date ------------------------------------------------------------------------------

#: Lines about serving or receiving the document: their dates (often blank templates) are not the decision's.
_RECEIPT = re.compile(r"送达|签收|收到|签字|签名|受送达|收件|接收|领取|回执")
#: What may share a line with the signing date: the agency, a seal mark, a label — with a colon (日期：) or in a case
#: system's brackets (【日期】, 〖日期〗, 〔日期〕) — and the page's number when the text layer runs the footer into
#: the date's line (2024年3月4日 第2页).
_DATE_LABEL = r"(?:日期|落款日期|作出日期|决定日期)"
_SIGN_COMPANION = re.compile(
    r"^[\u4e00-\u9fff（）()]{0,40}(?:局|委员会|政府|办公室|大队|支队|所)?"
    rf"(?:[（(]?(?:印章|公章|盖章|签章|章)[）)]?)?(?:[【〖〔［\[]{_DATE_LABEL}[】〗〕］\]]|{_DATE_LABEL}?[:：]?)"
    r"(?:第[0-9]+页(?:[，,]?共[0-9]+页)?|共[0-9]+页[，,]?第[0-9]+页|[-—－][0-9]+[-—－])?$"
)


#: The officers' signature line of a short (当场) decision, which the form dates at its end: 执法人员：某甲（执法证号：
#: …）某乙 2025年8月19日 — names and their card numbers only, no sentence.
_OFFICERS_SIGN = re.compile(
    r"^(?:执法人员|办案人员|执法人)[:：](?:[\u4e00-\u9fff·]{2,5}(?:[（(][^（）()。，,；;]{0,30}[）)])?[、，,]?){1,4}$"
)


#: A page's marker the text layer runs into the date's line (第2页, 第2页共3页, -2-).
_PAGE_MARK_END = re.compile(r"(?:第[0-9]+页(?:[，,]?共[0-9]+页)?|共[0-9]+页[，,]?第[0-9]+页|[-—－][0-9]+[-—－])$")
#: What words printed after the signing date on its line end in: the agency or its seal mark (2024年3月4日 某某局
#: （印章）) — not a sentence that opens with a date (2024年3月4日执法人员对当事人进行).
_AFTER_SIGNING = re.compile(r"(?:局|委员会|政府|办公室|大队|支队|中队|所|中心|章)[）)]?$")


def _standalone(text: str, match: DateMatch) -> bool:
    start = text.rfind("\n", 0, match.start) + 1
    end = text.find("\n", match.end)
    # widths folded: a page number or a year printed twice in full-width digits (２０２３ ２０２３年…) reads as in ASCII
    before = "".join(text[start : match.start].split()).translate(FULL_WIDTH)
    # a date the line's width wrapped (…2025年8月1 / 9日) ends on another line: what follows it there counts, so a
    # date broken inside a sentence (…至 / 2025年8 / 月11日期间…) is not one standing alone
    after = "".join(text[match.end : len(text) if end < 0 else end].split()).translate(FULL_WIDTH)
    if _OFFICERS_SIGN.match(before) and not after:
        return True
    words = _PAGE_MARK_END.sub("", after)
    if re.search(r"[\u4e00-\u9fff]", words) and not _AFTER_SIGNING.search(words):
        return False
    rest = before + after
    # A year printed twice (2023 2023年12月13日) is a typing slip of the date itself, not other content.
    if match.value is not None and rest.startswith(str(match.value.year)):
        rest = rest[4:]
    return not rest or bool(_SIGN_COMPANION.match(rest))


def _own_date(text: str) -> tuple[DatedState, DateMatch | None, str]:
    """The signing date: the last date standing on its own line (or beside the agency) that is not a receipt's."""
    candidates = [
        match
        for match in find_dates(text)
        if _standalone(text, match) and not _RECEIPT.search(line_at(text, match.start))
    ]
    if candidates:
        chosen = candidates[-1]
        filled = [match for match in candidates if match.value is not None]
        # A blank template after a written date is a receipt or form furniture when the written one is late.
        if chosen.blank and filled and filled[-1].start > len(text) * 0.5:
            chosen = filled[-1]
        return ("blank" if chosen.blank else "dated"), chosen, line_at(text, chosen.start)
    return "missing", None, ""


# --- the 文号 -----------------------------------------------------------------------------------------------

_OPEN, _CLOSE = "〔［\\[（(【﹝〖{", "〕］\\]）)】﹞〗}"
#: A scanned copy spaces out the digits of a number (〔2 0 2 4〕1 7号): a gap of spaces may stand between them.
_GAP = r"[ \t\u3000]*"
_YEAR = rf"(?:1{_GAP}9|2{_GAP}0){_GAP}[0-9]{_GAP}[0-9]"
_SERIAL = rf"[0-9０-９xX*＊](?:{_GAP}[0-9０-９xX*＊])*"
#: Series letters before the serial (某市监罚〔2025〕JC-007号, 第A012号), read only when a serial and 号 follow.
_SERIES = rf"(?:[A-Za-z]{{1,4}}{_GAP}[-－]?{_GAP}(?={_SERIAL}\s*号))?"
_NUMBER = re.compile(
    # the serial may stand in brackets of its own before 号 (某市监处罚〔2025〕〔387〕号)
    rf"[{_OPEN}]\s*({_YEAR})\s*[{_CLOSE}]\s*(?:第\s*)?"
    rf"(?:[{_OPEN}](?=\s*[0-9０-９xX*＊]+\s*[{_CLOSE}]\s*号)\s*)?({_SERIES}{_SERIAL})?(?:\s*[{_CLOSE}](?=\s*号))?\s*号?"
    rf"|({_YEAR})\s*年?\s*第\s*({_SERIAL})\s*号"
    # a year of two digits (某市监罚〔24〕15号) is 20xx: only after an abbreviation and before a serial and 号,
    # so a bracketed serial (某罚字（12）号) stays no year
    rf"|(?<=[\u4e00-\u9fff])[{_OPEN}]\s*([0-4]{_GAP}[0-9])\s*[{_CLOSE}]\s*(?:第\s*)?({_SERIAL})\s*号"
)
#: A heading line that claims to be a number (ends in 号, or 字第 …) without a recognisable year.
_NUMBER_LIKE = re.compile(r"^[\u4e00-\u9fffA-Za-z〔〕\[\]（）()【】0-9０-９xX*＊\s]{0,30}[0-9０-９xX*＊]+\s*号$")
#: The words a penalty 文号 is built of (某市监罚〔2024〕1号, 某处字〔…〕, 某决〔…〕), and none of a sentence; a label
#: may stand before it (编号：…, 文号：…).
_OWN_NUMBER_WORD = re.compile(
    r"^(?:(?:编号|文号)[:：])?[\u4e00-\u9fffA-Za-z]{0,16}(?:罚|处|决|案)[\u4e00-\u9fff]{0,4}[〔［\[（(【﹝〖{]"
)
_PARTY_LINE = re.compile(r"^\s*(?:当\s*事\s*人|被处罚人|受处罚人)")
_HEAD_LINES = 10


def _head(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = []
    for line in lines[:_HEAD_LINES]:
        if _PARTY_LINE.match(line):
            break
        head.append(line)
    return head


#: Full-width digits and letters (〔２０２４〕Ｘ１号) and a year in Chinese numerals (〔二〇二四〕): folded one character
#: for one before matching.
_DIGITS = str.maketrans("０１２３４５６７８９〇零○Ｏ一二三四五六七八九", "01234567890000123456789")
_CN_YEAR = re.compile(rf"(?<=[{_OPEN}])\s*[一二〇零○Ｏ][〇零○Ｏ一二三四五六七八九]{{3}}(?=\s*[{_CLOSE}])")


def _fold_number(line: str) -> str:
    """The line with full-width ASCII folded and a bracketed Chinese-numeral year as ASCII digits (same length)."""
    return _CN_YEAR.sub(lambda year: year.group().translate(_DIGITS), line.translate(FULL_WIDTH))


def _year_serial(found: re.Match[str]) -> tuple[int, bool]:
    """The year a matched 文号 gives (a two-digit one read as 20xx) and whether it has a serial."""
    if found.group(5) is not None:
        return 2000 + int("".join(found.group(5).split())), True
    return int("".join((found.group(1) or found.group(3)).split())), bool(found.group(2) or found.group(4))


#: A bracketed aside about the notice beside the decision's number (（告知书文号：某市监罚告〔2024〕9号）), one level of
#: brackets allowed inside it.
#: An aside a line break cut open (…号（告知书文号：某市监罚告〔2024〕 / 9号）) runs to the line's end.
_NOTICE_ASIDE = re.compile(r"[（(](?:[^（）()]|[（(][^（）()]*[)）])*告(?:[^（）()]|[（(][^（）()]*[)）])*(?:[)）]|$)")
#: The serial and 号 a line break cut from a number (某市监处〔2025〕 / 0512号).
_WRAPPED_SERIAL = re.compile(r"^(?:第\s*)?[0-9０-９xX*＊]+\s*号$")


def _own_number(text: str) -> tuple[OwnNumber | None, str | None]:
    malformed = None
    head = _head(text)
    for at, raw in enumerate(head):
        line = _NOTICE_ASIDE.sub("", raw)
        if "告" in line and "决" not in line:
            continue  # the notice's number quoted in a heading
        found = _NUMBER.search(_fold_number(line))
        wrapped = at + 1 < len(head) and _WRAPPED_SERIAL.match(_fold_number(head[at + 1])) is not None
        if found is not None and wrapped and not _year_serial(found)[1] and not line[found.end() :].strip():
            line += head[at + 1]
            found = _NUMBER.search(_fold_number(line))
        if found is not None:
            year, serial = _year_serial(found)
            return OwnNumber(raw="".join(line.split()), year=year, serial=serial), None
        if malformed is None and _NUMBER_LIKE.match(_fold_number(line)) and "页" not in line:
            malformed = "".join(line.split())
    if malformed is None:
        # The heading has none: a 文号 standing on a line of its own further down (right-aligned after a long
        # heading, or above the signature) is still one; a number inside a sentence (the notice's, a document
        # cited) is not.
        for line in text.splitlines():
            flat = "".join(line.split())
            found = _NUMBER.search(_fold_number(flat))
            if (
                found is not None
                and len(flat) <= 30
                and "告" not in flat
                and _OWN_NUMBER_WORD.search(_fold_number(flat))
            ):
                year, serial = _year_serial(found)
                return OwnNumber(raw=flat, year=year, serial=serial, outside_heading=True), None
    return None, malformed


def _notice_number_as_own(text: str) -> str | None:
    """A 告知书's number (某市监罚告〔2024〕9号) standing alone on a heading line where the decision's own number
    belongs: the number the decision carries, which is not a decision's (read only when it prints no other)."""
    for raw in _head(text):
        flat = "".join(raw.split())
        folded = _fold_number(flat)
        notice = "告" in flat and "决" not in flat and len(flat) <= 30
        if notice and _OWN_NUMBER_WORD.search(folded) and _NUMBER.search(folded):
            return flat
    return None


# --- the party block ----------------------------------------------------------------------------------------

_PARTY_START = re.compile(
    # a list item's number may stand before the label (（1）名称：…, 1.名称：…, （一）名称：…), as the party reader has it
    rf"^{ITEM_NUMBER}(?:当事人|被处罚人|受处罚人|被处罚单位|名称|姓名|单位名称|经营者名称|字号)(?:名称|姓名)?"
    r"(?:（(?:字号|名称|姓名|单位)）|\((?:字号|名称|姓名|单位)\))?[:：]"
    # a sentence that opens with the party and says what it is (当事人某某店，个体工商户，统一社会信用代码…)
    # (被处罚人某某营业部（以下简称当事人），…; 当事人某某公司（统一社会信用代码：…）; 当事人某某中心，系事业单位法人，…)
    rf"|^(?:当事人|被处罚人|受处罚人)(?!{NOT_A_NAME_START})[^，,。；;:：（(]{{2,40}}"
    rf"(?:[（(](?:以下简称[^）)]{{1,8}}|{FORMER_NAME}[^（()）]{{1,60}})[）)])?"
    # (…or in a bracket that opens with its former name: 当事人某某公司（原名某某公司，统一社会信用代码：…）于…)
    rf"(?:[，,（(]|[（(]{FORMER_NAME}[^（()），,]{{1,60}}[，,])(?={PARTY_DESCRIBED})"
    # a 个体工商户 printed operator first (经营者：某某（字号：某某店）)
    r"|^经营者[:：]"
    # the label as a bracketed heading opening the party's paragraph (【当事人】某某公司，统一社会信用代码…); one over
    # labelled lines (【当事人】 / 名称：…) leaves the block to them
    r"|^[【〔\[［](?:当事人|被处罚人|受处罚人|被处罚单位)[】〕\]］][:：]?(?=[^\s:：])(?!(?:单位|企业)?名称|姓名|字号)"
)
_CODE_LABEL = re.compile(
    # a form names the ID's kind before its number (身份证件类型及号码：居民身份证 4101…): the kind is no value
    r"(?:统一社会信用代码|社会信用代码|信用代码|注册号|营业执照号码?|营业执照编号|身份证件号码?|身份证号码|身份证号|公民身份号码"
    r"|(?:身份)?证件(?:类型|种类)及号码[:：]?(?:[\u4e00-\u9fff]{1,8}?[证照])?"
    r"|证件号码?|证照号码?|证照编号|执照号码|身份证（其他有效证件）号码|组织机构代码)(?:（[^）]{0,10}）|\([^)]{0,10}\))?[:：]?"
)
_ADDRESS_LABEL = re.compile(
    r"(?P<open>[【［])?(?:住所地?|住址|地址|经营场所|经营地址|营业场所|所在地|经营地点|注册地址)(?:（[^）]{0,6}）|\([^)]{0,6}\))?"
    r"(?:[:：]|(?(open)[】］]|(?!)))"  # or set in brackets: 【经营场所】…
)
#: Labels that end the value before them (the next field of the party block).
_NEXT_LABEL = re.compile(
    r"(?:法定代表人|负责人|经营者|联系电话|电话|联系方式|其他联系方式|联系地址|住所|住址|经营场所|营业场所|主体资格|身份证|证件"
    r"|统一社会信用代码|信用代码|注册号|类型|性别|民族|出生|职务|年龄)"
)
_VALUE_CODE = re.compile(r"[0-9A-Za-z*＊×]{2,}")
_ADDRESS_WORD = re.compile(r"[省市县区镇乡村路街道号巷楼室]")
_BLOCK_END = re.compile(r"^(?:经查|我局|本局|现查明|违法事实|案件来源|一、|依据|根据|[0-9]{4}年|[（(【〔\[［]案件来源)")
#: An address outside the party block: after its label or 位于, a place or a street within a few characters (not the
#: narrative's 经营场所内陈列销售…).
_ADDRESS_ANYWHERE = re.compile(
    r"(?:住所|住址|经营场所|经营地址|营业场所|地址|位于)[:：]?[\u4e00-\u9fff0-9]{0,12}"
    r"(?:[省市县区旗镇乡](?!场)|路|街|巷|村|大道|[0-9]+号)"
    r"|[\u4e00-\u9fff]{2,}[省市县区][\u4e00-\u9fff0-9]{1,20}(?:路|街|巷|村|大道)[0-9０-９*]+号"
)
#: A credit code, a 15-digit registration number or an ID number, masked or not (9241****1K keeps its length).
_CODE_SHAPED = re.compile(r"(?<![0-9A-Za-z*＊×])[0-9][0-9A-Za-z*＊×]{14}(?:[0-9A-Za-z*＊×]{3})?(?![0-9A-Za-z*＊×])")
#: A phone number with its label: not a code.
_PHONE = re.compile(r"(?:联系)?(?:电话|手机|联系方式)[:：]?[0-9*＊×\-－]{5,}")
#: An address value: anything but filling (a masked ****** counts as given).
_ADDRESS_VALUE = re.compile(r"[^\s\-—/／_;；,，。.无]{2,}")
_BLOCK_LINES = 14
#: How far down a cover page's bare party line may be printed again with its details.
_REPEAT_LINES = 60
#: Parties of a joint decision read at most (each with a block of its own).
_MAX_PARTIES = 4


def _value(block: str, end: int) -> str:
    value = block[end:]
    cut = _NEXT_LABEL.search(value)
    return value[: cut.start()] if cut else value


def _item(block: str, label: re.Pattern[str], given: re.Pattern[str]) -> tuple[ItemState, str | None]:
    state: ItemState = "absent"
    quote = None
    for found in label.finditer(block):
        value = _value(block, found.end())
        if given.search(value):
            return "given", block[found.start() : found.end() + len(value)]
        state, quote = "blank", block[found.start() : found.end()]
    return state, quote


#: A key-value table's label at the start of a line, its value after a space instead of a colon (当事人一 某某公司,
#: 住所 某某路1号): read as if a colon stood there.
_TABLE_WORDS = (
    r"(?:当\s*事\s*人(?:[一二三四五六七八九十0-9])?(?:名称|姓名)?|被处罚人|受处罚人|被处罚单位|名\s*称|姓\s*名|单位名称"
    r"|字号(?:名称)?|统一社会信用代码|社会信用代码|注册号|身份证件号码|身份证号码|公民身份号码|证件号码"
    r"|住\s*所地?|住\s*址|地\s*址|经营场所|经营地址|营业场所|法定代表人|负责人|经营者)"
    # a bracket naming the cell's other wording (名称（字号）, 统一社会信用代码（注册号）)
    r"(?:（[^）\s]{1,8}）|\([^)\s]{1,8}\))?"
)
_TABLE_LABEL = re.compile(rf"^\s*({_TABLE_WORDS})[\s\u3000]+(?=[^\s:：（(])")
#: The same label as a case system's form prints it: in brackets before its value (〖当事人名称〗某某有限公司,
#: 〔住所〕…), or alone on its line with its value under it (当事人名称 / 某某有限公司), read as label：. A bracketed
#: label alone on its line (【当事人】 over 名称：…) is a heading that labels nothing itself; a bare
#: 当事人 alone is read as it always was (当事人 / 名称：…).
_HEADING_WORDS = r"(?:当\s*事\s*人|被处罚人|受处罚人|被处罚单位)"
_FORM_LABEL = re.compile(
    rf"^\s*(?:[【〔〖［\[]\s*({_TABLE_WORDS})\s*[】〕〗］\]](?=\s*\S)|(?!{_HEADING_WORDS}\s*$)({_TABLE_WORDS})\s*$)"
)
#: 当事人一：, 当事人二：, 被处罚人（一）： in a decision against several parties.
_NUMBERED_PARTY = re.compile(r"^(当事人|被处罚人)(?:[一二三四五六七八九十0-9]|[（(][一二三四五六七八九十0-9][)）])")
#: The same label heading a party's block: its colon (or the table gap read as one) follows, or it ends the line
#: (its colon on the next); a sentence that opens with it (当事人一为某品牌特许人…) heads no block.
_NUMBERED_HEAD = re.compile(_NUMBERED_PARTY.pattern + r"(?:[:：]|$)")
#: A party's block that says the party has no code to give (无独立统一社会信用代码, 无统一社会信用代码): an
#: unregistered shop or stall is not held to a code it cannot have; a code's label left blank (代码：无) is not this.
_NO_CODE = re.compile(r"无(?:独立的?)?(?:统一社会信用代码|社会信用代码|信用代码)(?![:：])")


def _table_line(line: str) -> str:
    """A table row's label and value joined as label：value; the line without whitespace."""
    labelled = _TABLE_LABEL.sub(lambda found: found.group(1) + "：", line, count=1)
    if labelled == line:
        labelled = _FORM_LABEL.sub(lambda found: (found.group(1) or found.group(2)) + "：", line, count=1)
    return _NUMBERED_PARTY.sub(r"\1", "".join(labelled.split()))


#: An address given by reference to the party above (住址同上, 住所与当事人一相同): a spouse or a branch at the same
#: place; a label left empty (住址：) is not this.
_SAME_ADDRESS = re.compile(r"(?:住所|住址|地址|经营场所)[:：]?(?:同上|与[^，,。；;:：]{1,12}(?:相同|一致))")


def _head_line(raw: str) -> str:
    """A raw line with its table gap read as a colon, spacing removed and widths folded (当事人二　某某店 →
    当事人二：某某店), to tell a party's heading from a sentence — a letter-spaced sentence's single space (当事人一
    为某品牌特许人，…。) is no gap."""
    label = _TABLE_LABEL.match(raw)
    if label is not None and SPACED_SENTENCE.match(raw, label.end(1)):
        return "".join(raw.split()).translate(FULL_WIDTH)
    labelled = _TABLE_LABEL.sub(lambda found: found.group(1) + "：", raw, count=1)
    return "".join(labelled.split()).translate(FULL_WIDTH)


def _identity(block_lines: list[str], fallback: str) -> tuple[ItemState, str | None, ItemState, str | None]:
    """(code, its quote, address, its quote) of one party's lines; `fallback` is where an address printed outside
    the party block may be found."""
    block = "".join(block_lines)
    code, code_quote = _item(block, _CODE_LABEL, _VALUE_CODE)
    address, address_quote = _item(block, _ADDRESS_LABEL, _ADDRESS_VALUE)
    # A two-column layout prints the labels first and their values on lines of their own below them.
    values = [line for line in block_lines[1:] if not re.search("[:：]", line)]
    if code == "blank" and any(re.fullmatch(r"[0-9A-Z*＊×]{8,20}", line) for line in values):
        code = "given"
    if address == "blank" and any(_ADDRESS_WORD.search(line) and len(line) >= 6 for line in values):
        address = "given"
    if address == "absent" and _ADDRESS_ANYWHERE.search(fallback):
        address = "given"
    # A code printed without a label we know (or a label in another wording): a value shaped like a credit code
    # (18 characters), a registration number (15 digits) or an ID number, masked or not, in the party block.
    if code == "absent" and _CODE_SHAPED.search(_PHONE.sub("", block)):
        code = "given"
    if code != "given" and _NO_CODE.search(block):
        code = "given"
    if address != "given" and _SAME_ADDRESS.search(block):
        address = "given"
    return code, code_quote, address, address_quote


#: The heading of the party's own section (一、当事人基本情况): the table under it is no narrative yet.
_PARTY_HEADING = re.compile(r"^一、(?:当事人|被处罚人)(?:的)?(?:基本)?(?:情况|信息)[:：]?$")


#: A line that names the party and nothing else: its label, a colon and the name (当事人：某某公司, 名称：某某公司).
_NAME_LINE = re.compile(
    rf"^{ITEM_NUMBER}(?:当事人|被处罚人|受处罚人|被处罚单位|名称|单位名称|企业名称|当事人名称|姓名)[:：](?P<name>[^:：，,。；;]{{2,60}})$"
)


def _named(line: str) -> str | None:
    """The name on a line that gives only the party's label and name (see `_NAME_LINE`), else None."""
    found = _NAME_LINE.match(line.translate(FULL_WIDTH))
    return found.group("name") if found else None


#: A value that is only a form's fill-in line (当事人名称：________).
_FILL_LINE = re.compile(r"[_＿]{3,}")


def _name_state(line: str, block: str) -> ItemState:
    """`blank` when the party's name is left as a fill-in line while the block prints a full, valid code: a copy
    redacted for publication hides the code before the name, so underscores there are a blank to fill."""
    label = _PARTY_START.match(line)
    if label is None or not _FILL_LINE.fullmatch(line[label.end() :]):
        return "given"
    return "blank" if any(found.valid for found in find_ids(block)) else "given"


#: The disposition naming whom it punishes (本局决定对某某有限公司作出如下行政处罚, 决定对某某店处以罚款).
_PUNISHED = re.compile(
    r"决定对(?P<name>[^，,。；;：:、（()）\s]{4,40}?)(?:作出|处以|给予|予以|罚款|并处|没收|警告|责令|从轻|减轻)"
)
#: A party named by reference, not by its name (该公司, 上述单位, 本公司, 两当事人, 某某等三家公司).
_REFERENCE = re.compile(r"^(?:该|上述|前述|此|其|你|贵|这|各|本(?:公司|单位|企业|店))|当事人|被处罚人|等|和|及")


def _punished(text: str) -> str | None:
    """The organisation the disposition names as the one it punishes, when it names one by its name."""
    flat = "".join(text.split()).translate(FULL_WIDTH)
    for found in _PUNISHED.finditer(flat):
        name = found.group("name")
        if not _REFERENCE.search(name) and "*" not in name and party_type_of(name) == "organisation":
            return name
    return None


def _party(text: str) -> PartyIdentity | None:
    found = _party_block(text)
    return found.model_copy(update={"punished": _punished(text)}) if found is not None else None


def _party_block(text: str) -> PartyIdentity | None:
    rows = table_parties(text)
    if rows:
        # a table gives each party a row under its head (序号｜当事人名称｜统一社会信用代码｜住所): each must be
        # identified, as a joint decision's blocks are
        lacking_code = next((row for row in rows if row.code is None), None)
        lacking_address = next((row for row in rows if row.address is None), None)
        return PartyIdentity(
            line=rows[0].name.raw,
            code="absent" if lacking_code else "given",
            address="absent" if lacking_address else "given",
            code_line=lacking_code.name.raw if lacking_code else None,
            address_line=lacking_address.name.raw if lacking_address else None,
        )
    raws = [line.translate(TABLE_RULES) for line in text.splitlines() if line.strip()]
    lines = [_table_line(line) for line in raws]
    # codes, addresses and the block's end are read with widths folded (９１４１…, 当事人１：), one character for
    # one, as the field readers read them; the party's line is quoted as printed
    folded = [line.translate(FULL_WIDTH) for line in lines]
    # A label read off a table row's gap (当事人 某某公司) after the narrative has begun (经查…, 2024年…) is a
    # sentence's words with a space in them (当事人 如对本决定不服…): a party table stands above the narrative.
    told = next(
        (i for i, line in enumerate(folded) if _BLOCK_END.match(line) and not _PARTY_HEADING.match(line)), len(lines)
    )
    # a sentence may wrap inside the words that say what the party is (…（以下简称当事人），统 / 一社会信用代码…)
    start = next(
        (
            i
            for i, line in enumerate(lines[:40])
            if _PARTY_START.match(line + "".join(lines[i + 1 : i + 2]))
            and not (i > told and _TABLE_LABEL.match(raws[i]))
        ),
        None,
    )
    if start is None:
        # no label: an organisation's name opening the block, its code or address after it (某某门诊部 / 统一社会
        # 信用代码：…), as the field reader finds it
        at = unlabelled_party_start(text)
        if at is None:
            return None
        start = sum(1 for line in text[: text.rfind("\n", 0, at) + 1].splitlines() if line.strip())
    end = start + 1
    while end < min(len(lines), start + _BLOCK_LINES * _MAX_PARTIES) and (
        not _BLOCK_END.match(folded[end]) or bracket_open("".join(folded[start:end]))
    ):
        end += 1
    # A joint decision lists its parties one after another (当事人一：…当事人二：…): each must be identified.
    heads = [i for i in range(start, end) if _NUMBERED_HEAD.match(_head_line(raws[i]))]
    if len(heads) < 2:
        end = min(end, start + _BLOCK_LINES)
        code, code_quote, address, address_quote = _identity(folded[start:end], "".join(folded))
        # a cover page names the party alone: the body prints the same line again with the party's details
        # (the cover's line may have wrapped once: 当事人：某某石油经营 / 有限公司某某加油站)
        cover = {lines[start], lines[start] + (lines[start + 1] if start + 1 < end else "")}
        # …or under another label (当事人：某某公司 on the cover, 名称：某某公司 in the body's party section)
        names = {_named(line) for line in cover} - {None}
        again = next(
            (i for i in range(end, min(len(lines), _REPEAT_LINES)) if lines[i] in cover or _named(lines[i]) in names),
            None,
        )
        if code == "absent" and again is not None:
            stop = again + 1
            while stop < min(len(lines), again + _BLOCK_LINES) and not _BLOCK_END.match(folded[stop]):
                stop += 1
            repeat = _identity(folded[again:stop], "".join(folded))
            if repeat[0] != "absent":
                start = again
                code, code_quote, address, address_quote = repeat
    else:
        code, code_quote, address, address_quote = "given", None, "given", None
        for first, last in zip(heads, [*heads[1:], end], strict=True):
            party = _identity(folded[first:last], "".join(folded[first:last]))
            if code == "given" and party[0] != "given":
                code, code_quote = party[0], party[1] or lines[first]
            if address == "given" and party[2] != "given":
                address, address_quote = party[2], party[3] or lines[first]
    return PartyIdentity(
        line=lines[start],
        code=code,
        address=address,
        code_line=code_quote,
        address_line=address_quote,
        name=_name_state(folded[start], "".join(folded[start:end])),
    )


# --- the notice, as the decision tells it ---------------------------------------------------------------------

_SENTENCE = re.compile(r"[^。；;]+[。；;]?")
#: A waiver the decision reports: 放弃陈述申辩, or the party saying it will make none (表示不进行陈述、申辩).
_WAIVED = re.compile(
    r"(?<!视为)(?<!视同)放弃(?:了)?(?:陈述|申辩|陈述、申辩|陈述和申辩|陈述申辩)"
    r"|表示(?:不|无需|不再|不需要)(?:进行|提出|作)?(?:陈述|申辩)"
)
#: A statement made: 提出/提交/进行/递交 (书面) 陈述, or its contents reported (陈述申辩意见如下).
_MADE = re.compile(
    r"(?:提出|提交|进行|递交|作出)(?:了)?(?:书面)?(?:的)?(?:陈述|申辩)|陈述(?:、|和)?申辩(?:意见|材料)(?:如下|称|认为)"
)
#: Negation shortly before 提出陈述: 未向本局提出, 未在法定期限内提出, 没有提出.
_NOT_MADE = re.compile(r"未|没有|不|无|放弃")
#: …or the right to make one, not a statement made: 可在收到之日起五个工作日内提出陈述、申辩; 有权提出.
_MAY_MAKE = re.compile(r"可(?!能)|有权|享有|应当|应于|如需|如要|逾期")


def _made_at(flat: str, at: int) -> bool:
    """The statement verb at `at` reports a statement made: not negated (未提出), not the right to make one
    (可在…内提出陈述)."""
    if _NOT_MADE.search(flat[max(0, at - 12) : at]):
        return False
    clause = re.split(r"[，。；;,]", flat[max(0, at - 30) : at])[-1]
    return not _MAY_MAKE.search(clause)


def _answer(text: str, flat: str, procedure: ProcedureReading) -> tuple[bool, bool]:
    """(made, waived): the party's statement or waiver. After a second 告知 (ruling 64) the period runs from the
    later service, so only what the decision tells after that service answers it: a statement made to the first
    notice does not close the second one's period."""
    if procedure.notice_again and procedure.notice_served is not None:
        text = text[procedure.notice_served.end :]
        flat = "".join(text.split())
        procedure = read_procedure(text)
    made = procedure.statement_made or any(_made_at(flat, m.start()) for m in _MADE.finditer(flat))
    waived = procedure.statement_waived or bool(_WAIVED.search(flat))
    return made, waived


def _statement(text: str) -> StatementTold | None:
    """The 告知书's service as the decision tells it: its date (read as the `notice_served` field reads it, so the
    field and this check agree), the sentence that tells it, the statement period the notice gave, and whether the
    party waived or made its statement (its own words, or as the procedure fields read them)."""
    procedure = read_procedure(text)
    served = procedure.notice_served
    if served is None or served.value is None:
        return None
    flat = "".join(text.split())
    at = len("".join(text[: served.start].split()))
    sentences = list(_SENTENCE.finditer(flat))
    index = next((i for i, m in enumerate(sentences) if m.start() <= at < m.end()), None)
    if index is None:
        return None
    sentence = sentences[index].group()
    # The period the notice gave, in the service sentence or the two after it (本局于…送达告知书。告知当事人可在收到
    # 之日起三个工作日内提出陈述、申辩。), else in the one before it that made the notice: a period stated apart is
    # still the decision's own account.
    period = None
    around = [*sentences[index : index + 3], *sentences[max(0, index - 1) : index]]
    for words in (m.group() for m in around):
        found_period = days_within(words)
        if found_period and ("陈述" in words or "申辩" in words):
            unit = "working_day" if found_period.working else "day"
            period = Period(amount=found_period.amount, unit=unit, raw=found_period.raw)
            break
    fact = date_fact(served)
    assert fact is not None
    made, waived = _answer(text, flat, procedure)
    return StatementTold(served=fact, sentence=sentence, period=period, waived=waived, made=made)


def read_alone(text: str, title: str, raw: str | None = None) -> DecisionAlone:
    """The decision's own facts (see the module docstring). `text` may have its page furniture blanked; drafting
    slips are read in `raw`, the text as printed, because a copy note left unfilled (一式 份) is one. The other
    readers read full-width digits and letters as ASCII (a decision typed in full width says the same)."""
    raw, body = (raw if raw is not None else text), text
    text = text.translate(WIDE_ALNUM)
    state, found, line = _own_date(text)
    number, malformed = _own_number(text)
    return DecisionAlone(
        title=title,
        dated=state,
        date=date_fact(found),
        date_line=line,
        number=number,
        number_malformed=malformed,
        number_of_notice=_notice_number_as_own(text) if number is None and malformed is None else None,
        party=_party(text),
        statement=_statement(text),
        remedies=read_remedies(text),
        payment=read_payment(text),
        cited=cited_in(text),
        provisions=provisions_cited(text),
        violation_by_reference=violation_by_reference(text),
        malformed_citation=malformed_citation(text),
        basis_clause=basis_clause(text),
        slips=drafting_slips(raw, title, body),
    )
