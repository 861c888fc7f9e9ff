"""The payment terms a decision states (行政处罚法 Art. 59 (四), 67): the period and a way to pay.

Published decisions say it many ways: 十五日内到中国农业银行…任一网点缴清, 凭缴款通知书缴纳, 扫描二维码缴纳, 到指定
的银行或者通过电子支付系统缴纳. A bare 到银行缴纳 or 就近银行 names no way to pay; a clause with its account left
blank (账号： 。) is a drafting blank, not a reading of the terms.
"""

from __future__ import annotations

import re

from extractors.fields.folding import cn_int
from extractors.fields.periods import DaysWithin, days_within, labelled_days
from extractors.fields.rights import PAY_FIELD_NONE
from reviewer.core.facts import PaymentTold

_SENTENCE = re.compile(r"[^。]+。?")
#: The verbs of paying: 缴纳 and its neighbours (交清, 汇入/转入/存入 an account; 当场收缴 by the officers). Not 上缴国库: that closes the
#: disposition (where the money goes), and names no way for the party to pay.
_PAYS = re.compile(
    r"缴纳|缴清|缴款|交至|交到|缴至|缴到|缴入|交纳|缴交|缴付|交款|支付|履行期限|履行方式|交清|付清|汇入|转入|存入|汇至|转账"
    r"|当场收缴"
)
#: 上缴国库 tells where the money ends up, not how the party pays it.
_TO_TREASURY = re.compile(r"上缴(?:国库|财政)")
_MONEY = re.compile(r"罚款|罚没|款项|上述款|违法所得|没收")
#: Where the consequence of not paying begins: the terms end there.
_LATE = re.compile(r"逾期不|逾期未(?:缴|履行)|到期不|加处|强制执行")
#: A period in months (一个月内, 2个月内); 3月内 is a date's month, so 个 is required.
_MONTHS = re.compile(r"(?<![0-9０-９])([0-9]+|[一二三四五六七八九十两]+)个月(?:内|之内|以内)")
#: Half a month: about fifteen days but not said so, left to a person.
_HALF_MONTH = re.compile(r"半个?月(?:内|之内|以内)")
#: A deadline given as a date (于2024年3月20日前缴纳, 3月20日内): a period the reader cannot count from the date
#: of service, so it is left to a person rather than read as "no period".
_BY_DATE = re.compile(r"月[0-9０-９一二三四五六七八九十〇]{1,3}日(?:前|之前|以前|内|止)")
_HOW = re.compile(
    r"账号|帐号|账户[:：]|帐户[:：]|户名|平台|缴款书|缴款通知|缴款单|通知书|二维码|扫码|扫描|电子支付|国库|金库|代收|非税|支付宝|微信"
    r"|POS|网点|缴款码|收款单位|开户行|财政专户|小程序|在线缴纳|网上缴纳|网上银行|手机银行|APP|App|窗口"
    r"|财政局|财政所|支库|信用社|信用合作|联社|服务中心|服务大厅|收费处|收款码|指定(?:的)?(?:账户|帐户|账号|帐号)"
    r"|电子缴款|电子缴费|网上缴款|网上缴费|在线支付|缴费系统|缴款系统|支付系统|政务服务网|网上营业厅"
    r"|农行|工行|建行|中行|交行|招行|邮储|农商行|农信社"  # a bank by its short name
)
#: A channel the clause names that the reader does not know (通过嵩川通缴纳, 到嵩川市某某中心缴纳): the way to pay
#: may be there in a wording not listed above, so its absence is left to a person rather than failed.
_SOME_CHANNEL = re.compile(
    r"(?:通过|经由|使用|利用)[“\"《]?[\u4e00-\u9fffA-Za-z0-9]{2,20}[”\"》]?(?:缴纳|缴清|缴款|交纳|支付|缴交)"
    r"|(?:到|至|往|在|去)[\u4e00-\u9fff]{0,12}(?:省|市|县|区|旗|州|镇|乡)[\u4e00-\u9fff]{2,20}(?:缴纳|缴清|缴款|交纳|缴交)"
)
#: Channels that name nothing: 通过银行, 到银行, 到就近银行 (ruling 18: a bare bank fails).
_BARE_CHANNEL = re.compile(
    r"(?:通过|经由|使用|利用|到|至|往|在|去)(?:就近|附近|当地|所在地)?(?:的)?(?:银行|金融机构)(?:缴纳|缴清|缴款|交纳|支付|缴交)"
)
#: Where the text after the payment clause turns to other matters: the remedies, publication, service, copies.
_OTHER_MATTER = re.compile(r"[^。]*(?:不服|复议|诉讼|公示|公开|送达|一式|信用)")
#: The fine collected by the officers on the spot (行政处罚法 Art. 68): no period or bank to tell.
_ON_SPOT = re.compile(r"当场(?:缴纳|收缴|交纳|缴清|交清)")
_BANK = re.compile(r"(.{0,2})银行")
_BARE_BEFORE = ("到", "至", "往", "在", "近", "去", "过", "向", "地")
#: A bank or account left blank: a label with nothing after it (账号：。), or with only the line to fill
#: (开户银行：＿＿＿＿).
_BLANK_FIELD = re.compile(
    r"(?:地址|账号|帐号|账户|户名|开户行)[:：][，。,；;]|缴到银行|(?:开户银行|开户行|账号|帐号)[:：]?[_＿]{2,}"
)


