"""Where a decision's payment clause tells the party to pay: the place itself, not the clause around it.

Read in the folded payment sentence (see `folding`: full-width punctuation is ASCII there). A place is what
follows 缴至/到/通过 (or a label: 缴款地点：, 缴款银行：) … up to a word that ends a place (银行, 支行, 专户, 系统 …:
`extractors/data/payment_places.yaml`): 缴至某农村商业银行任一网点 → 某农村商业银行, 到某银行某支行（账号：…） →
某银行某支行 (brackets and what follows are details, not the place; words that only say which branch — 任一网点,
各营业网点, 代收网点 — are dropped). Of places joined by 或 each is a place of its own (指定账户或通过电子支付系统 →
指定账户 first).

Which place answers, in this order (tests/real/README.md ruling 19):

1. the first specific place (a named bank, account, platform, the treasury; a bank designated by a holder with a
   place of its own, 某市财政局指定的代收银行); a generic one (指定账户, 代收机构, 某财政局) whose brackets or colon
   name the bank (开户行：…, 代收机构名称：…) gives that bank;
2. a payment notice the clause names (凭《某省非税收入缴款通知书》, 领取电子缴款通知书, 持缴款通知单): where a
   platform issues it, the platform (《某省统一公共支付平台缴款通知单》 → 某省统一公共支付平台);
3. the first generic place (银行, 指定银行, 指定账户; 银行网点 → 银行; the statutory 电子支付系统 is a way to pay);
4. the code to scan (扫描决定书上二维码 → 决定书上二维码).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

__all__ = ["payment_place"]

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "payment_places.yaml"


class PlaceData(BaseModel):
    """`extractors/data/payment_places.yaml`, validated on load."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    place_ends: list[str]
    generic_words: list[str]
    generic_places: list[str]
    notice_ends: list[str]
    bank_labels: list[str]
    bank_ends: list[str]


@cache
def place_data() -> PlaceData:
    return PlaceData.model_validate(yaml.safe_load(DATA_FILE.read_text(encoding="utf-8")))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


#: What leads to a place: the paying verbs with a direction, or 到/至/通过/登录.
_INTRO = (
    "(?:缴纳至|缴纳到|交纳至|上缴至|缴交至|缴至|缴到|缴入|交至|交到|缴纳|到|至|通过"
    # money sent to an account (汇入下列账户, 转入某财政局专户, 存入…)
    "|汇入|汇至|转入|存入"
    # a platform the party logs into (登录某省非税收入缴款平台缴纳)
    "|登录|登陆"
    # a labelled place (缴款地点：某银行某支行, 缴款银行：…, a table's 缴款渠道：某省非税收入统一缴款平台)
    "|(?:缴款|缴纳|缴费|收款|代收)(?:地点|银行|网点|账户|帐户|渠道)(?=:))"
)
#: A list number, an opening bracket or quote between the lead word and the place (缴至：一、某银行, 缴纳至（某银行）,
#: 通过“某省统一公共支付平台”).
_LEAD_IN = r":?(?:[一二三四五六七八九十]+、|[0-9]+[.、])?(?:\(|[“\"])?"
#: A place's words: no clause mark, no second verb or lead word (登录 a platform: the platform is the place), no
#: period.
_BODY = r"(?:(?!将|领取|日内|之日|凭|持|携|到|至|或|登录|登陆)[^,。;:()、“”《》_\[\]])*?"
#: A company form after a bank's name (某银行股份有限公司) belongs to the name.
_COMPANY = "(?:股份有限公司|有限责任公司|有限公司)?"
#: What may follow a place: a clause mark, a bracket, the verb (perhaps after an adverb: 分别缴纳, 各自缴纳, 一次性缴清), 或,
#: 任一网点 (a detail, dropped), or how the place is used (通过某平台扫描缴款码, 在线缴纳, 网上缴纳).
_AFTER = (
    r"(?=[,。;:()、_\[”\"]|(?:分别|各自|一次性|足额|全额|按时|直接|自行)?(?:缴|交)|如数|办理|进行|或|任一|的任一|扫描|扫码"
    r"|在线|网上|线上|$)"
)
#: Words that only say which of a bank's branches (任一网点, 各营业网点, 代收网点): not part of the place.
_BRANCHES = re.compile(r"(?:的)?(?:所属|下属)?(?:的)?(?:任一|任意|各|代收|就近|指定)?(?:的)?(?:营业)?网点$")
#: A place name left between a bank and its branch words (某市农村商业银行某市任一网点) that repeats a place of
#: the bank's own name: it only says where the branches are. One the name lacks (某银行某园区任一网点) is kept.
_BRANCH_PLACE = re.compile(r"(?<=银行|联社)(?P<area>[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|镇|乡))$")
#: A place made only of generic nouns (银行, 银行网点, 代收银行, 罚款代收银行, 电子支付系统) names no bank or platform;
#: nor does any one of them (任一代收银行网点, 任意银行), nor a credit cooperative named by its kind alone (信用社,
#: 农村信用社, 农村信用联社: rule 19) — one with a place of its own (某镇农村信用社) is named.
_NOUNS_ONLY = re.compile(
    r"(?:通过|就近|各|任一|任意|的|罚没款|罚款|银行|网点|营业网点|营业厅|代收|代理|柜台|机构|电子支付系统"
    r"|农村|信用社|信用合作社|信用联社)+"
)
#: A way to pay, not a place (rule 19: apps and 网银 are ways): a bank's online or mobile channel named by its kind
#: alone (通过手机银行、微信等方式缴纳). One of a named bank (某银行手机银行) still names that bank.
_WAY_ONLY = re.compile(r"(?:通过|使用|登录)?(?:手机|网上|电子|掌上)银行")
#: Any one of an area's banks (某县各代收银行, 某市任一银行网点): the area only says where, no bank is named.
_ANY_IN_AREA = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|旗|镇|乡)(?:境内|辖区内?|范围内)?(?:的)?(?:各|任一|任意)(?:家|个)?(?P<nouns>.+)"
)
_BANK_AFTER = r"(?=[,;)。0-9开收地账帐户(缴]|$)"
#: A place whose details follow as empty fields (缴到银行，地址：，账号：) is a template left blank: no place.
_BLANK_DETAILS = re.compile(r"[,(]?(?:地址|账号|帐号|账户|户名|开户行|开户银行):?(?=[,;)。]|$)")
#: A code to scan, or to pay through (通过决定书所附二维码): what names it up to 二维码, never across another 扫.
_SCAN = re.compile(r"(?:扫描|通过)(?P<code>[^,。;、《》“”扫]{0,12}?二维码)")


