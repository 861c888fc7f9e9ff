"""What a decision says about its own procedure: the 告知书 given and served, the party's 陈述申辩 and 听证.

The national decision form prints bracketed section headings that name these steps whether or not the agency
wrote anything under them — （当事人陈述、申辩情况，…；行政处罚告知、行政处罚听证告知情况，以及复核、听证过程及
意见）. They are no statement that a step happened, so `form_headings` are blanked before anything is read.

* `notice_mentioned`: a 行政处罚告知书 / 听证告知书 / 事先告知 is named, or the decision says it told the party
  what it proposed (依法告知当事人拟作出…). Told on the spot by word of mouth (当场告知, 口头告知) is no 告知书;
  本告知书 / 该告知书 only points back at a notice already named (a refund order's, say).
* `notice_served`: the date of the sentence that says the 告知书 was served (送达/下达/发出/签收) — the day the
  party signed for it when the sentence gives a later one after the posting (邮寄送达，当事人于…签收), the day the
  law deems it served (公告送达…即…，视为送达); mail that came back (邮件被退回, 无法投递) serves nothing, and the
  service told after it counts; or of one of the two sentences after the one that only made it
  (…作出《行政处罚告知书》。6月9日，执法人员将告知书送达当事人。). A date the story tells without its year (3月4日,
  次日, 同月12日) is read against the dates before it and the decision's own date; one that is no calendar date
  (2月29日 in 2025) serves nothing. A refund order's 告知书 (责令退款…) is another instrument. A notice served
  again later (事实发生变化，本局于…重新送达了《行政处罚告知书》) is the one the decision rests on: its date counts.
* `notice_made`: the date the decision gives for making the 告知书 (于…作出/制作《…告知书》), apart from its
  service (…并于…送达): a date whose next verb makes the notice, not one that serves it. A notice made again
  (本局于…重新作出《行政处罚告知书》，…并于…送达) gives both dates: the second 告知书's.

Dates are read with the sentence's whitespace removed: a text layer may break a line inside a date (并于2
/ 023年8月14日); offsets still index the caller's text.
* `statement_mentioned`: 申辩, or 陈述 as a right or its use (陈述权, 陈述意见, 提出陈述); not the party's account.
* `statement_made` / `statement_waived`: the party made its statement (提出陈述…意见, 辩称, 认为…) / gave it up
  (放弃陈述、申辩 — 视为放弃 is the law's fiction, not a waiver; one told as the party's act within the period,
  在规定期限内书面表示放弃, is one). Under the form's statement heading, words in
  the party's own voice (贵局, 我公司, 恳请) are its statement pasted in: made. So are words said at the hearing
  (在听证中提出…, 举行听证，当事人称…), reasons of a statement the decision answers (其申辩理由…不予采纳), a statement
  told as done within the period (在法定期限内提交了书面陈述), and one made by word of mouth or in person
  (到本局口头陈述、申辩, 到本局陈述，表示…).
  After the 告知, a letter (当事人向本局来函，表示…) or written material handed in (提交书面材料，…请求从轻) is a
  statement whatever it says, unless it gives the statement up; before it, such writing is the investigation's.
  So is a plea about the penalty after the 告知 (仅请求减轻罚款, 请求免予罚款, 希望从轻处罚, 请求从轻处理, a bare
  请求从轻 ending its clause), and the party told as saying something to the agency (当事人于…陈述称…), not in
  the investigation's record (在询问笔录中陈述称).
  Where the decision says after its 告知 that the party made none (未提出陈述、申辩), what it said before the
  告知 (其辩称…) is its account in the investigation, not a statement.
* `hearing_held`: a hearing took place (举行了听证, 听证会于…召开).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.fields.dates import DateMatch, find_dates, signing_date, story_dates
from extractors.fields.disposition import in_quote

__all__ = ["ProcedureReading", "form_headings", "read_procedure"]

#: A bracketed form heading: （案件性质、自由裁量的事实和理由）, （行政处罚的内容和依据） …
_HEADING = re.compile(r"[（(](?P<inner>[^（()）\d《》“”]{4,200}?)[)）]")
#: A heading's length, spacing and line breaks aside.
_HEADING_CHARS = 80
_HEADING_WORDS = re.compile(r"情况|理由|依据|事实|内容|期限|途径|意见")
_NOTICE_DOC = re.compile(r"处罚告知书|罚告知书|听证告知书|处罚事先告知|(?<!退款)事先告知书|告知书")
_OTHER_NOTICE = re.compile(r"责令(?:退款|退还|改正)[^。；;]{0,12}告知书")
_TOLD = re.compile(
    r"(?:依法|已|并)(?:向当事人|对当事人)?告知(?:了)?(?:当事人)?[^。；;]{0,12}?(?:拟|享有|有权|依法享有|陈述|申辩|听证)"
)
#: A refused signing (拒绝签收, 拒不签收, 拒签) serves nothing: the 留置送达 told after it does.
_SERVED = re.compile(r"送达|下达|下发|发出|(?<!拒绝)(?<!拒不)(?<!拒)签收|送交|交付|邮寄|寄送")
#: Making the notice: 作出/制作/制发/出具/签发, followed by the notice itself (its 文号 may come first); not the
#: 拟作出 of the proposed penalty.
_MAKE = re.compile(r"(?<!拟)(?:作出|制作|制发|出具|签发)了?[^，,。；;]{0,40}?告知书")
#: Telling the party by means of the notice (于…以《行政处罚告知书》将拟作出…告知当事人): the notice named right after
#: 以 as the instrument, the telling verb later in its clause. Its date is the notice's own, as a making verb's is;
#: a notice posted (以邮寄方式…送达, 以EMS将《告知书》寄送) names a means, not the notice, after 以.
_TOLD_BY = re.compile(r"以《?[^，,。；;《》]{0,10}告知书》?(?:[（(][^（()）]{0,30}[)）])?[^。；;]{0,80}?告知(?!书)")
#: The law a notice is made under, told between its date and the making verb (…，本局依照《中华人民共和国行政处罚法》
#: 第四十四条的规定制作了…), its name in 《》 or bare before its article (依照中华人民共和国行政处罚法第四十四条).
_MADE_UNDER = re.compile(
    r"(?:依照|依据|根据|按照)"
    r"(?:《[^》]{1,40}》|(?:(?!第)[\u4e00-\u9fff]){2,30}?(?:法|条例|规定|办法|细则)(?=第[一二三四五六七八九十百零〇\d]))"
    r"(?:第[一二三四五六七八九十百零〇\d]{1,6}条)?"
    r"(?:第[一二三四五六七八九十\d]{1,4}款)?(?:的|之)?(?:规定)?"
)
#: An oral notice given on the spot, or a notice named only as the one just mentioned.
_ORAL = re.compile(r"(?:当场|口头)(?:依法)?告知")
_ANAPHORA = re.compile(r"[本该此]$")
#: What a 告知 of remedies names (复议, 诉讼), and the steps of a penalty notice (拟, 陈述, 申辩, 听证).
_REMEDY = re.compile(r"复议|诉讼")
_STEP_WORDS = re.compile(r"拟|陈述|申辩|听证")
#: The party's 陈述申辩 right or its use; a bare 陈述 is mostly the party's account (如实陈述违法事实, 据当事人陈述,
#: 询问笔录…证明当事人对违法事实的陈述), which mentions no right.
_STATEMENT = re.compile(r"申辩|陈述(?:权|意见|的权利|材料)|(?:提出|进行|作出|提交|放弃|享有|行使)(?:了)?(?:书面)?陈述")
_HEARING = re.compile(r"听证")
_MADE = re.compile(
    # …its opinion named with it, so what it said may follow (提出陈述意见，称…)
    # …or a document named for it (提交《陈述申辩书》, 提交一份陈述申辩意见书)
    r"(?:提出|提交|递交|进行|作出)了?(?:一份)?《?(?:书面|口头|如下|以下|的)*(?:陈述|申辩)(?:[、和及]?申辩)?(?:意见|材料|理由)?"
    # …or the statement told above named again (当事人于6月2日提出上述陈述意见)
    r"|(?:提出|提交|递交)了?(?:上述|前述|以上|该)(?:书面)?(?:陈述|申辩)"
    r"|辩称|申辩称|申辩意见[:：]|陈述意见[:：]"
    # a form's field of what the party said, filled in (当事人陈述：…), not struck through (当事人陈述：无 / ／)
    r"|当事人(?:的)?(?:陈述|申辩)[:：](?![无／/]|$)"
    # the statement's content told as said in it (当事人在陈述中表示…, 在其陈述申辩中称…), or what it handed in
    # with it (在陈述申辩中提交了销售记录)
    r"|在(?:其)?(?:陈述|申辩|陈述、?申辩)(?:中|时)(?:称|表示|提出|认为|辩称|主张|提交|提供|递交)"
    r"|(?:陈述)?[、和及]?申辩(?:意见)?(?:中|时)(?:称|认为|提出)|申辩意见(?:如下|为)"
    # a statement by word of mouth told as an act (当事人到本局口头陈述、申辩), not the right to one
    r"|口头(?:进行)?(?:陈述|申辩)(?!权)"
    # …or in person at the agency, told as an act (当事人于某日到本局陈述，表示…), not the right to one
    r"|(?:到|来|赴)(?:本局|我局|本机关|本委|本所|本队)(?:当面)?(?:进行)?(?:陈述|申辩)(?!权)"
    # a written statement told as an act with what it says (当事人于…书面陈述，称…), not the right to one
    r"|书面(?:陈述|申辩)(?=[，,]?(?:其)?(?:称|辩称|认为|表示|提出|主张|辩解))"
    # what the party said at its hearing (当事人在听证中提出…), and its reasons answered (其申辩理由…不予采纳)
    r"|听证(?:会)?(?:中|上|时|过程中)(?:提出|称|辩称|表示|认为|承认|请求|主张|辩解|陈述|申辩|说明)"
    # …with the party (or whoever speaks for it: 当事人经营者某某, 当事人委托代理人) named after it, a comma or none
    # (several parties of a joint decision counted before the word: 两当事人, 各当事人, 三名当事人)
    r"|听证(?:会)?(?:中|上|时|过程中)[，,]?(?:两|各|全体|[二三四五六七八九十]名)?当事人[^，,。；;：:]{0,12}?"
    r"(?:提出|称|辩称|表示|认为|承认|请求|主张|辩解)"
    # the hearing held and what the party said there, told in the next clause (举行听证，当事人称…)
    r"|(?:举行|召开)了?(?:公开)?听证(?:会)?[，,](?:两|各|全体|[二三四五六七八九十]名)?当事人(?:在听证(?:会)?(?:中|上))?"
    r"(?:称|辩称|提出|认为|表示|主张|辩解)"
    r"|(?:陈述|申辩)(?:的)?(?:理由|意见)(?=[^。；;]{0,24}?(?:不予采纳|予以采纳|部分采纳|不予支持|予以支持|不能成立))"
    # the party's plea answered by name (其申辩不予采纳, 当事人的陈述申辩予以采纳)
    r"|(?:其|当事人的?)(?:陈述|申辩|陈述、?申辩)(?=(?:本局)?(?:不予采纳|予以采纳|部分采纳|不予支持|予以支持|不能成立))"
    # a written submission and what the party says in it (提交书面材料，表示…，请求从轻处罚); not one that only gives
    # the statement up (递交书面材料，表示放弃陈述…)
    r"|(?:提交|递交)了?书面(?:材料|意见|说明|情况说明)[，,](?:表示|称|请求|认为|提出|主张)"
    r"(?!放弃|不再?(?:进行|提出|陈述|申辩)|没有|无其他)(?![^。；;]{0,30}?放弃(?:了)?(?:陈述|申辩))"
    # a written opinion handed in is the party's statement whatever it says (…提交书面意见，对拟作出的决定无异议),
    # unless it gives the statement up
    r"|(?:(?:提交|递交)了?书面|书面(?:提交|递交)了?)意见(?![的权书])(?![，,]?(?:表示|称|声明)?(?:自愿)?放弃)(?![^。；;]{0,30}?放弃(?:了)?(?:陈述|申辩))"
)
#: A written answer to the notice that names neither 陈述 nor 申辩: a letter from the party (当事人向本局来函，表示…),
#: written material it hands in (提交书面材料，…请求从轻处罚; 提交了经负责人签字的书面意见, its form told
#: before it) or an opinion it gives in writing (书面表示…无异议), whatever it says (rule 28) — unless it gives the
#: statement up. Read only after the first 告知 of the proposed penalty: before it, such a letter or material is
#: the party's account in the investigation.
_MADE_AFTER_NOTICE = re.compile(
    r"(?:当事人[^，,。；;]{0,16}?(?:来函|致函)"
    r"|(?:提交|递交|呈交|寄来|寄送)了?(?:一份)?(?:(?:(?!放弃)[^，,。；;“”《》]){1,12}?的)?"
    r"(?:书面(?:材料|意见|说明|情况说明|答复|回复)|情况说明|说明材料)(?![的权书])"
    # …or an opinion told as given in writing (书面表示对拟作出的处罚无异议), not one giving something up
    r"|(?<!口头)书面表示(?=[^。；;，,]{0,20}?(?:异议|同意|认可|接受|请求|恳请|希望|意见))"
    r"(?!放弃|自愿放弃|不再?(?:进行|提出|陈述|申辩)|没有|无其他))"
    r"(?![^。；;]{0,30}?放弃(?:了)?(?:陈述|申辩))"
)
#: The party pleading about the proposed penalty (请求从轻处罚, 仅请求减轻罚款, 希望免予处罚): read only after the
#: first 告知, where a plea answers it — said at the hearing after a clause that accepts the facts (听证中当事人对
#: 事实无异议，仅请求减轻罚款) or told after a statement named without its content (提出书面陈述申辩，请求免予罚款);
#: before the 告知 it is the party's account in the investigation.
#: The plea's own words stay outside the match: 不予 in 请求不予处罚 negates nothing. A bare 请求从轻 / 恳请减轻
#: that ends its clause (其系小本经营，请求从轻。) pleads the same; 从轻 running on into other words does not.
_PLEA = re.compile(
    r"(?:请求|恳请|希望)(?:本局)?(?:对其)?(?:给予|予以)?"
    r"(?=(?:从轻|减轻|免予|免除|不予)(?:行政)?(?:处罚|罚款|处理)|(?:从轻|减轻)(?:[。；;，,]|$))"
)
#: The party telling the agency something after the 告知 (当事人于6月28日陈述称已整改完毕, 两当事人当场陈述称…): a
#: statement made. Read only after the first 告知 and never from the investigation's record (当事人在询问笔录中陈述称,
#: 据当事人陈述称): before it, or there, 陈述称 is the party's account of the facts.
_SAID_AFTER_NOTICE = re.compile(r"(?<!据)当事人(?:(?!询问|笔录|调查|检查|讯问)[^，,。；;：:“”]){0,16}?陈述[，,]?称")
#: …or a form's statement field with the waiver as its value (当事人陈述申辩：当场放弃).
_WAIVED = re.compile(
    r"放弃(?:了)?(?:陈述|申辩|陈述、申辩|陈述和申辩|陈述申辩)|(?<=申辩[:：])(?:当场|书面|口头)?放弃(?!听证)"
)
_HELD = re.compile(r"(?:举行|召开|组织)了?(?:公开)?听证(?:会)?|听证会于")
#: A hearing only scheduled (定于9月16日举行听证, 拟于…召开听证会): the date set, not the hearing held.
_SCHEDULED = re.compile(
    r"(?:定于|拟于|将于|计划于|预定于|拟定于)[^，,。；;]{0,20}?(?:举行|召开|组织)(?:公开)?听证(?:会)?"
)
#: Words that make the clause around a step say it did not happen, might, or is only a right.
_NOT_DONE = re.compile(r"未|没有|不|无|视为|视同|有权|可以|可在|享有|权利|要求|告知|如(?![下实])|逾期|期限内|之日起")
#: …but a step told as done (提交了, 进行了) within the period (在法定期限内提交了书面陈述) did happen.
_NOT_DONE_DONE = re.compile(r"未|没有|不|无|视为|视同|有权|可以|可在|享有|权利|要求|告知|如(?![下实])|逾期")
#: …told as an act, within the period or not (在规定期限内提交书面材料，请求从轻): only negation, a right, a duty
#: or a condition (未来函, 可以提交, 应当提交, 如提交) make it none.
_NOT_WRITTEN = re.compile(_NOT_DONE_DONE.pattern + r"|应|须|需|可")
#: After the step's words only these make it a right or a period (提出陈述申辩的权利, …的期限); what the party
#: said follows them (辩称其不知情) and negates nothing.
_NOT_DONE_AFTER = re.compile(r"权利|期限|之日起|的[，,]|有权")
#: …for a waiver, the right is what is given up (放弃陈述、申辩的权利, 明确放弃陈述申辩权利), so 权利 and 告知 do
#: not make it a mere right; 视为放弃 (the law's fiction after silence) still does.
_NOT_WAIVED = re.compile(r"未|没有|不|无|视为|视同|有权|可以|可在|享有|要求|如(?![下实])|逾期|期限内|之日起")
_NOT_WAIVED_AFTER = re.compile(r"期限|之日起|的[，,]")
#: …but a waiver told as the party's act (书面表示放弃, 明确放弃, 放弃了) within the period (在规定期限内书面表示放弃
#: 陈述、申辩) did happen: only negation, a right or a condition still make it none.
_NOT_WAIVED_DONE = re.compile(r"未|没有|不|无|视为|视同|有权|可以|可在|享有|要求|如(?![下实])|逾期")
#: The words that tell a waiver as the party's act, right before it.
_WAIVED_AS_ACT = re.compile(r"(?:表示|声明|明确|书面|自愿|主动|签字)$")
#: …or the period it fell in, named right before it (当事人在法定期限内放弃陈述、申辩): the decision tells what the
#: party did in that period; a right, condition or negation (可在期限内放弃, 如在期限内放弃的) still make it none.
_WAIVED_IN_PERIOD = re.compile(r"(?:在|于)(?:法定|规定|指定)?(?:的)?期限内$")
_CLAUSE_END = re.compile(r"[，,。；;：:]")
#: The party's own written words, quoted whole, that it will make no statement (当事人在送达回证上写明“不陈述申辩”,
#: 注明：“本人不申辩。”): a waiver written under its signature (label guide ruling 65), though 不 negates elsewhere.
_WRITTEN_WAIVER = re.compile(
    r"当事人[^。；;“”]{0,30}(?:写明|写道|注明|签注|书面表示|书面注明)[:：]?“(?:本人|我|我方|我公司|我单位)?"
    r"(?:不|放弃)(?:进行|提出)?(?:陈述|申辩|陈述、申辩|陈述和申辩|陈述申辩)(?:意见|权利?)?[。.！!]?”"
)
#: What the party said, told in the clause right after its statement (…提出书面陈述，称…), or what it asked for
#: there (…提交书面陈述，请求适用…): the statement was made, even when the period it was made in is named before it
#: (在法定期限内提出书面陈述).
_CONTENT_NEXT = re.compile(r"(?:其)?(?:称|辩称|认为|表示|主张|辩解|请求|恳请)")
_SENTENCE = re.compile(r"[^。；;]+")
#: The party's own words quoted after it is said to write or say them (书面表示：“放弃陈述申辩。”): its act, not law.
_PARTY_QUOTE = re.compile(r"当事人[^。；;“”]{0,30}(?:表示|称|写明|写道|注明|签注|声明)[:：]?$")


@dataclass(frozen=True)
class ProcedureReading:
    notice_mentioned: bool
    statement_mentioned: bool
    hearing_mentioned: bool
    notice_served: DateMatch | None
    statement_made: bool
    statement_waived: bool
    hearing_held: bool
    #: The date the 告知书 was made, when the decision gives one apart from (or besides) its service.
    notice_made: DateMatch | None = None
    #: The notice was served or made again (ruling 64): `notice_served` is the later one's, and only what the party
    #: did after it answers the notice the decision rests on.
    notice_again: bool = False


def form_headings(text: str) -> str:
    """`text` with the form's bracketed section headings blanked (same length, same offsets)."""

    def blank(match: re.Match[str]) -> str:
        inner = re.sub(r"\s+", "", match.group("inner"))  # letter spacing aside (情 况)
        if len(inner) <= _HEADING_CHARS and _HEADING_WORDS.search(inner):
            return re.sub(r"[^\n]", " ", match.group())
        return match.group()

    return _HEADING.sub(blank, text)