def _bank_named(text: str) -> bool:
    for found in _BANK.finditer(text):
        before = found.group(1).rstrip("的")  # 就近的银行 is as bare as 就近银行; 指定的银行 keeps 定
        if before and not before.endswith(_BARE_BEFORE):
            return True
    return False


def _days(sentence: str) -> DaysWithin | None:
    """The period in days a payment sentence gives: N日内, else N日 under a 期限 label."""
    return days_within(sentence) or labelled_days(sentence)


#: The party bidden to pay (应当, 须, 请): the decision's terms, not a narrative of how customers paid.
_BIDDEN = re.compile(r"应|须|请|责令")


def _way_before(flat: str, start: int) -> str:
    """The paying sentence right before the clause that gives the period, when it names the money: the way to pay
    may be told first and the period after it (应当通过某某平台缴纳罚没款。其中，…十五日内缴纳)."""
    before = _SENTENCE.findall(flat[:start])
    last = before[-1] if before else ""
    late = _LATE.search(last)
    terms = last[: late.start()] if late else last
    told = _PAYS.search(terms) and _MONEY.search(terms) and _BIDDEN.search(terms)
    return terms if told and not _OTHER_MATTER.match(terms) else ""


def read_payment(text: str) -> PaymentTold | None:
    """The decision's payment clause; None when no sentence asks for money to be paid."""
    flat = "".join(text.split())
    sentences = []
    for sentence in _SENTENCE.findall(flat):
        if PAY_FIELD_NONE.search(sentence):
            continue  # the form's payment field filled with 无: no terms, and the next field's period is not theirs
        late = _LATE.search(sentence)
        terms = sentence[: late.start()] if late else sentence
        if _PAYS.search(terms):
            sentences.append(terms)
    # The clause is the sentences that give a period (by days, else by date); only without one, those that name
    # the money. A narrative sentence (当事人通过微信支付收取货款，违法所得…) pays too, but sets no period: its
    # ways of paying are the customers', not the decision's terms.
    clause = (
        [s for s in sentences if _days(s)]
        or [s for s in sentences if _BY_DATE.search(s)]
        or [s for s in sentences if _MONEY.search(s)]
        or [s for s in sentences if _ON_SPOT.search(s)]  # 履行方式：由执法人员当场收缴 (the fine is not named again)
    )
    if not clause:
        return None
    start = flat.find(clause[0])
    window = flat[start : start + 300]
    late = _LATE.search(window)
    window = window[: late.start()] if late else window
    # The place may follow in the next sentences (缴款银行：…；账号：…), but not past the remedies or the notes on
    # publication and service, whose 平台/系统/通知书 name no way to pay.
    after = _SENTENCE.match(window)
    first = after.end() if after else len(window)
    other = _OTHER_MATTER.search(window, first)
    window = window[: other.start()] if other else window
    joined = _TO_TREASURY.sub("", _way_before(flat, start) + "".join(clause) + window)
    period = next((found for sentence in clause if (found := _days(sentence))), None)
    days = period.amount if period else None
    working = period.working if period else False
    months = None
    if days is None:
        in_months = next((m for s in clause if (m := _MONTHS.search(s))), None)
        months = cn_int(in_months.group(1).replace("两", "二")) if in_months else None
    how_named = bool(_HOW.search(joined)) or _bank_named(joined)
    channel = _SOME_CHANNEL.search(joined)
    return PaymentTold(
        sentence=clause[0][:120],
        days=days,
        working_days=working,
        months=months,
        period_vague=days is None and months is None and any(_HALF_MONTH.search(sentence) for sentence in clause),
        period_by_date=days is None and any(_BY_DATE.search(sentence) for sentence in clause),
        on_spot=bool(_ON_SPOT.search(joined)),
        how_named=how_named,
        how_unread=not how_named and channel is not None and not _BARE_CHANNEL.fullmatch(channel.group()),
        manner=how_named or "银行" in joined or channel is not None,
        blank=bool(_BLANK_FIELD.search(joined)),
    )