#: A clause mark: an alternative after 或 belongs to the lead word before it only within one clause.
_CLAUSE_MARK = re.compile(r"[,。;]")


@cache
def _alternative() -> re.Pattern[str]:
    """A place joined by 或 with no lead word of its own (通过某应用程序的缴费功能或某省非税收入统一缴款平台缴纳):
    it shares the lead word printed before the 或 in its clause."""
    ends = _alternation(place_data().place_ends)
    return re.compile(rf"(?:或者|或(?!者))(?!{_INTRO}){_LEAD_IN}(?P<place>{_BODY}(?:{ends}){_COMPANY}){_AFTER}")


def _led(text: str, start: int, at: int) -> bool:
    """A lead word (通过, 到, 缴至 …) stands before folded `at` in its clause, not before `start`."""
    marks = [mark.end() for mark in _CLAUSE_MARK.finditer(text, start, at)]
    return bool(re.search(_INTRO, text[marks[-1] if marks else start : at]))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = place_data()
    ends = _alternation(data.place_ends)
    place = re.compile(rf"{_INTRO}{_LEAD_IN}(?P<place>{_BODY}(?:{ends}){_COMPANY}){_AFTER}")
    joined = re.compile(rf"(?P<place>{_BODY}(?:{ends}){_COMPANY}){_AFTER}")
    bank = re.compile(
        rf"(?:{_alternation(data.bank_labels)}):(?P<bank>{_BODY}(?:{_alternation(data.bank_ends)}){_COMPANY})"
        rf"{_BANK_AFTER}"
    )
    notice_end = _alternation(data.notice_ends)
    quoted = re.compile(rf"[《“\"](?P<name>[^《》“”\"]{{0,30}}?(?:{notice_end}))(?:\([^()]{{0,10}}\))?[》”\"]")
    bare = re.compile(
        rf"(?:凭|持|携|领取|取得)(?:由)?(?:本局|我局)?(?:开具|出具)?(?:的)?"
        rf"(?P<name>[^,。;、《》“”()]{{0,30}}?(?:{notice_end}))"
    )
    return place, joined, bank, quoted, bare


#: A bank or account designated by a holder with a place of its own (某市财政局指定的代收银行): like that holder's
#: account (某区财政局账户), it is one determined place, not the bare 指定银行.
_DESIGNATED_BY_NAMED = re.compile(
    r"^[\u4e00-\u9fff]{1,14}?(?:省|市|县|区|旗|州|盟)[\u4e00-\u9fff]{0,14}?(?:局|政府|委员会|部门)指定(?:的)?"
)


#: A designated place that is a bank, not an account (某财政局指定的代收银行, 某局指定银行).
_BANK_KIND = re.compile(r"(?:银行|代收行)$")