def _compact(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """text[start:end] without whitespace, and for each kept character the offset it came from."""
    kept = [(i, ch) for i, ch in enumerate(text[start:end], start) if not ch.isspace()]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def _located(found: DateMatch, text: str, origin: list[int]) -> DateMatch:
    """A date found in a compacted sentence, with offsets back in the caller's text."""
    start, end = origin[found.start], origin[found.end - 1] + 1
    return DateMatch(value=found.value, raw=text[start:end], start=start, end=end, blank=found.blank, time=found.time)


def _notice_dates(text: str) -> tuple[DateMatch | None, DateMatch | None, bool]:
    """(served, made, again) of the 告知书 the decision rests on: the first one's (`_first_notice_dates`), unless a
    later sentence serves it again (…事实发生变化，本局于…重新送达了《行政处罚告知书》): the re-notice's service
    counts (ruling 64). A notice made again (本局于…重新作出《行政处罚告知书》…并于…送达) replaces both dates: its
    making date is the notice's date, and with no service of its own told nothing is known of the service."""
    served, made = _first_notice_dates(text)
    if served is None:
        return served, made, False
    remade = _remade(text, served.end)
    if remade is not None:
        return remade[0], remade[1], True
    again = _renotice(text, served.end)
    return (again, made, True) if again is not None else (served, made, False)


#: Serving or telling the notice again (重新送达, 重新向当事人告知, 再次送达): not 重新核定 or another act done again.
#: A notice served to some of several parties again (重新向两当事人送达, 再次向当事人一送达) is one too; so is one served
#: as amended (送达了变更后的《行政处罚告知书》, 送达修改后的告知书): a new notice after new findings (ruling 64).
_RENOTICE = re.compile(
    r"(?:重新|再次)(?:(?:向|对)(?:[两二三]名?|各)?当事人[一二三甲乙丙]?)?(?:依法)?(?:直接|邮寄|电子)?(?:送达|告知|下达|发出)"
    r"|(?:送达|下达|发出)了?(?:变更|修改|调整|更正)后的"
)


def _renotice(text: str, after: int) -> DateMatch | None:
    """The service date of the last sentence after offset `after` that serves the 告知书 again, dated before its
    verb (本局于3月11日向当事人重新送达了《行政处罚告知书》); None when no sentence does."""
    ceiling = signing_date(text, strict=True)
    story = _Story(ceiling.value if ceiling is not None else None)
    found: DateMatch | None = None
    for sentence in _SENTENCE.finditer(text):
        compact, origin = _compact(text, sentence.start(), sentence.end())
        dates = story.read(compact)
        if sentence.end() <= after:
            continue
        again = _RENOTICE.search(compact)
        if again is None:
            continue
        # a notice served again is named (重新送达《行政处罚告知书》, not 再次送达听证通知书); one told again tells the
        # proposed penalty (重新告知当事人拟作出的处罚), not only the rights (听证中再次告知当事人享有的权利)
        proposed = again.group().endswith("告知") and "拟" in compact[again.end() :]
        if not (_NOTICE_DOC.search(compact) or proposed):
            continue
        before = [d for d in dates if d.end <= again.start() and d.value is not None]
        if before and origin[before[-1].start] >= after:
            found = _located(before[-1], text, origin)
    return found


#: Making the notice again (重新作出《行政处罚告知书》, 再次制作了告知书), or making a supplementary or amended one
#: after new findings (作出《行政处罚补充告知书》, 制作了变更告知书): a new notice the decision rests on (ruling 64).
_REMAKE = re.compile(
    r"(?:重新|再次)(?:依法)?(?:作出|制作|制发|出具|签发)了?[^，,。；;]{0,40}?告知书"
    r"|(?<!拟)(?:作出|制作|制发|出具|签发)了?[^，,。；;]{0,40}?(?:补充|变更)[^，,。；;《》]{0,10}?告知书"
)


def _remade(text: str, after: int) -> tuple[DateMatch | None, DateMatch | None] | None:
    """(served, made) of the last sentence after offset `after` that makes the 告知书 again, dated before its verb
    (本局于9月22日重新作出《行政处罚告知书》，…并于9月25日直接送达当事人): made is that date, served the date of the
    serving verb after it in the same sentence (None when the sentence serves nothing). None when no sentence does."""
    ceiling = signing_date(text, strict=True)
    story = _Story(ceiling.value if ceiling is not None else None)
    found: tuple[DateMatch | None, DateMatch | None] | None = None
    for sentence in _SENTENCE.finditer(text):
        compact, origin = _compact(text, sentence.start(), sentence.end())
        dates = story.read(compact)
        again = _REMAKE.search(compact)
        if sentence.end() <= after or again is None or _OTHER_NOTICE.search(compact):
            continue
        before = [d for d in dates if d.end <= again.start() and d.value is not None]
        if not before or origin[before[-1].start] < after:
            continue
        verb = _SERVED.search(compact, again.end())
        served = _served_after(compact, [d for d in dates if d.start >= again.end()], verb) if verb else None
        found = (_located(served, text, origin) if served else None, _located(before[-1], text, origin))
    return found


def _served_after(compact: str, dates: list[DateMatch], verb: re.Match[str]) -> DateMatch | None:
    """The date the serving `verb` gives from `dates`: one the party signed for or the law deems after it, else
    the last one before it; a date only after it (a deadline told next) serves nothing."""
    before = [d for d in dates if d.end <= verb.start()]
    served = (
        _last_date_before(_SIGNED, compact, dates, verb.end())
        or _last_date_before(_DEEMED, compact, dates, verb.end())
        or (before[-1] if before else None)
    )
    return served if served is not None and served.value is not None else None


def _first_notice_dates(text: str) -> tuple[DateMatch | None, DateMatch | None]:
    """(served, made) of the first sentence that serves or makes the penalty 告知书: served is the date
    before the serving verb (else the sentence's first date); made is a date whose next verb makes the notice.
    A sentence that only makes it (本局于…作出《行政处罚告知书》。) may be followed by its service (6月9日，执法人员
    将告知书直接送达当事人。): the next two sentences are read for it. Dates a narrative writes from earlier ones
    (3月4日, 次日, 同月12日) are read against the story told before and the decision's own date."""
    ceiling = signing_date(text, strict=True)
    story = _Story(ceiling.value if ceiling is not None else None)
    made_only: DateMatch | None = None
    made_before: DateMatch | None = None  # made in a sentence whose service failed
    after_made = 0
    after_failed = 0  # sentences left to read for the service after an undated one that failed
    for sentence in _SENTENCE.finditer(text):
        compact, origin = _compact(text, sentence.start(), sentence.end())
        dates = story.read(compact)
        if after_failed and made_only is None:
            after_failed -= 1
            served = _served_next(compact, dates)
            if served is not None:
                return _located(served, text, origin), made_before
            continue
        if made_only is not None:
            served = _served_next(compact, dates)
            if served is not None or after_made <= 1:
                return _located(served, text, origin) if served else None, made_only
            after_made -= 1
            continue
        mention = _NOTICE_DOC.search(compact)
        names_notice = mention if mention is not None and not _OTHER_NOTICE.search(compact) else None
        serves = names_notice and _SERVED.search(compact)
        told = next((m for m in _TOLD.finditer(compact) if _written_notice(compact, m)), None)
        makes = (_MAKE.search(compact) or _TOLD_BY.search(compact)) if names_notice else None
        if serves and not any(d.value for d in dates) and _FAILED.search(compact, serves.end()):
            # an undated service that failed (邮寄送达的告知书因拒收被退回。): the service told next counts (本局于…
            # 公告送达，…视为送达。)
            after_failed = 2
            continue
        if not (serves or told or makes) or not any(d.value for d in dates):
            continue
        made = None
        if makes is not None:
            for found in dates:
                # the law it is made under (依照《行政处罚法》第四十四条的规定) is no distance between them
                between = _MADE_UNDER.sub("", compact[found.end : makes.start()])
                if (
                    found.value is not None
                    and 0 <= len(between) <= 20
                    and not _SERVED.search(between)
                    and found.end <= makes.start()
                ):
                    made = found
        served = None
        serving = _nearest_verb(compact, names_notice) if serves and names_notice is not None else None
        verb = serving or told
        label = _SERVED_LABEL.match(compact, serving.end()) if serving is not None else None
        if label is not None:
            # a form's field (告知书送达日期：…): its date follows the label; none there is none read
            served = next((d for d in dates if d.start == label.end()), None)
        elif verb is not None:
            served = _served_at(compact, dates, verb)
            # the making date is no service date unless a serving verb follows it in its clause (作出并送达, 同日送达)
            if (
                made is not None
                and served is made
                and (serving is None or (makes and makes.start() > verb.start()) or _served_apart(compact, makes, verb))
            ):
                served = None
        failure = _FAILED.search(compact, verb.end()) if verb is not None else None
        if failure is not None:
            # mail that came back served nothing: the service after it counts, in this sentence (…被退回，后于…
            # 直接送达) or a later one (公告送达, 留置送达)
            again = _SERVED.search(compact, failure.end())
            if again is None:
                made_before = made_before or (_located(made, text, origin) if made else None)
                continue
            served = _served_at(compact, dates, again)
            if served is not None and served.start < failure.end():
                served = None  # no date of its own: not the failed one's
        if served is not None and served.value is None:
            served = None  # a service date that is no calendar date (2月29日 in 2025) serves nothing
        elif served is None and serving is None and made is not None:
            made_only, after_made = _located(made, text, origin), 2
            continue
        return (
            _located(served, text, origin) if served else None,
            _located(made, text, origin) if made else made_before,
        )
    return None, made_only or made_before


#: A service that failed: the mail came back (邮件被退回, 因查无此单位退回) or could not be delivered; not money
#: returned (已退回多收价款, 多收的费用被退回消费者).
_FAILED = re.compile(
    r"(?:被|遭)退回(?![^，,。；;]{0,8}?(?:款|费|价))|(?:邮件|信件|邮包|快递|挂号信|EMS)[^，,。；;]{0,12}?退回|退件"
    r"|(?:无法|未能|不能)(?:送达|投递|妥投)|未妥投"
)


class _Story:
    """The dates of a text read sentence by sentence, each against the last date told before it."""

    def __init__(self, ceiling: dt.date | None) -> None:
        self.ceiling = ceiling
        self.last: dt.date | None = None

    def read(self, compact: str) -> list[DateMatch]:
        """The sentence's dates, blank templates left out (an impossible date is kept, without value)."""
        dates = [d for d in story_dates(compact, before=self.last, ceiling=self.ceiling) if not d.blank]
        self.last = next((d.value for d in reversed(dates) if d.value is not None), self.last)
        return dates


def _served_at(compact: str, dates: list[DateMatch], verb: re.Match[str]) -> DateMatch:
    """The date the serving `verb` gives: the last one before it (else the sentence's first); a later one the party
    signed for (…邮寄送达，当事人于…签收) or the law deems the service (公告送达…即…，视为送达) wins."""
    before = [d for d in dates if d.end <= verb.start()]
    served = before[-1] if before else dates[0]
    return (
        _last_date_before(_SIGNED, compact, dates, verb.end())
        or _last_date_before(_DEEMED, compact, dates, verb.end())
        or served
    )


#: Another document a sentence serves (决定书, 听证通知书, 《…》): its service is not the notice's.
_OTHER_DOCUMENT = re.compile(r"决定书|通知书|笔录|《")


def _served_next(compact: str, dates: list[DateMatch]) -> DateMatch | None:
    """The service told in a sentence after the one that made the notice: a serving verb with a date, the notice
    named (该告知书于…送达) or no other document (6月5日，执法人员前往当事人住所送达)."""
    serving = _SERVED.search(compact)
    if serving is None or not any(d.value for d in dates):
        return None
    notice = _NOTICE_DOC.search(compact)
    if notice is None and _OTHER_DOCUMENT.search(compact):
        return None
    verb = _nearest_verb(compact, notice) if notice is not None else serving
    assert verb is not None
    served = _served_at(compact, dates, verb)
    return served if served.value is not None else None


#: The serving verb as a form's field label (告知书送达日期：, 送达时间：): the date is the field's value after it, not
#: one before it (a header that lists 检查日期：… first).
_SERVED_LABEL = re.compile(r"(?:日期|时间)[:：]?")

#: A form's field for the day the notice was made (告知书制作日期：…): its date is the field's value after it.
_MADE_LABEL = re.compile(
    r"告知书?(?:的)?(?:制作|作出|制发|签发|出具)(?:日期|时间)[:：]"
    # the date the notice bears, named with it (《…告知书》（该告知书落款日期为…）, 告知书（落款日期…）)
    r"|告知书》?[（(]?(?:该告知书|该告知|其)?(?:的)?落款(?:日期|时间)?(?:为|是)?[:：]?"
)


def _made_by_label(text: str) -> DateMatch | None:
    """The date a field labelled as the penalty notice's making date holds (not a refund order's notice's)."""
    for sentence in _SENTENCE.finditer(text):
        compact, origin = _compact(text, sentence.start(), sentence.end())
        for label in _MADE_LABEL.finditer(compact):
            if _OTHER_NOTICE.search(compact[max(0, label.start() - 16) : label.end()]):
                continue
            found = next((d for d in find_dates(compact) if d.start == label.end() and d.value is not None), None)
            if found is not None:
                return _located(found, text, origin)
    return None


#: The party signing for the notice (当事人于…签收), not for another document named after the verb (签收《…》); or,
#: served electronically, confirming it reached it (当事人于…回复邮件确认收到): the day it reached the party (ruling 76).
_SIGNED = re.compile(r"签收(?!《|了《)|确认(?:已)?(?:收到|收悉|接收)(?!《|了《)")


def _last_date_before(marker: re.Pattern[str], compact: str, dates: list[DateMatch], after: int) -> DateMatch | None:
    """The last date between the serving verb (at `after`) and the first `marker` after it that has one: the day
    the party signed for the notice (签收), or the day the law deems the service done (视为送达)."""
    for found in marker.finditer(compact, after):
        between = [d for d in dates if after <= d.start and d.end <= found.start()]
        if between:
            return between[-1]
    return None


#: Service the law deems done on a later day (公告送达…经过三十日，即…，视为送达).
_DEEMED = re.compile(r"视为送达")


#: What ties a serving clause to the making one before it: the same day (并, 同日, 当日, 随即).
_SAME_DAY = re.compile(r"并|同日|同天|当日|当天|即|同时")


def _served_apart(compact: str, makes: re.Match[str] | None, verb: re.Match[str]) -> bool:
    """The serving verb stands in a clause of its own after the making one, not tied to its day (…制作《行政处罚告知书》，
    依法送达当事人): the date governs the clause that makes the notice only (ruling 46)."""
    if makes is None or makes.end() > verb.start():
        return False
    between = compact[makes.end() : verb.start()]
    breaks = [m.end() for m in re.finditer(r"[，,]", between)]
    return bool(breaks) and not _SAME_DAY.search(between[breaks[-1] :])


def _nearest_verb(compact: str, notice: re.Match[str]) -> re.Match[str] | None:
    """The serving verb nearest the notice's name: a sentence may serve another document first (送达了《责令改正
    通知书》，于…送达《行政处罚告知书》)."""
    verbs = list(_SERVED.finditer(compact))
    if not verbs:
        return None
    return min(verbs, key=lambda v: min(abs(v.start() - notice.end()), abs(notice.start() - v.end())))


def _done(
    compact: str,
    pattern: re.Pattern[str],
    not_done: re.Pattern[str] = _NOT_DONE,
    not_done_after: re.Pattern[str] = _NOT_DONE_AFTER,
    since: int = 0,
) -> bool:
    """`pattern` names a step that happened: in a clause without negation, a right or a condition before it
    (未提出, 有权提出, 如…提出) or a right or period after it (…的权利), outside quoted law; from `since` on."""
    for match in pattern.finditer(compact, since):
        if in_quote(compact, match.start()) and not _PARTY_QUOTE.search(
            compact, 0, compact.rfind("“", 0, match.start())
        ):
            continue  # quoted law (行政机关应当组织听证) tells no step of this case
        starts = [m.end() for m in _CLAUSE_END.finditer(compact, max(0, match.start() - 30), match.start())]
        start = starts[-1] if starts else max(0, match.start() - 30)
        end_match = _CLAUSE_END.search(compact, match.end())
        before = compact[start : match.end()]
        after = compact[match.end() : end_match.start() if end_match else len(compact)]
        said = _CONTENT_NEXT.match(compact, match.end()) or (
            not after and end_match and _CONTENT_NEXT.match(compact, end_match.end())
        )
        told_as_done = "了" in match.group() or bool(said)
        negation = _NOT_DONE_DONE if not_done is _NOT_DONE and told_as_done else not_done
        if not_done is _NOT_WAIVED and (
            "了" in match.group()
            or _WAIVED_AS_ACT.search(compact, 0, match.start())
            or _WAIVED_IN_PERIOD.search(compact, 0, match.start())
        ):
            negation = _NOT_WAIVED_DONE
        if not negation.search(before) and not not_done_after.search(after):
            return True
    return False


#: The party's answer told right after the notice of its rights, in the same sentence (…享有陈述、申辩的权利，
#: 当事人认为…, 当事人当场陈述称…): a statement made, unless it says it has none to make.
_ANSWER = re.compile(
    r"(?:陈述|申辩)[^。；;，,]{0,6}权利?[，,]当事人(?:当场|现场)?(?:陈述|申辩)?(?:认为|称|表示|提出|辩解|希望|请求)"
    r"(?P<rest>[^。；;]*)"
)
#: A 未 of the facts it pleads (称货物刚到尚未标价) is what it says, not a statement withheld.
_NO_ANSWER = re.compile(r"^[^，,]{0,8}(?:无异议|放弃|不(?:进行|提出|陈述|申辩)|没有|未(?:提出|进行|作出|陈述|申辩|有))")


def _answered(compact: str) -> bool:
    """The party answered the notice in the sentence that tells it of its rights (see `_ANSWER`)."""
    return any(
        not in_quote(compact, m.start()) and not _NO_ANSWER.search(m.group("rest")) for m in _ANSWER.finditer(compact)
    )


#: The form's heading over the party's statement (（当事人陈述、申辩情况，…）).
_STATEMENT_HEADING = re.compile(
    r"[（(]\s*当\s*事\s*人\s*(?:的\s*)?陈\s*述\s*[、和]?\s*申\s*辩\s*(?:的\s*)?情\s*况"  # letter spacing aside
)
#: The party's own voice: only the party writes to the agency as 贵局 or of itself as 我公司 (the agency is 本局).
_PARTY_VOICE = re.compile(r"贵(?:局|单位|机关)|我(?:公司|单位|店|厂|司|社|院|门店|超市|药店)|恳请")
#: How far under the heading the party's words may stand (up to the next heading).
_UNDER_HEADING = 600


def _statement_under_heading(text: str) -> bool:
    """Text in the party's own voice under the form's statement heading: the statement it made, pasted in."""
    for heading in _STATEMENT_HEADING.finditer(text):
        closing = re.search(r"[)）]", text[heading.end() :])
        if closing is None:
            continue
        start = heading.end() + closing.end()
        following = _HEADING.search(text, start, start + _UNDER_HEADING)
        under = text[start : following.start() if following else start + _UNDER_HEADING]
        if _PARTY_VOICE.search(re.sub(r"\s+", "", under)):
            return True
    return False


#: The title of an on-the-spot decision (当场行政处罚决定书), read at the top of the text.
_ON_SPOT_TITLE = re.compile(r"当场(?:行政)?处罚决定书")
_TITLE_CHARS = 80


def _written_notice(compact: str, told: re.Match[str]) -> bool:
    """A 告知 of the proposed penalty: not one told on the spot by word of mouth (当场告知了当事人…) — in an
    on-the-spot decision every 告知 not named as a 告知书 is the officers' word on the spot (执法人员已告知
    当事人…; the officers hand over only the decision form, 行政处罚法 2021 第五十二条) — nor one of the remedies
    against a decision (告知当事人有权申请行政复议)."""
    if _ON_SPOT_TITLE.search(compact[:_TITLE_CHARS]):
        return False
    sentence_start = max((m.end() for m in re.finditer("[。；;]", compact[: told.start()])), default=0)
    if _ORAL.search(compact[sentence_start : told.end()]):
        return False
    ahead = re.split("[。；;，,]", compact[told.end() : told.end() + 24], maxsplit=1)[0]
    return not (_REMEDY.search(ahead) and not _STEP_WORDS.search(told.group() + ahead))


#: The decision saying the party made no statement (当事人在法定期限内未提出陈述、申辩).
_NONE_MADE = re.compile(r"(?:未|没有)(?:提出|进行|作出|提交)?(?:任何)?(?:书面)?(?:陈述|申辩)")


def _first_notice(compact: str) -> int | None:
    """Where the decision first names the 告知 of the proposed penalty (its 告知书, or 告知当事人拟…), if anywhere."""
    notices = [
        m.start()
        for m in _NOTICE_DOC.finditer(compact)
        if not _OTHER_NOTICE.search(compact[max(0, m.start() - 16) : m.end()])
    ]
    notices += [m.start() for m in _TOLD.finditer(compact) if _written_notice(compact, m)]
    return min(notices) if notices else None


def _statement_since(compact: str, first: int | None) -> int:
    """Where a statement may first be told: the first 告知 of the proposed penalty (at `first`) when the decision
    says after it that the party made none — what the party said before it (当事人称…，其辩称不足以证明…) is its
    account in the investigation, no 陈述申辩; else the start."""
    if first is None:
        return 0
    none_made = next((m for m in _NONE_MADE.finditer(compact, first) if not in_quote(compact, m.start())), None)
    return first if none_made is not None else 0


@lru_cache(maxsize=32)
def read_procedure(text: str) -> ProcedureReading:
    """The procedure a decision reports (see the module docstring). Cached: the decision's facts and the decision
    review's statement-period reading ask it of the same text, and the reading is immutable."""
    clean = form_headings(text)
    compact = re.sub(r"\s+", "", clean)
    notice = any(_written_notice(compact, m) for m in _TOLD.finditer(compact)) or any(
        not _OTHER_NOTICE.search(compact[max(0, m.start() - 16) : m.end()])
        and not _ANAPHORA.search(compact[max(0, m.start() - 1) : m.start()])
        for m in _NOTICE_DOC.finditer(compact)
    )
    served, notice_made, again = _notice_dates(clean)
    notice_made = notice_made or _made_by_label(clean)
    first_notice = _first_notice(compact)
    made = (
        _done(compact, _MADE, since=_statement_since(compact, first_notice))
        or (first_notice is not None and _done(compact, _MADE_AFTER_NOTICE, _NOT_WRITTEN, since=first_notice))
        or (first_notice is not None and _done(compact, _PLEA, _NOT_WRITTEN, since=first_notice))
        or (first_notice is not None and _done(compact, _SAID_AFTER_NOTICE, _NOT_WRITTEN, since=first_notice))
        or _answered(compact)
        or _statement_under_heading(text)
    )
    return ProcedureReading(
        notice_mentioned=notice,
        # a statement made (at the hearing, say) is its right's use, whatever words tell it
        statement_mentioned=bool(_STATEMENT.search(compact)) or made,
        hearing_mentioned=bool(_HEARING.search(compact)),
        notice_served=served,
        statement_made=made,
        statement_waived=_done(compact, _WAIVED, _NOT_WAIVED, _NOT_WAIVED_AFTER)
        or bool(_WRITTEN_WAIVER.search(compact)),
        hearing_held=_done(_SCHEDULED.sub(lambda m: "□" * len(m.group()), compact), _HELD),
        notice_made=notice_made,
        notice_again=again,
    )