def _generic(place: str) -> bool:
    data = place_data()
    if _NOUNS_ONLY.fullmatch(place) or _WAY_ONLY.fullmatch(place):
        return True
    any_in_area = _ANY_IN_AREA.fullmatch(place)
    if any_in_area and _NOUNS_ONLY.fullmatch(any_in_area.group("nouns")):
        return True
    designated = _DESIGNATED_BY_NAMED.match(place)
    if designated is not None:
        rest = place[designated.end() :]
        return any(word in rest for word in data.generic_words) or not rest
    return any(word in place for word in data.generic_words) or any(
        place == word or (word != "电子支付系统" and place.endswith(word)) for word in data.generic_places
    )


#: The bracket labels that name an account itself (账号：国家金库某县支库), not the bank that holds it (开户行：…).
_ACCOUNT_LABEL = "(?:账号|帐号)"


@cache
def _bank_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A bank's name after a place's colon (:某银行), after an 账号 label in brackets, and alone in brackets (（某银行
    某分行）): built once from the data file, not on every place read."""
    ends = _alternation(place_data().bank_ends)
    bank = rf"{_BODY}(?:{ends}){_COMPANY}"
    return (
        re.compile(rf":(?P<bank>{bank}){_BANK_AFTER}"),
        re.compile(rf"{_ACCOUNT_LABEL}:(?P<bank>{bank}){_BANK_AFTER}"),
        re.compile(rf"\((?P<bank>[^(),;:。、]{{2,40}}?(?:{ends}){_COMPANY})\)"),
    )


def _bank_after(text: str, position: int, account_only: bool = False) -> str | None:
    """The bank named right after a place: after its colon (代收机构：某银行) or in its brackets (开户行：…);
    with `account_only`, only what a bracket labels as the account itself (账号：…)."""
    after_colon, account, alone = _bank_patterns()
    bank = account if account_only else _patterns()[2]
    window = text[position : position + 120]
    if window.startswith(":"):
        found = after_colon.match(window)
        return found.group("bank") if found else None
    if window.startswith("("):
        closing = window.find(")")
        inside = window[: closing + 1] if closing > 0 else window
        found_in = bank.search(inside)
        if found_in is None and not account_only:
            # a bracket that holds nothing but the bank's name (本局指定的代收银行（某银行某分行）) names it too, also
            # with the words that only say which of its offices (（某银行某分行各营业网点）)
            found_in = alone.match(inside) or alone.match("(" + _BRANCHES.sub("", inside[1:].rstrip(")")) + ")")
        return found_in.group("bank") if found_in else None
    return None


#: Fewest characters of a bank named in apposition after a generic one (某银行 at least).
_APPOSED_MIN = 4


def _apposed(name: str) -> str | None:
    """The named place printed right after a generic one, without a bracket (本局指定的代收银行某农商银行某支行 →
    某农商银行某支行): the generic words only say what the named bank is. None when no such name follows."""
    ends = place_data().place_ends
    for cut in range(1, len(name) - _APPOSED_MIN + 1):
        head, tail = name[:cut], name[cut:]
        if not head.endswith(tuple(ends)) or not _generic(head) or _generic(tail):
            continue
        named = _BRANCHES.sub("", tail)
        if tail.endswith(tuple(ends)) and len(named) >= _APPOSED_MIN and not _NOUNS_ONLY.fullmatch(named):
            return _without_branches(tail)
    return None


def _without_branches(name: str) -> str:
    """`name` without the words that only say which of its branches (任一网点, and a place name before them; an area's
    any one of a named bank's offices: 某市任一某某银行营业网点 → 某某银行). An area's banks of a kind with no office
    words after them (某市各银联银行) stay as printed: the words may name a kind, not a bank."""
    any_in_area = _ANY_IN_AREA.fullmatch(name)
    if any_in_area is not None:
        nouns = any_in_area.group("nouns")
        named = _BRANCHES.sub("", nouns)
        if named != nouns and len(named) >= _APPOSED_MIN and not _generic(named):
            return named
    bare = _BRANCHES.sub("", name)
    if bare == name or not bare:
        return name
    area = _BRANCH_PLACE.search(bare)
    return bare[: area.start()] if area and area.group("area") in bare[: area.start()] else bare


#: A place that points to the details set out after it (缴至以下账户, 缴入下列账户).
_POINTS_BELOW = re.compile(r"^(?:以下|下列|如下)")
#: How far after such a place its labelled details (户名：…开户行：…) may stand.
_BELOW_REACH = 160


def _bank_below(text: str, name: str, stop: int, end: int) -> str | None:
    """The bank a place pointing below (以下账户) sets out in its labelled lines (户名：…　开户行：某银行某支行)."""
    if not _POINTS_BELOW.match(name):
        return None
    found = _patterns()[2].search(text, stop, min(end, stop + _BELOW_REACH))
    return found.group("bank") if found else None


#: A bank or account line of the details below left to fill (开户银行：＿＿＿＿, 账号：____).
_BLANK_LINE = re.compile(r"(?:开户银行|开户行|收款银行|账号|帐号):?_{2,}")


def _blank_below(text: str, name: str, stop: int, end: int) -> bool:
    """A place pointing below (下列账户) whose bank or account line is left blank: the slot is blank (ruling 19's
    `null`), not a generic place."""
    return bool(_POINTS_BELOW.match(name)) and _BLANK_LINE.search(text, stop, min(end, stop + _BELOW_REACH)) is not None


#: A place that points back to the details set out before it (缴入上述账户, 缴至前述账户).
_POINTS_ABOVE = re.compile(r"^(?:上述|上列|前述|以上)")


def _bank_above(text: str, name: str, at: int) -> str | None:
    """The bank a place pointing back (上述账户) set out in the labelled lines before it (收款单位：某财政局　开户银行：
    某银行某支行　账号：…): the last bank labelled within reach."""
    if not _POINTS_ABOVE.match(name):
        return None
    found = list(_patterns()[2].finditer(text, max(0, at - _BELOW_REACH), at))
    return found[-1].group("bank") if found else None


def _places(text: str, start: int, end: int) -> list[tuple[str, bool, int]]:
    """Every place the sentence [start, end) leads to, in order, with whether it is specific and where it stands."""
    place, _, _, _, _ = _patterns()
    found: list[tuple[str, bool, int]] = []
    matches = list(place.finditer(text, start, end))
    covered = [(match.start(), match.end()) for match in matches]
    matches += [
        match
        for match in _alternative().finditer(text, start, end)
        if _led(text, start, match.start()) and not any(a <= match.start("place") < b for a, b in covered)
    ]
    for match in sorted(matches, key=lambda match: match.start()):
        name, stop = match.group("place"), match.end("place")
        if _BLANK_DETAILS.match(text, stop):
            continue
        label_bank = _bank_after(text, stop) if text[stop : stop + 1] == ":" else None
        if label_bank:
            found.append((label_bank, True, match.start()))
            continue
        above = _bank_above(text, name, match.start("place"))
        if above:
            found.append((above, True, match.start()))
            continue
        if not _generic(name):
            # a designated account whose brackets name it (某局指定的账号（账号：某支库）) is that account; the bank
            # that only holds it (某局指定账户（开户银行：…）) is a detail, the account is the place (ruling 19)
            # a designated bank whose brackets name it (某财政局指定的代收银行（某银行某分行）) is that bank
            bank = None
            if _DESIGNATED_BY_NAMED.match(name):
                bank = _bank_after(text, stop, account_only=not _BANK_KIND.search(name))
            found.append((bank or _without_branches(name), True, match.start()))
            continue
        bank = _bank_after(text, stop) or _apposed(name) or _bank_below(text, name, stop, end)
        if bank is None and _blank_below(text, name, stop, end):
            continue
        found.append((bank, True, match.start()) if bank else (_without_branches(name), False, match.start()))
    return found


def _notice(sentence: str) -> str | None:
    """The payment notice the sentence names (凭《…缴款通知书》), None for a bare 缴款通知单."""
    _, _, _, quoted, bare = _patterns()
    hits = [m for pattern in (quoted, bare) for m in pattern.finditer(sentence)]
    for match in sorted(hits, key=lambda m: m.start()):
        name = match.group("name")
        if not any(name.endswith(end) for end in place_data().notice_ends):
            continue
        platform = name.find("平台")
        return name[: platform + 2] if platform >= 0 else name
    return None


def payment_place(text: str, start: int, end: int) -> str | None:
    """Where the payment sentence folded `text`[start, end) tells the party to pay (module docstring)."""
    places = _places(text, start, end)
    specific = next((name for name, is_specific, _ in places if is_specific), None)
    if specific is not None:
        return specific
    notice = _notice(text[start:end])
    if notice is not None:
        return notice
    # generic words and a code to scan: the first printed (ruling 19); the statutory 电子支付系统 and a bank's
    # online channel (手机银行) are ways to pay, not places, so anything else comes first
    scanned = _SCAN.search(text, start, end)
    generic = [(at, name) for name, _, at in places]
    if scanned is not None:
        generic.append((scanned.start(), scanned.group("code")))
    generic.sort()
    return next(
        (name for _, name in generic if not name.endswith("电子支付系统") and not _WAY_ONLY.fullmatch(name)),
        generic[0][1] if generic else None,
    )
